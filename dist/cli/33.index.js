export const id = 33;
export const ids = [33];
export const modules = {

/***/ 81159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mn: () => (/* binding */ encryptCosignKey),
/* harmony export */   Qn: () => (/* binding */ MAX_KEY_FILE_BYTES),
/* harmony export */   cV: () => (/* binding */ decryptCosignKey),
/* harmony export */   d: () => (/* binding */ isCosignEncryptedKey)
/* harmony export */ });
/* unused harmony exports COSIGN_KEY_PEM_TYPE, DEFAULT_SCRYPT, parseSealedKey */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _noble_ciphers_salsa_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46382);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/**
 * Private keys in cosign's encrypted format, which cosign, skopeo and the
 * Sigstore libraries read and write: a PEM block `ENCRYPTED SIGSTORE
 * PRIVATE KEY` (`ENCRYPTED COSIGN PRIVATE KEY` before cosign 1.x renamed
 * it) around JSON `{kdf: {name: "scrypt", params: {N, r, p}, salt},
 * cipher: {name: "nacl/secretbox", nonce}, ciphertext}` with base64 byte
 * fields; the plaintext is a PKCS#8 DER private key. The key derived by
 * scrypt seals it with XSalsa20-Poly1305 (NaCl's secretbox).
 *
 * No message here ever carries the passphrase, the key, or bytes of the
 * file: only the label the user knows the key by.
 */



const COSIGN_KEY_PEM_TYPE = 'ENCRYPTED SIGSTORE PRIVATE KEY';
const LEGACY_PEM_TYPE = 'ENCRYPTED COSIGN PRIVATE KEY';
/** What cosign writes (go-securesystemslib's parameters). */
const DEFAULT_SCRYPT = { N: 32768, r: 8, p: 1 };
/**
 * The cost parameters read: cosign's old and new defaults and OWASP's.
 * Anything else is refused before scrypt runs, so a tampered file cannot
 * make it take gigabytes of memory.
 */
const ACCEPTED_SCRYPT_N = new Set([32768, 65536, 131072]);
const SALT_BYTES = 32;
const NONCE_BYTES = 24;
const BOX_KEY_BYTES = 32;
const TAG_BYTES = 16;
/** A key file is a few hundred bytes; this bounds what is parsed. */
const MAX_KEY_FILE_BYTES = 64 * 1024;
/** Whether `text` holds a cosign encrypted private key (either PEM type). */
function isCosignEncryptedKey(text) {
    return /-----BEGIN ENCRYPTED (SIGSTORE|COSIGN) PRIVATE KEY-----/.test(text);
}
/**
 * The private key inside a cosign encrypted key. `label` names the key as
 * the user gave it (`--key cosign.key`, `input "key"`).
 */
