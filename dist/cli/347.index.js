export const id = 347;
export const ids = [347];
export const modules = {

/***/ 70347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PACK_EXIT_BAD_SIGNATURE: () => (/* binding */ PACK_EXIT_BAD_SIGNATURE),
  PACK_EXIT_CHECKSUM: () => (/* binding */ PACK_EXIT_CHECKSUM),
  PACK_EXIT_MISSING: () => (/* binding */ PACK_EXIT_MISSING),
  verifyPackCommand: () => (/* binding */ verifyPackCommand)
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/lib/verify/codes.ts
var codes = __webpack_require__(28863);
// EXTERNAL MODULE: ./src/lib/verify/minisign.ts
var minisign = __webpack_require__(27575);
;// CONCATENATED MODULE: ./src/lib/verify/pack-lock.ts
/**
 * The XME vendored-pack lock file: `key: value` lines (YAML-shaped) of which
 * verify-pack reads `sha256:` (the pack's digest) and `pubkey:` (the
 * minisign public key that signed it).
 */

function parsePackLock(text, where) {
    const fields = new Map();
    const problems = [];
    for (const [index, raw] of text.split(/\r?\n/).entries()) {
        const match = /^([A-Za-z_][\w-]*):\s*(.*?)\s*(?:#.*)?$/.exec(raw);
        if (!match)
            continue;
        const key = match[1];
        // Which of two values counts is a guess an attacker can steer: refuse.
        if (fields.has(key)) {
            problems.push(`one "${key}:" line (line ${index + 1} repeats it)`);
            continue;
        }
        fields.set(key, match[2].replace(/^(["'])(.*)\1$/, '$2'));
    }
    const sha256 = fields.get('sha256')?.toLowerCase();
    const pubkey = fields.get('pubkey');
    if (!sha256 || !/^[0-9a-f]{64}$/.test(sha256)) {
        problems.push('a "sha256:" line with the pack\'s 64-hex-digit SHA-256');
    }
    if (!pubkey)
        problems.push('a "pubkey:" line with the minisign public key');
    if (problems.length > 0) {
        throw new errors/* InputError */.dz('VERIFY_PACK_LOCK', `${where} needs ${problems.join(' and ')}`);
    }
    return {
        sha256: sha256,
        pubkey: pubkey,
        ...(fields.has('name') ? { name: fields.get('name') } : {}),
        ...(fields.has('version') ? { version: fields.get('version') } : {})
    };
}

// EXTERNAL MODULE: ./src/io/fs/hash.ts
var hash = __webpack_require__(90808);
;// CONCATENATED MODULE: ./src/io/verify/pack.ts
/**
 * verify-pack: an XME vendored pack against its lock file (the pack's
 * `sha256:` and the minisign `pubkey:`) and its `.minisig`, in the order the
 * XME script checks them: files present, checksum, signature.
 */







async function verifyPack(options) {
    const pack = external_node_path_default().resolve(options.cwd, options.pack);
    const signature = external_node_path_default().resolve(options.cwd, options.signature ?? `${options.pack}.minisig`);
    const lock = options.lock
        ? external_node_path_default().resolve(options.cwd, options.lock)
        : await findLock(external_node_path_default().dirname(pack));
    const rel = (file) => external_node_path_default().relative(options.cwd, file) || file;
    const missing = [];
    for (const file of [pack, signature])
        if (!(await isFile(file)))
            missing.push(rel(file));
    if (lock === undefined)
        missing.push('a lock file (one *.lock beside the pack, or --lock FILE)');
    else if (!(await isFile(lock)))
        missing.push(rel(lock));
    if (lock === undefined || missing.length > 0) {
        throw new errors/* InputError */.dz('VERIFY_PACK_MISSING', `missing pack/signature/lock: ${missing.join(', ')}`);
    }
    const parsed = parsePackLock(await (0,promises_.readFile)(lock, 'utf8'), rel(lock));
    const publicKey = (0,minisign/* parseMinisignPublicKey */.i3)(parsed.pubkey, `the pubkey: of ${rel(lock)}`);
    const { sha256, blake2b512 } = await hashPack(pack);
    if (sha256 !== parsed.sha256) {
        throw (0,codes/* verificationFailure */.ac)('VERIFY_CHECKSUM_MISMATCH', `SHA256 mismatch: ${rel(lock)} says ${parsed.sha256}, ${options.pack} is ${sha256}`);
    }
    const text = await (0,promises_.readFile)(signature, 'utf8');
    const sig = (0,minisign/* parseMinisignSignature */.me)(text, rel(signature));
    const data = sig.algorithm === 'Ed' ? await (0,promises_.readFile)(pack) : { blake2b512 };
    (0,minisign/* assertMinisign */.t_)(data, sig, publicKey);
    return {
        pack: options.pack,
        lock: rel(lock),
        signature: rel(signature),
        sha256,
        keyId: (0,minisign/* hexId */.FX)(publicKey.keyId),
        trustedComment: sig.trustedComment
    };
}
async function isFile(file) {
    return (await (0,promises_.stat)(file).catch(() => undefined))?.isFile() ?? false;
}
/** The one *.lock beside the pack, else <folder name>.lock; undefined when neither. */
async function findLock(dir) {
    const names = await (0,promises_.readdir)(dir).catch(() => []);
    const locks = names.filter((n) => n.endsWith('.lock'));
    if (locks.length === 1)
        return external_node_path_default().join(dir, locks[0]);
    const named = `${external_node_path_default().basename(dir)}.lock`;
    return locks.includes(named) ? external_node_path_default().join(dir, named) : undefined;
}
async function hashPack(file) {
    const { sha256, blake2b512 } = await (0,hash/* digestFile */.TM)(file, [
        'sha256',
        'blake2b512'
    ]);
    return { sha256, blake2b512: Buffer.from(blake2b512, 'hex') };
}

// EXTERNAL MODULE: ./src/lib/inputs/index.ts + 3 modules
var inputs = __webpack_require__(65680);
;// CONCATENATED MODULE: ./src/lib/verify/pack-inputs.ts
/**
 * `provenant verify-pack`'s flags: one table for the flags and their help,
 * and the parser into the typed request.
 */


const VERIFY_PACK_INPUTS = (0,inputs/* defineInputs */.pf)({
    lock: {
        kind: 'string',
        description: "The pack's lock file (sha256: and pubkey: lines); <pack>.lock when not given.",
        example: 'vendor/2cat.lock'
    },
    signature: {
        kind: 'string',
        description: "The pack's minisign signature; <pack>.minisig when not given.",
        example: 'vendor/2cat.tar.gz.minisig'
    },
    json: inputs/* JSON_INPUT */.sz
});
/** The flags and the one <pack> into a request. */
function parseVerifyPackInputs(values, positionals, usage) {
    if (positionals.length !== 1) {
        throw new errors/* InputError */.dz('INPUT_USAGE', `give exactly one pack; usage: ${usage}`);
    }
    return {
        pack: positionals[0],
        ...(values.lock ? { lock: values.lock } : {}),
        ...(values.signature ? { signature: values.signature } : {}),
        json: values.json === true
    };
}

// EXTERNAL MODULE: ./src/cli/input-flags.ts
var input_flags = __webpack_require__(40440);
;// CONCATENATED MODULE: ./src/cli/commands/verify-pack.ts
/**
 * `provenant verify-pack <pack> [--lock FILE] [--signature FILE] [--json]`:
 * an XME vendored pack against its lock file and minisign signature. Exit
 * codes are the XME script's: 0 verified, 1 bad signature, 2 a file
 * missing (or a lock without sha256:/pubkey:), 3 checksum mismatch.
 */




const PACK_EXIT_BAD_SIGNATURE = errors/* EXIT_VERIFICATION_FAILED */.fQ;
const PACK_EXIT_MISSING = errors/* EXIT_INPUT */.oe;
const PACK_EXIT_CHECKSUM = 3;
const verifyPackCommand = {
    name: 'verify-pack',
    summary: 'verify a vendored pack: lock-file sha256 and minisign signature',
    usage: 'provenant verify-pack <pack> [--lock FILE] [--signature FILE.minisig] [--json]',
    flags: VERIFY_PACK_INPUTS,
    async run(argv, output) {
        const { values, positionals } = (0,input_flags/* parseFlags */.bQ)(argv, VERIFY_PACK_INPUTS);
        const { json, ...request } = parseVerifyPackInputs(values, positionals, this.usage);
        try {
            const result = await verifyPack({ ...request, cwd: process.cwd() });
            output.out(json
                ? JSON.stringify({ verified: true, ...result }, null, 2)
                : `${result.pack} verified: sha256 ${result.sha256} matches ${result.lock}; minisign signature ${result.signature} by key ${result.keyId} (trusted comment: ${result.trustedComment})`);
            return errors/* EXIT_OK */.Ij;
        }
        catch (thrown) {
            const error = (0,errors/* toProvenantError */.Ry)(thrown);
            const exit = error instanceof errors/* InputError */.dz
                ? PACK_EXIT_MISSING
                : error instanceof errors/* VerificationError */.mk
                    ? error.code === 'VERIFY_CHECKSUM_MISMATCH'
                        ? PACK_EXIT_CHECKSUM
                        : PACK_EXIT_BAD_SIGNATURE
                    : errors/* EXIT_OTHER */.c7;
            if (json) {
                output.out(JSON.stringify({ verified: false, code: error.code, error: error.message }, null, 2));
            }
            output.err(`provenant verify-pack: ${error.message}`);
            return exit;
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

/***/ 90808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   Rs: () => (/* binding */ sha256Files),
/* harmony export */   TM: () => (/* binding */ digestFile)
/* harmony export */ });
/* unused harmony exports READ_BYTES, WORKER_THRESHOLD_BYTES, MAX_HASH_WORKERS, MAIN_THREAD_CONCURRENCY */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _lib_sign_concurrency_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22502);
/**
 * The one hasher for every digest of a file. One file: read whole up to
 * 4 MiB, in 4 MiB reads past that, every algorithm asked for fed in the
 * same pass. Many files (SHA-256): one worker
 * thread per core when there is enough data to keep them busy (Node hashes
 * on the thread that calls update, so a single thread is bound to one core).
 * Small sets are hashed on the main thread, where a worker's start-up would
 * dominate, a few files at a time.
 */






/** 4 MiB reads: past this, larger reads gain nothing measurable. */
const READ_BYTES = 4 * 1024 * 1024;
/** Below this many bytes in all, workers cost more than they save. */
const WORKER_THRESHOLD_BYTES = 64 * 1024 * 1024;
const MAX_HASH_WORKERS = 8;
/** Files read at once on the main thread: small files wait on I/O, not the CPU. */
const MAIN_THREAD_CONCURRENCY = 8;
/**
 * The worker's code, evaluated as CommonJS (bundlers leave it alone): it
 * hashes the files it is sent with synchronous 4 MiB reads into one buffer.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const fs = require('node:fs')
const buffer = Buffer.allocUnsafe(workerData.readBytes)
parentPort.on('message', (path) => {
  try {
    const hash = createHash('sha256')
    const fd = fs.openSync(path, 'r')
    try {
      for (;;) {
        const n = fs.readSync(fd, buffer, 0, buffer.length, null)
        if (n === 0) break
        hash.update(n === buffer.length ? buffer : buffer.subarray(0, n))
      }
    } finally {
      fs.closeSync(fd)
    }
    parentPort.postMessage({ path, sha256: hash.digest('hex') })
  } catch (error) {
    parentPort.postMessage({ path, error: String(error && error.message || error) })
  }
})
`;
/**
 * Hex digests of one file, every algorithm in one pass (node:crypto names:
 * sha256, sha512, blake2b512, ...). A file of up to READ_BYTES is read in
 * one call; a stream's buffers are as large as its reads, so a larger read
 * size would cost small files dearly.
 */
async function digestFile(path, algorithms) {
    return digestOfSize(path, algorithms, (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path)).size);
}
async function sha256File(path) {
    return (await digestFile(path, ['sha256'])).sha256;
}
/** Digests in the order of `paths`. */
async function sha256Files(paths, parallelism = node_os__WEBPACK_IMPORTED_MODULE_3___default().availableParallelism()) {
    const sizes = await Promise.all(paths.map(async (p) => (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(p)).size));
    const total = sizes.reduce((a, b) => a + b, 0);
    const workers = Math.min(parallelism, paths.length, MAX_HASH_WORKERS);
    const digests = workers < 2 || total < WORKER_THRESHOLD_BYTES
        ? await hashOnMainThread(paths, sizes)
        : await hashInWorkers(paths, sizes, workers);
    return paths.map((path, i) => ({
        path,
        sha256: digests[i],
        size: sizes[i]
    }));
}
function hashOnMainThread(paths, sizes) {
    return (0,_lib_sign_concurrency_js__WEBPACK_IMPORTED_MODULE_5__/* .mapWithConcurrency */ .W)(paths, MAIN_THREAD_CONCURRENCY, async (path, i) => (await digestOfSize(path, ['sha256'], sizes[i])).sha256);
}
/** digestFile for a file whose size is known (read whole or streamed by it). */
async function digestOfSize(path, algorithms, size) {
    const hashes = algorithms.map((a) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(a));
    if (size <= READ_BYTES) {
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(path);
        for (const hash of hashes)
            hash.update(bytes);
    }
    else {
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, {
            highWaterMark: READ_BYTES
        })) {
            for (const hash of hashes)
                hash.update(chunk);
        }
    }
    return Object.fromEntries(algorithms.map((a, i) => [a, hashes[i].digest('hex')]));
}
/** Largest files first, each to whichever worker is free. */
async function hashInWorkers(paths, sizes, count) {
    const queue = paths.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a]);
    const digests = new Array(paths.length);
    const run = async () => {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker(WORKER_SOURCE, {
            eval: true,
            workerData: { readBytes: READ_BYTES }
        });
        try {
            for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
                const answer = await ask(worker, paths[i]);
                if (answer.error !== undefined || answer.sha256 === undefined) {
                    throw new Error(`cannot read ${paths[i]}: ${answer.error ?? 'no digest'}`);
                }
                digests[i] = answer.sha256;
            }
        }
        catch (error) {
            queue.length = 0;
            throw error;
        }
        finally {
            await worker.terminate();
        }
    };
    await Promise.all(Array.from({ length: count }, run));
    return digests;
}
function ask(worker, path) {
    return new Promise((resolve, reject) => {
        const onMessage = (answer) => {
            worker.off('error', onError);
            resolve(answer);
        };
        const onError = (error) => {
            worker.off('message', onMessage);
            reject(error);
        };
        worker.once('message', onMessage);
        worker.once('error', onError);
        worker.postMessage(path);
    });
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

/***/ 22502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ mapWithConcurrency)
/* harmony export */ });
/**
 * Runs `task` over `items` with at most `limit` at a time and keeps their
 * order. On the first failure no new task starts; the ones running are
 * awaited (so nothing is left in flight), then the first error is thrown.
 */
