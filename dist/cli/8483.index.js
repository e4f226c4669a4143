export const id = 8483;
export const ids = [8483];
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
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/oci/image.ts
var oci_image = __webpack_require__(30876);
// EXTERNAL MODULE: ./src/lib/ports.ts
var ports = __webpack_require__(93387);
// EXTERNAL MODULE: ./src/lib/net/retry.ts
var retry = __webpack_require__(46269);
// EXTERNAL MODULE: ./src/io/net/http.ts
var http = __webpack_require__(95854);
// EXTERNAL MODULE: ./src/io/net/retry.ts + 1 modules
var net_retry = __webpack_require__(69961);
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

/***/ 96880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ findRegistryCredentials)
/* harmony export */ });
/* unused harmony export credentialFiles */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97268);
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
        files.push(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'));
    files.push(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(env.DOCKER_CONFIG ?? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(env.HOME ?? node_os__WEBPACK_IMPORTED_MODULE_1___default().homedir(), '.docker'), 'config.json'));
    return files;
}
/** The first credentials any of the files holds for the registry; undefined for none. */
async function findRegistryCredentials(registry, env = process.env) {
    const keys = DOCKER_HUB_KEYS.includes(registry) ? DOCKER_HUB_KEYS : [registry];
    for (const file of credentialFiles(env)) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8').catch((error) => {
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
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('OCI_CREDENTIALS_INVALID', `${file} is not JSON: fix it, or log in again (docker login, skopeo login)`, { cause: error });
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
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('OCI_CREDENTIALS_INVALID', `${file}: an "auth" entry is not base64 of user:password: log in again`);
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


/***/ }),

/***/ 48483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openImage: () => (/* binding */ openImage),
  readImageArchiveIfAny: () => (/* binding */ readImageArchiveIfAny)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/lib/oci/reference.ts
var oci_reference = __webpack_require__(25996);
// EXTERNAL MODULE: ./src/lib/digest.ts
var lib_digest = __webpack_require__(8899);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/oci/image.ts
var oci_image = __webpack_require__(30876);
// EXTERNAL MODULE: ./src/lib/archive/inflate.ts
var inflate = __webpack_require__(79821);
// EXTERNAL MODULE: ./src/lib/archive/limits.ts
var limits = __webpack_require__(46228);
// EXTERNAL MODULE: ./src/lib/archive/zstd.ts
var zstd = __webpack_require__(17771);
// EXTERNAL MODULE: ./src/lib/archive/tar.ts
var archive_tar = __webpack_require__(86485);
// EXTERNAL MODULE: ./src/lib/sbom/image/layers.ts
var image_layers = __webpack_require__(37309);
;// CONCATENATED MODULE: ./src/io/sbom/image/image-store.ts
/**
 * Where an image's documents and blobs come from (a registry, an OCI image
 * layout folder or archive), and the walk every store shares: the top
 * document, an index resolved to one platform's manifest, the config, then
 * each layer, every byte checked against its digest.
 */



