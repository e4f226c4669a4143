export const id = 941;
export const ids = [941];
export const modules = {

/***/ 1941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   STAGING_TUF_URL: () => (/* binding */ STAGING_TUF_URL),
/* harmony export */   fetchStagingRoot: () => (/* binding */ fetchStagingRoot)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7268);
/* harmony import */ var _net_http_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9963);
/* harmony import */ var _net_retry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9961);
/**
 * Sigstore's staging instance, for the conformance protocol's --staging.
 * Provenant embeds no staging root: its first root (1.root.json) is taken
 * from the staging mirror over HTTPS on first use, and every later root and
 * the trusted root are then checked by TUF. Staging is a test instance;
 * this trust-on-first-use is acceptable there and nowhere else.
 */






const STAGING_TUF_URL = 'https://tuf-repo-cdn.sigstage.dev';
async function fetchStagingRoot(cachePath, timeoutMs) {
    const dir = cachePath ?? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), 'provenant-tuf-staging');
    const rootPath = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'bootstrap-root.json');
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
        const cached = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(rootPath).then(() => true, () => false);
        if (!cached) {
            const url = `${STAGING_TUF_URL}/1.root.json`;
            const retry = { ...(0,_net_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultRetryContext */ .N1)(), requestTimeoutMs: timeoutMs };
            const response = await (0,_net_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .withRetry */ .bD)('tuf', url, retry, (attempt) => (0,_net_http_js__WEBPACK_IMPORTED_MODULE_4__/* .request */ .Em)(url, { method: 'GET', timeoutMs: attempt.timeoutMs }));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(rootPath, response.body);
        }
        // Loaded only when used: TUF's HTTP stack is most of verify's start-up.
        const { getTrustedRoot } = await __webpack_require__.e(/* import() */ 694).then(__webpack_require__.bind(__webpack_require__, 4423));
        return await getTrustedRoot({
            mirrorURL: STAGING_TUF_URL,
            rootPath,
            cachePath: dir,
            timeout: timeoutMs
        });
    }
    catch (error) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ServiceError */ ._7('tuf', `cannot get the staging trusted root from ${STAGING_TUF_URL}: ${error.message}; give --trusted-root instead`, { cause: error, retryable: true });
    }
}


/***/ })

};
