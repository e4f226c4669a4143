<<<<<<<< HEAD:dist/cli/560.index.js
export const id = 439;
export const ids = [439];
========
export const id = 465;
export const ids = [465];
>>>>>>>> w13:dist/cli/465.index.js
export const modules = {

/***/ 48439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rebuildConsensusCommand: () => (/* binding */ rebuildConsensusCommand)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/rebuild/checksums.ts
var checksums = __webpack_require__(44759);
;// CONCATENATED MODULE: ./src/lib/rebuild/consensus.ts
/**
 * Consensus over independent rebuilds: every reference (released) artifact
 * must have been rebuilt, bit for bit, by at least `quorum` of the rebuilds,
 * all of the same commit and against the same reference. Rebuilds that
 * disagree with each other are named even when the quorum is met.
 */


function buildConsensus(records, quorumInput, reference) {
    if (records.length === 0) {
        throw new errors/* InputError */.dz('REBUILD_CONSENSUS_NO_REPORTS', 'input "reports": no report.json found; point it at the directory the rebuild jobs uploaded their reports to');
    }
    const quorum = quorumInput ?? records.length;
    if (quorum < 1 || quorum > records.length) {
        throw new errors/* InputError */.dz('REBUILD_CONSENSUS_QUORUM', `input "quorum": ${quorum} cannot be met by ${records.length} rebuild report(s); give a number from 1 to ${records.length}`);
    }
    const commits = [...new Set(records.map((r) => r.commit))];
    if (commits.length > 1) {
        throw new errors/* InputError */.dz('REBUILD_CONSENSUS_COMMITS', `the reports rebuilt different commits (${commits.join(', ')}); a consensus needs rebuilds of one commit`);
    }
    const released = reference ?? referenceOf(records);
    const artifacts = released
        .toSorted((a, b) => (0,checksums/* compareNames */.MP)(a.name, b.name))
        .map((ref) => {
        const rebuilt = records.map((r) => ({
            label: r.label,
            sha256: r.artifacts.find((a) => a.name === ref.name)?.rebuilt
        }));
        const agreeing = rebuilt.filter((r) => r.sha256 === ref.sha256).length;
        const distinct = new Set(rebuilt.map((r) => r.sha256 ?? 'none')).size;
        return {
            name: ref.name,
            reference: ref.sha256,
            rebuilt,
            agreeing,
            distinct,
            met: agreeing >= quorum
        };
    });
    return {
        reproducible: artifacts.length > 0 && artifacts.every((a) => a.met),
        quorum,
        rebuilds: records.length,
        commit: commits[0],
        artifacts
    };
}
/** The reference digests the reports share; an error when they disagree. */
function referenceOf(records) {
    const digests = new Map();
    for (const record of records) {
        for (const a of record.artifacts) {
            if (a.reference === undefined)
                continue;
            const seen = digests.get(a.name);
            if (seen !== undefined && seen !== a.reference) {
                throw new errors/* InputError */.dz('REBUILD_CONSENSUS_REFERENCES', `the reports compared ${a.name} with different reference digests (${seen.slice(0, 12)}… and ${a.reference.slice(0, 12)}… in ${record.label}); give --reference so that every rebuild is judged against the same release`);
            }
            digests.set(a.name, a.reference);
        }
    }
    return [...digests].map(([name, sha256]) => ({ name, sha256 }));
}
/** A report.json's text -> the record the consensus needs; InputError when it is not one. */
function parseRebuildRecord(text, label) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        json = undefined;
    }
    const report = json;
    if (report?.version !== 1 ||
        typeof report.source?.commit !== 'string' ||
        !Array.isArray(report.artifacts)) {
        throw new errors/* InputError */.dz('REBUILD_CONSENSUS_REPORT', `${label} is not a Provenant rebuild report.json (version 1)`);
    }
    const str = (v) => typeof v === 'string' ? v : undefined;
    return {
        label,
        commit: report.source.commit,
        rebuilder: str(report.rebuilder?.id) ?? label,
        artifacts: report.artifacts.flatMap((a) => typeof a.name === 'string'
            ? [
                {
                    name: a.name,
                    reference: str(a.reference?.sha256),
                    rebuilt: str(a.rebuilt?.sha256)
                }
            ]
            : [])
    };
}

