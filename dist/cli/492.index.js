export const id = 492;
export const ids = [492];
export const modules = {

/***/ 2953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyBundleCommand: () => (/* binding */ verifyBundleCommand)
/* harmony export */ });
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _lib_verify_parse_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41294);
/* harmony import */ var _lib_verify_signer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59119);
/* harmony import */ var _io_verify_verify_bundle_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93852);
/* harmony import */ var _lib_inputs_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(65680);
/* harmony import */ var _input_flags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40440);
/**
 * `provenant verify-bundle`, the sigstore-conformance client protocol
 * (docs/cli_protocol.md): `verify-bundle [--staging] --bundle FILE
 * --certificate-identity IDENTITY --certificate-oidc-issuer URL
 * [--trusted-root FILE] FILE_OR_DIGEST`; also `--key FILE` for keyed
 * bundles, `--offline`, and cosign's `--certificate-identity-regexp` and
 * `--certificate-oidc-issuer-regexp`. Exit 0 verified, 1 not, 2 usage, 3 otherwise.
 */






const VERIFY_BUNDLE_FLAGS = (0,_lib_inputs_index_js__WEBPACK_IMPORTED_MODULE_4__/* .defineInputs */ .pf)({
    staging: {
        kind: 'boolean',
        description: "Trust Sigstore's staging instance instead of the public-good one."
    },
    bundle: {
        kind: 'string',
        required: true,
        description: 'The Sigstore bundle to verify.',
        example: 'file.sigstore.json'
    },
    'certificate-identity': {
        kind: 'string',
        description: 'The signer the certificate must name (its subject alternative name), exactly.',
        example: 'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1.0.0'
    },
    'certificate-identity-regexp': {
        kind: 'string',
        description: 'A regular expression the certificate identity must match (cosign --certificate-identity-regexp).',
        example: '^https://github.com/o/r/'
    },
    'certificate-oidc-issuer': {
        kind: 'string',
        description: 'The OIDC issuer the certificate must name.',
        example: 'https://token.actions.githubusercontent.com'
    },
    'certificate-oidc-issuer-regexp': {
        kind: 'string',
        description: 'A regular expression the OIDC issuer must match (cosign --certificate-oidc-issuer-regexp).',
        example: '^https://token\\.actions\\.githubusercontent\\.com$'
    },
    'trusted-root': {
        kind: 'string',
        description: 'A trusted_root.json to verify against instead of the TUF-distributed one.',
        example: 'trusted_root.json'
    },
    key: {
        kind: 'string',
        description: 'A PEM public key, for a bundle signed with a key.',
        example: 'cosign.pub'
    },
    offline: {
        kind: 'boolean',
        description: 'Use no network: the trusted root must be given or cached, and the log entry is checked from the bundle alone.'
    }
});
const verifyBundleCommand = {
    name: 'verify-bundle',
    summary: 'verify one Sigstore bundle (sigstore-conformance protocol)',
    usage: 'provenant verify-bundle [--staging] --bundle FILE ((--certificate-identity IDENTITY | --certificate-identity-regexp RE) (--certificate-oidc-issuer URL | --certificate-oidc-issuer-regexp RE) | --key FILE) [--trusted-root FILE] [--offline] FILE_OR_DIGEST',
    flags: VERIFY_BUNDLE_FLAGS,
    async run(argv, output) {
        const { values, positionals } = (0,_input_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFlags */ .bQ)(argv, VERIFY_BUNDLE_FLAGS);
        const identity = values['certificate-identity'];
        const issuer = values['certificate-oidc-issuer'];
        const identityRegexp = (0,_lib_verify_parse_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePattern */ .EY)('certificate-identity-regexp', values['certificate-identity-regexp']);
        const issuerRegexp = (0,_lib_verify_parse_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePattern */ .EY)('certificate-oidc-issuer-regexp', values['certificate-oidc-issuer-regexp']);
        const problems = [];
        if (!values.bundle)
            problems.push('--bundle FILE is required');
        if (!values.key &&
            ((!identity && !identityRegexp) || (!issuer && !issuerRegexp))) {
            problems.push('give --certificate-identity (or -regexp) and --certificate-oidc-issuer (or -regexp), or --key FILE');
        }
        if (positionals.length !== 1)
            problems.push('give exactly one FILE_OR_DIGEST');
        if (problems.length > 0) {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('INPUT_USAGE', `${problems.join('; ')}; usage: ${this.usage}`);
        }
        const key = values.key;
        const trustedRoot = values['trusted-root'];
        const signer = await (0,_io_verify_verify_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyBundleFile */ .Q)({
            bundle: values.bundle,
            artifact: positionals[0],
            ...(identity ? { identity } : {}),
            ...(identityRegexp ? { identityRegexp } : {}),
            ...(issuer ? { issuer } : {}),
            ...(issuerRegexp ? { issuerRegexp } : {}),
            ...(key ? { key } : {}),
            ...(trustedRoot ? { trustedRoot } : {}),
            staging: values.staging === true,
            offline: values.offline === true,
            cwd: process.cwd()
        });
        output.err(`verified: ${positionals[0]} signed by ${(0,_lib_verify_signer_js__WEBPACK_IMPORTED_MODULE_2__/* .describeSigner */ .cg)(signer)}`);
        return _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_OK */ .Ij;
    }
};


