export const id = 8040;
export const ids = [8040];
export const modules = {

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
    const matches = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__.glob)([...globs], {
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

/***/ 36157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ compareWithReference)
});

// EXTERNAL MODULE: ./src/lib/rebuild/compare.ts
var compare = __webpack_require__(49140);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/lib/rebuild/explain.ts + 6 modules
var explain = __webpack_require__(19277);
// EXTERNAL MODULE: ./src/io/rebuild/diffoscope.ts
var rebuild_diffoscope = __webpack_require__(51530);
;// CONCATENATED MODULE: ./src/io/rebuild/explain.ts
/**
 * Explains every mismatched artifact: the built-in archive comparison
 * always classifies the differences; diffoscope, when it is the explainer,
 * adds its full report (kept in the report directory).
 */




/** Larger artifacts are not read into memory by the built-in explainer. */
const MAX_BUILTIN_EXPLAIN_BYTES = 512 * 1024 * 1024;
async function explainMismatches(results, referenceFiles, rebuiltFiles, options) {
    const out = [];
    for (const result of results) {
        const reference = referenceFiles.get(result.name);
        const rebuilt = rebuiltFiles.get(result.name);
        if (result.status !== 'mismatch' || rebuilt === undefined) {
            out.push(result);
            continue;
        }
        options.log(`Explaining the differences in ${result.name}`);
        const explanation = reference === undefined
            ? (0,explain/* toExplanation */.Hc)(options.explainer, 'file', [], 'the reference is a checksums file: there are no reference bytes to compare; give a directory or a release tag to have the differences explained')
            : await explainOne(result.name, reference, rebuilt, options);
        out.push({ ...result, explanation });
    }
    return out;
}
async function explainOne(name, reference, rebuilt, options) {
    const builtin = await explainBuiltin(name, reference, rebuilt, options.buildPaths);
    if (options.explainer !== 'diffoscope' || !options.diffoscope)
        return builtin;
    const dir = external_node_path_default().join(options.reportDir, 'diffoscope');
    await (0,promises_.mkdir)(dir, { recursive: true });
    const diffoscope = await (0,rebuild_diffoscope/* runDiffoscope */.GN)({
        executable: options.diffoscope,
        reference,
        rebuilt,
        reportFile: external_node_path_default().join(dir, `${name}.txt`),
        reportName: `diffoscope/${name}.txt`,
        env: options.env
    });
    return { ...builtin, explainer: 'diffoscope', diffoscope };
}
async function explainBuiltin(name, reference, rebuilt, buildPaths) {
    const [a, b] = await Promise.all([(0,promises_.stat)(reference), (0,promises_.stat)(rebuilt)]);
    if (a.size > MAX_BUILTIN_EXPLAIN_BYTES ||
        b.size > MAX_BUILTIN_EXPLAIN_BYTES) {
        return (0,explain/* toExplanation */.Hc)('builtin', 'file', [
            {
                category: 'content',
                what: 'content',
                reference: `${a.size} bytes`,
                rebuilt: `${b.size} bytes`
            }
        ], `larger than ${MAX_BUILTIN_EXPLAIN_BYTES / 1024 / 1024} MiB: not opened by the built-in explainer (diffoscope reads it)`);
    }
    const [refBytes, rebBytes] = await Promise.all([
        (0,promises_.readFile)(reference),
        (0,promises_.readFile)(rebuilt)
    ]);
    return (0,explain/* explainBytes */.rY)(refBytes, rebBytes, buildPaths, name);
}

// EXTERNAL MODULE: ./src/io/fs/hash.ts
var hash = __webpack_require__(90808);
;// CONCATENATED MODULE: ./src/io/rebuild/compare.ts
/**
 * Rebuilt files against a loaded reference: hashed (in parallel when large),
 * compared by name and digest, every mismatch explained.
 */



