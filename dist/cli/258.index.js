export const id = 258;
export const ids = [258];
export const modules = {

/***/ 40440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ JSON_FLAG),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   jI: () => (/* binding */ LOCAL_FLAG),
/* harmony export */   zq: () => (/* binding */ parseInputFlags)
/* harmony export */ });
/* unused harmony exports toFlagOptions, normaliseBooleanFlags, toInputSource, joinFlagValues */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/* harmony import */ var _lib_inputs_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65680);



function toFlagOptions(table) {
    const options = {};
    for (const [name, spec] of Object.entries(table)) {
        options[name] = {
            type: spec.kind === 'boolean' ? 'boolean' : 'string',
            ...(spec.multiple ? { multiple: true } : {}),
            ...(spec.short ? { short: spec.short } : {})
        };
    }
    return options;
}
/** Rewrites `--flag=value` of boolean flags into `--flag` / `--no-flag`. */
function normaliseBooleanFlags(argv, table) {
    return argv.map((arg) => {
        const match = /^--([\w-]+)=(.*)$/s.exec(arg);
        if (!match || table[match[1]]?.kind !== 'boolean')
            return arg;
        const name = match[1];
        return (0,_lib_inputs_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBoolean */ .yG)(name, match[2]) ? `--${name}` : `--no-${name}`;
    });
}
/** The parsed flag values as an InputSource (booleans as "true"/"false"). */
function toInputSource(values) {
    return (name) => {
        const value = values[name];
        if (value === undefined)
            return undefined;
        if (Array.isArray(value))
            return value.map(String).join('\n');
        return String(value);
    };
}
/**
 * A command line against a command's flag table (every input a flag of its
 * name, booleans also as `--name=false` and `--no-name`). Unknown flags are
 * errors; `--help` is answered before a command runs (main.ts).
 */
function parseInputFlags(argv, table, { allowPositionals = true } = {}) {
    const options = toFlagOptions(table);
    const { values, positionals, tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: joinFlagValues(normaliseBooleanFlags(argv, table), options),
        options,
        allowPositionals,
        allowNegative: true,
        strict: true,
        tokens: true
    });
    assertGivenOnce(tokens, options);
    return {
        values: values,
        positionals,
        flags: toInputSource(values)
    };
}
/**
 * `--key "$(cat key.pem)"`: a flag that takes a value takes the next
 * argument whatever it starts with (as getopt does), so a PEM text or a
 * negative number is not mistaken for a flag. Written `--flag=value` here,
 * because parseArgs refuses a value that starts with a dash.
 */
function joinFlagValues(argv, options) {
    const out = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            out.push(...argv.slice(i));
            break;
        }
        const name = /^--([\w-]+)$/.exec(arg)?.[1];
        const next = argv[i + 1];
        if (name && options[name]?.type === 'string' && next?.startsWith('-')) {
            out.push(`--${name}=${next}`);
            i++;
        }
        else
            out.push(arg);
    }
    return out;
}
/**
 * A flag given twice is an error, not a silent choice of the last one (a
 * flag the table marks `multiple` takes one value each time).
 */
function assertGivenOnce(tokens, options) {
    const seen = new Map();
    for (const token of tokens) {
        if (token.kind !== 'option' || token.name === undefined)
            continue;
        seen.set(token.name, (seen.get(token.name) ?? 0) + 1);
    }
    const repeated = [...seen].filter(([name, count]) => count > 1 && options[name]?.multiple !== true);
    if (repeated.length === 0)
        return;
    throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('CLI_FLAG_REPEATED', repeated
        .map(([name, count]) => `--${name} is given ${count} times: give it once`)
        .join('\n'));
}
/** Flags several commands share, described once. */
const JSON_FLAG = {
    kind: 'boolean',
    description: 'Print a machine-readable JSON result on stdout instead of text (progress and errors stay on stderr).'
};
const LOCAL_FLAG = {
    kind: 'boolean',
    description: 'Use the embedded local stack (Sigstore, an OIDC issuer and the GitHub API on 127.0.0.1, started on demand): no account, token or network.'
};
/** parseInputFlags with each value typed by its table entry. */
function parseFlags(argv, table, options = {}) {
    const { values, positionals } = parseInputFlags(argv, table, options);
    return { values: values, positionals };
}


/***/ }),

/***/ 96862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ classifyFailure)
/* harmony export */ });
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _lib_sign_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17059);
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
        if (link instanceof _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7) {
            return {
                retryable: link.retryable,
                reason: link.message,
                ...(link.status !== undefined ? { status: link.status } : {})
            };
        }
        const e = link;
        if (typeof e.statusCode === 'number') {
            return {
                retryable: (0,_lib_sign_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .isRetryableStatus */ .PS)(e.statusCode),
                reason: `HTTP ${e.statusCode}${messageAfterStatus(e.message)}`,
                status: e.statusCode,
                ...(typeof e.retryAfterMs === 'number'
                    ? { retryAfterMs: e.retryAfterMs }
                    : {})
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


/***/ }),

