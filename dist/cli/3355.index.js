export const id = 3355;
export const ids = [3355];
export const modules = {

/***/ 83355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ee: () => (/* binding */ attachCosignLayer),
  vO: () => (/* binding */ attachReferrer),
  xt: () => (/* binding */ listReferrers),
  ph: () => (/* binding */ readCosignManifest)
});

// EXTERNAL MODULE: ./src/lib/oci/image.ts
var oci_image = __webpack_require__(30876);
// EXTERNAL MODULE: ./src/lib/oci/artifact.ts
var oci_artifact = __webpack_require__(76467);
// EXTERNAL MODULE: ./src/lib/oci/cosign.ts
var cosign = __webpack_require__(47886);
// EXTERNAL MODULE: ./src/io/oci/client.ts + 1 modules
var oci_client = __webpack_require__(9486);
// EXTERNAL MODULE: ./src/lib/digest.ts
var lib_digest = __webpack_require__(8899);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
;// CONCATENATED MODULE: ./src/io/oci/push.ts
/**
 * Writing to a registry (OCI distribution spec, "push"): a blob is checked
 * for first (HEAD) and uploaded only when missing, in one PUT when small
 * (monolithic) or in PATCH chunks then a closing PUT; a manifest is PUT by
 * tag or digest and the digest the registry answers is checked against the
 * bytes sent.
 */



/** Blobs above this size are sent in chunks of this size. */
const UPLOAD_CHUNK_BYTES = 8 * 1024 * 1024;
/** True when the registry already holds the blob. */
async function hasBlob(client, repository, digest) {
    return client
        .send(repository, { method: 'HEAD', path: `blobs/${digest}` })
        .then(() => true, (error) => {
        if ((0,oci_client/* isNotFound */.c4)(error))
            return false;
        throw error;
    });
}
/** Uploads the blob unless the registry holds it; returns its digest. */
async function pushBlob(client, repository, bytes, chunkBytes = UPLOAD_CHUNK_BYTES) {
    const digest = (0,lib_digest/* sha256Digest */.s)(bytes);
    if (await hasBlob(client, repository, digest))
        return digest;
    const started = await client.send(repository, {
        method: 'POST',
        path: 'blobs/uploads/',
        headers: { 'content-length': '0' }
    });
    let location = locationOf(client, started, repository);
    if (bytes.length > chunkBytes) {
        for (let start = 0; start < bytes.length; start += chunkBytes) {
            const chunk = bytes.subarray(start, start + chunkBytes);
            const sent = await client.send(repository, {
                method: 'PATCH',
                url: location,
                headers: {
                    'content-type': 'application/octet-stream',
                    'content-range': `${start}-${start + chunk.length - 1}`
                },
                body: chunk
            });
            location = locationOf(client, sent, repository);
        }
    }
    const url = new URL(location);
    url.searchParams.set('digest', digest);
    const monolithic = bytes.length <= chunkBytes;
    await client.send(repository, {
        method: 'PUT',
        url: url.toString(),
        headers: { 'content-type': 'application/octet-stream' },
        body: monolithic ? bytes : Buffer.alloc(0)
    });
    return digest;
}
/** PUTs a manifest (or index) under a tag or its digest. */
async function pushManifest(client, repository, reference, bytes, mediaType) {
    const digest = (0,lib_digest/* sha256Digest */.s)(bytes);
    const response = await client.send(repository, {
        method: 'PUT',
        path: `manifests/${reference}`,
        headers: { 'content-type': mediaType },
        body: bytes
    });
    const answered = response.headers['docker-content-digest'];
    if (typeof answered === 'string' && answered !== digest) {
        throw new errors/* ServiceError */._7('registry', `${client.registry}/${repository}: the registry stored the manifest as ${answered}, but its bytes are ${digest}`);
    }
    return {
        digest,
        subjectAccepted: response.headers['oci-subject'] !== undefined
    };
}
function locationOf(client, response, repository) {
    const location = response.headers.location;
    if (!location) {
        throw new errors/* ServiceError */._7('registry', `${client.registry}/${repository}: the registry opened an upload without a Location`);
    }
    return client.resolveLocation(location);
}

