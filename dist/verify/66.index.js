export const id = 66;
export const ids = [66];
export const modules = {

/***/ 9486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bP: () => (/* binding */ RegistryClient),
  c4: () => (/* binding */ isNotFound)
});

// UNUSED EXPORTS: isLoopback

// EXTERNAL MODULE: ./src/lib/digest.ts
var lib_digest = __webpack_require__(8899);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/oci/image.ts
var oci_image = __webpack_require__(876);
// EXTERNAL MODULE: ./src/lib/ports.ts
var ports = __webpack_require__(3387);
// EXTERNAL MODULE: ./src/lib/net/retry.ts
var retry = __webpack_require__(6269);
// EXTERNAL MODULE: ./src/io/net/http.ts + 1 modules
var http = __webpack_require__(9963);
// EXTERNAL MODULE: ./src/io/net/retry.ts + 1 modules
var net_retry = __webpack_require__(9961);
;// CONCATENATED MODULE: ./src/io/oci/challenge.ts
function parseChallenge(header) {
    if (!header)
        return undefined;
    const match = /^\s*(\w+)\s*(.*)$/s.exec(header);
    if (!match)
        return undefined;
    const scheme = match[1].toLowerCase();
    if (scheme !== 'bearer' && scheme !== 'basic')
        return undefined;
    const params = {};
    const param = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?/g;
    for (const m of match[2].matchAll(param))
        params[m[1].toLowerCase()] = (m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1');
    return { scheme, params };
}

;// CONCATENATED MODULE: ./src/io/oci/client.ts
/**
 * A small OCI distribution (Docker Registry HTTP API v2) client: manifests
 * and blobs by GET, every byte checked against its digest; a `Bearer`
 * challenge answered with a token from the registry's realm (anonymous, or
 * with the user's credentials), a `Basic` one with the credentials;
 * redirects to blob storage followed without the registry's credentials;
 * network faults and 5xx/429 retried with backoff, bounded.
 *
 * Plain HTTP only for loopback registries (or when `insecure` is asked).
 */








const REQUEST_TIMEOUT_MS = 60_000;
const MAX_REDIRECTS = 5;
const DOCKER_HUB = 'docker.io';
const DEFAULT_RETRY = {
    policy: retry/* DEFAULT_RETRY_POLICY */.cO,
    requestTimeoutMs: REQUEST_TIMEOUT_MS,
    logger: ports/* SILENT_LOGGER */.B,
    env: {
        now: () => new Date(),
        random: Math.random,
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
    }
};
function isLoopback(registry) {
    const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\./.test(host);
}
class RegistryClient {
    registry;
    #base;
    #credentials;
    #retry;
    /** Authorization header values by scope. */
    #authorization = new Map();
    constructor(options) {
        this.registry = options.registry;
        const host = options.registry === DOCKER_HUB
            ? 'registry-1.docker.io'
            : options.registry;
        const plain = options.insecure === true || isLoopback(options.registry);
        this.#base = `${plain ? 'http' : 'https'}://${host}/v2/`;
        this.#credentials = options.credentials;
        this.#retry = options.retry ?? DEFAULT_RETRY;
    }
    /** A manifest or index by tag or digest; by digest, its bytes are checked. */
    async getManifest(repository, reference, accept = oci_image/* MANIFEST_ACCEPT */.dY) {
        const response = await this.send(repository, {
            path: `manifests/${reference}`,
            headers: { accept: accept.join(', ') }
        });
        const digest = (0,lib_digest/* sha256Digest */.s)(response.body);
        const where = `${this.registry}/${repository}@${reference}`;
        if (reference.startsWith('sha256:') && digest !== reference)
            throw mismatch(where, reference, digest);
        const claimed = header(response, 'docker-content-digest');
        if (claimed?.startsWith('sha256:') && claimed !== digest)
            throw mismatch(where, claimed, digest);
        return {
            bytes: response.body,
            digest,
            mediaType: header(response, 'content-type')?.split(';')[0]?.trim() ?? ''
        };
    }
    /** A blob by digest, its bytes checked. */
    async getBlob(repository, digest) {
        const response = await this.send(repository, { path: `blobs/${digest}` });
        const actual = (0,lib_digest/* sha256Digest */.s)(response.body);
        if (actual !== digest)
            throw mismatch(`${this.registry}/${repository}@${digest}`, digest, actual);
        return response.body;
    }
    /**
     * One call to the repository's API (`path` under /v2/<repository>/, or
     * an absolute `url` an upload session named), authorised for pull, or
     * pull and push: retried, a challenge answered once, statuses explained.
     */
    async send(repository, call) {
        const method = call.method ?? 'GET';
        const scope = `repository:${repository}:${method === 'GET' || method === 'HEAD' ? 'pull' : 'pull,push'}`;
        const where = call.url ?? `${this.#base}${repository}/${call.path ?? ''}`;
        const headers = call.headers ?? {};
        const attempt = (timeoutMs) => method === 'GET'
            ? this.#follow(new URL(where), scope, headers, timeoutMs)
            : (0,http/* request */.Em)(where, {
                method,
                timeoutMs,
                headers: { ...headers, ...this.#authHeader(scope) },
                ...(call.body !== undefined ? { body: call.body } : {})
            });
        return (0,net_retry/* withRetry */.bD)('registry', where, this.#retry, async ({ timeoutMs }) => {
            try {
                return await attempt(timeoutMs);
            }
            catch (error) {
                if (!(error instanceof http/* HttpStatusError */.F9) || error.statusCode !== 401)
                    throw error;
                // Answer the challenge once, then ask again.
                await this.#authorize(scope, error, timeoutMs);
                return attempt(timeoutMs);
            }
        }).catch((error) => {
            throw this.#explain(error, repository);
        });
    }
    /** The API's base URL: http:// only for loopback or `insecure` registries. */
    get baseUrl() {
        return this.#base;
    }
    /** The absolute URL of a Location header the registry sent. */
    resolveLocation(location) {
        return new URL(location, this.#base).toString();
    }
    #authHeader(scope) {
        const auth = this.#authorization.get(scope);
        return auth ? { authorization: auth } : {};
    }
    async #follow(url, scope, headers, timeoutMs) {
        let target = url;
        for (let hop = 0;; hop++) {
            const auth = target.host === url.host ? this.#authorization.get(scope) : undefined;
            try {
                return await (0,http/* request */.Em)(target, {
                    method: 'GET',
                    timeoutMs,
                    headers: { ...headers, ...(auth ? { authorization: auth } : {}) }
                });
            }
            catch (error) {
                const redirect = error instanceof http/* HttpStatusError */.F9 &&
                    [301, 302, 303, 307, 308].includes(error.statusCode) &&
                    error.location;
                if (!redirect || hop >= MAX_REDIRECTS)
                    throw error;
                target = new URL(redirect, target);
            }
        }
    }
    async #authorize(scope, error, timeoutMs) {
        const challenge = parseChallenge(error.headers['www-authenticate']);
        if (!challenge)
            throw error;
        if (challenge.scheme === 'basic') {
            if (this.#credentials?.kind !== 'basic')
                throw error;
            const { username, password } = this.#credentials;
            this.#authorization.set(scope, `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`);
            return;
        }
        this.#authorization.set(scope, `Bearer ${await this.#token(challenge, scope, timeoutMs)}`);
    }
    /** The token endpoint of a Bearer challenge (docker's token authentication). */
    async #token(challenge, scope, timeoutMs) {
        const realm = challenge.params.realm;
        if (!realm)
            throw new errors/* ServiceError */._7('registry', `${this.registry} sent a Bearer challenge without a realm`);
        const url = new URL(realm);
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        url.searchParams.set('scope', challenge.params.scope ?? scope);
        const headers = { accept: 'application/json' };
        const credentials = this.#credentials;
        let response;
        if (credentials?.kind === 'identity-token') {
            const body = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: credentials.token,
                service: challenge.params.service ?? '',
                scope: challenge.params.scope ?? scope,
                client_id: 'provenant'
            }).toString();
            response = await (0,http/* request */.Em)(url.origin + url.pathname, {
                method: 'POST',
                timeoutMs,
                headers: {
                    ...headers,
                    'content-type': 'application/x-www-form-urlencoded'
                },
                body
            });
        }
        else {
            if (credentials?.kind === 'basic') {
                const basic = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
                headers.authorization = `Basic ${basic}`;
            }
            response = await (0,http/* request */.Em)(url, { method: 'GET', timeoutMs, headers });
        }
        const json = JSON.parse(response.body.toString('utf8'));
        const token = typeof json.token === 'string' ? json.token : json.access_token;
        if (typeof token !== 'string' || token === '')
            throw new errors/* ServiceError */._7('registry', `the token service of ${this.registry} (${url.origin}) answered without a token`);
        return token;
    }
    #explain(error, repository) {
        const status = statusOf(error);
        const name = `${this.registry}/${repository}`;
        if (status === 401 || status === 403) {
            return new errors/* InputError */.dz('OCI_UNAUTHORIZED', `the registry ${this.registry} refused access to ${name} (HTTP ${status})${this.#credentials ? ' with the credentials found' : ' without credentials'}: log in (docker login or skopeo login ${this.registry}), or set DOCKER_CONFIG or REGISTRY_AUTH_FILE`, { cause: error });
        }
        if (status === 404) {
            return new errors/* InputError */.dz('OCI_NOT_FOUND', `the registry ${this.registry} has no ${name} with that tag or digest (HTTP 404): check the reference`, { cause: error });
        }
        return error;
    }
}
function statusOf(error) {
    for (let e = error; e; e = e.cause) {
        if (e instanceof http/* HttpStatusError */.F9)
            return e.statusCode;
    }
    return undefined;
}
function header(response, name) {
    const value = response.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
function mismatch(where, expected, actual) {
    return new errors/* InputError */.dz('OCI_DIGEST_MISMATCH', `${where}: the registry sent bytes whose digest is ${actual}, not ${expected}: the registry or a proxy altered them; do not use this image`);
}
/** Whether a registry call failed because the tag, digest or blob is not there (HTTP 404). */
function isNotFound(error) {
    return error?.code === 'OCI_NOT_FOUND';
}


/***/ }),

