export const id = 1359;
export const ids = [1359];
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

/***/ 48363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dU: () => (/* binding */ gitHubStatusOf),
/* harmony export */   en: () => (/* binding */ gitHubDetailOf),
/* harmony export */   jh: () => (/* binding */ GitHubClient)
/* harmony export */ });
/* unused harmony exports GITHUB_API_VERSION, nextPageUrl */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97268);
/* harmony import */ var _net_http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95854);
/* harmony import */ var _net_retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69961);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7559);
/**
 * The one GitHub REST client: every call to GitHub (attestations, releases,
 * their assets) goes through it and through the network kernel. Its base is
 * GITHUB_API_URL (a GitHub Enterprise Server's `https://host/api/v3` too);
 * lists are read page by page following the Link header's rel="next";
 * 429, 5xx and network faults are retried with backoff within the budget;
 * a rate limit (403 or 429 with `x-ratelimit-remaining: 0` or a
 * Retry-After) is waited out when it resets within the budget, and
 * otherwise ends the call with an error that says when it resets. The
 * token goes in the Authorization header only, and is masked in errors.
 */






const GITHUB_API_VERSION = '2022-11-28';
const JSON_MEDIA_TYPE = 'application/vnd.github+json';
const PER_PAGE = 100;
/** A list longer than this many pages is a server that never ends it. */
const MAX_PAGES = 1000;
const MAX_REDIRECTS = 5;
class GitHubClient {
    apiUrl;
    #token;
    #retry;
    constructor(options = {}) {
        this.apiUrl = (0,_environment_js__WEBPACK_IMPORTED_MODULE_5__/* .trimSlashes */ .uT)(options.apiUrl || _environment_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_GITHUB_API_URL */ .xw);
        this.#token = options.token || undefined;
        this.#retry = options.retry ?? (0,_net_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultRetryContext */ .N1)();
    }
    /** An API path (`/repos/...`) under the base, or an absolute URL as given. */
    url(pathOrUrl) {
        return /^https?:\/\//i.test(pathOrUrl)
            ? pathOrUrl
            : `${this.apiUrl}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`;
    }
    /** One call, its JSON answer parsed (`{}` for an empty body). */
    async call(pathOrUrl, call = {}) {
        const response = await this.#send(this.url(pathOrUrl), call);
        const text = response.body.toString('utf8');
        return {
            status: response.status,
            headers: response.headers,
            data: (text ? JSON.parse(text) : {})
        };
    }
    /** A GET whose 404 means "none": undefined then. */
    async getOptional(pathOrUrl) {
        try {
            return (await this.call(pathOrUrl)).data;
        }
        catch (error) {
            if (gitHubStatusOf(error) === 404)
                return undefined;
            throw error;
        }
    }
    /**
     * Every item of a paged list: `per_page=100` unless the path sets it,
     * then each rel="next" page. `items` picks the list out of a page (for
     * answers like `{ attestations: [...] }`); the page itself by default.
     */
    async paginate(pathOrUrl, items = (page) => Array.isArray(page) ? page : []) {
        const all = [];
        const seen = new Set();
        let next = withPerPage(this.url(pathOrUrl));
        while (next !== undefined && !seen.has(next) && seen.size < MAX_PAGES) {
            seen.add(next);
            const page = await this.call(next);
            all.push(...items(page.data));
            next = nextPageUrl(page.headers.link);
        }
        return all;
    }
    /** Downloads bytes (a release asset) to `file`, following redirects; retried whole. */
    async download(pathOrUrl, file) {
        const url = this.url(pathOrUrl);
        await this.#retried('GET', url, async (timeoutMs) => {
            const response = await (0,_net_http_js__WEBPACK_IMPORTED_MODULE_3__/* .requestStream */ .yH)(url, {
                method: 'GET',
                headers: this.#headers('application/octet-stream'),
                timeoutMs,
                maxRedirects: MAX_REDIRECTS
            });
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_1__.pipeline)(response.body, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(file));
        });
    }
    async #send(url, call) {
        const method = call.method ?? 'GET';
        const body = call.json !== undefined ? JSON.stringify(call.json) : call.body;
        const contentType = call.json !== undefined ? 'application/json' : call.contentType;
        const headers = {
            ...this.#headers(call.accept ?? JSON_MEDIA_TYPE),
            ...(contentType ? { 'content-type': contentType } : {})
        };
        return this.#retried(method, url, (timeoutMs) => (0,_net_http_js__WEBPACK_IMPORTED_MODULE_3__/* .request */ .Em)(url, {
            method,
            headers,
            timeoutMs,
            maxRedirects: MAX_REDIRECTS,
            ...(body !== undefined ? { body } : {})
        }));
    }
    /**
     * `attempt` retried within the budget; a rate-limit answer becomes the
     * error that says when the limit resets (waited out when it is soon).
     */
    #retried(method, url, attempt) {
        return (0,_net_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .withRetry */ .bD)('github', `${method} ${url}`, this.#retry, async ({ timeoutMs }) => {
            try {
                return await attempt(timeoutMs);
            }
            catch (error) {
                throw toRateLimitError(error, this.#retry) ?? error;
            }
        });
    }
    #headers(accept) {
        return {
            accept,
            'x-github-api-version': GITHUB_API_VERSION,
            ...(this.#token ? { authorization: `Bearer ${this.#token}` } : {})
        };
    }
}
/** The HTTP status GitHub answered, read from what a GitHubClient call threw. */
function gitHubStatusOf(error) {
    if (error instanceof _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServiceError */ ._7 && error.service === 'github') {
        return error.status;
    }
    return error instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_3__/* .HttpStatusError */ .F9 ? error.statusCode : undefined;
}
/** GitHub's own words for a refusal (its `message`), `: <message>` or empty. */
function gitHubDetailOf(error) {
    for (let link = error; link instanceof Error; link = link.cause) {
        if (link instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_3__/* .HttpStatusError */ .F9) {
            const words = link.message.replace(/^\(\d+\)\s*/, '').trim();
            return words ? `: ${words}` : '';
        }
    }
    return '';
}
/**
 * A 403 or 429 that is a rate limit, as a retryable error that waits for
 * the reset (x-ratelimit-reset, or Retry-After for a secondary limit).
 */
