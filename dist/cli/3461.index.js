export const id = 3461;
export const ids = [3461];
export const modules = {

/***/ 93461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyBundleCommand: () => (/* binding */ verifyBundleCommand)
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/inputs/index.ts + 3 modules
var inputs = __webpack_require__(65680);
// EXTERNAL MODULE: ./src/lib/verify/parse-inputs.ts
var parse_inputs = __webpack_require__(41294);
;// CONCATENATED MODULE: ./src/lib/verify/bundle-inputs.ts
/**
 * `provenant verify-bundle`'s flags (the sigstore-conformance client
 * protocol, with cosign's -regexp spellings and --key): one table for the
 * flags and their help, and the parser into the typed request.
 */



const VERIFY_BUNDLE_INPUTS = (0,inputs/* defineInputs */.pf)({
    staging: {
        kind: 'boolean',
        description: "Trust Sigstore's staging instance instead of the public-good one."
    },
    bundle: {
        kind: 'string',
        required: true,
        description: 'The Sigstore bundle to verify.',
        example: 'file.sigstore.json'
    },
    'certificate-identity': {
        kind: 'string',
        description: 'The signer the certificate must name (its subject alternative name), exactly.',
        example: 'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1.0.0'
    },
    'certificate-identity-regexp': {
        kind: 'string',
        description: 'A regular expression the certificate identity must match (cosign --certificate-identity-regexp).',
        example: '^https://github.com/o/r/'
    },
    'certificate-oidc-issuer': {
        kind: 'string',
        description: 'The OIDC issuer the certificate must name.',
        example: 'https://token.actions.githubusercontent.com'
    },
    'certificate-oidc-issuer-regexp': {
        kind: 'string',
        description: 'A regular expression the OIDC issuer must match (cosign --certificate-oidc-issuer-regexp).',
        example: '^https://token\\.actions\\.githubusercontent\\.com$'
    },
    'trusted-root': {
        kind: 'string',
        description: 'A trusted_root.json to verify against instead of the TUF-distributed one.',
        example: 'trusted_root.json'
    },
    key: {
        kind: 'string',
        description: 'A PEM public key, for a bundle signed with a key.',
        example: 'cosign.pub'
    },
    offline: {
        kind: 'boolean',
        description: 'Use no network: the trusted root must be given or cached, and the log entry is checked from the bundle alone.'
    }
});
/** The flags and the one FILE_OR_DIGEST into a request; every problem reported at once, with the usage. */
function parseVerifyBundleInputs(values, positionals, usage) {
    const identity = values['certificate-identity'];
    const issuer = values['certificate-oidc-issuer'];
    const identityRegexp = (0,parse_inputs/* parsePattern */.EY)('certificate-identity-regexp', values['certificate-identity-regexp']);
    const issuerRegexp = (0,parse_inputs/* parsePattern */.EY)('certificate-oidc-issuer-regexp', values['certificate-oidc-issuer-regexp']);
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
        throw new errors/* InputError */.dz('INPUT_USAGE', `${problems.join('; ')}; usage: ${usage}`);
    }
    const key = values.key;
    const trustedRoot = values['trusted-root'];
    return {
        bundle: values.bundle,
        artifact: positionals[0],
        ...(identity ? { identity } : {}),
        ...(identityRegexp ? { identityRegexp } : {}),
        ...(issuer ? { issuer } : {}),
        ...(issuerRegexp ? { issuerRegexp } : {}),
        ...(key ? { key } : {}),
        ...(trustedRoot ? { trustedRoot } : {}),
        staging: values.staging === true,
        offline: values.offline === true
    };
}

// EXTERNAL MODULE: ./src/lib/verify/signer.ts
var verify_signer = __webpack_require__(59119);
// EXTERNAL MODULE: ./src/io/verify/verify-bundle.ts
var verify_bundle = __webpack_require__(93852);
// EXTERNAL MODULE: ./src/cli/input-flags.ts
var input_flags = __webpack_require__(40440);
;// CONCATENATED MODULE: ./src/cli/commands/verify-bundle.ts
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
    flags: VERIFY_BUNDLE_INPUTS,
    async run(argv, output) {
        const { values, positionals } = (0,input_flags/* parseFlags */.bQ)(argv, VERIFY_BUNDLE_INPUTS);
        const request = parseVerifyBundleInputs(values, positionals, this.usage);
        const signer = await (0,verify_bundle/* verifyBundleFile */.Q)({ ...request, cwd: process.cwd() });
        output.err(`verified: ${positionals[0]} signed by ${(0,verify_signer/* describeSigner */.cg)(signer)}`);
        return errors/* EXIT_OK */.Ij;
    }
};


/***/ })

};
