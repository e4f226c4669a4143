export const id = 2762;
export const ids = [2762];
export const modules = {

/***/ 92762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vexCommand: () => (/* binding */ vexCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/lib/scan/vex.ts
var vex = __webpack_require__(22030);
;// CONCATENATED MODULE: ./src/lib/scan/report/openvex.ts
/**
 * `provenant vex`: an OpenVEX v0.2.0 document from statement lines
 * `ID:purl:status[:justification]` (the purl is the product; with a
 * product purl given, the line's purl is a subcomponent of it). The
 * document's @id is derived from its content, so the same statements give
 * the same id.
 */



const OPENVEX_CONTEXT = 'https://openvex.dev/ns/v0.2.0';
const OPENVEX_JUSTIFICATIONS = [
    'component_not_present',
    'vulnerable_code_not_present',
    'vulnerable_code_not_in_execute_path',
    'vulnerable_code_cannot_be_controlled_by_adversary',
    'inline_mitigations_already_exist'
];
const LINE = /^([^:\s]+):(pkg:[^\s]+?):([a-z_]+)(?::([a-z_]*))?$/;
function parseStatementLine(line) {
    const match = LINE.exec(line.trim());
    const fix = 'write it as ID:purl:status[:justification], e.g. GHSA-xxxx-xxxx-xxxx:pkg:npm/lodash@4.17.20:not_affected:vulnerable_code_not_in_execute_path';
    if (!match)
        throw new errors/* InputError */.dz('VEX_STATEMENT_SYNTAX', `--statement "${line}" cannot be read: ${fix}`);
    const status = match[3];
    if (!vex/* VEX_STATUSES */.HC.includes(status))
        throw new errors/* InputError */.dz('VEX_STATEMENT_STATUS', `--statement "${line}" has status "${match[3]}": use ${vex/* VEX_STATUSES */.HC.join(', ')}`);
    const justification = match[4] || undefined;
    if (justification &&
        !OPENVEX_JUSTIFICATIONS.includes(justification))
        throw new errors/* InputError */.dz('VEX_STATEMENT_JUSTIFICATION', `--statement "${line}" has justification "${justification}": use ${OPENVEX_JUSTIFICATIONS.join(', ')}`);
    if (status === 'not_affected' && !justification)
        throw new errors/* InputError */.dz('VEX_STATEMENT_JUSTIFICATION', `--statement "${line}" says not_affected without a justification: add one of ${OPENVEX_JUSTIFICATIONS.join(', ')}`);
    return {
        vulnerability: match[1],
        purl: match[2],
        status,
        ...(justification ? { justification } : {})
    };
}
function buildOpenVex(lines, options) {
    const statements = lines.map((s) => ({
        vulnerability: { name: s.vulnerability },
        timestamp: options.timestamp,
        products: [
            options.product
                ? { '@id': options.product, subcomponents: [{ '@id': s.purl }] }
                : { '@id': s.purl }
        ],
        status: s.status,
        ...(s.justification ? { justification: s.justification } : {}),
        ...(options.note && s.status === 'not_affected'
            ? { impact_statement: options.note }
            : {}),
        ...(s.status === 'affected'
            ? { action_statement: options.note ?? 'Upgrade to a fixed version.' }
            : {})
    }));
    const body = {
        author: options.author,
        timestamp: options.timestamp,
        statements
    };
    const digest = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(body)).digest('hex');
    return {
        '@context': OPENVEX_CONTEXT,
        '@id': `https://openvex.dev/docs/public/vex-${digest}`,
        author: options.author,
        timestamp: options.timestamp,
        version: 1,
        statements
    };
}

// EXTERNAL MODULE: ./src/lib/inputs/index.ts + 3 modules
var inputs = __webpack_require__(65680);
;// CONCATENATED MODULE: ./src/lib/scan/vex-inputs.ts
/**
 * `provenant vex`'s flags: one table for the flags and their help, and the
 * parser into the typed request (every problem reported at once).
 */



const VEX_INPUTS = (0,inputs/* defineInputs */.pf)({
    statement: {
        kind: 'string',
        multiple: true,
        description: 'One statement, ID:purl:status[:justification] (status not_affected, affected, fixed or under_investigation); repeat the flag for more.',
        example: 'CVE-2024-1234:pkg:npm/lodash@4.17.20:not_affected:vulnerable_code_not_in_execute_path'
    },
    product: {
        kind: 'string',
        description: 'The product the statements are about, as a purl; each statement purl is then its subcomponent.',
        example: 'pkg:npm/widget@1.2.0'
    },
    author: {
        kind: 'string',
        description: 'The document author (default: GITHUB_REPOSITORY_OWNER, else "unknown").',
        example: 'acme'
    },
    note: {
        kind: 'string',
        description: 'A note for every statement (OpenVEX impact_statement).'
    },
    timestamp: {
        kind: 'string',
        description: 'The document time, ISO 8601 (default: now).',
        example: '2026-12-01T00:00:00Z'
    },
    output: {
        kind: 'string',
        description: 'Write the document to this file instead of stdout.',
        example: 'release.openvex.json'
    }
});
/** The flags into a request; `defaults` are the author and time when not given. */
function parseVexInputs(values, defaults) {
    const problems = [];
    const lines = [];
    for (const line of values.statement ?? []) {
        try {
            lines.push(parseStatementLine(line));
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.dz))
                throw error;
            problems.push(error);
        }
    }
    if ((values.statement ?? []).length === 0)
        problems.push(new errors/* InputError */.dz('VEX_NO_STATEMENT', 'give at least one --statement ID:purl:status[:justification]'));
    if (values.product !== undefined && !values.product.startsWith('pkg:'))
        problems.push(new errors/* InputError */.dz('VEX_PRODUCT', `--product must be a purl (pkg:type/name@version), not "${values.product}"`));
    const timestamp = values.timestamp ?? defaults.now.toISOString();
    if (Number.isNaN(Date.parse(timestamp)))
        problems.push(new errors/* InputError */.dz('VEX_TIMESTAMP', `--timestamp must be an ISO 8601 date-time, not "${timestamp}"`));
    (0,inputs/* throwCollected */.ml)(problems);
    return {
        lines,
        author: values.author ?? defaults.author,
        timestamp: new Date(timestamp).toISOString(),
        ...(values.product ? { product: values.product } : {}),
        ...(values.note ? { note: values.note } : {}),
        ...(values.output !== undefined ? { output: values.output } : {})
    };
}

