export const id = 6461;
export const ids = [6461];
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

/***/ 3687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ resolveImageInputs),
/* harmony export */   createRegistryClients: () => (/* binding */ createRegistryClients),
/* harmony export */   m1: () => (/* binding */ imageSubject)
/* harmony export */ });
/* unused harmony exports credentialsFor, resolveImages */
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _lib_oci_reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25996);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9486);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96880);
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
            client = credentialsFor(registry, options.env).then((credentials) => new _client_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryClient */ .bP({
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

/***/ 23145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ MAX_SUBJECTS_PER_STATEMENT),
/* harmony export */   LL: () => (/* binding */ toStatementPayload),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   Y5: () => (/* binding */ buildStatement),
/* harmony export */   sL: () => (/* binding */ splitEvenly)
/* harmony export */ });
/* unused harmony export IN_TOTO_STATEMENT_V1_TYPE */
const IN_TOTO_STATEMENT_V1_TYPE = 'https://in-toto.io/Statement/v1';
/** The DSSE payload type of an in-toto statement. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/**
 * Subjects per statement. actions/attest refuses more than 1,024 subjects in
 * all; Provenant splits instead, below that cap so that every statement
 * stays well inside what GitHub's attestation store and verifiers accept.
 */
const MAX_SUBJECTS_PER_STATEMENT = 1000;
function buildStatement(subjects, predicateType, predicate) {
    return {
        _type: IN_TOTO_STATEMENT_V1_TYPE,
        subject: subjects.map((s) => ({ name: s.name, digest: { ...s.digest } })),
        predicateType,
        predicate
    };
}
/**
 * `items` in order, cut into the fewest chunks of at most `max` items, the
 * chunks as even as possible (2,001 items -> 667, 667, 667).
 */
function splitEvenly(items, max) {
    if (!Number.isInteger(max) || max < 1) {
        throw new RangeError('chunk size must be a positive integer');
    }
    if (items.length === 0)
        return [];
    const count = Math.ceil(items.length / max);
    const chunks = [];
    let start = 0;
    for (let i = 0; i < count; i++) {
        const size = Math.ceil((items.length - start) / (count - i));
        chunks.push(items.slice(start, start + size));
        start += size;
    }
    return chunks;
}
/** The bytes that are signed: the statement as JSON, UTF-8. */
function toStatementPayload(statement) {
    return Buffer.from(JSON.stringify(statement), 'utf8');
}


/***/ }),

/***/ 71676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MP: () => (/* binding */ parseImageInputs),
  zz: () => (/* binding */ parseInsecureRegistryList)
});

// UNUSED EXPORTS: parseImageList

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/inputs/index.ts + 3 modules
var inputs = __webpack_require__(65680);
;// CONCATENATED MODULE: ./src/lib/oci/format.ts
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
    throw new errors/* InputError */.dz('OCI_FORMAT_UNKNOWN', `input "${input}" is "${value}": give bundle (OCI 1.1 referrer), legacy (cosign's .sig/.att tags) or both`);
}

// EXTERNAL MODULE: ./src/lib/oci/reference.ts
var reference = __webpack_require__(25996);
;// CONCATENATED MODULE: ./src/lib/oci/inputs.ts
/**
 * The image inputs every action and command shares: `images` (oci://
 * references, each checked now so that a typo fails before any signing),
 * `oci-format` and `insecure-registry` (host[:port] names).
 */




/** `images`, `oci-format` and `insecure-registry`, each problem collected. */
function parseImageInputs(raw, { attempt }) {
    return {
        images: attempt(() => parseImageList(raw('images')), []),
        ociFormat: attempt(() => parseOciFormat(raw('oci-format')), 'both'),
        insecureRegistries: attempt(() => parseInsecureRegistryList((0,inputs/* parseList */.E1)(raw('insecure-registry'))), [])
    };
}
function parseImageList(raw) {
    const images = (0,inputs/* parseList */.E1)(raw);
    const problems = [];
    for (const image of images) {
        try {
            (0,reference/* parseImageReference */.o_)(image);
        }
        catch (error) {
            (0,inputs/* collectInputError */.Vb)(problems, error);
        }
    }
    (0,inputs/* throwCollected */.ml)(problems);
    return images;
}
function parseInsecureRegistryList(list, input = 'insecure-registry') {
    for (const name of list) {
        if (!/^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9a-fA-F:]+\](:\d+)?$/.test(name)) {
            throw new errors/* InputError */.dz('OCI_INSECURE_REGISTRY_INVALID', `input "${input}": "${name}" is not a registry name: give host or host:port (e.g. registry.internal:5000), no scheme or path`);
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
