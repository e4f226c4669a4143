export const id = 6657;
export const ids = [6657];
export const modules = {

/***/ 95484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rebuildCompareCommand: () => (/* binding */ rebuildCompareCommand)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _io_rebuild_artifacts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56611);
/* harmony import */ var _io_rebuild_compare_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36157);
/* harmony import */ var _io_rebuild_diffoscope_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51530);
/* harmony import */ var _io_rebuild_reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(93113);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(97268);
/* harmony import */ var _lib_rebuild_compare_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(49140);
/* harmony import */ var _lib_rebuild_explain_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(19277);
/* harmony import */ var _lib_rebuild_inputs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(70294);
/* harmony import */ var _lib_inputs_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(65680);
/* harmony import */ var _lib_rebuild_markdown_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(82202);
/* harmony import */ var _lib_rebuild_name_patterns_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(70218);
/* harmony import */ var _lib_rebuild_report_md_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(74238);
/* harmony import */ var _input_flags_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(40440);
/* harmony import */ var _io_github_environment_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(7559);
/**
 * `provenant rebuild-compare`: the comparison half of a rebuild, for
 * artifacts built elsewhere: hash the files the globs match (in parallel),
 * compare them with a reference, explain any difference. No build, no
 * checkout. Exit 0 identical, 1 different, 2 bad input. bench/rebuild.mjs
 * times it against openssl.
 */


















const USAGE = 'provenant rebuild-compare --artifacts "<glob>" --reference <dir | checksums file | release tag> [--explainer auto|diffoscope|builtin] [--report-dir DIR] [--json]';
const COMPARE_FLAGS = (0,_lib_inputs_index_js__WEBPACK_IMPORTED_MODULE_10__/* .defineInputs */ .pf)({
    artifacts: { ..._lib_rebuild_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .REBUILD_INPUTS */ .uY.artifacts, required: true, multiple: true },
    reference: _lib_rebuild_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .REBUILD_INPUTS */ .uY.reference,
    explainer: _lib_rebuild_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .REBUILD_INPUTS */ .uY.explainer,
    'report-dir': _lib_rebuild_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .REBUILD_INPUTS */ .uY['report-dir'],
    'github-token': _lib_rebuild_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .REBUILD_INPUTS */ .uY['github-token'],
    json: _input_flags_js__WEBPACK_IMPORTED_MODULE_13__/* .JSON_FLAG */ .KH
});
const rebuildCompareCommand = {
    name: 'rebuild-compare',
    summary: 'compare built files with a reference by SHA-256 and explain differences (no build)',
    usage: USAGE,
    flags: COMPARE_FLAGS,
    async run(argv, output) {
        const { values } = (0,_input_flags_js__WEBPACK_IMPORTED_MODULE_13__/* .parseFlags */ .bQ)(argv, COMPARE_FLAGS, {
            allowPositionals: false
        });
        const globs = (values.artifacts ?? [])
            .flatMap((g) => g.split(/\s+/))
            .filter(Boolean);
        if (globs.length === 0 || !values.reference) {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('INPUT_REQUIRED', `--artifacts and --reference are required; usage: ${USAGE}`);
        }
        const env = process.env;
        const cwd = process.cwd();
        const choice = (0,_lib_inputs_index_js__WEBPACK_IMPORTED_MODULE_10__/* .parseChoice */ .HU)('explainer', values.explainer, _lib_rebuild_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .EXPLAINER_CHOICES */ .Qp) ?? 'auto';
        const diffoscope = choice === 'builtin'
            ? undefined
            : await (0,_io_rebuild_diffoscope_js__WEBPACK_IMPORTED_MODULE_4__/* .findOnPath */ .aY)('diffoscope', env.PATH);
        const reference = await (0,_io_rebuild_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .loadReference */ .Q)(values.reference, (0,_lib_rebuild_name_patterns_js__WEBPACK_IMPORTED_MODULE_15__/* .toNameMatcher */ .f)(globs), {
            cwd,
            tempDir: node_os__WEBPACK_IMPORTED_MODULE_0___default().tmpdir(),
            github: (0,_io_rebuild_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .toReferenceGitHub */ .a)(env, (0,_io_github_environment_js__WEBPACK_IMPORTED_MODULE_14__/* .githubTokenOf */ .A2)(values['github-token'], env)),
            log: (m) => output.err(m)
        });
        try {
            const results = await (0,_io_rebuild_compare_js__WEBPACK_IMPORTED_MODULE_3__/* .compareWithReference */ .V)(await (0,_io_rebuild_artifacts_js__WEBPACK_IMPORTED_MODULE_2__/* .findArtifacts */ .n)(globs, cwd), reference, {
                explainer: (0,_lib_rebuild_explain_js__WEBPACK_IMPORTED_MODULE_8__/* .chooseExplainer */ .s7)(choice, diffoscope !== undefined),
                diffoscope,
                reportDir: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, values['report-dir'] ?? 'provenant-compare'),
                buildPaths: [],
                env,
                log: (m) => output.err(m)
            });
            const same = (0,_lib_rebuild_compare_js__WEBPACK_IMPORTED_MODULE_7__/* .isReproducible */ .hw)(results);
            if (values.json)
                output.out(JSON.stringify({ identical: same, artifacts: results }, null, 2));
            else {
                output.out(same ? `identical: ${results.length} artifact(s)` : 'different');
                for (const r of results) {
                    output.out(`  ${_lib_rebuild_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .STATUS_MARK */ .Hl[r.status]} ${r.status.padEnd(8)} ${r.name}${r.explanation ? `: ${(0,_lib_rebuild_report_md_js__WEBPACK_IMPORTED_MODULE_12__/* .categoryLine */ .$c)(r.explanation)}` : ''}`);
                }
            }
            return same ? 0 : _lib_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT_VERIFICATION_FAILED */ .fQ;
        }
        finally {
            await reference.cleanup();
        }
    }
};


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

