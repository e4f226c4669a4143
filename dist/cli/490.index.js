<<<<<<<< HEAD:dist/cli/490.index.js
export const id = 490;
export const ids = [490];
========
export const id = 40;
export const ids = [40];
>>>>>>>> w15:dist/cli/40.index.js
export const modules = {

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

/***/ 42005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ loadReference),
  a: () => (/* binding */ toReferenceGitHub)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/rebuild/checksums.ts
var checksums = __webpack_require__(44759);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/io/rebuild/github-release.ts
/**
 * A release's assets through the GitHub REST API: the release found by its
 * tag, its assets listed page by page, each downloaded (Accept:
 * application/octet-stream) to a file and checked against the digest GitHub
 * reports for it, when it reports one.
 */





const PER_PAGE = 100;
async function fetchReleaseByTag(api, tag) {
    const url = `${api.apiUrl}/repos/${api.repository}/releases/tags/${encodeURIComponent(tag)}`;
    const response = await call(api, url, 'application/vnd.github+json');
    if (response.status === 404) {
        throw new errors/* InputError */.dz('REBUILD_UNKNOWN_TAG', `input "reference": "${tag}" is not a directory or a file here, nor the tag of a published release of ${api.repository} (GitHub answered 404); give a release tag that exists, a directory of artifacts or a checksums file`);
    }
    const release = (await json(response, url));
    const assets = [];
    for (let page = 1;; page++) {
        const listUrl = `${api.apiUrl}/repos/${api.repository}/releases/${release.id}/assets?per_page=${PER_PAGE}&page=${page}`;
        const list = (await json(await call(api, listUrl, 'application/vnd.github+json'), listUrl));
        for (const a of list) {
            assets.push({
                name: a.name,
                url: a.url,
                size: a.size,
                digest: a.digest ?? undefined
            });
        }
        if (list.length < PER_PAGE)
            break;
    }
    return {
        id: release.id,
        tag: release.tag_name,
        htmlUrl: release.html_url,
        assets
    };
}
async function downloadAsset(api, asset, dir) {
    const response = await call(api, asset.url, 'application/octet-stream');
    if (!response.ok || !response.body) {
        throw new errors/* ServiceError */._7('github', `downloading release asset ${asset.name} failed: HTTP ${response.status}`, {
            status: response.status,
            retryable: response.status >= 500
        });
    }
    const file = external_node_path_default().join(dir, asset.name);
    await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.fromWeb(response.body), (0,external_node_fs_.createWriteStream)(file));
    return file;
}
async function call(api, url, accept) {
    const headers = {
        accept,
        'x-github-api-version': '2022-11-28',
        'user-agent': 'provenant-rebuild'
    };
    if (api.token)
        headers.authorization = `Bearer ${api.token}`;
    let response;
    try {
        response = await api.fetch(url, { headers, redirect: 'follow' });
    }
    catch (error) {
        throw new errors/* ServiceError */._7('github', `cannot reach the GitHub API at ${api.apiUrl}: ${String(error)}`, {
            retryable: true,
            cause: error
        });
    }
    if (response.status === 401 || response.status === 403) {
        throw new errors/* InputError */.dz('REBUILD_GITHUB_AUTH', `input "github-token": GitHub refused the token (HTTP ${response.status}) for ${url}; give a token that can read the releases of ${api.repository} (contents: read)`);
    }
    return response;
}
async function json(response, url) {
    if (!response.ok) {
        throw new errors/* ServiceError */._7('github', `GET ${url} answered HTTP ${response.status}`, {
            status: response.status,
            retryable: response.status >= 500 || response.status === 429
        });
    }
    return response.json();
}

// EXTERNAL MODULE: ./src/io/fs/hash.ts
var hash = __webpack_require__(90808);
;// CONCATENATED MODULE: ./src/io/rebuild/reference.ts
/**
 * The reference a rebuild must reproduce, from what the `reference` input
 * names: a directory of artifacts (its files, hashed), a checksums file, or
 * the tag of a GitHub release (its assets, downloaded and hashed). Only the
 * files the artifact globs name count; the others are listed as ignored.
 */






