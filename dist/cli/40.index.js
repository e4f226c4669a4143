export const id = 40;
export const ids = [40];
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