function toRateLimitError(error, retry) {
    if (!(error instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_3__/* .HttpStatusError */ .F9))
        return undefined;
    const { statusCode: status, headers } = error;
    if (status !== 403 && status !== 429)
        return undefined;
    const exhausted = header(headers, 'x-ratelimit-remaining') === '0';
    if (!exhausted && error.retryAfterMs === undefined)
        return undefined;
    const now = retry.env.now().getTime();
    const resetSeconds = Number(header(headers, 'x-ratelimit-reset'));
    // Retry-After (a secondary limit) says how long; x-ratelimit-reset says
    // when, to the second, so a second more is waited; a minute without either.
    const resetAtMs = error.retryAfterMs !== undefined
        ? now + error.retryAfterMs
        : Number.isFinite(resetSeconds) && resetSeconds > 0
            ? resetSeconds * 1000
            : now + 60_000;
    const waitMs = Math.max(0, resetAtMs - now) + (error.retryAfterMs !== undefined ? 0 : 1000);
    const when = new Date(resetAtMs).toISOString();
    const rateError = new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServiceError */ ._7('github', `GitHub's API rate limit is exhausted (HTTP ${status}); it resets at ${when}, in ${Math.ceil(waitMs / 1000)} s: give a token ("github-token" or GITHUB_TOKEN) for a higher limit, or try again after the reset`, { status, retryable: true, cause: error });
    return Object.assign(rateError, { waitMs });
}
/** The rel="next" address of a Link header: GitHub's pagination. */
function nextPageUrl(link) {
    const text = Array.isArray(link) ? link.join(',') : (link ?? '');
    for (const part of text.split(',')) {
        const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
        if (match)
            return match[1];
    }
    return undefined;
}
function withPerPage(url) {
    const parsed = new URL(url);
    if (!parsed.searchParams.has('per_page')) {
        parsed.searchParams.set('per_page', String(PER_PAGE));
    }
    return parsed.toString();
}
function header(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
}