const MAX_CHECKSUMS_FILE_BYTES = 16 * 1024 * 1024;
/** The GitHub API a release tag is fetched from, as the runner's environment names it. */
function toReferenceGitHub(env, token, fetch = globalThis.fetch) {
    return {
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        repository: env.GITHUB_REPOSITORY,
        token,
        fetch
    };
}
async function loadReference(reference, wanted, deps) {
    const local = external_node_path_default().resolve(deps.cwd, reference);
    const found = await (0,promises_.stat)(local).catch(() => undefined);
    if (found?.isDirectory())
        return fromDirectory(reference, local, wanted);
    if (found?.isFile())
        return fromChecksums(reference, local, wanted, found.size);
    const repository = deps.github.repository;
    if (!repository) {
        throw new errors/* InputError */.dz('REBUILD_REFERENCE_NOT_FOUND', `input "reference": "${reference}" is neither a directory nor a file (in ${deps.cwd}), and without GITHUB_REPOSITORY (owner/name) it cannot be a release tag; set GITHUB_REPOSITORY or give a path`);
    }
    return fromRelease(reference, { ...deps.github, repository }, wanted, deps);
}
async function fromDirectory(reference, dir, wanted) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    const names = entries
        .filter((e) => e.isFile())
        .map((e) => e.name)
        .sort();
    const { kept, ignored } = split(names, wanted, reference);
    const digests = await (0,hash/* sha256Files */.Rs)(kept.map((n) => external_node_path_default().join(dir, n)));
    return {
        info: { kind: 'directory', location: reference, ignored },
        artifacts: kept.map((name, i) => ({
            name,
            sha256: digests[i].sha256,
            size: digests[i].size
        })),
        files: new Map(kept.map((n) => [n, external_node_path_default().join(dir, n)])),
        cleanup: () => Promise.resolve()
    };
}
async function fromChecksums(reference, file, wanted, size) {
    if (size > MAX_CHECKSUMS_FILE_BYTES) {
        throw new errors/* InputError */.dz('REBUILD_CHECKSUMS_TOO_LARGE', `input "reference": ${reference} (${size} bytes) is too large for a checksums file; give a directory of artifacts instead`);
    }
    const entries = (0,checksums/* parseChecksumFile */.j7)(await (0,promises_.readFile)(file, 'utf8'), reference);
    const { kept, ignored } = split(entries.map((e) => e.name), wanted, reference);
    return {
        info: { kind: 'checksums', location: reference, ignored },
        artifacts: entries.filter((e) => kept.includes(e.name)),
        files: new Map(),
        cleanup: () => Promise.resolve()
    };
}
async function fromRelease(tag, api, wanted, deps) {
    const release = await fetchReleaseByTag(api, tag);
    const { kept, ignored } = split(release.assets.map((a) => a.name), wanted, tag);
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(deps.tempDir, 'provenant-reference-'));
    const cleanup = () => (0,promises_.rm)(dir, { recursive: true, force: true });
    try {
        const files = new Map();
        for (const asset of release.assets.filter((a) => kept.includes(a.name))) {
            deps.log(`Downloading ${asset.name} (${asset.size} bytes) from release ${tag}`);
            files.set(asset.name, await downloadAsset(api, asset, dir));
        }
        const names = [...files.keys()];
        const digests = await (0,hash/* sha256Files */.Rs)(names.map((n) => files.get(n)));
        const artifacts = names.map((name, i) => ({
            name,
            sha256: digests[i].sha256,
            size: digests[i].size
        }));
        for (const artifact of artifacts) {
            const stated = release.assets.find((a) => a.name === artifact.name)?.digest;
            if (stated?.startsWith('sha256:') &&
                stated.slice(7).toLowerCase() !== artifact.sha256) {
                throw new errors/* ServiceError */._7('github', `release asset ${artifact.name} downloaded with SHA-256 ${artifact.sha256}, but GitHub states ${stated}: the download is damaged`);
            }
        }
        return {
            info: {
                kind: 'release',
                location: tag,
                repository: api.repository,
                tag: release.tag,
                url: release.htmlUrl,
                ignored
            },
            artifacts,
            files,
            cleanup
        };
    }
    catch (error) {
        await cleanup();
        throw error;
    }
}
function split(names, wanted, reference) {
    const kept = names.filter((n) => wanted(n));
    const ignored = names.filter((n) => !wanted(n));
    if (kept.length === 0) {
        const held = names.length === 0 ? 'nothing' : names.slice(0, 10).join(', ');
        throw new errors/* InputError */.dz('REBUILD_REFERENCE_EMPTY', `input "reference": ${reference} holds no file the "artifacts" globs name (it holds ${held}); compare the globs' file-name parts with the reference`);
    }
    return { kept, ignored };
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

<<<<<<<< HEAD:dist/cli/490.index.js
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

/***/ 82202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EU: () => (/* binding */ fence),
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   Hl: () => (/* binding */ STATUS_MARK),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export cell */
/** Small Markdown helpers for the rebuild's report and job summary. */
function cell(value) {
    if (value === undefined || value === '')
        return '';
    return String(value).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function table(header, rows) {
    return [
        `| ${header.join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)
    ].join('\n');
}
/** A fenced block whose fence is longer than any backtick run inside. */
function fence(text, language = '') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const ticks = '`'.repeat(longest + 1);
    return `${ticks}${language}\n${text}\n${ticks}`;
}
function code(text) {
    return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}
function shortSha(hex) {
    return hex === undefined ? '—' : code(hex.slice(0, 16));
}
const STATUS_MARK = {
    match: '✅',
    mismatch: '❌',
    missing: '❌',
    extra: '➕'
};


/***/ }),

/***/ 77386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ DIFFERENCE_CATEGORIES)
/* harmony export */ });
/**
 * The data of one rebuild: per-artifact results and the explanation of every
 * difference. report.json is this model; report.md, the job summary and the
 * verdict statement are views of it.
 */
