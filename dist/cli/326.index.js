export const id = 326;
export const ids = [326];
export const modules = {

/***/ 90326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  signCommand: () => (/* binding */ signCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/io/sign/visibility.ts
var visibility = __webpack_require__(73490);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/lib/sign/concurrency.ts
var sign_concurrency = __webpack_require__(22502);
// EXTERNAL MODULE: ./src/lib/sign/paths.ts
var paths = __webpack_require__(60805);
// EXTERNAL MODULE: ./src/io/fs/atomic-write.ts
var atomic_write = __webpack_require__(72243);
// EXTERNAL MODULE: ./src/io/sign/credentials.ts
var credentials = __webpack_require__(39558);
// EXTERNAL MODULE: ./src/io/sign/endpoints.ts + 1 modules
var sign_endpoints = __webpack_require__(55008);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
;// CONCATENATED MODULE: ./src/io/sign/files.ts
/**
 * The `files` input -> the files to sign: globs matched inside the
 * workspace with tinyglobby, every match (symlinks resolved) checked to be
 * inside it, duplicates and our own earlier outputs dropped, sorted.
 */




/** Absolute, real paths of the files to sign. */
async function resolveFiles(options) {
    const root = await (0,promises_.realpath)(options.workspace);
    const problems = [];
    const found = new Set();
    for (const pattern of options.patterns) {
        let relative;
        try {
            relative = (0,paths/* toWorkspacePattern */.rP)(root, pattern);
        }
        catch (error) {
            if (error instanceof errors/* InputError */.dz) {
                problems.push(error);
                continue;
            }
            throw error;
        }
        const matches = await (0,dist/* glob */.TI)(relative, {
            cwd: root,
            absolute: true,
            onlyFiles: true,
            expandDirectories: false,
            followSymbolicLinks: true
        });
        if (matches.length === 0) {
            if (options.allowEmpty) {
                options.logger.warning(`files: "${pattern}" matches no file (allowed by allow-empty)`);
            }
            else {
                problems.push(new errors/* InputError */.dz('SIGN_NO_MATCH', `input "files": "${pattern}" matches no file in ${root}; check the path, or set \`allow-empty: true\` if that can happen`));
            }
        }
        for (const match of matches) {
            const real = await (0,promises_.realpath)(match);
            if (!(0,paths/* isInside */.FK)(root, real)) {
                problems.push(new errors/* InputError */.dz('SIGN_PATH_OUTSIDE_WORKSPACE', `input "files": "${match}" links to ${real}, outside the workspace ${root}`));
            }
            else
                found.add(real);
        }
    }
    if (problems.length > 0)
        throw new errors/* InputErrors */.G(problems);
    const { kept, dropped } = (0,paths/* dropOwnOutputs */.Au)([...found].sort());
    for (const file of dropped) {
        options.logger.info(`files: skipping ${file}, a signature of another match`);
    }
    return kept;
}

// EXTERNAL MODULE: ./src/io/sign/retry.ts
var sign_retry = __webpack_require__(61254);
// EXTERNAL MODULE: ./src/io/sign/scrub.ts
var scrub = __webpack_require__(25055);
// EXTERNAL MODULE: ./src/io/sign/self-check.ts
var self_check = __webpack_require__(653);
// EXTERNAL MODULE: ./src/io/sign/session.ts + 7 modules
var sign_session = __webpack_require__(41851);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(61040);
;// CONCATENATED MODULE: ./src/lib/sign/verify-commands.ts
/**
 * The words that run Provenant's CLI in every command Provenant prints
 * (one place, so an installed version can be named here).
 */
function provenantCommandPrefix() {
    return ['provenant'];
}
const GITHUB_WORKFLOW_SAN = /^https:\/\/github\.com\/([^/]+\/[^/]+\/\.github\/workflows\/[^@]+)@/;
/** The placeholder for GitHub's trusted root in cosign commands. */
const GITHUB_TRUSTED_ROOT_FILE = 'github-trusted-root.json';
function buildVerifyCommands(input) {
    const trustedRoot = input.trustedRoot ??
        (input.instance === 'github' ? GITHUB_TRUSTED_ROOT_FILE : undefined);
    const subjectFlags = input.subject.kind === 'certificate'
        ? [
            '--certificate-identity',
            input.subject.identity,
            '--certificate-oidc-issuer',
            input.subject.issuer
        ]
        : ['--key', input.subject.publicKeyPath];
    const trustFlags = trustedRoot ? ['--trusted-root', trustedRoot] : [];
    const staging = input.instance === 'staging' ? ['--staging'] : [];
    const workflow = input.subject.kind === 'certificate'
        ? GITHUB_WORKFLOW_SAN.exec(input.subject.identity)?.[1]
        : undefined;
    const bound = workflow && input.repository ? input.repository : undefined;
    const provenant = bound && input.subject.kind === 'certificate' && input.content !== 'dsse'
        ? [
            'verify',
            input.file,
            ...staging,
            '--repo',
            bound,
            '--signer-workflow',
            workflow,
            '--certificate-oidc-issuer',
            input.subject.issuer,
            '--require',
            'signature',
            ...trustFlags
        ]
        : [
            'verify-bundle',
            ...staging,
            '--bundle',
            input.bundle,
            ...subjectFlags,
            ...trustFlags,
            input.file
        ];
    const commands = [
        toCommand([...provenantCommandPrefix(), ...provenant]),
        toCommand([
            'cosign',
            input.content === 'dsse' ? 'verify-blob-attestation' : 'verify-blob',
            '--bundle',
            input.bundle,
            ...subjectFlags,
            ...(bound ? ['--certificate-github-workflow-repository', bound] : []),
            ...trustFlags,
            ...(input.instance === 'github' ? ['--use-signed-timestamps'] : []),
            input.file
        ])
    ];
    if (input.content === 'dsse' &&
        input.repository &&
        input.subject.kind === 'certificate' &&
        (input.instance === 'public-good' || input.instance === 'github')) {
        commands.push(toCommand([
            'gh',
            'attestation',
            'verify',
            input.file,
            '--repo',
            input.repository,
            ...(workflow ? ['--signer-workflow', workflow] : []),
            '--bundle',
            input.bundle
        ]));
    }
    return commands;
}
/** A command line quoted for POSIX shells (words without specials stay bare). */
function toCommand(words) {
    return words.map(quoteWord).join(' ');
}
function quoteWord(word) {
    if (/^[\w@%+=:,./-]+$/.test(word))
        return word;
    return `'${word.replaceAll("'", `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./src/io/sign/signed-file.ts
/**
 * One signed file -> what is written for it (bundle, and with legacy-sig a
 * cosign-style .sig and .crt) and what is reported about it.
 */




/** In keyed mode the verify commands name the public key by this file. */
const PUBLIC_KEY_PLACEHOLDER = 'key.pub';
function toWrites(artifact, out) {
    const key = artifact.signature.key;
    const writes = [
        { path: out.bundle, content: JSON.stringify((0,bundle_dist.bundleToJSON)(artifact.bundle)) }
    ];
    if (out.signature) {
        // As `cosign sign-blob --output-signature`: base64 of the DER signature.
        writes.push({
            path: out.signature,
            content: artifact.signature.signature.toString('base64')
        });
    }
    if (out.certificate && key.$case === 'x509Certificate') {
        // Canonical PEM (64-character lines), as openssl writes it.
        writes.push({
            path: out.certificate,
            content: new external_node_crypto_.X509Certificate(key.certificate).toString()
        });
    }
    return writes;
}
function toSignedFile(artifact, context) {
    const { file, out, who } = context;
    return {
        file,
        relativePath: external_node_path_default().relative(context.workspace, file),
        sha256: artifact.digest.toString('hex'),
        size: artifact.size,
        bundle: out.bundle,
        signature: out.signature,
        certificate: out.certificate,
        logIndex: artifact.bundle.verificationMaterial.tlogEntries[0]?.logIndex,
        verifyCommands: buildVerifyCommands({
            file: external_node_path_default().basename(file),
            bundle: external_node_path_default().basename(out.bundle),
            subject: who
                ? { kind: 'certificate', ...who }
                : { kind: 'key', publicKeyPath: PUBLIC_KEY_PLACEHOLDER },
            instance: context.instance,
            ...(who?.repository ? { repository: who.repository } : {}),
            ...(context.trustedRoot ? { trustedRoot: context.trustedRoot } : {})
        })
    };
}

;// CONCATENATED MODULE: ./src/io/sign/sign-files.ts
/**
 * The sign action and `provenant sign`, one core: files -> one session (one
 * certificate) -> every file signed and witnessed, `concurrency` at a time
 * -> (with trusted-root) every bundle verified -> all outputs written at
 * once, or none.
 */














async function signFiles(inputs, deps) {
    const secrets = new Set();
    const onSecret = (secret) => {
        secrets.add(secret);
        deps.onSecret(secret);
    };
    if (inputs.identityToken)
        onSecret(inputs.identityToken);
    try {
        return await run(inputs, { ...deps, onSecret });
    }
    catch (error) {
        throw (0,scrub/* scrubSecrets */.Z)(error, secrets);
    }
}
async function run(inputs, deps) {
    const { logger } = deps;
    const retry = (0,sign_retry/* createRetryContext */.UF)(inputs, logger, deps.environment);
    const environment = retry.env;
    const started = environment.now().getTime();
    const resolve = (p) => external_node_path_default().resolve(deps.workspace, p);
    const workspace = await (0,promises_.realpath)(deps.workspace);
    const trustedRoot = deps.verifyTrustedRoot ?? inputs.trustedRoot;
    const files = await resolveFiles({
        patterns: inputs.files,
        workspace: deps.workspace,
        allowEmpty: inputs.allowEmpty,
        logger
    });
    const outputs = (0,paths/* planOutputs */.iS)(files, {
        outputDir: inputs.outputDir && resolve(inputs.outputDir),
        legacySig: inputs.legacySig,
        keyed: inputs.key !== undefined
    });
    const endpoints = await (0,sign_endpoints/* loadEndpoints */.Z)(inputs, deps.visibility, environment.now());
    const checker = inputs.trustedRoot
        ? await (0,self_check/* loadBundleChecker */.U)(resolve(inputs.trustedRoot))
        : undefined;
    if (files.length === 0) {
        logger.warning('Nothing to sign: no file matched "files".');
        return {
            files: [],
            instance: endpoints.instance,
            keyed: inputs.key !== undefined,
            identity: undefined,
            issuer: undefined,
            certificatesIssued: 0,
            durationMs: environment.now().getTime() - started
        };
    }
    logger.info(`Signing ${files.length} file${files.length === 1 ? '' : 's'} with the ${endpoints.instance} Sigstore instance (${[endpoints.fulcioUrl, endpoints.rekor?.url, endpoints.tsaUrl].filter(Boolean).join(', ')})`);
    const { session, who } = await startSession(inputs, endpoints, deps, retry);
    const { signed, writes } = await signAll(files, outputs, inputs.concurrency, {
        session,
        checker,
        workspace,
        who,
        instance: endpoints.instance,
        trustedRoot,
        logger
    });
    await (0,atomic_write/* writeFilesAtomically */.i)(writes);
    const durationMs = environment.now().getTime() - started;
    logger.info(`Wrote ${writes.length} file${writes.length === 1 ? '' : 's'} in ${(durationMs / 1000).toFixed(2)} s; ${session.certificatesIssued} certificate${session.certificatesIssued === 1 ? '' : 's'} from Fulcio for ${files.length} file${files.length === 1 ? '' : 's'}.`);
    return {
        files: signed,
        instance: endpoints.instance,
        keyed: session.keyed,
        identity: who?.identity,
        issuer: who?.issuer,
        certificatesIssued: session.certificatesIssued,
        durationMs
    };
}
/** One session for the run (one certificate when keyless), started, and who it signs as. */
async function startSession(inputs, endpoints, deps, retry) {
    const session = (0,sign_session/* createSigningSession */.E)({
        credentials: (0,credentials/* createCredentials */.z)(inputs, endpoints, {
            env: deps.env,
            retry,
            onSecret: deps.onSecret
        }),
        endpoints,
        retry
    });
    await session.start();
    const who = await session.identity();
    if (who) {
        deps.logger.info(`Certificate identity ${who.identity}, issuer ${who.issuer}`);
    }
    return { session, who };
}
/** Every file signed (and checked), `concurrency` at a time: the results and what to write. */
async function signAll(files, outputs, concurrency, context) {
    const { session, checker, workspace, who, instance, trustedRoot, logger } = context;
    const writes = [];
    const signed = await (0,sign_concurrency/* mapWithConcurrency */.W)(files, concurrency, async (file, i) => {
        const out = outputs[i];
        const artifact = await session.signFile(file);
        checker?.check(artifact.bundle, session.publicKey, file);
        writes.push(...toWrites(artifact, out));
        const result = toSignedFile(artifact, {
            file,
            workspace,
            out,
            who,
            instance,
            trustedRoot
        });
        logger.info(`signed ${result.relativePath} (sha256 ${result.sha256})${result.logIndex ? `, log index ${result.logIndex}` : ''}`);
        return result;
    });
    return { signed, writes };
}

// EXTERNAL MODULE: ./src/lib/sign/inputs.ts
var inputs = __webpack_require__(36388);
// EXTERNAL MODULE: ./src/lib/sign/parse-inputs.ts
var parse_inputs = __webpack_require__(28266);
// EXTERNAL MODULE: ./src/cli/input-flags.ts
var input_flags = __webpack_require__(40440);
;// CONCATENATED MODULE: ./src/cli/commands/sign.ts
/**
 * `provenant sign <file>...`: the sign action's core from the command line.
 * Every action input is a flag of the same name; `--local` signs against
 * the embedded local stack (and writes its trusted_root.json beside the
 * bundles); `--json` prints what was written and who signed.
 */








const USAGE = 'provenant sign <file>... [--output-dir DIR] [--legacy-sig] [--local] [--json] [--<input> VALUE]...';
const signCommand = {
    name: 'sign',
    summary: 'sign files with Sigstore (one certificate per run)',
    usage: USAGE,
    async run(argv, output) {
        const { values, positionals, flags, help } = (0,input_flags/* parseInputFlags */.zq)(argv, inputs/* SIGN_INPUTS */.gv, { local: { type: 'boolean' }, json: { type: 'boolean' } });
        if (help) {
            output.out((0,input_flags/* buildFlagsHelp */.RY)(USAGE, inputs/* SIGN_INPUTS */.gv, ['local', 'json']));
            return 0;
        }
        const env = process.env;
        const local = values.local === true;
        const keyFlag = readKeyFlag(flags('key'));
        const source = (name) => {
            if (name === 'files') {
                return [flags('files'), ...positionals].filter(Boolean).join('\n');
            }
            // cosign and sigstore-python read a token from SIGSTORE_ID_TOKEN too.
            if (name === 'identity-token' && !local) {
                return flags(name) ?? env.SIGSTORE_ID_TOKEN;
            }
            if (name === 'key')
                return keyFlag;
            return flags(name);
        };
        const logger = {
            info: (m) => output.err(m),
            warning: (m) => output.err(`warning: ${m}`),
            debug: () => undefined
        };
        const sign = async (inputs, verifyTrustedRoot) => signFiles(inputs, {
            workspace: process.cwd(),
            env: local ? {} : env,
            visibility: await (0,visibility/* readRepositoryVisibility */.p)(env),
            logger,
            onSecret: () => undefined,
            ...(verifyTrustedRoot ? { verifyTrustedRoot } : {})
        });
        let trustedRoot;
        let result;
        if (local) {
            // Loaded only here: the embedded stack is most of the CLI's code.
            const { signWithLocalStack } = await Promise.all(/* import() */[__webpack_require__.e(37), __webpack_require__.e(851), __webpack_require__.e(841), __webpack_require__.e(806)]).then(__webpack_require__.bind(__webpack_require__, 66806));
            ({ result, trustedRoot } = await signWithLocalStack(source, sign));
        }
        else {
            const inputs = (0,parse_inputs/* parseSignInputs */.a)(source);
            trustedRoot = inputs.trustedRoot;
            result = await sign(inputs);
        }
        print(output, result, trustedRoot, values.json === true);
        return 0;
    }
};
/**
 * On the command line `--key` may name a PEM file (as cosign's does); the
 * action input is always the PEM text itself, e.g. from a secret. The value
 * may be the secret itself in any form (armoured or not), so no message
 * ever repeats it.
 */
function readKeyFlag(value) {
    if (value === undefined || value.includes('-----BEGIN'))
        return value;
    try {
        return (0,external_node_fs_.readFileSync)(value, 'utf8');
    }
    catch {
        throw new errors/* InputError */.dz('SIGN_KEY_FILE_UNREADABLE', '--key: the value is neither PEM text (-----BEGIN ...) nor the path of a readable key file; give a PEM file, or the whole PEM text with its armour: --key "$(cat key.pem)"');
    }
}
function print(output, result, trustedRoot, json) {
    if (json) {
        output.out(JSON.stringify({
            files: result.files.map((f) => ({
                file: f.file,
                sha256: f.sha256,
                size: f.size,
                bundle: f.bundle,
                signature: f.signature ?? null,
                certificate: f.certificate ?? null,
                logIndex: f.logIndex ?? null,
                verifyCommands: f.verifyCommands
            })),
            instance: result.instance,
            keyed: result.keyed,
            certificateIdentity: result.identity ?? null,
            certificateOidcIssuer: result.issuer ?? null,
            certificatesIssued: result.certificatesIssued,
            durationMs: result.durationMs,
            trustedRoot: trustedRoot ? external_node_path_default().resolve(trustedRoot) : null
        }, null, 2));
        return;
    }
    for (const f of result.files) {
        output.out([f.bundle, f.signature, f.certificate].filter(Boolean).join('\n'));
    }
    if (result.identity) {
        output.err(`identity: ${result.identity}\nissuer:   ${result.issuer ?? ''}`);
    }
    if (trustedRoot)
        output.err(`trusted root: ${trustedRoot}`);
    const first = result.files[0];
    if (first) {
        output.err(`verify with, e.g.:\n  ${first.verifyCommands.join('\n  ')}`);
    }
}


/***/ }),

/***/ 28266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ parseSignInputs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65680);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36388);
/* harmony import */ var _signing_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44042);
/**
 * Raw sign inputs -> typed SignInputs, every problem collected and reported
 * at once, each naming the input as the user writes it.
 */




function parseSignInputs(source) {
    const collector = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .collectProblems */ .vX)();
    const { attempt } = collector;
    const raw = (name) => attempt(() => (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readRaw */ .hc)(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGN_INPUTS */ .gv, source, name), undefined);
    const flag = (name) => attempt(() => (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBoolean */ .yG)(name, raw(name)), false);
    const files = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseList */ .E1)(raw('files'));
    if (files.length === 0 && source('files')?.trim()) {
        collector.problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_NO_FILES', 'input "files" names no file: give paths or globs, one a line or separated by spaces'));
    }
    const key = raw('key');
    const inputs = {
        files,
        outputDir: raw('output-dir'),
        legacySig: flag('legacy-sig'),
        allowEmpty: flag('allow-empty'),
        key,
        ...(0,_signing_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSigningInputs */ .oo)(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGN_INPUTS */ .gv, source, collector, key)
    };
    collector.throwIfAny();
    return inputs;
}


/***/ })

};
