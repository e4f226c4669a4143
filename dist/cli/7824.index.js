export const id = 7824;
export const ids = [7824];
export const modules = {

/***/ 67824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  signBundleCommand: () => (/* binding */ signBundleCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./src/io/fs/atomic-write.ts
var atomic_write = __webpack_require__(72243);
// EXTERNAL MODULE: ./src/io/sign/endpoints.ts + 1 modules
var sign_endpoints = __webpack_require__(55008);
// EXTERNAL MODULE: ./src/io/sign/oidc.ts
var oidc = __webpack_require__(57923);
// EXTERNAL MODULE: ./src/io/net/retry.ts + 1 modules
var net_retry = __webpack_require__(69961);
// EXTERNAL MODULE: ./src/lib/net/secrets.ts
var secrets = __webpack_require__(11950);
// EXTERNAL MODULE: ./src/io/sign/self-check.ts
var self_check = __webpack_require__(653);
// EXTERNAL MODULE: ./src/io/sign/session.ts + 8 modules
var sign_session = __webpack_require__(99378);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/inputs/index.ts + 3 modules
var inputs = __webpack_require__(65680);
;// CONCATENATED MODULE: ./src/lib/sign/bundle-inputs.ts
/**
 * `provenant sign-bundle`'s flags (the sigstore-conformance client
 * protocol): one table for the flags and their help, and the parser into
 * the typed request.
 */


const SIGN_BUNDLE_INPUTS = (0,inputs/* defineInputs */.pf)({
    staging: {
        kind: 'boolean',
        description: "Sign with Sigstore's staging instance instead of the public-good one."
    },
    'in-toto': {
        kind: 'boolean',
        description: 'Sign the file as an in-toto statement in a DSSE envelope instead of as a blob.'
    },
    'identity-token': {
        kind: 'string',
        required: true,
        description: 'The OIDC identity token Fulcio issues the certificate for.',
        example: '"$SIGSTORE_ID_TOKEN"'
    },
    bundle: {
        kind: 'string',
        required: true,
        description: 'Where to write the Sigstore bundle.',
        example: 'file.sigstore.json'
    },
    'trusted-root': {
        kind: 'string',
        description: 'A trusted_root.json to check the new bundle against (and to take the services from, with --signing-config).',
        example: 'trusted_root.json'
    },
    'signing-config': {
        kind: 'string',
        description: 'A signing_config.json naming the Fulcio, Rekor and TSA to use.',
        example: 'signing_config.json'
    }
});
/** The flags and the one FILE into a request; the usage when one is missing. */
function parseSignBundleInputs(values, positionals, usage) {
    const identityToken = values['identity-token'];
    const bundle = values.bundle;
    const file = positionals[0];
    if (!identityToken ||
        !bundle ||
        file === undefined ||
        positionals.length > 1) {
        throw new errors/* InputError */.dz('INPUT_USAGE', `usage: ${usage}`);
    }
    return {
        identityToken,
        bundle,
        file,
        staging: values.staging === true,
        inToto: values['in-toto'] === true,
        ...(values['trusted-root'] ? { trustedRoot: values['trusted-root'] } : {}),
        ...(values['signing-config']
            ? { signingConfig: values['signing-config'] }
            : {})
    };
}

// EXTERNAL MODULE: ./src/cli/input-flags.ts
var input_flags = __webpack_require__(40440);
// EXTERNAL MODULE: ./src/cli/output.ts
var cli_output = __webpack_require__(96657);
;// CONCATENATED MODULE: ./src/cli/commands/sign-bundle.ts
/**
 * `provenant sign-bundle`: the sigstore-conformance client protocol's sign
 * command (sigstore/sigstore-conformance docs/cli_protocol.md), so the
 * Sigstore project's own suite can drive Provenant's signing core:
 *
 *   sign-bundle [--staging] [--in-toto] --identity-token TOKEN --bundle FILE
 *               [--trusted-root FILE] [--signing-config FILE] FILE
 *
 * `--in-toto` signs the file as an in-toto statement in a DSSE envelope.
 */












const USAGE = 'provenant sign-bundle [--staging] [--in-toto] --identity-token TOKEN --bundle FILE [--trusted-root FILE] [--signing-config FILE] FILE';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const REQUEST_TIMEOUT_MS = 30_000;
const signBundleCommand = {
    name: 'sign-bundle',
    summary: 'sign one file into a bundle (sigstore-conformance protocol)',
    usage: USAGE,
    flags: SIGN_BUNDLE_INPUTS,
    async run(argv, output) {
        const { values, positionals } = (0,input_flags/* parseFlags */.bQ)(argv, SIGN_BUNDLE_INPUTS);
        const request = parseSignBundleInputs(values, positionals, USAGE);
        const { identityToken: token, bundle: bundlePath, file } = request;
        try {
            const retry = {
                ...(0,net_retry/* defaultRetryContext */.N1)((0,cli_output/* stderrLogger */.D)(output)),
                requestTimeoutMs: REQUEST_TIMEOUT_MS
            };
            const endpoints = await (0,sign_endpoints/* loadEndpoints */.Z)({
                sigstore: request.signingConfig
                    ? 'custom'
                    : request.staging
                        ? 'staging'
                        : 'public-good',
                fulcioUrl: undefined,
                rekorUrl: undefined,
                tsaUrl: undefined,
                signingConfig: request.signingConfig,
                key: undefined
            }, undefined, new Date());
            const session = (0,sign_session/* createSigningSession */.E)({
                credentials: {
                    kind: 'fulcio',
                    fulcioUrl: endpoints.fulcioUrl,
                    tokens: (0,oidc/* createStaticTokenSource */.N8)(token, '--identity-token')
                },
                endpoints,
                retry
            });
            const bundle = request.inToto
                ? await session.signDsse(await (0,promises_.readFile)(file), IN_TOTO_PAYLOAD_TYPE)
                : (await session.signFile(file)).bundle;
            if (request.trustedRoot) {
                const checker = await (0,self_check/* loadBundleChecker */.U)(request.trustedRoot);
                checker.check(bundle, session.publicKey, file);
            }
            await (0,atomic_write/* writeFilesAtomically */.i)([
                { path: bundlePath, content: JSON.stringify((0,dist.bundleToJSON)(bundle)) }
            ]);
            return 0;
        }
        catch (error) {
            throw (0,secrets/* scrubSecrets */.Zg)(error, [token]);
        }
    }
};


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


/***/ })

};