/** Why two archives differ, as a producer would go about fixing it. */
const DIFFERENCE_CATEGORIES = [
    'timestamps',
    'file-order',
    'permissions',
    'ownership',
    'build-path',
    'compression',
    'content'
];


/***/ }),

========
>>>>>>>> w15:dist/cli/40.index.js
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


<<<<<<<< HEAD:dist/cli/490.index.js
/***/ }),

/***/ 74238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $c: () => (/* binding */ categoryLine),
  xB: () => (/* binding */ toReportMarkdown)
});

// UNUSED EXPORTS: MAX_MARKDOWN_DIFFERENCES, MAX_MARKDOWN_TEXT_DIFFS, artifactTable, differencesTable, headline, intro

;// CONCATENATED MODULE: ./src/lib/rebuild/hints.ts
const CATEGORY_HINTS = {
    timestamps: 'take every time from SOURCE_DATE_EPOCH: tar --mtime=@$SOURCE_DATE_EPOCH (or --clamp-mtime), gzip -n, zip times and dates written into files; most packaging tools honour the variable',
    'file-order': 'add archive entries in a fixed order: tar --sort=name, sorted file lists',
    permissions: 'normalise modes (the rebuild runs under umask 022): tar --mode=go-w,a+rX, or set modes explicitly',
    ownership: 'store no owner: tar --owner=0 --group=0 --numeric-owner, or tools that write uid/gid 0',
    'build-path': 'keep the build directory out of the output: -ffile-prefix-map=$PWD=., go build -trimpath, RUSTFLAGS=--remap-path-prefix',
    compression: 'compress with the same tool, level and header options (gzip -n, the same zlib), or publish what they produce from fixed input',
    content: 'the contents differ: read the diffs, and look for inputs that change between builds (dependency versions, generated files, the network)'
};

// EXTERNAL MODULE: ./src/lib/rebuild/model.ts
var model = __webpack_require__(77386);
// EXTERNAL MODULE: ./src/lib/rebuild/markdown.ts
var markdown = __webpack_require__(82202);
;// CONCATENATED MODULE: ./src/lib/rebuild/report-md.ts
/**
 * report.md: the verdict, the artifact table, every mismatch explained
 * (categories, the differences, text diffs, diffoscope's first lines), then
 * the environment, tools and rebuilder that produced it.
 */



