#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 70486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(97268);
/* harmony import */ var _lib_runtime_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(89067);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(53063);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(96657);





const unsupported = (0,_lib_runtime_js__WEBPACK_IMPORTED_MODULE_4__/* .unsupportedNode */ .A)(process.versions.node);
if (unsupported) {
    process.stderr.write(`${unsupported}\n`);
    process.exit(_lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_INPUT */ .oe);
}
// V8's code cache for the command's chunks, kept in the OS temporary folder
// (NODE_COMPILE_CACHE names another, NODE_DISABLE_COMPILE_CACHE=1 turns it
// off): a repeated run skips compiling what it loads, as tsc does.
node_module__WEBPACK_IMPORTED_MODULE_0___default().enableCompileCache();
process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_2__/* .runCli */ .ak)(process.argv.slice(2), _output_js__WEBPACK_IMPORTED_MODULE_3__/* .processOutput */ .X);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 53063:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: COMMAND_LOADERS, loadCommands

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __nccwpck_require__(97268);
// EXTERNAL MODULE: ./src/lib/version.ts
var version = __nccwpck_require__(87471);
;// CONCATENATED MODULE: ./src/cli/help.ts
const WIDTH = 80;
const INDENT = '      ';
/** `provenant <cmd> --help`. */
function buildCommandHelp(command) {
    const lines = [
        `usage: ${command.usage}`,
        '',
        wrap(capitalise(command.summary) + '.', ''),
        ...(command.details ? ['', wrap(command.details, '')] : []),
        '',
        'flags:'
    ];
    for (const [name, spec] of Object.entries(command.flags)) {
        lines.push(`  ${flagLabel(name, spec)}`);
        lines.push(wrap(spec.description, INDENT));
        const facts = [
            spec.required ? 'required' : undefined,
            spec.default !== undefined && spec.default !== ''
                ? `default: ${spec.default}`
                : undefined,
            spec.multiple ? 'may be repeated' : undefined,
            `example: ${exampleOf(name, spec)}`
        ].filter((f) => f !== undefined);
        lines.push(wrap(facts.join('; '), INDENT));
    }
    lines.push('  -h, --help');
    lines.push(wrap('Print this help and exit.', INDENT));
    lines.push('', 'Paths are resolved against the current directory; any path may be given.', 'Exit codes: 0 done (verified), 1 verification failed, 2 usage or input error, 3 anything else.');
    return lines.join('\n');
}
function flagLabel(name, spec) {
    const short = spec.short ? `-${spec.short}, ` : '';
    return spec.kind === 'boolean'
        ? `${short}--${name}, --no-${name}`
        : `${short}--${name} ${placeholder(name, spec)}`;
}
function placeholder(name, spec) {
    if (spec.kind === 'integer')
        return 'N';
    if (/(^|-)(dir|directory|out)$/.test(name))
        return 'DIR';
    if (/(^|-)url$/.test(name))
        return 'URL';
    if (/(^|-)(path|file|key|bundle|root|config|lock|signature)$/.test(name))
        return spec.kind === 'list' ? 'PATHS' : 'FILE';
    if (/regexp$/.test(name))
        return 'REGEXP';
    return spec.kind === 'list' ? 'LIST' : 'VALUE';
}
/** The example a table gives, else one built from the default or the kind. */
function exampleOf(name, spec) {
    if (spec.kind === 'boolean') {
        const on = spec.default === 'true';
        return on ? `--no-${name}` : `--${name}`;
    }
    const value = spec.example ?? (spec.default || placeholder(name, spec).toLowerCase());
    return `--${name} ${quote(value)}`;
}
function quote(value) {
    return /^[\w./:@,=+-]+$/.test(value)
        ? value
        : `'${value.replaceAll("'", `'\\''`)}'`;
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function wrap(text, indent) {
    const lines = [];
    let line = indent;
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (line.length > indent.length && line.length + word.length + 1 > WIDTH) {
            lines.push(line);
            line = indent;
        }
        line += line.length > indent.length ? ` ${word}` : word;
    }
    lines.push(line);
    return lines.join('\n');
}
/** The candidate nearest to `given` (edit distance), when near enough to be a typo. */
function nearest(given, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = editDistance(given, candidate);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    const prefix = candidates.find((c) => c.startsWith(given) || given.startsWith(c));
    if (bestDistance <= Math.max(2, Math.floor(given.length / 3)))
        return best;
    return prefix;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
/** Every flag name a command takes, as typed: `--name` (and `--no-name` for booleans). */
function flagNames(table) {
    return Object.entries(table).flatMap(([name, spec]) => spec.kind === 'boolean' ? [`--${name}`, `--no-${name}`] : [`--${name}`]);
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The `provenant` command: argv -> one subcommand. Errors become one clear
 * message on stderr and the exit codes of STYLE.md (0 ok, 1 verification
 * failed, 2 usage or input, 3 anything else).
 */



/**
 * Every command by name, each loaded only when it runs: together their
 * dependencies (Sigstore, the local stack, the SBOM validators, ...) take
 * a third of a second and 40 MB to load, which no single command needs.
 * The key is the command's `name`.
 */
const COMMAND_LOADERS = {
    local: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(1306), __nccwpck_require__.e(1476), __nccwpck_require__.e(8815), __nccwpck_require__.e(4037), __nccwpck_require__.e(7851), __nccwpck_require__.e(3604), __nccwpck_require__.e(9619)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91073))).localCommand,
    sbom: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8815), __nccwpck_require__.e(3292), __nccwpck_require__.e(9310), __nccwpck_require__.e(5576), __nccwpck_require__.e(4196), __nccwpck_require__.e(2676), __nccwpck_require__.e(326)]).then(__nccwpck_require__.bind(__nccwpck_require__, 80326))).sbomCommand,
    sign: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(1476), __nccwpck_require__.e(3382), __nccwpck_require__.e(1168), __nccwpck_require__.e(2088), __nccwpck_require__.e(6382), __nccwpck_require__.e(7335), __nccwpck_require__.e(5179), __nccwpck_require__.e(2174), __nccwpck_require__.e(5122), __nccwpck_require__.e(33), __nccwpck_require__.e(3355), __nccwpck_require__.e(6461), __nccwpck_require__.e(7198)]).then(__nccwpck_require__.bind(__nccwpck_require__, 27198))).signCommand,
    'sign-bundle': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(1476), __nccwpck_require__.e(1168), __nccwpck_require__.e(2088), __nccwpck_require__.e(6382), __nccwpck_require__.e(7335), __nccwpck_require__.e(5179), __nccwpck_require__.e(2174), __nccwpck_require__.e(5122), __nccwpck_require__.e(33), __nccwpck_require__.e(7824)]).then(__nccwpck_require__.bind(__nccwpck_require__, 67824))).signBundleCommand,
    attest: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(1476), __nccwpck_require__.e(3382), __nccwpck_require__.e(1168), __nccwpck_require__.e(2088), __nccwpck_require__.e(6382), __nccwpck_require__.e(7335), __nccwpck_require__.e(5179), __nccwpck_require__.e(7851), __nccwpck_require__.e(2174), __nccwpck_require__.e(5122), __nccwpck_require__.e(33), __nccwpck_require__.e(3355), __nccwpck_require__.e(6461), __nccwpck_require__.e(647)]).then(__nccwpck_require__.bind(__nccwpck_require__, 647))).attestCommand,
    rebuild: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(1306), __nccwpck_require__.e(1476), __nccwpck_require__.e(3382), __nccwpck_require__.e(1168), __nccwpck_require__.e(2088), __nccwpck_require__.e(6382), __nccwpck_require__.e(7335), __nccwpck_require__.e(5179), __nccwpck_require__.e(2174), __nccwpck_require__.e(5122), __nccwpck_require__.e(33), __nccwpck_require__.e(1359), __nccwpck_require__.e(8040), __nccwpck_require__.e(5814)]).then(__nccwpck_require__.bind(__nccwpck_require__, 25814))).rebuildCommand,
    'rebuild-compare': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(1306), __nccwpck_require__.e(3382), __nccwpck_require__.e(2174), __nccwpck_require__.e(1359), __nccwpck_require__.e(8040), __nccwpck_require__.e(6657)]).then(__nccwpck_require__.bind(__nccwpck_require__, 95484))).rebuildCompareCommand,
    'rebuild-consensus': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(1476), __nccwpck_require__.e(3382), __nccwpck_require__.e(1168), __nccwpck_require__.e(2088), __nccwpck_require__.e(6382), __nccwpck_require__.e(7335), __nccwpck_require__.e(5179), __nccwpck_require__.e(2174), __nccwpck_require__.e(5122), __nccwpck_require__.e(33), __nccwpck_require__.e(1359), __nccwpck_require__.e(4343)]).then(__nccwpck_require__.bind(__nccwpck_require__, 84343))).rebuildConsensusCommand,
    verify: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(1476), __nccwpck_require__.e(1168), __nccwpck_require__.e(8783), __nccwpck_require__.e(5122), __nccwpck_require__.e(4439), __nccwpck_require__.e(5254)]).then(__nccwpck_require__.bind(__nccwpck_require__, 65254))).verifyCommand,
    'verify-bundle': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(1476), __nccwpck_require__.e(1168), __nccwpck_require__.e(8783), __nccwpck_require__.e(5122), __nccwpck_require__.e(4439), __nccwpck_require__.e(3461)]).then(__nccwpck_require__.bind(__nccwpck_require__, 93461))).verifyBundleCommand,
    'verify-pack': async () => (await __nccwpck_require__.e(/* import() */ 347).then(__nccwpck_require__.bind(__nccwpck_require__, 70347))).verifyPackCommand,
    release: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(1306), __nccwpck_require__.e(1476), __nccwpck_require__.e(8815), __nccwpck_require__.e(3382), __nccwpck_require__.e(4037), __nccwpck_require__.e(7851), __nccwpck_require__.e(4222), __nccwpck_require__.e(3604), __nccwpck_require__.e(3591)]).then(__nccwpck_require__.bind(__nccwpck_require__, 77061))).releaseCommand,
    scan: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(1306), __nccwpck_require__.e(8815), __nccwpck_require__.e(2088), __nccwpck_require__.e(6835), __nccwpck_require__.e(3292), __nccwpck_require__.e(2174), __nccwpck_require__.e(6010), __nccwpck_require__.e(2676), __nccwpck_require__.e(7266), __nccwpck_require__.e(1963), __nccwpck_require__.e(7244)]).then(__nccwpck_require__.bind(__nccwpck_require__, 21738))).scanCommand,
    vex: async () => (await __nccwpck_require__.e(/* import() */ 2762).then(__nccwpck_require__.bind(__nccwpck_require__, 92762))).vexCommand,
    demo: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(1306), __nccwpck_require__.e(1476), __nccwpck_require__.e(8815), __nccwpck_require__.e(3382), __nccwpck_require__.e(4037), __nccwpck_require__.e(7851), __nccwpck_require__.e(4222), __nccwpck_require__.e(3604), __nccwpck_require__.e(3591), __nccwpck_require__.e(206)]).then(__nccwpck_require__.bind(__nccwpck_require__, 20206))).demoCommand,
    'generate-key-pair': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(6382), __nccwpck_require__.e(1944)]).then(__nccwpck_require__.bind(__nccwpck_require__, 11944))).generateKeyPairCommand
};
/** Every command, loaded (for the usage text). */
async function loadCommands() {
    return Promise.all(Object.values(COMMAND_LOADERS).map((load) => load()));
}
async function runCli(argv, output) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h') {
        output.out(await usage());
        return name === undefined ? errors/* EXIT_INPUT */.oe : 0;
    }
    if (name === '--version' || name === '-V') {
        output.out(version/* PROVENANT_VERSION */.j);
        return 0;
    }
    if (name === 'help')
        return help(rest, output);
    const command = await loadCommand(name, output);
    if (!command)
        return errors/* EXIT_INPUT */.oe;
    if (wantsHelp(rest)) {
        output.out(buildCommandHelp(command));
        return 0;
    }
    try {
        return await command.run(rest, output);
    }
    catch (thrown) {
        const error = isParseArgsError(thrown)
            ? toUsageError(command, thrown)
            : (0,errors/* toProvenantError */.Ry)(thrown);
        output.err(`provenant ${command.name}: ${error.message}`);
        return (0,errors/* toExitCode */.t4)(error);
    }
}
/** `provenant help [<command>]`. */
async function help(rest, output) {
    if (rest.length === 0) {
        output.out(await usage());
        return 0;
    }
    const command = await loadCommand(rest[0], output);
    if (!command)
        return errors/* EXIT_INPUT */.oe;
    output.out(buildCommandHelp(command));
    return 0;
}
async function loadCommand(name, output) {
    if (Object.hasOwn(COMMAND_LOADERS, name))
        return COMMAND_LOADERS[name]();
    const suggestion = nearest(name, Object.keys(COMMAND_LOADERS));
    output.err(`provenant: unknown command "${name}"${suggestion ? `; did you mean "${suggestion}"?` : ''}\n\n${await usage()}`);
    return undefined;
}
/** `--help` or `-h` among the flags (not after `--`, not as a flag's value). */
function wantsHelp(argv) {
    const end = argv.indexOf('--');
    const flags = end < 0 ? argv : argv.slice(0, end);
    return flags.some((a) => a === '--help' || a === '-h');
}
async function usage() {
    const commands = await loadCommands();
    const width = Math.max(...commands.map((c) => c.name.length));
    return [
        'usage: provenant <command> [flags]',
        '',
        'commands:',
        ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
        '',
        '`provenant <command> --help` (or `provenant help <command>`) describes every flag;',
        '`provenant --version` prints the version.'
    ].join('\n');
}
/** node:util parseArgs errors, recognised by code (not instanceof: realms differ under test runners). */
function isParseArgsError(value) {
    const code = value?.code;
    return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
/** parseArgs' messages, said in the command's terms, with the nearest flag for a typo. */
function toUsageError(command, error) {
    const flag = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1];
    const hint = `run \`provenant ${command.name} --help\` for every flag`;
    if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag) {
        const suggestion = nearest(flag, flagNames(command.flags));
        return new errors/* InputError */.dz('INPUT_UNKNOWN_FLAG', `unknown flag ${flag}${suggestion ? `; did you mean ${suggestion}?` : ''} (${hint})`);
    }
    if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag) {
        const takesValue = /argument missing/.test(error.message);
        return new errors/* InputError */.dz('INPUT_FLAG_VALUE', takesValue
            ? `flag ${flag} needs a value: ${flag} <value> or ${flag}=<value> (${hint})`
            : `flag ${flag} takes no value; give ${flag} alone, or --no-${flag.replace(/^-+/, '')} (${hint})`);
    }
    if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
        const argument = /'([^']*)'/.exec(error.message)?.[1] ?? '';
        return new errors/* InputError */.dz('INPUT_UNEXPECTED_ARGUMENT', `unexpected argument "${argument}": usage: ${command.usage}`);
    }
    return new errors/* InputError */.dz('INPUT_USAGE', `${error.message}; usage: ${command.usage}`);
}