const DEFAULT_PLATFORM = { os: 'linux', architecture: 'amd64' };
const MAX_INDEX_DEPTH = 4;
const utf8 = new TextDecoder();
async function resolveImage(store, platform = DEFAULT_PLATFORM) {
    let { bytes, digest } = await store.top();
    for (let depth = 0;; depth++) {
        const document = (0,oci_image/* parseImageDocument */.O0)(utf8.decode(bytes), store.display);
        if (document.kind === 'manifest') {
            const configDigest = document.config.digest;
            const config = (0,oci_image/* parseImageConfig */.FB)(utf8.decode(await store.blob(configDigest)), `${store.display} (config ${configDigest})`);
            return { digest, manifest: document, config, configDigest };
        }
        if (depth >= MAX_INDEX_DEPTH) {
            throw new errors/* InputError */.dz('OCI_INDEX_TOO_DEEP', `${store.display}: image indexes nest more than ${MAX_INDEX_DEPTH} deep: name a manifest by digest`);
        }
        const chosen = (0,oci_image/* choosePlatform */.xV)(document, platform, store.display);
        digest = chosen.digest;
        bytes = await store.manifest(digest);
    }
}
/** Fails closed when bytes do not hash to the digest that named them. */
function assertDigest(bytes, digest, where) {
    const actual = (0,lib_digest/* sha256Digest */.s)(bytes);
    if (actual !== digest) {
        throw new errors/* InputError */.dz('OCI_DIGEST_MISMATCH', `${where}: ${digest} has the digest ${actual}: the image store is damaged or was altered; pull or build the image again`);
    }
}
async function loadImage(store, platform = DEFAULT_PLATFORM) {
    const resolved = await resolveImage(store, platform);
    return {
        display: store.display,
        repository: store.repository,
        ...(store.tag ? { tag: store.tag } : {}),
        ...(store.repositoryUrl ? { repositoryUrl: store.repositoryUrl } : {}),
        image: {
            ...resolved,
            layer: (i) => store.blob(resolved.manifest.layers[i].digest)
        }
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/io/sbom/image/layout-store.ts
/**
 * An OCI image layout (image-spec image-layout.md): a folder with
 * `oci-layout`, `index.json` and `blobs/<alg>/<hex>`, or the same files
 * held in memory from an archive (`oci-archive`, skopeo's and umoci's).
 */





const REF_NAME = 'org.opencontainers.image.ref.name';
const layout_store_utf8 = new TextDecoder();
function folderReader(dir) {
    return async (relative) => (0,promises_.readFile)(external_node_path_default().join(dir, relative)).catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    });
}
/** `tag` picks the index entry with that ref name; without it, the index must list one image (or is resolved by platform). */
function createLayoutStore(read, display, name, tag) {
    const blob = async (digest) => {
        if (!(0,oci_image/* isDigest */.Bc)(digest))
            throw missing(display, digest);
        const bytes = await read(`blobs/sha256/${digest.slice('sha256:'.length)}`);
        if (bytes === undefined)
            throw missing(display, digest);
        assertDigest(bytes, digest, display);
        return bytes;
    };
    return {
        display,
        repository: name,
        ...(tag ? { tag } : {}),
        blob,
        manifest: blob,
        async top() {
            const index = await read('index.json');
            if (index === undefined) {
                throw new errors/* InputError */.dz('OCI_LAYOUT_INVALID', `${display}: no index.json: not an OCI image layout; give the folder umoci or skopeo (oci:) wrote`);
            }
            const document = (0,oci_image/* parseImageDocument */.O0)(layout_store_utf8.decode(index), `${display}/index.json`);
            if (document.kind === 'manifest') {
                throw new errors/* InputError */.dz('OCI_LAYOUT_INVALID', `${display}/index.json is a manifest, not an index`);
            }
            const named = tag
                ? document.manifests.filter((m) => m.annotations?.[REF_NAME] === tag)
                : document.manifests;
            if (tag && named.length === 0) {
                const names = document.manifests
                    .map((m) => m.annotations?.[REF_NAME])
                    .filter(Boolean);
                throw new errors/* InputError */.dz('OCI_LAYOUT_TAG_NOT_FOUND', `${display}: the layout has no image tagged ${tag} (it has ${names.join(', ') || 'no tags'})`);
            }
            if (named.length === 1) {
                return { digest: named[0].digest, bytes: await blob(named[0].digest) };
            }
            // Several images: resolved by platform, as an index of its own.
            return { digest: `sha256:${'0'.repeat(64)}`, bytes: index };
        }
    };
}
function missing(display, digest) {
    return new errors/* InputError */.dz('OCI_BLOB_MISSING', `${display}: the blob ${digest} is not in the layout: copy the image again (skopeo copy, umoci)`);
}

;// CONCATENATED MODULE: ./src/io/sbom/image/archive-store.ts
/**
 * An image saved as a tar file: `docker save` / skopeo `docker-archive:`
 * (manifest.json, the config and each layer by path) or skopeo
 * `oci-archive:` (an OCI image layout in a tar). The archive is read once
 * with the project's tar reader, its members held in memory.
 */











