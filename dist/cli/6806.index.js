export const id = 6806;
export const ids = [6806];
export const modules = {

/***/ 68112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ withLocalStack)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _io_fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72243);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97268);
/* harmony import */ var _lib_sign_signing_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44042);
/* harmony import */ var _local_stack_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(33604);
/**
 * What `--local` does for every command that signs: refuse the inputs it
 * decides itself, start the embedded local stack in-process (loopback kept
 * out of any proxy), hand the command the stack and its trusted root, and
 * stop it again whatever happens.
 */







/**
 * An InputError naming the flags --local decides itself, if any was given:
 * the instance inputs, and the command's `alsoOwned`.
 */
function assertNoLocalClashes(source, what, alsoOwned = []) {
    const clashing = [..._lib_sign_signing_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .INSTANCE_INPUT_NAMES */ .cI, ...alsoOwned].filter((name) => source(name)?.trim());
    if (clashing.length > 0) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('INPUT_USAGE', `--local chooses ${what} itself: remove ${clashing.map((n) => `--${n}`).join(', ')}`);
    }
}
async function withLocalSigning(run) {
    // @sigstore/sign honours HTTP(S)_PROXY even for loopback addresses.
    for (const name of ['NO_PROXY', 'no_proxy']) {
        const current = process.env[name];
        process.env[name] = current
            ? `${current},127.0.0.1,localhost`
            : '127.0.0.1,localhost';
    }
    const stack = await (0,_local_stack_js__WEBPACK_IMPORTED_MODULE_6__/* .startLocalStack */ ._z)({ env: process.env });
    const temp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), 'provenant-local-trust-'));
    try {
        const trust = await stack.writeTrust(temp);
        return await run({
            stack,
            trustedRoot: trust.trustedRoot,
            instance: {
                sigstore: 'custom',
                'fulcio-url': stack.fulcioUrl,
                'rekor-url': stack.rekorUrl,
                'tsa-url': stack.tsaUrl,
                'trusted-root': trust.trustedRoot
            }
        });
    }
    finally {
        await stack.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temp, { recursive: true, force: true });
    }
}
/**
 * Runs a signing command on the embedded local stack: refuses the inputs
 * --local decides, points the command at the stack, and keeps the stack's
 * trusted root beside the outputs it verifies.
 */
async function withLocalStack(source, command) {
    assertNoLocalClashes(source, command.chooses, command.alsoOwned);
    return withLocalSigning(async (local) => {
        const overrides = {
            ...local.instance,
            ...(await command.overrides(local))
        };
        const inputs = command.parse((name) => overrides[name] ?? source(name));
        const result = await command.run(inputs, local);
        const trustedRoot = command.trustedRootPath(result);
        if (trustedRoot !== undefined)
            await keepTrustedRoot(local, trustedRoot);
        return { result, trustedRoot };
    });
}
/** Keeps the stack's trusted root at `target`, once the outputs it verifies exist. */
async function keepTrustedRoot(local, target) {
    await (0,_io_fs_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFilesAtomically */ .i)([
        { path: target, content: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(local.trustedRoot) }
    ]);
}


/***/ }),

/***/ 66806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signWithLocalStack: () => (/* binding */ signWithLocalStack)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65680);
/* harmony import */ var _lib_sign_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36388);
/* harmony import */ var _lib_sign_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60805);
/* harmony import */ var _local_stack_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33604);
/* harmony import */ var _local_signing_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68112);
/**
 * `provenant sign --local`: the embedded local stack signs with a token it
 * mints; its trusted_root.json is written into the output directory (or
 * beside the first file) once signing succeeded.
 */






async function signWithLocalStack(source, sign) {
    const firstPattern = (0,_lib_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseList */ .E1)(source('files'))[0] ?? '.';
    const outputDir = source('output-dir')?.trim();
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(outputDir || (0,_lib_sign_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .fixedDirectoryOf */ .Hf)(firstPattern));
    const finalRoot = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, _local_stack_js__WEBPACK_IMPORTED_MODULE_4__/* .TRUSTED_ROOT_FILE */ .a2);
    const keyed = Boolean(source('key')?.trim());
    return (0,_local_signing_js__WEBPACK_IMPORTED_MODULE_5__/* .withLocalStack */ .A)(source, {
        chooses: 'the instance and the token',
        overrides: async (local) => keyed
            ? {}
            : {
                'identity-token': await local.stack.oidc.mintToken(_local_stack_js__WEBPACK_IMPORTED_MODULE_4__/* .SIGSTORE_AUDIENCE */ .OH)
            },
        parse: _lib_sign_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSignInputs */ .a,
        run: (inputs) => sign(inputs, node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(process.cwd(), finalRoot) || _local_stack_js__WEBPACK_IMPORTED_MODULE_4__/* .TRUSTED_ROOT_FILE */ .a2),
        // Nothing signed (allow-empty): nothing for a trusted root to verify.
        trustedRootPath: (result) => result.files.length === 0 && result.images.length === 0
            ? undefined
            : finalRoot
    });
}


/***/ })

};