function decryptCosignKey(text, passphrase, label) {
    const sealed = parseSealedKey(text, label);
    const plaintext = open(sealed, passphrase, label);
    try {
        return node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createPrivateKey({
            key: Buffer.from(plaintext),
            format: 'der',
            type: 'pkcs8'
        });
    }
    catch {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('SIGN_KEY_COSIGN_PLAINTEXT', `${label}: the decrypted key is not a PKCS#8 private key; make a new one with \`provenant generate-key-pair\``);
    }
}
/** `privateKey` sealed under `passphrase` as cosign writes it (PEM text). */
function encryptCosignKey(privateKey, passphrase) {
    const salt = node_crypto__WEBPACK_IMPORTED_MODULE_0___default().randomBytes(SALT_BYTES);
    const nonce = node_crypto__WEBPACK_IMPORTED_MODULE_0___default().randomBytes(NONCE_BYTES);
    const boxKey = deriveKey(passphrase, salt, DEFAULT_SCRYPT);
    const der = privateKey.export({ format: 'der', type: 'pkcs8' });
    const ciphertext = (0,_noble_ciphers_salsa_js__WEBPACK_IMPORTED_MODULE_2__/* .xsalsa20poly1305 */ .uT)(boxKey, nonce).encrypt(der);
    boxKey.fill(0);
    // Field order as go-securesystemslib marshals it.
    const json = JSON.stringify({
        kdf: {
            name: 'scrypt',
            params: { ...DEFAULT_SCRYPT },
            salt: salt.toString('base64')
        },
        cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
        ciphertext: Buffer.from(ciphertext).toString('base64')
    });
    const body = Buffer.from(json)
        .toString('base64')
        .match(/.{1,64}/g) ?? [];
    return [
        `-----BEGIN ${COSIGN_KEY_PEM_TYPE}-----`,
        ...body,
        `-----END ${COSIGN_KEY_PEM_TYPE}-----`,
        ''
    ].join('\n');
}
function open(sealed, passphrase, label) {
    const boxKey = deriveKey(passphrase, sealed.salt, sealed.params);
    try {
        return (0,_noble_ciphers_salsa_js__WEBPACK_IMPORTED_MODULE_2__/* .xsalsa20poly1305 */ .uT)(boxKey, sealed.nonce).decrypt(sealed.ciphertext);
    }
    catch {
        // secretbox cannot tell a wrong passphrase from a changed file.
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('SIGN_KEY_PASSPHRASE', `${label}: wrong passphrase, or the key file was changed: give the passphrase the key was made with (COSIGN_PASSWORD or the prompt)`);
    }
    finally {
        boxKey.fill(0);
    }
}
function deriveKey(passphrase, salt, params) {
    return node_crypto__WEBPACK_IMPORTED_MODULE_0___default().scryptSync(Buffer.from(passphrase, 'utf8'), salt, BOX_KEY_BYTES, {
        N: params.N,
        r: params.r,
        p: params.p,
        maxmem: 256 * params.N * params.r + 1024 * 1024
    });
}
/** The PEM armour and JSON of a cosign key, checked field by field. */
function parseSealedKey(text, label) {
    const bad = (code, what) => new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(code, `${label}: ${what}; give the key file cosign or \`provenant generate-key-pair\` wrote, unchanged`);
    if (text.length > MAX_KEY_FILE_BYTES) {
        throw bad('SIGN_KEY_COSIGN_MALFORMED', 'too large for a key file');
    }
    const json = pemBody(text);
    if (json === undefined) {
        throw bad('SIGN_KEY_COSIGN_MALFORMED', `not one PEM block "${COSIGN_KEY_PEM_TYPE}" with base64 inside`);
    }
    let data;
    try {
        data = JSON.parse(json.toString('utf8'));
    }
    catch {
        throw bad('SIGN_KEY_COSIGN_MALFORMED', 'the PEM body is not JSON');
    }
    const kdf = field(data, 'kdf');
    const cipher = field(data, 'cipher');
    if (field(kdf, 'name') !== 'scrypt') {
        throw bad('SIGN_KEY_COSIGN_KDF', 'the key is sealed with a kdf other than scrypt');
    }
    if (field(cipher, 'name') !== 'nacl/secretbox') {
        throw bad('SIGN_KEY_COSIGN_CIPHER', 'the key is sealed with a cipher other than nacl/secretbox');
    }
    const params = scryptParams(field(kdf, 'params'));
    if (!params) {
        throw bad('SIGN_KEY_COSIGN_KDF', `unexpected scrypt parameters (read: N ${[...ACCEPTED_SCRYPT_N].join(', ')}; r 8; p 1)`);
    }
    const salt = base64Field(field(kdf, 'salt'), 1, 1024);
    const nonce = base64Field(field(cipher, 'nonce'), NONCE_BYTES, NONCE_BYTES);
    const ciphertext = base64Field(field(data, 'ciphertext'), TAG_BYTES + 1, 16384);
    if (!salt || !nonce || !ciphertext) {
        throw bad('SIGN_KEY_COSIGN_MALFORMED', 'the salt, nonce or ciphertext is missing or not base64 of the right length');
    }
    return { params, salt, nonce, ciphertext };
}
function pemBody(text) {
    const blocks = [
        ...text.matchAll(/-----BEGIN ([A-Z ]+)-----\r?\n([\s\S]*?)-----END ([A-Z ]+)-----/g)
    ];
    if (blocks.length !== 1)
        return undefined;
    const [, begin, body, end] = blocks[0];
    if (begin !== end)
        return undefined;
    if (begin !== COSIGN_KEY_PEM_TYPE && begin !== LEGACY_PEM_TYPE)
        return undefined;
    const base64 = body.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64) || base64.length % 4 !== 0) {
        return undefined;
    }
    return Buffer.from(base64, 'base64');
}
function field(value, name) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return undefined;
    }
    return Object.hasOwn(value, name)
        ? value[name]
        : undefined;
}
function scryptParams(value) {
    const N = field(value, 'N');
    const r = field(value, 'r');
    const p = field(value, 'p');
    if (typeof N !== 'number' || !ACCEPTED_SCRYPT_N.has(N))
        return undefined;
    if (r !== 8 || p !== 1)
        return undefined;
    return { N, r, p };
}
function base64Field(value, minBytes, maxBytes) {
    if (typeof value !== 'string')
        return undefined;
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(value) || value.length % 4 !== 0) {
        return undefined;
    }
    const bytes = Buffer.from(value, 'base64');
    if (bytes.length < minBytes || bytes.length > maxBytes)
        return undefined;
    return bytes;
}


/***/ }),

/***/ 55008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ loadEndpoints)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/sign/instance.ts
var instance = __webpack_require__(50586);
;// CONCATENATED MODULE: ./src/lib/sign/signing-config.ts
/**
 * A Sigstore SigningConfig (v0.2, `signing_config.json`) -> the services to
 * sign with. Among the entries valid now and of an API version this client
 * speaks, the one that started most recently wins, as in sigstore-js.
 */

const SIGNING_CONFIG_V02_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json';
const MAX_CA_API_VERSION = 1;
const MAX_TLOG_API_VERSION = 2;
const MAX_TSA_API_VERSION = 1;
function parseSigningConfig(json, now, inputName = 'signing-config') {
    const config = json;
    if (typeof config !== 'object' ||
        config === null ||
        config.mediaType !== SIGNING_CONFIG_V02_MEDIA_TYPE) {
        throw new errors/* InputError */.dz('SIGN_SIGNING_CONFIG_FORMAT', `input "${inputName}" is not a Sigstore signing config v0.2 (mediaType "${SIGNING_CONFIG_V02_MEDIA_TYPE}")`);
    }
    for (const [field, key] of [
        ['rekorTlogConfig', 'rekorTlogUrls'],
        ['tsaConfig', 'tsaUrls']
    ]) {
        const selector = config[field]
            ?.selector;
        if (selector !== undefined &&
            selector !== 'ANY' &&
            Array.isArray(config[key]) &&
            config[key].length > 0) {
            throw new errors/* InputError */.dz('SIGN_SIGNING_CONFIG_SELECTOR', `input "${inputName}": ${field}.selector ${JSON.stringify(selector)} is not supported (only ANY)`);
        }
    }
    const ca = signing_config_select(config.caUrls, MAX_CA_API_VERSION, now);
    const tlog = signing_config_select(config.rekorTlogUrls, MAX_TLOG_API_VERSION, now);
    const tsa = signing_config_select(config.tsaUrls, MAX_TSA_API_VERSION, now);
    if (!ca && !tlog && !tsa) {
        throw new errors/* InputError */.dz('SIGN_SIGNING_CONFIG_EMPTY', `input "${inputName}" names no service valid now that this client supports (Fulcio v1, Rekor v1/v2, TSA v1)`);
    }
    return {
        ...(ca ? { fulcioUrl: ca.url } : {}),
        ...(tlog ? { rekor: tlog } : {}),
        ...(tsa ? { tsaUrl: tsa.url } : {})
    };
}
function signing_config_select(list, maxApiVersion, now) {
    if (!Array.isArray(list))
        return undefined;
    const candidates = list
        .map((s) => ({
        url: typeof s.url === 'string' ? s.url.replace(/\/+$/, '') : '',
        majorApiVersion: typeof s.majorApiVersion === 'number' ? s.majorApiVersion : 1,
        start: toTime(s.validFor?.start) ?? 0,
        end: toTime(s.validFor?.end)
    }))
        .filter((s) => s.url !== '' &&
        s.majorApiVersion <= maxApiVersion &&
        s.start <= now.getTime() &&
        (s.end === undefined || s.end >= now.getTime()))
        .sort((a, b) => b.start - a.start);
    const best = candidates[0];
    return best
        ? { url: best.url, majorApiVersion: best.majorApiVersion }
        : undefined;
}
function toTime(value) {
    if (typeof value !== 'string')
        return undefined;
    const time = Date.parse(value);
    return Number.isNaN(time) ? undefined : time;
}