/***/ 66:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createRegistryClients: () => (/* binding */ createRegistryClients)
});

// UNUSED EXPORTS: credentialsFor, imageSubject, resolveImageInputs, resolveImages

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/oci/reference.ts
var reference = __webpack_require__(5996);
// EXTERNAL MODULE: ./src/io/oci/client.ts + 1 modules
var oci_client = __webpack_require__(9486);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/io/oci/credentials.ts
/**
 * Registry credentials as users already hold them: Docker's config
 * (`$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`) and the
 * containers auth file skopeo and podman write (`$REGISTRY_AUTH_FILE`, else
 * `$XDG_RUNTIME_DIR/containers/auth.json`): `auths.<registry>.auth`
 * (base64 of user:password) or `username`/`password`, and
 * `identitytoken` (an OAuth2 refresh token). Credential helpers are not run.
 */




const DOCKER_HUB_KEYS = [
    'https://index.docker.io/v1/',
    'index.docker.io',
    'docker.io',
    'registry-1.docker.io'
];
function credentialFiles(env) {
    const files = [];
    if (env.REGISTRY_AUTH_FILE)
        files.push(env.REGISTRY_AUTH_FILE);
    else if (env.XDG_RUNTIME_DIR)
        files.push(external_node_path_default().join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'));
    files.push(external_node_path_default().join(env.DOCKER_CONFIG ?? external_node_path_default().join(env.HOME ?? external_node_os_default().homedir(), '.docker'), 'config.json'));
    return files;
}
/** The first credentials any of the files holds for the registry; undefined for none. */
async function findRegistryCredentials(registry, env = process.env) {
    const keys = DOCKER_HUB_KEYS.includes(registry) ? DOCKER_HUB_KEYS : [registry];
    for (const file of credentialFiles(env)) {
        const text = await (0,promises_.readFile)(file, 'utf8').catch((error) => {
            if (error.code === 'ENOENT')
                return undefined;
            throw error;
        });
        if (text === undefined)
            continue;
        let config;
        try {
            config = JSON.parse(text);
        }
        catch (error) {
            throw new errors/* InputError */.dz('OCI_CREDENTIALS_INVALID', `${file} is not JSON: fix it, or log in again (docker login, skopeo login)`, { cause: error });
        }
        for (const [key, entry] of Object.entries(config.auths ?? {})) {
            const host = key.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
            if (!keys.includes(key) && !keys.includes(host))
                continue;
            const found = toCredentials(entry, file);
            if (found)
                return found;
        }
    }
    return undefined;
}
function toCredentials(entry, file) {
    if (typeof entry.identitytoken === 'string' && entry.identitytoken)
        return { kind: 'identity-token', token: entry.identitytoken };
    if (typeof entry.auth === 'string' && entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw new errors/* InputError */.dz('OCI_CREDENTIALS_INVALID', `${file}: an "auth" entry is not base64 of user:password: log in again`);
        }
        return {
            kind: 'basic',
            username: decoded.slice(0, colon),
            password: decoded.slice(colon + 1)
        };
    }
    if (typeof entry.username === 'string' && typeof entry.password === 'string')
        return { kind: 'basic', username: entry.username, password: entry.password };
    return undefined;
}

