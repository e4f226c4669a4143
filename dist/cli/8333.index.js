export const id = 8333;
export const ids = [8333];
export const modules = {

/***/ 72243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ writeFilesAtomically)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97268);
/**
 * All-or-nothing writes of several files: each goes to a temp file beside
 * its target first; only when every temp file is written are they renamed
 * into place. A failure at any step removes the temp files and puts back
 * whatever was there before, so a failed run leaves nothing new behind.
 *
 * SIGINT and SIGTERM count as failures: while a write is under way they are
 * held, the write stops after the files in flight, cleans up as above, and
 * the process then dies of the signal as it would have. The renames into
 * place run synchronously, so a signal finds either the old set of files or
 * the new one, never a mix.
 */





/** Temp files written concurrently: a run that signs 1,000 files writes 1,000 bundles. */
const WRITES_AT_ONCE = 16;
async function writeFilesAtomically(files) {
    for (const file of files) {
        if (kindOf(file.path) === 'directory') {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('OUTPUT_UNWRITABLE', `cannot write ${file.path}: it is a directory; give a file path`, { cause: Object.assign(new Error('EISDIR'), { code: 'EISDIR' }) });
        }
    }
    const tag = `${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
    const staged = [];
    const created = [];
    holdSignals();
    try {
        for (const dir of new Set(files.map((file) => node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file.path)))) {
            await mkdirTracked(dir, created);
        }
        for (let i = 0; i < files.length; i += WRITES_AT_ONCE) {
            const batch = files.slice(i, i + WRITES_AT_ONCE).map((file) => {
                const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file.path);
                const temp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file.path)}.${tag}.tmp`);
                staged.push({ temp, target: file.path });
                return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(temp, file.content, {
                    flag: 'wx',
                    ...(file.mode !== undefined ? { mode: file.mode } : {})
                });
            });
            // Every write of the batch settles before a failure is acted on, so
            // the clean-up below finds each temp file that was written.
            const failed = (await Promise.allSettled(batch)).find((result) => result.status === 'rejected');
            if (failed)
                throw failed.reason;
            throwIfInterrupted();
        }
        moveIntoPlace(staged);
    }
    catch (error) {
        for (const entry of staged) {
            // A temp file that could not be made may sit under a path that is not
            // a directory; removing it then fails too, and must not stop the rest.
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(entry.temp, { force: true }).catch(() => undefined);
            if (entry.backup && kindOf(entry.target) === undefined) {
                try {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(entry.backup, entry.target);
                }
                catch {
                    // Left as it is: the next step must still run.
                }
            }
        }
        for (const dir of created.reverse()) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rmdir)(dir).catch(() => undefined);
        }
        throw toOutputError(error, staged);
    }
    finally {
        releaseSignals();
    }
}
/** Errors of the file system that the user fixes by choosing another path. */
const PATH_ERRORS = new Set([
    'EISDIR',
    'ENOTDIR',
    'EACCES',
    'EPERM',
    'EROFS',
    'ENAMETOOLONG'
]);
/**
 * A write that failed on the path the user chose is an input error (exit 2)
 * naming the file as the user would, not the hidden temp file.
 */
function toOutputError(error, staged) {
    const { code, path: failed } = error;
    if (typeof code !== 'string' || !PATH_ERRORS.has(code))
        return error;
    const target = staged.find((entry) => entry.temp === failed)?.target ??
        (typeof failed === 'string' ? failed : undefined);
    return new _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('OUTPUT_UNWRITABLE', `cannot write ${target ?? 'the output'} (${code}): give a path in a folder you can write to`, { cause: error });
}
/**
 * Renames every temp file over its target; on failure undoes the ones done.
 * Synchronous on purpose: no signal handler can run in the middle.
 */