/***/ }),

/***/ 7559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ githubTokenOf),
/* harmony export */   BN: () => (/* binding */ githubApiUrl),
/* harmony export */   EI: () => (/* binding */ githubServerUrl),
/* harmony export */   uT: () => (/* binding */ trimSlashes),
/* harmony export */   xw: () => (/* binding */ DEFAULT_GITHUB_API_URL)
/* harmony export */ });
/* harmony import */ var _lib_provenance_claims_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14450);
/**
 * What the environment says about GitHub, without the client (so a command
 * that may never call GitHub does not load the network stack to read it):
 * the REST base (GITHUB_API_URL, a GitHub Enterprise Server's too), the web
 * base (GITHUB_SERVER_URL) and the token gh and the runner's shell export.
 */

const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
/** The API base of the runner's environment: GITHUB_API_URL, without a trailing slash. */
function githubApiUrl(env) {
    return trimSlashes(env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL);
}
/** The GitHub web base of the runner's environment: GITHUB_SERVER_URL, github.com when unset. */
function githubServerUrl(env) {
    return env.GITHUB_SERVER_URL || _lib_provenance_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_COM_SERVER_URL */ .wX;
}
/** A token given as a flag, else the one gh and the runner's shell export (GITHUB_TOKEN, GH_TOKEN). */
function githubTokenOf(flag, env) {
    return flag ?? env.GITHUB_TOKEN ?? env.GH_TOKEN;
}
/** The URL without trailing slashes. */
function trimSlashes(url) {
    return url.replace(/\/+$/, '');
}


/***/ }),

/***/ 22405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ downloadAsset),
/* harmony export */   N: () => (/* binding */ fetchReleaseByTag)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48363);
/**
 * A release's assets through the GitHub client: the release found by its
 * tag, its assets listed page by page, each downloaded (Accept:
 * application/octet-stream) to a file and checked against the digest GitHub
 * reports for it, when it reports one.
 */



async function fetchReleaseByTag(api, tag) {
    const client = clientOf(api);
    const release = await client
        .getOptional(`/repos/${api.repository}/releases/tags/${encodeURIComponent(tag)}`)
        .catch((error) => {
        throw refusedToken(api, error);
    });
    if (release === undefined) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('REBUILD_UNKNOWN_TAG', `input "reference": "${tag}" is not a directory or a file here, nor the tag of a published release of ${api.repository} (GitHub answered 404); give a release tag that exists, a directory of artifacts or a checksums file`);
    }
    const assets = await client
        .paginate(`/repos/${api.repository}/releases/${release.id}/assets`)
        .catch((error) => {
        throw refusedToken(api, error);
    });
    return {
        id: release.id,
        tag: release.tag_name,
        htmlUrl: release.html_url,
        assets: assets.map((a) => ({
            name: a.name,
            url: a.url,
            size: a.size,
            digest: a.digest ?? undefined
        }))
    };
}
async function downloadAsset(api, asset, dir) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, asset.name);
    await clientOf(api)
        .download(asset.url, file)
        .catch((error) => {
        throw refusedToken(api, error);
    });
    return file;
}
function clientOf(api) {
    return new _github_client_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubClient */ .jh({
        apiUrl: api.apiUrl,
        token: api.token,
        retry: api.retry
    });
}
/** A 401 or 403 (not a rate limit) is the token's fault: an input error. */
function refusedToken(api, error) {
    const status = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__/* .gitHubStatusOf */ .dU)(error);
    if (status !== 401 && status !== 403)
        return error;
    if (error.retryable === true)
        return error;
    return new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('REBUILD_GITHUB_AUTH', `input "github-token": GitHub refused the token (HTTP ${status}) for ${api.apiUrl}/repos/${api.repository}; give a token that can read the releases of ${api.repository} (contents: read)`, { cause: error });
}


/***/ }),