;// CONCATENATED MODULE: ./src/io/sign/endpoints.ts
/**
 * The services a run signs with, from the inputs: a named instance, custom
 * URLs, or a signing_config.json read from disk.
 */




async function loadEndpoints(inputs, visibility, now) {
    let configured;
    if (inputs.signingConfig !== undefined) {
        let json;
        try {
            json = JSON.parse(await (0,promises_.readFile)(inputs.signingConfig, 'utf8'));
        }
        catch (error) {
            throw new errors/* InputError */.dz('SIGN_SIGNING_CONFIG_UNREADABLE', `input "signing-config": ${inputs.signingConfig} is not a readable JSON file`, { cause: error });
        }
        configured = parseSigningConfig(json, now);
    }
    const endpoints = (0,instance/* resolveEndpoints */.$K)(inputs, visibility, configured);
    if (endpoints.fulcioUrl === undefined && inputs.key === undefined) {
        throw new errors/* InputError */.dz('SIGN_CUSTOM_NEEDS_FULCIO', 'no Fulcio URL: give "fulcio-url" or a "signing-config" with caUrls, or "key" to sign with your own key');
    }
    if (endpoints.rekor === undefined && endpoints.tsaUrl === undefined) {
        throw new errors/* InputError */.dz('SIGN_CUSTOM_NEEDS_WITNESS', 'no Rekor and no TSA: give "rekor-url" or "tsa-url", or a "signing-config" that names one');
    }
    return endpoints;
}


/***/ }),

/***/ 72342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ createEphemeralKey),
/* harmony export */   Q: () => (/* binding */ parsePrivateKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/* harmony import */ var _cosign_key_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81159);
/**
 * Signing keys: the run's ephemeral ECDSA P-256 key, or the user's own key
 * (ECDSA P-256 or Ed25519) in keyed mode. ECDSA hashes then signs, so a file
 * can be signed chunk by chunk; Ed25519 signs the whole message.
 */



function createEphemeralKey() {
    const { privateKey } = node_crypto__WEBPACK_IMPORTED_MODULE_0___default().generateKeyPairSync('ec', {
        namedCurve: 'P-256'
    });
    return toSigningKey(privateKey);
}
/**
 * The user's key: PEM PKCS#8 or SEC1, or cosign's encrypted format with
 * its passphrase. Never echoes the key or the passphrase.
 */
function parsePrivateKey(pem, options = {}) {
    const label = options.label ?? 'input "key"';
    if ((0,_cosign_key_js__WEBPACK_IMPORTED_MODULE_2__/* .isCosignEncryptedKey */ .d)(pem)) {
        if (options.passphrase === undefined) {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('SIGN_KEY_NO_PASSPHRASE', `${label} is a cosign encrypted key: set COSIGN_PASSWORD to its passphrase (it may be empty)`);
        }
        return toSigningKey((0,_cosign_key_js__WEBPACK_IMPORTED_MODULE_2__/* .decryptCosignKey */ .cV)(pem, options.passphrase, label), label);
    }
    let privateKey;
    try {
        privateKey = node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createPrivateKey({ key: pem, format: 'pem' });
    }
    catch (error) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('SIGN_KEY_UNREADABLE', `${label} cannot be read as a PEM private key (PKCS#8 or SEC1 unencrypted, or cosign's encrypted format)`, { cause: scrubbed(error) });
    }
    return toSigningKey(privateKey, label);
}
function toSigningKey(privateKey, label = 'the key') {
    const algorithm = algorithmOf(privateKey, label);
    const publicKey = node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createPublicKey(privateKey);
    const spki = publicKey.export({ format: 'der', type: 'spki' });
    const digest = algorithm === 'ed25519' ? null : 'sha256';
    return {
        algorithm,
        publicKey,
        publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
        hint: node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createHash('sha256').update(spki).digest('hex'),
        sign: (data) => node_crypto__WEBPACK_IMPORTED_MODULE_0___default().sign(digest, data, privateKey),
        createStreamingSigner: () => {
            if (algorithm === 'ed25519')
                return undefined;
            const signer = node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createSign('sha256');
            return {
                update: (chunk) => void signer.update(chunk),
                sign: () => signer.sign(privateKey)
            };
        }
    };
}
function algorithmOf(key, label) {
    if (key.asymmetricKeyType === 'ed25519')
        return 'ed25519';
    if (key.asymmetricKeyType === 'ec' &&
        key.asymmetricKeyDetails?.namedCurve === 'prime256v1') {
        return 'ecdsa-p256-sha256';
    }
    const curve = key.asymmetricKeyDetails?.namedCurve;
    throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('SIGN_KEY_ALGORITHM', `${label} is a${key.asymmetricKeyType === 'ec' ? 'n' : ''} ${key.asymmetricKeyType ?? 'unknown'}${curve ? ` ${curve}` : ''} key: use ECDSA P-256 (prime256v1) or Ed25519`);
}
/** OpenSSL's messages do not quote keys, but keep only the code to be sure. */
function scrubbed(error) {
    const code = error.code;
    return new Error(typeof code === 'string' ? code : 'unreadable key');
}