/** Largest member of an image archive (a layer) held in memory. */
const MAX_ARCHIVE_MEMBER_BYTES = 4 * 1024 * 1024 * 1024 - 1;
async function readArchiveMembers(file, display) {
    const members = new Map();
    const budget = new limits/* InflationBudget */.yE(display, image_layers/* IMAGE_LAYER_LIMITS */.JU);
    const tar = new archive_tar/* TarReader */.RF({
        budget,
        want: (entry) => entry.type === 'file',
        maxKeptBytes: MAX_ARCHIVE_MEMBER_BYTES,
        onEntry: (entry, data) => {
            if (data)
                members.set(entry.path.replace(/^\.?\//, ''), data);
        }
    });
    let gunzip;
    let first = true;
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(file, {
            highWaterMark: 1 << 20
        })) {
            if (first && chunk[0] === 0x1f && chunk[1] === 0x8b)
                gunzip = new inflate/* BoundedInflater */.Zg('gzip', budget, (data) => tar.push(data));
            first = false;
            if (gunzip)
                gunzip.push(chunk);
            else
                tar.push(chunk);
        }
        gunzip?.push(new Uint8Array(0), true);
        tar.end();
    }
    catch (error) {
        throw new errors/* InputError */.dz('OCI_ARCHIVE_UNREADABLE', `${display}: not a readable image archive (${error.message}); give the tar that docker save or skopeo copy wrote`, { cause: error });
    }
    return members;
}
function isImageArchive(members) {
    return (members.has('manifest.json') ||
        (members.has('oci-layout') && members.has('index.json')));
}
const archive_store_utf8 = new TextDecoder();
/** The image in an archive's members (the first of a docker-archive holding several). */
async function archiveImage(members, display, fallbackName) {
    if (members.has('oci-layout') && members.has('index.json')) {
        const store = createLayoutStore((p) => Promise.resolve(members.get(p)), display, fallbackName, undefined);
        return loadImage(store);
    }
    return dockerArchiveImage(members, display, fallbackName);
}
/** A docker-archive (`docker save`): its first image, named by its config digest and RepoTags. */
function dockerArchiveImage(members, display, fallbackName) {
    const bad = (why) => new errors/* InputError */.dz('OCI_ARCHIVE_INVALID', `${display}: not a docker-archive: ${why}; give the tar that docker save wrote`);
    const entry = firstArchiveEntry(members, bad);
    const configBytes = members.get(entry.Config);
    if (!configBytes)
        throw bad(`${entry.Config} is missing`);
    const config = (0,oci_image/* parseImageConfig */.FB)(archive_store_utf8.decode(configBytes), `${display} (${entry.Config})`);
    const layers = entry.Layers.filter((l) => typeof l === 'string');
    const tagged = Array.isArray(entry.RepoTags) && typeof entry.RepoTags[0] === 'string'
        ? entry.RepoTags[0]
        : undefined;
    const colon = tagged ? tagged.lastIndexOf(':') : -1;
    const configDigest = (0,lib_digest/* sha256Digest */.s)(configBytes);
    return {
        display,
        repository: tagged && colon > 0 ? tagged.slice(0, colon) : fallbackName,
        ...(tagged && colon > 0 ? { tag: tagged.slice(colon + 1) } : {}),
        image: {
            // A docker-archive keeps no manifest: the image is named by its config digest (Docker's image ID).
            digest: configDigest,
            configDigest,
            config,
            manifest: {
                kind: 'manifest',
                config: {
                    mediaType: '',
                    digest: configDigest,
                    size: configBytes.length
                },
                layers: layers.map((l, i) => ({
                    mediaType: 'application/vnd.docker.image.rootfs.diff.tar',
                    digest: config.diffIds[i] ?? '',
                    size: members.get(l)?.length ?? -1
                })),
                annotations: {}
            },
            layer: (i) => {
                const bytes = members.get(layers[i]);
                if (!bytes)
                    return Promise.reject(bad(`the layer ${layers[i]} is missing`));
                checkLayer(bytes, layers[i], config.diffIds[i], display);
                return Promise.resolve(bytes);
            }
        }
    };
}
/** The first image of manifest.json, with its Config and Layers. */
function firstArchiveEntry(members, bad) {
    let entries;
    try {
        entries = JSON.parse(archive_store_utf8.decode(members.get('manifest.json')));
    }
    catch {
        throw bad('manifest.json is not JSON');
    }
    const entry = Array.isArray(entries) ? entries[0] : undefined;
    if (!entry ||
        typeof entry.Config !== 'string' ||
        !Array.isArray(entry.Layers))
        throw bad('manifest.json names no Config and Layers');
    return { ...entry, Config: entry.Config, Layers: entry.Layers };
}
/**
 * A docker-archive layer held to what names it: a member named by its
 * digest (`blobs/sha256/<hex>`) to that digest, and an uncompressed layer
 * to its diff ID (hashed once when the two are the same). A compressed one
 * (gzip or zstd) has no digest to meet but its name's: the layer reader
 * decompresses it within the archive bounds.
 */
function checkLayer(bytes, member, diffId, display) {
    const named = /^blobs\/sha256\/([0-9a-f]{64})$/.exec(member);
    const nameDigest = named ? `sha256:${named[1]}` : undefined;
    if (nameDigest)
        assertDigest(bytes, nameDigest, display);
    const compressed = (bytes[0] === 0x1f && bytes[1] === 0x8b) || (0,zstd/* isZstd */.oO)(bytes);
    if (!compressed && diffId && diffId !== nameDigest)
        assertDigest(bytes, diffId, display);
}

// EXTERNAL MODULE: ./src/io/sbom/image/layout-folder.ts
var layout_folder = __webpack_require__(28959);
// EXTERNAL MODULE: ./src/io/oci/client.ts + 1 modules
var oci_client = __webpack_require__(9486);
// EXTERNAL MODULE: ./src/io/oci/credentials.ts
var credentials = __webpack_require__(96880);
;// CONCATENATED MODULE: ./src/io/sbom/image/registry-store.ts
/** An image in a registry, by oci:// reference, through the OCI client. */



async function createRegistryStore(reference, env = process.env) {
    const ref = (0,oci_reference/* parseImageReference */.o_)(reference);
    const client = new oci_client/* RegistryClient */.bP({
        registry: ref.registry,
        credentials: await (0,credentials/* findRegistryCredentials */.z)(ref.registry, env)
    });
    const display = `oci://${(0,oci_reference/* formatImageReference */.my)(ref)}`;
    return {
        display,
        repository: `${ref.registry}/${ref.repository}`,
        repositoryUrl: `${ref.registry}/${ref.repository}`,
        ...(ref.tag ? { tag: ref.tag } : {}),
        async top() {
            const m = await client.getManifest(ref.repository, ref.digest ?? ref.tag);
            return { bytes: m.bytes, digest: m.digest };
        },
        manifest: async (digest) => (await client.getManifest(ref.repository, digest)).bytes,
        blob: (digest) => client.getBlob(ref.repository, digest)
    };
}