/***/ 60726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ request),
/* harmony export */   F9: () => (/* binding */ HttpStatusError),
/* harmony export */   SS: () => (/* binding */ requestJson)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/**
 * A small JSON-over-HTTP client for the per-file calls (Rekor, TSA, the
 * OIDC token): node:http(s) with keep-alive agents, a timeout per request,
 * and HTTP(S)_PROXY / NO_PROXY honoured (Node's `proxyEnv`). It costs about
 * a third of the CPU per request of make-fetch-happen, which @sigstore/sign
 * uses, and that is most of the client's cost when a run signs many files.
 *
 * Failures keep the shapes classifyFailure reads: HttpStatusError
 * (statusCode), Node's network errors (code), and a TimeoutError.
 */


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
                ? new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)(options)
                : new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)(options);
        agents.set(key, agent);
    }
    return agent;
}
/** Sends one request; resolves for 2xx, rejects with HttpStatusError otherwise. */
function request(target, options) {
    const url = new URL(target);
    const transport = url.protocol === 'https:' ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default());
    return new Promise((resolve, reject) => {
        const req = transport.request(url, {
            method: options.method,
            headers: {
                'user-agent': 'provenant',
                ...(options.body !== undefined
                    ? { 'content-length': String(Buffer.byteLength(options.body)) }
                    : {}),
                ...options.headers
            },
            agent: agentFor(url),
            signal: AbortSignal.timeout(options.timeoutMs)
        }, (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.once('error', reject);
            res.once('end', () => {
                const body = Buffer.concat(chunks);
                const status = res.statusCode ?? 0;
                if (status >= 200 && status < 300) {
                    resolve({ status, headers: res.headers, body });
                    return;
                }
                reject(new HttpStatusError(status, messageOf(body) ?? res.statusMessage ?? '', res.headers.location, retryAfterMs(res.headers['retry-after']), res.headers));
            });
        });
        req.once('error', (error) => {
            // A timeout surfaces as an AbortError whose cause is the TimeoutError.
            // (Compared by name: a DOMException may come from another realm.)
            const cause = error.cause;
            reject(cause?.name === 'TimeoutError' ? cause : error);
        });
        req.end(options.body);
    });
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
/** Sigstore services answer errors as `{ "code": 409, "message": "..." }`. */
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

/***/ 61254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UF: () => (/* binding */ createRetryContext),
/* harmony export */   bD: () => (/* binding */ withRetry)
/* harmony export */ });
/* unused harmony export SERVICE_NAMES */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/* harmony import */ var _lib_sign_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17059);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96862);
/**
 * Our one retry loop for every call to OIDC, Fulcio, Rekor and a TSA: the
 * clients underneath are told not to retry (`retry: 0`), each attempt gets a
 * timeout no longer than what is left of the budget, and each wait is logged
 * with the service, the attempt, the delay and the reason.
 */




const SERVICE_NAMES = {
    oidc: 'OIDC token service',
    fulcio: 'Fulcio',
    rekor: 'Rekor',
    tsa: 'TSA',
    registry: 'OCI registry',
    osv: 'OSV database'
};
/** A RetryContext from the inputs, on the real clock unless `environment` says otherwise. */
function createRetryContext(inputs, logger, environment = {}) {
    return {
        policy: {
            ..._lib_sign_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_RETRY_POLICY */ .cO,
            maxAttempts: inputs.maxAttempts,
            budgetMs: inputs.retryBudgetMs
        },
        requestTimeoutMs: inputs.requestTimeoutMs,
        logger,
        env: {
            now: () => new Date(),
            random: Math.random,
            sleep: (ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms),
            ...environment
        }
    };
}
/**
 * Runs `call` until it succeeds, fails for good, or the policy says stop.
 * `where` names the endpoint in messages (a URL, never a secret).
 */
async function withRetry(service, where, context, call) {
    const name = SERVICE_NAMES[service];
    const started = context.env.now().getTime();
    const elapsed = () => context.env.now().getTime() - started;
    for (let number = 1;; number++) {
        const timeoutMs = Math.min(context.requestTimeoutMs, (0,_lib_sign_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .remainingBudgetMs */ .kW)(context.policy, elapsed()));
        try {
            return await call({ number, timeoutMs });
        }
        catch (error) {
            // Our own errors (a bad input, a bad token) are not the service's.
            if (error instanceof _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenantError */ .Y$ && !(error instanceof _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7)) {
                throw error;
            }
            const failure = (0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .classifyFailure */ .X)(error);
            if (!failure.retryable) {
                throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7(service, `${name} (${where}) refused the request: ${failure.reason}`, { status: failure.status, retryable: false, cause: error });
            }
            const decision = (0,_lib_sign_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .decideRetry */ .tE)({
                attempt: number,
                elapsedMs: elapsed(),
                policy: context.policy,
                random: context.env.random,
                ...(failure.retryAfterMs !== undefined
                    ? { retryAfterMs: failure.retryAfterMs }
                    : {})
            });
            if (!decision.retry) {
                const bound = decision.reason === 'attempts'
                    ? `${number} attempt${number === 1 ? '' : 's'}`
                    : `${number} attempt${number === 1 ? '' : 's'} in ${(elapsed() / 1000).toFixed(1)} s (retry budget ${context.policy.budgetMs / 1000} s)`;
                throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7(service, `${name} (${where}) failed after ${bound}: ${failure.reason}`, { status: failure.status, retryable: true, cause: error });
            }
            context.logger.info(`${name}: attempt ${number} of ${context.policy.maxAttempts} failed (${failure.reason}); retrying in ${(decision.delayMs / 1000).toFixed(1)} s`);
            await context.env.sleep(decision.delayMs);
        }
    }
}


