export const id = 812;
export const ids = [812];
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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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
function sha256Digest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** True when the registry already holds the blob. */
async function hasBlob(client, repository, digest) {
    return client
        .send(repository, { method: 'HEAD', path: `blobs/${digest}` })
        .then(() => true, (error) => {
        if (error.code === 'OCI_NOT_FOUND')
            return false;
        throw error;
    });
}
/** Uploads the blob unless the registry holds it; returns its digest. */
async function pushBlob(client, repository, bytes, chunkBytes = UPLOAD_CHUNK_BYTES) {
    const digest = sha256Digest(bytes);
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
    const digest = sha256Digest(bytes);
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




function isNotFound(error) {
    return error.code === 'OCI_NOT_FOUND';
}
/** The manifest under a tag, or undefined when the tag does not exist. */
async function manifestAt(client, repository, tag) {
    return client.getManifest(repository, tag).catch((error) => {
        if (isNotFound(error))
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
            digest: sha256Digest(config),
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
            digest: sha256Digest(oci_artifact/* EMPTY_BLOB */.u),
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
    const digest = sha256Digest(manifest);
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
        if (isNotFound(error))
            return undefined;
        throw error;
    });
    if (api)
        return (0,oci_artifact/* parseReferrersIndex */.AH)(api.body.toString('utf8'));
    const index = await manifestAt(client, repository, (0,oci_artifact/* referrersTag */.LN)(digest));
    return index ? (0,oci_artifact/* parseReferrersIndex */.AH)(index.bytes.toString('utf8')) : [];
}


/***/ }),

/***/ 3687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Be: () => (/* binding */ resolveImages),
/* harmony export */   aP: () => (/* binding */ createRegistryClients)
/* harmony export */ });
/* unused harmony export credentialsFor */
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _lib_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25996);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2718);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96880);
/**
 * One RegistryClient per registry for a run, with the credentials the
 * user holds (docker/skopeo config files; in GitHub Actions, GITHUB_TOKEN
 * for ghcr.io when no file names it); plain HTTP for loopback registries
 * and for registries named in `insecure-registry`, never otherwise.
 * Image references are resolved here: a tag is read once, its digest
 * printed once, and a reference giving both a tag and a digest must agree.
 */




function createRegistryClients(options) {
    const clients = new Map();
    return (registry) => {
        let client = clients.get(registry);
        if (!client) {
            client = credentialsFor(registry, options.env).then((credentials) => new _client_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryClient */ .b({
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
    const found = await (0,_credentials_js__WEBPACK_IMPORTED_MODULE_3__/* .findRegistryCredentials */ .z)(registry, { ...env });
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
        const reference = (0,_lib_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageReference */ .o_)(label);
        const client = await clients(reference.registry);
        const fetched = await client.getManifest(reference.repository, reference.tag !== undefined ? reference.tag : reference.digest);
        const shown = (0,_lib_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .formatImageReference */ .my)(reference);
        if (reference.digest && fetched.digest !== reference.digest) {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('OCI_TAG_MOVED', `${label}: the tag ${reference.tag ?? ''} now points to ${fetched.digest}, not ${reference.digest}: the image was re-tagged; give the digest you mean alone (oci://${reference.registry}/${reference.repository}@sha256:...)`);
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
    return `${digest.replace(':', '-')}.${suffix}`;
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

/***/ 35476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseImageList),
/* harmony export */   z: () => (/* binding */ parseInsecureRegistryList)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65680);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25996);
/**
 * The image inputs every action and command shares: `images` (oci://
 * references, each checked now so that a typo fails before any signing)
 * and `insecure-registry` (host[:port] names).
 */



function parseImageList(raw) {
    const images = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseList */ .E1)(raw);
    const problems = [];
    for (const image of images) {
        try {
            (0,_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageReference */ .o_)(image);
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
                problems.push(error);
            else
                throw error;
        }
    }
    if (problems.length === 1)
        throw problems[0];
    if (problems.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputErrors */ .G(problems);
    return images;
}
function parseInsecureRegistryList(list, input = 'insecure-registry') {
    for (const name of list) {
        if (!/^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9a-fA-F:]+\](:\d+)?$/.test(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('OCI_INSECURE_REGISTRY_INVALID', `input "${input}": "${name}" is not a registry name: give host or host:port (e.g. registry.internal:5000), no scheme or path`);
        }
    }
    return [...list];
}


/***/ })

};