// EXTERNAL MODULE: ./src/io/fs/atomic-write.ts
var atomic_write = __webpack_require__(72243);
// EXTERNAL MODULE: ./src/cli/input-flags.ts
var input_flags = __webpack_require__(40440);
;// CONCATENATED MODULE: ./src/cli/commands/vex.ts
/**
 * `provenant vex --statement ID:purl:status[:justification]...`: an OpenVEX
 * v0.2.0 document for the producer to ship beside the SBOMs and sign (as an
 * attestation with predicate-type https://openvex.dev/ns). With --product,
 * each statement's purl is a subcomponent of that product.
 */






const vexCommand = {
    name: 'vex',
    summary: 'write an OpenVEX document from ID:purl:status[:justification] statements',
    usage: 'provenant vex --statement ID:purl:status[:justification]... [--product PURL] [--author NAME] [--note TEXT] [--timestamp ISO-8601] [--output FILE]',
    flags: VEX_INPUTS,
    async run(argv, output) {
        const { values } = (0,input_flags/* parseFlags */.bQ)(argv, VEX_INPUTS, { allowPositionals: false });
        const request = parseVexInputs(values, {
            author: process.env.GITHUB_REPOSITORY_OWNER ?? 'unknown',
            now: new Date()
        });
        const document = buildOpenVex(request.lines, {
            author: request.author,
            timestamp: request.timestamp,
            ...(request.product ? { product: request.product } : {}),
            ...(request.note ? { note: request.note } : {})
        });
        const text = `${JSON.stringify(document, null, 2)}\n`;
        if (request.output === undefined) {
            output.out(text.trimEnd());
        }
        else {
            const file = external_node_path_default().resolve(process.cwd(), request.output);
            await (0,atomic_write/* writeFilesAtomically */.i)([{ path: file, content: text }]);
            output.err(`wrote ${file}`);
        }
        return errors/* EXIT_OK */.Ij;
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

/***/ 72243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ writeFilesAtomically)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97268);
/**
 * All-or-nothing writes of several files: each goes to a temp file beside
 * its target first; only when every temp file is written are they renamed
 * into place. A failure at any step removes the temp files and puts back
 * whatever was there before, so a failed run leaves nothing new behind.
 *
 * SIGINT and SIGTERM count as failures: while a write is under way they are
 * held, the write stops after the files in flight, cleans up as above, and
 * the process then dies of the signal as it would have. The renames into
 * place run synchronously, so a signal finds either the old set of files or
 * the new one, never a mix.
 */