/***/ }),

/***/ 57923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N8: () => (/* binding */ createStaticTokenSource),
/* harmony export */   OH: () => (/* binding */ SIGSTORE_AUDIENCE),
/* harmony export */   XL: () => (/* binding */ createRunnerTokenSource)
/* harmony export */ });
/* unused harmony export missingIdentityToken */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/* harmony import */ var _lib_net_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46269);
/* harmony import */ var _net_http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95854);
/* harmony import */ var _net_retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69961);
/**
 * Identity tokens for Fulcio: the runner's, from the token service GitHub
 * Actions exposes to jobs with `permissions: id-token: write`, or one given
 * to us. Every token is handed to `onToken` (the action masks it) before
 * anything else sees it.
 */





const SIGSTORE_AUDIENCE = 'sigstore';
function createStaticTokenSource(token, origin = 'input "identity-token"') {
    return { origin, getToken: () => Promise.resolve(token) };
}
function createRunnerTokenSource(options) {
    return {
        origin: "the runner's OIDC token service",
        getToken: async () => {
            const requestUrl = options.env.ACTIONS_ID_TOKEN_REQUEST_URL;
            const requestToken = options.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
            if (!requestUrl || !requestToken)
                throw missingIdentityToken(options.env);
            const url = new URL(requestUrl);
            url.searchParams.set('audience', options.audience ?? SIGSTORE_AUDIENCE);
            const token = await (0,_net_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .withRetry */ .bD)('oidc', url.origin, options.retry, async ({ timeoutMs }) => requestIdToken(url, requestToken, timeoutMs));
            options.onToken(token);
            return token;
        }
    };
}
/**
 * No runner token: on a runner (GITHUB_ACTIONS set) the job lacks the
 * permission; anywhere else, the ways to sign off a runner.
 */
function missingIdentityToken(env) {
    if (env.GITHUB_ACTIONS === 'true') {
        return new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('SIGN_NO_ID_TOKEN_PERMISSION', 'this job cannot get an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set): add `permissions: id-token: write` to the job (or the workflow), or pass "identity-token", or "key" to sign with your own key');
    }
    return new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('SIGN_NO_ID_TOKEN', 'no identity to sign with here (this is not a GitHub Actions runner): pass an OIDC token with --identity-token (or set SIGSTORE_ID_TOKEN), sign with your own key with --key FILE, or try everything locally with --local');
}
async function requestIdToken(url, bearer, timeoutMs) {
    let answer;
    try {
        answer = await (0,_net_http_js__WEBPACK_IMPORTED_MODULE_3__/* .requestJson */ .SS)(url, {
            method: 'GET',
            timeoutMs,
            headers: { authorization: `Bearer ${bearer}` }
        });
    }
    catch (error) {
        if (error instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_3__/* .HttpStatusError */ .F9) {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7('oidc', `HTTP ${error.statusCode}${statusText(error.statusCode)}`, {
                status: error.statusCode,
                retryable: (0,_lib_net_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .isRetryableStatus */ .PS)(error.statusCode),
                cause: error
            });
        }
        if (error instanceof SyntaxError) {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7('oidc', 'the answer is not JSON', { cause: error });
        }
        throw error;
    }
    if (typeof answer.value !== 'string' || answer.value === '') {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7('oidc', 'the answer carries no token ("value")');
    }
    return answer.value;
}
function statusText(status) {
    const text = node_http__WEBPACK_IMPORTED_MODULE_0__.STATUS_CODES[status];
    return text ? ` ${text}` : '';
}


/***/ }),

/***/ 653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ loadBundleChecker)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54187);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97268);
/* harmony import */ var _verify_entity_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24705);
/* harmony import */ var _verify_verifier_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42792);






/**
 * The trusted root is read and turned into trust material once, and one
 * verifier (per transparency-log threshold) serves every bundle of the run,
 * with verify's caches: the certificate every bundle shares is parsed and
 * its chain and SCTs checked once.
 */
async function loadBundleChecker(trustedRootPath, inputName = 'trusted-root') {
    let root;
    try {
        root = _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__.TrustedRoot.fromJSON(JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(trustedRootPath, 'utf8')));
    }
    catch (error) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('SIGN_TRUSTED_ROOT_UNREADABLE', `input "${inputName}": ${trustedRootPath} is not a readable trusted_root.json`, { cause: error });
    }
    // A keyed bundle names no key the root knows: the check in progress
    // supplies the key it signed with (verification is synchronous).
    let signingKeyInCheck;
    const material = (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_2__/* .toTrustMaterial */ .jO)(root, () => {
        if (!signingKeyInCheck)
            throw new Error('no signing key for this check');
        return { publicKey: signingKeyInCheck, validFor: () => true };
    });
    const verifiers = new Map();
    const verifierFor = (tlogThreshold) => {
        let verifier = verifiers.get(tlogThreshold);
        if (!verifier) {
            verifier = (0,_verify_verifier_js__WEBPACK_IMPORTED_MODULE_5__/* .createRunVerifier */ .G)(material, {
                tlogThreshold,
                ctlogThreshold: 0,
                timestampThreshold: 1
            });
            verifiers.set(tlogThreshold, verifier);
        }
        return verifier;
    };
    const toEntity = (0,_verify_entity_js__WEBPACK_IMPORTED_MODULE_4__/* .createEntityBuilder */ .b)();
    return {
        check(bundle, signingKey, what) {
            const entity = toEntity(bundle, Buffer.alloc(0));
            if (bundle.content.$case === 'messageSignature') {
                const content = entity.signature;
                entity.signature = {
                    signature: content.signature,
                    compareSignature: (s) => content.compareSignature(s),
                    compareDigest: (d) => content.compareDigest(d),
                    compareSignedDigest: (d) => content.compareSignedDigest(d),
                    verifySignature: (key) => key.equals(signingKey)
                };
            }
            signingKeyInCheck = signingKey;
            try {
                verifierFor(bundle.verificationMaterial.tlogEntries.length).verify(entity);
            }
            catch (error) {
                const code = error.code;
                throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerificationError */ .mk('SIGN_SELF_CHECK_FAILED', `the bundle for ${what} does not verify against ${trustedRootPath} (${typeof code === 'string' ? `${code}: ` : ''}${error instanceof Error ? error.message : String(error)}): check that "trusted-root" describes the instance you sign with`, { cause: error });
            }
            finally {
                signingKeyInCheck = undefined;
            }
        }
    };
}


