export const id = 206;
export const ids = [206];
export const modules = {

/***/ 20206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   demoCommand: () => (/* binding */ demoCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97268);
/* harmony import */ var _lib_release_local_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86906);
/* harmony import */ var _input_flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40440);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77061);
/**
 * `provenant demo` (`npm run demo`): the whole suite on this machine with
 * nothing but Node and npm: the npm example released through the reusable
 * workflow publish.yml by the local runner into demo-release/.
 */






const EXAMPLE = node_path__WEBPACK_IMPORTED_MODULE_1___default().join('examples', 'npm-package');
const demoCommand = {
    name: 'demo',
    summary: 'release the npm example through publish.yml locally into demo-release/',
    usage: 'provenant demo [--out DIR] [--json]',
    flags: _lib_release_local_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .DEMO_INPUTS */ .wE,
    async run(argv, output) {
        const { values } = (0,_input_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .bQ)(argv, _lib_release_local_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .DEMO_INPUTS */ .wE, {
            allowPositionals: false
        });
        const project = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(EXAMPLE);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(project, 'package.json'))) {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('DEMO_EXAMPLE_MISSING', `${EXAMPLE} not found: run the demo from the Provenant checkout (npm run demo)`);
        }
        const result = await (0,_release_js__WEBPACK_IMPORTED_MODULE_5__.releaseLocally)({
            projectDir: project,
            outDir: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(values.out ?? _lib_release_local_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_DEMO_OUT */ .dx),
            repository: 'provenant-demo/hello',
            tag: 'v1.0.0',
            inputs: {
                'build-command': 'npm run build',
                artifacts: 'dist/*.tgz',
                'legacy-sig': true
            }
        }, output);
        (0,_release_js__WEBPACK_IMPORTED_MODULE_5__.printResult)(output, result, values.json === true);
        return 0;
    }
};


/***/ })

};
