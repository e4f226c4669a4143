export const id = 6594;
export const ids = [6594];
export const modules = {

/***/ 96594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadVexContext: () => (/* binding */ loadVexContext)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/lib/scan/sbom-input.ts
var sbom_input = __webpack_require__(19229);
// EXTERNAL MODULE: ./src/io/scan/deps.ts
var scan_deps = __webpack_require__(48408);
// EXTERNAL MODULE: ./src/io/scan/databases.ts + 4 modules
var databases = __webpack_require__(86070);
// EXTERNAL MODULE: ./src/lib/scan/findings.ts + 1 modules
var scan_findings = __webpack_require__(73239);
// EXTERNAL MODULE: ./src/lib/scan/gate.ts + 2 modules
var gate = __webpack_require__(65080);
;// CONCATENATED MODULE: ./src/lib/scan/vex-coverage.ts


const VEX_REQUIRED_LEVELS = ['high'];
/**
 * The uncovered findings for any set of signed statements, with the
 * advisories matched once: every artifact of a release is held to the same
 * SBOMs, only the statements it carries differ.
 */
function uncoveredFindings(index, sboms) {
    const { findings } = (0,scan_findings/* matchSboms */.kZ)(index, sboms);
    return (signedStatements) => (0,gate/* applyGate */.e)(findings, {
        sboms,
        statements: signedStatements,
        ignore: [],
        failOn: (0,gate/* toFailOn */.$)(VEX_REQUIRED_LEVELS)
    }).filter((f) => f.failing);
}

// EXTERNAL MODULE: ./src/io/verify/files.ts
var files = __webpack_require__(66791);
;// CONCATENATED MODULE: ./src/io/verify/vex-context.ts
/**
 * What `--require vex` needs besides the signatures: the release's shipped
 * SBOMs (CycloneDX preferred; SPDX when a folder ships no CycloneDX), read
 * as the scan reads them, and the OSV advisory index for their ecosystems
 * (--db, or the OSV exports downloaded into the scan's cache). Loaded once
 * per run; a database that cannot be read fails the run (exit 2 or 3),
 * never a silent pass.
 */






async function loadVexContext(folders, request, deps) {
    const sboms = [];
    for (const folder of folders) {
        for (const name of shippedSboms(folder.sboms)) {
            const label = external_node_path_default().join(folder.display, name);
            const document = folder.parsed?.get(name) ??
                JSON.parse((await (0,files/* readRegularFile */.XF)(external_node_path_default().join(folder.dir, name))).toString('utf8'));
            sboms.push((0,sbom_input/* readSbomDocument */.l)(document, label));
        }
    }
    const ecosystems = [
        ...new Set(sboms.flatMap((s) => s.components.flatMap((c) => (c.ecosystem ? [c.ecosystem] : []))))
    ].sort();
    const scanDeps = (0,scan_deps/* createScanDeps */.k)(deps.env, deps.logger);
    const { index } = await (0,databases/* loadIndex */.z)({
        workspace: deps.cwd,
        databases: request.databases,
        ecosystems,
        offline: request.offline,
        osvUrl: request.osvUrl,
        cacheDir: (0,databases/* defaultCacheDir */.$)(deps.env)
    }, scanDeps);
    return {
        sboms,
        uncovered: uncoveredFindings(index, sboms)
    };
}
/** The same components described twice (CycloneDX and SPDX) are read once. */
function shippedSboms(names) {
    const cyclonedx = names.filter((n) => !/\.spdx\.json$/i.test(n));
    return cyclonedx.length > 0 ? cyclonedx : [...names];
}


/***/ })

};