/***/ }),

/***/ 99378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ createSigningSession)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var dist = __webpack_require__(15179);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
;// CONCATENATED MODULE: ./src/lib/sign/identity.ts
/**
 * Who signed: the identity and issuer a Fulcio certificate binds, and the
 * few claims of an identity token read without checking it (Fulcio checks
 * it). Nothing here ever puts a token's text into a message.
 */


const OID_FULCIO_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
const OID_FULCIO_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
const OID_GITHUB_WORKFLOW_REPOSITORY = '1.3.6.1.4.1.57264.1.5';
/** `certificate`: PEM. */
function toCertificateIdentity(certificate) {
    const cert = core_dist.X509Certificate.parse(certificate);
    const v2 = cert.extension(OID_FULCIO_ISSUER_V2);
    const issuer = v2
        ? v2.valueObj.subs[0]?.value.toString('ascii')
        : cert.extension(OID_FULCIO_ISSUER_V1)?.value.toString('ascii');
    const repository = cert
        .extension(OID_GITHUB_WORKFLOW_REPOSITORY)
        ?.value.toString('ascii');
    return {
        identity: cert.subjectAltName ?? '',
        issuer: issuer ?? '',
        ...(repository && /^[\w.-]+\/[\w.-]+$/.test(repository)
            ? { repository }
            : {})
    };
}
function readTokenClaims(token, inputName) {
    let payload;
    try {
        const part = token.split('.')[1] ?? '';
        payload = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    }
    catch {
        throw unreadable(inputName, 'its payload is not base64url JSON');
    }
    const issuer = typeof payload.iss === 'string' ? payload.iss : undefined;
    const subject = typeof payload.email === 'string'
        ? payload.email
        : typeof payload.sub === 'string'
            ? payload.sub
            : undefined;
    if (!issuer || !subject) {
        throw unreadable(inputName, 'it has no "iss" and "sub" (or "email") claims');
    }
    if (typeof payload.email === 'string' && payload.email_verified !== true) {
        throw unreadable(inputName, 'its "email" claim is not verified');
    }
    return {
        issuer,
        subject,
        expiresAt: typeof payload.exp === 'number' ? new Date(payload.exp * 1000) : undefined
    };
}
function unreadable(inputName, why) {
    return new errors/* InputError */.dz('SIGN_TOKEN_UNREADABLE', `the identity token from ${inputName} cannot be used: ${why}`);
}

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(61040);
;// CONCATENATED MODULE: ./src/io/sign/bundles.ts

function toMessageBundle(digest, signature) {
    return (0,bundle_dist.toMessageSignatureBundle)({
        digest,
        signature: signature.signature,
        certificate: signature.key.$case === 'x509Certificate'
            ? pemToDer(signature.key.certificate)
            : undefined,
        keyHint: signature.key.$case === 'publicKey' ? signature.key.hint : undefined,
        certificateChain: false
    });
}
/** Adds every witness's verification material (tlog entries, timestamps). */
async function witness(bundle, key, witnesses) {
    const publicKey = key.$case === 'publicKey' ? key.publicKey : key.certificate;
    // allSettled: when one witness fails, the others are not left in flight.
    const settled = await Promise.allSettled(witnesses.map((w) => w.testify(bundle.content, publicKey)));
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed)
        throw failed.reason;
    const materials = settled.map((s) => s
        .value);
    bundle.verificationMaterial.tlogEntries = materials.flatMap((m) => m.tlogEntries ?? []);
    bundle.verificationMaterial.timestampVerificationData = {
        rfc3161Timestamps: materials.flatMap((m) => m.rfc3161Timestamps ?? [])
    };
    return bundle;
}
function pemToDer(pem) {
    const body = pem
        .replace(/-----(BEGIN|END) CERTIFICATE-----/g, '')
        .replace(/\s+/g, '');
    return Buffer.from(body, 'base64');
}

// EXTERNAL MODULE: ./src/io/net/http.ts
var http = __webpack_require__(95854);
;// CONCATENATED MODULE: ./src/io/sign/fulcio.ts
/**
 * Fulcio's `POST /api/v2/signingCert` through the network kernel: the
 * identity token and our public key, with the proof of possession (the
 * token's subject signed by the key) that Fulcio checks. The token travels
 * in the body only and is masked in any error.
 */