async function mapWithConcurrency(items, limit, task) {
    if (!Number.isInteger(limit) || limit < 1) {
        throw new RangeError(`concurrency limit must be a positive integer`);
    }
    const results = new Array(items.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < items.length) {
            const index = next++;
            try {
                results[index] = await task(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    const workers = Math.min(limit, items.length);
    await Promise.all(Array.from({ length: workers }, worker));
    if (failure !== undefined)
        throw failure.error;
    return results;
}


/***/ }),

/***/ 28863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RV: () => (/* binding */ catchVerification),
/* harmony export */   ac: () => (/* binding */ verificationFailure)
/* harmony export */ });
/* unused harmony exports VERIFY_CODES, isVerifyCode */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/**
 * One VerificationError code per failed check, stable for tests and policy
 * engines (`--json` reports carry them).
 */

const VERIFY_CODES = [
    'VERIFY_BUNDLE_INVALID',
    'VERIFY_SIGNATURE_INVALID',
    'VERIFY_DIGEST_MISMATCH',
    'VERIFY_BUNDLE_OF_OTHER_ARTIFACT',
    'VERIFY_SIGNATURE_UNLOGGED',
    'VERIFY_CERTIFICATE_UNTRUSTED',
    'VERIFY_IDENTITY_MISMATCH',
    'VERIFY_ISSUER_MISMATCH',
    'VERIFY_REPO_MISMATCH',
    'VERIFY_SIGNER_WORKFLOW_MISMATCH',
    'VERIFY_SIGNER_REPO_MISMATCH',
    'VERIFY_SIGNER_DIGEST_MISMATCH',
    'VERIFY_OWNER_MISMATCH',
    'VERIFY_CERTIFICATE_WORKFLOW_MISMATCH',
    'VERIFY_SELF_HOSTED_RUNNER',
    'VERIFY_RUNNER_UNKNOWN',
    'VERIFY_STATEMENT_INVALID',
    'VERIFY_SUBJECT_MISMATCH',
    'VERIFY_PREDICATE_TYPE_MISMATCH',
    'VERIFY_SOURCE_MISMATCH',
    'VERIFY_SOURCE_REF_MISMATCH',
    'VERIFY_SOURCE_DIGEST_MISMATCH',
    'VERIFY_BUILDER_MISMATCH',
    'VERIFY_BUILDER_UNTRUSTED',
    'VERIFY_BUILDER_REF_INVALID',
    'VERIFY_WORKFLOW_INPUT_MISMATCH',
    'VERIFY_CLAIM_BUILDER_MISMATCH',
    'VERIFY_CLAIM_REPOSITORY_MISMATCH',
    'VERIFY_CLAIM_COMMIT_MISMATCH',
    'VERIFY_CLAIM_REF_MISMATCH',
    'VERIFY_CLAIM_WORKFLOW_MISMATCH',
    'VERIFY_SBOM_INVALID',
    'VERIFY_SBOM_SUBJECT_MISMATCH',
    'VERIFY_CHECKSUM_MISMATCH',
    'VERIFY_NOT_REPRODUCIBLE',
    'VERIFY_REBUILDER_MISMATCH',
    'VERIFY_SIGNATURE_ABSENT',
    'VERIFY_PROVENANCE_ABSENT',
    'VERIFY_SBOM_ABSENT',
    'VERIFY_CHECKSUM_ABSENT',
    'VERIFY_REPRODUCIBLE_ABSENT',
    'VERIFY_VEX_UNCOVERED',
    'VERIFY_VEX_ABSENT',
    'VERIFY_MINISIGN_INVALID',
    'VERIFY_FILE_UNVERIFIED',
    'VERIFY_IMAGE_TAG_MOVED',
    'VERIFY_IMAGE_DIGEST_MISMATCH',
    'VERIFY_IMAGE_REPOSITORY_MISMATCH',
    'VERIFY_IMAGE_ATTACHMENT_INVALID'
];
function verificationFailure(code, message, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(code, message, { cause });
}
/** The code and message of a VerificationError thrown by `check`, or undefined. */
function catchVerification(check) {
    try {
        check();
        return undefined;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk && isVerifyCode(error.code)) {
            return { code: error.code, reason: error.message };
        }
        throw error;
    }
}
function isVerifyCode(code) {
    return VERIFY_CODES.includes(code);
}