;// CONCATENATED MODULE: ./src/io/oci/attach.ts






/** The manifest under a tag, or undefined when the tag does not exist. */
async function manifestAt(client, repository, tag) {
    return client.getManifest(repository, tag).catch((error) => {
        if ((0,oci_client/* isNotFound */.c4)(error))
            return undefined;
        throw error;
    });
}
/** cosign's `.sig`/`.att` manifest of the image, or undefined. */
async function readCosignManifest(client, repository, digest, suffix) {
    const tag = (0,cosign/* cosignTag */.qv)(digest, suffix);
    const found = await manifestAt(client, repository, tag);
    if (!found)
        return undefined;
    const document = (0,oci_image/* parseImageDocument */.O0)(found.bytes.toString('utf8'), `${client.registry}/${repository}:${tag}`);
    if (document.kind !== 'manifest')
        return undefined;
    return { manifest: document, digest: found.digest };
}
/** Appends a layer to the image's `.sig`/`.att` tag (unless the same layer is there). */
async function attachCosignLayer(client, repository, digest, suffix, layer) {
    const existing = await readCosignManifest(client, repository, digest, suffix);
    const layers = [...(existing?.manifest.layers ?? [])];
    const blob = await pushBlob(client, repository, layer.bytes);
    const same = layers.some((l) => l.digest === blob &&
        JSON.stringify(l.annotations ?? {}) === JSON.stringify(layer.annotations));
    if (!same) {
        layers.push({
            mediaType: layer.mediaType,
            digest: blob,
            size: layer.bytes.length,
            annotations: layer.annotations
        });
    }
    const config = (0,oci_artifact/* buildCosignConfig */.u3)(layers.map((l) => l.digest));
    await pushBlob(client, repository, config);
    const manifest = (0,oci_artifact/* buildManifest */.u1)({
        config: {
            mediaType: cosign/* OCI_CONFIG_MEDIA_TYPE */.rm,
            digest: (0,lib_digest/* sha256Digest */.s)(config),
            size: config.length
        },
        layers
    });
    const tag = (0,cosign/* cosignTag */.qv)(digest, suffix);
    await pushManifest(client, repository, tag, manifest, oci_image/* MEDIA_TYPES */.Z2.ociManifest);
    return tag;
}
/** Pushes an artifact (one layer) referring to `subject`; keeps the referrers tag when the registry has no referrers API. */
async function attachReferrer(client, repository, subject, artifact) {
    await pushBlob(client, repository, oci_artifact/* EMPTY_BLOB */.u);
    const blob = await pushBlob(client, repository, artifact.bytes);
    const manifest = (0,oci_artifact/* buildManifest */.u1)({
        artifactType: artifact.artifactType,
        config: {
            mediaType: oci_artifact/* EMPTY_MEDIA_TYPE */.ST,
            digest: (0,lib_digest/* sha256Digest */.s)(oci_artifact/* EMPTY_BLOB */.u),
            size: oci_artifact/* EMPTY_BLOB */.u.length
        },
        layers: [
            {
                mediaType: artifact.artifactType,
                digest: blob,
                size: artifact.bytes.length
            }
        ],
        subject: {
            mediaType: subject.mediaType,
            digest: subject.digest,
            size: subject.size
        },
        annotations: artifact.annotations
    });
    const digest = (0,lib_digest/* sha256Digest */.s)(manifest);
    const pushed = await pushManifest(client, repository, digest, manifest, oci_image/* MEDIA_TYPES */.Z2.ociManifest);
    if (!pushed.subjectAccepted) {
        const tag = (0,oci_artifact/* referrersTag */.LN)(subject.digest);
        const index = await manifestAt(client, repository, tag);
        const existing = index ? (0,oci_artifact/* parseReferrersIndex */.AH)(index.bytes.toString()) : [];
        await pushManifest(client, repository, tag, (0,oci_artifact/* buildReferrersIndex */.FH)(existing, {
            mediaType: oci_image/* MEDIA_TYPES */.Z2.ociManifest,
            digest,
            size: manifest.length,
            artifactType: artifact.artifactType,
            annotations: artifact.annotations
        }), oci_image/* MEDIA_TYPES */.Z2.ociIndex);
    }
    return digest;
}
/** The image's referrers: from the referrers API, else from the referrers tag. */
async function listReferrers(client, repository, digest) {
    const api = await client
        .send(repository, {
        path: `referrers/${digest}`,
        headers: { accept: oci_image/* MEDIA_TYPES */.Z2.ociIndex }
    })
        .catch((error) => {
        if ((0,oci_client/* isNotFound */.c4)(error))
            return undefined;
        throw error;
    });
    if (api)
        return (0,oci_artifact/* parseReferrersIndex */.AH)(api.body.toString('utf8'));
    const index = await manifestAt(client, repository, (0,oci_artifact/* referrersTag */.LN)(digest));
    return index ? (0,oci_artifact/* parseReferrersIndex */.AH)(index.bytes.toString('utf8')) : [];
}


