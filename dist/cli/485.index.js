export const id = 485;
export const ids = [485];
export const modules = {

/***/ 78485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signBundleCommand: () => (/* binding */ signBundleCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61040);
/* harmony import */ var _io_fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72243);
/* harmony import */ var _io_sign_endpoints_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(55008);
/* harmony import */ var _io_sign_oidc_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57923);
/* harmony import */ var _io_sign_scrub_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(25055);
/* harmony import */ var _io_sign_self_check_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(653);
/* harmony import */ var _io_sign_session_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(41851);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(97268);
/* harmony import */ var _lib_sign_retry_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(17059);
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
    async run(argv, output) {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args: argv,
            options: {
                staging: { type: 'boolean' },
                'in-toto': { type: 'boolean' },
                'identity-token': { type: 'string' },
                bundle: { type: 'string' },
                'trusted-root': { type: 'string' },
                'signing-config': { type: 'string' }
            },
            allowPositionals: true,
            strict: true
        });
        const token = values['identity-token'];
        const bundlePath = values.bundle;
        const file = positionals[0];
        if (!token || !bundlePath || file === undefined || positionals.length > 1) {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz('INPUT_USAGE', `usage: ${USAGE}`);
        }
        try {
            const retry = {
                policy: _lib_sign_retry_js__WEBPACK_IMPORTED_MODULE_10__/* .DEFAULT_RETRY_POLICY */ .cO,
                requestTimeoutMs: REQUEST_TIMEOUT_MS,
                logger: {
                    info: (m) => output.err(m),
                    warning: (m) => output.err(`warning: ${m}`),
                    debug: () => undefined
                },
                env: {
                    now: () => new Date(),
                    random: Math.random,
                    sleep: (ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_1__.setTimeout)(ms)
                }
            };
            const endpoints = await (0,_io_sign_endpoints_js__WEBPACK_IMPORTED_MODULE_5__/* .loadEndpoints */ .Z)({
                sigstore: values['signing-config']
                    ? 'custom'
                    : values.staging
                        ? 'staging'
                        : 'public-good',
                fulcioUrl: undefined,
                rekorUrl: undefined,
                tsaUrl: undefined,
                signingConfig: values['signing-config'],
                key: undefined
            }, undefined, new Date());
            const session = (0,_io_sign_session_js__WEBPACK_IMPORTED_MODULE_8__/* .createSigningSession */ .E)({
                credentials: {
                    kind: 'fulcio',
                    fulcioUrl: endpoints.fulcioUrl,
                    tokens: (0,_io_sign_oidc_js__WEBPACK_IMPORTED_MODULE_6__/* .createStaticTokenSource */ .N8)(token, '--identity-token')
                },
                endpoints,
                retry
            });
            const bundle = values['in-toto']
                ? await session.signDsse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file), IN_TOTO_PAYLOAD_TYPE)
                : (await session.signFile(file)).bundle;
            if (values['trusted-root']) {
                const checker = await (0,_io_sign_self_check_js__WEBPACK_IMPORTED_MODULE_7__/* .loadBundleChecker */ .U)(values['trusted-root']);
                checker.check(bundle, session.publicKey, file);
            }
            await (0,_io_fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFilesAtomically */ .i)([
                { path: bundlePath, content: JSON.stringify((0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_3__.bundleToJSON)(bundle)) }
            ]);
            return 0;
        }
        catch (error) {
            throw (0,_io_sign_scrub_js__WEBPACK_IMPORTED_MODULE_11__/* .scrubSecrets */ .Z)(error, [token]);
        }
    }
};


/***/ })

};