/** Temp files written concurrently: a run that signs 1,000 files writes 1,000 bundles. */
const WRITES_AT_ONCE = 16;
async function writeFilesAtomically(files) {
    for (const file of files) {
        if (kindOf(file.path) === 'directory') {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('OUTPUT_UNWRITABLE', `cannot write ${file.path}: it is a directory; give a file path`, { cause: Object.assign(new Error('EISDIR'), { code: 'EISDIR' }) });
        }
    }
    const tag = `${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
    const staged = [];
    const created = [];
    holdSignals();
    try {
        for (const dir of new Set(files.map((file) => node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file.path)))) {
            await mkdirTracked(dir, created);
        }
        for (let i = 0; i < files.length; i += WRITES_AT_ONCE) {
            const batch = files.slice(i, i + WRITES_AT_ONCE).map((file) => {
                const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file.path);
                const temp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file.path)}.${tag}.tmp`);
                staged.push({ temp, target: file.path });
                return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(temp, file.content, {
                    flag: 'wx',
                    ...(file.mode !== undefined ? { mode: file.mode } : {})
                });
            });
            // Every write of the batch settles before a failure is acted on, so
            // the clean-up below finds each temp file that was written.
            const failed = (await Promise.allSettled(batch)).find((result) => result.status === 'rejected');
            if (failed)
                throw failed.reason;
            throwIfInterrupted();
        }
        moveIntoPlace(staged);
    }
    catch (error) {
        for (const entry of staged) {
            // A temp file that could not be made may sit under a path that is not
            // a directory; removing it then fails too, and must not stop the rest.
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(entry.temp, { force: true }).catch(() => undefined);
            if (entry.backup && kindOf(entry.target) === undefined) {
                try {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(entry.backup, entry.target);
                }
                catch {
                    // Left as it is: the next step must still run.
                }
            }
        }
        for (const dir of created.reverse()) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rmdir)(dir).catch(() => undefined);
        }
        throw toOutputError(error, staged);
    }
    finally {
        releaseSignals();
    }
}
/** Errors of the file system that the user fixes by choosing another path. */
const PATH_ERRORS = new Set([
    'EISDIR',
    'ENOTDIR',
    'EACCES',
    'EPERM',
    'EROFS',
    'ENAMETOOLONG'
]);
/**
 * A write that failed on the path the user chose is an input error (exit 2)
 * naming the file as the user would, not the hidden temp file.
 */
function toOutputError(error, staged) {
    const { code, path: failed } = error;
    if (typeof code !== 'string' || !PATH_ERRORS.has(code))
        return error;
    const target = staged.find((entry) => entry.temp === failed)?.target ??
        (typeof failed === 'string' ? failed : undefined);
    return new _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('OUTPUT_UNWRITABLE', `cannot write ${target ?? 'the output'} (${code}): give a path in a folder you can write to`, { cause: error });
}
/**
 * Renames every temp file over its target; on failure undoes the ones done.
 * Synchronous on purpose: no signal handler can run in the middle.
 */