async function compareWithReference(artifacts, reference, explain) {
    const digests = await (0,hash/* sha256Files */.Rs)(artifacts.map((a) => a.absolute));
    const results = (0,compare/* compareArtifacts */.Tu)(artifacts.map((a, i) => ({
        name: a.name,
        path: a.path,
        sha256: digests[i].sha256,
        size: digests[i].size
    })), reference.artifacts);
    return explainMismatches(results, reference.files, new Map(artifacts.map((a) => [a.name, a.absolute])), explain);
}


/***/ }),

/***/ 51530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ runDiffoscope),
/* harmony export */   aY: () => (/* binding */ findOnPath)
/* harmony export */ });
/* unused harmony exports DIFFOSCOPE_TIMEOUT_MS, DIFFOSCOPE_EXCERPT_LINES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55039);
/**
 * diffoscope (Debian's, reproducible-builds.org's) as an explainer: found on
 * PATH, run with --text into the report directory and a timeout; its report
 * is kept whole and its first lines go into report.md.
 */



const DIFFOSCOPE_TIMEOUT_MS = 10 * 60 * 1000;
const DIFFOSCOPE_EXCERPT_LINES = 60;
/** The executable on `pathVariable`, or undefined. */
async function findOnPath(name, pathVariable) {
    for (const dir of (pathVariable ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_1___default().delimiter))) {
        if (dir === '')
            continue;
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(candidate, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
async function runDiffoscope(run) {
    const result = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .execFileCapture */ .c)(run.executable, ['--text', run.reportFile, '--no-progress', run.reference, run.rebuilt], {
        env: { ...run.env, LC_ALL: 'C.UTF-8', TZ: 'UTC' },
        timeoutMs: run.timeoutMs ?? DIFFOSCOPE_TIMEOUT_MS,
        maxOutputBytes: 256 * 1024
    });
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(run.reportFile, 'utf8').catch(() => '');
    const lines = text.split('\n');
    const excerpt = text === ''
        ? result.timedOut
            ? `diffoscope did not finish within ${Math.round((run.timeoutMs ?? DIFFOSCOPE_TIMEOUT_MS) / 1000)} s`
            : `diffoscope wrote no report (exit code ${result.exitCode}): ${result.stderr.trim().split('\n').slice(-5).join(' / ')}`
        : lines.slice(0, DIFFOSCOPE_EXCERPT_LINES).join('\n') +
            (lines.length > DIFFOSCOPE_EXCERPT_LINES
                ? `\n... ${lines.length - DIFFOSCOPE_EXCERPT_LINES} more lines in ${run.reportName}`
                : '');
    return {
        report: run.reportName,
        excerpt,
        exitCode: result.exitCode,
        timedOut: result.timedOut
    };
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

/***/ 49140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tu: () => (/* binding */ compareArtifacts),
/* harmony export */   hw: () => (/* binding */ isReproducible),
/* harmony export */   x7: () => (/* binding */ countByStatus)
/* harmony export */ });
/* harmony import */ var _checksums_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44759);
/**
 * Rebuilt artifacts against the reference, by name and SHA-256: match,
 * mismatch, missing (in the reference, not rebuilt) and extra (rebuilt, not
 * in the reference). Sorted by name so reports are stable.
 */

function compareArtifacts(rebuilt, reference) {
    const byName = new Map(reference.map((r) => [r.name, r]));
    const results = [];
    for (const artifact of rebuilt) {
        const { name, ...rebuiltInfo } = artifact;
        const ref = byName.get(name);
        byName.delete(name);
        if (!ref) {
            results.push({ name, status: 'extra', rebuilt: rebuiltInfo });
            continue;
        }
        results.push({
            name,
            status: ref.sha256 === artifact.sha256 ? 'match' : 'mismatch',
            rebuilt: rebuiltInfo,
            reference: toDigestInfo(ref)
        });
    }
    for (const [name, ref] of byName) {
        results.push({ name, status: 'missing', reference: toDigestInfo(ref) });
    }
    return results.toSorted((a, b) => (0,_checksums_js__WEBPACK_IMPORTED_MODULE_0__/* .compareNames */ .MP)(a.name, b.name));
}
function toDigestInfo(ref) {
    return ref.size === undefined
        ? { sha256: ref.sha256 }
        : { sha256: ref.sha256, size: ref.size };
}
/**
 * Reproducible: at least one reference artifact, and every one rebuilt
 * bit for bit. Extra rebuilt files are reported but are not part of the
 * release, so they do not change the verdict.
 */