;// CONCATENATED MODULE: ./src/io/oci/registries.ts
/**
 * One RegistryClient per registry for a run, with the credentials the
 * user holds (docker/skopeo config files; in GitHub Actions, GITHUB_TOKEN
 * for ghcr.io when no file names it); plain HTTP for loopback registries
 * and for registries named in `insecure-registry`, never otherwise.
 * Image references are resolved here: a tag is read once, its digest
 * printed once, and a reference giving both a tag and a digest must agree.
 */




/** The image as an in-toto statement subject: its name and manifest digest. */
function imageSubject(image) {
    return {
        name: image.name,
        digest: { sha256: image.digest.slice('sha256:'.length) }
    };
}
function createRegistryClients(options) {
    const clients = new Map();
    return (registry) => {
        let client = clients.get(registry);
        if (!client) {
            client = credentialsFor(registry, options.env).then((credentials) => new oci_client/* RegistryClient */.bP({
                registry,
                ...(credentials ? { credentials } : {}),
                insecure: options.insecureRegistries.includes(registry),
                ...(options.retry ? { retry: options.retry } : {})
            }));
            clients.set(registry, client);
        }
        return client;
    };
}
async function credentialsFor(registry, env) {
    const found = await findRegistryCredentials(registry, { ...env });
    if (found)
        return found;
    if (registry === 'ghcr.io' &&
        env.GITHUB_ACTIONS === 'true' &&
        env.GITHUB_TOKEN) {
        return {
            kind: 'basic',
            username: env.GITHUB_ACTOR || 'github-actions',
            password: env.GITHUB_TOKEN
        };
    }
    return undefined;
}
/** Every image resolved to its digest (tags read once), in order, without repeats. */
async function resolveImages(labels, clients, logger) {
    const seen = new Map();
    for (const label of labels) {
        const reference = parseImageReference(label);
        const client = await clients(reference.registry);
        const fetched = await client.getManifest(reference.repository, reference.tag !== undefined ? reference.tag : reference.digest);
        const shown = formatImageReference(reference);
        if (reference.digest && fetched.digest !== reference.digest) {
            throw new InputError('OCI_TAG_MOVED', `${label}: the tag ${reference.tag ?? ''} now points to ${fetched.digest}, not ${reference.digest}: the image was re-tagged; give the digest you mean alone (oci://${reference.registry}/${reference.repository}@sha256:...)`);
        }
        const name = `${reference.registry}/${reference.repository}`;
        if (seen.has(`${name}@${fetched.digest}`))
            continue;
        if (reference.tag !== undefined && !reference.digest)
            logger.info(`${shown} resolved to ${name}@${fetched.digest}`);
        seen.set(`${name}@${fetched.digest}`, {
            label,
            reference: { ...reference, digest: fetched.digest },
            name,
            digest: fetched.digest,
            descriptor: {
                mediaType: fetched.mediaType || mediaTypeOf(fetched.bytes),
                digest: fetched.digest,
                size: fetched.bytes.length
            },
            ...(reference.tag !== undefined ? { tag: reference.tag } : {}),
            client
        });
    }
    return [...seen.values()];
}
function mediaTypeOf(bytes) {
    try {
        const json = JSON.parse(bytes.toString('utf8'));
        if (typeof json.mediaType === 'string')
            return json.mediaType;
    }
    catch {
        // fall through
    }
    return 'application/vnd.oci.image.manifest.v1+json';
}
/** The images of an action or command's inputs, resolved with one client per registry. */
async function resolveImageInputs(inputs, context) {
    const clients = createRegistryClients({
        insecureRegistries: inputs.insecureRegistries,
        env: context.env,
        ...(context.retry ? { retry: context.retry } : {})
    });
    return resolveImages(inputs.images, clients, context.logger);
}