function moveIntoPlace(staged) {
    const done = [];
    try {
        for (const entry of staged) {
            if (kindOf(entry.target) !== undefined) {
                entry.backup = `${entry.temp}.old`;
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(entry.target, entry.backup);
            }
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(entry.temp, entry.target);
            done.push(entry);
        }
    }
    catch (error) {
        for (const entry of done.reverse()) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(entry.target, { force: true });
            if (entry.backup)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(entry.backup, entry.target);
        }
        throw error;
    }
    for (const entry of staged) {
        if (entry.backup)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(entry.backup, { force: true });
    }
}
const SIGNALS = ['SIGINT', 'SIGTERM'];
let writesUnderWay = 0;
let interrupted;
function onSignal(signal) {
    interrupted = signal;
}
/** While any write is under way, SIGINT and SIGTERM wait for its clean-up. */
function holdSignals() {
    if (writesUnderWay++ === 0)
        for (const signal of SIGNALS)
            process.on(signal, onSignal);
}
/** The last write done: handlers off, and a held signal delivered again. */
function releaseSignals() {
    if (--writesUnderWay > 0)
        return;
    for (const signal of SIGNALS)
        process.off(signal, onSignal);
    const signal = interrupted;
    interrupted = undefined;
    if (signal)
        process.kill(process.pid, signal);
}
function throwIfInterrupted() {
    if (interrupted) {
        throw Object.assign(new Error(`interrupted by ${interrupted}`), {
            code: 'EINTR'
        });
    }
}
/** Creates `dir` (and missing parents), recording the ones it created. */
async function mkdirTracked(dir, created) {
    const missing = [];
    for (let d = dir; kindOf(d) === undefined; d = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(d)) {
        missing.unshift(d);
        if (node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(d) === d)
            break;
    }
    if (missing.length === 0)
        return;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
    created.push(...missing);
}
/** A cheap, throw-free stat (no ENOENT errors built per file). */
function kindOf(file) {
    const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file, { throwIfNoEntry: false });
    if (!stats)
        return undefined;
    return stats.isDirectory() ? 'directory' : 'file';
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

/***/ 22030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HC: () => (/* binding */ VEX_STATUSES),
/* harmony export */   TX: () => (/* binding */ isCycloneDxVex),
/* harmony export */   _Y: () => (/* binding */ isOpenVex),
/* harmony export */   hK: () => (/* binding */ readVexDocument),
/* harmony export */   ye: () => (/* binding */ readOpenVex)
/* harmony export */ });
/* unused harmony export readCycloneDxVex */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/**
 * VEX statements from OpenVEX (v0.0.1 and v0.2.0) and CycloneDX VEX (a VEX
 * BOM, or `analysis` inside an SBOM), in one shape, and the question the
 * gate asks: what does the VEX say about this vulnerability in this
 * component of this product?
 */

