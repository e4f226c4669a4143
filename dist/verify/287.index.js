export const id = 287;
export const ids = [287];
export const modules = {

/***/ 9963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F9: () => (/* binding */ HttpStatusError),
  Em: () => (/* binding */ request),
  yH: () => (/* binding */ requestStream)
});

// UNUSED EXPORTS: USER_AGENT, requestJson

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./src/lib/net/secrets.ts
var secrets = __webpack_require__(1950);
;// CONCATENATED MODULE: ./src/lib/version.ts
/** Provenant's version, as written into the documents it produces (SBOM tool, ...). */
const PROVENANT_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/io/net/http.ts
/**
 * The HTTP client every service client goes through (Fulcio, Rekor, TSA,
 * OIDC, GitHub, OCI registries, vulnerability databases): node:http(s)
 * with one shared keep-alive agent per protocol, a timeout per request,
 * HTTP(S)_PROXY / NO_PROXY honoured (Node's `proxyEnv`), the user agent
 * `provenant/<version>`, and the request's secrets (Authorization header,
 * credential query parameters, a URL's password) masked in every error.
 * It costs about a third of the CPU per request of make-fetch-happen.
 *
 * Failures keep the shapes classifyFailure reads: HttpStatusError
 * (statusCode), Node's network errors (code), and a TimeoutError.
 * Retries are withRetry's business (./retry.ts), not this file's.
 */




const USER_AGENT = `provenant/${PROVENANT_VERSION}`;
class HttpStatusError extends Error {
    statusCode;
    location;
    retryAfterMs;
    headers;
    constructor(statusCode, message, 
    /** The Location header, e.g. of Rekor's 409 "already exists". */
    location, 
    /** The Retry-After header of a 429 or 503, in milliseconds. */
    retryAfterMs, 
    /** Every response header (a registry's WWW-Authenticate challenge). */
    headers = {}) {
        super(`(${statusCode}) ${message}`);
        this.statusCode = statusCode;
        this.location = location;
        this.retryAfterMs = retryAfterMs;
        this.headers = headers;
        this.name = 'HttpStatusError';
    }
}
const PROXY_VARIABLES = [
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'http_proxy',
    'https_proxy',
    'no_proxy'
];
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const MAX_ERROR_BODY_BYTES = 64 * 1024;
const agents = new Map();
/** One keep-alive agent per protocol and proxy settings (read when first needed). */
function agentFor(url) {
    const proxyEnv = Object.fromEntries(PROXY_VARIABLES.flatMap((name) => {
        const value = process.env[name];
        return value ? [[name, value]] : [];
    }));
    const key = `${url.protocol}${JSON.stringify(proxyEnv)}`;
    let agent = agents.get(key);
    if (!agent) {
        const options = { keepAlive: true, proxyEnv };
        agent =
            url.protocol === 'https:'
                ? new (external_node_https_default()).Agent(options)
                : new (external_node_http_default()).Agent(options);
        agents.set(key, agent);
    }
    return agent;
}
/** Sends one request; resolves with the whole body for 2xx, rejects with HttpStatusError otherwise. */
async function request(target, options) {
    return guard(target, options, async () => {
        const signal = AbortSignal.timeout(options.timeoutMs);
        const response = await follow(new URL(target), options, signal);
        const body = await readAll(response.body);
        return { status: response.status, headers: response.headers, body };
    });
}
/**
 * Sends one request and resolves once a 2xx answer's headers are in: the
 * body streams (a release asset, a database archive). The timeout is the
 * longest the server may stay silent.
 */
