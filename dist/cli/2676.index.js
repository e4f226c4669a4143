export const id = 2676;
export const ids = [2676];
export const modules = {

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

/***/ 30979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NB: () => (/* binding */ allows),
/* harmony export */   YU: () => (/* binding */ resolveWritableDir),
/* harmony export */   _R: () => (/* binding */ openFence),
/* harmony export */   n: () => (/* binding */ workspaceFence),
/* harmony export */   tq: () => (/* binding */ outsideWorkspace),
/* harmony export */   u5: () => (/* binding */ realFence)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97268);
/* harmony import */ var _lib_sign_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60805);
/**
 * Where a command may read and write. An Action is fenced inside
 * GITHUB_WORKSPACE: every path it reads or writes, symbolic links resolved,
 * must stay inside (a workflow's inputs are not a licence to touch the
 * runner). The CLI takes any path the user names, resolved against the
 * current directory, as syft, cosign and gh do. This module is the one place
 * that decides: the Actions build `workspaceFence`, the CLI `openFence`.
 */




/** An Action's fence: everything inside `workspace`, symbolic links resolved. */
function workspaceFence(workspace) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace);
    return { base: root, root };
}
/** The CLI's: any path, relative ones against `cwd`. */
function openFence(cwd) {
    return { base: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd), root: undefined };
}
/** The fence with its root's symbolic links resolved (a workspace under /tmp -> /private/tmp). */
async function realFence(fence) {
    const base = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(fence.base).catch(() => fence.base);
    if (fence.root === undefined)
        return { base, root: undefined };
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(fence.root).catch(() => fence.root);
    return { base, root };
}
/** Whether `absolute` may be used: always on the CLI, inside the root in an Action. */
function allows(fence, absolute) {
    return fence.root === undefined || (0,_lib_sign_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(fence.root, absolute);
}
function outsideWorkspace(fence, problem) {
    return new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(problem.code, `input "${problem.input}" has ${problem.given}${problem.detail ?? ''}, which is outside the workspace ${fence.root ?? fence.base}: give a path inside it (an Action reads and writes only inside GITHUB_WORKSPACE)`);
}
/**
 * A folder to write into, which may not exist yet: absolute, with the links
 * of its nearest existing ancestor resolved. In an Action that real path
 * must lie inside the workspace; an existing file there is an error.
 */
async function resolveWritableDir(fence, problem) {
    const real = await realFence(fence);
    const lexical = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(real.base, problem.given);
    if (!allows(real, lexical)) {
        const { input, given, code } = problem;
        throw outsideWorkspace(real, { input, given, code });
    }
    let existing = lexical;
    let rest = '';
    for (;;) {
        const resolved = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(existing).catch(() => undefined);
        if (resolved !== undefined) {
            if (!allows(real, resolved)) {
                throw outsideWorkspace(real, {
                    input: problem.input,
                    given: problem.given,
                    code: problem.code,
                    detail: ` (through a link to ${resolved})`
                });
            }
            if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(resolved)).isDirectory()) {
                throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(problem.fileCode, `input "${problem.input}" has ${problem.given}, but ${resolved} is a file: give a directory`);
            }
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(resolved, rest);
        }
        rest = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(existing), rest);
        existing = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(existing);
    }
}


/***/ }),

/***/ 28959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ isLayoutFolder)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Whether a folder is an OCI image layout: asked of every folder given to
 * sbom, so it stays apart from the image readers (loaded only for images).
 */


/** Whether a folder is an OCI image layout (it has the `oci-layout` marker). */
async function isLayoutFolder(dir) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'oci-layout')).catch(() => undefined);
    return info?.isFile() === true;
}


/***/ }),

/***/ 79014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ buildLockfileGraph),
  u: () => (/* binding */ buildSourceGraph)
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/sbom/installed/installed-graph.ts + 2 modules
var installed_graph = __webpack_require__(13547);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/lib/sbom/installed/file-set.ts
var file_set = __webpack_require__(63073);
// EXTERNAL MODULE: ./src/lib/sbom/sources/lockfile-formats.ts + 25 modules
var lockfile_formats = __webpack_require__(16);
// EXTERNAL MODULE: ./src/lib/sbom/sources/purl.ts
var sources_purl = __webpack_require__(6379);
// EXTERNAL MODULE: ./src/lib/sbom/document.ts
var sbom_document = __webpack_require__(60860);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/lib/archive/limits.ts
var limits = __webpack_require__(46228);
;// CONCATENATED MODULE: ./src/io/fs/read-bounded.ts
/**
 * Reading a user's text file whole, with a size bound checked before a byte
 * is read: a file over it is refused at once (exit 2) instead of filling
 * memory. Below the bound, the readers that follow are linear in its size.
 */



/** Largest lockfile, manifest, checksum file or other text input read whole. */
const MAX_TEXT_INPUT_BYTES = 32 * 1024 * 1024;
/** The file's text, or an InputError naming `label` when it is larger than `maxBytes`. */
function readTextBounded(file, label, maxBytes = MAX_TEXT_INPUT_BYTES) {
    const { size } = (0,external_node_fs_.statSync)(file);
    if (size > maxBytes) {
        throw new errors/* InputError */.dz('INPUT_FILE_TOO_LARGE', `${label}: ${(0,limits/* formatBytes */.z3)(size)}, over the ${(0,limits/* formatBytes */.z3)(maxBytes)} Provenant reads from one text input; give the real file (see docs/limits.md)`);
    }
    return (0,external_node_fs_.readFileSync)(file, 'utf8');
}

// EXTERNAL MODULE: ./src/lib/sbom/lockfiles.ts
var lockfiles = __webpack_require__(98315);
// EXTERNAL MODULE: ./src/io/fs/hash.ts
var hash = __webpack_require__(90808);
;// CONCATENATED MODULE: ./src/lib/sbom/files-graph.ts

function buildFilesGraph(rootName, files) {
    const rootPurl = (0,sources_purl/* genericPurl */.LS)(rootName, '');
    const root = {
        ref: rootPurl,
        ecosystem: 'generic',
        name: rootName,
        version: '',
        purl: rootPurl,
        type: 'application',
        hashes: [],
        licenses: [],
        properties: { 'provenant:source:kind': 'files' }
    };
    const components = [...files]
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .map((file) => {
        const purl = (0,sources_purl/* buildPurl */.Eq)({
            type: 'generic',
            name: file.path,
            qualifiers: { checksum: `sha256:${file.sha256}` }
        });
        return {
            ref: purl,
            ecosystem: 'generic',
            name: file.path,
            version: '',
            purl,
            hashes: [{ algorithm: 'SHA-256', value: file.sha256 }],
            licenses: [],
            scope: 'required',
            origin: { kind: 'file', path: file.path },
            properties: { 'provenant:file': 'source' }
        };
    });
    return {
        root,
        components,
        dependencies: [{ ref: root.ref, dependsOn: components.map((c) => c.ref) }],
        sources: []
    };
}

// EXTERNAL MODULE: ./src/lib/sbom/read-source.ts + 2 modules
var read_source = __webpack_require__(65089);
;// CONCATENATED MODULE: ./src/io/sbom/source-tree.ts
/**
 * A directory on disk as a source tree: the lockfiles in it (which one wins per
 * folder and ecosystem is src/lib/sbom/lockfiles.ts), the manifests (for
 * workspace globs), and a TreeReader over its files.
 *
 * The walk does not descend into installed or generated trees (node_modules,
 * vendor, target, virtualenvs, .git and other VCS folders, Yarn's .yarn) and
 * does not follow symbolic links to folders.
 */










const SKIPPED_FOLDERS = new Set([
    'node_modules',
    '.git',
    '.hg',
    '.svn',
    'vendor',
    'target',
    '.venv',
    '.tox',
    '.yarn',
    '__pycache__'
]);
const toPosix = (path) => path.split(external_node_path_.sep).join('/');
/**
 * Reads files of `dir` by relative POSIX path; paths leaving the tree and
 * missing files read as undefined. `regular` names files a walk of the
 * tree found as regular files through real folders (walkFiles): inside by
 * construction, they are read without resolving links.
 */
function createTreeReader(dir, regular = new Set()) {
    const root = (0,external_node_path_.resolve)(dir);
    let realRoot;
    return (relativePath) => {
        const full = (0,external_node_path_.resolve)(root, relativePath);
        const inside = (0,external_node_path_.relative)(root, full);
        if (inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside))
            return undefined;
        try {
            if (regular.has(relativePath))
                return readTextBounded(full, relativePath);
            // A link may point anywhere: only a target inside the tree is read.
            const real = external_node_fs_.realpathSync.native(full);
            realRoot ??= external_node_fs_.realpathSync.native(root);
            const realInside = (0,external_node_path_.relative)(realRoot, real);
            if (realInside.startsWith('..') || (0,external_node_path_.isAbsolute)(realInside))
                return undefined;
            return readTextBounded(full, relativePath);
        }
        catch (error) {
            const code = error.code;
            if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR')
                return undefined;
            throw error;
        }
    };
}
/** A symbolic link whose target is a file (links to folders are not followed). */
function isLinkToFile(full) {
    return (0,external_node_fs_.statSync)(full, { throwIfNoEntry: false })?.isFile() === true;
}
/**
 * Every file below `root` that `keep` wants, as relative POSIX paths: only
 * the folders `enter` allows are entered, symbolic links to folders not
 * followed, unreadable folders passed over; `links` (when given) receives
 * the kept paths that are symbolic links to files. The folders are read one after
 * the other, synchronously: on the many small folders of a node_modules
 * tree that takes half the CPU time of promises through the thread pool.
 */
async function walkFiles(root, enter, keep, links) {
    const found = [];
    const pending = [''];
    for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, folder), { withFileTypes: true });
        }
        catch (error) {
            if (error.code === 'EACCES')
                continue;
            throw error;
        }
        for (const entry of entries) {
            const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
            if (entry.isDirectory()) {
                if (enter(path, entry.name, folder))
                    pending.push(path);
            }
            else if (entry.isFile()) {
                if (keep(path, entry.name))
                    found.push(path);
            }
            else if (entry.isSymbolicLink() &&
                keep(path, entry.name) &&
                isLinkToFile((0,external_node_path_.join)(root, path))) {
                found.push(path);
                links?.add(path);
            }
        }
    }
    return Promise.resolve(found);
}
async function findLockfiles(dir) {
    const root = (0,external_node_path_.resolve)(dir);
    const info = await (0,promises_.stat)(root).catch(() => undefined);
    if (!info?.isDirectory()) {
        throw new errors/* InputError */.dz('SBOM_PATH_NOT_FOUND', `${dir}: no such directory; give the path of the source tree to describe`);
    }
    const found = await walkFiles(root, (_, name) => !SKIPPED_FOLDERS.has(name), (path, name) => lockfile_formats/* MANIFEST_NAMES */.Rr.has(name) || (0,lockfile_formats/* lockfileFormat */.fq)(path) !== undefined);
    const reader = createTreeReader(root);
    const selection = (0,lockfiles/* selectLockfiles */.j)(found.map(toPosix), reader);
    const manifests = found.filter((p) => lockfile_formats/* MANIFEST_NAMES */.Rr.has((0,external_node_path_.basename)(p))).sort();
    return {
        dir: root,
        lockfiles: selection.lockfiles,
        skipped: selection.skipped,
        manifests,
        reader
    };
}
/** findLockfiles + readSourceTree; the folder's name is the root's name when no manifest gives one. */
async function readSourceDirectory(dir, options = {}) {
    const tree = await findLockfiles(dir);
    if (tree.lockfiles.length === 0) {
        // source-graph.ts turns this into the installed packages, else the files.
        throw new errors/* InputError */.dz('SBOM_NO_LOCKFILE', `${dir}: no lockfile found (${lockfile_formats/* LOCKFILE_NAMES */.dD})`);
    }
    return (0,read_source/* readSourceTree */.m)(tree.reader, tree.lockfiles, {
        rootName: options.rootName ?? (0,external_node_path_.basename)(tree.dir),
        manifestPaths: tree.manifests
    });
}
/**
 * One lockfile given as a path: that lockfile alone, with the manifests
 * beside it (package.json, Cargo.toml, pyproject.toml) for the root's name
 * and what is dev-only. The folder's name is the root's name when no
 * manifest gives one.
 */
async function readLockfileGraph(file) {
    const dir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(file));
    const lockfile = (0,external_node_path_.basename)(file);
    const beside = await Promise.all([...lockfile_formats/* MANIFEST_NAMES */.Rr].map(async (name) => (await (0,promises_.stat)((0,external_node_path_.join)(dir, name)).catch(() => undefined))?.isFile()
        ? name
        : undefined));
    return (0,read_source/* readSourceTree */.m)(createTreeReader(dir), [lockfile], {
        rootName: (0,external_node_path_.basename)(dir),
        manifestPaths: beside.filter((n) => n !== undefined).sort()
    });
}
/** A tree with no lockfile and no installed packages, described by its files (each with its SHA-256). */
async function readTreeFiles(dir) {
    const root = (0,external_node_path_.resolve)(dir);
    return buildFilesGraph((0,external_node_path_.basename)(root), await hashTreeFiles(root));
}
/** A tree described by its files stops here: past it, describe a built artifact instead. */
const MAX_TREE_FILES = 50_000;
/** Every regular file of the tree (the walk's skipped folders aside) with its SHA-256. */
async function hashTreeFiles(dir) {
    const paths = [];
    const visit = async (folder) => {
        const entries = await (0,promises_.readdir)((0,external_node_path_.join)(dir, folder), { withFileTypes: true });
        for (const entry of entries) {
            const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
            if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) {
                await visit(path);
            }
            else if (entry.isFile())
                paths.push(path);
            if (paths.length > MAX_TREE_FILES) {
                throw new errors/* InputError */.dz('SBOM_TREE_TOO_LARGE', `${dir}: no lockfile, and more than ${MAX_TREE_FILES} files to describe one by one: commit a lockfile, or give the path of a built artifact instead`);
            }
        }
    };
    await visit('');
    const sorted = paths.sort();
    const digests = await (0,hash/* sha256Files */.Rs)(sorted.map((p) => (0,external_node_path_.join)(dir, p)));
    return sorted.map((path, i) => ({ path, sha256: digests[i].sha256 }));
}

;// CONCATENATED MODULE: ./src/io/sbom/installed-tree.ts
/**
 * A folder's installed packages on disk: every file the installed-package
 * readers may ask for, found by one walk that, unlike the lockfile walk,
 * enters node_modules, vendor folders and virtualenvs (symbolic links to
 * folders are not followed).
 */








const NEVER_ENTERED = new Set(['.git', '.hg', '.svn', '__pycache__']);
/** node_modules/<name> or node_modules/@scope/<name>. */
const PACKAGE_FOLDER = /(^|\/)node_modules\/(@[^/]+\/)?[^@/][^/]*$/;
async function listInstalledFiles(dir) {
    const links = new Set();
    const found = await walkFiles(dir, (_, name, parent) => !NEVER_ENTERED.has(name) &&
        // In a package's folder only its own node_modules holds more packages.
        (!PACKAGE_FOLDER.test(parent) || name === 'node_modules'), (path) => (0,file_set/* isInstalledMetadata */.E)(path), links);
    const reader = createTreeReader(dir, new Set(found.filter((path) => !links.has(path))));
    const top = reader('package.json');
    return {
        paths: found.sort(sbom_document/* compareText */.n6),
        read: (path) => (path === 'package.json' ? top : reader(path))
    };
}
/** The tree's installed packages under a root named by its package.json or its folder. */
async function readInstalledTree(dir, display) {
    const files = await listInstalledFiles(dir);
    const graph = (0,installed_graph/* buildInstalledGraph */.fL)(files, treeRoot(files, dir));
    if (graph.components.length === 0) {
        throw new errors/* InputError */.dz('SBOM_NO_LOCKFILE', `${display}: no lockfile found (${lockfile_formats/* LOCKFILE_NAMES */.dD}) and no installed packages (node_modules, *.dist-info, vendor/modules.txt, vendor/*/Cargo.toml); commit your lockfile, or give the path of a built artifact instead`);
    }
    return graph;
}
function treeRoot(files, dir) {
    let manifest = {};
    try {
        manifest = JSON.parse(files.read('package.json') ?? '{}');
    }
    catch {
        // A broken package.json names nothing: the folder does.
    }
    const name = typeof manifest.name === 'string' ? manifest.name : (0,external_node_path_.basename)(dir);
    const version = typeof manifest.version === 'string' ? manifest.version : '';
    const npm = typeof manifest.name === 'string';
    const purl = npm ? (0,sources_purl/* npmPurl */.NP)(name, version) : (0,sources_purl/* genericPurl */.LS)(name, version);
    return {
        ref: purl,
        ecosystem: npm ? 'npm' : 'generic',
        name,
        version,
        purl,
        type: 'application',
        hashes: [],
        licenses: [],
        properties: { 'provenant:installed': 'true' }
    };
}

;// CONCATENATED MODULE: ./src/io/sbom/source-graph.ts
/**
 * A source tree on disk -> its DependencyGraph, through the lockfile readers
 * (io/sbom/source-tree.ts finds the lockfiles, lib/sbom/read-source.ts reads
 * them). Every message names the tree as the user wrote it.
 */




/**
 * The lockfiles' graph; the installed packages when the tree has no
 * lockfile, or beside the lockfiles when `installed` is asked for.
 */
async function buildSourceGraph(dir, display, options = {}) {
    let locked;
    try {
        locked = await readLockfiles(dir, display);
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz && error.code === 'SBOM_NO_LOCKFILE'))
            throw error;
        // No lockfile: the installed packages, else the files themselves.
        return readInstalledTree(dir, display).catch((missing) => {
            if (missing instanceof errors/* InputError */.dz && missing.code === 'SBOM_NO_LOCKFILE')
                return named(dir, display, () => readTreeFiles(dir));
            throw missing;
        });
    }
    if (!options.installed)
        return locked;
    const installed = await readInstalledTree(dir, display).catch((error) => {
        if (error instanceof errors/* InputError */.dz && error.code === 'SBOM_NO_LOCKFILE')
            return undefined;
        throw error;
    });
    return installed ? (0,installed_graph/* withInstalled */.Rc)(locked, installed) : locked;
}
async function readLockfiles(dir, display) {
    return named(dir, display, () => readSourceDirectory(dir));
}
/** A lockfile given as a path: that lockfile, with its manifest beside it. */
async function buildLockfileGraph(file, display) {
    return named(file, display, () => readLockfileGraph(file));
}
async function named(dir, display, read) {
    try {
        return await read();
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        const problems = error instanceof errors/* InputErrors */.G ? error.problems : [error];
        const named = problems.map((p) => new errors/* InputError */.dz(p.code, p.message.startsWith(dir)
            ? `${display}${p.message.slice(dir.length)}`
            : `${display}: ${p.message}`, { cause: p }));
        throw named.length === 1 ? named[0] : new errors/* InputErrors */.G(named);
    }
}


/***/ }),

/***/ 31590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ besideTarget),
/* harmony export */   e: () => (/* binding */ resolveSbomPaths)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97268);
/* harmony import */ var _lib_oci_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25996);
/* harmony import */ var _lib_sbom_document_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60860);
/* harmony import */ var _image_layout_folder_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28959);
/* harmony import */ var _fs_path_fence_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(30979);
/**
 * The paths of the sbom inputs, resolved against the fence's base: each must
 * exist (a directory is a source tree, a file an artifact) and, in an
 * Action, stay inside the workspace, symbolic links followed. A glob (`dist/*.whl`) stands for
 * the files it matches, sorted, SBOMs written earlier left out. Problems are
 * collected and reported together.
 */







const GLOB_CHARS = /[*?[\]{}()!+@]/;
/** What this action writes: never described by a glob that matches it. */
const OWN_OUTPUT = /^sbom-.+\.(cyclonedx|spdx)\.json$/;
/** Where a target's SBOMs go by default: in the tree, or next to the artifact. */
function besideTarget(target, workspace) {
    if ((0,_lib_oci_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .isImageReference */ .hb)(target.absolute))
        return workspace;
    return target.kind === 'tree'
        ? target.absolute
        : node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target.absolute);
}
async function resolveSbomPaths(fence, paths, outputDir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(fence.base).catch((error) => {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('SBOM_WORKSPACE_MISSING', `the workspace ${fence.base} does not exist (GITHUB_WORKSPACE or the current directory)`, { cause: error });
    });
    const real = await (0,_fs_path_fence_js__WEBPACK_IMPORTED_MODULE_6__/* .realFence */ .u5)(fence);
    const problems = [];
    const targets = [];
    for (const given of paths) {
        try {
            if ((0,_lib_oci_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .isImageReference */ .hb)(given)) {
                (0,_lib_oci_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseImageReference */ .o_)(given);
                targets.push({ display: given, absolute: given, kind: 'image' });
                continue;
            }
            for (const display of await expand(real, given)) {
                targets.push(await resolveTarget(real, display));
            }
        }
        catch (error) {
            if (!(error instanceof _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz))
                throw error;
            problems.push(error);
        }
    }
    let out;
    try {
        if (outputDir !== undefined)
            out = await (0,_fs_path_fence_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveWritableDir */ .YU)(real, {
                input: 'output-dir',
                given: outputDir,
                code: 'SBOM_PATH_OUTSIDE_WORKSPACE',
                fileCode: 'SBOM_OUTPUT_NOT_A_DIRECTORY'
            });
    }
    catch (error) {
        if (!(error instanceof _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz))
            throw error;
        problems.push(error);
    }
    if (problems.length > 0)
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputErrors */ .G(problems);
    return { workspace: real.base, targets, outputDir: out };
}
/** A glob's matching files as workspace-relative paths; a plain path as given. */
async function expand(fence, given) {
    if (!GLOB_CHARS.test(given))
        return [given];
    const segments = given.replaceAll('\\', '/').split('/');
    const fixed = segments.slice(0, segments.findIndex((p) => GLOB_CHARS.test(p)));
    if (!(0,_fs_path_fence_js__WEBPACK_IMPORTED_MODULE_6__/* .allows */ .NB)(fence, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(fence.base, fixed.join('/') || '.'))) {
        throw outside(fence, given);
    }
    // Loaded only for a pattern: a plain path needs no glob engine.
    const { glob } = await __webpack_require__.e(/* import() */ 3382).then(__webpack_require__.bind(__webpack_require__, 73382));
    const matches = await glob(given, {
        cwd: fence.base,
        onlyFiles: true,
        expandDirectories: false,
        followSymbolicLinks: true
    });
    const files = matches
        .filter((m) => !OWN_OUTPUT.test(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(m)))
        .sort(_lib_sbom_document_js__WEBPACK_IMPORTED_MODULE_4__/* .compareText */ .n6);
    if (files.length === 0) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('SBOM_PATH_NO_MATCH', `input "path" has ${given}, which matches no file: check the pattern (and that the build step ran)`);
    }
    return files;
}
function outside(fence, given, detail = '') {
    return (0,_fs_path_fence_js__WEBPACK_IMPORTED_MODULE_6__/* .outsideWorkspace */ .tq)(fence, {
        input: 'path',
        given,
        code: 'SBOM_PATH_OUTSIDE_WORKSPACE',
        detail
    });
}
async function resolveTarget(fence, display) {
    const lexical = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(fence.base, display);
    if (!(0,_fs_path_fence_js__WEBPACK_IMPORTED_MODULE_6__/* .allows */ .NB)(fence, lexical))
        throw outside(fence, display);
    const absolute = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(lexical).catch((error) => {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('SBOM_PATH_NOT_FOUND', `input "path" has ${display}, which does not exist: check the path (and that the build step ran)`, { cause: error });
    });
    if (!(0,_fs_path_fence_js__WEBPACK_IMPORTED_MODULE_6__/* .allows */ .NB)(fence, absolute))
        throw outside(fence, display, ` (a link to ${absolute})`);
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute);
    if (info.isDirectory()) {
        const kind = (await (0,_image_layout_folder_js__WEBPACK_IMPORTED_MODULE_5__/* .isLayoutFolder */ .N)(absolute)) ? 'image' : 'tree';
        return { display, absolute, kind };
    }
    if (info.isFile())
        return { display, absolute, kind: 'artifact' };
    throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('SBOM_PATH_NOT_A_FILE', `input "path" has ${display}, which is neither a directory nor a regular file`);
}


/***/ }),

/***/ 46228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y3: () => (/* binding */ ArchiveFormatError),
/* harmony export */   w: () => (/* binding */ ArchiveLimitError),
/* harmony export */   wP: () => (/* binding */ DEFAULT_ARCHIVE_LIMITS),
/* harmony export */   yE: () => (/* binding */ InflationBudget),
/* harmony export */   z3: () => (/* binding */ formatBytes),
/* harmony export */   zP: () => (/* binding */ quoteMember)
/* harmony export */ });
/* unused harmony exports MAX_INFLATED_BYTES, MAX_ARCHIVE_ENTRIES, MAX_COMPRESSION_RATIO, RATIO_FLOOR_BYTES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _inputs_clip_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19383);
/**
 * The bounds every archive reader holds, against decompression bombs and
 * archives built to exhaust memory: the bytes inflated in all, the number
 * of entries, and the ratio of inflated to compressed bytes. A reader that
 * crosses one stops at once and names the archive, the member and the bound.
 */