function moveIntoPlace(staged) {
    const done = [];
    try {
        for (const entry of staged) {
            if (kindOf(entry.target) !== undefined) {
                entry.backup = `${entry.temp}.old`;
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(entry.target, entry.backup);
            }
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(entry.temp, entry.target);
            done.push(entry);
        }
    }
    catch (error) {
        for (const entry of done.reverse()) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(entry.target, { force: true });
            if (entry.backup)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(entry.backup, entry.target);
        }
        throw error;
    }
    for (const entry of staged) {
        if (entry.backup)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(entry.backup, { force: true });
    }
}
const SIGNALS = ['SIGINT', 'SIGTERM'];
let writesUnderWay = 0;
let interrupted;
function onSignal(signal) {
    interrupted = signal;
}
/** While any write is under way, SIGINT and SIGTERM wait for its clean-up. */
function holdSignals() {
    if (writesUnderWay++ === 0)
        for (const signal of SIGNALS)
            process.on(signal, onSignal);
}
/** The last write done: handlers off, and a held signal delivered again. */
function releaseSignals() {
    if (--writesUnderWay > 0)
        return;
    for (const signal of SIGNALS)
        process.off(signal, onSignal);
    const signal = interrupted;
    interrupted = undefined;
    if (signal)
        process.kill(process.pid, signal);
}
function throwIfInterrupted() {
    if (interrupted) {
        throw Object.assign(new Error(`interrupted by ${interrupted}`), {
            code: 'EINTR'
        });
    }
}
/** Creates `dir` (and missing parents), recording the ones it created. */
async function mkdirTracked(dir, created) {
    const missing = [];
    for (let d = dir; kindOf(d) === undefined; d = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(d)) {
        missing.unshift(d);
        if (node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(d) === d)
            break;
    }
    if (missing.length === 0)
        return;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
    created.push(...missing);
}
/** A cheap, throw-free stat (no ENOENT errors built per file). */
function kindOf(file) {
    const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file, { throwIfNoEntry: false });
    if (!stats)
        return undefined;
    return stats.isDirectory() ? 'directory' : 'file';
}


/***/ }),

/***/ 30979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NB: () => (/* binding */ allows),
/* harmony export */   YU: () => (/* binding */ resolveWritableDir),
/* harmony export */   _R: () => (/* binding */ openFence),
/* harmony export */   n: () => (/* binding */ workspaceFence),
/* harmony export */   tq: () => (/* binding */ outsideWorkspace),
/* harmony export */   u5: () => (/* binding */ realFence)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97268);
/* harmony import */ var _lib_sign_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60805);
/**
 * Where a command may read and write. An Action is fenced inside
 * GITHUB_WORKSPACE: every path it reads or writes, symbolic links resolved,
 * must stay inside (a workflow's inputs are not a licence to touch the
 * runner). The CLI takes any path the user names, resolved against the
 * current directory, as syft, cosign and gh do. This module is the one place
 * that decides: the Actions build `workspaceFence`, the CLI `openFence`.
 */




