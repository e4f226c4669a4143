export const id = 899;
export const ids = [899];
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
// EXTERNAL MODULE: ./src/lib/rebuild/explain.ts + 8 modules
var explain = __webpack_require__(93505);
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

// EXTERNAL MODULE: ./src/io/rebuild/hash.ts
var hash = __webpack_require__(81482);
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

/***/ 93505:
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
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(51306);
;// CONCATENATED MODULE: ./src/lib/rebuild/gzip.ts
/**
 * The gzip layer of .tar.gz, .tgz and .gz files: the header fields that make
 * two compressions of the same bytes differ (MTIME, the stored file name,
 * XFL, OS), and the decompressed bytes (fflate).
 */

const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;
const FHCRC = 2;
function looksLikeGzip(bytes) {
    return bytes.length >= 18 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
function readGzip(bytes) {
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
    return { fields, payload: bytes.subarray(at), data: (0,esm/* gunzipSync */.Wt)(bytes) };
}

;// CONCATENATED MODULE: ./src/lib/rebuild/tar.ts
const BLOCK = 512;
const decoder = new TextDecoder('utf-8');
function looksLikeTar(bytes) {
    if (bytes.length < BLOCK)
        return false;
    if (tar_text(bytes, 257, 5) === 'ustar')
        return true;
    return checksumOk(bytes.subarray(0, BLOCK));
}
function readTar(bytes) {
    const entries = [];
    let offset = 0;
    let pax = {};
    let globalPax = {};
    let longName;
    let longLink;
    while (offset + BLOCK <= bytes.length) {
        const header = bytes.subarray(offset, offset + BLOCK);
        if (header.every((b) => b === 0))
            break;
        if (!checksumOk(header)) {
            throw new Error(`tar header at offset ${offset} has a bad checksum`);
        }
        const typeflag = String.fromCharCode(header[156]);
        const size = Number(pax.size ?? number(header, 124, 12));
        const start = offset + BLOCK;
        const data = bytes.subarray(start, start + size);
        offset = start + Math.ceil(size / BLOCK) * BLOCK;
        if (typeflag === 'x' || typeflag === 'g') {
            const records = parsePax(data);
            if (typeflag === 'g')
                globalPax = { ...globalPax, ...records };
            else
                pax = records;
            continue;
        }
        if (typeflag === 'L' || typeflag === 'K') {
            const name = tar_text(data, 0, data.length);
            if (typeflag === 'L')
                longName = name;
            else
                longLink = name;
            continue;
        }
        const merged = { ...globalPax, ...pax };
        entries.push(toEntry(header, merged, data, size, longName, longLink));
        pax = {};
        longName = longLink = undefined;
    }
    return entries;
}
function toEntry(header, pax, data, size, longName, longLink) {
    const magic = decoder.decode(header.subarray(257, 265));
    const ustar = magic.startsWith('ustar');
    const prefix = ustar && magic === 'ustar\u000000' ? tar_text(header, 345, 155) : '';
    const name = tar_text(header, 0, 100);
    const path = pax.path ?? longName ?? (prefix ? `${prefix}/${name}` : name);
    const typeflag = String.fromCharCode(header[156]);
    const fields = {
        mode: (number(header, 100, 8) & 0o7777).toString(8).padStart(4, '0'),
        uid: pax.uid ?? String(number(header, 108, 8)),
        gid: pax.gid ?? String(number(header, 116, 8)),
        mtime: pax.mtime ?? String(number(header, 136, 12)),
        uname: pax.uname ?? tar_text(header, 265, 32),
        gname: pax.gname ?? tar_text(header, 297, 32),
        format: !ustar ? 'v7' : magic === 'ustar  \u0000' ? 'gnu' : 'ustar'
    };
    const linkname = pax.linkpath ?? longLink ?? tar_text(header, 157, 100);
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
        size,
        data: TYPES[typeflag] === 'file' ? data : new Uint8Array()
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
/** `<length> <key>=<value>\n` records. */
function parsePax(data) {
    const records = {};
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        if (space < 0)
            break;
        const length = Number(tar_text(data, at, space - at));
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
    const digits = tar_text(field, 0, field.length).trim();
    return digits === '' ? 0 : parseInt(digits, 8);
}
function tar_text(bytes, at, length) {
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
    const stored = parseInt(tar_text(header, 148, 8).trim(), 8);
    return stored === sum;
}

;// CONCATENATED MODULE: ./src/lib/rebuild/zip.ts
/**
 * A small zip reader (wheels, jars, zips): the central directory with its
 * per-entry metadata (DOS time, extended timestamp, Unix mode, creator,
 * method, flags, extra field ids), ZIP64 counts and offsets, and the entry
 * data (stored or deflated, through fflate). Enough to compare two archives.
 */

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UNIX_HOST = 3;
const zip_decoder = new TextDecoder('utf-8');
function looksLikeZip(bytes) {
    return bytes.length >= 22 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}
function readZip(bytes) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const eocd = findEocd(view);
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
            throw new Error(`zip central directory entry ${i} is damaged`);
        }
        const nameLength = view.getUint16(offset + 28, true);
        const extraLength = view.getUint16(offset + 30, true);
        const commentLength = view.getUint16(offset + 32, true);
        const nameAt = offset + 46;
        const extra = bytes.subarray(nameAt + nameLength, nameAt + nameLength + extraLength);
        entries.push(zip_toEntry(view, bytes, offset, zip_decoder.decode(bytes.subarray(nameAt, nameAt + nameLength)), extra));
        offset = nameAt + nameLength + extraLength + commentLength;
    }
    return entries;
}
function zip_toEntry(view, bytes, at, path, extra) {
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
        data: entryData(view, bytes, local, method, compressed)
    };
}
function entryData(view, bytes, local, method, compressed) {
    if (view.getUint32(local, true) !== LOCAL)
        return undefined;
    const start = local +
        30 +
        view.getUint16(local + 26, true) +
        view.getUint16(local + 28, true);
    const raw = bytes.subarray(start, start + compressed);
    if (method === 0)
        return raw;
    if (method === 8)
        return (0,esm/* inflateSync */.HM)(raw);
    return undefined;
}
function findEocd(view) {
    const last = view.byteLength - 22;
    for (let at = last; at >= Math.max(0, last - 0xffff); at--) {
        if (view.getUint32(at, true) === EOCD)
            return at;
    }
    throw new Error('no zip end of central directory record');
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

;// CONCATENATED MODULE: ./src/lib/rebuild/archive.ts
/**
 * One view over the archives the built-in explainer reads: tar, tar.gz (and
 * npm's .tgz), gzip, zip (and wheels, jars). Told apart by their bytes, not
 * their names. Entries carry their metadata as named text fields.
 */



/** The one entry of a plain .gz: its stored name is a header field. */
const GZIP_CONTENT = '(gzip content)';
/** The archive, undefined when the bytes are no archive this reader knows; throws when damaged. */
function openArchive(bytes) {
    if (looksLikeGzip(bytes)) {
        const gzip = readGzip(bytes);
        if (looksLikeTar(gzip.data)) {
            return {
                format: 'tar.gz',
                layer: gzip.fields,
                inner: gzip.data,
                compressed: gzip.payload,
                entries: readTar(gzip.data)
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
    if (looksLikeZip(bytes)) {
        return { format: 'zip', layer: {}, inner: bytes, entries: readZip(bytes) };
    }
    if (looksLikeTar(bytes)) {
        return { format: 'tar', layer: {}, inner: bytes, entries: readTar(bytes) };
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
        const nested = tryOpen(reference, rebuilt);
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
function tryOpen(a, b) {
    try {
        const x = openArchive(a);
        const y = x && openArchive(b);
        return x && y ? [x, y] : undefined;
    }
    catch {
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
        const ref = openArchive(reference);
        const reb = ref && openArchive(rebuilt);
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

/***/ 70294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qp: () => (/* binding */ EXPLAINER_CHOICES),
  uY: () => (/* binding */ REBUILD_INPUTS),
  KH: () => (/* binding */ parseRebuildInputs)
});

// UNUSED EXPORTS: MAX_BUILD_TIMEOUT_MINUTES

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/inputs/index.ts + 3 modules
var lib_inputs = __webpack_require__(65680);
;// CONCATENATED MODULE: ./src/lib/rebuild/env-lines.ts
/** The `env` input: NAME=value lines (blank lines and `#` comments skipped). */

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function parseEnvLines(input, raw) {
    const env = {};
    if (raw === undefined)
        return env;
    const bad = [];
    for (const line of raw.split(/\r?\n/)) {
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        const at = trimmed.indexOf('=');
        const name = at > 0 ? trimmed.slice(0, at).trim() : '';
        if (!NAME.test(name)) {
            bad.push(trimmed);
            continue;
        }
        env[name] = trimmed.slice(at + 1);
    }
    if (bad.length > 0) {
        throw new errors/* InputError */.dz('REBUILD_ENV_LINE', `input "${input}": ${bad.map((b) => `"${b}"`).join(', ')} ${bad.length === 1 ? 'is' : 'are'} not NAME=value (one variable per line, NAME of letters, digits and _)`);
    }
    return env;
}

// EXTERNAL MODULE: ./src/lib/inputs/shared.ts
var shared = __webpack_require__(54476);
// EXTERNAL MODULE: ./src/lib/sign/signing-inputs.ts
var signing_inputs = __webpack_require__(44042);
;// CONCATENATED MODULE: ./src/lib/rebuild/inputs.ts
/**
 * The rebuild action's inputs: one table for actions/rebuild/action.yml and
 * the `provenant rebuild` flags, and the one parser both go through. Every
 * problem is collected and reported at once.
 */





const EXPLAINER_CHOICES = ['auto', 'diffoscope', 'builtin'];
const MAX_BUILD_TIMEOUT_MINUTES = 24 * 60;
const REBUILD_INPUTS = (0,lib_inputs/* defineInputs */.pf)({
    build: {
        kind: 'string',
        required: true,
        description: 'Shell command that builds the artifacts; it runs with sh in a fresh checkout of the source commit, in a normalised environment.'
    },
    artifacts: {
        kind: 'list',
        required: true,
        description: 'Globs of the built artifacts, relative to working-directory in the checkout, newline or space separated.'
    },
    reference: {
        kind: 'string',
        required: true,
        description: 'What the rebuild must reproduce: a directory of artifacts, a checksums file (sha256sum or shasum format), or the tag of a GitHub release whose assets are downloaded.'
    },
    source: {
        kind: 'string',
        default: '.',
        description: 'The git repository to rebuild; the build never runs in it but in a temporary worktree.'
    },
    'source-ref': {
        kind: 'string',
        default: 'HEAD',
        description: 'The commit to rebuild: a commit SHA, tag or branch of the source repository.'
    },
    'working-directory': {
        kind: 'string',
        default: '.',
        description: 'Directory inside the checkout where the build command runs and the artifact globs start.'
    },
    env: {
        kind: 'list',
        description: 'Extra environment variables for the build, one NAME=value per line; they override the normalised ones.'
    },
    'report-dir': {
        kind: 'string',
        default: 'provenant-rebuild',
        description: 'Directory for report.json, report.md, rebuild.intoto.json, build.log and the explainers’ reports.'
    },
    explainer: {
        kind: 'string',
        default: 'auto',
        description: 'How differences are explained: auto (diffoscope when it is on PATH, else the built-in archive comparison), diffoscope, or builtin.'
    },
    'fail-on-mismatch': {
        kind: 'boolean',
        default: 'true',
        description: 'Fail the step (exit code 1 in the CLI) when the rebuild does not reproduce the reference.'
    },
    'build-timeout-minutes': {
        kind: 'integer',
        default: '60',
        description: 'Minutes the build command may run before it is stopped.'
    },
    sign: {
        kind: 'boolean',
        default: 'false',
        description: 'Sign the verdict statement through Sigstore and write rebuild.sigstore.json beside it.'
    },
    'github-token': shared/* GITHUB_TOKEN_INPUT */.vu,
    ...signing_inputs/* SIGNING_INPUTS */.ik
});
function parseRebuildInputs(source) {
    const collector = (0,lib_inputs/* collectProblems */.vX)();
    const read = (name, parse) => collector.attempt(() => parse((0,lib_inputs/* readRaw */.hc)(REBUILD_INPUTS, source, name)), undefined);
    const text = (raw) => raw ?? '';
    // The instance only matters when the verdict is signed: its problems are
    // kept apart, and reported only then.
    const signingProblems = (0,lib_inputs/* collectProblems */.vX)();
    const inputs = {
        build: read('build', text),
        artifacts: read('artifacts', (raw) => checkGlobs((0,lib_inputs/* parseList */.E1)(raw))),
        reference: read('reference', text),
        source: read('source', text),
        sourceRef: read('source-ref', text),
        workingDirectory: read('working-directory', (raw) => checkInside('working-directory', raw ?? '.')),
        env: read('env', (raw) => parseEnvLines('env', raw)),
        reportDir: read('report-dir', text),
        explainer: read('explainer', (raw) => (0,lib_inputs/* parseChoice */.HU)('explainer', raw, EXPLAINER_CHOICES) ?? 'auto'),
        failOnMismatch: read('fail-on-mismatch', (raw) => (0,lib_inputs/* parseBoolean */.yG)('fail-on-mismatch', raw)),
        buildTimeoutMinutes: read('build-timeout-minutes', (raw) => (0,lib_inputs/* parseInteger */.cG)('build-timeout-minutes', raw, {
            min: 1,
            max: MAX_BUILD_TIMEOUT_MINUTES
        }) ?? 60),
        sign: read('sign', (raw) => (0,lib_inputs/* parseBoolean */.yG)('sign', raw)),
        signing: (0,signing_inputs/* parseSigningInputs */.oo)(REBUILD_INPUTS, source, signingProblems),
        githubToken: read('github-token', (raw) => raw === undefined || raw.startsWith('${{') ? undefined : raw)
    };
    if (inputs.sign)
        collector.problems.push(...signingProblems.problems);
    collector.throwIfAny();
    return inputs;
}
/** Artifact globs stay inside the checkout: no absolute paths, no `..`. */
function checkGlobs(globs) {
    for (const glob of globs)
        checkInside('artifacts', glob);
    return globs;
}
function checkInside(name, value) {
    const segments = value.split(/[\\/]+/);
    if (value.startsWith('/') || segments.includes('..')) {
        throw new errors/* InputError */.dz('REBUILD_PATH_OUTSIDE', `input "${name}": "${value}" leaves the checkout; give a path relative to it, without ".."`);
    }
    return value;
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
