export const id = 497;
export const ids = [497];
export const modules = {

/***/ 60497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadVexContext: () => (/* binding */ loadVexContext)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_scan_sbom_input_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19229);
/* harmony import */ var _scan_deps_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48408);
/* harmony import */ var _scan_databases_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86070);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66791);
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
            const bytes = await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegularFile */ .XF)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(folder.dir, name));
            const label = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(folder.display, name);
            sboms.push((0,_lib_scan_sbom_input_js__WEBPACK_IMPORTED_MODULE_1__/* .readSbomDocument */ .l)(JSON.parse(bytes.toString('utf8')), label));
        }
    }
    const ecosystems = [
        ...new Set(sboms.flatMap((s) => s.components.flatMap((c) => (c.ecosystem ? [c.ecosystem] : []))))
    ].sort();
    const scanDeps = (0,_scan_deps_js__WEBPACK_IMPORTED_MODULE_2__/* .createScanDeps */ .k)(deps.env, deps.logger);
    const { index } = await (0,_scan_databases_js__WEBPACK_IMPORTED_MODULE_3__/* .loadIndex */ .z)({
        workspace: deps.cwd,
        databases: request.databases,
        ecosystems,
        offline: request.offline,
        osvUrl: request.osvUrl,
        cacheDir: (0,_scan_databases_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultCacheDir */ .$)(deps.env)
    }, scanDeps);
    return { index, sboms };
}
/** The same components described twice (CycloneDX and SPDX) are read once. */
function shippedSboms(names) {
    const cyclonedx = names.filter((n) => !/\.spdx\.json$/i.test(n));
    return cyclonedx.length > 0 ? cyclonedx : [...names];
}


/***/ })

};