/** An Action's fence: everything inside `workspace`, symbolic links resolved. */
function workspaceFence(workspace) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace);
    return { base: root, root };
}
/** The CLI's: any path, relative ones against `cwd`. */
function openFence(cwd) {
    return { base: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd), root: undefined };
}
/** The fence with its root's symbolic links resolved (a workspace under /tmp -> /private/tmp). */
async function realFence(fence) {
    const base = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(fence.base).catch(() => fence.base);
    if (fence.root === undefined)
        return { base, root: undefined };
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(fence.root).catch(() => fence.root);
    return { base, root };
}
/** Whether `absolute` may be used: always on the CLI, inside the root in an Action. */
function allows(fence, absolute) {
    return fence.root === undefined || (0,_lib_sign_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(fence.root, absolute);
}
function outsideWorkspace(fence, problem) {
    return new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(problem.code, `input "${problem.input}" has ${problem.given}${problem.detail ?? ''}, which is outside the workspace ${fence.root ?? fence.base}: give a path inside it (an Action reads and writes only inside GITHUB_WORKSPACE)`);
}
/**
 * A folder to write into, which may not exist yet: absolute, with the links
 * of its nearest existing ancestor resolved. In an Action that real path
 * must lie inside the workspace; an existing file there is an error.
 */
async function resolveWritableDir(fence, problem) {
    const real = await realFence(fence);
    const lexical = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(real.base, problem.given);
    if (!allows(real, lexical)) {
        const { input, given, code } = problem;
        throw outsideWorkspace(real, { input, given, code });
    }
    let existing = lexical;
    let rest = '';
    for (;;) {
        const resolved = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(existing).catch(() => undefined);
        if (resolved !== undefined) {
            if (!allows(real, resolved)) {
                throw outsideWorkspace(real, {
                    input: problem.input,
                    given: problem.given,
                    code: problem.code,
                    detail: ` (through a link to ${resolved})`
                });
            }
            if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(resolved)).isDirectory()) {
                throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(problem.fileCode, `input "${problem.input}" has ${problem.given}, but ${resolved} is a file: give a directory`);
            }
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(resolved, rest);
        }
        rest = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(existing), rest);
        existing = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(existing);
    }
}


/***/ }),

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
        if (error.code === 'OCI_NOT_FOUND')
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

/***/ 70095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LK: () => (/* binding */ SIGN_PREDICATE_TYPE),
/* harmony export */   Wp: () => (/* binding */ storeSimpleSignature),
/* harmony export */   vY: () => (/* binding */ storeDsseBundle)
/* harmony export */ });
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61040);
/* harmony import */ var _lib_oci_artifact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76467);
/* harmony import */ var _lib_oci_cosign_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47886);
/* harmony import */ var _attach_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83355);