;// CONCATENATED MODULE: ./src/io/sbom/image/image-target.ts
/**
 * The three ways a user names an image, to one NamedImage: an oci://
 * reference (pulled from the registry), an OCI image layout folder, or a
 * tar file (docker-archive or oci-archive).
 */







async function openImage(target, display) {
    if ((0,oci_reference/* isImageReference */.hb)(target))
        return loadImage(await createRegistryStore(target));
    const name = external_node_path_default().basename(target).replace(/\.(tar|tar\.gz|tgz)$/i, '');
    if (await (0,layout_folder/* isLayoutFolder */.N)(target))
        return loadImage(createLayoutStore(folderReader(target), display, name, undefined));
    const members = await readArchiveMembers(target, display);
    return archiveImage(members, display, name);
}
/** A tar file is read as an image archive when it holds one. */
async function readImageArchiveIfAny(file, display) {
    const members = await readArchiveMembers(file, display);
    if (!isImageArchive(members))
        return undefined;
    return archiveImage(members, display, external_node_path_default().basename(file).replace(/\.(tar|tar\.gz|tgz)$/i, ''));
}


/***/ }),

/***/ 79821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DR: () => (/* binding */ inflateBounded),
/* harmony export */   Id: () => (/* binding */ concatBytes),
/* harmony export */   Zg: () => (/* binding */ BoundedInflater)
/* harmony export */ });
/* harmony import */ var fflate__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51306);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46228);
/**
 * Bounded decompression: compressed bytes go to fflate in small slices, so
 * one push never inflates more than about a thousand times a slice, and
 * every inflated byte is counted against the archive's budget before the
 * next slice is read. A bomb stops within a few MiB of its bound.
 */


const SLICE_BYTES = 16 * 1024;
/** A streaming inflater: push compressed chunks, receive inflated ones. */
class BoundedInflater {
    #stream;
    #budget;
    #member;
    /** `member` names what is being inflated (for a tar stream, the entry being read). */
    constructor(kind, budget, onData, member = () => undefined) {
        this.#budget = budget;
        this.#member = member;
        const ondata = (data) => {
            // The consumer first, so that a bound names the member the bytes belong to.
            onData(data);
            this.#budget.addInflated(this.#member(), data.length);
        };
        this.#stream = kind === 'gzip' ? new fflate__WEBPACK_IMPORTED_MODULE_1__/* .Gunzip */ .as(ondata) : new fflate__WEBPACK_IMPORTED_MODULE_1__/* .Inflate */ .EL(ondata);
    }
    push(chunk, final = false) {
        for (let at = 0; at < chunk.length || (final && at === 0); at += SLICE_BYTES) {
            const slice = chunk.subarray(at, at + SLICE_BYTES);
            this.#budget.addCompressed(slice.length);
            const last = final && at + SLICE_BYTES >= chunk.length;
            try {
                this.#stream.push(slice, last);
            }
            catch (error) {
                if (!isFflateError(error))
                    throw error;
                throw new _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .ArchiveFormatError */ .Y3(this.#budget.source, `${this.#member() === undefined ? '' : `member ${(0,_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteMember */ .zP)(this.#member())}: `}bad compressed data: ${error.message}`, { cause: error });
            }
            if (last)
                return;
        }
    }
}
/** Inflates `data` whole, within the budget; `expectedSize` (a zip's declared size), when given, is a bound too. */
function inflateBounded(kind, data, budget, member, expectedSize) {
    const parts = [];
    let size = 0;
    const inflater = new BoundedInflater(kind, budget, (chunk) => {
        size += chunk.length;
        if (expectedSize !== undefined && size > expectedSize) {
            throw new _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .ArchiveFormatError */ .Y3(budget.source, `member ${(0,_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteMember */ .zP)(member ?? '')} inflates past its declared size of ${expectedSize} bytes`);
        }
        parts.push(chunk);
    }, () => member);
    inflater.push(data, true);
    return concatBytes(parts, size);
}
/** `parts` joined into one array of `size` bytes. */
function concatBytes(parts, size) {
    const out = new Uint8Array(size);
    let offset = 0;
    for (const part of parts) {
        out.set(part, offset);
        offset += part.length;
    }
    return out;
}
/** fflate's own errors carry a numeric `code`; anything else is ours and passes. */
function isFflateError(error) {
    return (error instanceof Error &&
        typeof error.code === 'number');
}


/***/ }),

