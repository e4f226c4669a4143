export const id = 640;
export const ids = [640];
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

/***/ 79821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DR: () => (/* binding */ inflateBounded),
/* harmony export */   Id: () => (/* binding */ concatBytes),
/* harmony export */   Zg: () => (/* binding */ BoundedInflater)
/* harmony export */ });
/* harmony import */ var fflate__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51306);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46228);
/**
 * Bounded decompression: compressed bytes go to fflate in small slices, so
 * one push never inflates more than about a thousand times a slice, and
 * every inflated byte is counted against the archive's budget before the
 * next slice is read. A bomb stops within a few MiB of its bound.
 */


const SLICE_BYTES = 16 * 1024;
/** A streaming inflater: push compressed chunks, receive inflated ones. */
class BoundedInflater {
    #stream;
    #budget;
    #member;
    /** `member` names what is being inflated (for a tar stream, the entry being read). */
    constructor(kind, budget, onData, member = () => undefined) {
        this.#budget = budget;
        this.#member = member;
        const ondata = (data) => {
            // The consumer first, so that a bound names the member the bytes belong to.
            onData(data);
            this.#budget.addInflated(this.#member(), data.length);
        };
        this.#stream = kind === 'gzip' ? new fflate__WEBPACK_IMPORTED_MODULE_1__/* .Gunzip */ .as(ondata) : new fflate__WEBPACK_IMPORTED_MODULE_1__/* .Inflate */ .EL(ondata);
    }
    push(chunk, final = false) {
        for (let at = 0; at < chunk.length || (final && at === 0); at += SLICE_BYTES) {
            const slice = chunk.subarray(at, at + SLICE_BYTES);
            this.#budget.addCompressed(slice.length);
            const last = final && at + SLICE_BYTES >= chunk.length;
            try {
                this.#stream.push(slice, last);
            }
            catch (error) {
                if (!isFflateError(error))
                    throw error;
                throw new _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .ArchiveFormatError */ .Y3(this.#budget.source, `${this.#member() === undefined ? '' : `member ${(0,_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteMember */ .zP)(this.#member())}: `}bad compressed data: ${error.message}`, { cause: error });
            }
            if (last)
                return;
        }
    }
}
/** Inflates `data` whole, within the budget; `expectedSize` (a zip's declared size), when given, is a bound too. */
function inflateBounded(kind, data, budget, member, expectedSize) {
    const parts = [];
    let size = 0;
    const inflater = new BoundedInflater(kind, budget, (chunk) => {
        size += chunk.length;
        if (expectedSize !== undefined && size > expectedSize) {
            throw new _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .ArchiveFormatError */ .Y3(budget.source, `member ${(0,_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteMember */ .zP)(member ?? '')} inflates past its declared size of ${expectedSize} bytes`);
        }
        parts.push(chunk);
    }, () => member);
    inflater.push(data, true);
    return concatBytes(parts, size);
}
/** `parts` joined into one array of `size` bytes. */
function concatBytes(parts, size) {
    const out = new Uint8Array(size);
    let offset = 0;
    for (const part of parts) {
        out.set(part, offset);
        offset += part.length;
    }
    return out;
}
/** fflate's own errors carry a numeric `code`; anything else is ours and passes. */
function isFflateError(error) {
    return (error instanceof Error &&
        typeof error.code === 'number');
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

/***/ 86485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RF: () => (/* binding */ TarReader),
/* harmony export */   lH: () => (/* binding */ looksLikeTar),
/* harmony export */   sB: () => (/* binding */ readTar)
/* harmony export */ });
/* harmony import */ var _inflate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79821);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46228);
/**
 * The one tar reader: chunks in, entries out. It reads ustar (with the
 * 155-byte prefix), GNU headers (base-256 numbers, ././@LongLink names and
 * link names) and pax extended headers (path, linkpath, size, mtime with its
 * fractions, uid/gid/uname/gname; other records kept as fields), checks
 * every header's checksum, keeps the data only of the entries asked for, and
 * holds the entry-count bound. It never writes.
 */


