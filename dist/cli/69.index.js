export const id = 69;
export const ids = [69];
export const modules = {

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

/***/ 56611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ findArtifacts)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73382);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97268);
/**
 * The rebuilt artifacts: files the artifact globs match under the build's
 * working directory, named by their file name (a release is flat, so two
 * artifacts may not share one).
 */




async function findArtifacts(globs, cwd) {
    const matches = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .glob */ .TI)([...globs], {
        cwd,
        onlyFiles: true,
        dot: true,
        expandDirectories: false,
        followSymbolicLinks: false
    });
    if (matches.length === 0) {
        const present = await listSome(cwd, globs);
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('REBUILD_NO_ARTIFACTS', `input "artifacts": ${globs.map((g) => `"${g}"`).join(', ')} matched no file after the build, in ${cwd}${present}; check the globs against where the build writes its artifacts (they are relative to "working-directory")`);
    }
    const byName = new Map();
    const found = [];
    for (const match of matches.sort()) {
        const name = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(match);
        const other = byName.get(name);
        if (other !== undefined) {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('REBUILD_DUPLICATE_ARTIFACT', `input "artifacts": ${other} and ${match} have the same file name; artifacts are compared by name, so narrow the globs to one of them`);
        }
        byName.set(name, match);
        found.push({ name, path: match, absolute: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, match) });
    }
    return found;
}
/** ` (the directory dist/ holds: a, b)`, to help fix a glob. */
async function listSome(cwd, globs) {
    const first = globs[0] ?? '';
    const dir = first.includes('/') ? first.slice(0, first.lastIndexOf('/')) : '.';
    if (/[*?[{]/.test(dir))
        return '';
    try {
        const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, dir))).sort();
        const shown = names.slice(0, 10).join(', ');
        return names.length === 0
            ? ` (${dir}/ is empty)`
            : ` (${dir}/ holds: ${shown}${names.length > 10 ? ', ...' : ''})`;
    }
    catch {
        return ` (there is no ${dir}/)`;
    }
}


/***/ }),

/***/ 55039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ execFileCapture)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Child processes for the rebuild: a command's output captured (git, tool
 * versions, diffoscope), each with a timeout that kills its whole process
 * group, so nothing outlives the call.
 */

const DEFAULT_MAX_OUTPUT_BYTES = 4 * 1024 * 1024;
function execFileCapture(file, args, options) {
    const max = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
            cwd: options.cwd,
            env: options.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true
        });
        const out = [];
        const err = [];
        let outBytes = 0;
        let errBytes = 0;
        child.stdout.on('data', (chunk) => {
            options.onOutput?.(chunk);
            if (outBytes < max)
                out.push(chunk);
            outBytes += chunk.length;
        });
        child.stderr.on('data', (chunk) => {
            options.onOutput?.(chunk);
            if (errBytes < max)
                err.push(chunk);
            errBytes += chunk.length;
        });
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            killGroup(child.pid);
        }, options.timeoutMs);
        child.once('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
        // Whatever the command left running in the background goes with it,
        // which also closes the pipes such a process would hold open.
        child.once('exit', () => killGroup(child.pid));
        child.once('close', (exitCode, signal) => {
            clearTimeout(timer);
            resolve({
                exitCode,
                signal,
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
                timedOut
            });
        });
    });
}
function killGroup(pid) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, 'SIGKILL');
    }
    catch {
        // already gone
    }
}


/***/ }),

/***/ 65680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vX: () => (/* reexport */ collectProblems),
  pf: () => (/* reexport */ defineInputs),
  yG: () => (/* reexport */ parseBoolean),
  HU: () => (/* reexport */ parseChoice),
  cG: () => (/* reexport */ parseInteger),
  E1: () => (/* reexport */ parseList),
  hc: () => (/* reexport */ readRaw)
});

// UNUSED EXPORTS: GITHUB_TOKEN_INPUT, OUTPUT_DIR_INPUT, PREDICATE_TYPE_INPUT, TRUSTED_ROOT_INPUT

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
                if (error instanceof errors/* InputErrors */.G)
                    problems.push(...error.problems);
                else if (error instanceof errors/* InputError */.dz)
                    problems.push(error);
                else
                    throw error;
                return fallback;
            }
        },
        throwIfAny: () => {
            if (problems.length > 0)
                throw new errors/* InputErrors */.G(problems);
        }
    };
}

;// CONCATENATED MODULE: ./src/lib/inputs/index.ts