/***/ 86485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RF: () => (/* binding */ TarReader),
/* harmony export */   lH: () => (/* binding */ looksLikeTar),
/* harmony export */   sB: () => (/* binding */ readTar)
/* harmony export */ });
/* harmony import */ var _inflate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79821);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46228);
/**
 * The one tar reader: chunks in, entries out. It reads ustar (with the
 * 155-byte prefix), GNU headers (base-256 numbers, ././@LongLink names and
 * link names) and pax extended headers (path, linkpath, size, mtime with its
 * fractions, uid/gid/uname/gname; other records kept as fields), checks
 * every header's checksum, keeps the data only of the entries asked for, and
 * holds the entry-count bound. It never writes.
 */


const BLOCK = 512;
/** Largest pax or GNU long-name record read. */
const MAX_META_BYTES = 1024 * 1024;
const decoder = new TextDecoder('utf-8');
function looksLikeTar(bytes) {
    if (bytes.length < BLOCK)
        return false;
    if (text(bytes, 257, 5) === 'ustar')
        return true;
    return checksumOk(bytes.subarray(0, BLOCK));
}
class TarReader {
    #options;
    #pending = [];
    #pendingBytes = 0;
    #current;
    #parts = [];
    #pax = {};
    #globalPax = {};
    #longName;
    #longLink;
    #offset = 0;
    #ended = false;
    constructor(options) {
        this.#options = options;
    }
    /** The path of the entry whose data is being read, if any. */
    get currentPath() {
        return this.#current?.meta === undefined
            ? this.#current?.entry.path
            : undefined;
    }
    push(chunk) {
        if (this.#ended || chunk.length === 0)
            return;
        this.#pending.push(chunk);
        this.#pendingBytes += chunk.length;
        this.#drain();
    }
    /** Call at the end of the stream: a truncated archive is an error. */
    end() {
        if (!this.#ended && (this.#current !== undefined || this.#pendingBytes > 0))
            throw this.#damaged('it ends in the middle of an entry');
    }
    #drain() {
        while (!this.#ended) {
            const current = this.#current;
            if (current) {
                const take = Math.min(current.remaining, this.#pendingBytes);
                if (take === 0 && current.remaining > 0)
                    return;
                if (current.keep) {
                    const data = this.#take(take);
                    const wanted = current.entry.size - (current.padded - current.remaining);
                    if (wanted > 0)
                        this.#parts.push(data.subarray(0, wanted));
                }
                else
                    this.#skip(take);
                current.remaining -= take;
                if (current.remaining > 0)
                    return;
                this.#finishEntry();
                continue;
            }
            if (this.#pendingBytes < BLOCK)
                return;
            this.#readHeader(this.#take(BLOCK));
        }
    }
    #readHeader(header) {
        const at = this.#offset - BLOCK;
        if (header.every((b) => b === 0)) {
            this.#ended = true;
            return;
        }
        if (!checksumOk(header))
            throw this.#damaged(`the header at offset ${at} has a bad checksum`);
        const typeflag = String.fromCharCode(header[156]);
        const meta = 'xgLK'.includes(typeflag) ? typeflag : undefined;
        const paxSize = meta ? undefined : this.#pax.size;
        const size = paxSize !== undefined ? Number(paxSize) : number(header, 124, 12);
        if (!Number.isSafeInteger(size) || size < 0)
            throw this.#damaged(`the header at offset ${at} has a bad size`);
        const entry = meta
            ? { path: typeflag, type: 'other', fields: {}, size }
            : this.#toEntry(header, size);
        if (meta === undefined)
            this.#options.budget.addEntry(entry.path);
        if (meta && size > MAX_META_BYTES)
            throw this.#tooBig(entry.path, size, MAX_META_BYTES);
        const keep = meta !== undefined || this.#options.want(entry);
        if (keep && !meta && size > this.#options.maxKeptBytes)
            throw this.#tooBig(entry.path, size, this.#options.maxKeptBytes);
        const padded = Math.ceil(size / BLOCK) * BLOCK;
        this.#current = { entry, keep, meta, padded, remaining: padded };
        this.#parts = [];
        if (size === 0)
            this.#finishEntry();
    }
    #toEntry(header, size) {
        const pax = { ...this.#globalPax, ...this.#pax };
        const entry = toEntry(header, pax, size, this.#longName, this.#longLink);
        this.#pax = {};
        this.#longName = this.#longLink = undefined;
        return entry;
    }
    #finishEntry() {
        const { entry, keep, meta } = this.#current;
        this.#current = undefined;
        const data = keep ? (0,_inflate_js__WEBPACK_IMPORTED_MODULE_0__/* .concatBytes */ .Id)(this.#parts, entry.size) : undefined;
        this.#parts = [];
        if (meta === 'x')
            this.#pax = parsePax(data);
        else if (meta === 'g')
            this.#globalPax = { ...this.#globalPax, ...parsePax(data) };
        else if (meta === 'L')
            this.#longName = text(data, 0, data.length);
        else if (meta === 'K')
            this.#longLink = text(data, 0, data.length);
        else
            this.#options.onEntry(entry, data);
    }
    #damaged(why) {
        return new _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveFormatError */ .Y3(this.#options.budget.source, `tar: ${why}`);
    }
    #tooBig(member, size, max) {
        return new _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveLimitError */ .w(this.#options.budget.source, member, 'inflated size', `a member of ${size} bytes, where at most ${max} are read`);
    }
    /** Drops bytes nobody asked for, without copying them. */
    #skip(length) {
        let left = length;
        while (left > 0) {
            const head = this.#pending[0];
            if (head.length <= left) {
                left -= head.length;
                this.#pending.shift();
            }
            else {
                this.#pending[0] = head.subarray(left);
                left = 0;
            }
        }
        this.#pendingBytes -= length;
        this.#offset += length;
    }
    #take(length) {
        const out = new Uint8Array(length);
        let offset = 0;
        while (offset < length) {
            const head = this.#pending[0];
            const n = Math.min(head.length, length - offset);
            out.set(head.subarray(0, n), offset);
            offset += n;
            if (n === head.length)
                this.#pending.shift();
            else
                this.#pending[0] = head.subarray(n);
        }
        this.#pendingBytes -= length;
        this.#offset += length;
        return out;
    }
}
/** Every entry of a whole tar in memory, with the data of its files. */
function readTar(bytes, budget) {
    const entries = [];
    const reader = new TarReader({
        want: (entry) => entry.type === 'file',
        maxKeptBytes: Number.MAX_SAFE_INTEGER,
        budget,
        onEntry: (entry, data) => entries.push({ ...entry, data: data ?? new Uint8Array() })
    });
    reader.push(bytes);
    reader.end();
    return entries;
}
function toEntry(header, pax, size, longName, longLink) {
    const magic = decoder.decode(header.subarray(257, 265));
    const ustar = magic.startsWith('ustar');
    const prefix = ustar && magic === 'ustar\u000000' ? text(header, 345, 155) : '';
    const name = text(header, 0, 100);
    const path = pax.path ?? longName ?? (prefix ? `${prefix}/${name}` : name);
    const typeflag = String.fromCharCode(header[156]);
    const fields = {
        mode: (number(header, 100, 8) & 0o7777).toString(8).padStart(4, '0'),
        uid: pax.uid ?? String(number(header, 108, 8)),
        gid: pax.gid ?? String(number(header, 116, 8)),
        mtime: pax.mtime ?? String(number(header, 136, 12)),
        uname: pax.uname ?? text(header, 265, 32),
        gname: pax.gname ?? text(header, 297, 32),
        format: !ustar ? 'v7' : magic === 'ustar  \u0000' ? 'gnu' : 'ustar'
    };
    const linkname = pax.linkpath ?? longLink ?? text(header, 157, 100);
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
        size
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
/** `<length> <key>=<value>\n` records, the length counting the whole record. */
function parsePax(data) {
    const records = {};
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        if (space < 0)
            break;
        const length = Number(text(data, at, space - at));
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
    const digits = text(field, 0, field.length).trim();
    return digits === '' ? 0 : parseInt(digits, 8);
}
function text(bytes, at, length) {
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
    const stored = parseInt(text(header, 148, 8).trim(), 8);
    return stored === sum;
}


/***/ }),

/***/ 17771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mI: () => (/* binding */ inflateZstdBounded),
/* harmony export */   oO: () => (/* binding */ isZstd)
/* harmony export */ });
/* unused harmony export hasZstd */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46228);
/**
 * Bounded zstd decompression (container layers `tar+zstd`) through Node's
 * zlib (Node 22.15 and later): compressed bytes go in small slices, each
 * counted before it is written; every inflated chunk reaches the consumer
 * and is counted against the same InflationBudget as gzip before the next
 * is made, so a bomb stops within one chunk of its bound.
 */