/** cosign's annotations for a bundle's verification material: certificate and Rekor entry. */
function materialAnnotations(json) {
    const material = json.verificationMaterial;
    const annotations = {};
    const der = material.certificate?.rawBytes ??
        material.x509CertificateChain?.certificates[0]?.rawBytes;
    if (der)
        annotations[_lib_oci_cosign_js__WEBPACK_IMPORTED_MODULE_2__/* .COSIGN_ANNOTATIONS */ .PY.certificate] = toPem(der);
    const entry = material.tlogEntries[0];
    const cosignBundle = entry && (0,_lib_oci_cosign_js__WEBPACK_IMPORTED_MODULE_2__/* .toCosignBundleAnnotation */ .sQ)(entry);
    if (cosignBundle)
        annotations[_lib_oci_cosign_js__WEBPACK_IMPORTED_MODULE_2__/* .COSIGN_ANNOTATIONS */ .PY.bundle] = cosignBundle;
    return annotations;
}
function toPem(base64Der) {
    const lines = base64Der.match(/.{1,64}/g) ?? [];
    return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
/** A message-signature bundle over the image's simple-signing payload, as a `.sig` layer. */
async function storeSimpleSignature(image, payload, bundle) {
    if (bundle.content.$case !== 'messageSignature')
        throw new Error('a simple signature is a message signature');
    const signature = bundle.content.messageSignature.signature;
    return (0,_attach_js__WEBPACK_IMPORTED_MODULE_3__/* .attachCosignLayer */ .ee)(image.client, image.reference.repository, image.digest, 'sig', {
        mediaType: _lib_oci_cosign_js__WEBPACK_IMPORTED_MODULE_2__/* .SIMPLE_SIGNING_MEDIA_TYPE */ .$r,
        bytes: payload,
        annotations: {
            [_lib_oci_cosign_js__WEBPACK_IMPORTED_MODULE_2__/* .COSIGN_ANNOTATIONS */ .PY.signature]: Buffer.from(signature).toString('base64'),
            ...materialAnnotations((0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleToJSON)(bundle))
        }
    });
}
/** A DSSE bundle about the image: a `.att` layer and/or a referrer, as `format` says. */
async function storeDsseBundle(image, json, predicateType, format, now) {
    if (!json.dsseEnvelope)
        throw new Error('an attestation is a DSSE envelope');
    const stored = {};
    if (format !== 'bundle' && predicateType !== SIGN_PREDICATE_TYPE) {
        stored.tag = await (0,_attach_js__WEBPACK_IMPORTED_MODULE_3__/* .attachCosignLayer */ .ee)(image.client, image.reference.repository, image.digest, 'att', {
            mediaType: _lib_oci_cosign_js__WEBPACK_IMPORTED_MODULE_2__/* .DSSE_MEDIA_TYPE */ .OO,
            bytes: Buffer.from(JSON.stringify(json.dsseEnvelope)),
            annotations: {
                [_lib_oci_cosign_js__WEBPACK_IMPORTED_MODULE_2__/* .COSIGN_ANNOTATIONS */ .PY.signature]: '',
                [_lib_oci_cosign_js__WEBPACK_IMPORTED_MODULE_2__/* .COSIGN_ANNOTATIONS */ .PY.predicateType]: predicateType,
                ...materialAnnotations(json)
            }
        });
    }
    if (format !== 'legacy') {
        stored.referrer = await (0,_attach_js__WEBPACK_IMPORTED_MODULE_3__/* .attachReferrer */ .vO)(image.client, image.reference.repository, image.descriptor, {
            artifactType: _lib_oci_artifact_js__WEBPACK_IMPORTED_MODULE_1__/* .BUNDLE_ARTIFACT_TYPE */ .ZO,
            bytes: Buffer.from(JSON.stringify(json)),
            annotations: {
                [_lib_oci_artifact_js__WEBPACK_IMPORTED_MODULE_1__/* .BUNDLE_ANNOTATIONS */ .GY.content]: 'dsse-envelope',
                [_lib_oci_artifact_js__WEBPACK_IMPORTED_MODULE_1__/* .BUNDLE_ANNOTATIONS */ .GY.predicateType]: predicateType,
                [_lib_oci_artifact_js__WEBPACK_IMPORTED_MODULE_1__/* .BUNDLE_ANNOTATIONS */ .GY.created]: now.toISOString()
            }
        });
    }
    return stored;
}
/** cosign v3's predicate for an image signature carried in a bundle. */
const SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1';


/***/ }),

/***/ 39558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ createCredentials)
/* harmony export */ });
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72342);
/* harmony import */ var _oidc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57923);
/**
 * What signs: the user's key (keyed mode), or an ephemeral key certified by
 * Fulcio for a token given as input or fetched from the runner.
 */



function createCredentials(inputs, endpoints, deps) {
    if (inputs.key !== undefined) {
        return {
            kind: 'key',
            key: (0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePrivateKey */ .Q)(inputs.key, {
                ...(deps.keyLabel ? { label: deps.keyLabel } : {}),
                ...(deps.keyPassphrase !== undefined
                    ? { passphrase: deps.keyPassphrase }
                    : {})
            })
        };
    }
    const fulcioUrl = endpoints.fulcioUrl;
    if (fulcioUrl === undefined) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InternalError */ .Gd('SIGN_NO_FULCIO_URL', 'keyless signing without a Fulcio URL (loadEndpoints should have refused)');
    }
    const tokens = inputs.identityToken
        ? (0,_oidc_js__WEBPACK_IMPORTED_MODULE_2__/* .createStaticTokenSource */ .N8)(inputs.identityToken)
        : (0,_oidc_js__WEBPACK_IMPORTED_MODULE_2__/* .createRunnerTokenSource */ .XL)({
            env: deps.env,
            retry: deps.retry,
            onToken: deps.onSecret
        });
    return { kind: 'fulcio', fulcioUrl, tokens };
}


/***/ }),

/***/ 73490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ readRepositoryVisibility)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The repository's visibility, from the event payload the runner writes at
 * GITHUB_EVENT_PATH. In Actions, when the payload does not say, it is taken
 * as private (as actions/attest does): a private repository's file names
 * must not land in the public transparency log by accident.
 */