// EXTERNAL MODULE: ./src/lib/rebuild/markdown.ts
var markdown = __webpack_require__(82202);
;// CONCATENATED MODULE: ./src/lib/rebuild/consensus-md.ts

function toConsensusMarkdown(consensus) {
    const head = consensus.reproducible
        ? '# Rebuild consensus: reproducible ✅'
        : '# Rebuild consensus: not reproducible ❌';
    const labels = consensus.artifacts[0]?.rebuilt.map((r) => r.label) ?? [];
    const rows = consensus.artifacts.map((a) => [
        a.met ? '✅' : '❌',
        (0,markdown/* code */.aY)(a.name),
        (0,markdown/* shortSha */.Fu)(a.reference),
        `${a.agreeing} of ${consensus.rebuilds}`,
        ...a.rebuilt.map((r) => r.sha256 === undefined
            ? 'not rebuilt'
            : r.sha256 === a.reference
                ? 'same'
                : (0,markdown/* shortSha */.Fu)(r.sha256))
    ]);
    const disputed = consensus.artifacts
        .filter((a) => a.distinct > 1)
        .map((a) => (0,markdown/* code */.aY)(a.name));
    return ([
        head,
        '',
        `${consensus.rebuilds} independent rebuild(s) of commit ${(0,markdown/* code */.aY)(consensus.commit)}; each released artifact needs ${consensus.quorum} rebuild(s) that reproduce it bit for bit.`,
        '',
        (0,markdown/* table */.tp)([
            '',
            'artifact',
            'release SHA-256',
            'reproduced by',
            ...labels.map(markdown/* code */.aY)
        ], rows),
        ...(disputed.length > 0
            ? [
                '',
                `The rebuilds disagree with each other about ${disputed.join(', ')}: see each rebuild's report.md.`
            ]
            : [])
    ].join('\n') + '\n');
}

// EXTERNAL MODULE: ./src/io/rebuild/reference.ts + 1 modules
var rebuild_reference = __webpack_require__(42005);
// EXTERNAL MODULE: ./src/io/rebuild/write-report.ts + 1 modules
var write_report = __webpack_require__(28404);
;// CONCATENATED MODULE: ./src/io/rebuild/consensus.ts
/**
 * The consensus job's I/O: every report.json under a directory (one per
 * rebuild job's uploaded artifact), optionally the release's own digests,
 * and consensus.json / consensus.md written beside them.
 */







async function readRebuildRecords(dir) {
    const files = (await (0,dist/* glob */.TI)(['**/report.json'], { cwd: dir, dot: true })).sort();
    return Promise.all(files.map(async (file) => parseRebuildRecord(await (0,promises_.readFile)(external_node_path_default().join(dir, file), 'utf8'), external_node_path_default().dirname(file) === '.' ? file : external_node_path_default().dirname(file))));
}
async function runConsensus(run, deps) {
    const records = await readRebuildRecords(run.reportsDir);
    let reference;
    if (run.reference !== undefined) {
        const names = new Set(records.flatMap((r) => r.artifacts.map((a) => a.name)));
        const loaded = await (0,rebuild_reference/* loadReference */.Q)(run.reference, (name) => names.has(name), deps);
        await loaded.cleanup();
        reference = loaded.artifacts.map((a) => ({
            name: a.name,
            sha256: a.sha256
        }));
    }
    const consensus = buildConsensus(records, run.quorum, reference);
    await (0,promises_.mkdir)(run.outputDir, { recursive: true });
    const json = external_node_path_default().join(run.outputDir, 'consensus.json');
    const markdown = external_node_path_default().join(run.outputDir, 'consensus.md');
    await (0,write_report/* writeAtomic */.vZ)(json, `${JSON.stringify(consensus, null, 2)}\n`);
    await (0,write_report/* writeAtomic */.vZ)(markdown, toConsensusMarkdown(consensus));
    return { consensus, json, markdown };
}