const SLICE_BYTES = 16 * 1024;
/** The four bytes every zstd frame starts with (RFC 8878, 3.1.1). */
function isZstd(data) {
    return (data[0] === 0x28 && data[1] === 0xb5 && data[2] === 0x2f && data[3] === 0xfd);
}
/** Whether this Node has zstd in zlib. */
function hasZstd() {
    return typeof node_zlib__WEBPACK_IMPORTED_MODULE_0__.createZstdDecompress === 'function';
}
/**
 * Inflates `data` (one or more zstd frames) chunk by chunk into `onData`,
 * within the budget. Rejects with the consumer's or the budget's error as
 * thrown, or an ArchiveFormatError for damaged data.
 */
async function inflateZstdBounded(data, budget, onData, member = () => undefined) {
    if (!hasZstd()) {
        throw new _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveFormatError */ .Y3(budget.source, 'zstd-compressed data needs Node 22.15 or later; run Provenant on the Node it ships for (24)');
    }
    const stream = node_zlib__WEBPACK_IMPORTED_MODULE_0__.createZstdDecompress();
    let failure;
    const done = new Promise((resolve, reject) => {
        stream.on('data', (chunk) => {
            if (failure !== undefined)
                return;
            try {
                onData(chunk);
                budget.addInflated(member(), chunk.length);
            }
            catch (error) {
                failure = error;
                stream.destroy();
                reject(error instanceof Error ? error : new Error(String(error)));
            }
        });
        stream.on('error', (error) => {
            if (failure !== undefined)
                return;
            failure = error;
            reject(damaged(budget, member(), error));
        });
        stream.on('end', () => resolve());
    });
    void feed(stream, data, budget, () => failure !== undefined);
    await done;
}
/**
 * Writes the data frame by frame, in slices that never cross a frame's end:
 * Node's decompressor drops what follows a frame's end in the same write,
 * and multi-frame layers are common (zstd:chunked). Skippable frames carry
 * no content and are not written.
 */
