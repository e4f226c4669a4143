export const id = 1248;
export const ids = [1248];
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


/***/ })

};