const MAX_INFLATED_BYTES = 1024 * 1024 * 1024;
const MAX_ARCHIVE_ENTRIES = 100_000;
const MAX_COMPRESSION_RATIO = 250;
const RATIO_FLOOR_BYTES = 8 * 1024 * 1024;
const DEFAULT_ARCHIVE_LIMITS = {
    maxInflatedBytes: MAX_INFLATED_BYTES,
    maxEntries: MAX_ARCHIVE_ENTRIES,
    maxRatio: MAX_COMPRESSION_RATIO,
    ratioFloorBytes: RATIO_FLOOR_BYTES
};
/** An archive crossed a bound: the user's input is hostile or damaged (exit 2). */
class ArchiveLimitError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz {
    bound;
    member;
    constructor(source, member, bound, detail) {
        super('ARCHIVE_LIMIT', `${source}${member === undefined ? '' : `, member ${quoteMember(member)}`}: ${detail}, over the ${bound} bound; Provenant refuses archives built to exhaust memory (see docs/limits.md)`);
        this.bound = bound;
        this.member = member;
    }
}
/** A damaged archive (bad header, truncated data): the user's input to fix. */
class ArchiveFormatError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz {
    /** What is wrong, without the archive's name. */
    detail;
    constructor(source, detail, options) {
        super('ARCHIVE_DAMAGED', `${source}: not a readable archive (${detail})`, options);
        this.detail = detail;
    }
}
/** Counts inflated bytes against the size and ratio bounds. */
class InflationBudget {
    #inflated = 0;
    #compressed = 0;
    #entries = 0;
    source;
    limits;
    constructor(source, limits = DEFAULT_ARCHIVE_LIMITS) {
        this.source = source;
        this.limits = limits;
    }
    get inflated() {
        return this.#inflated;
    }
    /** One more entry; throws past the entry bound. */
    addEntry(member) {
        this.#entries++;
        if (this.#entries > this.limits.maxEntries) {
            throw new ArchiveLimitError(this.source, member, 'entry count', `more than ${this.limits.maxEntries.toLocaleString('en')} entries`);
        }
    }
    /** `bytes` more compressed bytes given to an inflater. */
    addCompressed(bytes) {
        this.#compressed += bytes;
    }
    /** `bytes` more inflated; throws past the size or the ratio bound. */
    addInflated(member, bytes) {
        this.#inflated += bytes;
        const compressed = this.#compressed;
        const { maxInflatedBytes, maxRatio, ratioFloorBytes } = this.limits;
        if (this.#inflated > maxInflatedBytes) {
            throw new ArchiveLimitError(this.source, member, 'inflated size', `inflates to more than ${formatBytes(maxInflatedBytes)}`);
        }
        if (this.#inflated > ratioFloorBytes &&
            this.#inflated > maxRatio * compressed) {
            throw new ArchiveLimitError(this.source, member, 'compression ratio', `inflates more than ${maxRatio} times (${formatBytes(this.#inflated)} from ${formatBytes(compressed)})`);
        }
    }
}
function formatBytes(n) {
    const units = ['bytes', 'KiB', 'MiB', 'GiB'];
    let value = n;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0
        ? `${n} bytes`
        : `${Number(value.toFixed(1))} ${units[unit]}`;
}
/** A member's name as a message quotes it: escaped and cut (names come from the archive). */
function quoteMember(member) {
    return `"${(0,_inputs_clip_js__WEBPACK_IMPORTED_MODULE_1__/* .clipInput */ .vz)(member, 200)}"`;
}


/***/ }),

/***/ 19383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Io: () => (/* binding */ clipMessage),
/* harmony export */   Kg: () => (/* binding */ hasControlCharacters),
/* harmony export */   vz: () => (/* binding */ clipInput)
/* harmony export */ });
/* unused harmony exports MAX_QUOTED_CHARS, MAX_MESSAGE_LINE_CHARS, MAX_MESSAGE_LINES */
/**
 * Input quoted in a message, made safe to print: control characters shown
 * as escapes (never raw to a terminal) and long text cut, so that an error
 * never prints kilobytes of a hostile file.
 */
/** Longest stretch of input one message quotes. */
const MAX_QUOTED_CHARS = 120;
/** Longest line of a message made of input-bearing lines. */
const MAX_MESSAGE_LINE_CHARS = 300;
/** Most lines of one message. */
const MAX_MESSAGE_LINES = 20;
/** Whether `text` has a control character other than tab, CR and LF. */
function hasControlCharacters(text) {
    for (const char of text) {
        const code = char.codePointAt(0);
        if (code === 0x09 || code === 0x0a || code === 0x0d)
            continue;
        if (code < 0x20 || code === 0x7f)
            return true;
    }
    return false;
}
/** `text` with control characters escaped and cut to `max` characters. */
function clipInput(text, max = MAX_QUOTED_CHARS) {
    let out = '';
    for (const char of text) {
        const code = char.codePointAt(0);
        out +=
            code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)
                ? `\\x${code.toString(16).padStart(2, '0')}`
                : char;
        if (out.length > max)
            return `${out.slice(0, max)}…`;
    }
    return out;
}
/** A whole message bounded: each line clipped, and at most MAX_MESSAGE_LINES of them. */
function clipMessage(message) {
    const lines = message.split('\n');
    const kept = lines
        .slice(0, MAX_MESSAGE_LINES)
        .map((line) => clipInput(line, MAX_MESSAGE_LINE_CHARS));
    if (lines.length > kept.length)
        kept.push(`… and ${lines.length - kept.length} more line(s)`);
    return kept.join('\n');
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


/***/ }),

/***/ 60860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nv: () => (/* binding */ environmentProperties),
/* harmony export */   QS: () => (/* binding */ parseSourceDateEpoch),
/* harmony export */   Qc: () => (/* binding */ cleanHashes),
/* harmony export */   SU: () => (/* binding */ prepareGraph),
/* harmony export */   VW: () => (/* binding */ sortedBy),
/* harmony export */   lH: () => (/* binding */ TOOL_NAME),
/* harmony export */   n6: () => (/* binding */ compareText),
/* harmony export */   zu: () => (/* binding */ SBOM_FORMATS)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/**
 * What both SBOM writers share: the facts that are not in the graph (tool,
 * time, build environment), a locale-independent order, and identifiers
 * derived from content (never random), so that the same graph and the same
 * SOURCE_DATE_EPOCH give byte-identical files on any machine.
 */

/** In the order files are written. */
const SBOM_FORMATS = ['cyclonedx', 'spdx'];
const TOOL_NAME = 'provenant';
/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org): whole seconds since 1970;
 * undefined when not set.
 */
function parseSourceDateEpoch(raw) {
    if (raw === undefined || raw.trim() === '')
        return undefined;
    const seconds = Number(raw.trim());
    if (!/^\d+$/.test(raw.trim()) ||
        !Number.isSafeInteger(seconds) ||
        seconds > MAX_EPOCH_SECONDS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SBOM_SOURCE_DATE_EPOCH', `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 (e.g. git log -1 --format=%ct), not "${raw}"`);
    }
    return new Date(seconds * 1000);
}
/** 9999-12-31T23:59:59Z: SPDX and CycloneDX dates have four-digit years. */
const MAX_EPOCH_SECONDS = 253402300799;
/** Code-point order: the same on every machine, unlike localeCompare. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function sortedBy(items, key) {
    return [...items].sort((a, b) => compareText(key(a), key(b)));
}
/** The environment as `provenant:build:*` name/value pairs, sorted by name. */
function environmentProperties(environment) {
    const entries = [
        ['provenant:build:node-version', environment.nodeVersion],
        ['provenant:build:runner-image', environment.runnerImage],
        ['provenant:build:runner-os', environment.runnerOs]
    ];
    return entries.filter((e) => !!e[1]);
}
function prepareGraph(graph) {
    const components = sortedBy(graph.components, (c) => c.ref);
    const byRef = new Map(components.map((c) => [c.ref, c]));
    if (byRef.size !== components.length || byRef.has(graph.root.ref)) {
        const seen = new Set([graph.root.ref]);
        const twice = components.find((c) => seen.size === seen.add(c.ref).size);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InternalError */ .Gd('SBOM_DUPLICATE_REF', `the dependency graph has two components with the ref "${twice?.ref ?? graph.root.ref}"`);
    }
    const known = (ref) => ref === graph.root.ref || byRef.has(ref);
    const targets = new Map();
    for (const { ref, dependsOn } of graph.dependencies) {
        if (!known(ref))
            continue;
        const set = targets.get(ref) ?? new Set();
        for (const to of dependsOn)
            if (known(to) && to !== ref)
                set.add(to);
        targets.set(ref, set);
    }
    const edges = new Map();
    for (const ref of [...targets.keys()].sort(compareText)) {
        edges.set(ref, [...targets.get(ref)].sort(compareText));
    }
    return { graph, components, byRef, edges };
}
const HEX_LENGTH = {
    MD5: 32,
    'SHA-1': 40,
    'SHA-256': 64,
    'SHA-384': 96,
    'SHA-512': 128
};
/** Well-formed hashes (hex of the algorithm's length), distinct, sorted. */
function cleanHashes(hashes) {
    const seen = new Map();
    for (const h of hashes) {
        const value = h.value.toLowerCase();
        if (value.length !== HEX_LENGTH[h.algorithm] || !/^[0-9a-f]+$/.test(value))
            continue;
        seen.set(`${h.algorithm}:${value}`, { algorithm: h.algorithm, value });
    }
    return [...seen.keys()].sort(compareText).map((k) => seen.get(k));
}


/***/ }),

/***/ 63073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ isInstalledMetadata),
/* harmony export */   R: () => (/* binding */ dirOf)
/* harmony export */ });
/** Which files of a tree an installed-package reader may ask for. */
function isInstalledMetadata(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (name === 'package.json')
        return /(^|\/)node_modules\//.test(path);
    if (name === 'METADATA' || name === 'RECORD' || name === 'top_level.txt')
        return /\.dist-info\/[^/]+$/.test(path);
    if (name === 'PKG-INFO')
        return /\.egg-info\/PKG-INFO$/.test(path);
    if (name === 'vendor.txt')
        return /(^|\/)_vendor\/vendor\.txt$/.test(path);
    if (name === 'modules.txt')
        return /(^|\/)vendor\/modules\.txt$/.test(path);
    if (name === 'Cargo.toml' || name === '.cargo-checksum.json')
        return /(^|\/)vendor\/[^/]+\/[^/]+$/.test(path);
    return false;
}
/** The folder a path is in ('' at the top). */
function dirOf(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}


/***/ }),

/***/ 13547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fL: () => (/* binding */ buildInstalledGraph),
  Rc: () => (/* binding */ withInstalled)
});

// UNUSED EXPORTS: hasInstalledPackages

// EXTERNAL MODULE: ./src/lib/sbom/sources/hashes.ts
var hashes = __webpack_require__(23106);
// EXTERNAL MODULE: ./src/lib/sbom/sources/purl.ts
var sources_purl = __webpack_require__(6379);
// EXTERNAL MODULE: ./src/lib/sbom/installed/file-set.ts
var file_set = __webpack_require__(63073);
;// CONCATENATED MODULE: ./src/lib/sbom/installed/node-modules.ts



const PACKAGE_JSON = /^(.*?)node_modules\/((?:@[^/.][^/]*\/)?[^/.@][^/]*)\/package\.json$/;
/** `rootRef` stands for the tree's own package.json (the SBOM's root). */
function findNodeModules(files, rootRef) {
    // Each manifest is read for what the SBOM needs and let go: keeping the
    // whole parsed package.json of every package costs collector time.
    const folders = new Map();
    const components = new Map();
    for (const path of files.paths) {
        const match = PACKAGE_JSON.exec(path);
        if (!match || !isPackageOwner(match[1]))
            continue;
        const json = parse(files.read(path));
        if (!json || typeof json.version !== 'string')
            continue;
        const name = typeof json.name === 'string' ? json.name : match[2];
        const component = components.get((0,sources_purl/* npmPurl */.NP)(name, json.version)) ??
            toComponent(name, json, (0,file_set/* dirOf */.R)(path));
        components.set(component.ref, component);
        folders.set((0,file_set/* dirOf */.R)(path), { declared: declared(json), ref: component.ref });
    }
    const dependencies = [];
    const resolve = (from, dep) => {
        for (let dir = from;; dir = parentPackage(dir)) {
            const found = folders.get(`${dir ? `${dir}/` : ''}node_modules/${dep}`);
            if (found)
                return found.ref;
            if (dir === '')
                return undefined;
        }
    };
    const edges = (dir, names) => names
        .map((dep) => resolve(dir, dep))
        .filter((r) => r !== undefined);
    for (const [dir, { declared: names, ref }] of folders)
        dependencies.push({ ref, dependsOn: edges(dir, names) });
    const tops = parse(files.read('package.json'));
    const topLevel = tops
        ? edges('', declared(tops))
        : [...folders]
            .filter(([d]) => !d
            .slice(0, d.lastIndexOf('node_modules/'))
            .includes('node_modules/'))
            .map(([, f]) => f.ref);
    dependencies.push({ ref: rootRef, dependsOn: topLevel });
    return { components: [...components.values()], dependencies };
}
/** What sits before `node_modules/`: the tree itself, a project folder, or a package folder. */
function isPackageOwner(prefix) {
    if (!prefix.includes('node_modules/'))
        return true;
    return /node_modules\/(@[^/]+\/)?[^/]+\/$/.test(prefix);
}
/** The folder whose node_modules is searched next (Node walks up). */
function parentPackage(dir) {
    const at = dir.lastIndexOf('node_modules/');
    return at <= 0 ? '' : dir.slice(0, at - 1);
}
function declared(json) {
    const names = new Set();
    for (const key of [
        'dependencies',
        'optionalDependencies',
        'peerDependencies'
    ]) {
        const table = json?.[key];
        if (table && typeof table === 'object')
            for (const n of Object.keys(table))
                names.add(n);
    }
    return [...names];
}
function toComponent(name, json, dir) {
    const version = json.version;
    const purl = (0,sources_purl/* npmPurl */.NP)(name, version);
    const resolved = typeof json._resolved === 'string' ? json._resolved : undefined;
    const integrity = typeof json._integrity === 'string' ? json._integrity : undefined;
    const license = typeof json.license === 'string' ? [json.license] : [];
    return {
        ref: purl,
        ecosystem: 'npm',
        name,
        version,
        purl,
        hashes: (0,hashes/* fromSri */.Hq)(integrity),
        licenses: license,
        scope: 'required',
        origin: resolved?.startsWith('http')
            ? { kind: 'registry', url: resolved }
            : { kind: 'registry' },
        properties: { 'provenant:installed:path': dir }
    };
}
function parse(text) {
    if (text === undefined)
        return undefined;
    try {
        const json = JSON.parse(text);
        return json && typeof json === 'object' ? json : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/lib/sbom/installed/python-installed.ts
var python_installed = __webpack_require__(8627);
// EXTERNAL MODULE: ./src/lib/sbom/sources/parse-text.ts
var parse_text = __webpack_require__(82243);
;// CONCATENATED MODULE: ./src/lib/sbom/installed/vendor-folders.ts




function findGoVendored(files) {
    const found = [];
    for (const path of files.paths) {
        if (!/(^|\/)vendor\/modules\.txt$/.test(path))
            continue;
        for (const line of (files.read(path) ?? '').split(/\r?\n/)) {
            const match = /^# (\S+) (\S+)(?: => (\S+)(?: (\S+))?)?$/.exec(line);
            if (!match || match[2] === '=>')
                continue;
            const [, module, version, replacement, replacementVersion] = match;
            const local = replacement !== undefined && replacementVersion === undefined;
            const name = local ? module : (replacement ?? module);
            const used = local ? version : (replacementVersion ?? version);
            const purl = (0,sources_purl/* golangPurl */.av)(name, used);
            found.push({
                ref: purl,
                ecosystem: 'golang',
                name,
                version: used,
                purl,
                hashes: [],
                licenses: [],
                scope: 'required',
                origin: local
                    ? { kind: 'file', path: replacement, directory: true }
                    : { kind: 'registry' },
                properties: {
                    'provenant:vendored:in': (0,file_set/* dirOf */.R)(path),
                    ...(replacement
                        ? { 'provenant:go-replaces': `${module}@${version}` }
                        : {})
                },
                kind: 'vendored'
            });
        }
    }
    return found;
}
function findCargoVendored(files) {
    const found = [];
    for (const path of files.paths) {
        if (!/(^|\/)vendor\/[^/]+\/Cargo\.toml$/.test(path))
            continue;
        let manifest;
        try {
            manifest = (0,parse_text/* parseTomlText */.tT)(files.read(path) ?? '', path);
        }
        catch {
            continue;
        }
        const pkg = manifest.package;
        if (typeof pkg?.name !== 'string' || typeof pkg.version !== 'string')
            continue;
        const checksum = files.read(`${(0,file_set/* dirOf */.R)(path)}/.cargo-checksum.json`);
        const sha = checksum ? checksumOf(checksum) : undefined;
        const hash = typeof sha === 'string' ? (0,hashes/* hexHash */.eP)('SHA-256', sha) : undefined;
        const purl = (0,sources_purl/* cargoPurl */.q$)(pkg.name, pkg.version);
        found.push({
            ref: purl,
            ecosystem: 'cargo',
            name: pkg.name,
            version: pkg.version,
            purl,
            hashes: hash ? [hash] : [],
            licenses: typeof pkg.license === 'string' ? [pkg.license] : [],
            scope: 'required',
            origin: { kind: 'registry' },
            properties: { 'provenant:vendored:in': (0,file_set/* dirOf */.R)((0,file_set/* dirOf */.R)(path)) },
            kind: 'vendored'
        });
    }
    return found;
}
/** `.cargo-checksum.json`'s "package": the SHA-256 of the .crate file. */
function checksumOf(text) {
    try {
        return JSON.parse(text).package;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/lib/sbom/installed/installed-graph.ts



function buildInstalledGraph(files, root) {
    const node = findNodeModules(files, root.ref);
    const python = (0,python_installed/* findPythonDistributions */.l3)(files);
    const vendored = [...findGoVendored(files), ...findCargoVendored(files)].map((c) => ({ ...c, containedBy: root.ref }));
    const components = new Map();
    for (const c of [...node.components, ...python, ...vendored])
        if (c.ref !== root.ref && !components.has(c.ref))
            components.set(c.ref, c);
    const topLevel = [...python, ...vendored]
        .filter((c) => c.containedBy === undefined || c.containedBy === root.ref)
        .map((c) => c.ref);
    const rootEdges = node.dependencies.find((d) => d.ref === root.ref);
    return {
        root,
        components: [...components.values()],
        dependencies: [
            ...node.dependencies.filter((d) => d.ref !== root.ref),
            {
                ref: root.ref,
                dependsOn: [...new Set([...(rootEdges?.dependsOn ?? []), ...topLevel])]
            }
        ],
        sources: files.paths.filter((p) => isSource(p))
    };
}
/** Whether the installed tree holds any package the readers know. */
function hasInstalledPackages(graph) {
    return graph.components.length > 0;
}
/** Installed packages added to a lockfile graph: what the lockfiles already name stays as they say. */
function withInstalled(locked, installed) {
    const known = new Set(locked.components.map((c) => c.ref));
    const rename = (ref) => ref === installed.root.ref ? locked.root.ref : ref;
    const added = installed.components
        .filter((c) => !known.has(c.ref) && c.ref !== locked.root.ref)
        .map((c) => ({
        ...c,
        properties: { ...c.properties, 'provenant:installed': 'true' },
        ...(c.containedBy ? { containedBy: rename(c.containedBy) } : {})
    }));
    return {
        ...locked,
        components: [...locked.components, ...added],
        dependencies: [
            ...locked.dependencies,
            ...installed.dependencies.map((d) => ({
                ref: rename(d.ref),
                dependsOn: d.dependsOn.map(rename)
            }))
        ],
        sources: [...new Set([...locked.sources, ...installed.sources])]
    };
}
function isSource(path) {
    return (/(^|\/)node_modules\/(@[^/]+\/)?[^/]+\/package\.json$/.test(path) ||
        /\.dist-info\/METADATA$|\.egg-info\/PKG-INFO$/.test(path) ||
        /(^|\/)vendor\/modules\.txt$|(^|\/)_vendor\/vendor\.txt$/.test(path) ||
        /(^|\/)vendor\/[^/]+\/Cargo\.toml$/.test(path));
}


/***/ }),

/***/ 8627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ew: () => (/* binding */ findVendoredFolders),
/* harmony export */   l3: () => (/* binding */ findPythonDistributions)
/* harmony export */ });
/* unused harmony export findVendoredPython */
/* harmony import */ var _python_metadata_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94645);
/* harmony import */ var _sources_purl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6379);
/* harmony import */ var _file_set_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63073);



/** Every installed distribution of the tree, vendored code nested in its carrier. */
function findPythonDistributions(files) {
    const found = [];
    const owners = new Map();
    for (const path of files.paths) {
        const metadata = /\.dist-info\/METADATA$/.test(path)
            ? path
            : /\.egg-info\/PKG-INFO$/.test(path)
                ? path
                : undefined;
        if (!metadata || /(^|\/)_vendor\/[^/]+\/[^/]+$/.test(metadata))
            continue;
        const c = distribution(files, metadata);
        if (!c)
            continue;
        found.push(c);
        for (const top of topLevelNames(files, metadata))
            owners.set(`${(0,_file_set_js__WEBPACK_IMPORTED_MODULE_1__/* .dirOf */ .R)((0,_file_set_js__WEBPACK_IMPORTED_MODULE_1__/* .dirOf */ .R)(metadata))}/${top}`.replace(/^\//, ''), c.ref);
    }
    for (const path of files.paths) {
        const match = /^(.*?)([^/]+)\/_vendor\/vendor\.txt$/.exec(path);
        if (!match)
            continue;
        const carrier = owners.get(`${match[1]}${match[2]}`);
        found.push(...findVendoredPython(files, path, carrier));
    }
    return found;
}
function distribution(files, path) {
    const metadata = (0,_python_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCoreMetadata */ .Ug)(files.read(path) ?? '');
    const name = metadata.fields.get('name');
    const version = metadata.fields.get('version');
    if (!name || !version)
        return undefined;
    const purl = (0,_sources_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .pypiPurl */ .iC)(name, version);
    const properties = {
        'provenant:installed:path': (0,_file_set_js__WEBPACK_IMPORTED_MODULE_1__/* .dirOf */ .R)(path)
    };
    const record = path.endsWith('/METADATA')
        ? files.read(`${(0,_file_set_js__WEBPACK_IMPORTED_MODULE_1__/* .dirOf */ .R)(path)}/RECORD`)
        : undefined;
    if (record !== undefined) {
        const entries = (0,_python_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRecord */ .Hh)(record);
        properties['provenant:python:record-files'] = String(entries.length);
        properties['provenant:python:record-hashed'] = String(entries.filter((e) => e.sha256).length);
    }
    return {
        ref: purl,
        ecosystem: 'pypi',
        name: (0,_python_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePythonName */ .L7)(name),
        version,
        purl,
        hashes: [],
        licenses: (0,_python_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .pythonLicenses */ .Vb)(metadata),
        scope: 'required',
        origin: { kind: 'registry' },
        properties
    };
}
/** The import names a distribution installs: top_level.txt, else RECORD's first segments. */
function topLevelNames(files, metadata) {
    const dir = (0,_file_set_js__WEBPACK_IMPORTED_MODULE_1__/* .dirOf */ .R)(metadata);
    const top = files.read(`${dir}/top_level.txt`);
    if (top !== undefined)
        return top.split(/\r?\n/).filter(Boolean);
    const record = files.read(`${dir}/RECORD`);
    if (record === undefined)
        return [];
    return [
        ...new Set((0,_python_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRecord */ .Hh)(record)
            .map((e) => e.path.split('/')[0])
            .filter((p) => !p.endsWith('.dist-info') && !p.includes('.')))
    ];
}
/**
 * `<pkg>/_vendor/vendor.txt` (`name==version`, comments after `#`) and the
 * `_vendor/*.dist-info` beside it: one component per vendored project.
 */
function findVendoredPython(files, vendorTxt, carrier) {
    const folder = (0,_file_set_js__WEBPACK_IMPORTED_MODULE_1__/* .dirOf */ .R)(vendorTxt);
    const byName = new Map();
    for (const line of (files.read(vendorTxt) ?? '').split(/\r?\n/)) {
        const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*==\s*([^\s#;]+)/.exec(line);
        if (match)
            byName.set((0,_python_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePythonName */ .L7)(match[1]), {
                name: match[1],
                version: match[2],
                from: vendorTxt
            });
    }
    for (const path of files.paths) {
        if ((0,_file_set_js__WEBPACK_IMPORTED_MODULE_1__/* .dirOf */ .R)((0,_file_set_js__WEBPACK_IMPORTED_MODULE_1__/* .dirOf */ .R)(path)) !== folder || !/\.dist-info\/METADATA$/.test(path))
            continue;
        const metadata = (0,_python_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCoreMetadata */ .Ug)(files.read(path) ?? '');
        const name = metadata.fields.get('name');
        const version = metadata.fields.get('version');
        if (name && version)
            byName.set((0,_python_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePythonName */ .L7)(name), { name, version, from: path });
    }
    return [...byName.values()].map(({ name, version, from }) => {
        const purl = (0,_sources_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .pypiPurl */ .iC)(name, version);
        return {
            ref: `${purl}#${folder}`,
            ecosystem: 'pypi',
            name: (0,_python_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePythonName */ .L7)(name),
            version,
            purl,
            hashes: [],
            licenses: [],
            scope: 'required',
            origin: { kind: 'registry' },
            properties: {
                'provenant:vendored:in': folder,
                'provenant:vendored:source': from
            },
            kind: 'vendored',
            ...(carrier ? { containedBy: carrier } : {})
        };
    });
}
/** Every `_vendor` folder of an archive (by vendor.txt or a dist-info in it), all carried by `carrier`. */
function findVendoredFolders(files, carrier) {
    const folders = new Set();
    for (const path of files.paths) {
        const match = /^(.*\/)?_vendor\/(vendor\.txt|[^/]+\.dist-info\/METADATA)$/.exec(path);
        if (match)
            folders.add(`${match[1] ?? ''}_vendor`);
    }
    return [...folders]
        .sort()
        .flatMap((folder) => findVendoredPython(files, `${folder}/vendor.txt`, carrier));
}


/***/ }),

/***/ 98315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* reexport safe */ _sources_lockfile_formats_js__WEBPACK_IMPORTED_MODULE_0__.Wd),
/* harmony export */   j: () => (/* binding */ selectLockfiles)
/* harmony export */ });
/* harmony import */ var _sources_lockfile_formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16);
/* harmony import */ var _sources_parse_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82243);



