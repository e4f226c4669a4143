export const id = 675;
export const ids = [675];
export const modules = {

/***/ 95484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rebuildCompareCommand: () => (/* binding */ rebuildCompareCommand)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _io_rebuild_artifacts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56611);
/* harmony import */ var _io_rebuild_compare_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36157);
/* harmony import */ var _io_rebuild_diffoscope_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51530);
/* harmony import */ var _io_rebuild_reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(93113);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(97268);
/* harmony import */ var _lib_rebuild_compare_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(49140);
/* harmony import */ var _lib_rebuild_explain_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(19277);
/* harmony import */ var _lib_rebuild_inputs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(70294);
/* harmony import */ var _lib_inputs_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(65680);
/* harmony import */ var _lib_rebuild_markdown_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(82202);
/* harmony import */ var _lib_rebuild_name_patterns_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(70218);
/* harmony import */ var _lib_rebuild_report_md_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(74238);
/* harmony import */ var _input_flags_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(40440);
/**
 * `provenant rebuild-compare`: the comparison half of a rebuild, for
 * artifacts built elsewhere: hash the files the globs match (in parallel),
 * compare them with a reference, explain any difference. No build, no
 * checkout. Exit 0 identical, 1 different, 2 bad input. bench/rebuild.mjs
 * times it against openssl.
 */

















const USAGE = 'provenant rebuild-compare --artifacts "<glob>" --reference <dir | checksums file | release tag> [--explainer auto|diffoscope|builtin] [--report-dir DIR] [--json]';
const COMPARE_FLAGS = (0,_lib_inputs_index_js__WEBPACK_IMPORTED_MODULE_10__/* .defineInputs */ .pf)({
    artifacts: { ..._lib_rebuild_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .REBUILD_INPUTS */ .uY.artifacts, required: true, multiple: true },
    reference: _lib_rebuild_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .REBUILD_INPUTS */ .uY.reference,
    explainer: _lib_rebuild_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .REBUILD_INPUTS */ .uY.explainer,
    'report-dir': _lib_rebuild_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .REBUILD_INPUTS */ .uY['report-dir'],
    'github-token': _lib_rebuild_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .REBUILD_INPUTS */ .uY['github-token'],
    json: _input_flags_js__WEBPACK_IMPORTED_MODULE_13__/* .JSON_FLAG */ .KH
});
const rebuildCompareCommand = {
    name: 'rebuild-compare',
    summary: 'compare built files with a reference by SHA-256 and explain differences (no build)',
    usage: USAGE,
    flags: COMPARE_FLAGS,
    async run(argv, output) {
        const { values } = (0,_input_flags_js__WEBPACK_IMPORTED_MODULE_13__/* .parseFlags */ .bQ)(argv, COMPARE_FLAGS, {
            allowPositionals: false
        });
        const globs = (values.artifacts ?? [])
            .flatMap((g) => g.split(/\s+/))
            .filter(Boolean);
        if (globs.length === 0 || !values.reference) {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('INPUT_REQUIRED', `--artifacts and --reference are required; usage: ${USAGE}`);
        }
        const env = process.env;
        const cwd = process.cwd();
        const choice = (0,_lib_inputs_index_js__WEBPACK_IMPORTED_MODULE_10__/* .parseChoice */ .HU)('explainer', values.explainer, _lib_rebuild_inputs_js__WEBPACK_IMPORTED_MODULE_9__/* .EXPLAINER_CHOICES */ .Qp) ?? 'auto';
        const diffoscope = choice === 'builtin'
            ? undefined
            : await (0,_io_rebuild_diffoscope_js__WEBPACK_IMPORTED_MODULE_4__/* .findOnPath */ .aY)('diffoscope', env.PATH);
        const reference = await (0,_io_rebuild_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .loadReference */ .Q)(values.reference, (0,_lib_rebuild_name_patterns_js__WEBPACK_IMPORTED_MODULE_14__/* .toNameMatcher */ .f)(globs), {
            cwd,
            tempDir: node_os__WEBPACK_IMPORTED_MODULE_0___default().tmpdir(),
            github: (0,_io_rebuild_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .toReferenceGitHub */ .a)(env, values['github-token'] ?? env.GITHUB_TOKEN ?? env.GH_TOKEN),
            log: (m) => output.err(m)
        });
        try {
            const results = await (0,_io_rebuild_compare_js__WEBPACK_IMPORTED_MODULE_3__/* .compareWithReference */ .V)(await (0,_io_rebuild_artifacts_js__WEBPACK_IMPORTED_MODULE_2__/* .findArtifacts */ .n)(globs, cwd), reference, {
                explainer: (0,_lib_rebuild_explain_js__WEBPACK_IMPORTED_MODULE_8__/* .chooseExplainer */ .s7)(choice, diffoscope !== undefined),
                diffoscope,
                reportDir: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, values['report-dir'] ?? 'provenant-compare'),
                buildPaths: [],
                env,
                log: (m) => output.err(m)
            });
            const same = (0,_lib_rebuild_compare_js__WEBPACK_IMPORTED_MODULE_7__/* .isReproducible */ .hw)(results);
            if (values.json)
                output.out(JSON.stringify({ identical: same, artifacts: results }, null, 2));
            else {
                output.out(same ? `identical: ${results.length} artifact(s)` : 'different');
                for (const r of results) {
                    output.out(`  ${_lib_rebuild_markdown_js__WEBPACK_IMPORTED_MODULE_11__/* .STATUS_MARK */ .Hl[r.status]} ${r.status.padEnd(8)} ${r.name}${r.explanation ? `: ${(0,_lib_rebuild_report_md_js__WEBPACK_IMPORTED_MODULE_12__/* .categoryLine */ .$c)(r.explanation)}` : ''}`);
                }
            }
            return same ? 0 : _lib_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT_VERIFICATION_FAILED */ .fQ;
        }
        finally {
            await reference.cleanup();
        }
    }
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
