export const id = 1944;
export const ids = [1944];
export const modules = {

/***/ 11944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  generateKeyPairCommand: () => (/* binding */ generateKeyPairCommand)
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/inputs/index.ts + 3 modules
var inputs = __webpack_require__(65680);
;// CONCATENATED MODULE: ./src/lib/sign/key-pair-inputs.ts
/**
 * `provenant generate-key-pair`'s flags: one table for the flags and their
 * help, and the parser into the typed request.
 */


const GENERATE_KEY_PAIR_INPUTS = (0,inputs/* defineInputs */.pf)({
    'output-key-prefix': {
        kind: 'string',
        default: 'cosign',
        description: 'Path prefix of the files written: <prefix>.key (the encrypted private key) and <prefix>.pub.',
        example: 'keys/release'
    },
    force: {
        kind: 'boolean',
        description: 'Replace <prefix>.key and <prefix>.pub when they exist.'
    },
    json: inputs/* JSON_INPUT */.sz
});
function parseKeyPairInputs(values) {
    const prefix = values['output-key-prefix'] ?? 'cosign';
    if (prefix.trim() === '' || prefix.endsWith('/')) {
        throw new errors/* InputError */.dz('KEYPAIR_PREFIX', '--output-key-prefix must name a file prefix, e.g. `cosign` or `keys/release`');
    }
    return { prefix, force: values.force === true, json: values.json === true };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/io/fs/atomic-write.ts
var atomic_write = __webpack_require__(72243);
// EXTERNAL MODULE: ./src/io/sign/cosign-key.ts
var cosign_key = __webpack_require__(81159);
;// CONCATENATED MODULE: ./src/io/sign/key-pair.ts
/**
 * `generate-key-pair`'s files: a new ECDSA P-256 key sealed in cosign's
 * encrypted format as `<prefix>.key` (mode 0600) and its public key as
 * `<prefix>.pub` (PEM `PUBLIC KEY`), both written or neither. An existing
 * file is never replaced unless the user says so.
 */






function keyPairPaths(prefix) {
    return { privateKey: `${prefix}.key`, publicKey: `${prefix}.pub` };
}
/** Refuses before anything is asked or written when a file is there. */
function assertKeyPairFree(files, force) {
    for (const file of [files.privateKey, files.publicKey]) {
        const stat = lstatOrUndefined(file);
        if (stat?.isDirectory()) {
            throw new errors/* InputError */.dz('KEYPAIR_PATH_IS_DIRECTORY', `${file} is a directory: choose another --output-key-prefix`);
        }
        if (stat && !force) {
            throw new errors/* InputError */.dz('KEYPAIR_EXISTS', `${file} already exists: choose another --output-key-prefix, or pass --force to replace it`);
        }
    }
}
async function writeKeyPair(files, passphrase) {
    const { privateKey, publicKey } = external_node_crypto_default().generateKeyPairSync('ec', {
        namedCurve: 'P-256'
    });
    await (0,atomic_write/* writeFilesAtomically */.i)([
        {
            path: external_node_path_default().resolve(files.privateKey),
            content: (0,cosign_key/* encryptCosignKey */.Mn)(privateKey, passphrase),
            mode: 0o600
        },
        {
            path: external_node_path_default().resolve(files.publicKey),
            content: publicKey.export({ format: 'pem', type: 'spki' }).toString()
        }
    ]);
}
function lstatOrUndefined(file) {
    try {
        return (0,external_node_fs_.lstatSync)(file);
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/io/sign/passphrase.ts
var sign_passphrase = __webpack_require__(83582);
// EXTERNAL MODULE: ./src/cli/input-flags.ts
var input_flags = __webpack_require__(40440);
;// CONCATENATED MODULE: ./src/cli/commands/generate-key-pair.ts
/**
 * `provenant generate-key-pair [--output-key-prefix cosign] [--force]`:
 * a new signing key in cosign's encrypted format (`cosign.key`, 0600) and
 * its public key (`cosign.pub`), as `cosign generate-key-pair` writes
 * them: cosign, skopeo and `provenant sign --key` read the key, and
 * `verify --key` / `cosign verify --key` take the public key. The
 * passphrase comes from COSIGN_PASSWORD, or is asked twice on the
 * terminal; it may be empty, as cosign allows.
 */




const generateKeyPairCommand = {
    name: 'generate-key-pair',
    summary: "make a signing key pair in cosign's encrypted format",
    usage: 'provenant generate-key-pair [--output-key-prefix PREFIX] [--force] [--json]',
    details: 'The passphrase is read from COSIGN_PASSWORD (it may be empty) or asked twice on the terminal. Sign with `provenant sign --key PREFIX.key`, verify with `provenant verify-bundle --key PREFIX.pub`; cosign and skopeo read the same files.',
    flags: GENERATE_KEY_PAIR_INPUTS,
    async run(argv, output) {
        const { values } = (0,input_flags/* parseFlags */.bQ)(argv, GENERATE_KEY_PAIR_INPUTS, {
            allowPositionals: false
        });
        const { prefix, force, json } = parseKeyPairInputs(values);
        const files = keyPairPaths(prefix);
        assertKeyPairFree(files, force);
        const passphrase = await (0,sign_passphrase/* readPassphrase */.jP)({
            env: process.env,
            label: files.privateKey,
            confirm: true,
            streams: (0,sign_passphrase/* processTerminal */.qH)()
        });
        assertKeyPairFree(files, force);
        await writeKeyPair(files, passphrase);
        if (json) {
            output.out(JSON.stringify(files, null, 2));
        }
        else {
            output.err(`Private key written to ${files.privateKey}`);
            output.err(`Public key written to ${files.publicKey}`);
        }
        return 0;
    }
};


/***/ }),

/***/ 40440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ withArguments),
/* harmony export */   KH: () => (/* reexport safe */ _lib_inputs_shared_js__WEBPACK_IMPORTED_MODULE_3__.sz),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   jI: () => (/* reexport safe */ _lib_inputs_shared_js__WEBPACK_IMPORTED_MODULE_3__.t1),
/* harmony export */   zq: () => (/* binding */ parseInputFlags)
/* harmony export */ });
/* unused harmony exports toFlagOptions, normaliseBooleanFlags, toInputSource, joinFlagValues */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/* harmony import */ var _lib_inputs_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65680);
/* harmony import */ var _lib_inputs_shared_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54476);



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
/** Flags several commands share, described once (src/lib/inputs/shared.ts). */

