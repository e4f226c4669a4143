export const id = 73;
export const ids = [73];
export const modules = {

/***/ 91073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  localCommand: () => (/* binding */ localCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/local/stack.ts + 23 modules
var local_stack = __webpack_require__(74841);
;// CONCATENATED MODULE: ./src/cli/shell.ts
/** `export NAME='value'` lines, quoted for POSIX shells. */
function toShellExports(env) {
    return Object.entries(env)
        .map(([name, value]) => `export ${name}='${value.replaceAll("'", `'\\''`)}'`)
        .join('\n');
}

;// CONCATENATED MODULE: ./src/cli/commands/local.ts
/**
 * `provenant local`: starts the embedded local stack in the foreground and
 * prints the environment that points the bundled actions at it. Ctrl-C stops it.
 */






const localCommand = {
    name: 'local',
    summary: 'run the embedded local Sigstore, OIDC issuer and GitHub API',
    usage: 'provenant local [--trust-dir DIR]',
    async run(argv, output) {
        const { values } = (0,external_node_util_.parseArgs)({
            args: argv,
            options: { 'trust-dir': { type: 'string' } },
            strict: true
        });
        const stack = await (0,local_stack/* startLocalStack */._z)({ env: process.env });
        try {
            const dir = values['trust-dir'] ??
                (await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'provenant-local-')));
            const trust = await stack.writeTrust(external_node_path_default().resolve(dir));
            const env = {
                ...stack.env,
                INPUT_TRUSTED_ROOT: trust.trustedRoot,
                INPUT_SIGNING_CONFIG: trust.signingConfig
            };
            output.err('Provenant local stack is running (Ctrl-C stops it).');
            output.err(`  Fulcio  ${stack.fulcioUrl}`);
            output.err(`  Rekor   ${stack.rekorUrl}`);
            output.err(`  TSA     ${stack.tsaUrl}`);
            output.err(`  OIDC    ${stack.oidc.url}`);
            output.err(`  GitHub  ${stack.github.url}`);
            output.err(`  trusted root  ${trust.trustedRoot}`);
            output.err('Paste these lines into a shell to run the actions against it:');
            output.out(toShellExports(env));
            await waitForSignal();
            output.err('Stopping the local stack.');
            return 0;
        }
        finally {
            await stack.close();
        }
    }
};
function waitForSignal() {
    return new Promise((resolve) => {
        const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
    });
}


/***/ })

};