const VEX_STATUSES = [
    'not_affected',
    'affected',
    'fixed',
    'under_investigation'
];
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => typeof v === 'string' && v !== '' ? v : undefined;
const list = (v) => (Array.isArray(v) ? v : []);
function isOpenVex(value) {
    return (isRecord(value) &&
        typeof value['@context'] === 'string' &&
        value['@context'].startsWith('https://openvex.dev/ns'));
}
function isCycloneDxVex(value) {
    return (isRecord(value) &&
        value.bomFormat === 'CycloneDX' &&
        Array.isArray(value.vulnerabilities));
}
/** Any VEX document; `source` names it in errors and reasons. */
function readVexDocument(value, source) {
    if (isOpenVex(value))
        return readOpenVex(value, source);
    if (isCycloneDxVex(value))
        return readCycloneDxVex(value, source);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SCAN_VEX_UNRECOGNISED', `--vex ${source} is neither OpenVEX (@context https://openvex.dev/ns) nor CycloneDX with "vulnerabilities": give an OpenVEX or CycloneDX VEX JSON document`);
}
function openVexTarget(value) {
    if (typeof value === 'string')
        return value.startsWith('pkg:') ? { purl: value } : { ref: value };
    if (!isRecord(value))
        return undefined;
    const id = str(value['@id']);
    const identifiers = isRecord(value.identifiers) ? value.identifiers : {};
    const purl = str(identifiers.purl) ?? (id?.startsWith('pkg:') ? id : undefined);
    if (!id && !purl)
        return undefined;
    return { ...(id ? { ref: id } : {}), ...(purl ? { purl } : {}) };
}
function readOpenVex(doc, source) {
    const problems = [];
    const out = list(doc.statements).flatMap((s, i) => {
        if (!isRecord(s))
            return [];
        const v = s.vulnerability;
        const ids = isRecord(v)
            ? [str(v.name), str(v['@id']), ...list(v.aliases).map(str)]
            : [str(v)];
        const status = str(s.status);
        if (!status || !VEX_STATUSES.includes(status)) {
            problems.push(`statement ${i + 1} has status "${String(s.status)}"`);
            return [];
        }
        const products = list(s.products)
            .map(openVexTarget)
            .filter((t) => !!t);
        const subs = [
            ...list(s.subcomponents),
            ...list(s.products).flatMap((p) => isRecord(p) ? list(p.subcomponents) : [])
        ];
        const statement = {
            ids: ids.filter((id) => !!id),
            products,
            subcomponents: subs.map(openVexTarget).filter((t) => !!t),
            status,
            source
        };
        const justification = str(s.justification);
        const detail = str(s.impact_statement) ?? str(s.action_statement) ?? str(s.status_notes);
        const timestamp = str(s.timestamp) ?? str(doc.timestamp);
        if (justification)
            statement.justification = justification;
        if (detail)
            statement.detail = detail;
        if (timestamp)
            statement.timestamp = timestamp;
        return [statement];
    });
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SCAN_VEX_STATUS', `--vex ${source}: ${problems.join('; ')}; use not_affected, affected, fixed or under_investigation`);
    return out;
}
const CDX_STATES = {
    resolved: 'fixed',
    resolved_with_pedigree: 'fixed',
    exploitable: 'affected',
    in_triage: 'under_investigation',
    false_positive: 'not_affected',
    not_affected: 'not_affected'
};
/** A `ref`: plain bom-ref, a purl, or BOM-Link urn:cdx:<serial>/<version>#<bom-ref>. */
function cdxTarget(ref) {
    const link = /^urn:cdx:([^/]+)\/\d+#(.+)$/.exec(ref);
    const inner = link ? decodeURIComponent(link[2]) : ref;
    return {
        ...(link ? { serialNumber: `urn:uuid:${link[1]}` } : {}),
        ref: inner,
        ...(inner.startsWith('pkg:') ? { purl: inner } : {})
    };
}
function readCycloneDxVex(doc, source) {
    const timestamp = isRecord(doc.metadata)
        ? str(doc.metadata.timestamp)
        : undefined;
    return list(doc.vulnerabilities).flatMap((v) => {
        if (!isRecord(v) || !isRecord(v.analysis))
            return [];
        const state = str(v.analysis.state);
        const status = state ? CDX_STATES[state] : undefined;
        if (!status)
            return [];
        const ids = [
            str(v.id),
            ...list(v.references).map((r) => (isRecord(r) ? str(r.id) : undefined))
        ].filter((id) => !!id);
        const base = {
            ids,
            subcomponents: [],
            source
        };
        const justification = str(v.analysis.justification);
        const detail = str(v.analysis.detail);
        if (justification)
            base.justification = justification;
        if (detail)
            base.detail = detail;
        const when = str(v.updated) ?? str(v.published) ?? timestamp;
        if (when)
            base.timestamp = when;
        const affects = list(v.affects).filter(isRecord);
        if (affects.length === 0)
            return [{ ...base, products: [], status }];
        return affects.flatMap((a) => {
            const target = cdxTarget(str(a.ref) ?? '');
            const versions = list(a.versions).filter(isRecord);
            if (versions.length === 0)
                return [{ ...base, products: [target], status }];
            return versions.map((entry) => ({
                ...base,
                products: [{ ...target, ...versionOf(entry) }],
                status: versionStatus(str(entry.status), status)
            }));
        });
    });
}
function versionOf(entry) {
    const version = str(entry.version);
    const range = str(entry.range);
    return { ...(version ? { version } : {}), ...(range ? { range } : {}) };
}
/** A version's own status (default "affected") read against the analysis state. */
function versionStatus(status, state) {
    if (status === 'unaffected')
        return state === 'fixed' ? 'fixed' : 'not_affected';
    if (status === 'unknown')
        return 'under_investigation';
    return state;
}


/***/ })

};