/** parseInputFlags with each value typed by its table entry. */
function parseFlags(argv, table, options = {}) {
    const { values, positionals } = parseInputFlags(argv, table, options);
    return { values: values, positionals };
}
/**
 * The flags with the command's arguments added to the inputs they stand
 * for (`provenant sign a.tgz` is `--files a.tgz`): `extra[name]` joins the
 * flag's own value, one a line; undefined when neither is given.
 */
function withArguments(flags, extra) {
    return (name) => {
        const added = extra[name];
        if (added === undefined)
            return flags(name);
        const all = [flags(name), ...added].filter((v) => v !== undefined && v !== '');
        return all.length > 0 ? all.join('\n') : undefined;
    };
}


/***/ }),

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

/***/ 83582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jP: () => (/* binding */ readPassphrase),
/* harmony export */   qH: () => (/* binding */ processTerminal)
/* harmony export */ });
/* unused harmony export PASSPHRASE_VARIABLE */
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/**
 * The passphrase of a cosign key, found as cosign finds it: COSIGN_PASSWORD
 * when it is set (even empty), else asked on the terminal without echo.
 * With neither (a runner, a pipe) it is an input error naming the key and
 * the variable, never a hang on a stdin nobody writes to. The Action asks
 * no terminal.
 */

/** The process's terminal, for the CLI. */
function processTerminal() {
    return { input: process.stdin, output: process.stderr };
}
const PASSPHRASE_VARIABLE = 'COSIGN_PASSWORD';
async function readPassphrase(request) {
    const fromEnv = request.env[PASSPHRASE_VARIABLE];
    if (fromEnv !== undefined)
        return fromEnv;
    const streams = request.streams;
    if (!streams?.input.isTTY || !streams.input.setRawMode) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_KEY_NO_PASSPHRASE', `${request.label} needs a passphrase and there is no terminal to ask on: set ${PASSPHRASE_VARIABLE} (it may be empty)`);
    }
    const first = await promptHidden(streams, 'Enter password for private key: ');
    if (!request.confirm)
        return first;
    const again = await promptHidden(streams, 'Enter password for private key again: ');
    if (again !== first) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_KEY_PASSPHRASE_MISMATCH', 'the two passwords differ: run again and type the same password twice');
    }
    return first;
}
/** One line read in raw mode, nothing echoed; Ctrl-C aborts. */
function promptHidden(streams, prompt) {
    const { input, output } = streams;
    output.write(prompt);
    input.setRawMode(true);
    input.resume();
    return new Promise((resolve, reject) => {
        let typed = '';
        const finish = (error) => {
            input.removeListener('data', onData);
            input.setRawMode(false);
            input.pause();
            output.write('\n');
            if (error)
                reject(error);
            else
                resolve(typed);
        };
        const onData = (chunk) => {
            for (const char of chunk.toString()) {
                if (char === '\r' || char === '\n' || char === '\u0004') {
                    finish();
                    return;
                }
                if (char === '\u0003') {
                    finish(new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_KEY_PROMPT_ABORTED', 'interrupted at the password prompt'));
                    return;
                }
                if (char === '\u007f' || char === '\b')
                    typed = typed.slice(0, -1);
                else
                    typed += char;
            }
        };
        input.on('data', onData);
    });
}


/***/ }),

/***/ 65680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sz: () => (/* reexport */ shared/* JSON_INPUT */.sz),
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

// UNUSED EXPORTS: GITHUB_TOKEN_INPUT, IMAGES_INPUT, INSECURE_REGISTRY_INPUT, LOCAL_INPUT, OCI_FORMAT_INPUT, OUTPUT_DIR_INPUT, PREDICATE_TYPE_INPUT, TRUSTED_ROOT_INPUT

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
/* harmony export */   sz: () => (/* binding */ JSON_INPUT),
/* harmony export */   t1: () => (/* binding */ LOCAL_INPUT),
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
/** `--json`, on every command that prints a result. */
const JSON_INPUT = {
    kind: 'boolean',
    description: 'Print a machine-readable JSON result on stdout instead of text (progress and errors stay on stderr).'
};
/** `--local`, on every command that can run against the embedded local stack. */
const LOCAL_INPUT = {
    kind: 'boolean',
    description: 'Use the embedded local stack (Sigstore, an OIDC issuer and the GitHub API on 127.0.0.1, started on demand): no account, token or network.'
};


/***/ })

};