function isReproducible(results) {
    const compared = results.filter((r) => r.status !== 'extra');
    return compared.length > 0 && compared.every((r) => r.status === 'match');
}
function countByStatus(results) {
    const counts = { match: 0, mismatch: 0, missing: 0, extra: 0 };
    for (const r of results)
        counts[r.status]++;
    return counts;
}


/***/ }),

/***/ 19277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s7: () => (/* binding */ chooseExplainer),
  rY: () => (/* binding */ explainBytes),
  Hc: () => (/* binding */ toExplanation)
});

// UNUSED EXPORTS: MAX_LISTED_DIFFERENCES, categoriesOf, countCategories

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/archive/limits.ts
var limits = __webpack_require__(46228);
// EXTERNAL MODULE: ./src/lib/archive/tar.ts
var tar = __webpack_require__(86485);
// EXTERNAL MODULE: ./src/lib/archive/zip.ts
var zip = __webpack_require__(88701);
// EXTERNAL MODULE: ./src/lib/archive/inflate.ts
var inflate = __webpack_require__(79821);
;// CONCATENATED MODULE: ./src/lib/rebuild/gzip.ts
/**
 * The gzip layer of .tar.gz, .tgz and .gz files: the header fields that make
 * two compressions of the same bytes differ (MTIME, the stored file name,
 * XFL, OS), and the decompressed bytes (within the archive's bounds).
 */

