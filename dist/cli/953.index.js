export const id = 953;
export const ids = [953];
export const modules = {

/***/ 2953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyBundleCommand: () => (/* binding */ verifyBundleCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/* harmony import */ var _lib_verify_signer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59119);
/* harmony import */ var _io_verify_verify_bundle_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93852);
/**
 * `provenant verify-bundle`, the sigstore-conformance client protocol
 * (docs/cli_protocol.md): `verify-bundle [--staging] --bundle FILE
 * --certificate-identity IDENTITY --certificate-oidc-issuer URL
 * [--trusted-root FILE] FILE_OR_DIGEST`; also `--key FILE` for keyed
 * bundles and `--offline`. Exit 0 verified, 1 not, 2 usage, 3 otherwise.
 */




const verifyBundleCommand = {
    name: 'verify-bundle',
    summary: 'verify one Sigstore bundle (sigstore-conformance protocol)',
    usage: 'provenant verify-bundle [--staging] --bundle FILE (--certificate-identity IDENTITY --certificate-oidc-issuer URL | --key FILE) [--trusted-root FILE] [--offline] FILE_OR_DIGEST',
    async run(argv, output) {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            options: {
                staging: { type: 'boolean' },
                bundle: { type: 'string' },
                'certificate-identity': { type: 'string' },
                'certificate-oidc-issuer': { type: 'string' },
                'trusted-root': { type: 'string' },
                key: { type: 'string' },
                offline: { type: 'boolean' }
            },
            allowPositionals: true,
            strict: true
        });
        const identity = values['certificate-identity'];
        const issuer = values['certificate-oidc-issuer'];
        const problems = [];
        if (!values.bundle)
            problems.push('--bundle FILE is required');
        if (!values.key && (!identity || !issuer)) {
            problems.push('give --certificate-identity and --certificate-oidc-issuer (or --key FILE)');
        }
        if (positionals.length !== 1)
            problems.push('give exactly one FILE_OR_DIGEST');
        if (problems.length > 0) {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('INPUT_USAGE', `${problems.join('; ')}; usage: ${this.usage}`);
        }
        const signer = await (0,_io_verify_verify_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyBundleFile */ .Q)({
            bundle: values.bundle,
            artifact: positionals[0],
            ...(identity ? { identity } : {}),
            ...(issuer ? { issuer } : {}),
            ...(values.key ? { key: values.key } : {}),
            ...(values['trusted-root']
                ? { trustedRoot: values['trusted-root'] }
                : {}),
            staging: values.staging ?? false,
            offline: values.offline ?? false,
            cwd: process.cwd()
        });
        output.err(`verified: ${positionals[0]} signed by ${(0,_lib_verify_signer_js__WEBPACK_IMPORTED_MODULE_2__/* .describeSigner */ .cg)(signer)}`);
        return _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_OK */ .Ij;
    }
};


/***/ })

};