/***/ }),

/***/ 27575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FX: () => (/* binding */ hexId),
/* harmony export */   i3: () => (/* binding */ parseMinisignPublicKey),
/* harmony export */   me: () => (/* binding */ parseMinisignSignature),
/* harmony export */   t_: () => (/* binding */ assertMinisign)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/* harmony import */ var _codes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28863);
/**
 * minisign (https://jedisct1.github.io/minisign/), Ed25519:
 *  - public key: base64 of "Ed" + 8-byte key id + 32-byte key (a .pub file
 *    has an untrusted comment line first);
 *  - signature file: an untrusted comment line; base64 of "Ed" (signature
 *    over the file) or "ED" (over its BLAKE2b-512) + key id + 64-byte
 *    signature; "trusted comment: ..." ; base64 of the 64-byte global
 *    signature over signature + trusted comment.
 */



/** The key from its base64 line, or from a .pub file's text. */
function parseMinisignPublicKey(text, where) {
    const line = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .find((l) => l !== '' && !l.startsWith('untrusted comment:'));
    const bytes = Buffer.from(line ?? '', 'base64');
    if (bytes.length !== 42 || bytes.subarray(0, 2).toString('latin1') !== 'Ed') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('VERIFY_MINISIGN_KEY', `${where} is not a minisign public key (base64 of "Ed", an 8-byte key id and a 32-byte Ed25519 key, e.g. RWQ...)`);
    }
    return {
        keyId: bytes.subarray(2, 10),
        key: node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createPublicKey({
            key: {
                kty: 'OKP',
                crv: 'Ed25519',
                x: bytes.subarray(10).toString('base64url')
            },
            format: 'jwk'
        })
    };
}
function parseMinisignSignature(text, where) {
    const lines = text.split(/\r?\n/);
    const invalid = (why) => {
        throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .verificationFailure */ .ac)('VERIFY_MINISIGN_INVALID', `${where} is not a minisign signature: ${why}`);
    };
    if (!lines[0]?.startsWith('untrusted comment:'))
        invalid('no untrusted comment line');
    const sig = Buffer.from(lines[1]?.trim() ?? '', 'base64');
    const algorithm = sig.subarray(0, 2).toString('latin1');
    if (sig.length !== 74 || (algorithm !== 'Ed' && algorithm !== 'ED')) {
        invalid('the second line is not base64 of "Ed"/"ED", a key id and a 64-byte signature');
    }
    const trusted = lines[2] ?? '';
    if (!trusted.startsWith('trusted comment: '))
        invalid('no trusted comment line');
    const globalSignature = Buffer.from(lines[3]?.trim() ?? '', 'base64');
    if (globalSignature.length !== 64)
        invalid('the global signature is not 64 bytes');
    return {
        algorithm: algorithm,
        keyId: sig.subarray(2, 10),
        signature: sig.subarray(10),
        trustedComment: trusted.slice('trusted comment: '.length),
        globalSignature
    };
}
/**
 * Throws VERIFY_MINISIGN_INVALID unless `signature` was made over `data`
 * (or, for "ED", its BLAKE2b-512) with `publicKey`, trusted comment included.
 */