const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;
const FHCRC = 2;
function looksLikeGzip(bytes) {
    return bytes.length >= 18 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
function readGzip(bytes, budget) {
    const flags = bytes[3];
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const fields = {
        'gzip mtime': String(view.getUint32(4, true)),
        'gzip extra flags': String(bytes[8]),
        'gzip os': String(bytes[9])
    };
    let at = 10;
    if (flags & FEXTRA)
        at += 2 + view.getUint16(at, true);
    if (flags & FNAME) {
        const end = bytes.indexOf(0, at);
        fields['gzip file name'] = new TextDecoder('latin1').decode(bytes.subarray(at, end));
        at = end + 1;
    }
    if (flags & FCOMMENT) {
        const end = bytes.indexOf(0, at);
        fields['gzip comment'] = new TextDecoder('latin1').decode(bytes.subarray(at, end));
        at = end + 1;
    }
    if (flags & FHCRC)
        at += 2;
    return {
        fields,
        payload: bytes.subarray(at),
        data: (0,inflate/* inflateBounded */.DR)('gzip', bytes, budget)
    };
}

;// CONCATENATED MODULE: ./src/lib/rebuild/archive.ts
/**
 * One view over the archives the built-in explainer reads: tar, tar.gz (and
 * npm's .tgz), gzip, zip (and wheels, jars). Told apart by their bytes, not
 * their names. Entries carry their metadata as named text fields.
 */




/** The one entry of a plain .gz: its stored name is a header field. */
const GZIP_CONTENT = '(gzip content)';
/**
 * The archive, undefined when the bytes are no archive this reader knows;
 * throws when damaged, and an ArchiveLimitError naming `source` when it
 * crosses a bound.
 */
function openArchive(bytes, source) {
    const budget = new limits/* InflationBudget */.yE(source);
    if (looksLikeGzip(bytes)) {
        const gzip = readGzip(bytes, budget);
        if ((0,tar/* looksLikeTar */.lH)(gzip.data)) {
            return {
                format: 'tar.gz',
                layer: gzip.fields,
                inner: gzip.data,
                compressed: gzip.payload,
                entries: (0,tar/* readTar */.sB)(gzip.data, budget)
            };
        }
        return {
            format: 'gzip',
            layer: gzip.fields,
            inner: gzip.data,
            compressed: gzip.payload,
            entries: [
                {
                    path: GZIP_CONTENT,
                    type: 'file',
                    fields: {},
                    size: gzip.data.length,
                    data: gzip.data
                }
            ]
        };
    }
    if ((0,zip/* looksLikeZip */.f)(bytes)) {
        return {
            format: 'zip',
            layer: {},
            inner: bytes,
            entries: (0,zip/* readZip */.u)(bytes, budget)
        };
    }
    if ((0,tar/* looksLikeTar */.lH)(bytes)) {
        return {
            format: 'tar',
            layer: {},
            inner: bytes,
            entries: (0,tar/* readTar */.sB)(bytes, budget)
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/lib/rebuild/classify.ts
const FIELD_CATEGORIES = {
    mtime: 'timestamps',
    'dos time': 'timestamps',
    'extended mtime': 'timestamps',
    'gzip mtime': 'timestamps',
    'pax:atime': 'timestamps',
    'pax:ctime': 'timestamps',
    'pax:LIBARCHIVE.creationtime': 'timestamps',
    mode: 'permissions',
    uid: 'ownership',
    gid: 'ownership',
    uname: 'ownership',
    gname: 'ownership',
    type: 'content',
    linkname: 'content'
};
/** Anything else describes the archive's encoding: method, creator, flags, header format. */
function categoryOfField(field) {
    if (FIELD_CATEGORIES[field])
        return FIELD_CATEGORIES[field];
    if (/xattr|acl/i.test(field))
        return 'permissions';
    return 'compression';
}
const DATE_PATTERNS = [
    // 2024-01-31T12:00:00.123Z, 2024-01-31 12:00:00 +0000, 2024-01-31
    /\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?: ?(?:Z|UTC|[+-]\d{2}:?\d{2}))?)?/g,
    // date(1): Thu Jan  1 00:00:00 UTC 2024; RFC 2822: Thu, 01 Jan 2024 00:00:00 +0000
    /(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),? +(?:\d{1,2} +)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?: +\d{1,2})?(?: +\d{4})? +\d{2}:\d{2}:\d{2}(?: +[A-Z]{2,5}| +[+-]\d{4})?(?: +\d{4})?/g,
    /\b\d{2}:\d{2}:\d{2}(?:\.\d+)?\b/g,
    // Unix time in seconds (2001-2286), with fractions
    /\b1\d{9}(?:\.\d+)?\b/g
];
const ABSOLUTE_PATH = /(?:\/[\w.+@-]+){2,}/g;
function maskDates(text) {
    return DATE_PATTERNS.reduce((t, p) => t.replace(p, '<date>'), text);
}
function maskPaths(text) {
    return text.replace(ABSOLUTE_PATH, '<path>');
}
function classifyText(reference, rebuilt, buildPaths) {
    if (maskDates(reference) === maskDates(rebuilt))
        return 'timestamps';
    const hasBuildPath = buildPaths.some((p) => p !== '' && rebuilt.includes(p));
    if (hasBuildPath &&
        maskPaths(maskDates(reference)) === maskPaths(maskDates(rebuilt))) {
        return 'build-path';
    }
    return 'content';
}

;// CONCATENATED MODULE: ./src/lib/rebuild/archive-metadata.ts

function diffFields(reference, rebuilt, entry) {
    const names = [
        ...new Set([...Object.keys(reference), ...Object.keys(rebuilt)])
    ];
    return names
        .filter((name) => reference[name] !== rebuilt[name])
        .map((name) => {
        const category = categoryOfField(name);
        const show = (value) => value === undefined
            ? '(none)'
            : category === 'timestamps'
                ? withDate(value)
                : value;
        return {
            category,
            ...(entry === undefined ? {} : { entry }),
            what: name,
            reference: show(reference[name]),
            rebuilt: show(rebuilt[name])
        };
    });
}
/** Unix seconds also shown as a UTC date: `1704067200 (2024-01-01T00:00:00Z)`. */
function withDate(value) {
    const seconds = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value) || !Number.isFinite(seconds))
        return value;
    const iso = new Date(Math.floor(seconds) * 1000).toISOString();
    return `${value} (${iso.replace('.000Z', 'Z')})`;
}
/** Same uncompressed bytes, different compressed stream: level, strategy or implementation. */
function streamDifference(ref, reb, entry) {
    if (!ref.compressed || !reb.compressed)
        return undefined;
    if (!Buffer.from(ref.inner).equals(reb.inner))
        return undefined;
    if (Buffer.from(ref.compressed).equals(reb.compressed))
        return undefined;
    return {
        category: 'compression',
        ...(entry === undefined ? {} : { entry }),
        what: 'compressed stream (same uncompressed bytes: compression level or implementation)'
    };
}
/** Same entries, metadata and contents, different bytes: the encoding differs. */
function encodingDifference(ref, entry) {
    return {
        category: 'compression',
        ...(entry === undefined ? {} : { entry }),
        what: `${ref.format} encoding (same entries, metadata and contents: header format, padding or alignment)`
    };
}
function orderDifference(ref, reb, label) {
    const a = [...ref.keys()].filter((k) => reb.has(k));
    const b = [...reb.keys()].filter((k) => ref.has(k));
    const at = a.findIndex((key, i) => key !== b[i]);
    if (at < 0)
        return undefined;
    return {
        category: 'file-order',
        entry: label(ref.get(a[at]).path),
        what: 'order',
        reference: `position ${at + 1} of ${a.length}`,
        rebuilt: `position ${b.indexOf(a[at]) + 1} of ${b.length}`
    };
}
function keyed(entries) {
    const map = new Map();
    for (const entry of entries) {
        let key = entry.path;
        for (let n = 2; map.has(key); n++)
            key = `${entry.path} (#${n})`;
        map.set(key, entry);
    }
    return map;
}
function describeEntry(entry) {
    return `${entry.type}, ${entry.size} bytes`;
}