/** One attempt: the leaf certificate (PEM) Fulcio issues for `key`. */
async function requestSigningCertificate(options) {
    const { fulcioUrl, token, key } = options;
    const answer = await (0,http/* requestJson */.SS)(`${fulcioUrl.replace(/\/+$/, '')}/api/v2/signingCert`, {
        method: 'POST',
        body: JSON.stringify({
            credentials: { oidcIdentityToken: token },
            publicKeyRequest: {
                publicKey: { algorithm: 'ECDSA', content: key.publicKeyPem },
                proofOfPossession: key
                    .sign(Buffer.from(options.subject))
                    .toString('base64')
            }
        }),
        timeoutMs: options.timeoutMs,
        secrets: [token]
    });
    const signed = answer.signedCertificateEmbeddedSct ?? answer.signedCertificateDetachedSct;
    const leaf = signed?.chain?.certificates?.[0];
    if (typeof leaf !== 'string') {
        throw new errors/* ServiceError */._7('fulcio', 'Fulcio returned no certificate');
    }
    return leaf;
}

// EXTERNAL MODULE: ./src/io/net/retry.ts + 1 modules
var net_retry = __webpack_require__(69961);
;// CONCATENATED MODULE: ./src/io/sign/certificate-signer.ts
/**
 * One ephemeral key and one Fulcio certificate for a whole run: Fulcio is
 * asked once (through the network kernel, ./fulcio.ts), then every
 * signature is made locally with the same key.
 * The certificate is renewed before its ~10 minutes run out, early enough
 * that a witness call retried for its whole budget still lands inside it.
 */





/** Slack on top of the retry budget when deciding to renew. */
const RENEW_SLACK_MS = 30_000;
class CertificateSigner {
    options;
    /** Certificates Fulcio issued to this signer (tests and the bench count them). */
    issued = 0;
    current;
    renewing;
    constructor(options) {
        this.options = options;
    }
    /** The certificate to sign with now; asks Fulcio only when there is none usable. */
    async certificate() {
        const current = this.current;
        if (current && !this.expiresSoon(current))
            return current;
        this.renewing ??= this.request().finally(() => {
            this.renewing = undefined;
        });
        this.current = await this.renewing;
        return this.current;
    }
    /** @sigstore/sign's Signer: used by DSSEBundleBuilder and the like. */
    async sign(data) {
        const { pem } = await this.certificate();
        return {
            signature: this.options.key.sign(data),
            key: { $case: 'x509Certificate', certificate: pem }
        };
    }
    expiresSoon(cert) {
        const { policy, env } = this.options.retry;
        const lifetime = cert.notAfter.getTime() - cert.notBefore.getTime();
        // Half the lifetime at most, so short certificates still serve a while.
        const margin = Math.min(policy.budgetMs + RENEW_SLACK_MS, lifetime / 2);
        return env.now().getTime() >= cert.notAfter.getTime() - margin;
    }
    async request() {
        const { fulcioUrl, key, tokens, retry } = this.options;
        const token = await tokens.getToken();
        // Reads the claims without ever quoting the token: an InputError when
        // they are unreadable.
        const { subject } = readTokenClaims(token, tokens.origin);
        const pem = await (0,net_retry/* withRetry */.bD)('fulcio', fulcioUrl, retry, (attempt) => requestSigningCertificate({
            fulcioUrl,
            token,
            subject,
            key,
            timeoutMs: attempt.timeoutMs
        }));
        const cert = new (external_node_crypto_default()).X509Certificate(pem);
        if (!cert.publicKey.equals(key.publicKey)) {
            throw new errors/* ServiceError */._7('fulcio', `Fulcio (${fulcioUrl}) issued a certificate for another key`);
        }
        this.issued += 1;
        return {
            pem,
            notBefore: new Date(cert.validFrom),
            notAfter: new Date(cert.validTo)
        };
    }
}

// EXTERNAL MODULE: ./src/io/sign/keys.ts
var keys = __webpack_require__(72342);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/io/sign/read-chunks.ts
/**
 * A file as chunks of at most `chunkBytes`: a small file in one read of its
 * exact size (no 1 MiB buffer per release note), a large one a chunk at a
 * time so memory stays flat whatever its size.
 */

const READ_CHUNK_BYTES = 1024 * 1024;
async function* readChunks(path, chunkBytes = READ_CHUNK_BYTES) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const { size } = await handle.stat();
        if (size <= chunkBytes) {
            yield await handle.readFile();
            return;
        }
        for (;;) {
            const buffer = Buffer.allocUnsafe(chunkBytes);
            const { bytesRead } = await handle.read(buffer, 0, chunkBytes, null);
            if (bytesRead === 0)
                return;
            yield buffer.subarray(0, bytesRead);
        }
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/io/sign/rekor-v1.ts



