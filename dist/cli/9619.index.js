export const id = 9619;
export const ids = [9619];
export const modules = {

/***/ 91073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  localCommand: () => (/* binding */ localCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/local/stack.ts + 25 modules
var local_stack = __webpack_require__(33604);
// EXTERNAL MODULE: ./src/lib/release/local-inputs.ts
var local_inputs = __webpack_require__(86906);
// EXTERNAL MODULE: ./src/cli/input-flags.ts
var input_flags = __webpack_require__(40440);
;// CONCATENATED MODULE: ./src/cli/shell.ts
/** `export NAME='value'` lines, quoted for POSIX shells. */
function toShellExports(env) {
    return Object.entries(env)
        .map(([name, value]) => `export ${name}='${value.replaceAll("'", `'\\''`)}'`)
        .join('\n');
}

;// CONCATENATED MODULE: ./src/cli/commands/local.ts
/**
 * `provenant local`: starts the embedded local stack in the foreground and
 * prints the environment that points the bundled actions at it. Ctrl-C stops it.
 */







const localCommand = {
    name: 'local',
    summary: 'run the embedded local Sigstore, OIDC issuer and GitHub API',
    usage: 'provenant local [--trust-dir DIR]',
    flags: local_inputs/* LOCAL_STACK_INPUTS */.JI,
    async run(argv, output) {
        const { values } = (0,input_flags/* parseFlags */.bQ)(argv, local_inputs/* LOCAL_STACK_INPUTS */.JI, {
            allowPositionals: false
        });
        const stack = await (0,local_stack/* startLocalStack */._z)({ env: process.env });
        try {
            const dir = values['trust-dir'] ??
                (await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'provenant-local-')));
            const trust = await stack.writeTrust(external_node_path_default().resolve(dir));
            const env = {
                ...stack.env,
                INPUT_TRUSTED_ROOT: trust.trustedRoot,
                INPUT_SIGNING_CONFIG: trust.signingConfig
            };
            output.err('Provenant local stack is running (Ctrl-C stops it).');
            output.err(`  Fulcio  ${stack.fulcioUrl}`);
            output.err(`  Rekor   ${stack.rekorUrl}`);
            output.err(`  TSA     ${stack.tsaUrl}`);
            output.err(`  OIDC    ${stack.oidc.url}`);
            output.err(`  GitHub  ${stack.github.url}`);
            output.err(`  trusted root  ${trust.trustedRoot}`);
            output.err('Paste these lines into a shell to run the actions against it:');
            output.out(toShellExports(env));
            await waitForSignal();
            output.err('Stopping the local stack.');
            return 0;
        }
        finally {
            await stack.close();
        }
    }
};
function waitForSignal() {
    return new Promise((resolve) => {
        const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
    });
}


/***/ }),

/***/ 40440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ withArguments),
/* harmony export */   KH: () => (/* reexport safe */ _lib_inputs_shared_js__WEBPACK_IMPORTED_MODULE_3__.sz),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   jI: () => (/* reexport safe */ _lib_inputs_shared_js__WEBPACK_IMPORTED_MODULE_3__.t1),
/* harmony export */   zq: () => (/* binding */ parseInputFlags)
/* harmony export */ });
/* unused harmony exports toFlagOptions, normaliseBooleanFlags, toInputSource, joinFlagValues */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/* harmony import */ var _lib_inputs_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65680);
/* harmony import */ var _lib_inputs_shared_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54476);



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
/** Flags several commands share, described once (src/lib/inputs/shared.ts). */

/** parseInputFlags with each value typed by its table entry. */
function parseFlags(argv, table, options = {}) {
    const { values, positionals } = parseInputFlags(argv, table, options);
    return { values: values, positionals };
}
/**
 * The flags with the command's arguments added to the inputs they stand
 * for (`provenant sign a.tgz` is `--files a.tgz`): `extra[name]` joins the
 * flag's own value, one a line; undefined when neither is given.
 */
function withArguments(flags, extra) {
    return (name) => {
        const added = extra[name];
        if (added === undefined)
            return flags(name);
        const all = [flags(name), ...added].filter((v) => v !== undefined && v !== '');
        return all.length > 0 ? all.join('\n') : undefined;
    };
}


/***/ }),

/***/ 8899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/** The `sha256:<hex>` digest of some bytes, as OCI registries and GitHub write it. */

function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}


/***/ }),

/***/ 65680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sz: () => (/* reexport */ shared/* JSON_INPUT */.sz),
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

// UNUSED EXPORTS: GITHUB_TOKEN_INPUT, IMAGES_INPUT, INSECURE_REGISTRY_INPUT, LOCAL_INPUT, OCI_FORMAT_INPUT, OUTPUT_DIR_INPUT, PREDICATE_TYPE_INPUT, TRUSTED_ROOT_INPUT

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
/* harmony export */   sz: () => (/* binding */ JSON_INPUT),
/* harmony export */   t1: () => (/* binding */ LOCAL_INPUT),
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
/** `--json`, on every command that prints a result. */
const JSON_INPUT = {
    kind: 'boolean',
    description: 'Print a machine-readable JSON result on stdout instead of text (progress and errors stay on stderr).'
};
/** `--local`, on every command that can run against the embedded local stack. */
const LOCAL_INPUT = {
    kind: 'boolean',
    description: 'Use the embedded local stack (Sigstore, an OIDC issuer and the GitHub API on 127.0.0.1, started on demand): no account, token or network.'
};


/***/ }),

/***/ 86906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ LOCAL_RELEASE_INPUTS),
/* harmony export */   JI: () => (/* binding */ LOCAL_STACK_INPUTS),
/* harmony export */   dx: () => (/* binding */ DEFAULT_DEMO_OUT),
/* harmony export */   nL: () => (/* binding */ parseLocalReleaseInputs),
/* harmony export */   wE: () => (/* binding */ DEMO_INPUTS)
/* harmony export */ });
/* unused harmony export DEFAULT_LOCAL_TAG */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65680);
/**
 * The flags of the commands that run on the embedded local stack: `provenant
 * release --local` (publish.yml on this machine), `provenant demo` and
 * `provenant local`. One table each for the flags and their help, and the
 * parser of `release --local` into the typed request.
 */


const DEFAULT_LOCAL_TAG = 'v0.0.0-local';
const DEFAULT_DEMO_OUT = 'demo-release';
const LOCAL_RELEASE_INPUTS = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .defineInputs */ .pf)({
    local: {
        kind: 'boolean',
        required: true,
        description: 'Run the reusable workflow publish.yml on this machine with the embedded local stack (on GitHub, call publish.yml instead).'
    },
    build: {
        kind: 'string',
        required: true,
        description: 'Shell command that builds the artifacts in the project folder (the workflow input build-command).',
        example: 'npm pack --pack-destination dist'
    },
    artifacts: {
        kind: 'string',
        required: true,
        description: 'Globs of the built artifacts, relative to the project folder, newline or space separated.',
        example: 'dist/*'
    },
    out: {
        kind: 'string',
        required: true,
        description: 'Folder to download the published release into (assets, signatures, SBOMs, provenance, VERIFY.md); it must be new, empty or one Provenant wrote.',
        example: 'release'
    },
    repo: {
        kind: 'string',
        description: 'The owner/name the local release is published under (default: provenant-local/<project folder name>).',
        example: 'acme/widget'
    },
    'legacy-sig': {
        kind: 'boolean',
        description: 'Also write cosign-style .sig and .crt files beside each bundle.'
    },
    rebuild: {
        kind: 'boolean',
        default: 'true',
        description: 'Rebuild the commit in a clean checkout and hold the release to it (--no-rebuild skips it).'
    },
    'sbom-targets': {
        kind: 'string',
        description: 'Source folders to describe, inside the project, newline or space separated (default: the project folder).',
        example: 'src tools'
    },
    tag: {
        kind: 'string',
        default: DEFAULT_LOCAL_TAG,
        description: 'The tag the local GitHub release is published under.',
        example: 'v1.2.3'
    },
    json: _inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .JSON_INPUT */ .sz
});
const DEMO_INPUTS = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .defineInputs */ .pf)({
    out: {
        kind: 'string',
        default: DEFAULT_DEMO_OUT,
        description: 'Folder to download the release into; replaced only when Provenant wrote it before.',
        example: 'my-demo'
    },
    json: _inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .JSON_INPUT */ .sz
});
const LOCAL_STACK_INPUTS = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .defineInputs */ .pf)({
    'trust-dir': {
        kind: 'string',
        description: 'Folder to write the local trusted_root.json and signing_config.json into (created when missing); a new temp folder when not given.',
        example: 'local-trust'
    }
});
/** The flags and the one <project-dir> into a request; every problem at once, with the usage. */
function parseLocalReleaseInputs(values, positionals, usage) {
    const problems = [];
    if (!values.local) {
        problems.push('add --local: this command runs the pipeline on this machine with the embedded local stack (on GitHub, call the reusable workflow publish.yml)');
    }
    if (positionals.length !== 1)
        problems.push('give exactly one <project-dir>');
    if (!values.build)
        problems.push('--build "<command>" is required');
    if (!values.artifacts)
        problems.push('--artifacts "<glob>" is required');
    if (!values.out)
        problems.push('--out <dir> is required');
    if (values.repo !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(values.repo)) {
        problems.push(`--repo "${values.repo}" is not owner/name`);
    }
    if (problems.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('INPUT_USAGE', `${problems.join('; ')}\nusage: ${usage}`);
    }
    return {
        projectDir: positionals[0],
        outDir: values.out,
        ...(values.repo !== undefined ? { repository: values.repo } : {}),
        tag: values.tag ?? DEFAULT_LOCAL_TAG,
        inputs: {
            'build-command': values.build,
            artifacts: values.artifacts,
            'legacy-sig': values['legacy-sig'] === true,
            rebuild: values.rebuild !== false,
            ...(values['sbom-targets']
                ? { 'sbom-targets': values['sbom-targets'] }
                : {})
        },
        json: values.json === true
    };
}


/***/ })

};