;// CONCATENATED MODULE: ./src/lib/rebuild/text-diff.ts
/**
 * A short unified diff of two texts (reference -> rebuilt): common prefix
 * and suffix trimmed, the middle aligned by longest common subsequence when
 * it is small, hunks with a few lines of context, the whole capped.
 */
/** Above this many cells the middle is shown as removed-then-added. */
const MAX_LCS_CELLS = 1_000_000;
function unifiedDiff(reference, rebuilt, options = {}) {
    const { context = 2, maxLines = 40 } = options;
    const ops = diffLines(splitLines(reference), splitLines(rebuilt));
    const lines = [];
    for (const hunk of toHunks(ops, context)) {
        const first = hunk[0];
        const aCount = hunk.filter((o) => o.kind !== '+').length;
        const bCount = hunk.filter((o) => o.kind !== '-').length;
        lines.push(`@@ -${first.a + (aCount > 0 ? 1 : 0)},${aCount} +${first.b + (bCount > 0 ? 1 : 0)},${bCount} @@`);
        for (const op of hunk)
            lines.push(`${op.kind}${op.line}`);
    }
    const shown = lines.slice(0, maxLines);
    if (lines.length > shown.length) {
        shown.push(`... ${lines.length - shown.length} more diff lines`);
    }
    const head = [
        `--- ${options.from ?? 'reference'}`,
        `+++ ${options.to ?? 'rebuilt'}`
    ];
    return [...head, ...shown].join('\n');
}
function splitLines(text) {
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
function diffLines(a, b) {
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start])
        start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    const ops = [];
    for (let i = 0; i < start; i++)
        ops.push({ kind: ' ', line: a[i], a: i, b: i });
    ops.push(...middle(a.slice(start, endA), b.slice(start, endB), start, start));
    for (let i = endA, j = endB; i < a.length; i++, j++) {
        ops.push({ kind: ' ', line: a[i], a: i, b: j });
    }
    return ops;
}
function middle(a, b, offA, offB) {
    const removeAll = () => [
        ...a.map((line, i) => ({ kind: '-', line, a: offA + i, b: offB })),
        ...b.map((line, j) => ({
            kind: '+',
            line,
            a: offA + a.length,
            b: offB + j
        }))
    ];
    if (a.length === 0 || b.length === 0 || a.length * b.length > MAX_LCS_CELLS) {
        return removeAll();
    }
    // lcs[i][j]: length of the LCS of a[i:] and b[j:]
    const width = b.length + 1;
    const lcs = new Uint32Array((a.length + 1) * width);
    for (let i = a.length - 1; i >= 0; i--) {
        for (let j = b.length - 1; j >= 0; j--) {
            lcs[i * width + j] =
                a[i] === b[j]
                    ? lcs[(i + 1) * width + j + 1] + 1
                    : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
        }
    }
    const ops = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (i < a.length && j < b.length && a[i] === b[j]) {
            ops.push({ kind: ' ', line: a[i], a: offA + i++, b: offB + j++ });
        }
        else if (j >= b.length ||
            (i < a.length && lcs[(i + 1) * width + j] >= lcs[i * width + j + 1])) {
            ops.push({ kind: '-', line: a[i], a: offA + i++, b: offB + j });
        }
        else {
            ops.push({ kind: '+', line: b[j], a: offA + i, b: offB + j++ });
        }
    }
    return ops;
}
/** Changes closer than 2 × context lines share a hunk. */
function toHunks(ops, context) {
    const changes = ops.flatMap((op, index) => (op.kind === ' ' ? [] : [index]));
    const hunks = [];
    for (let k = 0; k < changes.length;) {
        let m = k;
        while (m + 1 < changes.length &&
            changes[m + 1] - changes[m] <= 2 * context + 1)
            m++;
        const from = Math.max(0, changes[k] - context);
        hunks.push(ops.slice(from, Math.min(ops.length, changes[m] + context + 1)));
        k = m + 1;
    }
    return hunks;
}