/***/ }),

/***/ 40440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ JSON_FLAG),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   jI: () => (/* binding */ LOCAL_FLAG),
/* harmony export */   zq: () => (/* binding */ parseInputFlags)
/* harmony export */ });
/* unused harmony exports toFlagOptions, normaliseBooleanFlags, toInputSource, joinFlagValues */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/* harmony import */ var _lib_inputs_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65680);



function toFlagOptions(table) {
    const options = {};
    for (const [name, spec] of Object.entries(table)) {
        options[name] = {
            type: spec.kind === 'boolean' ? 'boolean' : 'string',
            ...(spec.multiple ? { multiple: true } : {}),
            ...(spec.short ? { short: spec.short } : {})
        };
    }
    return options;
}
/** Rewrites `--flag=value` of boolean flags into `--flag` / `--no-flag`. */
function normaliseBooleanFlags(argv, table) {
    return argv.map((arg) => {
        const match = /^--([\w-]+)=(.*)$/s.exec(arg);
        if (!match || table[match[1]]?.kind !== 'boolean')
            return arg;
        const name = match[1];
        return (0,_lib_inputs_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBoolean */ .yG)(name, match[2]) ? `--${name}` : `--no-${name}`;
    });
}
/** The parsed flag values as an InputSource (booleans as "true"/"false"). */
function toInputSource(values) {
    return (name) => {
        const value = values[name];
        if (value === undefined)
            return undefined;
        if (Array.isArray(value))
            return value.map(String).join('\n');
        return String(value);
    };
}
/**
 * A command line against a command's flag table (every input a flag of its
 * name, booleans also as `--name=false` and `--no-name`). Unknown flags are
 * errors; `--help` is answered before a command runs (main.ts).
 */
function parseInputFlags(argv, table, { allowPositionals = true } = {}) {
    const options = toFlagOptions(table);
    const { values, positionals, tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: joinFlagValues(normaliseBooleanFlags(argv, table), options),
        options,
        allowPositionals,
        allowNegative: true,
        strict: true,
        tokens: true
    });
    assertGivenOnce(tokens, options);
    return {
        values: values,
        positionals,
        flags: toInputSource(values)
    };
}
/**
 * `--key "$(cat key.pem)"`: a flag that takes a value takes the next
 * argument whatever it starts with (as getopt does), so a PEM text or a
 * negative number is not mistaken for a flag. Written `--flag=value` here,
 * because parseArgs refuses a value that starts with a dash.
 */