async function feed(stream, data, budget, stopped) {
    for (let start = 0; start < data.length && !stopped();) {
        const { end, skippable } = frameAt(data, start);
        for (let at = start; at < end && !skippable && !stopped();) {
            const slice = data.subarray(at, Math.min(at + SLICE_BYTES, end));
            at += slice.length;
            budget.addCompressed(slice.length);
            if (!stream.write(slice))
                await new Promise((resolve) => {
                    stream.once('drain', resolve);
                    stream.once('close', resolve);
                });
        }
        start = end;
    }
    if (!stopped())
        stream.end();
}
const FCS_BYTES = [0, 2, 4, 8];
const DICT_ID_BYTES = [0, 1, 2, 4];
/**
 * Where the frame starting at `start` ends (RFC 8878, 3.1): its header,
 * its blocks by their headers, its checksum. Data that is not a frame, or
 * is cut, runs to the end, for the decompressor to judge.
 */
function frameAt(data, start) {
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const rest = { end: data.length, skippable: false };
    if (start + 8 > data.length)
        return rest;
    const magic = view.getUint32(start, true);
    if ((magic & 0xfffffff0) === 0x184d2a50) {
        const end = start + 8 + view.getUint32(start + 4, true);
        return { end: Math.min(end, data.length), skippable: true };
    }
    if (magic !== 0xfd2fb528)
        return rest;
    const descriptor = data[start + 4];
    const singleSegment = (descriptor >> 5) & 1;
    const fcs = FCS_BYTES[descriptor >> 6] || singleSegment;
    let at = start + 5 + (singleSegment ? 0 : 1) + DICT_ID_BYTES[descriptor & 3] + fcs;
    for (let last = 0; !last;) {
        if (at + 3 > data.length)
            return rest;
        const header = data[at] | (data[at + 1] << 8) | (data[at + 2] << 16);
        last = header & 1;
        const type = (header >> 1) & 3;
        if (type === 3)
            return rest;
        at += 3 + (type === 1 ? 1 : header >>> 3);
    }
    at += descriptor & 4 ? 4 : 0;
    return at > data.length ? rest : { end: at, skippable: false };
}
function damaged(budget, member, error) {
    return new _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveFormatError */ .Y3(budget.source, `${member === undefined ? '' : `member ${(0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteMember */ .zP)(member)}: `}bad zstd data: ${error.message}`, { cause: error });
}


/***/ }),

/***/ 8899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/** The `sha256:<hex>` digest of some bytes, as OCI registries and GitHub write it. */

function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}


/***/ }),

/***/ 30876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FB: () => (/* binding */ parseImageConfig),
/* harmony export */   O0: () => (/* binding */ parseImageDocument),
/* harmony export */   Z2: () => (/* binding */ MEDIA_TYPES),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   xV: () => (/* binding */ choosePlatform)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('OCI_CONFIG_INVALID', `${where}: the image config is not JSON`);
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('OCI_PLATFORM_NOT_FOUND', `${where}: the image index has no ${formatPlatform(wanted)} image (it has ${images
        .map((m) => (m.platform ? formatPlatform(m.platform) : m.digest))
        .join(', ') || 'none'}): name the platform's digest instead`);
}


/***/ }),

/***/ 93387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ SILENT_LOGGER)
/* harmony export */ });
/**
 * What the core needs from its host (the action, the CLI, a test):
 * somewhere to log, and the time and randomness it runs with. Adapters in
 * src/io and the hosts in src/actions and src/cli implement these.
 */
const SILENT_LOGGER = {
    info: () => undefined,
    warning: () => undefined,
    debug: () => undefined
};


/***/ }),

/***/ 37309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JU: () => (/* binding */ IMAGE_LAYER_LIMITS),
/* harmony export */   cV: () => (/* binding */ applyLayer),
/* harmony export */   w6: () => (/* binding */ readLayer)
/* harmony export */ });
/* unused harmony exports MAX_LAYER_FILE_BYTES, MAX_IMAGE_PROGRAM_BYTES */
/* harmony import */ var _archive_inflate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79821);
/* harmony import */ var _archive_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46228);
/* harmony import */ var _archive_tar_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86485);
/* harmony import */ var _archive_zstd_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17771);
/**
 * Container image layers applied in order, as a container runtime would,
 * but only for the files the SBOM readers ask for: each layer's files
 * replace the lower layers', and its whiteouts (`.wh.<name>` deletes
 * <name>, `.wh..wh..opq` empties the folder it is in) delete from the
 * layers below it (OCI image spec, layer.md).
 */