function packageManager(read, folder) {
    const text = read?.(folder === '' ? 'package.json' : `${folder}/package.json`);
    if (text === undefined)
        return undefined;
    try {
        const data = JSON.parse(text);
        const field = (0,_sources_parse_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(data) ? (0,_sources_parse_text_js__WEBPACK_IMPORTED_MODULE_1__/* .asString */ .oJ)(data.packageManager) : undefined;
        return field?.split('@')[0];
    }
    catch {
        return undefined; // the reader of that folder reports a broken package.json
    }
}
/** The file that wins among `names` for a family: the package manager's first, then the registry's order. */
function winner(names, family, manager) {
    const formats = _sources_lockfile_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .LOCKFILE_FORMATS */ .XU.filter((f) => f.family === family && f.fallback !== true);
    const order = [
        ...formats.filter((f) => manager !== undefined && f.manager === manager),
        ...formats
    ].flatMap((f) => f.names);
    return order.find((name) => names.includes(name));
}
/** `paths`: every lockfile candidate found, relative POSIX paths. */
function selectLockfiles(paths, read) {
    const byFolder = new Map();
    for (const path of paths) {
        if ((0,_sources_lockfile_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .lockfileFormat */ .fq)(path) === undefined)
            continue;
        const list = byFolder.get((0,_sources_parse_text_js__WEBPACK_IMPORTED_MODULE_1__/* .dirOf */ .Rw)(path)) ?? [];
        list.push(path);
        byFolder.set((0,_sources_parse_text_js__WEBPACK_IMPORTED_MODULE_1__/* .dirOf */ .Rw)(path), list);
    }
    const lockfiles = [];
    const skipped = [];
    for (const [folder, list] of byFolder) {
        const names = list.map(_sources_parse_text_js__WEBPACK_IMPORTED_MODULE_1__/* .baseName */ .Fl);
        const manager = packageManager(read, folder);
        for (const path of list) {
            const format = (0,_sources_lockfile_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .lockfileFormat */ .fq)(path);
            const name = (0,_sources_parse_text_js__WEBPACK_IMPORTED_MODULE_1__/* .baseName */ .Fl)(path);
            const wins = winner(names, format.family, manager) ?? name;
            if (wins === name)
                lockfiles.push(path);
            else
                skipped.push({
                    path,
                    reason: `${folder === '' ? '' : `${folder}/`}${wins} is read for this folder instead`
                });
        }
    }
    const order = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    return {
        lockfiles: lockfiles.sort(order),
        skipped: skipped.sort((a, b) => order(a.path, b.path))
    };
}


/***/ }),

/***/ 94645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ checkRecord),
/* harmony export */   Hh: () => (/* binding */ parseRecord),
/* harmony export */   L7: () => (/* binding */ normalizePythonName),
/* harmony export */   Ug: () => (/* binding */ parseCoreMetadata),
/* harmony export */   Vb: () => (/* binding */ pythonLicenses),
/* harmony export */   pP: () => (/* binding */ parseRequirement)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Python core metadata (a wheel's METADATA, an sdist's PKG-INFO) and a
 * wheel's RECORD: parsed from text, checked against the archive's bytes.
 */

/** RFC 822-style headers; continuation lines start with white space; the body is ignored. */
function parseCoreMetadata(text) {
    const all = new Map();
    let last;
    for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
        if (line === '')
            break;
        if (/^[ \t]/.test(line) && last) {
            last[last.length - 1] += `\n${line.replace(/^( {8}|\t|\s+\|)/, '')}`;
            continue;
        }
        const colon = line.indexOf(':');
        if (colon <= 0) {
            last = undefined;
            continue;
        }
        const key = line.slice(0, colon).trim().toLowerCase();
        last = all.get(key) ?? [];
        last.push(line.slice(colon + 1).trim());
        all.set(key, last);
    }
    const fields = new Map([...all].map(([k, v]) => [k, v[0].trim()]));
    return { fields, all };
}
/** PEP 503 normalised project name. */
function normalizePythonName(name) {
    return name
        .trim()
        .toLowerCase()
        .replace(/[-_.]+/g, '-');
}
/** One Requires-Dist value (PEP 508); undefined when it names no project. */
function parseRequirement(text) {
    const [spec = '', ...rest] = text.split(';');
    const marker = rest.join(';').trim() || undefined;
    const name = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec)?.[1];
    if (!name)
        return undefined;
    const pinned = /(?:^|[\s(,])===?\s*([A-Za-z0-9.+!_-]+)\s*\)?\s*$/.exec(spec.slice(spec.indexOf(name) + name.length));
    return {
        name: normalizePythonName(name),
        version: pinned?.[1] ?? '',
        marker,
        extraOnly: marker !== undefined && /\bextra\s*==/.test(marker),
        text: text.trim()
    };
}
/** The longest License value taken as a license name; longer ones are full texts. */
const MAX_LICENSE_NAME_LENGTH = 100;
/**
 * License-Expression (metadata 2.4) first; else a short one-line License
 * field; else the License :: classifiers by name. A full license text in
 * License is never taken for a license id.
 */
function pythonLicenses(metadata) {
    const expression = metadata.fields.get('license-expression');
    if (expression)
        return [expression];
    const license = metadata.fields.get('license');
    if (license &&
        !license.includes('\n') &&
        license.length <= MAX_LICENSE_NAME_LENGTH &&
        license.toUpperCase() !== 'UNKNOWN') {
        return [license];
    }
    return (metadata.all.get('classifier') ?? [])
        .filter((c) => c.startsWith('License ::'))
        .map((c) => c.split('::').at(-1).trim())
        .filter((c) => c !== '' && c !== 'OSI Approved');
}
/** RECORD is CSV: path,hash,size; quoted fields may hold commas. */
function parseRecord(text) {
    const entries = [];
    for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
        if (line.trim() === '')
            continue;
        const [path = '', hash = ''] = splitCsvLine(line);
        const match = /^sha256=([A-Za-z0-9_-]+)$/.exec(hash);
        entries.push({
            path,
            sha256: match
                ? Buffer.from(match[1], 'base64url').toString('hex')
                : undefined
        });
    }
    return entries;
}
function splitCsvLine(line) {
    const fields = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const char = line[i];
        if (quoted) {
            if (char === '"' && line[i + 1] === '"')
                field += line[++i];
            else if (char === '"')
                quoted = false;
            else
                field += char;
        }
        else if (char === '"')
            quoted = true;
        else if (char === ',') {
            fields.push(field);
            field = '';
        }
        else
            field += char;
    }
    fields.push(field);
    return fields;
}
/** RECORD entries whose file is missing or whose SHA-256 differs: `path (reason)`. */
function checkRecord(entries, files) {
    const problems = [];
    for (const { path, sha256 } of entries) {
        if (sha256 === undefined)
            continue;
        const data = files.get(path);
        if (data === undefined)
            problems.push(`${path} (listed, not in the archive)`);
        else if ((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex') !== sha256)
            problems.push(`${path} (sha256 differs from RECORD)`);
    }
    return problems;
}


/***/ }),

/***/ 65089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ readSourceTree)
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/inputs/clip.ts
var clip = __webpack_require__(19383);
// EXTERNAL MODULE: ./src/lib/sbom/sources/hashes.ts
var hashes = __webpack_require__(23106);
// EXTERNAL MODULE: ./src/lib/sbom/sources/lock-graph.ts
var lock_graph = __webpack_require__(91648);
;// CONCATENATED MODULE: ./src/lib/sbom/sources/merge.ts


const RANK = { dev: 0, optional: 1, required: 2 };
function mergeProperty(current, next) {
    if (current === undefined || current === next)
        return next;
    return [...new Set([...current.split(','), ...next.split(',')])]
        .sort()
        .join(',');
}
function originTag(facts) {
    const { origin } = facts;
    const where = 'path' in origin ? origin.path : 'url' in origin ? origin.url : '';
    return `${origin.kind}:${where}`;
}
class GraphBuilder {
    components = new Map();
    refByIdentity = new Map();
    edges = new Map();
    scoped = new Set();
    /** Adds (or merges) a component and returns its ref; `scope` undefined: an entry no walk reached. */
    add(facts, scope) {
        const local = (0,lock_graph/* isLocal */.IX)(facts.origin);
        const identity = local
            ? `${facts.purl}\u0000${JSON.stringify(facts.origin)}`
            : facts.purl;
        let ref = this.refByIdentity.get(identity);
        if (ref === undefined) {
            // The purl is the ref, unless a package of another identity holds it already.
            ref = this.components.has(facts.purl)
                ? `${facts.purl}#${originTag(facts)}`
                : facts.purl;
            this.refByIdentity.set(identity, ref);
            this.components.set(ref, {
                ref,
                ecosystem: facts.ecosystem,
                name: facts.name,
                version: facts.version,
                purl: facts.purl,
                hashes: [...facts.hashes],
                licenses: [...facts.licenses],
                scope: scope ?? 'required',
                origin: facts.origin,
                properties: { ...facts.properties }
            });
            if (scope)
                this.scoped.add(ref);
            return ref;
        }
        const component = this.components.get(ref);
        if (scope && (!this.scoped.has(ref) || RANK[scope] > RANK[component.scope]))
            component.scope = scope;
        if (scope)
            this.scoped.add(ref);
        (0,hashes/* addHashes */.GW)(component.hashes, facts.hashes);
        for (const license of facts.licenses) {
            if (!component.licenses.includes(license))
                component.licenses.push(license);
        }
        for (const [key, value] of Object.entries(facts.properties)) {
            component.properties[key] = mergeProperty(component.properties[key], value);
        }
        if (component.origin.kind === 'alias' && facts.origin.kind !== 'alias')
            component.origin = facts.origin;
        return ref;
    }
    has(ref) {
        return this.components.has(ref);
    }
    edge(from, to) {
        if (from === to)
            return;
        let set = this.edges.get(from);
        if (!set)
            this.edges.set(from, (set = new Set()));
        set.add(to);
    }
    /** Components sorted by ref; one Dependency per component and for the root, dependsOn sorted. */
    build(rootRef) {
        const byRef = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
        const refs = [...this.components.keys()].sort(byRef);
        const dependsOn = (ref) => [...(this.edges.get(ref) ?? [])].sort(byRef);
        return {
            components: refs.map((ref) => this.components.get(ref)),
            dependencies: [rootRef, ...refs].map((ref) => ({
                ref,
                dependsOn: dependsOn(ref)
            }))
        };
    }
}

// EXTERNAL MODULE: ./src/lib/sbom/sources/lockfile-formats.ts + 25 modules
var lockfile_formats = __webpack_require__(16);
// EXTERNAL MODULE: ./src/lib/sbom/sources/parse-text.ts
var parse_text = __webpack_require__(82243);
// EXTERNAL MODULE: ./src/lib/sbom/sources/purl.ts
var purl = __webpack_require__(6379);
;// CONCATENATED MODULE: ./src/lib/sbom/sources/scopes.ts
/** Marks what `starts` (and the already `seen` nodes) reach through `follow` edges. */
function reach(graph, starts, follow, seen) {
    const stack = [...seen];
    for (const edge of starts) {
        if (follow.includes(edge.kind) && !seen.has(edge.to)) {
            seen.add(edge.to);
            stack.push(edge.to);
        }
    }
    while (stack.length > 0) {
        const node = graph.nodes.get(stack.pop());
        for (const edge of node?.edges ?? []) {
            if (edge.kind !== 'dev' &&
                follow.includes(edge.kind) &&
                !seen.has(edge.to)) {
                seen.add(edge.to);
                stack.push(edge.to);
            }
        }
    }
    return seen;
}
/** Edges of the project and of every member: the walk's starting points. */
function rootEdges(graph) {
    const out = [...graph.rootEdges];
    for (const id of graph.members) {
        out.push({ to: id, kind: 'prod' });
        out.push(...(graph.nodes.get(id)?.edges ?? []));
    }
    return out;
}
function computeScopes(graph) {
    const starts = rootEdges(graph);
    const required = reach(graph, starts, ['prod'], new Set());
    const optional = reach(graph, starts, ['prod', 'optional'], new Set(required));
    const dev = reach(graph, starts, ['prod', 'optional', 'dev'], new Set(optional));
    const scopes = new Map();
    for (const [id, node] of graph.nodes) {
        if (node.scope)
            scopes.set(id, node.scope);
        else if (required.has(id))
            scopes.set(id, 'required');
        else if (optional.has(id))
            scopes.set(id, 'optional');
        else if (dev.has(id))
            scopes.set(id, 'dev');
        // Unreached: no scope here; the merge makes the component `required`
        // unless another entry of the same package was reached.
    }
    return scopes;
}

;// CONCATENATED MODULE: ./src/lib/sbom/read-source.ts
/**
 * A source tree's lockfiles -> one DependencyGraph. Each lockfile is read by
 * its own reader (src/lib/sbom/sources/); their nodes are merged by purl.
 *
 * The root component is the project of the shallowest lockfile that has a
 * manifest (package.json, pyproject.toml, go.mod, Cargo.toml), ties broken by
 * the order of `lockfilePaths`; the projects of the other lockfiles become
 * `workspace` components the root depends on. Without any manifest (only
 * requirements files or a Pipfile.lock) the root is `pkg:generic/<rootName>`.
 * Every problem of every lockfile is collected and reported once.
 */







function readOne(reader, path, manifestPaths) {
    const format = (0,lockfile_formats/* lockfileFormat */.fq)(path);
    if (format === undefined) {
        throw new errors/* InputError */.dz('SBOM_LOCKFILE_UNKNOWN', `${path}: not a lockfile Provenant reads (${lockfile_formats/* LOCKFILE_NAMES */.dD})`);
    }
    const text = reader(path);
    if (text === undefined) {
        throw new errors/* InputError */.dz('SBOM_LOCKFILE_MISSING', `${path}: no such file in the source tree`);
    }
    assertText(path, text);
    return format.read({ read: reader, lockfile: path, manifestPaths });
}
/** A lockfile is text: a NUL byte or bytes that are not UTF-8 mean it is not one. */
function assertText(path, text) {
    const found = [text.indexOf('\u0000'), text.indexOf('\ufffd')].filter((i) => i !== -1);
    if (found.length === 0)
        return;
    const at = Math.min(...found);
    throw (0,parse_text/* invalidLockfile */.PR)(path, `line ${(0,parse_text/* lineAt */.mh)(text, at)}`, text[at] === '\u0000'
        ? 'a NUL byte: this is a binary file, not a lockfile'
        : 'bytes that are not UTF-8 text');
}
function projectPurl(project, name) {
    switch (project.ecosystem) {
        case 'npm':
            return (0,purl/* npmPurl */.NP)(name, project.version);
        case 'pypi':
            return (0,purl/* pypiPurl */.iC)(name, project.version);
        case 'golang':
            return (0,purl/* golangPurl */.av)(name, project.version);
        case 'cargo':
            return (0,purl/* cargoPurl */.q$)(name, project.version);
        default:
            return (0,purl/* genericPurl */.LS)(name, project.version);
    }
}
/** A reader's error with its message bounded: a hostile lockfile's text is never printed at length. */
function bounded(error) {
    const message = (0,clip/* clipMessage */.Io)(error.message);
    return message === error.message
        ? error
        : new errors/* InputError */.dz(error.code, message, { cause: error });
}
const depth = (path) => (0,parse_text/* dirOf */.Rw)(path) === '' ? 0 : (0,parse_text/* dirOf */.Rw)(path).split('/').length;
/** Every lockfile read; every problem of every lockfile reported at once. */
function readAll(reader, lockfilePaths, manifestPaths) {
    const graphs = [];
    const problems = [];
    for (const path of lockfilePaths) {
        try {
            graphs.push(readOne(reader, path, manifestPaths));
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.dz))
                throw error;
            problems.push(bounded(error));
        }
    }
    if (problems.length === 1)
        throw problems[0];
    if (problems.length > 1)
        throw new errors/* InputErrors */.G(problems);
    return graphs;
}
/** The project of the shallowest lockfile with a manifest; `pkg:generic/<fallbackName>` without any. */
function rootOf(graphs, fallbackName) {
    const main = graphs
        .filter((g) => g.project !== undefined)
        .sort((a, b) => depth(a.lockfile) - depth(b.lockfile))[0];
    const rootProject = main?.project;
    const rootName = rootProject?.name ?? fallbackName;
    const rootPurl = rootProject
        ? projectPurl(rootProject, rootName)
        : (0,purl/* genericPurl */.LS)(rootName, '');
    return {
        ref: rootPurl,
        ecosystem: rootProject?.ecosystem ?? 'generic',
        name: rootName,
        version: rootProject?.version ?? '',
        purl: rootPurl,
        type: 'application',
        hashes: [],
        licenses: rootProject?.licenses ?? []
    };
}
function readSourceTree(reader, lockfilePaths, options = {}) {
    const graphs = readAll(reader, lockfilePaths, options.manifestPaths ?? []);
    const root = rootOf(graphs, options.rootName ?? 'source');
    const rootPurl = root.purl;
    const builder = new GraphBuilder();
    // First every component (so the root's ref can avoid theirs), then the edges.
    const added = graphs.map((graph) => {
        const scopes = computeScopes(graph);
        let projectRef;
        const name = graph.project?.name ?? (0,parse_text/* dirOf */.Rw)(graph.lockfile);
        const purl = graph.project ? projectPurl(graph.project, name) : rootPurl;
        // Another project of the tree (not one more lockfile of the root's own, like requirements-dev.txt).
        if (graph.project !== undefined && purl !== rootPurl) {
            const origin = { kind: 'workspace', path: (0,parse_text/* dirOf */.Rw)(graph.lockfile) };
            const facts = {
                ...graph.project,
                name,
                purl,
                hashes: [],
                origin,
                properties: {}
            };
            projectRef = builder.add(facts, 'required');
        }
        const refs = new Map();
        for (const [id, node] of graph.nodes)
            refs.set(id, builder.add(node, scopes.get(id)));
        return { graph, projectRef, refs };
    });
    if (builder.has(root.ref))
        root.ref = `${root.purl}#root`;
    for (const { graph, projectRef, refs } of added) {
        const from = projectRef ?? root.ref;
        if (projectRef !== undefined)
            builder.edge(root.ref, projectRef);
        for (const [id, node] of graph.nodes) {
            for (const edge of node.edges) {
                const to = refs.get(edge.to);
                if (to !== undefined)
                    builder.edge(refs.get(id), to);
            }
        }
        for (const edge of [
            ...graph.rootEdges,
            ...graph.members.map((to) => ({ to }))
        ]) {
            const to = refs.get(edge.to);
            if (to !== undefined)
                builder.edge(from, to);
        }
    }
    const { components, dependencies } = builder.build(root.ref);
    const sources = [...new Set(graphs.flatMap((g) => g.sources))].sort();
    return { root, components, dependencies, sources };
}


/***/ }),

/***/ 23106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ checkedPrefixedHex),
/* harmony export */   GW: () => (/* binding */ addHashes),
/* harmony export */   HQ: () => (/* binding */ checkedHex),
/* harmony export */   Hq: () => (/* binding */ fromSri),
/* harmony export */   eP: () => (/* binding */ hexHash),
/* harmony export */   m1: () => (/* binding */ base64Hash),
/* harmony export */   wK: () => (/* binding */ checkedSri)
/* harmony export */ });
/* unused harmony export fromPrefixedHex */
const BY_NAME = new Map([
    ['md5', 'MD5'],
    ['sha1', 'SHA-1'],
    ['sha256', 'SHA-256'],
    ['sha384', 'SHA-384'],
    ['sha512', 'SHA-512']
]);
const HEX_LENGTH = {
    MD5: 32,
    'SHA-1': 40,
    'SHA-256': 64,
    'SHA-384': 96,
    'SHA-512': 128
};
function hexHash(algorithm, hex) {
    const value = hex.toLowerCase();
    if (value.length !== HEX_LENGTH[algorithm] || !/^[0-9a-f]+$/.test(value))
        return undefined;
    return { algorithm, value };
}
function base64Hash(algorithm, base64) {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64))
        return undefined;
    const value = Buffer.from(base64, 'base64').toString('hex');
    return value.length === HEX_LENGTH[algorithm]
        ? { algorithm, value }
        : undefined;
}
/** One SRI token: its hash, `undefined` for a known algorithm that does not decode, `null` for an unknown one. */
function sriToken(token) {
    const dash = token.indexOf('-');
    const algorithm = dash > 0 ? BY_NAME.get(token.slice(0, dash).toLowerCase()) : undefined;
    if (!algorithm)
        return null;
    // An SRI token may carry options after `?`.
    const question = token.indexOf('?', dash);
    return base64Hash(algorithm, token.slice(dash + 1, question === -1 ? undefined : question));
}
/** npm/pnpm/yarn `integrity`: space-separated SRI, e.g. `sha512-<base64> sha1-<base64>`. */
function fromSri(integrity) {
    const out = [];
    for (const token of integrity ? integrity.trim().split(/\s+/) : []) {
        const hash = sriToken(token);
        if (hash)
            out.push(hash);
    }
    return out;
}
/** pip/poetry/uv/Pipfile `sha256:<hex>`. */
function fromPrefixedHex(text) {
    if (!text)
        return undefined;
    const colon = text.indexOf(':');
    const algorithm = BY_NAME.get(text.slice(0, colon).toLowerCase());
    return algorithm ? hexHash(algorithm, text.slice(colon + 1)) : undefined;
}
/** Appends hashes not already present (same algorithm and value). */
function addHashes(into, more) {
    for (const hash of more) {
        if (!into.some((h) => h.algorithm === hash.algorithm && h.value === hash.value)) {
            into.push(hash);
        }
    }
}
const preview = (text) => text.length > 24 ? `${text.slice(0, 24)}...` : text;
function checkedSri(integrity, fail) {
    const out = [];
    for (const token of integrity ? integrity.trim().split(/\s+/) : []) {
        const hash = sriToken(token);
        if (hash === undefined)
            throw fail(`integrity "${preview(token)}" is not a valid digest`);
        if (hash)
            out.push(hash);
    }
    return out;
}
function checkedPrefixedHex(text, fail) {
    if (!text)
        return undefined;
    const algorithm = BY_NAME.get(text.slice(0, text.indexOf(':')).toLowerCase());
    const hash = fromPrefixedHex(text);
    if (algorithm && !hash)
        throw fail(`hash "${preview(text)}" is not a valid ${algorithm} digest`);
    return hash;
}
function checkedHex(algorithm, hex, fail) {
    if (hex === undefined)
        return undefined;
    const hash = hexHash(algorithm, hex);
    if (!hash)
        throw fail(`"${preview(hex)}" is not a ${algorithm} hex digest`);
    return hash;
}