/** Rows of the differences table per artifact in report.md. */
const MAX_MARKDOWN_DIFFERENCES = 60;
const MAX_MARKDOWN_TEXT_DIFFS = 10;
function toReportMarkdown(report) {
    return ([
        headline(report),
        '',
        intro(report),
        '',
        artifactTable(report.artifacts),
        ...hints(report),
        ...report.artifacts.flatMap((a) => a.explanation ? ['', ...explained(a, a.explanation)] : []),
        '',
        ...environment(report)
    ].join('\n') + '\n');
}
function headline(report) {
    return report.reproducible
        ? '# Rebuild: reproducible ✅'
        : '# Rebuild: not reproducible ❌';
}
function intro(report) {
    const { source, build, reference } = report;
    const ref = reference.kind === 'release'
        ? `the assets of release ${(0,markdown/* code */.aY)(reference.tag ?? reference.location)} of ${reference.repository ?? ''}`
        : reference.kind === 'directory'
            ? `the files in ${(0,markdown/* code */.aY)(reference.location)}`
            : `the checksums in ${(0,markdown/* code */.aY)(reference.location)}`;
    const ignored = reference.ignored.length > 0
        ? ` (${reference.ignored.length} reference file(s) the artifact globs do not name were ignored: ${reference.ignored.slice(0, 5).map(markdown/* code */.aY).join(', ')}${reference.ignored.length > 5 ? ', ...' : ''})`
        : '';
    const c = report.counts;
    return [
        `Rebuilt commit ${(0,markdown/* code */.aY)(source.commit)} of ${source.repository} (${(0,markdown/* code */.aY)(source.ref)}) with ${(0,markdown/* code */.aY)(build.command)} and compared the result with ${ref}${ignored}.`,
        '',
        `${c.match} matched, ${c.mismatch} differ, ${c.missing} missing from the rebuild, ${c.extra} extra.`
    ].join('\n');
}
function artifactTable(artifacts) {
    return (0,markdown/* table */.tp)([
        '',
        'artifact',
        'result',
        'reference SHA-256',
        'rebuilt SHA-256',
        'differences'
    ], artifacts.map((a) => [
        markdown/* STATUS_MARK */.Hl[a.status],
        (0,markdown/* code */.aY)(a.name),
        a.status,
        (0,markdown/* shortSha */.Fu)(a.reference?.sha256),
        (0,markdown/* shortSha */.Fu)(a.rebuilt?.sha256),
        a.explanation ? categoryLine(a.explanation) : ''
    ]));
}
function categoryLine(explanation) {
    return explanation.categories
        .map((c) => `${c} (${explanation.counts[c] ?? 0})`)
        .join(', ');
}
function explained(artifact, e) {
    const by = e.explainer === 'diffoscope'
        ? 'diffoscope, classified by the built-in comparison'
        : 'the built-in comparison';
    const out = [
        `## ${artifact.name}`,
        '',
        `Explained by ${by} (${e.format}): ${categoryLine(e) || 'no difference found in the contents'}.`
    ];
    if (e.note)
        out.push('', `Note: ${e.note}`);
    const rows = e.differences.slice(0, MAX_MARKDOWN_DIFFERENCES);
    if (rows.length > 0) {
        out.push('', differencesTable(rows));
        const more = e.differences.length - rows.length + e.omitted;
        if (more > 0)
            out.push('', `... and ${more} more differences (all of them in report.json, up to its cap).`);
    }
    const diffs = e.differences
        .filter((d) => d.diff !== undefined)
        .slice(0, MAX_MARKDOWN_TEXT_DIFFS);
    for (const d of diffs) {
        out.push('', `Text difference in ${(0,markdown/* code */.aY)(d.entry ?? artifact.name)} (${d.category}):`, '', (0,markdown/* fence */.EU)(d.diff, 'diff'));
    }
    if (e.diffoscope) {
        out.push('', `diffoscope's report (${(0,markdown/* code */.aY)(e.diffoscope.report)}), first lines:`, '', (0,markdown/* fence */.EU)(e.diffoscope.excerpt, 'text'));
    }
    return out;
}
/** One line per category found, saying what usually fixes it. */
function hints(report) {
    const found = new Set(report.artifacts.flatMap((a) => a.explanation?.categories ?? []));
    const lines = model/* DIFFERENCE_CATEGORIES */.p.filter((c) => found.has(c)).map((c) => `- **${c}**: ${CATEGORY_HINTS[c]}`);
    return lines.length === 0
        ? []
        : ['', 'What usually fixes these:', '', ...lines];
}
function environment(report) {
    const { build, source, rebuilder } = report;
    return [
        '## How it was rebuilt',
        '',
        `- SOURCE_DATE_EPOCH ${source.committerTime} (${new Date(source.committerTime * 1000).toISOString().replace('.000Z', 'Z')}), the commit's committer time; umask ${build.umask}`,
        `- working directory ${(0,markdown/* code */.aY)(build.workingDirectory)}, artifacts ${build.artifacts.map(markdown/* code */.aY).join(', ')}, build time ${(build.durationMs / 1000).toFixed(1)} s`,
        `- OS: ${build.os}`,
        `- rebuilder: ${rebuilder.id} (Provenant ${rebuilder.provenant})`,
        '',
        (0,markdown/* table */.tp)(['tool', 'version'], Object.entries(build.tools).map(([k, v]) => [k, v])),
        '',
        (0,markdown/* table */.tp)(['variable', 'value'], Object.entries(build.environment).map(([k, v]) => [(0,markdown/* code */.aY)(k), v]))
    ];
}
/** The differences of one artifact as a Markdown table. */
function differencesTable(rows) {
    return (0,markdown/* table */.tp)(['entry', 'category', 'what', 'reference', 'rebuilt'], rows.map((d) => [
        d.entry === undefined ? '(the artifact)' : (0,markdown/* code */.aY)(d.entry),
        d.category,
        d.what,
        d.reference,
        d.rebuilt
    ]));
}