function requestStream(target, options) {
    return guard(target, options, () => follow(new URL(target), options, undefined));
}
async function requestJson(target, options) {
    const response = await request(target, {
        ...options,
        headers: {
            accept: 'application/json',
            ...(options.body !== undefined
                ? { 'content-type': 'application/json' }
                : {}),
            ...options.headers
        }
    });
    return JSON.parse(response.body.toString('utf8'));
}
/** Runs `send` with the request's secrets masked in whatever it throws. */
async function guard(target, options, send) {
    try {
        return await send();
    }
    catch (error) {
        throw (0,secrets/* scrubSecrets */.Zg)(error, [
            ...(0,secrets/* secretsInHeaders */.FK)(options.headers ?? {}),
            ...(0,secrets/* secretsInUrl */.Ct)(target),
            ...(options.secrets ?? [])
        ]);
    }
}
/** One exchange, following redirects; credentials are not sent to another origin. */
async function follow(url, options, signal) {
    let current = url;
    let headers = options.headers ?? {};
    let method = options.method;
    let body = options.body;
    for (let hops = 0;; hops++) {
        const response = await exchange(current, method, headers, body, {
            timeoutMs: options.timeoutMs,
            signal
        });
        const status = response.statusCode ?? 0;
        if (status >= 200 && status < 300) {
            return { status, headers: response.headers, body: response };
        }
        const location = response.headers.location;
        if (REDIRECT_STATUSES.has(status) &&
            location !== undefined &&
            hops < (options.maxRedirects ?? 0)) {
            response.resume();
            const next = new URL(location, current);
            if (next.origin !== current.origin)
                headers = withoutCredentials(headers);
            if (status === 303 || (status !== 307 && status !== 308)) {
                if (method !== 'HEAD')
                    method = 'GET';
                body = undefined;
            }
            current = next;
            continue;
        }
        throw await toStatusError(response);
    }
}
function exchange(url, method, headers, body, limits) {
    const transport = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
    return new Promise((resolve, reject) => {
        const req = transport.request(url, {
            method,
            headers: {
                'user-agent': USER_AGENT,
                ...(body !== undefined
                    ? {
                        'content-length': String(typeof body === 'string'
                            ? Buffer.byteLength(body)
                            : body.byteLength)
                    }
                    : {}),
                ...headers
            },
            agent: agentFor(url),
            ...(limits.signal ? { signal: limits.signal } : {})
        });
        if (!limits.signal) {
            // A stream: the timeout is the longest silence of the socket.
            req.setTimeout(limits.timeoutMs, () => {
                const timeout = new Error(`no data for ${limits.timeoutMs} ms from ${url.host}`);
                timeout.name = 'TimeoutError';
                req.destroy(timeout);
            });
        }
        req.once('response', resolve);
        req.once('error', (error) => {
            // A timeout surfaces as an AbortError whose cause is the TimeoutError.
            // (Compared by name: a DOMException may come from another realm.)
            const cause = error.cause;
            reject(cause?.name === 'TimeoutError' ? cause : error);
        });
        req.end(body);
    });
}
async function toStatusError(response) {
    const body = await readAll(response, MAX_ERROR_BODY_BYTES).catch(() => Buffer.alloc(0));
    return new HttpStatusError(response.statusCode ?? 0, messageOf(body) ?? response.statusMessage ?? '', response.headers.location, retryAfterMs(response.headers['retry-after']), response.headers);
}
function readAll(stream, limit = Infinity) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        stream.on('data', (chunk) => {
            size += chunk.length;
            if (size <= limit)
                chunks.push(chunk);
        });
        stream.once('error', reject);
        stream.once('end', () => resolve(Buffer.concat(chunks)));
    });
}
function withoutCredentials(headers) {
    return Object.fromEntries(Object.entries(headers).filter(([name]) => !/^(?:authorization|cookie)$/i.test(name)));
}
/** Retry-After: delay-seconds or an HTTP-date. */
function retryAfterMs(value) {
    if (value === undefined)
        return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds) && seconds >= 0)
        return seconds * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
/** Sigstore services and GitHub answer errors as `{ "message": "..." }`. */
function messageOf(body) {
    try {
        const message = JSON.parse(body.toString('utf8'))
            .message;
        return typeof message === 'string' ? message : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 9961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UF: () => (/* binding */ createRetryContext),
  N1: () => (/* binding */ defaultRetryContext),
  bD: () => (/* binding */ withRetry)
});

// UNUSED EXPORTS: DEFAULT_REQUEST_TIMEOUT_MS, SERVICE_NAMES

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/ports.ts
var ports = __webpack_require__(3387);
// EXTERNAL MODULE: ./src/lib/net/secrets.ts
var secrets = __webpack_require__(1950);
// EXTERNAL MODULE: ./src/lib/net/retry.ts
var retry = __webpack_require__(6269);
;// CONCATENATED MODULE: ./src/io/net/failure.ts
/**
 * What went wrong with a request, read from whatever the HTTP client threw:
 * @sigstore/sign's HTTPError (statusCode) wrapped in its InternalError,
 * make-fetch-happen's FetchError (code, type), undici's "fetch failed"
 * (cause.code), a timeout, or our own ServiceError.
 */