/***/ }),

/***/ 91648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ isLocal),
/* harmony export */   K1: () => (/* binding */ emptyGraph),
/* harmony export */   Tx: () => (/* binding */ readTracked),
/* harmony export */   e0: () => (/* binding */ readTomlManifest)
/* harmony export */ });
/* harmony import */ var _parse_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82243);

function emptyGraph(lockfile) {
    return {
        lockfile,
        sources: [lockfile],
        project: undefined,
        rootEdges: [],
        members: [],
        nodes: new Map()
    };
}
/** Reads a file the reader needs, recording it in `sources` when present. */
function readTracked(ctx, graph, path) {
    const text = ctx.read(path);
    if (text !== undefined && !graph.sources.includes(path))
        graph.sources.push(path);
    return text;
}
/** The TOML manifest `name` in `folder` (Cargo.toml, pyproject.toml), read and tracked; undefined when absent. */
function readTomlManifest(ctx, graph, folder, name) {
    const path = (0,_parse_text_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPath */ .uJ)(folder, name);
    const text = readTracked(ctx, graph, path);
    return text === undefined
        ? undefined
        : (0,_parse_text_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTomlText */ .tT)(text, path, _parse_text_js__WEBPACK_IMPORTED_MODULE_0__/* .MANIFEST_INVALID */ .Ix);
}
function isLocal(origin) {
    return (origin.kind === 'workspace' ||
        (origin.kind === 'file' && origin.directory === true));
}


/***/ }),

/***/ 16:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XU: () => (/* binding */ LOCKFILE_FORMATS),
  dD: () => (/* binding */ LOCKFILE_NAMES),
  Rr: () => (/* binding */ MANIFEST_NAMES),
  fq: () => (/* binding */ lockfileFormat),
  Wd: () => (/* binding */ lockfileKind)
});

// EXTERNAL MODULE: ./src/lib/sbom/sources/lock-graph.ts
var lock_graph = __webpack_require__(91648);
// EXTERNAL MODULE: ./src/lib/sbom/sources/parse-text.ts
var parse_text = __webpack_require__(82243);
;// CONCATENATED MODULE: ./src/lib/sbom/sources/workspaces.ts
/**
 * Workspace member globs (npm/yarn `workspaces`, Cargo `members`) matched
 * against the manifest paths found in the tree: a TreeReader reads files but
 * cannot list folders, so the io layer hands readers the manifests it saw.
 */