/***/ }),

/***/ 81064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ checkInstanceInputs),
/* harmony export */   i: () => (/* binding */ parseServiceUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/**
 * Checks across several sign inputs (instance, URLs, key, token). Each
 * problem names the inputs as the user writes them and says the fix.
 */

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
/**
 * A service URL without a trailing slash. Plain http is accepted only on
 * loopback: identity tokens must not cross a network in the clear.
 */
function parseServiceUrl(name, raw) {
    if (raw === undefined)
        return undefined;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_URL_INVALID', `input "${name}" is not a URL: "${raw}" (expected e.g. https://fulcio.example.com)`);
    }
    const plainLoopback = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
    if (url.protocol !== 'https:' && !plainLoopback) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_URL_NOT_HTTPS', `input "${name}" must be an https:// URL (plain http only on 127.0.0.1 or localhost), not "${raw}"`);
    }
    if (url.search || url.hash || url.username || url.password) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_URL_INVALID', `input "${name}" must be a base URL without query, fragment or credentials`);
    }
    return url.href.replace(/\/+$/, '');
}
const CUSTOM_ONLY = [
    ['fulcio-url', 'fulcioUrl'],
    ['rekor-url', 'rekorUrl'],
    ['tsa-url', 'tsaUrl'],
    ['signing-config', 'signingConfig']
];
function checkInstanceInputs(inputs) {
    const problems = [];
    const given = CUSTOM_ONLY.filter(([, field]) => inputs[field] !== undefined);
    const names = given.map(([name]) => `"${name}"`).join(', ');
    const custom = inputs.sigstore === 'custom' ||
        (inputs.sigstore === undefined && given.length > 0);
    if (inputs.sigstore && inputs.sigstore !== 'custom' && given.length > 0) {
        problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_URLS_NEED_CUSTOM', `input ${names} applies only to a custom instance, but "sigstore" is "${inputs.sigstore}": set \`sigstore: custom\` or remove ${names}`));
    }
    if (custom && inputs.signingConfig === undefined) {
        if (inputs.fulcioUrl === undefined && inputs.key === undefined) {
            problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_CUSTOM_NEEDS_FULCIO', 'a custom instance needs "fulcio-url" (or a "signing-config") to get a certificate, or "key" to sign with your own key'));
        }
        if (inputs.rekorUrl === undefined && inputs.tsaUrl === undefined) {
            problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_CUSTOM_NEEDS_WITNESS', 'a custom instance needs "rekor-url" or "tsa-url" (or a "signing-config"): without a transparency log or a timestamp, signatures outlive their 10-minute certificates unverifiable'));
        }
    }
    if (inputs.key !== undefined && inputs.identityToken !== undefined) {
        problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_KEY_AND_TOKEN', 'inputs "key" and "identity-token" exclude each other: "key" signs without Fulcio, so remove one'));
    }
    if (inputs.key !== undefined) {
        const keyProblem = checkKeyShape(inputs.key);
        if (keyProblem)
            problems.push(keyProblem);
    }
    return problems;
}
/** The text of a key, checked for shape only (the value is never echoed). */
function checkKeyShape(pem) {
    if (/ENCRYPTED (SIGSTORE|COSIGN) PRIVATE KEY/.test(pem)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_KEY_COSIGN_FORMAT', 'input "key" is an encrypted cosign key, which Provenant does not read: give an unencrypted PKCS#8 PEM key (ECDSA P-256 or Ed25519), e.g. made by `openssl genpkey -algorithm ed25519`');
    }
    if (/ENCRYPTED PRIVATE KEY|Proc-Type: 4,ENCRYPTED/.test(pem)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_KEY_ENCRYPTED', 'input "key" is an encrypted PEM key: store it unencrypted in the secret (`openssl pkcs8 -topk8 -nocrypt -in key.pem`)');
    }
    if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_KEY_NOT_PEM', 'input "key" is not a PEM private key ("-----BEGIN PRIVATE KEY-----" ...): pass the key text itself, e.g. `key: ${{ secrets.SIGNING_KEY }}`');
    }
    return undefined;
}