/***/ }),

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

/***/ 76467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AH: () => (/* binding */ parseReferrersIndex),
/* harmony export */   FH: () => (/* binding */ buildReferrersIndex),
/* harmony export */   GY: () => (/* binding */ BUNDLE_ANNOTATIONS),
/* harmony export */   LN: () => (/* binding */ referrersTag),
/* harmony export */   ST: () => (/* binding */ EMPTY_MEDIA_TYPE),
/* harmony export */   ZO: () => (/* binding */ BUNDLE_ARTIFACT_TYPE),
/* harmony export */   u: () => (/* binding */ EMPTY_BLOB),
/* harmony export */   u1: () => (/* binding */ buildManifest),
/* harmony export */   u3: () => (/* binding */ buildCosignConfig)
/* harmony export */ });
/* harmony import */ var _image_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30876);
/**
 * Manifests Provenant writes beside an image: cosign's `.sig`/`.att`
 * manifests (layers appended to what the tag already holds) and OCI 1.1
 * referrers (an artifact manifest whose `subject` is the image), with the
 * referrers tag schema (`sha256-<hex>`, an index of the referrers) for
 * registries without the referrers API.
 */

const BUNDLE_ARTIFACT_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json';
const EMPTY_BLOB = Buffer.from('{}');
const BUNDLE_ANNOTATIONS = {
    content: 'dev.sigstore.bundle.content',
    predicateType: 'dev.sigstore.bundle.predicateType',
    created: 'org.opencontainers.image.created'
};
/** `sha256-<hex>`: the referrers tag schema's tag for an image's referrers. */
function referrersTag(digest) {
    return digest.replace(':', '-');
}
/** An OCI image manifest, serialised once: its bytes are what is pushed and hashed. */
function buildManifest(parts) {
    return Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: _image_js__WEBPACK_IMPORTED_MODULE_0__/* .MEDIA_TYPES */ .Z2.ociManifest,
        ...(parts.artifactType ? { artifactType: parts.artifactType } : {}),
        config: parts.config,
        layers: parts.layers,
        ...(parts.subject ? { subject: parts.subject } : {}),
        ...(parts.annotations ? { annotations: parts.annotations } : {})
    }));
}
/** The image config cosign writes for a `.sig`/`.att` manifest: the layers as diff_ids. */
function buildCosignConfig(layerDigests) {
    return Buffer.from(JSON.stringify({
        architecture: '',
        config: {},
        created: '0001-01-01T00:00:00Z',
        history: [{ created: '0001-01-01T00:00:00Z' }],
        os: '',
        rootfs: { type: 'layers', diff_ids: layerDigests }
    }));
}
/** The referrers index with `added` in it (once), for the referrers tag schema. */
function buildReferrersIndex(existing, added) {
    const manifests = existing.filter((d) => d.digest !== added.digest);
    manifests.push(added);
    return Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: _image_js__WEBPACK_IMPORTED_MODULE_0__/* .MEDIA_TYPES */ .Z2.ociIndex,
        manifests
    }));
}
/** The descriptors of a referrers index (from the API or the tag), with their artifact types. */
function parseReferrersIndex(text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return [];
    }
    if (!Array.isArray(json.manifests))
        return [];
    return json.manifests.flatMap((raw) => {
        const d = raw;
        if (typeof d.digest !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(d.digest))
            return [];
        return [
            {
                mediaType: typeof d.mediaType === 'string' ? d.mediaType : '',
                digest: d.digest,
                size: typeof d.size === 'number' ? d.size : -1,
                ...(typeof d.artifactType === 'string'
                    ? { artifactType: d.artifactType }
                    : {}),
                ...(d.annotations && typeof d.annotations === 'object'
                    ? {
                        annotations: Object.fromEntries(Object.entries(d.annotations).filter((e) => typeof e[1] === 'string'))
                    }
                    : {})
            }
        ];
    });
}