/** `packages/*`, `crates/**`, `./tools/x` -> a RegExp over POSIX folder paths. */
function globToRegExp(pattern) {
    const clean = (0,parse_text/* joinPath */.uJ)(pattern.replace(/\/+$/, ''));
    let source = '';
    for (let i = 0; i < clean.length; i++) {
        const c = clean[i];
        if (c === '*' && clean[i + 1] === '*') {
            source += '.*';
            i++;
        }
        else if (c === '*')
            source += '[^/]*';
        else if (c === '?')
            source += '[^/]';
        else
            source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
}
/**
 * Folders (relative to the tree) of the member manifests named `manifestName`
 * under `baseDir` that the patterns select; `!pattern` excludes.
 */
function matchMembers(baseDir, patterns, manifestPaths, manifestName) {
    const include = patterns.filter((p) => !p.startsWith('!')).map(globToRegExp);
    const exclude = patterns
        .filter((p) => p.startsWith('!'))
        .map((p) => globToRegExp(p.slice(1)));
    const prefix = baseDir === '' ? '' : `${baseDir}/`;
    const out = [];
    for (const path of manifestPaths) {
        if (!path.endsWith(`/${manifestName}`) || !path.startsWith(prefix))
            continue;
        const folder = path.slice(prefix.length, path.length - manifestName.length - 1);
        if (include.some((r) => r.test(folder)) &&
            !exclude.some((r) => r.test(folder))) {
            out.push((0,parse_text/* joinPath */.uJ)(baseDir, folder));
        }
    }
    // Literal member paths work without the manifest list.
    for (const pattern of patterns) {
        if (!/[*?![]/.test(pattern)) {
            const folder = (0,parse_text/* joinPath */.uJ)(baseDir, pattern);
            if (!out.includes(folder))
                out.push(folder);
        }
    }
    return out.sort();
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/cargo-manifest.ts



function readCargoToml(ctx, graph, folder) {
    return (0,lock_graph/* readTomlManifest */.e0)(ctx, graph, folder, 'Cargo.toml');
}
function version(pkg, workspace) {
    const own = pkg.version;
    if (typeof own === 'string')
        return own;
    // `version.workspace = true` inherits [workspace.package] version.
    return (0,parse_text/* asString */.oJ)((0,parse_text/* asRecord */.qY)((0,parse_text/* asRecord */.qY)(workspace.workspace).package).version) ?? '';
}
function cargoProject(root) {
    if (!root)
        return undefined;
    const pkg = (0,parse_text/* asRecord */.qY)(root.package);
    const inherited = (0,parse_text/* asRecord */.qY)((0,parse_text/* asRecord */.qY)(root.workspace).package);
    const license = (0,parse_text/* asString */.oJ)(pkg.license) ?? (0,parse_text/* asString */.oJ)(inherited.license);
    if (pkg.name === undefined && root.workspace === undefined)
        return undefined;
    return {
        ecosystem: 'cargo',
        name: (0,parse_text/* asString */.oJ)(pkg.name),
        version: root.package === undefined
            ? ((0,parse_text/* asString */.oJ)(inherited.version) ?? '')
            : version(pkg, root),
        licenses: license ? [license] : []
    };
}
/** Every dependency table of a manifest, with the kind of edge it makes. */
function dependencyTables(data) {
    const tables = [];
    const collect = (owner) => {
        tables.push([(0,parse_text/* asRecord */.qY)(owner.dependencies), 'prod']);
        tables.push([(0,parse_text/* asRecord */.qY)(owner['build-dependencies']), 'prod']);
        tables.push([(0,parse_text/* asRecord */.qY)(owner['build_dependencies']), 'prod']);
        tables.push([(0,parse_text/* asRecord */.qY)(owner['dev-dependencies']), 'dev']);
        tables.push([(0,parse_text/* asRecord */.qY)(owner['dev_dependencies']), 'dev']);
    };
    collect(data);
    for (const target of Object.values((0,parse_text/* asRecord */.qY)(data.target)))
        collect((0,parse_text/* asRecord */.qY)(target));
    return tables;
}
/**
 * Crate name -> edge kind for one local crate: normal/build wins over optional
 * over dev. `shared` is the root's [workspace.dependencies] (`foo.workspace = true`).
 */
function crateEdgeKinds(data, shared) {
    const kinds = new Map();
    const rank = { dev: 0, optional: 1, prod: 2 };
    for (const [table, kind] of dependencyTables(data)) {
        for (const [key, spec] of Object.entries(table)) {
            const inherited = (0,parse_text/* asRecord */.qY)(spec).workspace === true ? (0,parse_text/* asRecord */.qY)(shared[key]) : {};
            const crate = (0,parse_text/* asString */.oJ)((0,parse_text/* asRecord */.qY)(spec).package) ?? (0,parse_text/* asString */.oJ)(inherited.package) ?? key;
            const effective = kind === 'prod' && (0,parse_text/* asRecord */.qY)(spec).optional === true ? 'optional' : kind;
            const current = kinds.get(crate);
            if (current === undefined || rank[effective] > rank[current])
                kinds.set(crate, effective);
        }
    }
    return kinds;
}
/** Local crates by name: the root package, workspace members (globs too), and path dependencies. */
function localCrates(ctx, graph, lockDir, root) {
    const crates = new Map();
    const workspace = (0,parse_text/* asRecord */.qY)(root?.workspace);
    const members = (0,parse_text/* asArray */._j)(workspace.members).filter((m) => typeof m === 'string');
    const excluded = new Set((0,parse_text/* asArray */._j)(workspace.exclude).map((e) => (0,parse_text/* joinPath */.uJ)(lockDir, String(e))));
    const queue = matchMembers(lockDir, members, ctx.manifestPaths, 'Cargo.toml').filter((f) => !excluded.has(f));
    const seen = new Set();
    const visit = (folder, data) => {
        if (seen.has(folder) || data === undefined)
            return;
        seen.add(folder);
        const name = (0,parse_text/* asString */.oJ)((0,parse_text/* asRecord */.qY)(data.package).name);
        if (name !== undefined && !crates.has(name))
            crates.set(name, { folder, data });
        for (const [table] of dependencyTables(data)) {
            for (const spec of Object.values(table)) {
                const path = (0,parse_text/* asString */.oJ)((0,parse_text/* asRecord */.qY)(spec).path);
                if (path !== undefined)
                    queue.push((0,parse_text/* joinPath */.uJ)(folder, path));
            }
        }
    };
    visit(lockDir, root);
    for (const spec of Object.values((0,parse_text/* asRecord */.qY)(workspace.dependencies))) {
        const path = (0,parse_text/* asString */.oJ)((0,parse_text/* asRecord */.qY)(spec).path);
        if (path !== undefined)
            queue.push((0,parse_text/* joinPath */.uJ)(lockDir, path));
    }
    while (queue.length > 0) {
        const folder = queue.shift();
        if (!seen.has(folder))
            visit(folder, readCargoToml(ctx, graph, folder));
    }
    return crates;
}
function readRootCargoToml(ctx, graph, lockDir) {
    return readCargoToml(ctx, graph, lockDir);
}

// EXTERNAL MODULE: ./src/lib/sbom/sources/hashes.ts
var sources_hashes = __webpack_require__(23106);
;// CONCATENATED MODULE: ./src/lib/sbom/sources/lockfile-format.ts


/** The start of every structured reader: the text parsed, the version checked, an empty graph. */
function openLockfile(ctx, parse, version) {
    const file = ctx.lockfile;
    const text = ctx.read(file) ?? '';
    const data = parse(text, file);
    const found = version.of(data);
    if (!version.accepts(found)) {
        throw (0,parse_text/* unknownLockfileVersion */.Qh)(file, (0,parse_text/* whereKey */.pP)(text, version.needle, version.key), found, version.supported);
    }
    return { file, lockDir: (0,parse_text/* dirOf */.Rw)(file), text, data, graph: (0,lock_graph/* emptyGraph */.K1)(file) };
}
/** One package as a node: no hashes, licenses, properties or edges unless given; a scope only when known. */
function lockNode(facts) {
    const { scope, ...rest } = facts;
    const node = {
        id: rest.id,
        ecosystem: rest.ecosystem,
        name: rest.name,
        version: rest.version,
        purl: rest.purl,
        hashes: rest.hashes ?? [],
        licenses: rest.licenses ?? [],
        origin: rest.origin,
        properties: rest.properties ?? {},
        edges: rest.edges ?? []
    };
    if (scope !== undefined)
        node.scope = scope;
    return node;
}
/** Adds a node to the graph and to its name's list in `byName`. */
function addByName(graph, byName, node) {
    graph.nodes.set(node.id, node);
    byName.set(node.name, [...(byName.get(node.name) ?? []), node]);
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/package-source.ts
/** A git origin, with its commit when the lockfile pins one. */
function gitOrigin(url, commit) {
    return commit ? { kind: 'git', url, commit } : { kind: 'git', url };
}
/** A git repository (a leading `git+` dropped) at a commit: vcs_url `git+<url>@<commit>`. */
function gitSource(url, commit) {
    const clean = url.replace(/^git\+/, '');
    return {
        origin: gitOrigin(clean, commit),
        qualifiers: { vcs_url: `git+${clean}${commit ? `@${commit}` : ''}` }
    };
}
/** A folder of the tree (a path dependency): the project's own code, not a package. */
function folderSource(path) {
    return { origin: { kind: 'file', path, directory: true }, qualifiers: {} };
}
/** An archive fetched from a direct URL. */
function downloadSource(url) {
    return { origin: { kind: 'url', url }, qualifiers: { download_url: url } };
}

// EXTERNAL MODULE: ./src/lib/sbom/sources/purl.ts
var purl = __webpack_require__(6379);
;// CONCATENATED MODULE: ./src/lib/sbom/sources/cargo-lock.ts






const CRATES_IO = /^(registry\+https:\/\/github\.com\/rust-lang\/crates\.io-index|sparse\+https:\/\/index\.crates\.io\/?)$/;
function sourceOf(source) {
    if (CRATES_IO.test(source))
        return { origin: { kind: 'registry' }, qualifiers: {} };
    if (source.startsWith('git+')) {
        const url = source.slice(4).replace(/[?#].*$/, '');
        return gitSource(url, /#([0-9a-f]+)$/i.exec(source)?.[1]);
    }
    if (source.startsWith('path+'))
        return folderSource(source.slice(5));
    const url = source.replace(/^(registry|sparse)\+/, '');
    return {
        origin: { kind: 'registry', url },
        qualifiers: { repository_url: url }
    };
}
const VERSION = {
    of: (data) => data.version,
    accepts: (v) => v === undefined || v === 3 || v === 4,
    needle: 'version',
    key: 'version',
    supported: '1 to 4'
};
function crateNode(cx, raw, index) {
    const pkg = (0,parse_text/* asRecord */.qY)(raw);
    const name = (0,parse_text/* asString */.oJ)(pkg.name);
    const version = (0,parse_text/* asString */.oJ)(pkg.version);
    if (name === undefined || version === undefined) {
        throw (0,parse_text/* invalidLockfile */.PR)(cx.file, `key package[${index}]`, 'a [[package]] needs name and version');
    }
    const source = (0,parse_text/* asString */.oJ)(pkg.source);
    const id = source === undefined
        ? `${name} ${version}`
        : `${name} ${version} (${source})`;
    const crate = cx.crates.get(name);
    const { origin, qualifiers } = source === undefined
        ? {
            origin: {
                kind: 'workspace',
                path: crate?.folder ?? cx.lockDir
            },
            qualifiers: {}
        }
        : sourceOf(source);
    const checksum = (0,parse_text/* asString */.oJ)(pkg.checksum) ?? (0,parse_text/* asString */.oJ)(cx.legacy[`checksum ${id}`]);
    const hash = (0,sources_hashes/* checkedHex */.HQ)('SHA-256', checksum, (problem) => (0,parse_text/* invalidLockfile */.PR)(cx.file, `key package[${index}].checksum`, problem));
    return lockNode({
        id,
        ecosystem: 'cargo',
        name,
        version,
        purl: (0,purl/* cargoPurl */.q$)(name, version, qualifiers),
        hashes: hash ? [hash] : [],
        origin,
        properties: source === undefined && crate === undefined
            ? { 'provenant:manifest-missing': 'true' }
            : {},
        scope: source === undefined ? 'required' : undefined
    });
}
function readCargoLock(ctx) {
    const { file, lockDir, data, graph } = openLockfile(ctx, parse_text/* parseTomlText */.tT, VERSION);
    const root = readRootCargoToml(ctx, graph, lockDir);
    graph.project = cargoProject(root);
    const crates = localCrates(ctx, graph, lockDir, root);
    const cx = {
        file,
        lockDir,
        crates,
        legacy: (0,parse_text/* asRecord */.qY)(data.metadata)
    };
    if (!Array.isArray(data.package) || data.package.length === 0) {
        throw (0,parse_text/* invalidLockfile */.PR)(file, 'key package', data.package === undefined
            ? 'no [[package]] tables (a Cargo.lock lists at least the crate itself)'
            : 'must be a list of [[package]] tables');
    }
    const packages = (0,parse_text/* asArray */._j)(data.package).map((raw, index) => {
        const node = crateNode(cx, raw, index);
        graph.nodes.set(node.id, node);
        return [node, (0,parse_text/* asRecord */.qY)(raw)];
    });
    addCrateEdges(graph, packages, crates, (0,parse_text/* asRecord */.qY)((0,parse_text/* asRecord */.qY)(root?.workspace).dependencies));
    for (const [node] of packages) {
        if (node.origin.kind !== 'workspace')
            continue;
        if (node.name === graph.project?.name &&
            crates.get(node.name)?.folder === lockDir) {
            graph.rootEdges = node.edges;
            graph.nodes.delete(node.id);
        }
        else
            graph.members.push(node.id);
    }
    return graph;
}
/**
 * A dependency is "name", "name version" or "name version (source)": as
 * specific as needed to be unique. The workspace's own crates' manifests say
 * which of theirs are dev-only.
 */
function addCrateEdges(graph, packages, crates, shared) {
    const byName = new Map();
    const byNameVersion = new Map();
    for (const [node] of packages) {
        if (!byName.has(node.name))
            byName.set(node.name, node.id);
        const key = `${node.name} ${node.version}`;
        if (!byNameVersion.has(key))
            byNameVersion.set(key, node.id);
    }
    for (const [node, pkg] of packages) {
        const kinds = node.origin.kind === 'workspace'
            ? crateEdgeKinds(crates.get(node.name)?.data ?? {}, shared)
            : undefined;
        for (const dep of (0,parse_text/* asArray */._j)(pkg.dependencies)) {
            const spec = String(dep);
            const [name = '', version] = spec.split(' ');
            const to = graph.nodes.has(spec)
                ? spec
                : version
                    ? byNameVersion.get(`${name} ${version}`)
                    : byName.get(name);
            if (to !== undefined && to !== node.id)
                node.edges.push({ to, kind: kinds?.get(name) ?? 'prod' });
        }
    }
}
const cargoLockfile = {
    kind: 'cargo',
    family: 'rust',
    names: ['Cargo.lock'],
    manifests: ['Cargo.toml'],
    read: readCargoLock
};

;// CONCATENATED MODULE: ./src/lib/sbom/sources/go-mod.ts




const VERBS = new Set([
    'module',
    'go',
    'toolchain',
    'require',
    'replace',
    'exclude',
    'retract',
    'tool',
    'godebug',
    'ignore'
]);
function unquote(token) {
    return /^["`].*["`]$/.test(token) ? token.slice(1, -1) : token;
}
function parseGoMod(text, file) {
    const mod = { module: undefined, requires: [], replaces: [] };
    let block;
    let blockLine = 0;
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        const comment = raw.indexOf('//');
        const indirect = comment !== -1 && /^\/\/\s*indirect\b/.test(raw.slice(comment));
        const body = (comment === -1 ? raw : raw.slice(0, comment)).trim();
        if (body === '')
            continue;
        let verb = block;
        let args = body;
        if (block === undefined) {
            const space = body.search(/[\s(]/);
            verb = space === -1 ? body : body.slice(0, space);
            args = space === -1 ? '' : body.slice(space).trim();
            if (!VERBS.has(verb))
                throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${i + 1}`, `unknown directive "${verb}"`);
            if (args === '(') {
                block = verb;
                blockLine = i + 1;
                continue;
            }
        }
        else if (body === ')') {
            block = undefined;
            continue;
        }
        const tokens = args.split(/\s+/).map(unquote);
        if (verb === 'module')
            mod.module = tokens[0];
        else if (verb === 'require') {
            if (tokens.length < 2)
                throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${i + 1}`, 'a require needs a module path and a version');
            mod.requires.push({
                path: tokens[0],
                version: tokens[1],
                indirect
            });
        }
        else if (verb === 'replace') {
            const arrow = tokens.indexOf('=>');
            if (arrow < 1 || arrow + 1 >= tokens.length)
                throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${i + 1}`, 'a replace needs `old [version] => new [version]`');
            mod.replaces.push({
                path: tokens[0],
                version: tokens[1] === '=>' ? undefined : tokens[1],
                to: tokens[arrow + 1],
                toVersion: tokens[arrow + 2]
            });
        }
    }
    if (block !== undefined)
        throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${blockLine}`, `the ${block} ( block is never closed`);
    return mod;
}
/** go.sum: `<module> <version>[/go.mod] h1:<base64>` -> module@version -> h1 (zip lines only). */
function parseGoSum(text, file) {
    const sums = new Map();
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (line === '')
            continue;
        const [path, version, hash, extra] = line.split(/\s+/);
        if (!path ||
            !version ||
            !hash ||
            extra !== undefined ||
            !/^h\d+:/.test(hash)) {
            throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${i + 1}`, 'expected `<module> <version> h1:<hash>`');
        }
        if (hash.startsWith('h1:') && !(0,sources_hashes/* base64Hash */.m1)('SHA-256', hash.slice(3))) {
            throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${i + 1}`, `"${hash}" is not an h1 (SHA-256) hash`);
        }
        if (!version.endsWith('/go.mod'))
            sums.set(`${path}@${version}`, hash);
    }
    return sums;
}
const isLocalPath = (target) => /^(\.{1,2}\/|\/|[A-Za-z]:\\)/.test(target) ||
    target === '.' ||
    target === '..';
function readGoMod(ctx) {
    const graph = (0,lock_graph/* emptyGraph */.K1)(ctx.lockfile);
    const mod = parseGoMod(ctx.read(ctx.lockfile) ?? '', ctx.lockfile);
    const dir = (0,parse_text/* dirOf */.Rw)(ctx.lockfile);
    const sumPath = (0,parse_text/* joinPath */.uJ)(dir, 'go.sum');
    const sumText = (0,lock_graph/* readTracked */.Tx)(ctx, graph, sumPath);
    const sums = sumText === undefined
        ? new Map()
        : parseGoSum(sumText, sumPath);
    if (mod.module !== undefined)
        graph.project = {
            ecosystem: 'golang',
            name: mod.module,
            version: '',
            licenses: []
        };
    for (const req of mod.requires) {
        // A replace with a version applies to that version only; without, to all.
        const replace = mod.replaces.find((r) => r.path === req.path && r.version === req.version) ??
            mod.replaces.find((r) => r.path === req.path && r.version === undefined);
        const properties = {};
        if (req.indirect)
            properties['provenant:go-indirect'] = 'true';
        let path = req.path;
        let version = req.version;
        let origin = { kind: 'registry' };
        if (replace) {
            properties['provenant:go-replaces'] = `${req.path}@${req.version}`;
            if (isLocalPath(replace.to)) {
                version = '';
                origin = {
                    kind: 'file',
                    path: (0,parse_text/* joinPath */.uJ)(dir, replace.to),
                    directory: true
                };
            }
            else {
                path = replace.to;
                version = replace.toVersion ?? req.version;
            }
        }
        const h1 = origin.kind === 'registry' ? sums.get(`${path}@${version}`) : undefined;
        const hash = h1?.startsWith('h1:')
            ? (0,sources_hashes/* base64Hash */.m1)('SHA-256', h1.slice(3))
            : undefined;
        if (h1)
            properties['provenant:go-h1'] = h1;
        const node = {
            id: `${req.path}@${req.version}`,
            ecosystem: 'golang',
            name: path,
            version,
            purl: (0,purl/* golangPurl */.av)(path, version),
            hashes: hash ? [hash] : [],
            licenses: [],
            origin,
            properties,
            scope: 'required',
            edges: []
        };
        graph.nodes.set(node.id, node);
        graph.rootEdges.push({ to: node.id, kind: 'prod' });
    }
    return graph;
}
const goModule = {
    kind: 'go',
    family: 'go',
    names: ['go.mod'],
    manifests: [],
    read: readGoMod
};

;// CONCATENATED MODULE: ./src/lib/sbom/sources/npm-manifest.ts


function readPackageJson(ctx, graph, folder) {
    const path = (0,parse_text/* joinPath */.uJ)(folder, 'package.json');
    const text = (0,lock_graph/* readTracked */.Tx)(ctx, graph, path);
    if (text === undefined)
        return undefined;
    return { path, data: (0,parse_text/* parseJsonText */.lk)(text, path, parse_text/* MANIFEST_INVALID */.Ix) };
}
/**
 * `license` as a string, or the legacy forms: `{type}`, a list of strings or
 * of `{type}` (in `license` or `licenses`).
 */
function npmLicenses(data) {
    const license = data.license;
    if (typeof license === 'string' && license.trim() !== '')
        return [license.trim()];
    const type = (0,parse_text/* asString */.oJ)((0,parse_text/* asRecord */.qY)(license).type);
    if (type)
        return [type];
    const list = Array.isArray(license) ? license : (0,parse_text/* asArray */._j)(data.licenses);
    return list
        .map((entry) => typeof entry === 'string' ? entry.trim() : (0,parse_text/* asString */.oJ)((0,parse_text/* asRecord */.qY)(entry).type))
        .filter((t) => t !== undefined && t !== '');
}
function npmProject(data) {
    return {
        ecosystem: 'npm',
        name: (0,parse_text/* asString */.oJ)(data.name),
        version: (0,parse_text/* asString */.oJ)(data.version) ?? '',
        licenses: npmLicenses(data)
    };
}
/**
 * Direct dependencies of a manifest (or of an npm lockfile folder entry, which
 * has the same fields). A name in several tables counts once: optional over
 * prod over dev, as npm and yarn install it.
 */
function manifestDependencies(data) {
    const byName = new Map();
    const tables = [
        ['devDependencies', 'dev'],
        ['dependencies', 'prod'],
        ['optionalDependencies', 'optional']
    ];
    for (const [table, kind] of tables) {
        for (const [name, range] of (0,parse_text/* stringEntries */.iq)(data[table])) {
            byName.set(name, { name, range, kind });
        }
    }
    return [...byName.values()];
}
/** `workspaces: [...]` or `workspaces: {packages: [...]}`. */
function workspacePatterns(data) {
    const raw = Array.isArray(data.workspaces)
        ? data.workspaces
        : (0,parse_text/* asRecord */.qY)(data.workspaces).packages;
    return (0,parse_text/* asArray */._j)(raw).filter((p) => typeof p === 'string');
}
/** Splits `name@range` at the `@` that ends the (possibly scoped) name. */
function splitNameRange(spec) {
    const at = spec.indexOf('@', 1);
    return at === -1 ? [spec, ''] : [spec.slice(0, at), spec.slice(at + 1)];
}
/** yarn `resolutions`: `"trim"`, `"**\/trim"`, `"parent/trim"`, `"trim@0.0.1"` -> what to use instead. */
function yarnResolutions(data) {
    const out = new Map();
    for (const [key, value] of (0,parse_text/* stringEntries */.iq)(data.resolutions)) {
        const segments = key.split('/');
        let last = segments.pop() ?? '';
        const previous = segments[segments.length - 1];
        if (previous?.startsWith('@'))
            last = `${previous}/${last}`;
        const [name, range] = splitNameRange(last);
        const list = out.get(name) ?? [];
        list.push({ name, range: range === '' ? undefined : range, value });
        out.set(name, list);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/npm-origin.ts
/**
 * Where an npm-family package comes from, from its `resolved` / tarball URL:
 * the Origin, and the purl qualifiers @cyclonedx/cyclonedx-npm writes for it
 * (vcs_url for git, download_url for anything but the default registry), so
 * purls compare equal with the reference tool.
 */



const VCS = /^git(?:\+[^:]+)?:|\.git(?:#|$)|^ssh:|^(?:github|gitlab|bitbucket|gist):/i;
const CODELOAD = /^https:\/\/codeload\.github\.com\/([^/]+)\/([^/]+)\/tar\.gz\/([^/?#]+)$/;
const ARCHIVE = /\.(?:tgz|tar\.gz|tar|zip)$/i;
function splitFragment(url) {
    const hash = url.indexOf('#');
    return hash === -1
        ? [url, undefined]
        : [url.slice(0, hash), url.slice(hash + 1)];
}
/** `resolved` relative paths are relative to the lockfile's folder (`lockDir`). */
function npmSource(resolved, name, lockDir) {
    if (resolved === undefined || resolved === '')
        return { origin: { kind: 'registry' }, qualifiers: {} };
    if (/^file:/i.test(resolved)) {
        const path = (0,parse_text/* joinPath */.uJ)(lockDir, resolved.slice(5));
        return ARCHIVE.test(path)
            ? { origin: { kind: 'file', path }, qualifiers: {} }
            : folderSource(path);
    }
    if (VCS.test(resolved)) {
        const [url, commit] = splitFragment(resolved);
        return { origin: gitOrigin(url, commit), qualifiers: { vcs_url: resolved } };
    }
    const qualifiers = purl/* NPM_DEFAULT_REGISTRY */.c8.test(resolved)
        ? {}
        : { download_url: resolved };
    const codeload = CODELOAD.exec(resolved);
    if (codeload) {
        const [, owner, repo, commit] = codeload;
        return {
            origin: {
                kind: 'git',
                url: `https://github.com/${owner}/${repo}.git`,
                commit
            },
            qualifiers
        };
    }
    const [url] = splitFragment(resolved);
    if (purl/* NPM_DEFAULT_REGISTRY */.c8.test(url) || url.includes(`/${name}/-/`)) {
        return { origin: { kind: 'registry', url }, qualifiers };
    }
    return { origin: { kind: 'url', url }, qualifiers };
}
/** A dependency spec (`npm:real@1.0.0`) naming an alias target: the real name. */
function aliasTarget(spec) {
    if (!spec.startsWith('npm:'))
        return undefined;
    const rest = spec.slice(4);
    const at = rest.indexOf('@', 1);
    return at === -1 ? rest : rest.slice(0, at);
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/npm-lock-v1.ts






function flagScope(entry) {
    if (entry.dev === true)
        return 'dev';
    return entry.optional === true ? 'optional' : 'required';
}
function readNpmLockV1(ctx, data) {
    const graph = (0,lock_graph/* emptyGraph */.K1)(ctx.lockfile);
    const lockDir = (0,parse_text/* dirOf */.Rw)(ctx.lockfile);
    const manifest = readPackageJson(ctx, graph, lockDir)?.data;
    graph.project = npmProject({ ...data, ...manifest });
    const tree = {
        children: new Map(),
        parent: new Map(),
        entries: new Map()
    };
    collect(ctx, data.dependencies, '', tree);
    for (const [id, entry] of tree.entries) {
        graph.nodes.set(id, buildNode(ctx, graph, id, entry, lockDir));
    }
    const resolve = (from, name) => {
        for (let at = from; at !== undefined; at = tree.parent.get(at)) {
            const hit = tree.children.get(at)?.get(name);
            if (hit !== undefined)
                return hit;
        }
        return undefined;
    };
    for (const [id, entry] of tree.entries) {
        const edges = [];
        for (const name of Object.keys((0,parse_text/* isRecord */.u4)(entry.requires) ? entry.requires : {})) {
            const to = resolve(id, name);
            if (to !== undefined && to !== id)
                edges.push({ to, kind: 'prod' });
        }
        ;
        graph.nodes.get(id).edges = edges;
    }
    if (manifest) {
        for (const dep of manifestDependencies(manifest)) {
            const to = resolve('', dep.name);
            if (to !== undefined)
                graph.rootEdges.push({ to, kind: dep.kind });
        }
    }
    else {
        for (const id of tree.children.get('')?.values() ?? []) {
            const scope = flagScope(tree.entries.get(id));
            graph.rootEdges.push({
                to: id,
                kind: scope === 'required' ? 'prod' : scope
            });
        }
    }
    return graph;
}
function collect(ctx, dependencies, parentId, tree) {
    if (dependencies === undefined)
        return;
    if (!(0,parse_text/* isRecord */.u4)(dependencies)) {
        throw (0,parse_text/* invalidLockfile */.PR)(ctx.lockfile, `key ${parentId || '(root)'}.dependencies`, 'expected an object');
    }
    const own = new Map();
    tree.children.set(parentId, own);
    for (const [name, entry] of Object.entries(dependencies)) {
        const id = `${parentId === '' ? '' : `${parentId}/`}node_modules/${name}`;
        if (!(0,parse_text/* isRecord */.u4)(entry) || typeof entry.version !== 'string') {
            const text = ctx.read(ctx.lockfile) ?? '';
            throw (0,parse_text/* invalidLockfile */.PR)(ctx.lockfile, (0,parse_text/* whereKey */.pP)(text, `"${name}"`, `dependencies.${name}`), 'an entry needs a `version` string');
        }
        own.set(name, id);
        tree.parent.set(id, parentId);
        tree.entries.set(id, entry);
        collect(ctx, entry.dependencies, id, tree);
    }
}
function buildNode(ctx, graph, id, entry, lockDir) {
    const installedAs = id.slice(id.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const spec = entry.version;
    const properties = {};
    if (entry.bundled === true)
        properties['provenant:bundled'] = 'true';
    let name = installedAs;
    let version = spec;
    let source = npmSource((0,parse_text/* asString */.oJ)(entry.resolved), name, lockDir);
    if (spec.startsWith('npm:')) {
        ;
        [name, version] = splitNameRange(spec.slice(4));
        properties['provenant:alias'] = installedAs;
        source = npmSource((0,parse_text/* asString */.oJ)(entry.resolved), name, lockDir);
        if (source.origin.kind === 'registry')
            source = { ...source, origin: { kind: 'alias', alias: installedAs } };
    }
    else if (/^(file:|git\+|git:|github:|gitlab:|bitbucket:|https?:)/.test(spec) ||
        /^[^@/:]+\/[^/]+(#.*)?$/.test(spec)) {
        // Not a version: the spec says where the code comes from, and no version is known.
        source = npmSource(spec.includes(':') ? spec : `github:${spec}`, name, lockDir);
        version = '';
        if (source.origin.kind === 'file' && source.origin.directory) {
            const folder = readPackageJson(ctx, graph, source.origin.path)?.data;
            version = (0,parse_text/* asString */.oJ)(folder?.version) ?? '';
        }
    }
    return {
        id,
        ecosystem: 'npm',
        name,
        version,
        purl: (0,purl/* npmPurl */.NP)(name, version, source.qualifiers),
        hashes: (0,sources_hashes/* checkedSri */.wK)((0,parse_text/* asString */.oJ)(entry.integrity), (problem) => (0,parse_text/* invalidLockfile */.PR)(ctx.lockfile, `key ${id}.integrity`, problem)),
        licenses: [],
        origin: source.origin,
        properties,
        scope: flagScope(entry),
        edges: []
    };
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/npm-lock.ts









const NODE_MODULES = 'node_modules/';
/** The package name an install path gives: `node_modules/@s/a/node_modules/b` -> `b`. */
function nameFromPath(path) {
    const at = path.lastIndexOf(NODE_MODULES);
    return at === -1
        ? (path.split('/').pop() ?? path)
        : path.slice(at + NODE_MODULES.length);
}
/** The folder a lookup moves to when `base/node_modules/<name>` is absent. */
function parentOf(base) {
    const nested = base.lastIndexOf(`/${NODE_MODULES}`);
    if (nested !== -1)
        return base.slice(0, nested);
    if (base.startsWith(NODE_MODULES))
        return '';
    return (0,parse_text/* dirOf */.Rw)(base);
}
function scopeOf(entry) {
    if (entry.dev === true)
        return 'dev';
    if (entry.optional === true || entry.devOptional === true)
        return 'optional';
    return 'required';
}
function platformProperties(entry, into) {
    for (const key of ['os', 'cpu', 'libc']) {
        const value = entry[key];
        if (Array.isArray(value) && value.length > 0)
            into[`provenant:${key}`] = value.join(',');
    }
    if (entry.inBundle === true)
        into['provenant:bundled'] = 'true';
    if (entry.extraneous === true)
        into['provenant:extraneous'] = 'true';
}
/** Fields of a package entry that are text when present. */
// `license` is copied from each package.json as written there: a string, or
// a legacy object or list (pause-stream 0.0.11: ["MIT", "Apache2"]).
const STRING_FIELDS = ['name', 'version', 'resolved', 'integrity'];
const npm_lock_VERSION = {
    of: (data) => data.lockfileVersion,
    accepts: (v) => v === 1 || v === 2 || v === 3,
    needle: '"lockfileVersion"',
    key: 'lockfileVersion',
    supported: '1, 2, 3'
};
function readNpmLock(ctx) {
    const { file, text, data } = openLockfile(ctx, parse_text/* parseJsonText */.lk, npm_lock_VERSION);
    if (data.lockfileVersion === 1)
        return readNpmLockV1(ctx, data);
    if (!(0,parse_text/* isRecord */.u4)(data.packages)) {
        throw (0,parse_text/* invalidLockfile */.PR)(file, (0,parse_text/* whereKey */.pP)(text, '"packages"', 'packages'), 'lockfileVersion 2/3 needs a `packages` object');
    }
    return readPackages(ctx, text, data.packages, data);
}
function readPackages(ctx, text, packages, lock) {
    const graph = (0,lock_graph/* emptyGraph */.K1)(ctx.lockfile);
    const lockDir = (0,parse_text/* dirOf */.Rw)(ctx.lockfile);
    const rootEntry = (0,parse_text/* asRecord */.qY)(packages['']);
    const manifest = readPackageJson(ctx, graph, lockDir)?.data;
    const top = { name: lock.name, version: lock.version };
    graph.project = npmProject({ ...top, ...manifest, ...rootEntry });
    const members = workspacePatterns({ ...manifest, ...rootEntry }).map(globToRegExp);
    const { links, entries } = splitEntries(ctx, text, packages);
    const keys = new Set(Object.keys(packages));
    for (const [key, entry] of entries) {
        graph.nodes.set(key, npm_lock_buildNode(ctx, graph, key, entry, lockDir, members));
    }
    const resolve = (from, name) => {
        for (let base = from;; base = parentOf(base)) {
            const candidate = base === ''
                ? `${NODE_MODULES}${name}`
                : `${base}/${NODE_MODULES}${name}`;
            if (keys.has(candidate))
                return links.get(candidate) ?? candidate;
            if (base === '')
                return undefined;
        }
    };
    const edgesOf = (from, entry, local) => {
        const out = [];
        const deps = manifestDependencies(entry).filter((d) => local || d.kind !== 'dev');
        const peerMeta = (0,parse_text/* asRecord */.qY)(entry.peerDependenciesMeta);
        const peers = Object.keys((0,parse_text/* asRecord */.qY)(entry.peerDependencies)).map((name) => ({
            name,
            kind: (0,parse_text/* asRecord */.qY)(peerMeta[name]).optional === true ? 'optional' : 'prod'
        }));
        for (const dep of [...deps, ...peers]) {
            const to = resolve(from, dep.name);
            if (to !== undefined && to !== '' && to !== from)
                out.push({ to, kind: dep.kind });
        }
        return out;
    };
    for (const [key, entry] of entries) {
        const node = graph.nodes.get(key);
        node.edges = edgesOf(key, entry, node.origin.kind === 'workspace');
        if (node.origin.kind === 'workspace')
            graph.members.push(key);
    }
    graph.rootEdges = edgesOf('', { ...manifest, ...rootEntry }, true);
    return graph;
}
/** The package entries checked for shape, `link` entries (a workspace member's install path -> its folder) apart. */
function splitEntries(ctx, text, packages) {
    const links = new Map();
    const entries = [];
    for (const [key, value] of Object.entries(packages)) {
        if (key === '')
            continue;
        if (!(0,parse_text/* isRecord */.u4)(value)) {
            throw (0,parse_text/* invalidLockfile */.PR)(ctx.lockfile, (0,parse_text/* whereKey */.pP)(text, JSON.stringify(key), `packages["${key}"]`), 'expected an object');
        }
        const notText = STRING_FIELDS.find((field) => value[field] !== undefined && typeof value[field] !== 'string');
        if (notText !== undefined) {
            throw (0,parse_text/* invalidLockfile */.PR)(ctx.lockfile, (0,parse_text/* whereKey */.pP)(text, JSON.stringify(key), `packages["${key}"].${notText}`), `"${notText}" must be a string`);
        }
        if (value.link === true)
            links.set(key, (0,parse_text/* joinPath */.uJ)((0,parse_text/* asString */.oJ)(value.resolved) ?? ''));
        else
            entries.push([key, value]);
    }
    return { links, entries };
}
function npm_lock_buildNode(ctx, graph, key, entry, lockDir, members) {
    const properties = {};
    platformProperties(entry, properties);
    const folder = !key.includes(NODE_MODULES);
    if (folder) {
        // A folder of the tree: a workspace member or a `file:` directory dependency.
        const manifest = entry.version === undefined
            ? readPackageJson(ctx, graph, (0,parse_text/* joinPath */.uJ)(lockDir, key))?.data
            : undefined;
        const name = (0,parse_text/* asString */.oJ)(entry.name) ?? (0,parse_text/* asString */.oJ)(manifest?.name) ?? nameFromPath(key);
        const version = (0,parse_text/* asString */.oJ)(entry.version) ?? (0,parse_text/* asString */.oJ)(manifest?.version) ?? '';
        const path = (0,parse_text/* joinPath */.uJ)(lockDir, key);
        const workspace = members.some((r) => r.test((0,parse_text/* joinPath */.uJ)(key)));
        return {
            id: key,
            ecosystem: 'npm',
            name,
            version,
            purl: (0,purl/* npmPurl */.NP)(name, version),
            hashes: [],
            licenses: npmLicenses(entry),
            origin: workspace
                ? { kind: 'workspace', path }
                : { kind: 'file', path, directory: true },
            properties,
            scope: 'required',
            edges: []
        };
    }
    const installedAs = nameFromPath(key);
    const name = (0,parse_text/* asString */.oJ)(entry.name) ?? installedAs;
    const version = (0,parse_text/* asString */.oJ)(entry.version) ?? '';
    const resolved = (0,parse_text/* asString */.oJ)(entry.resolved);
    const source = npmSource(resolved, name, lockDir);
    let origin = source.origin;
    if (name !== installedAs) {
        properties['provenant:alias'] = installedAs;
        if (origin.kind === 'registry')
            origin = { kind: 'alias', alias: installedAs };
    }
    return {
        id: key,
        ecosystem: 'npm',
        name,
        version,
        purl: (0,purl/* npmPurl */.NP)(name, version, source.qualifiers),
        hashes: (0,sources_hashes/* checkedSri */.wK)((0,parse_text/* asString */.oJ)(entry.integrity), (problem) => (0,parse_text/* invalidLockfile */.PR)(ctx.lockfile, `key packages["${key}"].integrity`, problem)),
        licenses: npmLicenses(entry),
        origin,
        properties,
        scope: scopeOf(entry),
        edges: []
    };
}
const npmLockfile = {
    kind: 'npm',
    family: 'javascript',
    names: ['npm-shrinkwrap.json', 'package-lock.json'],
    manager: 'npm',
    manifests: ['package.json'],
    read: readNpmLock
};

;// CONCATENATED MODULE: ./src/lib/sbom/sources/python-project.ts





const PYPI = /^https?:\/\/(pypi\.org|pypi\.python\.org|files\.pythonhosted\.org)\//;
function readPyproject(ctx, graph, folder) {
    return (0,lock_graph/* readTomlManifest */.e0)(ctx, graph, folder, 'pyproject.toml');
}
function licenseOf(value) {
    if (typeof value === 'string' && value.trim() !== '')
        return [value.trim()];
    // `{text = "..."}` is often a whole license text: only short ones are names.
    const text = (0,parse_text/* asString */.oJ)((0,parse_text/* asRecord */.qY)(value).text);
    return text && text.length <= 100 && !text.includes('\n') ? [text] : [];
}
function pythonProject(pyproject) {
    if (!pyproject)
        return undefined;
    const project = (0,parse_text/* asRecord */.qY)(pyproject.project);
    const poetry = (0,parse_text/* asRecord */.qY)((0,parse_text/* asRecord */.qY)(pyproject.tool).poetry);
    const name = (0,parse_text/* asString */.oJ)(project.name) ?? (0,parse_text/* asString */.oJ)(poetry.name);
    if (name === undefined)
        return undefined;
    return {
        ecosystem: 'pypi',
        name: (0,purl/* normalizePypiName */.Ty)(name),
        version: (0,parse_text/* asString */.oJ)(project.version) ?? (0,parse_text/* asString */.oJ)(poetry.version) ?? '',
        licenses: licenseOf(project.license ?? poetry.license)
    };
}
/** The name of a PEP 508 requirement (`Foo[bar]>=1; python_version<'3'` -> foo). */
function requirementName(requirement) {
    const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(requirement);
    return match ? (0,purl/* normalizePypiName */.Ty)(match[1]) : undefined;
}
/** Direct dependencies a pyproject declares: [project], poetry tables, dependency groups. */
function declaredDependencies(pyproject) {
    const out = [];
    const add = (requirement, kind) => {
        const name = requirementName(requirement);
        if (name && name !== 'python')
            out.push({ name, kind });
    };
    const project = (0,parse_text/* asRecord */.qY)(pyproject.project);
    for (const r of (0,parse_text/* asArray */._j)(project.dependencies))
        if (typeof r === 'string')
            add(r, 'prod');
    for (const list of Object.values((0,parse_text/* asRecord */.qY)(project['optional-dependencies']))) {
        for (const r of (0,parse_text/* asArray */._j)(list))
            if (typeof r === 'string')
                add(r, 'optional');
    }
    for (const list of Object.values((0,parse_text/* asRecord */.qY)(pyproject['dependency-groups']))) {
        for (const r of (0,parse_text/* asArray */._j)(list))
            if (typeof r === 'string')
                add(r, 'dev');
    }
    const poetry = (0,parse_text/* asRecord */.qY)((0,parse_text/* asRecord */.qY)(pyproject.tool).poetry);
    for (const [name, spec] of Object.entries((0,parse_text/* asRecord */.qY)(poetry.dependencies))) {
        add(name, (0,parse_text/* asRecord */.qY)(spec).optional === true ? 'optional' : 'prod');
    }
    for (const name of Object.keys((0,parse_text/* asRecord */.qY)(poetry['dev-dependencies'])))
        add(name, 'dev');
    for (const [group, table] of Object.entries((0,parse_text/* asRecord */.qY)(poetry.group))) {
        for (const name of Object.keys((0,parse_text/* asRecord */.qY)((0,parse_text/* asRecord */.qY)(table).dependencies)))
            add(name, group === 'main' ? 'prod' : 'dev');
    }
    return out;
}
/** An index URL -> registry origin; qualifiers only for an index other than PyPI. */
function indexSource(url) {
    if (url === undefined || PYPI.test(url))
        return {
            origin: url ? { kind: 'registry', url } : { kind: 'registry' },
            qualifiers: {}
        };
    return {
        origin: { kind: 'registry', url },
        qualifiers: { repository_url: url }
    };
}
const python_project_ARCHIVE = /\.(whl|tar\.gz|tgz|zip|tar\.bz2|tar)$/i;
/** A local path: an archive counts as a package, a folder is the project's own code. */
function pathSource(path) {
    return python_project_ARCHIVE.test(path)
        ? { origin: { kind: 'file', path }, qualifiers: {} }
        : folderSource(path);
}
/** The `[[package]]` tables of a poetry or uv lock; a `package` key that is not a list is a broken lockfile. */
function packageTables(open) {
    const { data, file } = open;
    if (data.package !== undefined && !Array.isArray(data.package))
        throw (0,parse_text/* invalidLockfile */.PR)(file, 'key package', 'must be a list of [[package]] tables');
    return (0,parse_text/* asArray */._j)(data.package);
}
/** The `hash = "sha256:<hex>"` of each file table (wheel, sdist) a lock lists, checked. */
function fileHashes(files, fail) {
    return files
        .map((f) => (0,sources_hashes/* checkedPrefixedHex */.GQ)((0,parse_text/* asString */.oJ)(f.hash), fail))
        .filter((h) => h !== undefined);
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/pipfile-lock.ts






function pipfile_lock_sourceOf(entry, lockDir, indexes) {
    const path = (0,parse_text/* asString */.oJ)(entry.path);
    if (path !== undefined)
        return pathSource((0,parse_text/* joinPath */.uJ)(lockDir, path));
    const git = (0,parse_text/* asString */.oJ)(entry.git);
    if (git !== undefined)
        return gitSource(git, (0,parse_text/* asString */.oJ)(entry.ref));
    const file = (0,parse_text/* asString */.oJ)(entry.file);
    if (file !== undefined)
        return downloadSource(file);
    return indexSource(indexes.get((0,parse_text/* asString */.oJ)(entry.index) ?? 'pypi'));
}
const pipfile_lock_VERSION = {
    of: (data) => (0,parse_text/* asRecord */.qY)(data._meta)['pipfile-spec'],
    accepts: (spec) => typeof spec === 'number' && spec >= 1 && spec <= 6,
    needle: '"pipfile-spec"',
    key: '_meta.pipfile-spec',
    supported: '1 to 6'
};
function readPipfileLock(ctx) {
    const { file, text, data, graph, lockDir } = openLockfile(ctx, parse_text/* parseJsonText */.lk, pipfile_lock_VERSION);
    const meta = (0,parse_text/* asRecord */.qY)(data._meta);
    const indexes = new Map();
    for (const source of (0,parse_text/* asArray */._j)(meta.sources).map(parse_text/* asRecord */.qY)) {
        const name = (0,parse_text/* asString */.oJ)(source.name);
        const url = (0,parse_text/* asString */.oJ)(source.url);
        if (name !== undefined && url !== undefined)
            indexes.set(name, url);
    }
    const sections = [
        ['default', 'required'],
        ['develop', 'dev']
    ];
    for (const [section, scope] of sections) {
        for (const [rawName, value] of Object.entries((0,parse_text/* asRecord */.qY)(data[section]))) {
            if (!(0,parse_text/* isRecord */.u4)(value)) {
                throw (0,parse_text/* invalidLockfile */.PR)(file, (0,parse_text/* whereKey */.pP)(text, `"${rawName}"`, `${section}.${rawName}`), 'expected an object');
            }
            const name = (0,purl/* normalizePypiName */.Ty)(rawName);
            const version = ((0,parse_text/* asString */.oJ)(value.version) ?? '').replace(/^===?/, '');
            const source = pipfile_lock_sourceOf(value, lockDir, indexes);
            if (source.origin.kind === 'file' && source.origin.path === lockDir) {
                // `{path = ".", editable = true}`: the project itself, which the Pipfile does not name.
                graph.project ??= { ecosystem: 'pypi', name, version, licenses: [] };
                continue;
            }
            const id = `${section}:${name}`;
            const properties = {};
            if (typeof value.markers === 'string')
                properties['provenant:markers'] = value.markers;
            if ((0,parse_text/* asString */.oJ)(value.version)?.startsWith('==') === false)
                properties['provenant:specifier'] = value.version;
            const node = lockNode({
                id,
                ecosystem: 'pypi',
                name,
                version,
                purl: (0,purl/* pypiPurl */.iC)(name, version, source.qualifiers),
                hashes: (0,parse_text/* asArray */._j)(value.hashes)
                    .map((h) => (0,sources_hashes/* checkedPrefixedHex */.GQ)((0,parse_text/* asString */.oJ)(h), (problem) => (0,parse_text/* invalidLockfile */.PR)(file, `key ${section}.${rawName}.hashes`, problem)))
                    .filter((h) => h !== undefined),
                origin: source.origin,
                properties,
                scope
            });
            graph.nodes.set(id, node);
            graph.rootEdges.push({ to: id, kind: scope === 'dev' ? 'dev' : 'prod' });
        }
    }
    return graph;
}
const pipfileLockfile = {
    kind: 'pipfile',
    family: 'python',
    names: ['Pipfile.lock'],
    manifests: [],
    read: readPipfileLock
};

;// CONCATENATED MODULE: ./src/lib/sbom/sources/pnpm-keys.ts
/**
 * pnpm dependency paths, per lockfile generation:
 * - 5.x: `/name/1.0.0_peer@2.0.0`
 * - 6.x: `/name@1.0.0(peer@2.0.0)`
 * - 9.x: `name@1.0.0(peer@2.0.0)` in `snapshots`, `name@1.0.0` in `packages`
 * A dependency's reference turns into such a key the way pnpm's own
 * dependency-path `refToRelative` does; a `(...)` suffix (peers, patch hash)
 * is not part of the package's identity.
 */
/** The key without trailing balanced `(...)` groups (they nest: `(a@1(b@2))`). */
function removeSuffix(key) {
    let end = key.length;
    while (end > 0 && key[end - 1] === ')') {
        let depth = 0;
        let i = end - 1;
        for (; i >= 0; i--) {
            if (key[i] === ')')
                depth++;
            else if (key[i] === '(' && --depth === 0)
                break;
        }
        if (i <= 0)
            break;
        end = i;
    }
    return key.slice(0, end);
}
/** The snapshot/package key a dependency reference points at; undefined for `link:` (a workspace). */
function refToKey(reference, name, generation) {
    if (reference.startsWith('link:'))
        return undefined;
    if (generation === 9) {
        if (reference.startsWith('@'))
            return reference;
        const at = reference.indexOf('@');
        if (at === -1)
            return `${name}@${reference}`;
        const colon = reference.indexOf(':');
        const bracket = reference.indexOf('(');
        if ((colon === -1 || at < colon) && (bracket === -1 || at < bracket))
            return reference;
        return `${name}@${reference}`;
    }
    if (reference.startsWith('file:'))
        return reference;
    const bare = removeSuffix(reference);
    if (!bare.includes('/'))
        return generation === 6 ? `/${name}@${reference}` : `/${name}/${reference}`;
    return reference;
}
/** name and version a key spells, when it spells them (`github.com/x/y/sha` does not). */
function parseKey(key, generation) {
    const base = removeSuffix(key);
    if (generation === 5) {
        if (!base.startsWith('/'))
            return undefined;
        const parts = base.slice(1).split('/');
        const scoped = parts[0]?.startsWith('@') === true;
        const name = scoped ? `${parts[0]}/${parts[1]}` : parts[0];
        const version = parts.slice(scoped ? 2 : 1).join('/');
        return { name, version: version.split('_')[0] };
    }
    const bare = generation === 6 ? base.replace(/^\//, '') : base;
    if (generation === 6 && !base.startsWith('/'))
        return undefined;
    const at = bare.indexOf('@', 1);
    return at === -1
        ? undefined
        : { name: bare.slice(0, at), version: bare.slice(at + 1) };
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/pnpm-lock.ts








const DEP_TABLES = [
    ['dependencies', 'prod'],
    ['optionalDependencies', 'optional'],
    ['devDependencies', 'dev']
];
const pnpm_lock_VERSION = {
    of: (data) => data.lockfileVersion,
    accepts: (raw) => generationOf(raw) !== undefined,
    needle: 'lockfileVersion',
    key: 'lockfileVersion',
    supported: "'5.x', '6.x', '9.0'"
};
function generationOf(raw) {
    const major = Math.floor(Number.parseFloat(String(raw)));
    return major === 5 || major === 6 || major === 9 ? major : undefined;
}
function pnpm_lock_sourceOf(resolution, name, lockDir) {
    if (resolution.type === 'directory')
        return folderSource((0,parse_text/* joinPath */.uJ)(lockDir, (0,parse_text/* asString */.oJ)(resolution.directory) ?? ''));
    if (resolution.type === 'git') {
        const url = (0,parse_text/* asString */.oJ)(resolution.repo) ?? '';
        const commit = (0,parse_text/* asString */.oJ)(resolution.commit);
        return {
            origin: gitOrigin(url, commit),
            qualifiers: { vcs_url: commit ? `${url}#${commit}` : url }
        };
    }
    return npmSource((0,parse_text/* asString */.oJ)(resolution.tarball), name, lockDir);
}
function pnpm_lock_flagScope(entry, generation) {
    if (generation === 9)
        return undefined;
    if (entry.dev === true)
        return 'dev';
    return entry.optional === true ? 'optional' : 'required';
}
function readPnpmLock(ctx) {
    const open = openLockfile(ctx, parse_text/* parseYamlText */.cd, pnpm_lock_VERSION);
    const { data, graph, lockDir } = open;
    const pnpm = {
        ...open,
        ctx,
        generation: generationOf(data.lockfileVersion)
    };
    graph.project = npmProject(readPackageJson(ctx, graph, lockDir)?.data ?? {});
    const snapshots = addPackageNodes(pnpm);
    const importers = (0,parse_text/* isRecord */.u4)(data.importers) ? data.importers : { '.': data };
    for (const path of Object.keys(importers)) {
        if ((0,parse_text/* joinPath */.uJ)(path) === '')
            continue;
        const folder = (0,parse_text/* joinPath */.uJ)(lockDir, path);
        graph.members.push(addFolder(pnpm, path, { kind: 'workspace', path: folder }, folder));
    }
    for (const [key, snapshot] of Object.entries(snapshots)) {
        const node = graph.nodes.get(key);
        node.edges = edgesOf(pnpm, '.', (0,parse_text/* asRecord */.qY)(snapshot), false, `snapshots["${key}"]`);
    }
    for (const [path, importer] of Object.entries(importers)) {
        const edges = edgesOf(pnpm, path, (0,parse_text/* asRecord */.qY)(importer), true, (0,parse_text/* isRecord */.u4)(data.importers) ? `importers["${path}"]` : 'importers');
        if ((0,parse_text/* joinPath */.uJ)(path) === '')
            graph.rootEdges = edges;
        else
            graph.nodes.get(memberId(path)).edges = edges;
    }
    return graph;
}
/** A node per snapshot (9: per peer variant, with its `packages` entry's metadata) and per package no snapshot names; returns the snapshots. */
function addPackageNodes(pnpm) {
    const packages = (0,parse_text/* asRecord */.qY)(pnpm.data.packages);
    const snapshots = pnpm.generation === 9 ? (0,parse_text/* asRecord */.qY)(pnpm.data.snapshots) : packages;
    const used = new Set();
    for (const [key, snapshot] of Object.entries(snapshots)) {
        const base = pnpm.generation === 9 ? removeSuffix(key) : key;
        used.add(base);
        addNode(pnpm, key, (0,parse_text/* asRecord */.qY)(packages[base]), (0,parse_text/* asRecord */.qY)(snapshot));
    }
    for (const [key, meta] of Object.entries(packages)) {
        if (!used.has(key))
            addNode(pnpm, key, (0,parse_text/* asRecord */.qY)(meta), {});
    }
    return snapshots;
}
function addNode(pnpm, key, meta, snapshot) {
    const spelled = parseKey(key, pnpm.generation);
    const name = (0,parse_text/* asString */.oJ)(meta.name) ?? spelled?.name ?? key;
    const version = (0,parse_text/* asString */.oJ)(meta.version) ?? spelled?.version ?? '';
    const source = pnpm_lock_sourceOf((0,parse_text/* asRecord */.qY)(meta.resolution), name, pnpm.lockDir);
    const properties = {};
    for (const field of ['os', 'cpu', 'libc']) {
        const value = meta[field];
        if (Array.isArray(value) && value.length > 0)
            properties[`provenant:${field}`] = value.join(',');
    }
    const patch = /\(patch_hash=([^)]+)\)/.exec(key)?.[1];
    if (patch)
        properties['provenant:patch'] = patch;
    const node = lockNode({
        id: key,
        ecosystem: 'npm',
        name,
        version,
        purl: (0,purl/* npmPurl */.NP)(name, version, source.qualifiers),
        hashes: (0,sources_hashes/* checkedSri */.wK)((0,parse_text/* asString */.oJ)((0,parse_text/* asRecord */.qY)(meta.resolution).integrity), (problem) => (0,parse_text/* invalidLockfile */.PR)(pnpm.file, `key packages["${key}"].resolution`, problem)),
        origin: source.origin,
        properties,
        scope: pnpm_lock_flagScope({ ...meta, ...snapshot }, pnpm.generation)
    });
    pnpm.graph.nodes.set(key, node);
}
const memberId = (path) => `importer:${(0,parse_text/* joinPath */.uJ)(path) || '.'}`;
/** A folder of the tree as a node: a workspace member, or a `link:` to another folder. */
function addFolder(pnpm, path, origin, fallbackName) {
    const id = memberId(path);
    const folder = (0,parse_text/* joinPath */.uJ)(pnpm.lockDir, path);
    const project = npmProject(readPackageJson(pnpm.ctx, pnpm.graph, folder)?.data ?? {});
    const name = project.name ?? fallbackName;
    pnpm.graph.nodes.set(id, lockNode({
        id,
        ecosystem: 'npm',
        name,
        version: project.version,
        purl: (0,purl/* npmPurl */.NP)(name, project.version),
        licenses: project.licenses,
        origin,
        scope: 'required'
    }));
    return id;
}
/** The node a reference leads to: a `link:` folder, or the package key it spells. */
function target(pnpm, from, name, reference) {
    if (reference.startsWith('link:')) {
        const path = (0,parse_text/* joinPath */.uJ)(from, reference.slice(5));
        const id = memberId(path);
        if (id === 'importer:.')
            return undefined;
        const folder = (0,parse_text/* joinPath */.uJ)(pnpm.lockDir, path);
        return pnpm.graph.nodes.has(id)
            ? id
            : addFolder(pnpm, path, { kind: 'file', path: folder, directory: true }, name);
    }
    const key = refToKey(reference, name, pnpm.generation);
    return key !== undefined && pnpm.graph.nodes.has(key) ? key : undefined;
}
function edgesOf(pnpm, from, entry, withDev, where) {
    const out = [];
    for (const [table, kind] of DEP_TABLES) {
        if (kind === 'dev' && !withDev)
            continue;
        for (const [name, value] of Object.entries((0,parse_text/* asRecord */.qY)(entry[table]))) {
            const reference = typeof value === 'string' ? value : (0,parse_text/* asString */.oJ)((0,parse_text/* asRecord */.qY)(value).version);
            if (reference === undefined) {
                throw (0,parse_text/* invalidLockfile */.PR)(pnpm.file, `key ${where}.${table}["${name}"]`, 'a dependency needs a version (was the file cut short?)');
            }
            const to = target(pnpm, from, name, reference);
            if (to !== undefined)
                out.push({ to, kind });
        }
    }
    return out;
}
const pnpmLockfile = {
    kind: 'pnpm',
    family: 'javascript',
    names: ['pnpm-lock.yaml'],
    manager: 'pnpm',
    manifests: ['package.json'],
    read: readPnpmLock
};

;// CONCATENATED MODULE: ./src/lib/sbom/sources/version-match.ts
/**
 * Which of several locked versions of one name a dependency constraint means,
 * for the lockfiles that record edges by name only (poetry). Handles the
 * operators poetry writes (`==`, `!=`, `>=`, `<=`, `>`, `<`, `~=`, `^`, `~`,
 * `*`, `1.2.*`, `,` for and, `||` for or) on the numeric release part; when
 * nothing matches, every candidate is kept rather than dropping the edge.
 */
function release(version) {
    const match = /^v?(\d+(?:\.\d+)*)/.exec(version.trim());
    return match ? match[1].split('.').map(Number) : [];
}
function compare(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const diff = (a[i] ?? 0) - (b[i] ?? 0);
        if (diff !== 0)
            return diff;
    }
    return 0;
}
/** The exclusive upper bound of `^v` / `~v` / `~=v`. */
function bump(parts, index) {
    const out = parts.slice(0, index + 1);
    out[index] = (out[index] ?? 0) + 1;
    return out;
}
function clause(version, text) {
    const match = /^(==|!=|>=|<=|>|<|~=|\^|~|=)?\s*(.+)$/.exec(text.trim());
    if (!match || match[2] === '*')
        return true;
    const op = match[1] ?? '==';
    const target = match[2].trim();
    if (target.endsWith('.*')) {
        const prefix = release(target.slice(0, -2));
        const same = prefix.every((n, i) => version[i] === n);
        return op === '!=' ? !same : same;
    }
    const t = release(target);
    const c = compare(version, t);
    switch (op) {
        case '!=':
            return c !== 0;
        case '>=':
            return c >= 0;
        case '<=':
            return c <= 0;
        case '>':
            return c > 0;
        case '<':
            return c < 0;
        case '^': {
            const first = t.findIndex((n) => n !== 0);
            return (c >= 0 &&
                compare(version, bump(t, first === -1 ? t.length - 1 : first)) < 0);
        }
        case '~':
            return c >= 0 && compare(version, bump(t, t.length > 1 ? 1 : 0)) < 0;
        case '~=':
            return c >= 0 && compare(version, bump(t, Math.max(0, t.length - 2))) < 0;
        default:
            return c === 0;
    }
}
function satisfies(version, constraint) {
    const parts = release(version);
    return constraint
        .split('||')
        .some((alternative) => alternative.split(',').every((c) => c.trim() === '' || clause(parts, c)));
}
/** The candidates `constraint` selects, or all of them when it selects none. */
function pickVersions(candidates, constraint) {
    if (candidates.length <= 1 || constraint === undefined)
        return [...candidates];
    const hits = candidates.filter((c) => satisfies(c.version, constraint));
    return hits.length > 0 ? hits : [...candidates];
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/poetry-lock.ts






function poetry_lock_sourceOf(source, lockDir) {
    const url = (0,parse_text/* asString */.oJ)(source.url);
    switch (source.type) {
        case 'git':
            return gitSource(url ?? '', (0,parse_text/* asString */.oJ)(source.resolved_reference) ?? (0,parse_text/* asString */.oJ)(source.reference));
        case 'url':
            return downloadSource(url ?? '');
        case 'file':
        case 'directory': {
            const found = pathSource((0,parse_text/* joinPath */.uJ)(lockDir, url ?? ''));
            if (source.type === 'directory' && found.origin.kind === 'file')
                found.origin.directory = true;
            return found;
        }
        default:
            return indexSource(url);
    }
}
function poetry_lock_scopeOf(pkg) {
    const groups = (0,parse_text/* asArray */._j)(pkg.groups);
    const dev = groups.length > 0 ? !groups.includes('main') : pkg.category === 'dev';
    if (dev)
        return 'dev';
    if (groups.length === 0 && pkg.category === undefined)
        return undefined;
    return pkg.optional === true ? 'optional' : 'required';
}
/** The version a wheel or sdist file name carries (`name-1.0-py3-none-any.whl`, `name-1.0.tar.gz`). */
function fileVersion(file) {
    if (file.endsWith('.whl'))
        return file.split('-')[1];
    const stem = file.replace(/\.(tar\.gz|tar\.bz2|zip|tgz|tar)$/, '');
    return stem.slice(stem.lastIndexOf('-') + 1);
}
const poetry_lock_VERSION = {
    of: (data) => (0,parse_text/* asString */.oJ)((0,parse_text/* asRecord */.qY)(data.metadata)['lock-version']) ?? '1.0',
    accepts: (v) => /^[12]\.\d+$/.test(String(v)),
    needle: 'lock-version',
    key: 'metadata.lock-version',
    supported: '1.x, 2.x'
};
function readPoetryLock(ctx) {
    const open = openLockfile(ctx, parse_text/* parseTomlText */.tT, poetry_lock_VERSION);
    const { graph } = open;
    const pyproject = readPyproject(ctx, graph, open.lockDir);
    graph.project = pythonProject(pyproject);
    const byName = new Map();
    const entries = poetryNodes(open).map(([node, pkg]) => {
        addByName(graph, byName, node);
        return [node, pkg];
    });
    for (const [node, pkg] of entries)
        node.edges = poetryEdges(pkg, byName);
    const declared = pyproject ? declaredDependencies(pyproject) : [];
    for (const { name, kind } of declared) {
        for (const target of byName.get(name) ?? [])
            graph.rootEdges.push({ to: target.id, kind });
    }
    if (declared.length === 0) {
        for (const [node] of entries)
            graph.rootEdges.push({
                to: node.id,
                kind: node.scope === 'dev' ? 'dev' : 'prod'
            });
    }
    return graph;
}
/** One node per [[package]], with its hashes: 2.x lists them per package, 1.x per name in [metadata.files]. */
function poetryNodes(open) {
    const { file, data, lockDir } = open;
    const legacyFiles = new Map();
    const metadata = (0,parse_text/* asRecord */.qY)(data.metadata);
    for (const [name, files] of Object.entries((0,parse_text/* asRecord */.qY)(metadata.files)))
        legacyFiles.set((0,purl/* normalizePypiName */.Ty)(name), (0,parse_text/* asArray */._j)(files));
    const packages = packageTables(open);
    const versions = new Map();
    for (const raw of packages) {
        const name = (0,purl/* normalizePypiName */.Ty)((0,parse_text/* asString */.oJ)((0,parse_text/* asRecord */.qY)(raw).name) ?? '');
        versions.set(name, (versions.get(name) ?? new Set()).add((0,parse_text/* asRecord */.qY)(raw).version));
    }
    const ids = new Set();
    return packages.map((raw, index) => {
        const pkg = (0,parse_text/* asRecord */.qY)(raw);
        const rawName = (0,parse_text/* asString */.oJ)(pkg.name);
        const version = (0,parse_text/* asString */.oJ)(pkg.version);
        if (rawName === undefined || version === undefined) {
            throw (0,parse_text/* invalidLockfile */.PR)(file, `key package[${index}]`, 'a [[package]] needs name and version');
        }
        const name = (0,purl/* normalizePypiName */.Ty)(rawName);
        const source = poetry_lock_sourceOf((0,parse_text/* asRecord */.qY)(pkg.source), lockDir);
        // 1.x lists files per name: with several versions locked, a file's name says which it is.
        const shared = pkg.files === undefined && (versions.get(name)?.size ?? 0) > 1;
        const files = pkg.files !== undefined
            ? (0,parse_text/* asArray */._j)(pkg.files)
            : (legacyFiles.get(name) ?? []);
        const hashes = fileHashes(files
            .map(parse_text/* asRecord */.qY)
            .filter((f) => !shared || fileVersion((0,parse_text/* asString */.oJ)(f.file) ?? '') === version), (problem) => (0,parse_text/* invalidLockfile */.PR)(file, `key package[${index}].files`, problem));
        const properties = {};
        if (typeof pkg.markers === 'string')
            properties['provenant:markers'] = pkg.markers;
        const id = `${name}@${version}`;
        const node = lockNode({
            id: ids.has(id) ? `${id}#${index}` : id,
            ecosystem: 'pypi',
            name,
            version,
            purl: (0,purl/* pypiPurl */.iC)(name, version, source.qualifiers),
            hashes,
            origin: source.origin,
            properties,
            scope: poetry_lock_scopeOf(pkg)
        });
        ids.add(id);
        return [node, pkg];
    });
}
/** A dependency is a constraint string, a table, or a list of tables (per marker); a name locked at several versions is narrowed by the constraint. */
function poetryEdges(pkg, byName) {
    const edges = [];
    for (const [dep, spec] of Object.entries((0,parse_text/* asRecord */.qY)(pkg.dependencies))) {
        for (const one of Array.isArray(spec) ? spec : [spec]) {
            const constraint = typeof one === 'string' ? one : (0,parse_text/* asString */.oJ)((0,parse_text/* asRecord */.qY)(one).version);
            const kind = (0,parse_text/* asRecord */.qY)(one).optional === true ? 'optional' : 'prod';
            for (const target of pickVersions(byName.get((0,purl/* normalizePypiName */.Ty)(dep)) ?? [], constraint))
                edges.push({ to: target.id, kind });
        }
    }
    return edges;
}
const poetryLockfile = {
    kind: 'poetry',
    family: 'python',
    names: ['poetry.lock'],
    manifests: ['pyproject.toml'],
    read: readPoetryLock
};

// EXTERNAL MODULE: ./src/lib/inputs/clip.ts
var clip = __webpack_require__(19383);
;// CONCATENATED MODULE: ./src/lib/sbom/sources/requirements-lines.ts
/**
 * Line-level pieces of the requirements reader: continuation lines, where a
 * direct URL or path requirement comes from, and the name and version an
 * archive file name spells.
 */



/** Logical lines: continuations joined, with the number of the line each starts on. */
function logicalLines(text) {
    const out = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const start = i + 1;
        let current = lines[i];
        while (current.endsWith('\\') && i + 1 < lines.length)
            current = current.slice(0, -1) + ' ' + lines[++i];
        out.push({ text: current, line: start });
    }
    return out;
}
function urlSource(url, lockDir) {
    if (/^(git|hg|svn|bzr)\+/.test(url)) {
        const clean = url.split('#')[0];
        const at = clean.lastIndexOf('@');
        const hasRef = at > clean.indexOf('://') + 3 && !clean.slice(at).includes('/');
        return gitSource(hasRef ? clean.slice(0, at) : clean, hasRef ? clean.slice(at + 1) : undefined);
    }
    if (/^file:/.test(url))
        return pathSource((0,parse_text/* joinPath */.uJ)(lockDir, url.replace(/^file:(\/\/)?/, '')));
    if (/^[a-z]+:\/\//i.test(url))
        return downloadSource(url);
    return pathSource((0,parse_text/* joinPath */.uJ)(lockDir, url));
}
/** `pkg-1.0.tar.gz` / `pkg-1.0-py3-none-any.whl` -> [name, version]. */
function archiveNameVersion(url) {
    const file = (url.split(/[?#]/)[0] ?? '').split('/').pop() ?? '';
    const parts = file.replace(/\.(whl|tar\.gz|zip|tar\.bz2)$/, '').split('-');
    if (file.endsWith('.whl'))
        return parts.length >= 2
            ? [parts[0], parts[1]]
            : undefined;
    const version = parts.pop();
    return parts.length > 0 && version && /^\d/.test(version)
        ? [parts.join('-'), version]
        : undefined;
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/requirements.ts








/** A distribution name as PEP 508 spells it. */
const PEP508_NAME = /^([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9])$/;
const NAME = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/;
const SKIPPED_OPTIONS = /^(-c|--constraint|-i|--index-url|--extra-index-url|-f|--find-links|--trusted-host|--no-index|--pre|--require-hashes|--no-binary|--only-binary|--prefer-binary|--use-feature|--config-settings|--global-option)\b/;
/** `name[extras] ==1.0` or `name @ url`: only `==`/`===` pins give a version. */
function namedRequirement(named, lockDir, index, at) {
    const found = {
        name: named[1],
        version: '',
        source: indexSource(index),
        properties: {}
    };
    if (named[2])
        found.properties['provenant:extras'] = named[2].slice(1, -1).trim();
    const rest = (named[3] ?? '').trim();
    if (/^(===?|~=|!=|<=?|>=?)\s*$/.test(rest))
        throw (0,parse_text/* invalidLockfile */.PR)(at.file, `line ${at.line}`, `the requirement "${(0,clip/* clipInput */.vz)(named[0].trim())}" has an operator but no version`);
    if (rest.startsWith('@')) {
        const url = rest.slice(1).trim();
        found.source = urlSource(url, lockDir);
        found.version = archiveNameVersion(url)?.[1] ?? '';
    }
    else if (/^===?\s*[^\s,*]+$/.test(rest))
        found.version = rest.replace(/^===?\s*/, '');
    else if (rest !== '')
        found.properties['provenant:specifier'] = rest;
    return found;
}
/**
 * A URL or a path (`-e` editables among them): the name from `#egg=`, the
 * archive's file name or the folder's; undefined for the project's own
 * folder, which becomes the project when it has an egg name.
 */
function locatedRequirement(state, text, lockDir) {
    const source = urlSource(text, lockDir);
    const egg = /[#&]egg=([^&\s]+)/.exec(text)?.[1];
    const archive = archiveNameVersion(text);
    const folder = source.origin.kind === 'file' && source.origin.directory
        ? source.origin.path
        : undefined;
    if (folder === lockDir) {
        // `-e .`: the project itself, the root of the graph.
        if (egg && !state.graph.project)
            state.graph.project = {
                ecosystem: 'pypi',
                name: (0,purl/* normalizePypiName */.Ty)(egg),
                version: '',
                licenses: []
            };
        return undefined;
    }
    const last = (folder ?? text.split(/[?#]/)[0] ?? '')
        .replace(/\/+$/, '')
        .split('/')
        .pop();
    return {
        name: egg ?? archive?.[0] ?? (last || state.graph.project?.name || 'project'),
        version: archive?.[1] ?? '',
        source,
        properties: {}
    };
}
function addRequirement(state, file, raw, line, editable) {
    const hashes = [...raw.matchAll(/--hash[=\s]+(\S+)/g)]
        .map((m) => (0,sources_hashes/* checkedPrefixedHex */.GQ)(m[1], (problem) => (0,parse_text/* invalidLockfile */.PR)(file, `line ${line}`, problem)))
        .filter((h) => h !== undefined);
    const [spec = '', markers] = raw
        .replace(/--hash[=\s]+\S+/g, '')
        .split(/;(.*)/s);
    const text = spec.trim();
    if ((0,clip/* hasControlCharacters */.Kg)(raw))
        throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${line}`, `the requirement "${(0,clip/* clipInput */.vz)(raw.trim())}" has control characters, which no requirement has (is this a requirements file?)`);
    const lockDir = (0,parse_text/* dirOf */.Rw)(file);
    const named = NAME.exec(text);
    const found = named && !editable && !/^[a-z+]+:\/\//i.test(text) && !text.startsWith('.')
        ? namedRequirement(named, lockDir, state.index, { file, line })
        : locatedRequirement(state, text, lockDir);
    if (found === undefined)
        return;
    const { name, version, source, properties } = found;
    if (!name || !PEP508_NAME.test(name))
        throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${line}`, `cannot read the requirement "${(0,clip/* clipInput */.vz)(text)}" (a requirement starts with a package name, a URL or a path)`);
    if (markers?.trim())
        properties['provenant:markers'] = markers.trim();
    const normalized = (0,purl/* normalizePypiName */.Ty)(name);
    const node = lockNode({
        id: `${file}:${line}`,
        ecosystem: 'pypi',
        name: normalized,
        version,
        purl: (0,purl/* pypiPurl */.iC)(normalized, version, source.qualifiers),
        hashes,
        origin: source.origin,
        properties,
        scope: 'required'
    });
    state.graph.nodes.set(node.id, node);
    state.pending.push({ node, via: [] });
}
function readFile(state, file, line, from) {
    if (state.stack.includes(file))
        return;
    const text = (0,lock_graph/* readTracked */.Tx)(state.ctx, state.graph, file);
    if (text === undefined)
        throw (0,parse_text/* invalidLockfile */.PR)(from, `line ${line}`, `-r ${file}: no such file in the tree`);
    state.stack.push(file);
    let viaOpen = false;
    for (const { text: raw, line: lineNo } of logicalLines(text)) {
        const comment = /^\s*#\s*(via\b)?\s*(.*)$/.exec(raw);
        const last = state.pending[state.pending.length - 1];
        if (comment) {
            if (comment[1])
                viaOpen = true;
            if (viaOpen && last && comment[2])
                last.via.push(...comment[2].split(/,\s*/));
            continue;
        }
        viaOpen = false;
        const body = raw.replace(/(^|\s)#.*$/, '').trim();
        if (body === '')
            continue;
        const option = /^(-r|--requirement|-e|--editable|-i|--index-url)(?:\s*=\s*|\s+|(?=[^-\s]))(\S.*)$/.exec(body);
        if (option && (option[1] === '-r' || option[1] === '--requirement')) {
            readFile(state, (0,parse_text/* joinPath */.uJ)((0,parse_text/* dirOf */.Rw)(file), option[2].trim()), lineNo, file);
        }
        else if (option && (option[1] === '-i' || option[1] === '--index-url'))
            state.index = option[2].trim();
        else if (option)
            addRequirement(state, file, option[2], lineNo, true);
        else if (!body.startsWith('-'))
            addRequirement(state, file, body, lineNo, false);
        else if (!SKIPPED_OPTIONS.test(body))
            throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${lineNo}`, `unknown option "${(0,clip/* clipInput */.vz)(body)}"`);
    }
    state.stack.pop();
}
function readRequirements(ctx) {
    const graph = (0,lock_graph/* emptyGraph */.K1)(ctx.lockfile);
    graph.project = pythonProject(readPyproject(ctx, graph, (0,parse_text/* dirOf */.Rw)(ctx.lockfile)));
    const state = { ctx, graph, pending: [], index: undefined, stack: [] };
    readFile(state, ctx.lockfile, 0, ctx.lockfile);
    const byName = new Map();
    for (const { node } of state.pending)
        byName.set(node.name, node.id);
    for (const { node, via } of state.pending) {
        const parents = via
            .map((v) => v.trim())
            .filter((v) => v !== '' && !v.startsWith('-'));
        const found = parents.map((p) => byName.get((0,purl/* normalizePypiName */.Ty)(p.replace(/\[.*$/, ''))));
        for (const parent of found)
            if (parent !== undefined)
                graph.nodes.get(parent)?.edges.push({ to: node.id, kind: 'prod' });
        if (found.length === 0 ||
            found.includes(undefined) ||
            via.some((v) => v.trim().startsWith('-'))) {
            graph.rootEdges.push({ to: node.id, kind: 'prod' });
        }
    }
    return graph;
}
const requirementsFiles = {
    kind: 'requirements',
    family: 'python',
    names: [],
    pattern: { matches: isRequirementsFile, label: 'requirements*.txt' },
    fallback: true,
    manifests: ['pyproject.toml'],
    read: readRequirements
};
/** `requirements*.txt`, or any `.txt` file of a `requirements/` folder. */
function isRequirementsFile(path) {
    const name = (0,parse_text/* baseName */.Fl)(path);
    if (!name.toLowerCase().endsWith('.txt'))
        return false;
    return /requirements/i.test(name) || (0,parse_text/* baseName */.Fl)((0,parse_text/* dirOf */.Rw)(path)) === 'requirements';
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/uv-lock.ts





function uv_lock_sourceOf(source, lockDir) {
    const path = (key) => (0,parse_text/* joinPath */.uJ)(lockDir, (0,parse_text/* asString */.oJ)(source[key]) ?? '');
    if (source.editable !== undefined || source.virtual !== undefined) {
        const folder = path(source.editable !== undefined ? 'editable' : 'virtual');
        return {
            origin: { kind: 'workspace', path: folder },
            qualifiers: {},
            local: true
        };
    }
    if (source.directory !== undefined)
        return { ...pathSource(path('directory')), local: true };
    if (source.path !== undefined)
        return { ...pathSource(path('path')), local: false };
    const git = (0,parse_text/* asString */.oJ)(source.git);
    if (git !== undefined) {
        const [url, commit] = git.split('#');
        return { ...gitSource(url.replace(/\?.*$/, ''), commit), local: false };
    }
    const url = (0,parse_text/* asString */.oJ)(source.url);
    if (url !== undefined)
        return { ...downloadSource(url), local: false };
    return { ...indexSource((0,parse_text/* asString */.oJ)(source.registry)), local: false };
}
const uv_lock_VERSION = {
    of: (data) => data.version,
    accepts: (v) => v === 1,
    needle: 'version',
    key: 'version',
    supported: '1'
};
function readUvLock(ctx) {
    const open = openLockfile(ctx, parse_text/* parseTomlText */.tT, uv_lock_VERSION);
    const { data, graph, lockDir } = open;
    graph.project = pythonProject(readPyproject(ctx, graph, lockDir));
    const members = new Set((0,parse_text/* asArray */._j)((0,parse_text/* asRecord */.qY)(data.manifest).members).map((m) => (0,purl/* normalizePypiName */.Ty)(String(m))));
    const byName = new Map();
    const packages = packageTables(open).map((raw, index) => {
        const node = uvNode(open, (0,parse_text/* asRecord */.qY)(raw), index);
        addByName(graph, byName, node);
        return [node, (0,parse_text/* asRecord */.qY)(raw)];
    });
    const edgesTo = uvEdges(graph, byName, packages);
    const rootName = graph.project?.name;
    for (const [node, pkg] of packages) {
        node.edges = edgesTo(pkg.dependencies, 'prod');
        if (node.origin.kind !== 'workspace')
            continue;
        for (const list of Object.values((0,parse_text/* asRecord */.qY)(pkg['optional-dependencies'])))
            node.edges.push(...edgesTo(list, 'optional'));
        for (const list of Object.values((0,parse_text/* asRecord */.qY)(pkg['dev-dependencies'])))
            node.edges.push(...edgesTo(list, 'dev'));
        const isMember = members.size === 0 || members.has(node.name);
        if (isMember &&
            node.origin.path === lockDir &&
            (rootName === undefined || node.name === rootName)) {
            // The project itself: its dependencies are the root's.
            graph.project ??= {
                ecosystem: 'pypi',
                name: node.name,
                version: node.version,
                licenses: []
            };
            graph.rootEdges = node.edges;
            graph.nodes.delete(node.id);
        }
        else if (isMember)
            graph.members.push(node.id);
    }
    return graph;
}
function uvNode(open, pkg, index) {
    const rawName = (0,parse_text/* asString */.oJ)(pkg.name);
    if (rawName === undefined)
        throw (0,parse_text/* invalidLockfile */.PR)(open.file, `key package[${index}]`, 'a [[package]] needs a name');
    if (pkg.version !== undefined && typeof pkg.version !== 'string')
        throw (0,parse_text/* invalidLockfile */.PR)(open.file, `key package[${index}].version`, '"version" must be a string');
    const name = (0,purl/* normalizePypiName */.Ty)(rawName);
    const version = (0,parse_text/* asString */.oJ)(pkg.version) ?? '';
    const source = uv_lock_sourceOf((0,parse_text/* asRecord */.qY)(pkg.source), open.lockDir);
    const hashes = fileHashes([(0,parse_text/* asRecord */.qY)(pkg.sdist), ...(0,parse_text/* asArray */._j)(pkg.wheels).map(parse_text/* asRecord */.qY)], (problem) => (0,parse_text/* invalidLockfile */.PR)(open.file, `key package[${index}]`, problem));
    return lockNode({
        id: `${name}@${version}@${index}`,
        ecosystem: 'pypi',
        name,
        version,
        purl: (0,purl/* pypiPurl */.iC)(name, version, source.qualifiers),
        hashes,
        origin: source.origin,
        scope: source.local ? 'required' : undefined
    });
}
/**
 * Edges to the packages a dependency list names (by version when it says
 * one). An edge that asks for extras also reaches a node of that extra: the
 * package's facts, with the edges of its `optional-dependencies.<extra>`.
 */
function uvEdges(graph, byName, packages) {
    const find = (dep) => {
        const candidates = byName.get((0,purl/* normalizePypiName */.Ty)((0,parse_text/* asString */.oJ)(dep.name) ?? '')) ?? [];
        const version = (0,parse_text/* asString */.oJ)(dep.version);
        const hits = version === undefined
            ? candidates
            : candidates.filter((c) => c.version === version);
        return hits.length > 0 ? hits : candidates;
    };
    const extras = new Map(packages.map(([node, pkg]) => [
        node.id,
        (0,parse_text/* asRecord */.qY)(pkg['optional-dependencies'])
    ]));
    const edgesTo = (list, kind) => {
        const out = [];
        for (const dep of (0,parse_text/* asArray */._j)(list).map(parse_text/* asRecord */.qY)) {
            for (const target of find(dep)) {
                out.push({ to: target.id, kind });
                for (const extra of (0,parse_text/* asArray */._j)(dep.extra)) {
                    const id = `${target.id}[${String(extra)}]`;
                    if (!graph.nodes.has(id)) {
                        const extraNode = { ...target, id, edges: [] };
                        graph.nodes.set(id, extraNode);
                        extraNode.edges = edgesTo(extras.get(target.id)?.[String(extra)], 'prod');
                    }
                    out.push({ to: id, kind });
                }
            }
        }
        return out;
    };
    return edgesTo;
}
const uvLockfile = {
    kind: 'uv',
    family: 'python',
    names: ['uv.lock'],
    manifests: ['pyproject.toml'],
    read: readUvLock
};

;// CONCATENATED MODULE: ./src/lib/sbom/sources/yarn-berry-manifests.ts


/** The edge kind of each dependency of a workspace, from its package.json (the lockfile merges the tables). */
function workspaceKinds(ctx, graph, folder) {
    const data = readPackageJson(ctx, graph, folder)?.data ?? {};
    const kinds = new Map();
    for (const name of Object.keys((0,parse_text/* asRecord */.qY)(data.devDependencies)))
        kinds.set(name, 'dev');
    for (const name of Object.keys((0,parse_text/* asRecord */.qY)(data.dependencies)))
        kinds.set(name, 'prod');
    for (const name of Object.keys((0,parse_text/* asRecord */.qY)(data.optionalDependencies)))
        kinds.set(name, 'optional');
    return kinds;
}
/** `.yarnrc.yml` catalogs: `catalog` (the default) and `catalogs.<name>`, keyed `<catalog>\0<package>`. */
function readCatalogs(ctx, graph, lockDir) {
    const out = new Map();
    const path = (0,parse_text/* joinPath */.uJ)(lockDir, '.yarnrc.yml');
    const text = ctx.read(path);
    if (text === undefined || !/^catalogs?:/m.test(text))
        return out;
    graph.sources.push(path);
    const rc = (0,parse_text/* parseYamlText */.cd)(text, path);
    const add = (catalog, table) => {
        for (const [name, range] of Object.entries((0,parse_text/* asRecord */.qY)(table))) {
            if (typeof range === 'string')
                out.set(`${catalog}\u0000${name}`, range);
        }
    };
    add('default', rc.catalog);
    for (const [catalog, table] of Object.entries((0,parse_text/* asRecord */.qY)(rc.catalogs)))
        add(catalog, table);
    return out;
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/yarn-lock-text.ts
/**
 * The yarn.lock syntax of both generations, parsed line by line: classic
 * (`key "value"`, `"a@^1", b@^2:` blocks) and berry (`key: value`, a YAML
 * subset written by Yarn's own serializer and read back by Yarn's own parser).
 * One linear pass with line numbers, so a truncated or mangled file is
 * reported at its line; a full YAML parser would be several times slower on
 * 10,000-line lockfiles and would lose the classic form.
 */

/** Reads one quoted ("...") or plain token from `pos`; plain stops at `,`, blank, or `:` + blank/end. */
function readToken(line, pos, file, lineNo) {
    if (line[pos] === '"') {
        let end = pos + 1;
        while (end < line.length && line[end] !== '"')
            end += line[end] === '\\' ? 2 : 1;
        if (end >= line.length)
            throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${lineNo}`, 'unterminated quoted string');
        try {
            return [JSON.parse(line.slice(pos, end + 1)), end + 1];
        }
        catch (error) {
            throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${lineNo}`, 'bad escape in a quoted string', error);
        }
    }
    let end = pos;
    while (end < line.length) {
        const c = line[end];
        if (c === ',' ||
            c === ' ' ||
            (c === ':' && (end + 1 === line.length || line[end + 1] === ' ')))
            break;
        end++;
    }
    return [line.slice(pos, end), end];
}
function parseValue(raw, file, lineNo) {
    const value = raw.trim();
    if (value.startsWith('"')) {
        const [text, end] = readToken(value, 0, file, lineNo);
        if (end !== value.length)
            throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${lineNo}`, 'text after a quoted value');
        return text;
    }
    return value;
}
function parseYarnLockText(text, file) {
    const blocks = [];
    let metadata;
    const stack = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].replace(/\r$/, '');
        const lineNo = i + 1;
        const body = line.trimStart();
        if (body === '' || body.startsWith('#'))
            continue;
        const indent = line.length - body.length;
        if (line[indent - 1] === '\t')
            throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${lineNo}`, 'tab indentation');
        while (stack.length > 0 &&
            stack[stack.length - 1].indent >= indent)
            stack.pop();
        const keys = [];
        let pos = 0;
        for (;;) {
            const [key, end] = readToken(body, pos, file, lineNo);
            keys.push(key);
            pos = end;
            if (body.startsWith(', ', pos))
                pos += 2;
            else
                break;
        }
        let value;
        if (body[pos] === ':')
            value =
                body.slice(pos + 1).trim() === ''
                    ? undefined
                    : parseValue(body.slice(pos + 1), file, lineNo);
        else if (body[pos] === ' ')
            value = parseValue(body.slice(pos + 1), file, lineNo);
        else
            throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${lineNo}`, `cannot read "${body}"`);
        if (indent === 0) {
            if (value !== undefined)
                continue; // top-level scalars: berry's none, classic's none
            const data = Object.create(null);
            stack.push({ indent, map: data });
            if (keys.length === 1 && keys[0] === '__metadata')
                metadata = data;
            else
                blocks.push({
                    keys: keys.flatMap((k) => k.split(', ')),
                    line: lineNo,
                    data
                });
            continue;
        }
        const parent = stack[stack.length - 1];
        if (parent === undefined)
            throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${lineNo}`, 'indented line outside any entry');
        const key = keys.join(', ');
        if (value === undefined) {
            const child = Object.create(null);
            parent.map[key] = child;
            stack.push({ indent, map: child });
        }
        else
            parent.map[key] = value;
    }
    return { blocks, metadata };
}
function yarnString(data, key) {
    const value = data[key];
    return typeof value === 'string' ? value : undefined;
}
function yarnMap(data, key) {
    const value = data[key];
    return typeof value === 'object' ? value : {};
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/yarn-resolve.ts
class YarnResolver {
    resolutions;
    normalizeRange;
    descriptors = new Map();
    byName = new Map();
    constructor(resolutions, 
    /** berry writes `npm:^1.0.0` where package.json says `^1.0.0`. */
    normalizeRange = (range) => range) {
        this.resolutions = resolutions;
        this.normalizeRange = normalizeRange;
    }
    register(name, range, id) {
        this.descriptors.set(`${name}@${range}`, id);
        let ids = this.byName.get(name);
        if (!ids)
            this.byName.set(name, (ids = new Set()));
        ids.add(id);
    }
    /** Registers a descriptor only when nothing else claimed it (e.g. the base range inside a patch). */
    registerFallback(name, range, id) {
        if (!this.descriptors.has(`${name}@${range}`))
            this.register(name, range, id);
    }
    resolve(name, range) {
        const direct = this.descriptors.get(`${name}@${range}`) ??
            this.descriptors.get(`${name}@${this.normalizeRange(range)}`);
        if (direct !== undefined)
            return direct;
        for (const override of this.resolutions.get(name) ?? []) {
            if (override.range !== undefined && override.range !== range)
                continue;
            const hit = this.descriptors.get(`${name}@${override.value}`) ??
                this.descriptors.get(`${name}@${this.normalizeRange(override.value)}`);
            if (hit !== undefined)
                return hit;
        }
        const ids = this.byName.get(name);
        return ids?.size === 1 ? [...ids][0] : undefined;
    }
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/yarn-berry.ts
/**
 * yarn.lock berry (Yarn 2+, `__metadata`). One node per `resolution` locator;
 * the header descriptors, package.json `resolutions` and catalogs resolve the
 * `dependencies` of each entry. A `patch:` entry is the package it patches
 * (same name, version and purl, so the two merge into one component; the patch
 * locator is kept as a property). Workspaces are entries of the lockfile; their
 * own package.json says which of their dependencies are dev-only.
 *
 * `checksum` (`<cacheKey>/<hex>`) is the SHA-512 Yarn computes over the zip
 * archive it stores in its cache (hashUtils.checksumFile), not over the
 * registry tarball: it is kept as a SHA-512 hash (what the lockfile pins) and
 * verbatim in `provenant:yarn-checksum`, so nobody compares it to npm's
 * `dist.integrity` unawares.
 */












const SUPPORTED = 'berry __metadata.version 3 to 10';
/** A locator reference -> where the code comes from (paths relative to the lockfile folder). */
function berrySource(name, reference, lockDir) {
    const ref = reference.split('::')[0];
    if (ref.startsWith('npm:'))
        return { origin: { kind: 'registry' }, qualifiers: {} };
    if (/^(link|portal):/.test(ref))
        return folderSource((0,parse_text/* joinPath */.uJ)(lockDir, ref.replace(/^\w+:/, '')));
    if (ref.includes('#commit=')) {
        const url = ref.slice(0, ref.indexOf('#'));
        const commit = ref.slice(ref.indexOf('#commit=') + 8);
        return {
            origin: { kind: 'git', url, commit },
            qualifiers: { vcs_url: `${url}#${commit}` }
        };
    }
    return npmSource(ref, name, lockDir);
}
/** A package name as a berry locator starts: `name` or `@scope/name`. */
const LOCATOR_NAME = /^(@[^\s/@]+\/)?[^\s/@]+$/;
function readYarnBerry(ctx, text, parsed) {
    const file = ctx.lockfile;
    const lockVersion = Number(yarnString(parsed.metadata ?? {}, 'version'));
    if (!Number.isInteger(lockVersion) || lockVersion < 3 || lockVersion > 10) {
        throw (0,parse_text/* unknownLockfileVersion */.Qh)(file, (0,parse_text/* whereKey */.pP)(text, '__metadata', '__metadata.version'), yarnString(parsed.metadata ?? {}, 'version'), SUPPORTED);
    }
    const graph = (0,lock_graph/* emptyGraph */.K1)(file);
    const lockDir = (0,parse_text/* dirOf */.Rw)(file);
    const manifest = readPackageJson(ctx, graph, lockDir)?.data ?? {};
    graph.project = npmProject(manifest);
    const berry = {
        ctx,
        file,
        lockDir,
        graph,
        resolver: new YarnResolver(yarnResolutions(manifest), (r) => /^[a-z]+:/.test(r) ? r : `npm:${r}`),
        compat: [],
        patchBases: new Map(),
        blocks: new Map(),
        rootId: undefined
    };
    for (const block of parsed.blocks)
        addBlock(berry, block);
    for (const [name, range, id] of berry.compat)
        berry.resolver.register(name, range, id);
    // A patched package is built from its base: the one edge the lockfile implies.
    for (const [id, base] of berry.patchBases) {
        if (graph.nodes.has(base))
            graph.nodes.get(id).edges.push({ to: base, kind: 'prod' });
    }
    addDependencyEdges(berry);
    if (berry.rootId !== undefined) {
        graph.rootEdges = graph.nodes.get(berry.rootId).edges;
        graph.nodes.delete(berry.rootId);
    }
    return graph;
}
/** The name and reference of a block's `resolution` locator, checked. */
function locatorOf(berry, block) {
    const resolution = yarnString(block.data, 'resolution');
    const locked = yarnString(block.data, 'version');
    if (resolution === undefined || locked === undefined) {
        throw (0,parse_text/* invalidLockfile */.PR)(berry.file, `line ${block.line}`, `entry "${block.keys.join(', ')}" needs resolution and version`);
    }
    const [name, reference] = splitNameRange(resolution);
    if (!LOCATOR_NAME.test(name) || !reference.includes(':')) {
        throw (0,parse_text/* invalidLockfile */.PR)(berry.file, `line ${block.line}`, `resolution "${(0,clip/* clipInput */.vz)(resolution)}" is not a locator (name@protocol:reference)`);
    }
    return { resolution, locked, name, reference };
}
/** Registers a block's descriptors with the resolver; returns the names it is installed under that are not its own. */
function registerDescriptors(berry, block, name, resolution) {
    const aliases = [];
    for (const key of block.keys) {
        const [descName, descRange] = splitNameRange(key);
        berry.resolver.register(descName, descRange, resolution);
        if (descName !== name)
            aliases.push(descName);
        if (descRange.startsWith('patch:')) {
            // Yarn swaps a dependency on the base descriptor for its built-in compat patch.
            const inner = splitNameRange(decodeURIComponent(descRange.slice(6).split('#')[0]));
            if (descRange.includes('builtin<compat/'))
                berry.compat.push([inner[0], inner[1], resolution]);
            else
                berry.resolver.registerFallback(inner[0], inner[1], resolution);
        }
    }
    return aliases;
}
function addBlock(berry, block) {
    const { lockDir } = berry;
    const { resolution, locked, name, reference } = locatorOf(berry, block);
    const properties = {};
    let source = berrySource(name, reference, lockDir);
    const checksum = yarnString(block.data, 'checksum');
    const digest = (0,sources_hashes/* checkedHex */.HQ)('SHA-512', checksum?.slice(checksum.lastIndexOf('/') + 1), (problem) => (0,parse_text/* invalidLockfile */.PR)(berry.file, `line ${block.line}`, `checksum ${problem}`));
    if (reference.startsWith('patch:')) {
        const base = decodeURIComponent(reference.slice(6).split('#')[0]);
        berry.patchBases.set(resolution, base);
        source = berrySource(name, splitNameRange(base)[1], lockDir);
        properties['provenant:patch'] = resolution;
        if (checksum)
            properties['provenant:yarn-patched-checksum'] = checksum;
    }
    else if (checksum)
        properties['provenant:yarn-checksum'] = checksum;
    const conditions = yarnString(block.data, 'conditions');
    if (conditions)
        properties['provenant:conditions'] = conditions;
    const aliases = registerDescriptors(berry, block, name, resolution);
    if (aliases.length > 0)
        properties['provenant:alias'] = [...new Set(aliases)].sort().join(',');
    let origin = source.origin;
    if (aliases.length === block.keys.length && origin.kind === 'registry')
        origin = { kind: 'alias', alias: aliases[0] };
    const workspace = reference.startsWith('workspace:');
    const path = (0,parse_text/* joinPath */.uJ)(lockDir, reference.slice('workspace:'.length));
    if (workspace)
        origin = { kind: 'workspace', path };
    if (workspace && path === lockDir)
        berry.rootId = resolution;
    // A workspace is locked as `0.0.0-use.local`: its package.json has the version.
    const own = workspace
        ? npmProject(readPackageJson(berry.ctx, berry.graph, path)?.data ?? {})
        : undefined;
    const version = own ? own.version : locked;
    const node = lockNode({
        id: resolution,
        ecosystem: 'npm',
        name,
        version,
        purl: (0,purl/* npmPurl */.NP)(name, version, source.qualifiers),
        hashes: digest && !reference.startsWith('patch:') ? [digest] : [],
        licenses: own?.licenses ?? [],
        origin,
        properties,
        scope: workspace ? 'required' : undefined
    });
    berry.graph.nodes.set(resolution, node);
    berry.blocks.set(resolution, block.data);
    if (workspace && path !== lockDir)
        berry.graph.members.push(resolution);
}
/** Each block's `dependencies` through the resolver (catalogs first); a workspace's package.json says which are dev-only. */
function addDependencyEdges(berry) {
    const { ctx, graph } = berry;
    const catalogs = readCatalogs(ctx, graph, berry.lockDir);
    for (const [id, data] of berry.blocks) {
        const node = graph.nodes.get(id);
        const meta = yarnMap(data, 'dependenciesMeta');
        const kinds = node.origin.kind === 'workspace'
            ? workspaceKinds(ctx, graph, node.origin.path)
            : undefined;
        for (const [dep, value] of Object.entries(yarnMap(data, 'dependencies'))) {
            if (typeof value !== 'string')
                continue;
            const range = value.startsWith('catalog:')
                ? (catalogs.get(`${value.slice(8) || 'default'}\u0000${dep}`) ?? value)
                : value;
            const to = berry.resolver.resolve(dep, range);
            const optional = yarnString(yarnMap(meta, dep), 'optional') === 'true';
            const kind = optional ? 'optional' : (kinds?.get(dep) ?? 'prod');
            if (to !== undefined && to !== id)
                node.edges.push({ to, kind });
        }
    }
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/yarn-classic.ts
/**
 * yarn.lock classic (v1). Each block is one package; its header lists the
 * descriptors (`name@range`) that resolved to it. An alias descriptor
 * (`prettier-2@npm:prettier@^2`) is counted under the real name. The lockfile
 * has no workspace or root entries: those come from package.json and the
 * member manifests its `workspaces` globs select. Scope by the graph walk.
 */










function readYarnClassic(ctx, parsed) {
    const graph = (0,lock_graph/* emptyGraph */.K1)(ctx.lockfile);
    const lockDir = (0,parse_text/* dirOf */.Rw)(ctx.lockfile);
    const manifest = readPackageJson(ctx, graph, lockDir)?.data ?? {};
    graph.project = npmProject(manifest);
    const resolver = new YarnResolver(yarnResolutions(manifest));
    const blocks = new Map();
    for (const block of parsed.blocks) {
        const node = classicNode(ctx, block);
        graph.nodes.set(node.id, node);
        blocks.set(node.id, block.data);
        for (const [specName, specRange] of block.keys.map(splitNameRange))
            resolver.register(specName, specRange, node.id);
    }
    const members = addMembers(ctx, graph, lockDir, manifest);
    const edgesOf = (data, withDev) => {
        const out = [];
        for (const dep of manifestDependencies(data)) {
            if (dep.kind === 'dev' && !withDev)
                continue;
            const to = members.get(dep.name) ?? resolver.resolve(dep.name, dep.range);
            if (to !== undefined)
                out.push({ to, kind: dep.kind });
        }
        return out;
    };
    for (const [id, data] of blocks) {
        const deps = {
            dependencies: yarnMap(data, 'dependencies'),
            optionalDependencies: yarnMap(data, 'optionalDependencies')
        };
        graph.nodes.get(id).edges = edgesOf(deps, false);
    }
    for (const [folder, id] of memberFolders(graph)) {
        const data = readPackageJson(ctx, graph, folder)?.data ?? {};
        graph.nodes.get(id).edges = edgesOf(data, true);
    }
    graph.rootEdges = edgesOf(manifest, true);
    return graph;
}
/** One block as a node: its header's descriptors say the name (an alias counted under the real one) and where it comes from. */
function classicNode(ctx, block) {
    const lockDir = (0,parse_text/* dirOf */.Rw)(ctx.lockfile);
    const id = block.keys[0];
    const version = yarnString(block.data, 'version');
    if (version === undefined) {
        throw (0,parse_text/* invalidLockfile */.PR)(ctx.lockfile, `line ${block.line}`, `entry "${id}" has no version`);
    }
    const specs = block.keys.map(splitNameRange);
    const realNames = specs.map(([name, range]) => aliasTarget(range) ?? name);
    const plain = specs.find(([, range]) => aliasTarget(range) === undefined);
    const name = plain?.[0] ?? realNames[0] ?? id;
    const aliases = specs
        .filter(([, range]) => aliasTarget(range) !== undefined)
        .map(([alias]) => alias);
    const resolved = yarnString(block.data, 'resolved');
    const range = (plain ?? specs[0])?.[1] ?? '';
    // A local folder or archive: the range says where, there is no `resolved`.
    const local = /^(link|portal|file):/.test(range) && resolved === undefined;
    const source = npmSource(local ? `file:${range.replace(/^\w+:/, '')}` : resolved, name, lockDir);
    if (/^(link|portal):/.test(range) && source.origin.kind === 'file')
        source.origin.directory = true;
    let origin = source.origin;
    if (plain === undefined && origin.kind === 'registry')
        origin = { kind: 'alias', alias: aliases[0] };
    const hashes = (0,sources_hashes/* checkedSri */.wK)(yarnString(block.data, 'integrity'), (problem) => (0,parse_text/* invalidLockfile */.PR)(ctx.lockfile, `line ${block.line}`, problem));
    const sha1 = /#([0-9a-f]{40})$/i.exec(resolved ?? '')?.[1];
    const fragment = sha1 ? (0,sources_hashes/* hexHash */.eP)('SHA-1', sha1) : undefined;
    if (fragment && !hashes.some((h) => h.algorithm === 'SHA-1'))
        hashes.push(fragment);
    return lockNode({
        id,
        ecosystem: 'npm',
        name,
        version,
        purl: (0,purl/* npmPurl */.NP)(name, version, source.qualifiers),
        hashes,
        origin,
        properties: aliases.length > 0 ? { 'provenant:alias': aliases.sort().join(',') } : {}
    });
}
function memberFolders(graph) {
    return graph.members.map((id) => [id.slice('workspace:'.length), id]);
}
/** Workspace members as local nodes; returns member name -> node id. */
function addMembers(ctx, graph, lockDir, manifest) {
    const byName = new Map();
    for (const folder of matchMembers(lockDir, workspacePatterns(manifest), ctx.manifestPaths, 'package.json')) {
        const data = readPackageJson(ctx, graph, folder)?.data;
        if (data === undefined || folder === lockDir)
            continue;
        const project = npmProject(data);
        const name = project.name ?? folder;
        const id = `workspace:${folder}`;
        graph.nodes.set(id, {
            id,
            ecosystem: 'npm',
            name,
            version: project.version,
            purl: (0,purl/* npmPurl */.NP)(name, project.version),
            hashes: [],
            licenses: project.licenses,
            origin: { kind: 'workspace', path: folder },
            properties: {},
            scope: 'required',
            edges: []
        });
        graph.members.push(id);
        byName.set(name, id);
    }
    return byName;
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/yarn-lock.ts




function readYarnLock(ctx) {
    const text = ctx.read(ctx.lockfile) ?? '';
    const parsed = parseYarnLockText(text, ctx.lockfile);
    if (parsed.metadata !== undefined)
        return readYarnBerry(ctx, text, parsed);
    if (/^# yarn lockfile v1\s*$/m.test(text))
        return readYarnClassic(ctx, parsed);
    const header = /^# yarn lockfile v(\d+)/m.exec(text)?.[1];
    throw (0,parse_text/* unknownLockfileVersion */.Qh)(ctx.lockfile, 'line 1', header ?? 'none', 'classic (# yarn lockfile v1) or berry (__metadata)');
}
const yarnLockfile = {
    kind: 'yarn',
    family: 'javascript',
    names: ['yarn.lock'],
    manager: 'yarn',
    manifests: ['package.json'],
    read: readYarnLock
};

;// CONCATENATED MODULE: ./src/lib/sbom/sources/lockfile-formats.ts
/**
 * The registry of lockfile formats Provenant reads, in the order they win
 * over each other in one folder of one family: npm-shrinkwrap.json,
 * package-lock.json, pnpm-lock.yaml, yarn.lock; uv.lock, poetry.lock,
 * Pipfile.lock, then the requirements files; go.mod; Cargo.lock. A new format
 * is one reader file declaring a LockfileFormat, added here.
 */










const LOCKFILE_FORMATS = [
    npmLockfile,
    pnpmLockfile,
    yarnLockfile,
    uvLockfile,
    poetryLockfile,
    pipfileLockfile,
    requirementsFiles,
    goModule,
    cargoLockfile
];
const BY_NAME = new Map(LOCKFILE_FORMATS.flatMap((format) => format.names.map((name) => [name, format])));
/** The format that reads `path` (a relative POSIX path), if any. */
function lockfileFormat(path) {
    return (BY_NAME.get((0,parse_text/* baseName */.Fl)(path)) ??
        LOCKFILE_FORMATS.find((format) => format.pattern?.matches(path)));
}
function lockfileKind(path) {
    return lockfileFormat(path)?.kind;
}
/** Every lockfile name read, for messages: `package-lock.json, ..., requirements*.txt, ...`. */
const LOCKFILE_NAMES = LOCKFILE_FORMATS.flatMap((format) => [
    ...format.names,
    ...(format.pattern ? [format.pattern.label] : [])
]).join(', ');
/** The manifests the readers read beside their lockfiles (package.json, pyproject.toml, Cargo.toml). */
const MANIFEST_NAMES = new Set(LOCKFILE_FORMATS.flatMap((format) => format.manifests));


/***/ }),

/***/ 82243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ baseName),
/* harmony export */   Ix: () => (/* binding */ MANIFEST_INVALID),
/* harmony export */   PR: () => (/* binding */ invalidLockfile),
/* harmony export */   Qh: () => (/* binding */ unknownLockfileVersion),
/* harmony export */   Rw: () => (/* binding */ dirOf),
/* harmony export */   _j: () => (/* binding */ asArray),
/* harmony export */   cd: () => (/* binding */ parseYamlText),
/* harmony export */   iq: () => (/* binding */ stringEntries),
/* harmony export */   lk: () => (/* binding */ parseJsonText),
/* harmony export */   mh: () => (/* binding */ lineAt),
/* harmony export */   oJ: () => (/* binding */ asString),
/* harmony export */   pP: () => (/* binding */ whereKey),
/* harmony export */   qY: () => (/* binding */ asRecord),
/* harmony export */   tT: () => (/* binding */ parseTomlText),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   uJ: () => (/* binding */ joinPath)
/* harmony export */ });
/* unused harmony exports LOCKFILE_INVALID, LOCKFILE_VERSION */
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97268);
/**
 * Text -> data for lockfiles and manifests (JSON, TOML, YAML), turning every
 * parser failure into an InputError that names the file and the line, and
 * small guards for reading untyped parsed data.
 */



const LOCKFILE_INVALID = 'SBOM_LOCKFILE_INVALID';
const LOCKFILE_VERSION = 'SBOM_LOCKFILE_VERSION';
const MANIFEST_INVALID = 'SBOM_MANIFEST_INVALID';
/** `where` is "line 12" or "key packages.foo"; the message says what to do about it. */
function invalidLockfile(file, where, problem, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(LOCKFILE_INVALID, `${file} (${where}): ${problem}; the lockfile is malformed or truncated: restore it or regenerate it with its package manager`, { cause });
}
function unknownLockfileVersion(file, where, found, supported) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(LOCKFILE_VERSION, `${file} (${where}): unknown lockfile version ${JSON.stringify(found)}; supported: ${supported}`);
}
/** 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    const end = Math.min(offset, text.length);
    for (let i = text.indexOf('\n'); i !== -1 && i < end;) {
        line++;
        i = text.indexOf('\n', i + 1);
    }
    return line;
}
/** "line N" of the first occurrence of `needle` (e.g. `"lockfileVersion"`), else "key <key>". */
function whereKey(text, needle, key) {
    const at = text.indexOf(needle);
    return at === -1 ? `key ${key}` : `line ${lineAt(text, at)}, key ${key}`;
}
function failure(code, file, where, why, cause) {
    return code === LOCKFILE_INVALID
        ? invalidLockfile(file, where, why, cause)
        : new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(code, `${file} (${where}): ${why}; fix the file`, {
            cause
        });
}
function parseJsonText(text, file, code = LOCKFILE_INVALID) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const position = /position (\d+)/.exec(message);
        const line = position
            ? lineAt(text, Number(position[1]))
            : lineAt(text, text.length);
        throw failure(code, file, `line ${line}`, `not valid JSON: ${message.split('\n')[0]}`, error);
    }
    if (!isRecord(data))
        throw failure(code, file, 'line 1', 'expected a JSON object', undefined);
    return data;
}
function parseTomlText(text, file, code = LOCKFILE_INVALID) {
    try {
        return (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (error) {
        const line = error instanceof smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .TomlError */ .zx ? error.line : lineAt(text, text.length);
        const first = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw failure(code, file, `line ${line}`, `not valid TOML: ${first}`, error);
    }
}
function parseYamlText(text, file, code = LOCKFILE_INVALID) {
    let data;
    try {
        data = yamlData(text);
    }
    catch (error) {
        const line = error instanceof yaml__WEBPACK_IMPORTED_MODULE_1__/* .YAMLError */ .IP ? (error.linePos?.[0].line ?? 1) : 1;
        const first = error instanceof Error
            ? (error.message.split('\n')[0] ?? '')
            : String(error);
        const message = first.replace(/ at line \d+, column \d+:?$/, '');
        throw failure(code, file, `line ${line}`, `not valid YAML: ${message}`, error);
    }
    if (!isRecord(data))
        throw failure(code, file, 'line 1', 'expected a YAML mapping', undefined);
    return data;
}
/**
 * The data of a YAML text, refusing what the yaml library would only warn
 * about (an unknown tag such as `!e309`, a collection as a key): no package
 * manager writes them, and a warning printed to stderr is no refusal.
 */
function yamlData(text) {
    // uniqueKeys off: its duplicate check is quadratic in the size of a mapping.
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, {
        uniqueKeys: false,
        merge: false,
        logLevel: 'silent'
    });
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem)
        throw problem;
    return doc.toJS();
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function asRecord(value) {
    return isRecord(value) ? value : {};
}
function asString(value) {
    return typeof value === 'string' ? value : undefined;
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
/** A `{name: range}` table as entries; non-string values are skipped. */
function stringEntries(value) {
    const out = [];
    for (const [key, range] of Object.entries(asRecord(value))) {
        if (typeof range === 'string')
            out.push([key, range]);
    }
    return out;
}
/** POSIX dirname of a relative path; '' for a top-level file. */
function dirOf(path) {
    const i = path.lastIndexOf('/');
    return i === -1 ? '' : path.slice(0, i);
}
/** The last segment of a relative POSIX path. */
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** Joins relative POSIX paths and resolves `.`/`..`; '' is the tree root. */
function joinPath(...parts) {
    const out = [];
    for (const segment of parts.join('/').split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..')
            out.pop();
        else
            out.push(segment);
    }
    return out.join('/');
}


/***/ }),

/***/ 6379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eq: () => (/* binding */ buildPurl),
/* harmony export */   LS: () => (/* binding */ genericPurl),
/* harmony export */   NP: () => (/* binding */ npmPurl),
/* harmony export */   Ty: () => (/* binding */ normalizePypiName),
/* harmony export */   av: () => (/* binding */ golangPurl),
/* harmony export */   c8: () => (/* binding */ NPM_DEFAULT_REGISTRY),
/* harmony export */   iC: () => (/* binding */ pypiPurl),
/* harmony export */   q$: () => (/* binding */ cargoPurl)
/* harmony export */ });
/**
 * Package URLs built per the purl spec, encoded exactly as packageurl-js
 * encodes them (the tests compare the two), without its per-call validation
 * cost: a large lockfile builds thousands.
 */
/** The default registries: no qualifier is written for them. */
const NPM_DEFAULT_REGISTRY = /^https?:\/\/registry\.(npmjs\.org|yarnpkg\.com)\//;
function buildPurl(parts) {
    let out = `pkg:${parts.type}/`;
    if (parts.namespace) {
        out += `${encodeURIComponent(parts.namespace).replace(/%3A/g, ':').replace(/%2F/g, '/')}/`;
    }
    out += encodeURIComponent(parts.name);
    if (parts.version) {
        out += `@${encodeURIComponent(parts.version).replace(/%3A/g, ':').replace(/%2B/g, '+')}`;
    }
    const keys = Object.keys(parts.qualifiers ?? {})
        .filter((key) => parts.qualifiers?.[key])
        .sort();
    if (keys.length > 0) {
        const params = new URLSearchParams();
        for (const key of keys)
            params.set(key, parts.qualifiers?.[key] ?? '');
        out += `?${params.toString().replace(/\+/g, '%20')}`;
    }
    if (parts.subpath)
        out += `#${encodeURIComponent(parts.subpath).replace(/%2F/g, '/')}`;
    return out;
}
/** pkg:npm/%40scope/name@version; names lower-cased as packageurl-js does. */
function npmPurl(name, version, qualifiers) {
    const lower = name.toLowerCase();
    const slash = lower.startsWith('@') ? lower.indexOf('/') : -1;
    return buildPurl({
        type: 'npm',
        namespace: slash > 0 ? lower.slice(0, slash) : undefined,
        name: slash > 0 ? lower.slice(slash + 1) : lower,
        version,
        qualifiers
    });
}
/** PEP 503: lower case, runs of `-`, `_`, `.` become one `-`. */
function normalizePypiName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
function pypiPurl(name, version, qualifiers) {
    return buildPurl({
        type: 'pypi',
        name: normalizePypiName(name),
        version,
        qualifiers
    });
}
/** pkg:golang/github.com/x/y@v1.2.3: the module path is namespace + name, case kept. */
function golangPurl(modulePath, version) {
    const slash = modulePath.lastIndexOf('/');
    return buildPurl({
        type: 'golang',
        namespace: slash > 0 ? modulePath.slice(0, slash) : undefined,
        name: slash > 0 ? modulePath.slice(slash + 1) : modulePath,
        version
    });
}
function cargoPurl(name, version, qualifiers) {
    return buildPurl({ type: 'cargo', name, version, qualifiers });
}
function genericPurl(name, version) {
    return buildPurl({ type: 'generic', name, version });
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

/***/ 60805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ dropOwnOutputs),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Hf: () => (/* binding */ fixedDirectoryOf),
/* harmony export */   iS: () => (/* binding */ planOutputs),
/* harmony export */   rP: () => (/* binding */ toWorkspacePattern)
/* harmony export */ });
/* unused harmony exports BUNDLE_SUFFIX, SIGNATURE_SUFFIX, CERTIFICATE_SUFFIX */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/**
 * Where files come from and where their signatures go: patterns confined to
 * the workspace, and one output path per file with no two files writing
 * the same name.
 */