/** Connection-level failures: the request may not have reached the server. */
const NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'ESOCKETTIMEDOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN',
    'EAI_AGAIN',
    'ERR_STREAM_PREMATURE_CLOSE',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_CLOSED'
]);
function classifyFailure(error) {
    for (const link of causeChain(error)) {
        const e = link;
        if (link instanceof errors/* ServiceError */._7) {
            return {
                retryable: link.retryable,
                reason: link.message,
                ...(link.status !== undefined ? { status: link.status } : {}),
                ...waits(e)
            };
        }
        if (typeof e.statusCode === 'number') {
            return {
                retryable: (0,retry/* isRetryableStatus */.PS)(e.statusCode),
                reason: `HTTP ${e.statusCode}${messageAfterStatus(e.message)}`,
                status: e.statusCode,
                ...waits(e)
            };
        }
        if (e.name === 'TimeoutError' || e.type === 'request-timeout') {
            return { retryable: true, reason: 'no answer before the request timeout' };
        }
        if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) {
            return { retryable: true, reason: `network error ${e.code}` };
        }
        if (e.type === 'system' || /socket hang up/i.test(String(e.message))) {
            return { retryable: true, reason: `network error: ${String(e.message)}` };
        }
    }
    const message = error instanceof Error ? error.message : String(error);
    return { retryable: false, reason: message };
}
/** The waits an error carries: Retry-After, or a rate limit's reset. */
function waits(e) {
    return {
        ...(typeof e.retryAfterMs === 'number'
            ? { retryAfterMs: e.retryAfterMs }
            : {}),
        ...(typeof e.waitMs === 'number' ? { waitMs: e.waitMs } : {})
    };
}
function* causeChain(error) {
    const seen = new Set();
    for (let link = error; link !== undefined && link !== null && !seen.has(link); link = link.cause) {
        seen.add(link);
        yield link;
    }
}
/** HTTPError's message is "(503) Service Unavailable": keep the words. */
function messageAfterStatus(message) {
    const text = typeof message === 'string' ? message : '';
    const words = text.replace(/^\(\d+\)\s*/, '').trim();
    return words ? ` ${words}` : '';
}

;// CONCATENATED MODULE: ./src/io/net/retry.ts
/**
 * Our one retry loop for every call to a service (OIDC, Fulcio, Rekor, a
 * TSA, GitHub, OCI registries, vulnerability databases): the clients
 * underneath do not retry, each attempt gets a timeout no longer than what
 * is left of the budget, a server's Retry-After and a rate limit's reset
 * are honoured within the budget, and each wait is logged with the
 * service, the attempt, the delay and the reason.
 */






const SERVICE_NAMES = {
    oidc: 'OIDC token service',
    fulcio: 'Fulcio',
    rekor: 'Rekor',
    tsa: 'TSA',
    registry: 'OCI registry',
    osv: 'OSV database',
    github: 'GitHub API',
    tuf: 'TUF repository'
};
/** The request timeout of a client given no retry inputs. */
const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
/** A RetryContext from the inputs, on the real clock unless `environment` says otherwise. */
function createRetryContext(inputs, logger, environment = {}) {
    return {
        policy: {
            ...retry/* DEFAULT_RETRY_POLICY */.cO,
            maxAttempts: inputs.maxAttempts,
            budgetMs: inputs.retryBudgetMs
        },
        requestTimeoutMs: inputs.requestTimeoutMs,
        logger,
        env: {
            now: () => new Date(),
            random: Math.random,
            sleep: (ms) => (0,promises_.setTimeout)(ms),
            ...environment
        }
    };
}
/** The default policy on the real clock, silent: for a client given no RetryContext. */
function defaultRetryContext(logger = ports/* SILENT_LOGGER */.B) {
    return createRetryContext({
        maxAttempts: retry/* DEFAULT_RETRY_POLICY */.cO.maxAttempts,
        retryBudgetMs: retry/* DEFAULT_RETRY_POLICY */.cO.budgetMs,
        requestTimeoutMs: DEFAULT_REQUEST_TIMEOUT_MS
    }, logger);
}
/**
 * Runs `call` until it succeeds, fails for good, or the policy says stop.
 * `where` names the endpoint in messages (an address: its secret parts are masked).
 */