const BLOCK = 512;
/** Largest pax or GNU long-name record read. */
const MAX_META_BYTES = 1024 * 1024;
const decoder = new TextDecoder('utf-8');
function looksLikeTar(bytes) {
    if (bytes.length < BLOCK)
        return false;
    if (text(bytes, 257, 5) === 'ustar')
        return true;
    return checksumOk(bytes.subarray(0, BLOCK));
}
class TarReader {
    #options;
    #pending = [];
    #pendingBytes = 0;
    #current;
    #parts = [];
    #pax = {};
    #globalPax = {};
    #longName;
    #longLink;
    #offset = 0;
    #ended = false;
    constructor(options) {
        this.#options = options;
    }
    /** The path of the entry whose data is being read, if any. */
    get currentPath() {
        return this.#current?.meta === undefined
            ? this.#current?.entry.path
            : undefined;
    }
    push(chunk) {
        if (this.#ended || chunk.length === 0)
            return;
        this.#pending.push(chunk);
        this.#pendingBytes += chunk.length;
        this.#drain();
    }
    /** Call at the end of the stream: a truncated archive is an error. */
    end() {
        if (!this.#ended && (this.#current !== undefined || this.#pendingBytes > 0))
            throw this.#damaged('it ends in the middle of an entry');
    }
    #drain() {
        while (!this.#ended) {
            const current = this.#current;
            if (current) {
                const take = Math.min(current.remaining, this.#pendingBytes);
                if (take === 0 && current.remaining > 0)
                    return;
                if (current.keep) {
                    const data = this.#take(take);
                    const wanted = current.entry.size - (current.padded - current.remaining);
                    if (wanted > 0)
                        this.#parts.push(data.subarray(0, wanted));
                }
                else
                    this.#skip(take);
                current.remaining -= take;
                if (current.remaining > 0)
                    return;
                this.#finishEntry();
                continue;
            }
            if (this.#pendingBytes < BLOCK)
                return;
            this.#readHeader(this.#take(BLOCK));
        }
    }
    #readHeader(header) {
        const at = this.#offset - BLOCK;
        if (header.every((b) => b === 0)) {
            this.#ended = true;
            return;
        }
        if (!checksumOk(header))
            throw this.#damaged(`the header at offset ${at} has a bad checksum`);
        const typeflag = String.fromCharCode(header[156]);
        const meta = 'xgLK'.includes(typeflag) ? typeflag : undefined;
        const paxSize = meta ? undefined : this.#pax.size;
        const size = paxSize !== undefined ? Number(paxSize) : number(header, 124, 12);
        if (!Number.isSafeInteger(size) || size < 0)
            throw this.#damaged(`the header at offset ${at} has a bad size`);
        const entry = meta
            ? { path: typeflag, type: 'other', fields: {}, size }
            : this.#toEntry(header, size);
        if (meta === undefined)
            this.#options.budget.addEntry(entry.path);
        if (meta && size > MAX_META_BYTES)
            throw this.#tooBig(entry.path, size, MAX_META_BYTES);
        const keep = meta !== undefined || this.#options.want(entry);
        if (keep && !meta && size > this.#options.maxKeptBytes)
            throw this.#tooBig(entry.path, size, this.#options.maxKeptBytes);
        const padded = Math.ceil(size / BLOCK) * BLOCK;
        this.#current = { entry, keep, meta, padded, remaining: padded };
        this.#parts = [];
        if (size === 0)
            this.#finishEntry();
    }
    #toEntry(header, size) {
        const pax = { ...this.#globalPax, ...this.#pax };
        const entry = toEntry(header, pax, size, this.#longName, this.#longLink);
        this.#pax = {};
        this.#longName = this.#longLink = undefined;
        return entry;
    }
    #finishEntry() {
        const { entry, keep, meta } = this.#current;
        this.#current = undefined;
        const data = keep ? (0,_inflate_js__WEBPACK_IMPORTED_MODULE_0__/* .concatBytes */ .Id)(this.#parts, entry.size) : undefined;
        this.#parts = [];
        if (meta === 'x')
            this.#pax = parsePax(data);
        else if (meta === 'g')
            this.#globalPax = { ...this.#globalPax, ...parsePax(data) };
        else if (meta === 'L')
            this.#longName = text(data, 0, data.length);
        else if (meta === 'K')
            this.#longLink = text(data, 0, data.length);
        else
            this.#options.onEntry(entry, data);
    }
    #damaged(why) {
        return new _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveFormatError */ .Y3(this.#options.budget.source, `tar: ${why}`);
    }
    #tooBig(member, size, max) {
        return new _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveLimitError */ .w(this.#options.budget.source, member, 'inflated size', `a member of ${size} bytes, where at most ${max} are read`);
    }
    /** Drops bytes nobody asked for, without copying them. */
    #skip(length) {
        let left = length;
        while (left > 0) {
            const head = this.#pending[0];
            if (head.length <= left) {
                left -= head.length;
                this.#pending.shift();
            }
            else {
                this.#pending[0] = head.subarray(left);
                left = 0;
            }
        }
        this.#pendingBytes -= length;
        this.#offset += length;
    }
    #take(length) {
        const out = new Uint8Array(length);
        let offset = 0;
        while (offset < length) {
            const head = this.#pending[0];
            const n = Math.min(head.length, length - offset);
            out.set(head.subarray(0, n), offset);
            offset += n;
            if (n === head.length)
                this.#pending.shift();
            else
                this.#pending[0] = head.subarray(n);
        }
        this.#pendingBytes -= length;
        this.#offset += length;
        return out;
    }
}
/** Every entry of a whole tar in memory, with the data of its files. */
function readTar(bytes, budget) {
    const entries = [];
    const reader = new TarReader({
        want: (entry) => entry.type === 'file',
        maxKeptBytes: Number.MAX_SAFE_INTEGER,
        budget,
        onEntry: (entry, data) => entries.push({ ...entry, data: data ?? new Uint8Array() })
    });
    reader.push(bytes);
    reader.end();
    return entries;
}
function toEntry(header, pax, size, longName, longLink) {
    const magic = decoder.decode(header.subarray(257, 265));
    const ustar = magic.startsWith('ustar');
    const prefix = ustar && magic === 'ustar\u000000' ? text(header, 345, 155) : '';
    const name = text(header, 0, 100);
    const path = pax.path ?? longName ?? (prefix ? `${prefix}/${name}` : name);
    const typeflag = String.fromCharCode(header[156]);
    const fields = {
        mode: (number(header, 100, 8) & 0o7777).toString(8).padStart(4, '0'),
        uid: pax.uid ?? String(number(header, 108, 8)),
        gid: pax.gid ?? String(number(header, 116, 8)),
        mtime: pax.mtime ?? String(number(header, 136, 12)),
        uname: pax.uname ?? text(header, 265, 32),
        gname: pax.gname ?? text(header, 297, 32),
        format: !ustar ? 'v7' : magic === 'ustar  \u0000' ? 'gnu' : 'ustar'
    };
    const linkname = pax.linkpath ?? longLink ?? text(header, 157, 100);
    if (linkname)
        fields.linkname = linkname;
    for (const [key, value] of Object.entries(pax)) {
        if (!HANDLED_PAX.has(key))
            fields[`pax:${key}`] = value;
    }
    return {
        path,
        type: TYPES[typeflag] ?? 'other',
        fields,
        size
    };
}
const HANDLED_PAX = new Set([
    'path',
    'linkpath',
    'size',
    'mtime',
    'uid',
    'gid',
    'uname',
    'gname'
]);
const TYPES = {
    '0': 'file',
    '\u0000': 'file',
    '7': 'file',
    '1': 'hardlink',
    '2': 'symlink',
    '5': 'dir'
};
/** `<length> <key>=<value>\n` records, the length counting the whole record. */
function parsePax(data) {
    const records = {};
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        if (space < 0)
            break;
        const length = Number(text(data, at, space - at));
        if (!Number.isInteger(length) || length <= 0)
            break;
        const record = decoder.decode(data.subarray(space + 1, at + length - 1));
        const eq = record.indexOf('=');
        if (eq > 0)
            records[record.slice(0, eq)] = record.slice(eq + 1);
        at += length;
    }
    return records;
}
/** Octal text, or GNU base-256 when the first byte has its high bit set. */
function number(header, at, length) {
    const field = header.subarray(at, at + length);
    if ((field[0] & 0x80) !== 0) {
        let value = field[0] & 0x7f;
        for (let i = 1; i < field.length; i++)
            value = value * 256 + field[i];
        return value;
    }
    const digits = text(field, 0, field.length).trim();
    return digits === '' ? 0 : parseInt(digits, 8);
}
function text(bytes, at, length) {
    const slice = bytes.subarray(at, at + length);
    const end = slice.indexOf(0);
    return decoder.decode(end < 0 ? slice : slice.subarray(0, end));
}
function checksumOk(header) {
    if (header.length < BLOCK)
        return false;
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) {
        sum += i >= 148 && i < 156 ? 0x20 : header[i];
    }
    const stored = parseInt(text(header, 148, 8).trim(), 8);
    return stored === sum;
}