/***/ }),

/***/ 65680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vb: () => (/* reexport */ collectInputError),
  vX: () => (/* reexport */ collectProblems),
  pf: () => (/* reexport */ defineInputs),
  yG: () => (/* reexport */ parseBoolean),
  HU: () => (/* reexport */ parseChoice),
  cG: () => (/* reexport */ parseInteger),
  E1: () => (/* reexport */ parseList),
  hc: () => (/* reexport */ readRaw),
  ml: () => (/* reexport */ throwCollected)
});

// UNUSED EXPORTS: GITHUB_TOKEN_INPUT, IMAGES_INPUT, INSECURE_REGISTRY_INPUT, OCI_FORMAT_INPUT, OUTPUT_DIR_INPUT, PREDICATE_TYPE_INPUT, TRUSTED_ROOT_INPUT

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
                collectInputError(problems, error);
                return fallback;
            }
        },
        throwIfAny: () => {
            if (problems.length > 0)
                throw new errors/* InputErrors */.G(problems);
        }
    };
}
/** Adds the input problems `error` holds (one or several); rethrows anything else. */
function collectInputError(problems, error) {
    if (error instanceof errors/* InputErrors */.G)
        problems.push(...error.problems);
    else if (error instanceof errors/* InputError */.dz)
        problems.push(error);
    else
        throw error;
}
/** Throws what was collected, if anything: a single problem as itself, several together. */
function throwCollected(problems) {
    if (problems.length === 0)
        return;
    throw problems.length === 1 ? problems[0] : new errors/* InputErrors */.G([...problems]);
}

;// CONCATENATED MODULE: ./src/lib/inputs/index.ts






/***/ }),

/***/ 54476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Et: () => (/* binding */ PREDICATE_TYPE_INPUT),
/* harmony export */   jC: () => (/* binding */ OCI_FORMAT_INPUT),
/* harmony export */   n6: () => (/* binding */ OUTPUT_DIR_INPUT),
/* harmony export */   o7: () => (/* binding */ IMAGES_INPUT),
/* harmony export */   uz: () => (/* binding */ TRUSTED_ROOT_INPUT),
/* harmony export */   vu: () => (/* binding */ GITHUB_TOKEN_INPUT),
/* harmony export */   wJ: () => (/* binding */ INSECURE_REGISTRY_INPUT)
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
const IMAGES_INPUT = {
    kind: 'list',
    description: 'Container images: oci://<registry>/<repository>@sha256:<digest> (a :tag is resolved to its digest once and printed), newline or space separated.'
};
const OCI_FORMAT_INPUT = {
    kind: 'string',
    default: 'both',
    description: "Where image signatures and attestations are stored: bundle (the Sigstore bundle as an OCI 1.1 referrer, with the referrers tag fallback), legacy (cosign's sha256-<digest>.sig/.att tags) or both."
};
const INSECURE_REGISTRY_INPUT = {
    kind: 'list',
    description: 'Registries (host:port) reached over plain HTTP; loopback registries always are, no other is unless named here.'
};


/***/ }),

/***/ 17059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   kW: () => (/* binding */ remainingBudgetMs),
/* harmony export */   tE: () => (/* binding */ decideRetry)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_BUDGET_MS, DEFAULT_BASE_DELAY_MS, DEFAULT_MAX_DELAY_MS, backoffDelayMs */
/**
 * Retry policy for calls to Sigstore services and the OIDC issuer:
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
 * the backoff when it is longer, but never past the budget.
 */
function decideRetry(input) {
    const { attempt, elapsedMs, policy } = input;
    if (attempt >= policy.maxAttempts)
        return { retry: false, reason: 'attempts' };
    const delayMs = Math.max(backoffDelayMs(attempt, policy, input.random), Math.min(input.retryAfterMs ?? 0, policy.maxDelayMs));
    if (elapsedMs + delayMs >= policy.budgetMs) {
        return { retry: false, reason: 'budget' };
    }
    return { retry: true, delayMs };
}
/** The time left in the budget for one more attempt (at least 1 ms). */
function remainingBudgetMs(policy, elapsedMs) {
    return Math.max(1, policy.budgetMs - elapsedMs);
}


/***/ })

};