const BUNDLE_SUFFIX = '.sigstore.json';
const SIGNATURE_SUFFIX = '.sig';
const CERTIFICATE_SUFFIX = '.crt';
const OUTPUT_SUFFIXES = [BUNDLE_SUFFIX, SIGNATURE_SUFFIX, CERTIFICATE_SUFFIX];
const GLOB_CHARS = /[*?[\]{}()!+@]/;
function isInside(root, candidate) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, candidate);
    const escapes = relative === '..' ||
        relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)}`) ||
        node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative);
    return !escapes;
}
/**
 * A pattern as tinyglobby takes it, relative to the workspace; an InputError
 * when its fixed part (before the first glob character) leaves the workspace.
 */
function toWorkspacePattern(workspace, pattern) {
    const segments = pattern.replaceAll('\\', '/').split('/');
    const firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s));
    const fixed = firstGlob < 0 ? segments : segments.slice(0, firstGlob);
    const rest = firstGlob < 0 ? [] : segments.slice(firstGlob);
    const base = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, fixed.join('/') || '.');
    if (!isInside(workspace, base) || rest.includes('..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('SIGN_PATH_OUTSIDE_WORKSPACE', `input "files": "${pattern}" is outside the workspace ${workspace}; copy the file into the workspace or set GITHUB_WORKSPACE`);
    }
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(workspace, base).replaceAll('\\', '/');
    return [relative, ...rest].filter((s) => s !== '').join('/') || '.';
}
/**
 * Drops matches that are signatures of another match (`a.sigstore.json`
 * when `a` is matched too), so `dist/*` signs the same files on a re-run.
 */