/***/ }),

/***/ 36388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ MAX_REQUEST_TIMEOUT_SECONDS),
/* harmony export */   QA: () => (/* binding */ MAX_RETRY_BUDGET_SECONDS),
/* harmony export */   fx: () => (/* binding */ MAX_CONCURRENCY),
/* harmony export */   gv: () => (/* binding */ SIGN_INPUTS),
/* harmony export */   m: () => (/* binding */ MAX_ATTEMPTS)
/* harmony export */ });
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65680);
/* harmony import */ var _inputs_shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54476);
/**
 * The sign action's inputs: one table for actions/sign/action.yml and the
 * `provenant sign` flags (parse-inputs.ts reads them).
 */


const SIGN_INPUTS = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_0__/* .defineInputs */ .pf)({
    files: {
        kind: 'list',
        required: true,
        description: 'Files to sign: paths or globs, newline or space separated, resolved inside the workspace.'
    },
    'output-dir': _inputs_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT_DIR_INPUT */ .n6,
    'legacy-sig': {
        kind: 'boolean',
        default: 'false',
        description: 'Also write <file>.sig (base64 signature) and <file>.crt (PEM certificate), as cosign sign-blob --output-signature/--output-certificate did.'
    },
    'allow-empty': {
        kind: 'boolean',
        default: 'false',
        description: 'Succeed without signing anything when a pattern in files matches no file.'
    },
    sigstore: {
        kind: 'string',
        description: 'Sigstore instance: public-good, github, staging or custom. Default: public-good for public repositories, github (GitHub’s instance) for private and internal ones; custom when a URL or signing-config is given.'
    },
    'fulcio-url': {
        kind: 'string',
        description: 'Fulcio (certificate authority) URL of a custom instance.'
    },
    'rekor-url': {
        kind: 'string',
        description: 'Rekor (transparency log) URL of a custom instance.'
    },
    'tsa-url': {
        kind: 'string',
        description: 'RFC 3161 timestamp authority URL of a custom instance.'
    },
    'signing-config': {
        kind: 'string',
        description: 'Path to a Sigstore signing_config.json (v0.2) naming the services of a private instance.'
    },
    'trusted-root': _inputs_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .TRUSTED_ROOT_INPUT */ .uz,
    'identity-token': {
        kind: 'string',
        description: 'An OIDC identity token (audience sigstore) to sign with instead of the runner’s token.'
    },
    key: {
        kind: 'string',
        description: 'A PEM private key (ECDSA P-256 or Ed25519, unencrypted PKCS#8 or SEC1), e.g. from a secret: signs without Fulcio; bundles carry a public-key hint.'
    },
    concurrency: {
        kind: 'integer',
        default: '8',
        description: 'How many files are signed and witnessed (Rekor, TSA) at the same time.'
    },
    'max-attempts': {
        kind: 'integer',
        default: '5',
        description: 'Tries per OIDC, Fulcio, Rekor or TSA call before the run fails (429, 5xx and network errors are retried).'
    },
    'retry-budget-seconds': {
        kind: 'integer',
        default: '120',
        description: 'Time one call may take in all, retries and waits included, before the run fails.'
    },
    'request-timeout-seconds': {
        kind: 'integer',
        default: '30',
        description: 'Time one HTTP request may take before it is retried.'
    }
});
const MAX_CONCURRENCY = 64;
const MAX_ATTEMPTS = 10;
const MAX_RETRY_BUDGET_SECONDS = 3600;
const MAX_REQUEST_TIMEOUT_SECONDS = 600;