// EXTERNAL MODULE: ./src/lib/inputs/index.ts + 3 modules
var inputs = __webpack_require__(65680);
;// CONCATENATED MODULE: ./src/cli/commands/rebuild-consensus.ts
/**
 * `provenant rebuild-consensus`: the consensus job of reproducibility.yml.
 * Reads every rebuild job's report.json and requires each released artifact
 * to be reproduced by `--quorum` of them (all, by default), optionally
 * judged against the release itself. Exit 0 agreed, 1 not, 2 bad input.
 */








const USAGE = 'provenant rebuild-consensus --reports DIR [--quorum N] [--reference <dir | checksums file | release tag>] [--report-dir DIR] [--github-token TOKEN] [--json]';
const rebuildConsensusCommand = {
    name: 'rebuild-consensus',
    summary: 'require independent rebuilds to agree with each other and with the release',
    usage: USAGE,
    async run(argv, output) {
        const { values } = (0,external_node_util_.parseArgs)({
            args: argv,
            options: {
                reports: { type: 'string' },
                quorum: { type: 'string' },
                reference: { type: 'string' },
                'report-dir': { type: 'string' },
                'github-token': { type: 'string' },
                json: { type: 'boolean' }
            },
            strict: true
        });
        if (!values.reports) {
            throw new errors/* InputError */.dz('INPUT_REQUIRED', `--reports is required: the directory holding the rebuild jobs' report.json files; usage: ${USAGE}`);
        }
        const env = process.env;
        const cwd = process.cwd();
        const { consensus, json, markdown } = await runConsensus({
            reportsDir: external_node_path_default().resolve(cwd, values.reports),
            quorum: (0,inputs/* parseInteger */.cG)('quorum', values.quorum, { min: 1, max: 1000 }),
            reference: values.reference,
            outputDir: external_node_path_default().resolve(cwd, values['report-dir'] ?? 'provenant-consensus')
        }, {
            cwd,
            tempDir: external_node_os_default().tmpdir(),
            github: (0,rebuild_reference/* toReferenceGitHub */.a)(env, values['github-token'] ?? env.GITHUB_TOKEN ?? env.GH_TOKEN),
            log: (m) => output.err(m)
        });
        if (values.json) {
            output.out(JSON.stringify({ ...consensus, consensusJson: json, consensusMd: markdown }, null, 2));
        }
        else {
            output.out(`${consensus.reproducible ? 'reproducible' : 'not reproducible'}: ${consensus.rebuilds} rebuild(s), quorum ${consensus.quorum}`);
            for (const a of consensus.artifacts) {
                output.out(`  ${a.met ? '✅' : '❌'} ${a.name}: reproduced by ${a.agreeing} of ${consensus.rebuilds}${a.distinct > 1 ? ' (rebuilds disagree)' : ''}`);
            }
            output.out(`report: ${markdown}`);
        }
        return consensus.reproducible ? 0 : errors/* EXIT_VERIFICATION_FAILED */.fQ;
    }
};


/***/ }),

/***/ 90808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
<<<<<<<< HEAD:dist/cli/560.index.js
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   Rs: () => (/* binding */ sha256Files),
/* harmony export */   TM: () => (/* binding */ digestFile)
/* harmony export */ });
/* unused harmony exports READ_BYTES, WORKER_THRESHOLD_BYTES, MAX_HASH_WORKERS, MAIN_THREAD_CONCURRENCY */
========
/* harmony export */   Rs: () => (/* binding */ sha256Files)
/* harmony export */ });
/* unused harmony exports READ_BYTES, WORKER_THRESHOLD_BYTES, MAX_HASH_WORKERS, sha256File */
>>>>>>>> w13:dist/cli/465.index.js
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