/***/ 93387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ SILENT_LOGGER)
/* harmony export */ });
/**
 * What the core needs from its host (the action, the CLI, a test):
 * somewhere to log, and the time and randomness it runs with. Adapters in
 * src/io and the hosts in src/actions and src/cli implement these.
 */
const SILENT_LOGGER = {
    info: () => undefined,
    warning: () => undefined,
    debug: () => undefined
};


/***/ }),

/***/ 50586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ resolveEndpoints),
/* harmony export */   I3: () => (/* binding */ SIGSTORE_CHOICES)
/* harmony export */ });
/* unused harmony exports PUBLIC_GOOD_ENDPOINTS, GITHUB_ENDPOINTS, STAGING_ENDPOINTS, chooseInstance, GITHUB_ACTIONS_ISSUER */
/**
 * Which Sigstore instance signs: the public-good one, GitHub's, staging, or
 * custom URLs. The default is actions/attest's: public-good for public
 * repositories, GitHub's instance for private and internal ones.
 */
const SIGSTORE_CHOICES = [
    'public-good',
    'github',
    'staging',
    'custom'
];
const PUBLIC_GOOD_ENDPOINTS = {
    instance: 'public-good',
    fulcioUrl: 'https://fulcio.sigstore.dev',
    rekor: { url: 'https://rekor.sigstore.dev', majorApiVersion: 1 },
    tsaUrl: undefined
};
/** GitHub's instance has no transparency log: its TSA gives the trusted time. */
const GITHUB_ENDPOINTS = {
    instance: 'github',
    fulcioUrl: 'https://fulcio.githubapp.com',
    rekor: undefined,
    tsaUrl: 'https://timestamp.githubapp.com'
};
const STAGING_ENDPOINTS = {
    instance: 'staging',
    fulcioUrl: 'https://fulcio.sigstage.dev',
    rekor: { url: 'https://rekor.sigstage.dev', majorApiVersion: 1 },
    tsaUrl: undefined
};
/**
 * The instance a run uses: the one asked for; else custom when URLs or a
 * signing config are given; else by visibility. Unknown visibility (no
 * GitHub context, as on a laptop) means public-good; the action passes
 * 'private' when it runs in Actions and cannot tell, as actions/attest does.
 */
function chooseInstance(inputs, hasSigningConfig, visibility) {
    if (inputs.sigstore)
        return inputs.sigstore;
    if (hasSigningConfig ||
        inputs.fulcioUrl ||
        inputs.rekorUrl ||
        inputs.tsaUrl) {
        return 'custom';
    }
    if (visibility === undefined || visibility === 'public')
        return 'public-good';
    return 'github';
}
function resolveEndpoints(inputs, visibility, configured) {
    const instance = chooseInstance(inputs, configured !== undefined, visibility);
    switch (instance) {
        case 'public-good':
            return PUBLIC_GOOD_ENDPOINTS;
        case 'github':
            return GITHUB_ENDPOINTS;
        case 'staging':
            return STAGING_ENDPOINTS;
        case 'custom':
            // Explicit URLs win over the signing config's entries.
            return {
                instance,
                fulcioUrl: inputs.fulcioUrl ?? configured?.fulcioUrl,
                rekor: inputs.rekorUrl
                    ? { url: inputs.rekorUrl, majorApiVersion: 1 }
                    : configured?.rekor,
                tsaUrl: inputs.tsaUrl ?? configured?.tsaUrl
            };
    }
}
/** The default OIDC issuer of certificates from each instance's Fulcio. */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';


/***/ })

};