const ENTRIES_PATH = '/api/v1/log/entries';
class RekorV1Witness {
    baseUrl;
    timeoutMs;
    constructor(baseUrl, timeoutMs) {
        this.baseUrl = baseUrl;
        this.timeoutMs = timeoutMs;
    }
    async testify(content, publicKey) {
        const options = { timeoutMs: this.timeoutMs };
        let answer;
        try {
            answer = await (0,http/* requestJson */.SS)(`${this.baseUrl}${ENTRIES_PATH}`, {
                ...options,
                method: 'POST',
                body: JSON.stringify(toProposedEntry(content, publicKey))
            });
        }
        catch (error) {
            const uuid = existingEntry(error);
            if (uuid === undefined)
                throw error;
            answer = await (0,http/* requestJson */.SS)(`${this.baseUrl}${ENTRIES_PATH}/${encodeURIComponent(uuid)}`, { ...options, method: 'GET' });
        }
        return { tlogEntries: [toTransparencyLogEntry(answer)] };
    }
}
/** The UUID of the entry a 409 points at, if the error is that 409. */
function existingEntry(error) {
    if (!(error instanceof http/* HttpStatusError */.F9) || error.statusCode !== 409) {
        return undefined;
    }
    return error.location?.split('/').pop() || undefined;
}
function toProposedEntry(content, publicKey) {
    const key = Buffer.from(publicKey).toString('base64');
    if (content.$case === 'messageSignature') {
        const { messageDigest, signature } = content.messageSignature;
        return {
            apiVersion: '0.0.1',
            kind: 'hashedrekord',
            spec: {
                data: {
                    hash: {
                        algorithm: 'sha256',
                        value: messageDigest.digest.toString('hex')
                    }
                },
                signature: {
                    content: signature.toString('base64'),
                    publicKey: { content: key }
                }
            }
        };
    }
    return {
        apiVersion: '0.0.1',
        kind: 'dsse',
        spec: {
            proposedContent: {
                envelope: JSON.stringify((0,bundle_dist.envelopeToJSON)(content.dsseEnvelope)),
                verifiers: [key]
            }
        }
    };
}
function toTransparencyLogEntry(answer) {
    const entries = Object.values(answer);
    const entry = entries[0];
    if (entries.length !== 1 || !entry || typeof entry.body !== 'string') {
        throw new errors/* ServiceError */._7('rekor', 'Rekor answered something that is not one log entry');
    }
    const body = JSON.parse(Buffer.from(entry.body, 'base64').toString('utf8'));
    const set = entry.verification?.signedEntryTimestamp;
    const proof = entry.verification?.inclusionProof;
    return {
        logIndex: String(entry.logIndex),
        logId: { keyId: Buffer.from(entry.logID, 'hex') },
        integratedTime: String(entry.integratedTime),
        kindVersion: { kind: body.kind, version: body.apiVersion },
        inclusionPromise: set
            ? { signedEntryTimestamp: Buffer.from(set, 'base64') }
            : undefined,
        inclusionProof: proof
            ? {
                logIndex: String(proof.logIndex),
                treeSize: String(proof.treeSize),
                rootHash: Buffer.from(proof.rootHash, 'hex'),
                hashes: proof.hashes.map((h) => Buffer.from(h, 'hex')),
                checkpoint: { envelope: proof.checkpoint }
            }
            : undefined,
        canonicalizedBody: Buffer.from(entry.body, 'base64')
    };
}

;// CONCATENATED MODULE: ./src/io/sign/tsa.ts
/**
 * An RFC 3161 timestamp authority as a witness (Sigstore's timestamp-authority
 * JSON API: `POST /api/v1/timestamp`), over our light HTTP client. The
 * timestamp is over the SHA-256 of the signature, as @sigstore/sign's
 * TSAWitness asks for it.
 */


class TsaWitness {
    timeoutMs;
    url;
    constructor(baseUrl, timeoutMs) {
        this.timeoutMs = timeoutMs;
        // A signing config names the full endpoint; a bare host gets the API path.
        this.url =
            new URL(baseUrl).pathname === '/'
                ? `${baseUrl.replace(/\/+$/, '')}/api/v1/timestamp`
                : baseUrl;
    }
    async testify(content) {
        const signature = content.$case === 'dsseEnvelope'
            ? content.dsseEnvelope.signatures[0].sig
            : content.messageSignature.signature;
        const response = await (0,http/* request */.Em)(this.url, {
            method: 'POST',
            timeoutMs: this.timeoutMs,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
                artifactHash: external_node_crypto_default().createHash('sha256')
                    .update(signature)
                    .digest('base64'),
                hashAlgorithm: 'sha256'
            })
        });
        return { rfc3161Timestamps: [{ signedTimestamp: response.body }] };
    }
}

;// CONCATENATED MODULE: ./src/io/sign/witnesses.ts




class RetryingWitness {
    service;
    url;
    retry;
    create;
    constructor(service, url, retry, create) {
        this.service = service;
        this.url = url;
        this.retry = retry;
        this.create = create;
    }
    testify(content, publicKey) {
        return (0,net_retry/* withRetry */.bD)(this.service, this.url, this.retry, ({ timeoutMs }) => this.create(timeoutMs).testify(content, publicKey));
    }
}
function createWitnesses(endpoints, retry) {
    const witnesses = [];
    const rekor = endpoints.rekor;
    if (rekor) {
        witnesses.push(new RetryingWitness('rekor', rekor.url, retry, (timeout) => rekor.majorApiVersion === 1
            ? new RekorV1Witness(rekor.url, timeout)
            : new dist/* RekorWitness */.fU({
                rekorBaseURL: rekor.url,
                majorApiVersion: rekor.majorApiVersion,
                retry: 0,
                timeout
            })));
    }
    const tsaUrl = endpoints.tsaUrl;
    if (tsaUrl) {
        witnesses.push(new RetryingWitness('tsa', tsaUrl, retry, (timeout) => new TsaWitness(tsaUrl, timeout)));
    }
    return witnesses;
}

;// CONCATENATED MODULE: ./src/io/sign/session.ts
/**
 * The signing core: one key and (keyless) one certificate for a run, used
 * for every file and every DSSE statement signed through the session.
 * sign and provenance both sign through it.
 *
 *   const session = createSigningSession({ credentials, endpoints, retry })
 *   await session.start()                 // token + certificate, fails fast
 *   const file = await session.signFile('dist/app.tgz')   // message signature
 *   const att = await session.signDsse(statement, 'application/vnd.in-toto+json')
 */