/***/ }),

/***/ 54476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Et: () => (/* binding */ PREDICATE_TYPE_INPUT),
/* harmony export */   n6: () => (/* binding */ OUTPUT_DIR_INPUT),
/* harmony export */   uz: () => (/* binding */ TRUSTED_ROOT_INPUT),
/* harmony export */   vu: () => (/* binding */ GITHUB_TOKEN_INPUT)
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


/***/ }),

/***/ 44759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HG: () => (/* binding */ formatChecksumFile),
/* harmony export */   MP: () => (/* binding */ compareNames),
/* harmony export */   j7: () => (/* binding */ parseChecksumFile)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _subject_checksum_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20537);
/**
 * A release's SHA-256 checksums file, read by the one checksum reader
 * (subject/checksum-text.ts: sha256sum text and binary mode, the `\`
 * escape, the BSD `SHA256 (<name>) = <hex>`). Rebuild compares SHA-256, so
 * a line of another algorithm is refused. Names are keyed by their last
 * path segment: a release is flat.
 */


const MAX_LISTED_PROBLEMS = 5;
function parseChecksumFile(text, file, input = 'reference') {
    const { entries, problems } = toSha256Entries(text);
    if (problems.length > 0) {
        const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
        const more = problems.length - listed.length;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('REBUILD_CHECKSUMS_LINE', `input "${input}": ${file} is not a SHA-256 checksums file (lines "<64 hex>  <name>" as sha256sum writes them, or "SHA256 (<name>) = <64 hex>"): ${listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}`);
    }
    if (entries.size === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('REBUILD_CHECKSUMS_EMPTY', `input "${input}": ${file} lists no file; write it with e.g. \`sha256sum dist/* > SHA256SUMS\``);
    }
    return [...entries].map(([name, sha256]) => ({ name, sha256 }));
}
/** sha256sum's format, names sorted: what `sha256sum -c` reads back. */
function formatChecksumFile(entries) {
    return entries
        .toSorted((a, b) => compareNames(a.name, b.name))
        .map((e) => `${e.sha256}  ${e.name}\n`)
        .join('');
}
function compareNames(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Entries by base name, and every problem, in line order. */
function toSha256Entries(text) {
    const read = (0,_subject_checksum_text_js__WEBPACK_IMPORTED_MODULE_1__/* .readChecksumText */ .R)(text);
    const lines = text.split('\n');
    const entries = new Map();
    const problems = [];
    const quote = (line) => `line ${line}: "${lines[line - 1].replace(/\r$/, '').slice(0, 80)}"`;
    for (const { line } of read.problems) {
        problems.push({ line, message: quote(line) });
    }
    for (const entry of read.entries) {
        if (!isSha256Entry(entry)) {
            problems.push({ line: entry.line, message: quote(entry.line) });
            continue;
        }
        const name = baseName(entry.name);
        const seen = entries.get(name);
        if (seen !== undefined && seen !== entry.hex) {
            problems.push({
                line: entry.line,
                message: `line ${entry.line}: ${name} listed twice, with two digests`
            });
        }
        entries.set(name, entry.hex);
    }
    problems.sort((a, b) => a.line - b.line);
    return { entries, problems: problems.map((p) => p.message) };
}
function isSha256Entry(entry) {
    return entry.algorithm === 'sha256' && entry.name !== undefined;
}
function baseName(name) {
    const parts = name.split('/');
    return parts[parts.length - 1] || name;
}


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

/***/ 20537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readChecksumText)
/* harmony export */ });
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5642);