async function readRepositoryVisibility(env) {
    const inActions = env.GITHUB_ACTIONS === 'true';
    const eventPath = env.GITHUB_EVENT_PATH;
    let payload;
    if (eventPath) {
        payload = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(eventPath, 'utf8').then((text) => JSON.parse(text), () => undefined);
    }
    const repository = payload?.repository;
    const visibility = repository?.visibility;
    if (visibility === 'public' ||
        visibility === 'private' ||
        visibility === 'internal') {
        return visibility;
    }
    if (typeof repository?.private === 'boolean') {
        return repository.private ? 'private' : 'public';
    }
    return inActions ? 'private' : undefined;
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

/***/ 87090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ parseOciFormat)
/* harmony export */ });
/* unused harmony export OCI_FORMATS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/**
 * `oci-format`: where image signatures and attestations are stored.
 * `legacy` is cosign's tag layout (`sha256-<hex>.sig`/`.att`), `bundle` the
 * Sigstore bundle as an OCI 1.1 referrer, `both` (the default) writes both
 * so that old and new verifiers find them.
 */

const OCI_FORMATS = ['bundle', 'legacy', 'both'];
function parseOciFormat(raw, input = 'oci-format') {
    const value = raw?.trim() || 'both';
    if (OCI_FORMATS.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('OCI_FORMAT_UNKNOWN', `input "${input}" is "${value}": give bundle (OCI 1.1 referrer), legacy (cosign's .sig/.att tags) or both`);
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


/***/ }),

/***/ 25996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hb: () => (/* binding */ isImageReference),
/* harmony export */   my: () => (/* binding */ formatImageReference),
/* harmony export */   o_: () => (/* binding */ parseImageReference)
/* harmony export */ });
/* unused harmony export OCI_SCHEME */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/**
 * `oci://<registry>/<repository>[:<tag>|@sha256:<digest>]`, the way users
 * write an image in Provenant: split into its parts, Docker Hub's short
 * names made whole (docker.io/library/debian).
 */

const OCI_SCHEME = 'oci://';
const DEFAULT_TAG = 'latest';
function isImageReference(text) {
    return text.startsWith(OCI_SCHEME);
}
function parseImageReference(text) {
    const bad = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('OCI_REFERENCE_INVALID', `"${text}" is not an image reference (${why}): write oci://<registry>/<repository>:<tag> or oci://<registry>/<repository>@sha256:<digest>`);
    if (!isImageReference(text))
        throw bad('it does not start with oci://');
    let rest = text.slice(OCI_SCHEME.length);
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!/^sha256:[0-9a-f]{64}$/.test(digest))
            throw bad(`"${digest}" is not a sha256 digest`);
    }
    const slash = rest.indexOf('/');
    if (slash <= 0)
        throw bad('it names no registry');
    const registry = rest.slice(0, slash);
    let repository = rest.slice(slash + 1);
    let tag;
    const colon = repository.lastIndexOf(':');
    if (colon >= 0) {
        tag = repository.slice(colon + 1);
        repository = repository.slice(0, colon);
        if (!/^[\w][\w.-]{0,127}$/.test(tag))
            throw bad(`"${tag}" is not a tag`);
    }
    if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(repository))
        throw bad(`"${repository}" is not a repository name`);
    if (registry === 'docker.io' && !repository.includes('/'))
        repository = `library/${repository}`;
    return {
        registry,
        repository,
        ...(tag !== undefined || digest === undefined
            ? { tag: tag ?? DEFAULT_TAG }
            : {}),
        ...(digest ? { digest } : {})
    };
}
/** The reference as written back: registry/repository[:tag][@digest]. */
function formatImageReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
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