async function withRetry(service, where, context, call) {
    const name = SERVICE_NAMES[service];
    const shown = (0,secrets/* redactUrls */.sK)(where);
    const started = context.env.now().getTime();
    const elapsed = () => context.env.now().getTime() - started;
    for (let number = 1;; number++) {
        const timeoutMs = Math.min(context.requestTimeoutMs, (0,retry/* remainingBudgetMs */.kW)(context.policy, elapsed()));
        try {
            return await call({ number, timeoutMs });
        }
        catch (error) {
            // Our own errors (a bad input, a bad token) are not the service's.
            if (error instanceof errors/* ProvenantError */.Y$ && !(error instanceof errors/* ServiceError */._7)) {
                throw error;
            }
            const failure = classifyFailure(error);
            if (!failure.retryable) {
                throw new errors/* ServiceError */._7(service, `${name} (${shown}) refused the request: ${failure.reason}`, { status: failure.status, retryable: false, cause: error });
            }
            const decision = (0,retry/* decideRetry */.tE)({
                attempt: number,
                elapsedMs: elapsed(),
                policy: context.policy,
                random: context.env.random,
                ...(failure.retryAfterMs !== undefined
                    ? { retryAfterMs: failure.retryAfterMs }
                    : {}),
                ...(failure.waitMs !== undefined ? { waitMs: failure.waitMs } : {})
            });
            if (!decision.retry) {
                const bound = decision.reason === 'attempts'
                    ? `${number} attempt${number === 1 ? '' : 's'}`
                    : `${number} attempt${number === 1 ? '' : 's'} in ${(elapsed() / 1000).toFixed(1)} s (retry budget ${context.policy.budgetMs / 1000} s)`;
                throw new errors/* ServiceError */._7(service, `${name} (${shown}) failed after ${bound}: ${failure.reason}`, { status: failure.status, retryable: true, cause: error });
            }
            context.logger.info(`${name}: attempt ${number} of ${context.policy.maxAttempts} failed (${failure.reason}); retrying in ${(decision.delayMs / 1000).toFixed(1)} s`);
            await context.env.sleep(decision.delayMs);
        }
    }
}


/***/ }),

/***/ 6269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gz: () => (/* binding */ DEFAULT_MAX_ATTEMPTS),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   kW: () => (/* binding */ remainingBudgetMs),
/* harmony export */   tE: () => (/* binding */ decideRetry)
/* harmony export */ });
/* unused harmony exports DEFAULT_RETRY_BUDGET_MS, DEFAULT_BASE_DELAY_MS, DEFAULT_MAX_DELAY_MS, backoffDelayMs */
/**
 * Retry policy for every call to a service (Sigstore, OIDC, GitHub, OCI
 * registries, vulnerability databases):
 * exponential backoff with full jitter, bounded by a number of attempts and
 * by a time budget for the whole call. Randomness and time are parameters.
 */
const DEFAULT_MAX_ATTEMPTS = 5;
const DEFAULT_RETRY_BUDGET_MS = 120_000;
const DEFAULT_BASE_DELAY_MS = 500;
const DEFAULT_MAX_DELAY_MS = 20_000;
const DEFAULT_RETRY_POLICY = {
    maxAttempts: DEFAULT_MAX_ATTEMPTS,
    budgetMs: DEFAULT_RETRY_BUDGET_MS,
    baseDelayMs: DEFAULT_BASE_DELAY_MS,
    maxDelayMs: DEFAULT_MAX_DELAY_MS
};
/** HTTP statuses worth another try: timeouts, rate limits, server errors. */
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status <= 599);
}
/**
 * The wait after failed attempt `attempt` (1-based): "full jitter", a
 * uniform draw in [0, min(max, base * 2^(attempt-1))). `random` is in [0, 1).
 */
function backoffDelayMs(attempt, policy, random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
    return Math.floor(random() * ceiling);
}
/**
 * After failed attempt `attempt` (1-based), `elapsedMs` into the call:
 * whether to try again and after how long. A server's Retry-After wins over
 * the backoff when it is longer (up to maxDelayMs), but never past the
 * budget. `waitMs` is a wait the server makes a condition (a rate limit
 * that resets then): it is waited in full when the budget allows, and
 * otherwise the call stops now rather than retry in vain.
 */
function decideRetry(input) {
    const { attempt, elapsedMs, policy } = input;
    if (attempt >= policy.maxAttempts)
        return { retry: false, reason: 'attempts' };
    const delayMs = Math.max(backoffDelayMs(attempt, policy, input.random), Math.min(input.retryAfterMs ?? 0, policy.maxDelayMs), input.waitMs ?? 0);
    if (elapsedMs + delayMs >= policy.budgetMs) {
        return { retry: false, reason: 'budget' };
    }
    return { retry: true, delayMs };
}
/** The time left in the budget for one more attempt (at least 1 ms). */
function remainingBudgetMs(policy, elapsedMs) {
    return Math.max(1, policy.budgetMs - elapsedMs);
}