/***/ }),

/***/ 44042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cI: () => (/* binding */ INSTANCE_INPUT_NAMES),
/* harmony export */   ik: () => (/* binding */ SIGNING_INPUTS),
/* harmony export */   oo: () => (/* binding */ parseSigningInputs)
/* harmony export */ });
/* unused harmony export SIGNING_INPUT_NAMES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65680);
/* harmony import */ var _instance_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50586);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36388);
/* harmony import */ var _inputs_checks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81064);
/**
 * The inputs that choose a Sigstore instance and bound its calls, shared by
 * every feature that signs through the signing core (sign, provenance, the
 * rebuild verdict): the same names, descriptions and checks everywhere.
 */





/** The inputs that say which instance signs and with which token. */
const INSTANCE_INPUT_NAMES = [
    'sigstore',
    'fulcio-url',
    'rekor-url',
    'tsa-url',
    'signing-config',
    'trusted-root',
    'identity-token'
];
const SIGNING_INPUT_NAMES = [
    ...INSTANCE_INPUT_NAMES,
    'max-attempts',
    'retry-budget-seconds',
    'request-timeout-seconds'
];
const SIGNING_INPUTS = Object.fromEntries(SIGNING_INPUT_NAMES.map((name) => [name, _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGN_INPUTS */ .gv[name]]));
/**
 * Parses the signing inputs of `table` (and `concurrency`, where the table
 * has it; 1 otherwise); problems go to `collector`. `key` is the keyed-mode
 * key, when the feature has one: it changes which instance inputs fit.
 */
function parseSigningInputs(table, source, collector, key) {
    const { attempt } = collector;
    const raw = (name) => attempt(() => (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readRaw */ .hc)(table, source, name), undefined);
    const integer = (name, max) => attempt(() => (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInteger */ .cG)(name, raw(name), { min: 1, max }) ?? 0, Number(table[name]?.default ?? 1));
    const url = (name) => attempt(() => (0,_inputs_checks_js__WEBPACK_IMPORTED_MODULE_4__/* .parseServiceUrl */ .i)(name, raw(name)), undefined);
    const identityToken = raw('identity-token');
    if (identityToken !== undefined && !isJwtShaped(identityToken)) {
        // Never echo the value: it may be a secret pasted in the wrong input.
        collector.problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_TOKEN_NOT_JWT', 'input "identity-token" is not a JWT (three base64url parts separated by dots): pass the raw OIDC token'));
    }
    const signing = {
        sigstore: attempt(() => (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseChoice */ .HU)('sigstore', raw('sigstore'), _instance_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGSTORE_CHOICES */ .I3), undefined),
        fulcioUrl: url('fulcio-url'),
        rekorUrl: url('rekor-url'),
        tsaUrl: url('tsa-url'),
        signingConfig: raw('signing-config'),
        trustedRoot: raw('trusted-root'),
        identityToken,
        concurrency: table.concurrency
            ? integer('concurrency', _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_CONCURRENCY */ .fx)
            : 1,
        maxAttempts: integer('max-attempts', _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_ATTEMPTS */ .m),
        retryBudgetMs: integer('retry-budget-seconds', _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RETRY_BUDGET_SECONDS */ .QA) * 1000,
        requestTimeoutMs: integer('request-timeout-seconds', _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_REQUEST_TIMEOUT_SECONDS */ .$X) * 1000
    };
    collector.problems.push(...(0,_inputs_checks_js__WEBPACK_IMPORTED_MODULE_4__/* .checkInstanceInputs */ .F)({ ...signing, key }));
    return signing;
}
function isJwtShaped(value) {
    return /^[\w-]+\.[\w-]+\.[\w-]*$/.test(value);
}


========
>>>>>>>> w15:dist/cli/40.index.js
/***/ })

};
