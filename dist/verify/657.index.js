export const id = 657;
export const ids = [657];
export const modules = {

/***/ 2657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fetchGitHubAttestations: () => (/* binding */ fetchGitHubAttestations)
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/verify/statement.ts
var statement = __webpack_require__(1256);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/io/net/http.ts + 1 modules
var http = __webpack_require__(9963);
// EXTERNAL MODULE: ./src/io/net/retry.ts + 1 modules
var retry = __webpack_require__(9961);
// EXTERNAL MODULE: ./src/io/github/environment.ts + 1 modules
var environment = __webpack_require__(9342);
;// CONCATENATED MODULE: ./src/io/github/client.ts
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
        this.apiUrl = (0,environment/* trimSlashes */.uT)(options.apiUrl || environment/* DEFAULT_GITHUB_API_URL */.xw);
        this.#token = options.token || undefined;
        this.#retry = options.retry ?? (0,retry/* defaultRetryContext */.N1)();
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
            const response = await (0,http/* requestStream */.yH)(url, {
                method: 'GET',
                headers: this.#headers('application/octet-stream'),
                timeoutMs,
                maxRedirects: MAX_REDIRECTS
            });
            await (0,promises_.pipeline)(response.body, (0,external_node_fs_.createWriteStream)(file));
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
        return this.#retried(method, url, (timeoutMs) => (0,http/* request */.Em)(url, {
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
        return (0,retry/* withRetry */.bD)('github', `${method} ${url}`, this.#retry, async ({ timeoutMs }) => {
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
    if (error instanceof errors/* ServiceError */._7 && error.service === 'github') {
        return error.status;
    }
    return error instanceof http/* HttpStatusError */.F9 ? error.statusCode : undefined;
}
/** GitHub's own words for a refusal (its `message`), `: <message>` or empty. */
function gitHubDetailOf(error) {
    for (let link = error; link instanceof Error; link = link.cause) {
        if (link instanceof HttpStatusError) {
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
    if (!(error instanceof http/* HttpStatusError */.F9))
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
    const rateError = new errors/* ServiceError */._7('github', `GitHub's API rate limit is exhausted (HTTP ${status}); it resets at ${when}, in ${Math.ceil(waitMs / 1000)} s: give a token ("github-token" or GITHUB_TOKEN) for a higher limit, or try again after the reset`, { status, retryable: true, cause: error });
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

;// CONCATENATED MODULE: ./src/io/verify/github.ts
/**
 * GitHub's attestation store, by digest:
 * `GET {api}/repos/{owner}/{repo}/attestations/sha256:<hex>`, every page,
 * through the GitHub client (retries, rate limits). No token is needed for
 * public repositories; a token is sent when given. A 404 means nothing was
 * attested for that digest.
 */



async function fetchGitHubAttestations(query) {
    const client = new GitHubClient({
        apiUrl: query.apiUrl,
        token: query.token,
        retry: query.retry
    });
    const path = `/repos/${query.repo}/attestations/sha256:${query.sha256}`;
    const list = await client
        .paginate(path, (page) => (0,statement/* isObject */.Gv)(page) && Array.isArray(page.attestations)
        ? page.attestations.filter(statement/* isObject */.Gv)
        : [])
        .catch((error) => {
        const status = gitHubStatusOf(error);
        if (status === 404)
            return [];
        if (status === 401 || status === 403) {
            throw new errors/* ServiceError */._7('github', `GitHub answered ${status} for the attestations of sha256:${query.sha256} in ${query.repo} (a private repository needs github-token with attestations: read)`, { status, retryable: false, cause: error });
        }
        throw error;
    });
    const attestations = [];
    const notes = [];
    list.forEach((item, index) => {
        const source = `github:${query.repo}/attestations/sha256:${query.sha256.slice(0, 12)}#${index + 1}`;
        if ((0,statement/* isObject */.Gv)(item.bundle))
            attestations.push({ source, bundle: item.bundle });
        else
            notes.push(`${source}: GitHub gave only a bundle_url (compressed), not fetched; download it with gh attestation download`);
    });
    return { attestations, notes };
}


/***/ })

};