;// CONCATENATED MODULE: ./src/lib/rebuild/archive-diff.ts





/** Nested archives are opened this deep (artifact = 0). */
const MAX_NESTING_DEPTH = 2;
/** Text larger than this is compared as bytes. */
const MAX_TEXT_DIFF_BYTES = 2 * 1024 * 1024;
function diffArchives(reference, rebuilt, prefix, ctx) {
    const label = (path) => prefix === undefined ? path : `${prefix}!/${path}`;
    const out = diffFields(reference.layer, rebuilt.layer, prefix);
    const stream = streamDifference(reference, rebuilt, prefix);
    if (stream)
        out.push(stream);
    const refEntries = keyed(reference.entries);
    const rebEntries = keyed(rebuilt.entries);
    for (const [key, entry] of refEntries) {
        if (!rebEntries.has(key)) {
            out.push({
                category: 'content',
                entry: label(entry.path),
                what: 'removed',
                reference: describeEntry(entry)
            });
        }
    }
    for (const [key, entry] of rebEntries) {
        const ref = refEntries.get(key);
        if (!ref) {
            out.push({
                category: 'content',
                entry: label(entry.path),
                what: 'added',
                rebuilt: describeEntry(entry)
            });
            continue;
        }
        out.push(...diffEntry(ref, entry, label(entry.path), ctx));
    }
    const order = orderDifference(refEntries, rebEntries, label);
    if (order)
        out.push(order);
    if (out.length === 0)
        out.push(encodingDifference(reference, prefix));
    return out;
}
function diffEntry(ref, reb, entry, ctx) {
    const contentDiffers = ref.data !== undefined &&
        reb.data !== undefined &&
        !Buffer.from(ref.data).equals(reb.data);
    const fields = { type: ref.type, ...ref.fields };
    const rebFields = { type: reb.type, ...reb.fields };
    if (contentDiffers || ref.size !== reb.size) {
        delete fields['compressed size'];
        delete rebFields['compressed size'];
    }
    const out = diffFields(fields, rebFields, entry);
    if (contentDiffers)
        out.push(...diffContent(ref.data, reb.data, entry, ctx));
    return out;
}
/** Content of an artifact or an entry: nested archive, text (with a diff) or bytes. */
function diffContent(reference, rebuilt, entry, ctx) {
    const at = entry === undefined ? {} : { entry };
    if (ctx.depth < MAX_NESTING_DEPTH) {
        const nested = tryOpen(reference, rebuilt, [ctx.name, entry].filter(Boolean).join(' › ') || 'artifact');
        if (nested && nested[0].format === nested[1].format) {
            return diffArchives(nested[0], nested[1], entry, {
                ...ctx,
                depth: ctx.depth + 1
            });
        }
    }
    const refText = toText(reference);
    const rebText = toText(rebuilt);
    if (refText !== undefined && rebText !== undefined) {
        const label = entry ?? ctx.name ?? '';
        const diff = unifiedDiff(refText, rebText, {
            from: `reference/${label}`,
            to: `rebuilt/${label}`
        });
        return [
            {
                category: classifyText(refText, rebText, ctx.buildPaths),
                ...at,
                what: 'content',
                ...firstChangedLines(diff),
                diff
            }
        ];
    }
    const hasBuildPath = ctx.buildPaths.some((p) => p !== '' &&
        Buffer.from(rebuilt).includes(p) &&
        !Buffer.from(reference).includes(p));
    return [
        {
            category: hasBuildPath ? 'build-path' : 'content',
            ...at,
            what: hasBuildPath
                ? 'content (binary, holds the build path)'
                : 'content (binary)',
            reference: `${reference.length} bytes`,
            rebuilt: `${rebuilt.length} bytes, first difference at byte ${firstDifference(reference, rebuilt)}`
        }
    ];
}
/** The first removed and added lines of a diff, for tables. */
function firstChangedLines(diff) {
    const lines = diff.split('\n').slice(2);
    const first = (sign) => {
        const line = lines.find((l) => l.startsWith(sign));
        if (line === undefined)
            return undefined;
        const text = line.slice(1);
        return text.length > MAX_TABLE_LINE
            ? `${text.slice(0, MAX_TABLE_LINE - 1)}…`
            : text;
    };
    const reference = first('-');
    const rebuilt = first('+');
    return {
        ...(reference === undefined ? {} : { reference }),
        ...(rebuilt === undefined ? {} : { rebuilt })
    };
}
const MAX_TABLE_LINE = 100;
/** Both sides as archives; undefined when either is none or damaged. A bomb is an error. */
function tryOpen(a, b, label) {
    try {
        const x = openArchive(a, `the reference ${label}`);
        const y = x && openArchive(b, `the rebuilt ${label}`);
        return x && y ? [x, y] : undefined;
    }
    catch (error) {
        if (error instanceof limits/* ArchiveLimitError */.w)
            throw error;
        return undefined;
    }
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
function toText(bytes) {
    if (bytes.length > MAX_TEXT_DIFF_BYTES || bytes.includes(0))
        return undefined;
    try {
        return utf8.decode(bytes);
    }
    catch {
        return undefined;
    }
}
function firstDifference(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++)
        if (a[i] !== b[i])
            return i;
    return n;
}