/***/ 93113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ loadReference),
/* harmony export */   a: () => (/* binding */ toReferenceGitHub)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97268);
/* harmony import */ var _lib_rebuild_checksums_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44759);
/* harmony import */ var _github_release_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22405);
/* harmony import */ var _fs_hash_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90808);
/* harmony import */ var _github_environment_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7559);
/**
 * The reference a rebuild must reproduce, from what the `reference` input
 * names: a directory of artifacts (its files, hashed), a checksums file, or
 * the tag of a GitHub release (its assets, downloaded and hashed). Only the
 * files the artifact globs name count; the others are listed as ignored.
 */







const MAX_CHECKSUMS_FILE_BYTES = 16 * 1024 * 1024;
/** The GitHub API a release tag is fetched from, as the runner's environment names it. */
function toReferenceGitHub(env, token) {
    return {
        apiUrl: (0,_github_environment_js__WEBPACK_IMPORTED_MODULE_6__/* .githubApiUrl */ .BN)(env),
        repository: env.GITHUB_REPOSITORY,
        token
    };
}
async function loadReference(reference, wanted, deps) {
    const local = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(deps.cwd, reference);
    const found = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(local).catch(() => undefined);
    if (found?.isDirectory())
        return fromDirectory(reference, local, wanted);
    if (found?.isFile())
        return fromChecksums(reference, local, wanted, found.size);
    const repository = deps.github.repository;
    if (!repository) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('REBUILD_REFERENCE_NOT_FOUND', `input "reference": "${reference}" is neither a directory nor a file (in ${deps.cwd}), and without GITHUB_REPOSITORY (owner/name) it cannot be a release tag; set GITHUB_REPOSITORY or give a path`);
    }
    return fromRelease(reference, { ...deps.github, repository }, wanted, deps);
}
async function fromDirectory(reference, dir, wanted) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
    const names = entries
        .filter((e) => e.isFile())
        .map((e) => e.name)
        .sort();
    const { kept, ignored } = split(names, wanted, reference);
    const digests = await (0,_fs_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Files */ .Rs)(kept.map((n) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, n)));
    return {
        info: { kind: 'directory', location: reference, ignored },
        artifacts: kept.map((name, i) => ({
            name,
            sha256: digests[i].sha256,
            size: digests[i].size
        })),
        files: new Map(kept.map((n) => [n, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, n)])),
        cleanup: () => Promise.resolve()
    };
}
async function fromChecksums(reference, file, wanted, size) {
    if (size > MAX_CHECKSUMS_FILE_BYTES) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('REBUILD_CHECKSUMS_TOO_LARGE', `input "reference": ${reference} (${size} bytes) is too large for a checksums file; give a directory of artifacts instead`);
    }
    const entries = (0,_lib_rebuild_checksums_js__WEBPACK_IMPORTED_MODULE_3__/* .parseChecksumFile */ .j7)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'), reference);
    const { kept, ignored } = split(entries.map((e) => e.name), wanted, reference);
    return {
        info: { kind: 'checksums', location: reference, ignored },
        artifacts: entries.filter((e) => kept.includes(e.name)),
        files: new Map(),
        cleanup: () => Promise.resolve()
    };
}
async function fromRelease(tag, api, wanted, deps) {
    const release = await (0,_github_release_js__WEBPACK_IMPORTED_MODULE_4__/* .fetchReleaseByTag */ .N)(api, tag);
    const { kept, ignored } = split(release.assets.map((a) => a.name), wanted, tag);
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(deps.tempDir, 'provenant-reference-'));
    const cleanup = () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    try {
        const files = new Map();
        for (const asset of release.assets.filter((a) => kept.includes(a.name))) {
            deps.log(`Downloading ${asset.name} (${asset.size} bytes) from release ${tag}`);
            files.set(asset.name, await (0,_github_release_js__WEBPACK_IMPORTED_MODULE_4__/* .downloadAsset */ .B)(api, asset, dir));
        }
        const names = [...files.keys()];
        const digests = await (0,_fs_hash_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Files */ .Rs)(names.map((n) => files.get(n)));
        const artifacts = names.map((name, i) => ({
            name,
            sha256: digests[i].sha256,
            size: digests[i].size
        }));
        for (const artifact of artifacts) {
            const stated = release.assets.find((a) => a.name === artifact.name)?.digest;
            if (stated?.startsWith('sha256:') &&
                stated.slice(7).toLowerCase() !== artifact.sha256) {
                throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServiceError */ ._7('github', `release asset ${artifact.name} downloaded with SHA-256 ${artifact.sha256}, but GitHub states ${stated}: the download is damaged`);
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
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('REBUILD_REFERENCE_EMPTY', `input "reference": ${reference} holds no file the "artifacts" globs name (it holds ${held}); compare the globs' file-name parts with the reference`);
    }
    return { kept, ignored };
}


/***/ }),