function joinFlagValues(argv, options) {
    const out = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            out.push(...argv.slice(i));
            break;
        }
        const name = /^--([\w-]+)$/.exec(arg)?.[1];
        const next = argv[i + 1];
        if (name && options[name]?.type === 'string' && next?.startsWith('-')) {
            out.push(`--${name}=${next}`);
            i++;
        }
        else
            out.push(arg);
    }
    return out;
}
/**
 * A flag given twice is an error, not a silent choice of the last one (a
 * flag the table marks `multiple` takes one value each time).
 */
function assertGivenOnce(tokens, options) {
    const seen = new Map();
    for (const token of tokens) {
        if (token.kind !== 'option' || token.name === undefined)
            continue;
        seen.set(token.name, (seen.get(token.name) ?? 0) + 1);
    }
    const repeated = [...seen].filter(([name, count]) => count > 1 && options[name]?.multiple !== true);
    if (repeated.length === 0)
        return;
    throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('CLI_FLAG_REPEATED', repeated
        .map(([name, count]) => `--${name} is given ${count} times: give it once`)
        .join('\n'));
}
/** Flags several commands share, described once. */
const JSON_FLAG = {
    kind: 'boolean',
    description: 'Print a machine-readable JSON result on stdout instead of text (progress and errors stay on stderr).'
};
const LOCAL_FLAG = {
    kind: 'boolean',
    description: 'Use the embedded local stack (Sigstore, an OIDC issuer and the GitHub API on 127.0.0.1, started on demand): no account, token or network.'
};
/** parseInputFlags with each value typed by its table entry. */
function parseFlags(argv, table, options = {}) {
    const { values, positionals } = parseInputFlags(argv, table, options);
    return { values: values, positionals };
}


/***/ }),

/***/ 65680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vb: () => (/* reexport */ collectInputError),
  vX: () => (/* reexport */ collectProblems),
  pf: () => (/* reexport */ defineInputs),
  yG: () => (/* reexport */ parseBoolean),
  HU: () => (/* reexport */ parseChoice),
  cG: () => (/* reexport */ parseInteger),
  E1: () => (/* reexport */ parseList),
  hc: () => (/* reexport */ readRaw),
  ml: () => (/* reexport */ throwCollected)
});

// UNUSED EXPORTS: GITHUB_TOKEN_INPUT, IMAGES_INPUT, INSECURE_REGISTRY_INPUT, OCI_FORMAT_INPUT, OUTPUT_DIR_INPUT, PREDICATE_TYPE_INPUT, TRUSTED_ROOT_INPUT

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
;// CONCATENATED MODULE: ./src/lib/inputs/parse.ts
/**
 * parse* helpers: raw input text -> typed values, or an InputError that names
 * the input as the user wrote it and says what would be accepted.
 */

/** Raw value with the table's default applied; undefined when absent. */
function readRaw(table, source, name) {
    const spec = table[name];
    if (!spec)
        throw new Error(`no input "${name}" in the table`);
    const raw = source(name)?.trim();
    if (raw !== undefined && raw !== '')
        return raw;
    if (spec.default !== undefined && spec.default !== '')
        return spec.default;
    if (spec.required) {
        throw new errors/* InputError */.dz('INPUT_REQUIRED', `input "${name}" is required: ${spec.description}`);
    }
    return undefined;
}
function parseBoolean(name, raw) {
    if (raw === undefined)
        return false;
    const value = raw.toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(value))
        return true;
    if (['false', 'no', '0', 'off'].includes(value))
        return false;
    throw new errors/* InputError */.dz('INPUT_NOT_BOOLEAN', `input "${name}" must be true or false, not "${raw}"`);
}
function parseInteger(name, raw, range) {
    if (raw === undefined)
        return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < range.min || value > range.max) {
        throw new errors/* InputError */.dz('INPUT_NOT_INTEGER', `input "${name}" must be a whole number from ${range.min} to ${range.max}, not "${raw}"`);
    }
    return value;
}
/** Newline- or space-separated values (globs, names); blanks and `#` comments dropped. */
function parseList(raw) {
    if (raw === undefined)
        return [];
    return raw
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'))
        .flatMap((line) => line.split(/\s+/));
}
function parseChoice(name, raw, choices) {
    if (raw === undefined)
        return undefined;
    if (choices.includes(raw))
        return raw;
    throw new errors/* InputError */.dz('INPUT_NOT_A_CHOICE', `input "${name}" must be one of ${choices.join(', ')}, not "${raw}"`);
}