/***/ }),

/***/ 1950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ secretsInUrl),
/* harmony export */   FK: () => (/* binding */ secretsInHeaders),
/* harmony export */   Zg: () => (/* binding */ scrubSecrets),
/* harmony export */   sK: () => (/* binding */ redactUrls)
/* harmony export */ });
/* unused harmony exports maskSecrets, redactUrl */
/**
 * Secrets never leave in an error message: the values a request carries
 * (an Authorization header, a token in the query, a password in the URL)
 * are masked as `***` in every message of an error and of its causes, and
 * an address is written with its secret parts masked.
 */
/** Shorter values are not masked: they would garble ordinary words. */
const MIN_SECRET_LENGTH = 8;
const MASK = '***';
/** Query parameters that carry credentials (OAuth, signed URLs of S3, GCS, Azure). */
const SECRET_QUERY_PARAMETER = /^(?:access_token|id_token|refresh_token|token|code|key|api_?key|password|secret|client_secret|sig|signature|jwt|x-amz-(?:signature|credential|security-token)|x-goog-(?:signature|credential))$/i;
/** Header names whose value is a credential. */
const SECRET_HEADER = /^(?:authorization|proxy-authorization|cookie)$|token|secret|api-?key/i;
/** `text` with every secret (of 8 characters or more) replaced by `***`. */
function maskSecrets(text, secrets) {
    let masked = text;
    for (const secret of secrets) {
        if (secret.length >= MIN_SECRET_LENGTH) {
            masked = masked.replaceAll(secret, MASK);
        }
    }
    return masked;
}
/** The credential values in a request's headers: whole values and their token part. */
function secretsInHeaders(headers) {
    const found = [];
    for (const [name, value] of Object.entries(headers)) {
        if (value === undefined || !SECRET_HEADER.test(name))
            continue;
        found.push(value);
        const credential = /^\S+\s+(\S+)$/.exec(value.trim())?.[1];
        if (credential)
            found.push(credential);
    }
    return found;
}
/** The secret values in an address: its password and its credential query parameters. */
function secretsInUrl(target) {
    const url = toUrl(target);
    if (!url)
        return [];
    const found = [];
    if (url.password)
        found.push(decodeURIComponent(url.password), url.password);
    for (const [name, value] of url.searchParams) {
        if (SECRET_QUERY_PARAMETER.test(name) && value) {
            found.push(value, encodeURIComponent(value));
        }
    }
    return found;
}
/**
 * An address fit for a message: user, password and credential parameters
 * masked; an address without any is returned as written.
 */
function redactUrl(target) {
    const url = toUrl(target);
    const secret = [...(url?.searchParams.keys() ?? [])].some((name) => SECRET_QUERY_PARAMETER.test(name));
    if (!url || (!secret && !url.username && !url.password)) {
        return String(target);
    }
    if (url.username)
        url.username = MASK;
    if (url.password)
        url.password = MASK;
    for (const name of [...url.searchParams.keys()]) {
        if (SECRET_QUERY_PARAMETER.test(name))
            url.searchParams.set(name, MASK);
    }
    return url.toString().replaceAll(encodeURIComponent(MASK), MASK);
}
/** `text` with every http(s) address in it redacted as redactUrl does. */
function redactUrls(text) {
    return text.replace(/https?:\/\/[^\s"'<>]+/gi, (url) => redactUrl(url));
}
/**
 * Last line of defence: masks `secrets` in the message (and stack) of
 * `error` and of each of its causes, whatever a library below put there.
 * Returns the same error.
 */
function scrubSecrets(error, secrets) {
    const values = [...secrets].filter((s) => s.length >= MIN_SECRET_LENGTH);
    if (values.length === 0)
        return error;
    const seen = new Set();
    for (let link = error; link instanceof Error && !seen.has(link);) {
        seen.add(link);
        const message = maskSecrets(link.message, values);
        if (message !== link.message) {
            link.message = message;
            if (link.stack)
                link.stack = maskSecrets(link.stack, values);
        }
        link = link.cause;
    }
    return error;
}
function toUrl(target) {
    try {
        return new URL(target);
    }
    catch {
        return undefined;
    }
}


/***/ })

};