/***/ 14450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T8: () => (/* binding */ splitRepository),
/* harmony export */   _j: () => (/* binding */ toProvenanceClaims),
/* harmony export */   k2: () => (/* binding */ expectedIssuer),
/* harmony export */   wX: () => (/* binding */ GITHUB_COM_SERVER_URL)
/* harmony export */ });
/* unused harmony exports PROVENANCE_CLAIMS, GITHUB_COM_ISSUER */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/**
 * The OIDC token claims provenance is built from, and the issuer a token
 * must come from. Checking a token's signature is src/io's job; this file
 * only says which claims are needed and whose tokens count.
 */

/** The claims the actions/attest package requires, and job_workflow_ref for the builder id. */
const PROVENANCE_CLAIMS = [
    'iss',
    'ref',
    'sha',
    'repository',
    'event_name',
    'workflow_ref',
    'job_workflow_ref',
    'repository_id',
    'repository_owner_id',
    'runner_environment',
    'run_id',
    'run_attempt'
];
const GITHUB_COM_SERVER_URL = 'https://github.com';
const GITHUB_COM_ISSUER = 'https://token.actions.githubusercontent.com';
/**
 * The claims of a verified token payload, all present and strings (numbers
 * as GitHub may send them become strings); an InputError listing every
 * missing claim otherwise.
 */
function toProvenanceClaims(payload) {
    const claims = {};
    const missing = [];
    for (const name of PROVENANCE_CLAIMS) {
        const value = payload[name];
        if (typeof value === 'string' && value !== '')
            claims[name] = value;
        else if (typeof value === 'number')
            claims[name] = String(value);
        else
            missing.push(name);
    }
    if (missing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('PROVENANCE_CLAIMS_MISSING', `the OIDC token lacks the claim(s) ${missing.join(', ')} that build provenance is made of: provenance needs a GitHub Actions token (run in a workflow with \`permissions: id-token: write\`, or pass one as "identity-token")`);
    }
    return claims;
}
/**
 * The issuer whose tokens are trusted: `override` when given; else GitHub's
 * for the server the workflow runs on (github.com, GHE.com data residency
 * `<sub>.ghe.com`, or GitHub Enterprise Server's `/_services/token`).
 */
function expectedIssuer(serverUrl, override) {
    if (override)
        return override.replace(/\/+$/, '');
    const url = new URL(serverUrl);
    if (url.origin === GITHUB_COM_SERVER_URL)
        return GITHUB_COM_ISSUER;
    if (url.hostname.endsWith('.ghe.com')) {
        const subdomain = url.hostname.slice(0, -'.ghe.com'.length);
        return `https://token.actions.${subdomain}.ghe.com`;
    }
    return `${url.origin}/_services/token`;
}
/** `owner/repo` -> its two parts. */
function splitRepository(repository) {
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('PROVENANCE_REPOSITORY_INVALID', `the repository "${repository}" is not "owner/name"; set GITHUB_REPOSITORY`);
    }
    return { owner, repo };
}


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

/***/ 44042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ CONCURRENCY_INPUT),
/* harmony export */   cI: () => (/* binding */ INSTANCE_INPUT_NAMES),
/* harmony export */   fK: () => (/* binding */ RETRY_INPUTS),
/* harmony export */   iO: () => (/* binding */ parseServiceUrl),
/* harmony export */   ik: () => (/* binding */ SIGNING_INPUTS),
/* harmony export */   mh: () => (/* binding */ INSTANCE_INPUTS),
/* harmony export */   oo: () => (/* binding */ parseSigningInputs)
/* harmony export */ });
/* unused harmony exports MAX_CONCURRENCY, MAX_ATTEMPTS, MAX_RETRY_BUDGET_SECONDS, MAX_REQUEST_TIMEOUT_SECONDS, checkInstanceInputs */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65680);
/* harmony import */ var _inputs_shared_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54476);
/* harmony import */ var _instance_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50586);
/**
 * The inputs that choose a Sigstore instance and bound its calls, shared by
 * every feature that signs through the signing core (sign, provenance, the
 * rebuild verdict): the same names, descriptions and checks everywhere. Each
 * problem names the inputs as the user writes them and says the fix.
 */