/***/ 28404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JL: () => (/* binding */ REPORT_FILES),
  vZ: () => (/* binding */ writeAtomic),
  t4: () => (/* binding */ writeReportFiles)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/lib/rebuild/checksums.ts
var checksums = __webpack_require__(44759);
// EXTERNAL MODULE: ./src/lib/rebuild/report-md.ts + 1 modules
var report_md = __webpack_require__(74238);
;// CONCATENATED MODULE: ./src/lib/rebuild/statement.ts
const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const REBUILD_PREDICATE_TYPE = 'https://provenant.dev/rebuild/v1';
function buildVerdictStatement(report) {
    const { kind, location, repository, tag, url } = report.reference;
    const reference = { kind, location, repository, tag, url };
    const subjects = report.artifacts.flatMap((a) => a.reference
        ? [{ name: a.name, digest: { sha256: a.reference.sha256 } }]
        : []);
    return {
        _type: IN_TOTO_STATEMENT_TYPE,
        subject: subjects,
        predicateType: REBUILD_PREDICATE_TYPE,
        predicate: {
            reproducible: report.reproducible,
            verdict: report.verdict,
            rebuilder: report.rebuilder,
            source: report.source,
            build: report.build,
            reference,
            artifacts: report.artifacts.map((a) => ({
                name: a.name,
                result: a.status,
                ...(a.reference ? { reference: { sha256: a.reference.sha256 } } : {}),
                ...(a.rebuilt ? { rebuilt: { sha256: a.rebuilt.sha256 } } : {}),
                ...(a.explanation ? { categories: a.explanation.categories } : {})
            })),
            startedOn: report.startedOn,
            finishedOn: report.finishedOn
        }
    };
}

;// CONCATENATED MODULE: ./src/io/rebuild/write-report.ts
/**
 * Writes a rebuild's files into the report directory, each atomically
 * (a temporary file renamed into place): report.json, report.md,
 * rebuilt.sha256, rebuild.intoto.json and, when signed, rebuild.sigstore.json.
 */





const REPORT_FILES = {
    json: 'report.json',
    markdown: 'report.md',
    checksums: 'rebuilt.sha256',
    statement: 'rebuild.intoto.json',
    bundle: 'rebuild.sigstore.json',
    buildLog: 'build.log'
};
async function writeAtomic(file, text) {
    const temp = `${file}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(temp, text);
    await (0,promises_.rename)(temp, file);
}
async function writeReportFiles(report, dir, sign) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const at = (name) => external_node_path_default().join(dir, name);
    const statement = buildVerdictStatement(report);
    const rebuilt = report.artifacts.flatMap((a) => a.rebuilt ? [{ name: a.name, sha256: a.rebuilt.sha256 }] : []);
    await writeAtomic(at(REPORT_FILES.json), `${JSON.stringify(report, null, 2)}\n`);
    await writeAtomic(at(REPORT_FILES.markdown), (0,report_md/* toReportMarkdown */.xB)(report));
    await writeAtomic(at(REPORT_FILES.checksums), (0,checksums/* formatChecksumFile */.HG)(rebuilt));
    await writeAtomic(at(REPORT_FILES.statement), `${JSON.stringify(statement, null, 2)}\n`);
    let bundle;
    if (sign) {
        bundle = at(REPORT_FILES.bundle);
        await writeAtomic(bundle, `${JSON.stringify(await sign(statement))}\n`);
    }
    return {
        json: at(REPORT_FILES.json),
        markdown: at(REPORT_FILES.markdown),
        checksums: at(REPORT_FILES.checksums),
        statement: at(REPORT_FILES.statement),
        bundle,
        buildLog: at(REPORT_FILES.buildLog)
    };
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

<<<<<<<< HEAD:dist/cli/560.index.js
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
========
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
/* harmony export */   oh: () => (/* binding */ SIGNING_INPUT_NAMES),
/* harmony export */   oo: () => (/* binding */ parseSigningInputs)
/* harmony export */ });
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
>>>>>>>> w13:dist/cli/465.index.js
}


/***/ })

};