function createSigningSession(options) {
    const { credentials, retry } = options;
    const key = credentials.kind === 'key' ? credentials.key : (0,keys/* createEphemeralKey */.$)();
    const certificates = certificateSignerFor(credentials, key, retry);
    const signer = certificates ?? {
        sign: (data) => Promise.resolve(signWithKey(key, key.sign(data)))
    };
    const witnesses = createWitnesses(options.endpoints, retry);
    /** Signs with the certificate current now, so the pair always matches. */
    const signDigested = async (produce) => {
        if (!certificates)
            return signWithKey(key, await produce());
        const { pem } = await certificates.certificate();
        return {
            signature: await produce(),
            key: { $case: 'x509Certificate', certificate: pem }
        };
    };
    const finish = async (digest, size, signature) => {
        const bundle = await witness(toMessageBundle(digest, signature), signature.key, witnesses);
        return { digest, size, signature, bundle };
    };
    return {
        keyed: certificates === undefined,
        signer,
        witnesses,
        publicKey: key.publicKey,
        get certificatesIssued() {
            return certificates?.issued ?? 0;
        },
        start: async () => {
            await certificates?.certificate();
        },
        identity: async () => certificates
            ? toCertificateIdentity((await certificates.certificate()).pem)
            : undefined,
        signBytes: async (data) => {
            const digest = (0,external_node_crypto_.createHash)('sha256').update(data).digest();
            const signature = await signDigested(() => Promise.resolve(key.sign(data)));
            return finish(digest, data.length, signature);
        },
        signFile: async (path) => {
            let read;
            const signature = await signDigested(async () => {
                read = await hashAndSign(key, path);
                return read.signature;
            });
            return finish(read.digest, read.size, signature);
        },
        signDsse: (payload, payloadType) => new dist/* DSSEBundleBuilder */.VV({ signer, witnesses: [...witnesses] }).create({
            data: payload,
            type: payloadType
        })
    };
}
/** Fulcio's certificates for the key; none in keyed mode. */
function certificateSignerFor(credentials, key, retry) {
    return credentials.kind === 'fulcio'
        ? new CertificateSigner({
            fulcioUrl: credentials.fulcioUrl,
            key,
            tokens: credentials.tokens,
            retry
        })
        : undefined;
}
/**
 * The file read once: its SHA-256, its size and the key's signature. ECDSA
 * is fed chunk by chunk, so memory stays flat for any size. Node cannot
 * sign a precomputed digest, so the signer hashes the chunks too: the file
 * is read once and hashed twice. Ed25519 signs the message itself, not a
 * digest: it needs the whole file.
 */
async function hashAndSign(key, path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    const streaming = key.createStreamingSigner();
    const whole = [];
    for await (const chunk of readChunks(path)) {
        hash.update(chunk);
        size += chunk.length;
        if (streaming)
            streaming.update(chunk);
        else
            whole.push(chunk);
    }
    const signature = streaming
        ? streaming.sign()
        : key.sign(Buffer.concat(whole));
    return { digest: hash.digest(), size, signature };
}
function signWithKey(key, signature) {
    return {
        signature,
        key: { $case: 'publicKey', publicKey: key.publicKeyPem, hint: key.hint }
    };
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

/***/ 50586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ resolveEndpoints),
/* harmony export */   I3: () => (/* binding */ SIGSTORE_CHOICES)
/* harmony export */ });
/* unused harmony exports PUBLIC_GOOD_ENDPOINTS, GITHUB_ENDPOINTS, STAGING_ENDPOINTS, chooseInstance, GITHUB_ACTIONS_ISSUER */
/**
 * Which Sigstore instance signs: the public-good one, GitHub's, staging, or
 * custom URLs. The default is actions/attest's: public-good for public
 * repositories, GitHub's instance for private and internal ones.
 */
const SIGSTORE_CHOICES = [
    'public-good',
    'github',
    'staging',
    'custom'
];
const PUBLIC_GOOD_ENDPOINTS = {
    instance: 'public-good',
    fulcioUrl: 'https://fulcio.sigstore.dev',
    rekor: { url: 'https://rekor.sigstore.dev', majorApiVersion: 1 },
    tsaUrl: undefined
};
/** GitHub's instance has no transparency log: its TSA gives the trusted time. */
const GITHUB_ENDPOINTS = {
    instance: 'github',
    fulcioUrl: 'https://fulcio.githubapp.com',
    rekor: undefined,
    tsaUrl: 'https://timestamp.githubapp.com'
};
const STAGING_ENDPOINTS = {
    instance: 'staging',
    fulcioUrl: 'https://fulcio.sigstage.dev',
    rekor: { url: 'https://rekor.sigstage.dev', majorApiVersion: 1 },
    tsaUrl: undefined
};
/**
 * The instance a run uses: the one asked for; else custom when URLs or a
 * signing config are given; else by visibility. Unknown visibility (no
 * GitHub context, as on a laptop) means public-good; the action passes
 * 'private' when it runs in Actions and cannot tell, as actions/attest does.
 */
function chooseInstance(inputs, hasSigningConfig, visibility) {
    if (inputs.sigstore)
        return inputs.sigstore;
    if (hasSigningConfig ||
        inputs.fulcioUrl ||
        inputs.rekorUrl ||
        inputs.tsaUrl) {
        return 'custom';
    }
    if (visibility === undefined || visibility === 'public')
        return 'public-good';
    return 'github';
}
function resolveEndpoints(inputs, visibility, configured) {
    const instance = chooseInstance(inputs, configured !== undefined, visibility);
    switch (instance) {
        case 'public-good':
            return PUBLIC_GOOD_ENDPOINTS;
        case 'github':
            return GITHUB_ENDPOINTS;
        case 'staging':
            return STAGING_ENDPOINTS;
        case 'custom':
            // Explicit URLs win over the signing config's entries.
            return {
                instance,
                fulcioUrl: inputs.fulcioUrl ?? configured?.fulcioUrl,
                rekor: inputs.rekorUrl
                    ? { url: inputs.rekorUrl, majorApiVersion: 1 }
                    : configured?.rekor,
                tsaUrl: inputs.tsaUrl ?? configured?.tsaUrl
            };
    }
}
/** The default OIDC issuer of certificates from each instance's Fulcio. */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';


/***/ })

};