const MAX_CONCURRENCY = 64;
const MAX_ATTEMPTS = 10;
const MAX_RETRY_BUDGET_SECONDS = 3600;
const MAX_REQUEST_TIMEOUT_SECONDS = 600;
/** The inputs that say which instance signs and with which token. */
const INSTANCE_INPUTS = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .defineInputs */ .pf)({
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
    'trusted-root': _inputs_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUSTED_ROOT_INPUT */ .uz,
    'identity-token': {
        kind: 'string',
        description: 'An OIDC identity token (audience sigstore) to sign with instead of the runner’s token.'
    }
});
/** How long and how often one call to OIDC, Fulcio, Rekor or a TSA is tried. */
const RETRY_INPUTS = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .defineInputs */ .pf)({
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
const CONCURRENCY_INPUT = {
    kind: 'integer',
    default: '8',
    description: 'How many files are signed and witnessed (Rekor, TSA) at the same time.'
};
const INSTANCE_INPUT_NAMES = Object.keys(INSTANCE_INPUTS);
const SIGNING_INPUTS = {
    ...INSTANCE_INPUTS,
    ...RETRY_INPUTS
};
/**
 * Parses the signing inputs of `table` (and `concurrency`, where the table
 * has it; 1 otherwise); problems go to `collector`. `key` is the keyed-mode
 * key, when the feature has one: it changes which instance inputs fit.
 */
function parseSigningInputs(table, source, collector, key) {
    const { attempt } = collector;
    const raw = (name) => attempt(() => (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readRaw */ .hc)(table, source, name), undefined);
    const integer = (name, max) => attempt(() => (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInteger */ .cG)(name, raw(name), { min: 1, max }) ?? 0, Number(table[name]?.default ?? 1));
    const url = (name) => attempt(() => parseServiceUrl(name, raw(name)), undefined);
    const identityToken = raw('identity-token');
    if (identityToken !== undefined && !isJwtShaped(identityToken)) {
        // Never echo the value: it may be a secret pasted in the wrong input.
        collector.problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_TOKEN_NOT_JWT', 'input "identity-token" is not a JWT (three base64url parts separated by dots): pass the raw OIDC token'));
    }
    const signing = {
        sigstore: attempt(() => (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseChoice */ .HU)('sigstore', raw('sigstore'), _instance_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGSTORE_CHOICES */ .I3), undefined),
        fulcioUrl: url('fulcio-url'),
        rekorUrl: url('rekor-url'),
        tsaUrl: url('tsa-url'),
        signingConfig: raw('signing-config'),
        trustedRoot: raw('trusted-root'),
        identityToken,
        concurrency: table.concurrency
            ? integer('concurrency', MAX_CONCURRENCY)
            : 1,
        maxAttempts: integer('max-attempts', MAX_ATTEMPTS),
        retryBudgetMs: integer('retry-budget-seconds', MAX_RETRY_BUDGET_SECONDS) * 1000,
        requestTimeoutMs: integer('request-timeout-seconds', MAX_REQUEST_TIMEOUT_SECONDS) * 1000
    };
    collector.problems.push(...checkInstanceInputs({ ...signing, key }));
    return signing;
}
function isJwtShaped(value) {
    return /^[\w-]+\.[\w-]+\.[\w-]*$/.test(value);
}
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
    // cosign's encrypted format is read with its passphrase (COSIGN_PASSWORD).
    if (/-----BEGIN ENCRYPTED (SIGSTORE|COSIGN) PRIVATE KEY-----/.test(pem)) {
        return undefined;
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