;// CONCATENATED MODULE: ./src/lib/inputs/spec.ts
/**
 * Input tables: one per action, shared by the action (INPUT_* variables) and
 * the CLI (flags of the same kebab-case names). A table says each input's
 * kind, its description and its default; the contract test holds every
 * action.yml to its table.
 */
function defineInputs(table) {
    return table;
}

// EXTERNAL MODULE: ./src/lib/inputs/shared.ts
var shared = __webpack_require__(54476);
;// CONCATENATED MODULE: ./src/lib/inputs/problems.ts
/**
 * Every problem of a parse, collected so that all are reported at once:
 * a user who got two inputs wrong hears of both in one run.
 */

function collectProblems() {
    const problems = [];
    return {
        problems,
        attempt: (parse, fallback) => {
            try {
                return parse();
            }
            catch (error) {
                collectInputError(problems, error);
                return fallback;
            }
        },
        throwIfAny: () => {
            if (problems.length > 0)
                throw new errors/* InputErrors */.G(problems);
        }
    };
}
/** Adds the input problems `error` holds (one or several); rethrows anything else. */
function collectInputError(problems, error) {
    if (error instanceof errors/* InputErrors */.G)
        problems.push(...error.problems);
    else if (error instanceof errors/* InputError */.dz)
        problems.push(error);
    else
        throw error;
}
/** Throws what was collected, if anything: a single problem as itself, several together. */
function throwCollected(problems) {
    if (problems.length === 0)
        return;
    throw problems.length === 1 ? problems[0] : new errors/* InputErrors */.G([...problems]);
}

;// CONCATENATED MODULE: ./src/lib/inputs/index.ts






/***/ }),

/***/ 54476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Et: () => (/* binding */ PREDICATE_TYPE_INPUT),
/* harmony export */   jC: () => (/* binding */ OCI_FORMAT_INPUT),
/* harmony export */   n6: () => (/* binding */ OUTPUT_DIR_INPUT),
/* harmony export */   o7: () => (/* binding */ IMAGES_INPUT),
/* harmony export */   uz: () => (/* binding */ TRUSTED_ROOT_INPUT),
/* harmony export */   vu: () => (/* binding */ GITHUB_TOKEN_INPUT),
/* harmony export */   wJ: () => (/* binding */ INSECURE_REGISTRY_INPUT)
/* harmony export */ });
const OUTPUT_DIR_INPUT = {
    kind: 'string',
    description: 'Directory to write into, resolved inside the workspace and created when missing. When empty: next to each input (inside it, for a folder) for sbom and sign, the workspace root for provenance.'
};
const TRUSTED_ROOT_INPUT = {
    kind: 'string',
    description: 'Path to the Sigstore trusted_root.json of a private instance (or of the embedded local stack): the trust material bundles are checked against.'
};
const GITHUB_TOKEN_INPUT = {
    kind: 'string',
    description: "GitHub token for the REST API (release downloads, attestations); defaults to the workflow's token.",
    default: '${{ github.token }}'
};
const PREDICATE_TYPE_INPUT = {
    kind: 'string',
    description: 'An in-toto predicate type URI: provenance attests predicate-path under it; verify requires, for every artifact, an attestation of that type (default there: any SLSA provenance, v1 or v0.2).'
};
const IMAGES_INPUT = {
    kind: 'list',
    description: 'Container images: oci://<registry>/<repository>@sha256:<digest> (a :tag is resolved to its digest once and printed), newline or space separated.'
};
const OCI_FORMAT_INPUT = {
    kind: 'string',
    default: 'both',
    description: "Where image signatures and attestations are stored: bundle (the Sigstore bundle as an OCI 1.1 referrer, with the referrers tag fallback), legacy (cosign's sha256-<digest>.sig/.att tags) or both."
};
const INSECURE_REGISTRY_INPUT = {
    kind: 'list',
    description: 'Registries (host:port) reached over plain HTTP; loopback registries always are, no other is unless named here.'
};