/***/ }),

/***/ 47886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ parseSimpleSigningPayload),
/* harmony export */   $r: () => (/* binding */ SIMPLE_SIGNING_MEDIA_TYPE),
/* harmony export */   OO: () => (/* binding */ DSSE_MEDIA_TYPE),
/* harmony export */   PY: () => (/* binding */ COSIGN_ANNOTATIONS),
/* harmony export */   _M: () => (/* binding */ repositoryOf),
/* harmony export */   ad: () => (/* binding */ buildLegacyBundleJson),
/* harmony export */   pV: () => (/* binding */ fromCosignBundleAnnotation),
/* harmony export */   qv: () => (/* binding */ cosignTag),
/* harmony export */   rm: () => (/* binding */ OCI_CONFIG_MEDIA_TYPE),
/* harmony export */   sQ: () => (/* binding */ toCosignBundleAnnotation),
/* harmony export */   yN: () => (/* binding */ buildSimpleSigningPayload)
/* harmony export */ });
/* unused harmony exports SIMPLE_SIGNING_TYPE, pemCertificates */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _artifact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76467);
/**
 * cosign's tag layout for images, as cosign, skopeo and podman read and
 * write it: `sha256-<hex>.sig` (a manifest whose layers are simple-signing
 * payloads, the signature and its certificate in annotations) and
 * `sha256-<hex>.att` (layers that are DSSE envelopes). The Rekor entry of
 * a signature travels in the `dev.sigstore.cosign/bundle` annotation
 * (SignedEntryTimestamp and the entry), which is turned back into a
 * Sigstore bundle's transparency-log entry to verify.
 */