/***/ }),

/***/ 96657:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ stderrLogger),
/* harmony export */   X: () => (/* binding */ processOutput)
/* harmony export */ });
const processOutput = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`)
};
/** Progress and warnings on stderr (`warning: ` before a warning); debug dropped. */
function stderrLogger(output) {
    return {
        info: (m) => output.err(m),
        warning: (m) => output.err(`warning: ${m}`),
        debug: () => undefined
    };
}


/***/ }),

/***/ 97268:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ InputErrors),
/* harmony export */   Gd: () => (/* binding */ InternalError),
/* harmony export */   Ij: () => (/* binding */ EXIT_OK),
/* harmony export */   Ry: () => (/* binding */ toProvenantError),
/* harmony export */   Y$: () => (/* binding */ ProvenantError),
/* harmony export */   _7: () => (/* binding */ ServiceError),
/* harmony export */   c7: () => (/* binding */ EXIT_OTHER),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   fQ: () => (/* binding */ EXIT_VERIFICATION_FAILED),
/* harmony export */   mk: () => (/* binding */ VerificationError),
/* harmony export */   oe: () => (/* binding */ EXIT_INPUT),
/* harmony export */   t4: () => (/* binding */ toExitCode)
/* harmony export */ });
/**
 * The one error model of Provenant. Every failure a user can see is one of
 * these kinds, each with a stable `code` that tests and policy engines match
 * on, and an optional `cause` that keeps the original stack.
 */
class ProvenantError extends Error {
    code;
    kind = 'internal';
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
        this.name = new.target.name;
    }
}
/** Something the user wrote is wrong; the message names the input and the fix. */
class InputError extends ProvenantError {
    kind = 'input';
}
/** A check on an artifact failed; one code per failed check. */
class VerificationError extends ProvenantError {
    kind = 'verification';
}
/** A remote service (Fulcio, Rekor, a TSA, GitHub, the OIDC issuer) failed. */
class ServiceError extends ProvenantError {
    kind = 'service';
    service;
    status;
    retryable;
    constructor(service, message, options = {}) {
        super(`SERVICE_${service.toUpperCase().replace(/\W+/g, '_')}`, message, {
            cause: options.cause
        });
        this.service = service;
        this.status = options.status;
        this.retryable = options.retryable ?? false;
    }
}
/** A bug in Provenant itself. */
class InternalError extends ProvenantError {
    kind = 'internal';
}
/** Several input problems found at once, reported together. */
class InputErrors extends InputError {
    problems;
    constructor(problems) {
        super(problems.length === 1 ? problems[0].code : 'INPUT_MULTIPLE', problems.map((p) => p.message).join('\n'));
        this.problems = problems;
    }
}
/** Normalises anything thrown (strings, objects, foreign errors) into a ProvenantError. */
function toProvenantError(thrown) {
    if (thrown instanceof ProvenantError)
        return thrown;
    if (thrown instanceof Error) {
        return new InternalError('INTERNAL', thrown.message, { cause: thrown });
    }
    return new InternalError('INTERNAL', `unexpected failure: ${String(thrown)}`);
}
/** CLI exit codes: 0 verified, 1 verification failed, 2 usage or input, 3 anything else. */
const EXIT_OK = 0;
const EXIT_VERIFICATION_FAILED = 1;
const EXIT_INPUT = 2;
const EXIT_OTHER = 3;
function toExitCode(error) {
    switch (error.kind) {
        case 'verification':
            return EXIT_VERIFICATION_FAILED;
        case 'input':
            return EXIT_INPUT;
        default:
            return EXIT_OTHER;
    }
}


/***/ }),

/***/ 89067:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ unsupportedNode)
/* harmony export */ });
/* unused harmony export MINIMUM_NODE */
/**
 * The Node the CLI runs on. package.json's `engines` says the same; an
 * older Node is told so in one line instead of failing on the first newer
 * API the CLI calls.
 */
/** The oldest Node Provenant runs on. */
const MINIMUM_NODE = '24.15.0';
/** Why Node `version` (process.versions.node) cannot run Provenant, or undefined when it can. */
function unsupportedNode(version) {
    const have = parts(version);
    const need = parts(MINIMUM_NODE);
    for (let i = 0; i < need.length; i++) {
        if ((have[i] ?? 0) > need[i])
            return undefined;
        if ((have[i] ?? 0) < need[i]) {
            return `provenant needs Node ${MINIMUM_NODE} or later, and this is Node ${version}: install Node 24 (https://nodejs.org), or use the single executable, which carries its own`;
        }
    }
    return undefined;
}
function parts(version) {
    return version
        .replace(/^v/, '')
        .split(/[.-]/)
        .slice(0, 3)
        .map((p) => (/^\d+$/.test(p) ? Number(p) : 0));
}


/***/ }),

/***/ 87471:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ PROVENANT_VERSION)
/* harmony export */ });
/** Provenant's version, as written into the documents it produces (SBOM tool, ...). */
const PROVENANT_VERSION = '0.1.0';


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 73339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 80099:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 78877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 16460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		8792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(70486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