// EXTERNAL MODULE: ./src/lib/rebuild/model.ts
var model = __webpack_require__(77386);
;// CONCATENATED MODULE: ./src/lib/rebuild/explain.ts
/**
 * The built-in explanation of one mismatched artifact: its differences,
 * each classified, capped to a readable number. Archives are compared entry
 * by entry; anything else as text (with a diff) or as bytes.
 */





/** Differences listed per artifact; the rest are counted. */
const MAX_LISTED_DIFFERENCES = 200;
function explainBytes(reference, rebuilt, buildPaths, name) {
    if (Buffer.from(reference).equals(rebuilt)) {
        return toExplanation('builtin', 'file', [], 'the two are identical');
    }
    const ctx = { buildPaths, depth: 0, ...(name ? { name } : {}) };
    let format = 'file';
    let note;
    let differences;
    try {
        const label = name ?? 'artifact';
        const ref = openArchive(reference, `the reference ${label}`);
        const reb = ref && openArchive(rebuilt, `the rebuilt ${label}`);
        if (ref && reb && ref.format === reb.format) {
            format = ref.format;
            differences = diffArchives(ref, reb, undefined, ctx);
        }
        else {
            if (ref || reb) {
                note = `the reference is ${ref?.format ?? 'not an archive'}, the rebuilt artifact ${reb?.format ?? 'not an archive'}: compared as files`;
            }
            differences = diffContent(reference, rebuilt, undefined, {
                ...ctx,
                depth: Infinity
            });
        }
    }
    catch (error) {
        if (error instanceof limits/* ArchiveLimitError */.w)
            throw error;
        note = `not readable as an archive (${error instanceof Error ? error.message : String(error)}): compared as files`;
        differences = diffContent(reference, rebuilt, undefined, {
            ...ctx,
            depth: Infinity
        });
    }
    return toExplanation('builtin', format, differences, note);
}
function toExplanation(explainer, format, differences, note) {
    const listed = differences.slice(0, MAX_LISTED_DIFFERENCES);
    return {
        explainer,
        format,
        categories: categoriesOf(differences),
        counts: countCategories(differences),
        differences: listed,
        omitted: differences.length - listed.length,
        ...(note === undefined ? {} : { note })
    };
}
/** The categories present, in the fixed order of DIFFERENCE_CATEGORIES. */
function categoriesOf(differences) {
    const present = new Set(differences.map((d) => d.category));
    return model/* DIFFERENCE_CATEGORIES */.p.filter((c) => present.has(c));
}
/** Per category, how many differences (for the summary lines). */
function countCategories(differences) {
    const counts = {};
    for (const d of differences)
        counts[d.category] = (counts[d.category] ?? 0) + 1;
    return counts;
}
/** The explainer an `explainer` input picks, given whether diffoscope is on PATH. */
function chooseExplainer(choice, diffoscopeFound) {
    if (choice === 'builtin')
        return 'builtin';
    if (diffoscopeFound)
        return 'diffoscope';
    if (choice === 'auto')
        return 'builtin';
    throw new errors/* InputError */.dz('REBUILD_NO_DIFFOSCOPE', 'input "explainer": diffoscope is not on PATH; install it (apt-get install diffoscope-minimal) or set explainer to auto or builtin');
}