const GNU_LINE = /^(\\?)([0-9a-fA-F]+) [ *](.+)$/;
const BSD_LINE = /^(\\?)(SHA-?256|SHA-?512) ?\((.+)\) ?= ?([0-9a-fA-F]+)$/i;
const BARE_LINE = /^([0-9a-fA-F]+)$/;
function readChecksumText(text) {
    const entries = [];
    const problems = [];
    text.split('\n').forEach((raw, index) => {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            return;
        const result = readLine(trimmed);
        if ('problem' in result) {
            problems.push({ line: index + 1, text: line, problem: result.problem });
        }
        else {
            entries.push({ line: index + 1, ...result });
        }
    });
    return { entries, problems };
}
function readLine(line) {
    const bsd = BSD_LINE.exec(line);
    if (bsd) {
        const declared = bsd[2].toLowerCase().replace('-', '');
        return toEntry(bsd[4], nameOf(bsd[1], bsd[3]), declared);
    }
    const gnu = GNU_LINE.exec(line);
    if (gnu)
        return toEntry(gnu[2], nameOf(gnu[1], gnu[3]), undefined);
    const bare = BARE_LINE.exec(line);
    if (bare)
        return toEntry(bare[1], undefined, undefined);
    return {
        problem: `"${truncate(line)}" is not "<hex digest>, two spaces (or space and *), <file name>"`
    };
}
function toEntry(hex, name, declared) {
    const algorithm = (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .algorithmForHexLength */ .K3)(hex.length);
    if (!algorithm) {
        return {
            problem: `a digest of ${hex.length} hex digits is neither SHA-256 (64) nor SHA-512 (128)`
        };
    }
    if (declared !== undefined && declared !== algorithm) {
        return {
            problem: `"${declared.toUpperCase()}" with a digest of ${hex.length} hex digits`
        };
    }
    if (name !== undefined && name.trim() === '') {
        return { problem: 'no file name after the digest' };
    }
    return { name, algorithm, hex: hex.toLowerCase() };
}
function nameOf(escapeMark, name) {
    return escapeMark === '\\' ? unescapeName(name) : name;
}
/**
 * GNU tools escape `\` as `\\`, newline as `\n` and CR as `\r` in a name,
 * and then start the line with `\`.
 */
function unescapeName(name) {
    return name.replace(/\\([\\nr])/g, (_, c) => c === 'n' ? '\n' : c === 'r' ? '\r' : '\\');
}
function truncate(line) {
    return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}


/***/ }),

/***/ 5642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K3: () => (/* binding */ algorithmForHexLength),
/* harmony export */   m: () => (/* binding */ parseDigest),
/* harmony export */   yw: () => (/* binding */ looksLikeDigest)
/* harmony export */ });
/* unused harmony exports DIGEST_HEX_LENGTHS, isDigestAlgorithm, toDigestString */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/**
 * Subject digests as users write them (`sha256:<hex>`, `sha512:<hex>`) and
 * as checksum files carry them (bare hex, the algorithm told by its length).
 */

/** Hex digits per digest, by algorithm: the only algorithms accepted. */
const DIGEST_HEX_LENGTHS = { sha256: 64, sha512: 128 };
const HEX = /^[0-9a-fA-F]+$/;
/** sha256 for 64 hex digits, sha512 for 128; undefined otherwise. */
function algorithmForHexLength(length) {
    for (const [algorithm, hexLength] of Object.entries(DIGEST_HEX_LENGTHS)) {
        if (hexLength === length)
            return algorithm;
    }
    return undefined;
}
function isDigestAlgorithm(value) {
    return Object.hasOwn(DIGEST_HEX_LENGTHS, value);
}
/** True for text shaped like `<algorithm>:<hex>` (the CLI's digest arguments). */
function looksLikeDigest(value) {
    return /^[a-z0-9]+:[0-9a-fA-F]+$/.test(value);
}
/**
 * `sha256:<64 hex>` or `sha512:<128 hex>` -> a Digest; an InputError naming
 * `input` otherwise, saying what length was expected.
 */
function parseDigest(input, raw) {
    const match = /^([A-Za-z0-9]+):(.*)$/.exec(raw.trim());
    const shape = 'write it as sha256:<64 hex digits> or sha512:<128 hex digits>';
    if (!match) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SUBJECT_DIGEST_INVALID', `input "${input}": "${raw}" is not a digest; ${shape}`);
    }
    const algorithm = match[1].toLowerCase();
    const hex = match[2];
    if (!isDigestAlgorithm(algorithm)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SUBJECT_DIGEST_ALGORITHM', `input "${input}": algorithm "${match[1]}" is not supported; ${shape}`);
    }
    if (!HEX.test(hex)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SUBJECT_DIGEST_NOT_HEX', `input "${input}": "${raw}" has characters that are not hex digits; ${shape}`);
    }
    const expected = DIGEST_HEX_LENGTHS[algorithm];
    if (hex.length !== expected) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SUBJECT_DIGEST_LENGTH', `input "${input}": a ${algorithm} digest has ${expected} hex digits, "${raw}" has ${hex.length}; ${shape}`);
    }
    return { algorithm, hex: hex.toLowerCase() };
}
function toDigestString(digest) {
    return `${digest.algorithm}:${digest.hex}`;
}


/***/ })

};
