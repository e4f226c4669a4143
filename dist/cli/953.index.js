export const id = 953;
export const ids = [953];
export const modules = {

/***/ 2953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyBundleCommand: () => (/* binding */ verifyBundleCommand)
/* harmony export */ });
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _lib_verify_parse_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41294);
/* harmony import */ var _lib_verify_signer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59119);
/* harmony import */ var _io_verify_verify_bundle_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93852);
/* harmony import */ var _input_flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40440);
/**
 * `provenant verify-bundle`, the sigstore-conformance client protocol
 * (docs/cli_protocol.md): `verify-bundle [--staging] --bundle FILE
 * --certificate-identity IDENTITY --certificate-oidc-issuer URL
 * [--trusted-root FILE] FILE_OR_DIGEST`; also `--key FILE` for keyed
 * bundles, `--offline`, and cosign's `--certificate-identity-regexp` and
 * `--certificate-oidc-issuer-regexp`. Exit 0 verified, 1 not, 2 usage, 3 otherwise.
 */





const verifyBundleCommand = {
    name: 'verify-bundle',
    summary: 'verify one Sigstore bundle (sigstore-conformance protocol)',
    usage: 'provenant verify-bundle [--staging] --bundle FILE ((--certificate-identity IDENTITY | --certificate-identity-regexp RE) (--certificate-oidc-issuer URL | --certificate-oidc-issuer-regexp RE) | --key FILE) [--trusted-root FILE] [--offline] FILE_OR_DIGEST',
    async run(argv, output) {
        const { values, positionals } = (0,_input_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .parseInputFlags */ .zq)(argv, {}, {
            staging: { type: 'boolean' },
            bundle: { type: 'string' },
            'certificate-identity': { type: 'string' },
            'certificate-identity-regexp': { type: 'string' },
            'certificate-oidc-issuer': { type: 'string' },
            'certificate-oidc-issuer-regexp': { type: 'string' },
            'trusted-root': { type: 'string' },
            key: { type: 'string' },
            offline: { type: 'boolean' }
        });
        const text = (name) => typeof values[name] === 'string' ? values[name] : undefined;
        const identity = text('certificate-identity');
        const issuer = text('certificate-oidc-issuer');
        const identityRegexp = (0,_lib_verify_parse_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePattern */ .EY)('certificate-identity-regexp', text('certificate-identity-regexp'));
        const issuerRegexp = (0,_lib_verify_parse_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePattern */ .EY)('certificate-oidc-issuer-regexp', text('certificate-oidc-issuer-regexp'));
        const problems = [];
        if (!values.bundle)
            problems.push('--bundle FILE is required');
        if (!values.key &&
            ((!identity && !identityRegexp) || (!issuer && !issuerRegexp))) {
            problems.push('give --certificate-identity (or -regexp) and --certificate-oidc-issuer (or -regexp), or --key FILE');
        }
        if (positionals.length !== 1)
            problems.push('give exactly one FILE_OR_DIGEST');
        if (problems.length > 0) {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('INPUT_USAGE', `${problems.join('; ')}; usage: ${this.usage}`);
        }
        const key = text('key');
        const trustedRoot = text('trusted-root');
        const signer = await (0,_io_verify_verify_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyBundleFile */ .Q)({
            bundle: text('bundle'),
            artifact: positionals[0],
            ...(identity ? { identity } : {}),
            ...(identityRegexp ? { identityRegexp } : {}),
            ...(issuer ? { issuer } : {}),
            ...(issuerRegexp ? { issuerRegexp } : {}),
            ...(key ? { key } : {}),
            ...(trustedRoot ? { trustedRoot } : {}),
            staging: values.staging === true,
            offline: values.offline === true,
            cwd: process.cwd()
        });
        output.err(`verified: ${positionals[0]} signed by ${(0,_lib_verify_signer_js__WEBPACK_IMPORTED_MODULE_2__/* .describeSigner */ .cg)(signer)}`);
        return _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_OK */ .Ij;
    }
};


/***/ })

};