/***/ 60805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ dropOwnOutputs),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Hf: () => (/* binding */ fixedDirectoryOf),
/* harmony export */   iS: () => (/* binding */ planOutputs),
/* harmony export */   rP: () => (/* binding */ toWorkspacePattern)
/* harmony export */ });
/* unused harmony exports BUNDLE_SUFFIX, SIGNATURE_SUFFIX, CERTIFICATE_SUFFIX */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/**
 * Where files come from and where their signatures go: patterns confined to
 * the workspace, and one output path per file with no two files writing
 * the same name.
 */


const BUNDLE_SUFFIX = '.sigstore.json';
const SIGNATURE_SUFFIX = '.sig';
const CERTIFICATE_SUFFIX = '.crt';
const OUTPUT_SUFFIXES = [BUNDLE_SUFFIX, SIGNATURE_SUFFIX, CERTIFICATE_SUFFIX];
const GLOB_CHARS = /[*?[\]{}()!+@]/;
function isInside(root, candidate) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, candidate);
    const escapes = relative === '..' ||
        relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)}`) ||
        node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative);
    return !escapes;
}
/**
 * A pattern as tinyglobby takes it, relative to the workspace; an InputError
 * when its fixed part (before the first glob character) leaves the workspace.
 */
function toWorkspacePattern(workspace, pattern) {
    const segments = pattern.replaceAll('\\', '/').split('/');
    const firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s));
    const fixed = firstGlob < 0 ? segments : segments.slice(0, firstGlob);
    const rest = firstGlob < 0 ? [] : segments.slice(firstGlob);
    const base = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, fixed.join('/') || '.');
    if (!isInside(workspace, base) || rest.includes('..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('SIGN_PATH_OUTSIDE_WORKSPACE', `input "files": "${pattern}" is outside the workspace ${workspace}; copy the file into the workspace or set GITHUB_WORKSPACE`);
    }
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(workspace, base).replaceAll('\\', '/');
    return [relative, ...rest].filter((s) => s !== '').join('/') || '.';
}
/**
 * Drops matches that are signatures of another match (`a.sigstore.json`
 * when `a` is matched too), so `dist/*` signs the same files on a re-run.
 */
function dropOwnOutputs(files) {
    const all = new Set(files);
    const kept = [];
    const dropped = [];
    for (const file of files) {
        const suffix = OUTPUT_SUFFIXES.find((s) => file.endsWith(s));
        if (suffix && all.has(file.slice(0, -suffix.length)))
            dropped.push(file);
        else
            kept.push(file);
    }
    return { kept, dropped };
}
/** Output paths per file (absolute), beside each file or in `outputDir`. */
function planOutputs(files, options) {
    const byName = new Map();
    const problems = [];
    const plans = files.map((file) => {
        const base = options.outputDir
            ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(options.outputDir, node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(file))
            : file;
        const earlier = byName.get(base);
        if (earlier !== undefined) {
            problems.push(`"${earlier}" and "${file}" would both write ${node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(base)}${BUNDLE_SUFFIX}`);
        }
        byName.set(base, file);
        return {
            bundle: `${base}${BUNDLE_SUFFIX}`,
            signature: options.legacySig ? `${base}${SIGNATURE_SUFFIX}` : undefined,
            certificate: options.legacySig && !options.keyed
                ? `${base}${CERTIFICATE_SUFFIX}`
                : undefined
        };
    });
    if (problems.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('SIGN_OUTPUT_COLLISION', `input "output-dir": ${problems.join('; ')}; sign them in separate steps or leave "output-dir" empty to write beside each file`);
    }
    return plans;
}
/** The directory a pattern's fixed part names: `dist` for `dist/*.tgz` and `dist/a.tgz`. */
function fixedDirectoryOf(pattern) {
    const segments = pattern.replaceAll('\\', '/').split('/');
    const firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s));
    const fixed = firstGlob < 0 ? segments.slice(0, -1) : segments.slice(0, firstGlob);
    return fixed.join('/') || (pattern.startsWith('/') ? '/' : '.');
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


/***/ })

};