function assertMinisign(data, signature, publicKey) {
    const fail = (why) => {
        throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .verificationFailure */ .ac)('VERIFY_MINISIGN_INVALID', why);
    };
    if (!signature.keyId.equals(publicKey.keyId)) {
        fail(`signed with key ${hexId(signature.keyId)}, the public key is ${hexId(publicKey.keyId)}`);
    }
    let message;
    if (signature.algorithm === 'ED') {
        message = Buffer.isBuffer(data)
            ? node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createHash('blake2b512').update(data).digest()
            : data.blake2b512;
    }
    else if (Buffer.isBuffer(data))
        message = data;
    else
        return fail('a legacy "Ed" signature needs the whole file');
    if (!node_crypto__WEBPACK_IMPORTED_MODULE_0___default().verify(null, message, publicKey.key, signature.signature)) {
        fail('the signature does not verify over the file (changed file or another key)');
    }
    const global = Buffer.concat([
        signature.signature,
        Buffer.from(signature.trustedComment, 'utf8')
    ]);
    if (!node_crypto__WEBPACK_IMPORTED_MODULE_0___default().verify(null, global, publicKey.key, signature.globalSignature)) {
        fail('the trusted comment was changed (its global signature does not verify)');
    }
}
/** minisign prints key ids as upper-case hex of the little-endian number. */
function hexId(keyId) {
    return Buffer.from(keyId).reverse().toString('hex').toUpperCase();
}


/***/ })

};