/***/ }),

/***/ 70218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ toNameMatcher)
/* harmony export */ });
/* unused harmony export toRegExp */
/**
 * Which reference files the rebuild is about: those whose name matches the
 * last segment of an artifact glob (`dist/*.whl` -> `*.whl`). A release's
 * signatures, SBOMs and checksums files are then ignored unless a glob names
 * them.
 */
function toNameMatcher(globs) {
    const patterns = globs.map((glob) => toRegExp(lastSegment(glob)));
    return (name) => patterns.some((p) => p.test(name));
}
function lastSegment(glob) {
    const segments = glob.split('/').filter((s) => s !== '');
    return segments[segments.length - 1] ?? '*';
}
/** `*`, `?`, `[...]` and `{a,b}` as in the globs themselves; `**` matches any name. */
function toRegExp(pattern) {
    let out = '';
    let braces = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*') {
            while (pattern[i + 1] === '*')
                i++;
            out += '.*';
        }
        else if (c === '?')
            out += '.';
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end < 0)
                out += '\\[';
            else {
                const body = pattern.slice(i + 1, end).replace(/^!/, '^');
                out += `[${body.replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else if (c === '{' && pattern.includes('}', i)) {
            braces++;
            out += '(?:';
        }
        else if (c === '}' && braces > 0) {
            braces--;
            out += ')';
        }
        else if (c === ',' && braces > 0)
            out += '|';
        else
            out += c.replace(/[.+^$(){}|\\/\]]/g, '\\$&');
    }
    return new RegExp(`^${out}$`, 's');
}


/***/ })

};