/***/ }),

/***/ 35476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseImageList),
/* harmony export */   z: () => (/* binding */ parseInsecureRegistryList)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65680);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25996);
/**
 * The image inputs every action and command shares: `images` (oci://
 * references, each checked now so that a typo fails before any signing)
 * and `insecure-registry` (host[:port] names).
 */



function parseImageList(raw) {
    const images = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseList */ .E1)(raw);
    const problems = [];
    for (const image of images) {
        try {
            (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageReference */ .o_)(image);
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
                problems.push(error);
            else
                throw error;
        }
    }
    if (problems.length === 1)
        throw problems[0];
    if (problems.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputErrors */ .G(problems);
    return images;
}
function parseInsecureRegistryList(list, input = 'insecure-registry') {
    for (const name of list) {
        if (!/^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9a-fA-F:]+\](:\d+)?$/.test(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('OCI_INSECURE_REGISTRY_INVALID', `input "${input}": "${name}" is not a registry name: give host or host:port (e.g. registry.internal:5000), no scheme or path`);
        }
    }
    return [...list];
}


/***/ }),

/***/ 25996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hb: () => (/* binding */ isImageReference),
/* harmony export */   my: () => (/* binding */ formatImageReference),
/* harmony export */   o_: () => (/* binding */ parseImageReference)
/* harmony export */ });
/* unused harmony export OCI_SCHEME */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/**
 * `oci://<registry>/<repository>[:<tag>|@sha256:<digest>]`, the way users
 * write an image in Provenant: split into its parts, Docker Hub's short
 * names made whole (docker.io/library/debian).
 */

const OCI_SCHEME = 'oci://';
const DEFAULT_TAG = 'latest';
function isImageReference(text) {
    return text.startsWith(OCI_SCHEME);
}
function parseImageReference(text) {
    const bad = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('OCI_REFERENCE_INVALID', `"${text}" is not an image reference (${why}): write oci://<registry>/<repository>:<tag> or oci://<registry>/<repository>@sha256:<digest>`);
    if (!isImageReference(text))
        throw bad('it does not start with oci://');
    let rest = text.slice(OCI_SCHEME.length);
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!/^sha256:[0-9a-f]{64}$/.test(digest))
            throw bad(`"${digest}" is not a sha256 digest`);
    }
    const slash = rest.indexOf('/');
    if (slash <= 0)
        throw bad('it names no registry');
    const registry = rest.slice(0, slash);
    let repository = rest.slice(slash + 1);
    let tag;
    const colon = repository.lastIndexOf(':');
    if (colon >= 0) {
        tag = repository.slice(colon + 1);
        repository = repository.slice(0, colon);
        if (!/^[\w][\w.-]{0,127}$/.test(tag))
            throw bad(`"${tag}" is not a tag`);
    }
    if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(repository))
        throw bad(`"${repository}" is not a repository name`);
    if (registry === 'docker.io' && !repository.includes('/'))
        repository = `library/${repository}`;
    return {
        registry,
        repository,
        ...(tag !== undefined || digest === undefined
            ? { tag: tag ?? DEFAULT_TAG }
            : {}),
        ...(digest ? { digest } : {})
    };
}
/** The reference as written back: registry/repository[:tag][@digest]. */
function formatImageReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}


/***/ })

};
