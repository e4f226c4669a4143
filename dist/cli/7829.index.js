export const id = 7829;
export const ids = [7829];
export const modules = {

/***/ 87829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fetchReleaseTarget: () => (/* binding */ fetchReleaseTarget)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
;// CONCATENATED MODULE: ./src/lib/verify/release-ref.ts
/**
 * `--release` as a user writes it: `owner/repo@tag`, or the address of a
 * release page (`https://github.com/owner/repo/releases/tag/v1.2.3`).
 */

const NAME = /^[A-Za-z0-9_.-]+$/;
const SHORT = /^([^/@\s]+)\/([^/@\s]+)@(\S+)$/;
const PAGE = /^\/([^/]+)\/([^/]+)\/releases\/tag\/([^/?#]+)\/?$/;
function parseReleaseRef(value) {
    const given = value.trim();
    const short = SHORT.exec(given);
    const page = short ? undefined : pagePath(given);
    const parts = short ?? page;
    if (parts) {
        const [, owner, repo, tag] = parts;
        const decodedTag = short ? tag : decodeURIComponent(tag);
        if (NAME.test(owner) && NAME.test(repo) && decodedTag !== '') {
            return { owner, repo, tag: decodedTag };
        }
    }
    throw new errors/* InputError */.dz('VERIFY_RELEASE_REF', `--release has "${value}": give owner/repo@tag (acme/widget@v1.2.3) or a release address (https://github.com/acme/widget/releases/tag/v1.2.3)`);
}
function pagePath(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return undefined;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return undefined;
    return PAGE.exec(url.pathname) ?? undefined;
}

// EXTERNAL MODULE: ./src/io/github/environment.ts
var environment = __webpack_require__(7559);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/io/rebuild/github-release.ts
var github_release = __webpack_require__(22405);
// EXTERNAL MODULE: ./src/io/fs/hash.ts
var hash = __webpack_require__(90808);
;// CONCATENATED MODULE: ./src/io/verify/release-download.ts
/**
 * `provenant verify --release owner/repo@tag`: the release's assets listed
 * and downloaded through the GitHub REST API (no token needed for a public
 * repository; a token raises the rate limit), kept in a cache folder per
 * release, each checked against the digest GitHub reports, then verified
 * as a folder. A cached file whose digest still matches is not downloaded
 * again; files no longer in the release are removed from the cache.
 */





/** Downloads (or reuses) the release's assets; resolves to the folder that holds them. */
async function downloadRelease(ref, deps) {
    const api = {
        apiUrl: deps.apiUrl.replace(/\/+$/, ''),
        repository: `${ref.owner}/${ref.repo}`,
        token: deps.token
    };
    const release = await (0,github_release/* fetchReleaseByTag */.N)(api, ref.tag).catch((error) => {
        if (error instanceof errors/* InputError */.dz && error.code === 'REBUILD_UNKNOWN_TAG') {
            throw new errors/* InputError */.dz('VERIFY_RELEASE_NOT_FOUND', `--release: ${api.repository} has no published release tagged ${ref.tag} at ${api.apiUrl} (GitHub answered 404); check the tag, and give --github-token (or GITHUB_TOKEN) for a private repository`, { cause: error });
        }
        throw error;
    });
    if (release.assets.length === 0) {
        throw new errors/* InputError */.dz('VERIFY_RELEASE_EMPTY', `--release: ${api.repository}@${ref.tag} has no assets to verify`);
    }
    const dir = external_node_path_default().join(deps.cacheDir, 'releases', new URL(api.apiUrl).host.replaceAll(':', '_'), ref.owner, ref.repo, encodeURIComponent(ref.tag));
    await (0,promises_.mkdir)(dir, { recursive: true });
    await dropStale(dir, release.assets);
    let fetched = 0;
    for (const asset of release.assets) {
        if (await isCached(dir, asset))
            continue;
        await fetchAsset(api, asset, dir);
        fetched++;
    }
    deps.log(`${api.repository}@${release.tag}: ${release.assets.length} assets (${fetched} downloaded, ${release.assets.length - fetched} from the cache) in ${dir}`);
    return dir;
}
async function fetchAsset(api, asset, dir) {
    if (asset.name.includes('/') || asset.name.startsWith('.')) {
        throw new errors/* InputError */.dz('VERIFY_RELEASE_ASSET_NAME', `--release: the asset name "${asset.name}" is not a plain file name`);
    }
    const staging = external_node_path_default().join(dir, '.download');
    await (0,promises_.rm)(staging, { recursive: true, force: true });
    await (0,promises_.mkdir)(staging);
    try {
        const file = await (0,github_release/* downloadAsset */.B)(api, asset, staging);
        const digest = `sha256:${await (0,hash/* sha256File */.Q3)(file)}`;
        if (asset.digest !== undefined && asset.digest !== digest) {
            throw new errors/* VerificationError */.mk('VERIFY_RELEASE_ASSET_DIGEST', `--release: the downloaded ${asset.name} has ${digest}, but GitHub reports ${asset.digest} for it`);
        }
        await (0,promises_.rename)(file, external_node_path_default().join(dir, asset.name));
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}
async function isCached(dir, asset) {
    const file = external_node_path_default().join(dir, asset.name);
    const info = await (0,promises_.stat)(file).catch(() => undefined);
    if (!info?.isFile() || info.size !== asset.size)
        return false;
    if (asset.digest === undefined)
        return false;
    return `sha256:${await (0,hash/* sha256File */.Q3)(file)}` === asset.digest;
}
async function dropStale(dir, assets) {
    const names = new Set(assets.map((a) => a.name));
    for (const entry of await (0,promises_.readdir)(dir)) {
        if (!names.has(entry))
            await (0,promises_.rm)(external_node_path_default().join(dir, entry), { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/verify-release.ts
/**
 * `verify --release owner/repo@tag` (or a release address): the release's
 * assets downloaded into the cache (PROVENANT_CACHE_DIR, else
 * $XDG_CACHE_HOME/provenant or ~/.cache/provenant) and verified as a
 * folder. Without another signer policy, the release's own repository is
 * the one its signatures must come from.
 */






/** Flags that say who must have signed; without any, --release names the repository. */
const SIGNER_FLAGS = [
    'certificate-identity',
    'certificate-identity-regexp',
    'repo',
    'signer-workflow',
    'public-key',
    'key'
];
async function fetchReleaseTarget(given, positionals, source, output) {
    const ref = parseReleaseRef(given);
    if (positionals.length > 0) {
        throw new errors/* InputError */.dz('VERIFY_RELEASE_WITH_FILES', `--release verifies the whole release: give it without files or folders (here: ${positionals.join(' ')})`);
    }
    const env = process.env;
    const folder = await downloadRelease(ref, {
        apiUrl: env.GITHUB_API_URL || apiUrlOf(given),
        token: source('github-token'),
        cacheDir: cacheRoot(env),
        log: (m) => output.err(m)
    });
    const named = SIGNER_FLAGS.some((name) => source(name) !== undefined);
    return {
        folder,
        source: (name) => name === 'repo' && !named ? `${ref.owner}/${ref.repo}` : source(name)
    };
}
/** api.github.com for github.com and owner/repo@tag; <host>/api/v3 for a GitHub Enterprise address. */
function apiUrlOf(given) {
    if (!/^https?:\/\//.test(given))
        return environment/* DEFAULT_GITHUB_API_URL */.xw;
    const url = new URL(given);
    if (url.host === 'github.com')
        return environment/* DEFAULT_GITHUB_API_URL */.xw;
    return `${url.origin}/api/v3`;
}
function cacheRoot(env) {
    if (env.PROVENANT_CACHE_DIR)
        return external_node_path_default().resolve(env.PROVENANT_CACHE_DIR);
    const base = env.XDG_CACHE_HOME || external_node_path_default().join(external_node_os_default().homedir(), '.cache');
    return external_node_path_default().join(base, 'provenant');
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


/***/ })

};