const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
const DSSE_MEDIA_TYPE = 'application/vnd.dsse.envelope.v1+json';
const OCI_CONFIG_MEDIA_TYPE = 'application/vnd.oci.image.config.v1+json';
const SIMPLE_SIGNING_TYPE = 'cosign container image signature';
const COSIGN_ANNOTATIONS = {
    signature: 'dev.cosignproject.cosign/signature',
    certificate: 'dev.sigstore.cosign/certificate',
    chain: 'dev.sigstore.cosign/chain',
    bundle: 'dev.sigstore.cosign/bundle',
    predicateType: 'predicateType'
};
/** `sha256-<hex>.sig` / `.att`: where cosign looks for an image's signatures and attestations. */
function cosignTag(digest, suffix) {
    return `${(0,_artifact_js__WEBPACK_IMPORTED_MODULE_1__/* .referrersTag */ .LN)(digest)}.${suffix}`;
}
/** The simple-signing payload cosign and skopeo sign for an image. */
function buildSimpleSigningPayload(dockerReference, digest) {
    return Buffer.from(JSON.stringify({
        critical: {
            identity: { 'docker-reference': dockerReference },
            image: { 'docker-manifest-digest': digest },
            type: SIMPLE_SIGNING_TYPE
        },
        optional: null
    }));
}
/** What a simple-signing payload claims; undefined when it is not one. */
function parseSimpleSigningPayload(bytes) {
    try {
        const json = JSON.parse(bytes.toString('utf8'));
        const critical = json.critical;
        const digest = critical?.image?.['docker-manifest-digest'];
        const reference = critical?.identity?.['docker-reference'];
        if (critical?.type !== SIMPLE_SIGNING_TYPE ||
            typeof digest !== 'string' ||
            typeof reference !== 'string')
            return undefined;
        return { dockerReference: reference, digest };
    }
    catch {
        return undefined;
    }
}
/** The repository part of a docker reference (no tag, no digest). */
function repositoryOf(dockerReference) {
    const noDigest = dockerReference.replace(/@.*$/, '');
    return noDigest.replace(/:[\w][\w.-]*$/, '');
}
/** cosign's bundle annotation from a transparency-log entry with a SignedEntryTimestamp. */
function toCosignBundleAnnotation(entry) {
    if (!entry.inclusionPromise)
        return undefined;
    return JSON.stringify({
        SignedEntryTimestamp: entry.inclusionPromise.signedEntryTimestamp,
        Payload: {
            body: entry.canonicalizedBody,
            integratedTime: Number(entry.integratedTime),
            logIndex: Number(entry.logIndex),
            logID: Buffer.from(entry.logId.keyId, 'base64').toString('hex')
        }
    });
}
/** The transparency-log entry of cosign's bundle annotation. */
function fromCosignBundleAnnotation(text, where) {
    const bad = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('OCI_COSIGN_BUNDLE_INVALID', `${where}: the ${COSIGN_ANNOTATIONS.bundle} annotation is ${why}`);
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw bad('not JSON');
    }
    const p = json.Payload;
    if (typeof json.SignedEntryTimestamp !== 'string' ||
        typeof p?.body !== 'string' ||
        typeof p.integratedTime !== 'number' ||
        typeof p.logIndex !== 'number' ||
        typeof p.logID !== 'string')
        throw bad('missing SignedEntryTimestamp or Payload fields');
    let kind;
    try {
        kind = JSON.parse(Buffer.from(p.body, 'base64').toString('utf8'));
    }
    catch {
        throw bad('carrying a body that is not a Rekor entry');
    }
    return {
        logIndex: String(p.logIndex),
        logId: { keyId: Buffer.from(p.logID, 'hex').toString('base64') },
        kindVersion: { kind: String(kind.kind), version: String(kind.apiVersion) },
        integratedTime: String(p.integratedTime),
        inclusionPromise: { signedEntryTimestamp: json.SignedEntryTimestamp },
        canonicalizedBody: p.body
    };
}
/** The DER certificates of PEM text, in order. */
function pemCertificates(text) {
    return (text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []).map((block) => block.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, ''));
}
/**
 * A Sigstore bundle (v0.1: a SignedEntryTimestamp, no inclusion proof)
 * made of what cosign's annotations carry, for the bundle verifier.
 */
function buildLegacyBundleJson(parts) {
    const certificates = [
        ...pemCertificates(parts.certificatePem ?? ''),
        ...pemCertificates(parts.chainPem ?? '')
    ];
    return {
        mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
        verificationMaterial: {
            ...(certificates.length > 0
                ? {
                    x509CertificateChain: {
                        certificates: certificates.map((rawBytes) => ({ rawBytes }))
                    }
                }
                : { publicKey: { hint: '' } }),
            tlogEntries: parts.tlogEntry ? [parts.tlogEntry] : [],
            timestampVerificationData: { rfc3161Timestamps: [] }
        },
        ...(parts.content.kind === 'message'
            ? {
                messageSignature: {
                    messageDigest: {
                        algorithm: 'SHA2_256',
                        digest: parts.content.payloadSha256.toString('base64')
                    },
                    signature: parts.content.signature.toString('base64')
                }
            }
            : { dsseEnvelope: parts.content.envelope })
    };
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


/***/ })

};