/***/ }),

/***/ 88701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ looksLikeZip),
/* harmony export */   u: () => (/* binding */ readZip)
/* harmony export */ });
/* harmony import */ var _inflate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79821);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46228);
/**
 * The one zip reader (wheels, jars, zips): the central directory with its
 * per-entry metadata (DOS time, extended timestamp, Unix mode, creator,
 * method, flags, extra field ids), ZIP64 counts and offsets, and the entry
 * data (stored or deflated, inflated within the archive's bounds). Every
 * offset is checked against the archive's length before it is read.
 */


const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UNIX_HOST = 3;
const decoder = new TextDecoder('utf-8');
function looksLikeZip(bytes) {
    return bytes.length >= 22 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}
/** Every entry, with the data of those `want` asks for (all by default). */
function readZip(bytes, budget, want = () => true) {
    try {
        return readEntries(bytes, budget, want);
    }
    catch (error) {
        if (!(error instanceof RangeError))
            throw error;
        throw new _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveFormatError */ .Y3(budget.source, 'zip: an offset or length points outside the archive', { cause: error });
    }
}
function readEntries(bytes, budget, want) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const eocd = findEocd(view, budget.source);
    let count = view.getUint16(eocd + 10, true);
    let offset = view.getUint32(eocd + 16, true);
    const locator = eocd - 20;
    if (locator >= 0 && view.getUint32(locator, true) === EOCD64_LOCATOR) {
        const at = Number(view.getBigUint64(locator + 8, true));
        if (view.getUint32(at, true) === EOCD64) {
            count = Number(view.getBigUint64(at + 32, true));
            offset = Number(view.getBigUint64(at + 48, true));
        }
    }
    const entries = [];
    for (let i = 0; i < count; i++) {
        if (view.getUint32(offset, true) !== CENTRAL) {
            throw new _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveFormatError */ .Y3(budget.source, `zip: central directory entry ${i} is damaged`);
        }
        const nameLength = view.getUint16(offset + 28, true);
        const extraLength = view.getUint16(offset + 30, true);
        const commentLength = view.getUint16(offset + 32, true);
        const nameAt = offset + 46;
        const extra = bytes.subarray(nameAt + nameLength, nameAt + nameLength + extraLength);
        const name = decoder.decode(bytes.subarray(nameAt, nameAt + nameLength));
        budget.addEntry(name);
        entries.push(toEntry(view, bytes, offset, name, extra, budget, want(name)));
        offset = nameAt + nameLength + extraLength + commentLength;
    }
    return entries;
}
function toEntry(view, bytes, at, path, extra, budget, wanted) {
    const madeBy = view.getUint16(at + 4, true);
    const method = view.getUint16(at + 10, true);
    const external = view.getUint32(at + 38, true);
    const extras = readExtras(extra);
    let compressed = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    let local = view.getUint32(at + 42, true);
    const zip64 = extras.get(0x0001);
    if (zip64) {
        const z = new DataView(zip64.buffer, zip64.byteOffset, zip64.byteLength);
        let k = 0;
        const next = () => Number(z.getBigUint64(k++ * 8, true));
        if (size === 0xffffffff)
            size = next();
        if (compressed === 0xffffffff)
            compressed = next();
        if (local === 0xffffffff)
            local = next();
    }
    const unix = madeBy >> 8 === UNIX_HOST;
    const mode = unix ? external >>> 16 : 0;
    const fields = {
        'dos time': dosTime(view.getUint16(at + 12, true), view.getUint16(at + 14, true)),
        method: String(method),
        'compressed size': String(compressed),
        'made by': `host ${madeBy >> 8}, version ${madeBy & 0xff}`,
        flags: `0x${view.getUint16(at + 8, true).toString(16)}`,
        'extra fields': [...extras.keys()]
            .map((id) => `0x${id.toString(16)}`)
            .join(' ')
    };
    if (unix)
        fields.mode = (mode & 0o7777).toString(8).padStart(4, '0');
    const ext = extras.get(0x5455);
    if (ext && ext.length >= 5 && (ext[0] & 1) === 1) {
        fields['extended mtime'] = String(new DataView(ext.buffer, ext.byteOffset).getUint32(1, true));
    }
    const type = path.endsWith('/')
        ? 'dir'
        : unix && (mode & 0o170000) === 0o120000
            ? 'symlink'
            : 'file';
    return {
        path,
        type,
        fields,
        size,
        data: wanted
            ? entryData(view, bytes, { local, method, compressed, size, path }, budget)
            : undefined
    };
}
function entryData(view, bytes, member, budget) {
    const { local, method, compressed, size, path } = member;
    if (view.getUint32(local, true) !== LOCAL)
        return undefined;
    const start = local +
        30 +
        view.getUint16(local + 26, true) +
        view.getUint16(local + 28, true);
    if (start + compressed > bytes.length) {
        throw new _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveFormatError */ .Y3(budget.source, `zip: member ${(0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteMember */ .zP)(path)} runs past the end of the archive`);
    }
    const raw = bytes.subarray(start, start + compressed);
    if (method === 0)
        return raw;
    if (method === 8)
        return (0,_inflate_js__WEBPACK_IMPORTED_MODULE_0__/* .inflateBounded */ .DR)('deflate', raw, budget, path, size);
    return undefined;
}
function findEocd(view, source) {
    const last = view.byteLength - 22;
    for (let at = last; at >= Math.max(0, last - 0xffff); at--) {
        if (view.getUint32(at, true) === EOCD)
            return at;
    }
    throw new _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveFormatError */ .Y3(source, 'zip: no end of central directory record');
}
function readExtras(extra) {
    const found = new Map();
    const view = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
    for (let at = 0; at + 4 <= extra.length;) {
        const id = view.getUint16(at, true);
        const length = view.getUint16(at + 2, true);
        found.set(id, extra.subarray(at + 4, at + 4 + length));
        at += 4 + length;
    }
    return found;
}
function dosTime(time, date) {
    const pad = (n) => String(n).padStart(2, '0');
    const y = 1980 + (date >> 9);
    const mo = (date >> 5) & 0xf;
    const d = date & 0x1f;
    const h = time >> 11;
    const mi = (time >> 5) & 0x3f;
    const s = (time & 0x1f) * 2;
    return `${y}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}:${pad(s)}`;
}


/***/ }),

/***/ 19383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Io: () => (/* binding */ clipMessage),
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


/***/ })

};