function dropOwnOutputs(files) {
    const all = new Set(files);
    const kept = [];
    const dropped = [];
    for (const file of files) {
        const suffix = OUTPUT_SUFFIXES.find((s) => file.endsWith(s));
        if (suffix && all.has(file.slice(0, -suffix.length)))
            dropped.push(file);
        else
            kept.push(file);
    }
    return { kept, dropped };
}
/** Output paths per file (absolute), beside each file or in `outputDir`. */
function planOutputs(files, options) {
    const byName = new Map();
    const problems = [];
    const plans = files.map((file) => {
        const base = options.outputDir
            ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(options.outputDir, node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(file))
            : file;
        const earlier = byName.get(base);
        if (earlier !== undefined) {
            problems.push(`"${earlier}" and "${file}" would both write ${node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(base)}${BUNDLE_SUFFIX}`);
        }
        byName.set(base, file);
        return {
            bundle: `${base}${BUNDLE_SUFFIX}`,
            signature: options.legacySig ? `${base}${SIGNATURE_SUFFIX}` : undefined,
            certificate: options.legacySig && !options.keyed
                ? `${base}${CERTIFICATE_SUFFIX}`
                : undefined
        };
    });
    if (problems.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('SIGN_OUTPUT_COLLISION', `input "output-dir": ${problems.join('; ')}; sign them in separate steps or leave "output-dir" empty to write beside each file`);
    }
    return plans;
}
/** The directory a pattern's fixed part names: `dist` for `dist/*.tgz` and `dist/a.tgz`. */
function fixedDirectoryOf(pattern) {
    const segments = pattern.replaceAll('\\', '/').split('/');
    const firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s));
    const fixed = firstGlob < 0 ? segments.slice(0, -1) : segments.slice(0, firstGlob);
    return fixed.join('/') || (pattern.startsWith('/') ? '/' : '.');
}


/***/ })

};