const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';
const CHUNK = 1024 * 1024;
/** Largest file kept from a layer (metadata, dpkg status, binaries asked for). */
const MAX_LAYER_FILE_BYTES = 256 * 1024 * 1024;
/** Largest executable looked into; a larger one is passed over. */
const MAX_IMAGE_PROGRAM_BYTES = 128 * 1024 * 1024;
/**
 * The bounds of one image layer: a base layer is a whole root filesystem,
 * so it may hold far more than a release archive, but never unbounded.
 */
const IMAGE_LAYER_LIMITS = {
    ..._archive_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_ARCHIVE_LIMITS */ .wP,
    maxInflatedBytes: 16 * 1024 * 1024 * 1024,
    maxEntries: 1_000_000
};
/**
 * Reads one layer (tar, or a gzip- or zstd-compressed tar, told apart by
 * their magic bytes whatever the media type says) for the files `want`
 * names; both compressions are held to the same bounds.
 */
async function readLayer(blob, want, source = 'image layer', describe) {
    const budget = new _archive_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .InflationBudget */ .yE(source, IMAGE_LAYER_LIMITS);
    const changes = {
        files: new Map(),
        programs: new Map(),
        deleted: new Set(),
        opaque: new Set()
    };
    const program = (entry) => describe !== undefined &&
        isExecutable(entry) &&
        entry.size <= MAX_IMAGE_PROGRAM_BYTES;
    const tar = new _archive_tar_js__WEBPACK_IMPORTED_MODULE_2__/* .TarReader */ .RF({
        maxKeptBytes: MAX_LAYER_FILE_BYTES,
        budget,
        want: (entry) => isFile(entry) && (want(normalize(entry.path)) || program(entry)),
        onEntry: (entry, data) => {
            const path = normalize(entry.path);
            if (data && describe && program(entry)) {
                const described = describe(path, data);
                if (described !== undefined)
                    changes.programs.set(path, described);
                if (!want(path))
                    data = undefined;
            }
            record(changes, entry, data);
        }
    });
    if (blob[0] === 0x1f && blob[1] === 0x8b) {
        new _archive_inflate_js__WEBPACK_IMPORTED_MODULE_0__/* .BoundedInflater */ .Zg('gzip', budget, (chunk) => tar.push(chunk)).push(blob, true);
    }
    else if ((0,_archive_zstd_js__WEBPACK_IMPORTED_MODULE_3__/* .isZstd */ .oO)(blob)) {
        await (0,_archive_zstd_js__WEBPACK_IMPORTED_MODULE_3__/* .inflateZstdBounded */ .mI)(blob, budget, (chunk) => tar.push(chunk));
    }
    else {
        for (let at = 0; at < blob.length; at += CHUNK)
            tar.push(blob.subarray(at, at + CHUNK));
    }
    tar.end();
    return changes;
}
function isFile(entry) {
    return entry.type === 'file';
}
function isExecutable(entry) {
    return (entry.type === 'file' &&
        (parseInt(entry.fields.mode ?? '0', 8) & 0o111) !== 0);
}
function normalize(path) {
    return path.replace(/^(\.?\/)+/, '').replace(/\/+$/, '');
}
function record(changes, entry, data) {
    const path = normalize(entry.path);
    const slash = path.lastIndexOf('/');
    const dir = slash < 0 ? '' : path.slice(0, slash);
    const name = path.slice(slash + 1);
    if (name === OPAQUE)
        changes.opaque.add(dir);
    else if (name.startsWith(WHITEOUT))
        changes.deleted.add(dir === ''
            ? name.slice(WHITEOUT.length)
            : `${dir}/${name.slice(WHITEOUT.length)}`);
    else {
        // A file, link or folder here hides whatever a lower layer had at this path.
        if (entry.type !== 'dir')
            changes.deleted.add(path);
        if (data)
            changes.files.set(path, data);
    }
}
/** Applies a layer's changes on the files (and programs) of the layers below it. */
function applyLayer(lower, changes, programs) {
    const hidden = (path) => {
        for (let at = path.length; at > 0; at = path.lastIndexOf('/', at - 1)) {
            if (changes.deleted.has(path.slice(0, at)))
                return true;
        }
        for (let at = path.lastIndexOf('/'); at > 0; at = path.lastIndexOf('/', at - 1)) {
            if (changes.opaque.has(path.slice(0, at)))
                return true;
        }
        return changes.opaque.has('');
    };
    for (const path of [...lower.keys()])
        if (hidden(path))
            lower.delete(path);
    for (const [path, data] of changes.files)
        lower.set(path, data);
    if (!programs)
        return;
    for (const path of [...programs.keys()])
        if (hidden(path))
            programs.delete(path);
    for (const [path, program] of changes.programs)
        programs.set(path, program);
}


/***/ })

};