/***/ }),

/***/ 8899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/** The `sha256:<hex>` digest of some bytes, as OCI registries and GitHub write it. */

function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}


/***/ }),

/***/ 876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O0: () => (/* binding */ parseImageDocument),
/* harmony export */   Z2: () => (/* binding */ MEDIA_TYPES),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT)
/* harmony export */ });
/* unused harmony exports isDigest, parseImageConfig, formatPlatform, choosePlatform */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/**
 * OCI image and Docker schema 2 documents as read from a registry, an OCI
 * image layout or a docker-archive: indexes (manifest lists), manifests and
 * configs, checked for the fields an image reader needs, and the choice of
 * one platform from an index.
 */

const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json'
};
/** What a registry is asked for, in order of preference. */
const MANIFEST_ACCEPT = [
    MEDIA_TYPES.ociIndex,
    MEDIA_TYPES.ociManifest,
    MEDIA_TYPES.dockerList,
    MEDIA_TYPES.dockerManifest
];
const DIGEST = /^sha256:[0-9a-f]{64}$/;
function isDigest(text) {
    return DIGEST.test(text);
}
/** An index or a manifest, told apart by its media type or its fields. */
function parseImageDocument(text, where) {
    const bad = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('OCI_MANIFEST_INVALID', `${where}: not an OCI image index or manifest: ${why}`);
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw bad('it is not JSON');
    }
    if (Array.isArray(json.manifests)) {
        return {
            kind: 'index',
            manifests: json.manifests.map((d) => descriptor(d, bad))
        };
    }
    if (json.config && Array.isArray(json.layers)) {
        const subject = json.subject?.digest;
        return {
            kind: 'manifest',
            config: descriptor(json.config, bad),
            layers: json.layers.map((d) => descriptor(d, bad)),
            annotations: stringRecord(json.annotations),
            ...(typeof subject === 'string' ? { subject } : {})
        };
    }
    throw bad(json.schemaVersion === 1
        ? 'Docker schema 1 manifests are not read: push the image again with a current client'
        : 'it has neither "manifests" nor "config" and "layers"');
}
function descriptor(raw, bad) {
    const d = raw;
    if (typeof d.digest !== 'string' || !DIGEST.test(d.digest))
        throw bad(`a descriptor has no sha256 digest (${JSON.stringify(d.digest)})`);
    const platform = d.platform;
    return {
        mediaType: typeof d.mediaType === 'string' ? d.mediaType : '',
        digest: d.digest,
        size: typeof d.size === 'number' ? d.size : -1,
        ...(platform &&
            typeof platform.os === 'string' &&
            typeof platform.architecture === 'string'
            ? {
                platform: {
                    os: platform.os,
                    architecture: platform.architecture,
                    ...(typeof platform.variant === 'string'
                        ? { variant: platform.variant }
                        : {})
                }
            }
            : {}),
        ...(d.annotations ? { annotations: stringRecord(d.annotations) } : {})
    };
}
function stringRecord(raw) {
    const out = {};
    if (raw && typeof raw === 'object')
        for (const [k, v] of Object.entries(raw))
            if (typeof v === 'string')
                out[k] = v;
    return out;
}
function parseImageConfig(text, where) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new InputError('OCI_CONFIG_INVALID', `${where}: the image config is not JSON`);
    }
    const rootfs = json.rootfs;
    const diffIds = Array.isArray(rootfs?.diff_ids)
        ? rootfs.diff_ids.filter((d) => typeof d === 'string')
        : [];
    const config = json.config;
    return {
        platform: {
            os: typeof json.os === 'string' ? json.os : '',
            architecture: typeof json.architecture === 'string' ? json.architecture : '',
            ...(typeof json.variant === 'string' ? { variant: json.variant } : {})
        },
        diffIds,
        ...(typeof json.created === 'string' ? { created: json.created } : {}),
        labels: stringRecord(config?.Labels)
    };
}
/** os/architecture[/variant] */
function formatPlatform(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
/** The index entry for `wanted` (default linux/amd64), or the only image it lists. */
function choosePlatform(index, wanted, where) {
    const images = index.manifests.filter((m) => m.platform === undefined || m.platform.architecture !== 'unknown');
    const match = images.find((m) => m.platform?.os === wanted.os &&
        m.platform.architecture === wanted.architecture &&
        (wanted.variant === undefined || m.platform.variant === wanted.variant));
    if (match)
        return match;
    if (images.length === 1)
        return images[0];
    throw new InputError('OCI_PLATFORM_NOT_FOUND', `${where}: the image index has no ${formatPlatform(wanted)} image (it has ${images
        .map((m) => (m.platform ? formatPlatform(m.platform) : m.digest))
        .join(', ') || 'none'}): name the platform's digest instead`);
}


/***/ })

};
