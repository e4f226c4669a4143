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

// EXTERNAL MODULE: ./src/io/fs/path-fence.ts
var path_fence = __webpack_require__(30979);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/io/sign/visibility.ts
var visibility = __webpack_require__(73490);
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
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
;// CONCATENATED MODULE: ./src/io/sign/files.ts
/**
 * The `files` input -> the files to sign: globs matched with tinyglobby,
 * inside the workspace in an Action (every match, symlinks resolved,
 * checked to be inside it) and anywhere on the CLI; duplicates and our own
 * earlier outputs dropped, sorted.
 */






/** Where to glob a pattern from and the pattern relative to it. */
function toGlob(fence, pattern) {
    if (fence.root !== undefined) {
        return {
            cwd: fence.root,
            relative: (0,paths/* toWorkspacePattern */.rP)(fence.root, pattern)
        };
    }
    const cwd = external_node_path_default().resolve(fence.base, (0,paths/* fixedDirectoryOf */.Hf)(pattern));
    const relative = external_node_path_default().relative(cwd, external_node_path_default().resolve(fence.base, pattern))
        .replaceAll((external_node_path_default()).sep, '/');
    return { cwd, relative: relative || '.' };
}
/** Absolute, real paths of the files to sign. */
async function resolveFiles(options) {
    const fence = await (0,path_fence/* realFence */.u5)(options.fence);
    const problems = [];
    const found = new Set();
    for (const pattern of options.patterns) {
        let from;
        try {
            from = toGlob(fence, pattern);
        }
        catch (error) {
            if (error instanceof errors/* InputError */.dz) {
                problems.push(error);
                continue;
            }
            throw error;
        }
        const matches = await (0,dist/* glob */.TI)(from.relative, {
            cwd: from.cwd,
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
                problems.push(new errors/* InputError */.dz('SIGN_NO_MATCH', `input "files": "${pattern}" matches no file in ${from.cwd}; check the path, or set \`allow-empty: true\` if that can happen`));
            }
        }
        for (const match of matches) {
            const real = await (0,promises_.realpath)(match);
            if (!(0,path_fence/* allows */.NB)(fence, real)) {
                problems.push(new errors/* InputError */.dz('SIGN_PATH_OUTSIDE_WORKSPACE', `input "files": "${match}" links to ${real}, outside the workspace ${fence.root}`));
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

// EXTERNAL MODULE: ./src/io/net/retry.ts + 1 modules
var net_retry = __webpack_require__(69961);
// EXTERNAL MODULE: ./src/lib/net/secrets.ts
var net_secrets = __webpack_require__(11950);
// EXTERNAL MODULE: ./src/io/sign/self-check.ts
var self_check = __webpack_require__(653);
// EXTERNAL MODULE: ./src/io/sign/session.ts + 8 modules
var sign_session = __webpack_require__(99378);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./src/lib/version.ts
var version = __webpack_require__(87471);
;// CONCATENATED MODULE: ./src/lib/sign/verify-commands.ts
/**
 * The exact commands a consumer runs to verify what was signed: Provenant's
 * own (the conformance `verify-bundle` form), cosign's, and for in-toto
 * attestations `gh attestation verify`.
 */

/**
 * The words that run Provenant's CLI in every command Provenant prints
 * (one place, so an installed version can be named here).
 */
function provenantCommandPrefix() {
    return ['npx', '--yes', `provenant@${version/* PROVENANT_VERSION */.j}`];
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
        throw (0,net_secrets/* scrubSecrets */.Zg)(error, secrets);
    }
}
async function run(inputs, deps) {
    const { logger } = deps;
    const retry = (0,net_retry/* createRetryContext */.UF)(inputs, logger, deps.environment);
    const environment = retry.env;
    const started = environment.now().getTime();
    const fence = await (0,path_fence/* realFence */.u5)(deps.fence);
    const workspace = fence.base;
    const trustedRoot = deps.verifyTrustedRoot ?? inputs.trustedRoot;
    const files = await resolveFiles({
        patterns: inputs.files,
        fence,
        allowEmpty: inputs.allowEmpty,
        logger
    });
    const outputs = (0,paths/* planOutputs */.iS)(files, {
        outputDir: inputs.outputDir &&
            (await (0,path_fence/* resolveWritableDir */.YU)(fence, {
                input: 'output-dir',
                given: inputs.outputDir,
                code: 'SIGN_OUTPUT_OUTSIDE_WORKSPACE',
                fileCode: 'SIGN_OUTPUT_NOT_A_DIRECTORY'
            })),
        legacySig: inputs.legacySig,
        keyed: inputs.key !== undefined
    });
    const endpoints = await (0,sign_endpoints/* loadEndpoints */.Z)(inputs, deps.visibility, environment.now());
    const checker = inputs.trustedRoot
        ? await (0,self_check/* loadBundleChecker */.U)(external_node_path_default().resolve(workspace, inputs.trustedRoot))
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
const SIGN_FLAGS = { ...inputs/* SIGN_INPUTS */.gv, local: input_flags/* LOCAL_FLAG */.jI, json: input_flags/* JSON_FLAG */.KH };
const signCommand = {
    name: 'sign',
    summary: 'sign files with Sigstore (one certificate per run)',
    usage: USAGE,
    details: 'The files may also be given as arguments, paths or globs. Off a runner, sign with --identity-token (or SIGSTORE_ID_TOKEN), with --key, or with --local.',
    flags: SIGN_FLAGS,
    async run(argv, output) {
        const { values, positionals, flags } = (0,input_flags/* parseInputFlags */.zq)(argv, SIGN_FLAGS);
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
            fence: (0,path_fence/* openFence */._R)(process.cwd()),
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
            const { signWithLocalStack } = await Promise.all(/* import() */[__webpack_require__.e(37), __webpack_require__.e(851), __webpack_require__.e(685), __webpack_require__.e(806)]).then(__webpack_require__.bind(__webpack_require__, 66806));
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

/***/ 72243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ writeFilesAtomically)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/**
 * All-or-nothing writes of several files: each goes to a temp file beside
 * its target first; only when every temp file is written are they renamed
 * into place. A failure at any step removes the temp files and puts back
 * whatever was there before, so a failed run leaves nothing new behind.
 *
 * SIGINT and SIGTERM count as failures: while a write is under way they are
 * held, the write stops after the files in flight, cleans up as above, and
 * the process then dies of the signal as it would have. The renames into
 * place run synchronously, so a signal finds either the old set of files or
 * the new one, never a mix.
 */




/** Temp files written concurrently: a run that signs 1,000 files writes 1,000 bundles. */
const WRITES_AT_ONCE = 16;
async function writeFilesAtomically(files) {
    for (const file of files) {
        if (kindOf(file.path) === 'directory') {
            throw Object.assign(new Error(`cannot write ${file.path}: it is a directory`), { code: 'EISDIR' });
        }
    }
    const tag = `${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
    const staged = [];
    const created = [];
    holdSignals();
    try {
        for (const dir of new Set(files.map((file) => node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file.path)))) {
            await mkdirTracked(dir, created);
        }
        for (let i = 0; i < files.length; i += WRITES_AT_ONCE) {
            const batch = files.slice(i, i + WRITES_AT_ONCE).map((file) => {
                const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file.path);
                const temp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file.path)}.${tag}.tmp`);
                staged.push({ temp, target: file.path });
                return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(temp, file.content, { flag: 'wx' });
            });
            // Every write of the batch settles before a failure is acted on, so
            // the clean-up below finds each temp file that was written.
            const failed = (await Promise.allSettled(batch)).find((result) => result.status === 'rejected');
            if (failed)
                throw failed.reason;
            throwIfInterrupted();
        }
        moveIntoPlace(staged);
    }
    catch (error) {
        for (const entry of staged) {
            // A temp file that could not be made may sit under a path that is not
            // a directory; removing it then fails too, and must not stop the rest.
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(entry.temp, { force: true }).catch(() => undefined);
            if (entry.backup && kindOf(entry.target) === undefined) {
                try {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(entry.backup, entry.target);
                }
                catch {
                    // Left as it is: the next step must still run.
                }
            }
        }
        for (const dir of created.reverse()) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rmdir)(dir).catch(() => undefined);
        }
        throw error;
    }
    finally {
        releaseSignals();
    }
}
/**
 * Renames every temp file over its target; on failure undoes the ones done.
 * Synchronous on purpose: no signal handler can run in the middle.
 */
function moveIntoPlace(staged) {
    const done = [];
    try {
        for (const entry of staged) {
            if (kindOf(entry.target) !== undefined) {
                entry.backup = `${entry.temp}.old`;
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(entry.target, entry.backup);
            }
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(entry.temp, entry.target);
            done.push(entry);
        }
    }
    catch (error) {
        for (const entry of done.reverse()) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(entry.target, { force: true });
            if (entry.backup)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(entry.backup, entry.target);
        }
        throw error;
    }
    for (const entry of staged) {
        if (entry.backup)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(entry.backup, { force: true });
    }
}
const SIGNALS = ['SIGINT', 'SIGTERM'];
let writesUnderWay = 0;
let interrupted;
function onSignal(signal) {
    interrupted = signal;
}
/** While any write is under way, SIGINT and SIGTERM wait for its clean-up. */
function holdSignals() {
    if (writesUnderWay++ === 0)
        for (const signal of SIGNALS)
            process.on(signal, onSignal);
}
/** The last write done: handlers off, and a held signal delivered again. */
function releaseSignals() {
    if (--writesUnderWay > 0)
        return;
    for (const signal of SIGNALS)
        process.off(signal, onSignal);
    const signal = interrupted;
    interrupted = undefined;
    if (signal)
        process.kill(process.pid, signal);
}
function throwIfInterrupted() {
    if (interrupted) {
        throw Object.assign(new Error(`interrupted by ${interrupted}`), {
            code: 'EINTR'
        });
    }
}
/** Creates `dir` (and missing parents), recording the ones it created. */
async function mkdirTracked(dir, created) {
    const missing = [];
    for (let d = dir; kindOf(d) === undefined; d = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(d)) {
        missing.unshift(d);
        if (node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(d) === d)
            break;
    }
    if (missing.length === 0)
        return;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
    created.push(...missing);
}
/** A cheap, throw-free stat (no ENOENT errors built per file). */
function kindOf(file) {
    const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file, { throwIfNoEntry: false });
    if (!stats)
        return undefined;
    return stats.isDirectory() ? 'directory' : 'file';
}


/***/ }),

/***/ 30979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NB: () => (/* binding */ allows),
/* harmony export */   YU: () => (/* binding */ resolveWritableDir),
/* harmony export */   _R: () => (/* binding */ openFence),
/* harmony export */   n: () => (/* binding */ workspaceFence),
/* harmony export */   tq: () => (/* binding */ outsideWorkspace),
/* harmony export */   u5: () => (/* binding */ realFence)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97268);
/* harmony import */ var _lib_sign_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60805);
/**
 * Where a command may read and write. An Action is fenced inside
 * GITHUB_WORKSPACE: every path it reads or writes, symbolic links resolved,
 * must stay inside (a workflow's inputs are not a licence to touch the
 * runner). The CLI takes any path the user names, resolved against the
 * current directory, as syft, cosign and gh do. This module is the one place
 * that decides: the Actions build `workspaceFence`, the CLI `openFence`.
 */




/** An Action's fence: everything inside `workspace`, symbolic links resolved. */
function workspaceFence(workspace) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace);
    return { base: root, root };
}
/** The CLI's: any path, relative ones against `cwd`. */
function openFence(cwd) {
    return { base: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd), root: undefined };
}
/** The fence with its root's symbolic links resolved (a workspace under /tmp -> /private/tmp). */
async function realFence(fence) {
    const base = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(fence.base).catch(() => fence.base);
    if (fence.root === undefined)
        return { base, root: undefined };
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(fence.root).catch(() => fence.root);
    return { base, root };
}
/** Whether `absolute` may be used: always on the CLI, inside the root in an Action. */
function allows(fence, absolute) {
    return fence.root === undefined || (0,_lib_sign_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(fence.root, absolute);
}
function outsideWorkspace(fence, problem) {
    return new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(problem.code, `input "${problem.input}" has ${problem.given}${problem.detail ?? ''}, which is outside the workspace ${fence.root ?? fence.base}: give a path inside it (an Action reads and writes only inside GITHUB_WORKSPACE)`);
}
/**
 * A folder to write into, which may not exist yet: absolute, with the links
 * of its nearest existing ancestor resolved. In an Action that real path
 * must lie inside the workspace; an existing file there is an error.
 */
async function resolveWritableDir(fence, problem) {
    const real = await realFence(fence);
    const lexical = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(real.base, problem.given);
    if (!allows(real, lexical)) {
        const { input, given, code } = problem;
        throw outsideWorkspace(real, { input, given, code });
    }
    let existing = lexical;
    let rest = '';
    for (;;) {
        const resolved = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(existing).catch(() => undefined);
        if (resolved !== undefined) {
            if (!allows(real, resolved)) {
                throw outsideWorkspace(real, {
                    input: problem.input,
                    given: problem.given,
                    code: problem.code,
                    detail: ` (through a link to ${resolved})`
                });
            }
            if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(resolved)).isDirectory()) {
                throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(problem.fileCode, `input "${problem.input}" has ${problem.given}, but ${resolved} is a file: give a directory`);
            }
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(resolved, rest);
        }
        rest = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(existing), rest);
        existing = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(existing);
    }
}


/***/ }),

/***/ 39558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ createCredentials)
/* harmony export */ });
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72342);
/* harmony import */ var _oidc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57923);
/**
 * What signs: the user's key (keyed mode), or an ephemeral key certified by
 * Fulcio for a token given as input or fetched from the runner.
 */



function createCredentials(inputs, endpoints, deps) {
    if (inputs.key !== undefined) {
        return { kind: 'key', key: (0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePrivateKey */ .Q)(inputs.key) };
    }
    const fulcioUrl = endpoints.fulcioUrl;
    if (fulcioUrl === undefined) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InternalError */ .Gd('SIGN_NO_FULCIO_URL', 'keyless signing without a Fulcio URL (loadEndpoints should have refused)');
    }
    const tokens = inputs.identityToken
        ? (0,_oidc_js__WEBPACK_IMPORTED_MODULE_2__/* .createStaticTokenSource */ .N8)(inputs.identityToken)
        : (0,_oidc_js__WEBPACK_IMPORTED_MODULE_2__/* .createRunnerTokenSource */ .XL)({
            env: deps.env,
            retry: deps.retry,
            onToken: deps.onSecret
        });
    return { kind: 'fulcio', fulcioUrl, tokens };
}


/***/ }),

/***/ 73490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ readRepositoryVisibility)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The repository's visibility, from the event payload the runner writes at
 * GITHUB_EVENT_PATH. In Actions, when the payload does not say, it is taken
 * as private (as actions/attest does): a private repository's file names
 * must not land in the public transparency log by accident.
 */

async function readRepositoryVisibility(env) {
    const inActions = env.GITHUB_ACTIONS === 'true';
    const eventPath = env.GITHUB_EVENT_PATH;
    let payload;
    if (eventPath) {
        payload = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(eventPath, 'utf8').then((text) => JSON.parse(text), () => undefined);
    }
    const repository = payload?.repository;
    const visibility = repository?.visibility;
    if (visibility === 'public' ||
        visibility === 'private' ||
        visibility === 'internal') {
        return visibility;
    }
    if (typeof repository?.private === 'boolean') {
        return repository.private ? 'private' : 'public';
    }
    return inActions ? 'private' : undefined;
}


/***/ }),

/***/ 22502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ mapWithConcurrency)
/* harmony export */ });
/**
 * Runs `task` over `items` with at most `limit` at a time and keeps their
 * order. On the first failure no new task starts; the ones running are
 * awaited (so nothing is left in flight), then the first error is thrown.
 */
async function mapWithConcurrency(items, limit, task) {
    if (!Number.isInteger(limit) || limit < 1) {
        throw new RangeError(`concurrency limit must be a positive integer`);
    }
    const results = new Array(items.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < items.length) {
            const index = next++;
            try {
                results[index] = await task(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    const workers = Math.min(limit, items.length);
    await Promise.all(Array.from({ length: workers }, worker));
    if (failure !== undefined)
        throw failure.error;
    return results;
}


/***/ }),

/***/ 81064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ checkInstanceInputs),
/* harmony export */   i: () => (/* binding */ parseServiceUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/**
 * Checks across several sign inputs (instance, URLs, key, token). Each
 * problem names the inputs as the user writes them and says the fix.
 */

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
/**
 * A service URL without a trailing slash. Plain http is accepted only on
 * loopback: identity tokens must not cross a network in the clear.
 */
function parseServiceUrl(name, raw) {
    if (raw === undefined)
        return undefined;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_URL_INVALID', `input "${name}" is not a URL: "${raw}" (expected e.g. https://fulcio.example.com)`);
    }
    const plainLoopback = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
    if (url.protocol !== 'https:' && !plainLoopback) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_URL_NOT_HTTPS', `input "${name}" must be an https:// URL (plain http only on 127.0.0.1 or localhost), not "${raw}"`);
    }
    if (url.search || url.hash || url.username || url.password) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_URL_INVALID', `input "${name}" must be a base URL without query, fragment or credentials`);
    }
    return url.href.replace(/\/+$/, '');
}
const CUSTOM_ONLY = [
    ['fulcio-url', 'fulcioUrl'],
    ['rekor-url', 'rekorUrl'],
    ['tsa-url', 'tsaUrl'],
    ['signing-config', 'signingConfig']
];
function checkInstanceInputs(inputs) {
    const problems = [];
    const given = CUSTOM_ONLY.filter(([, field]) => inputs[field] !== undefined);
    const names = given.map(([name]) => `"${name}"`).join(', ');
    const custom = inputs.sigstore === 'custom' ||
        (inputs.sigstore === undefined && given.length > 0);
    if (inputs.sigstore && inputs.sigstore !== 'custom' && given.length > 0) {
        problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_URLS_NEED_CUSTOM', `input ${names} applies only to a custom instance, but "sigstore" is "${inputs.sigstore}": set \`sigstore: custom\` or remove ${names}`));
    }
    if (custom && inputs.signingConfig === undefined) {
        if (inputs.fulcioUrl === undefined && inputs.key === undefined) {
            problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_CUSTOM_NEEDS_FULCIO', 'a custom instance needs "fulcio-url" (or a "signing-config") to get a certificate, or "key" to sign with your own key'));
        }
        if (inputs.rekorUrl === undefined && inputs.tsaUrl === undefined) {
            problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_CUSTOM_NEEDS_WITNESS', 'a custom instance needs "rekor-url" or "tsa-url" (or a "signing-config"): without a transparency log or a timestamp, signatures outlive their 10-minute certificates unverifiable'));
        }
    }
    if (inputs.key !== undefined && inputs.identityToken !== undefined) {
        problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_KEY_AND_TOKEN', 'inputs "key" and "identity-token" exclude each other: "key" signs without Fulcio, so remove one'));
    }
    if (inputs.key !== undefined) {
        const keyProblem = checkKeyShape(inputs.key);
        if (keyProblem)
            problems.push(keyProblem);
    }
    return problems;
}
/** The text of a key, checked for shape only (the value is never echoed). */
function checkKeyShape(pem) {
    if (/ENCRYPTED (SIGSTORE|COSIGN) PRIVATE KEY/.test(pem)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_KEY_COSIGN_FORMAT', 'input "key" is an encrypted cosign key, which Provenant does not read: give an unencrypted PKCS#8 PEM key (ECDSA P-256 or Ed25519), e.g. made by `openssl genpkey -algorithm ed25519`');
    }
    if (/ENCRYPTED PRIVATE KEY|Proc-Type: 4,ENCRYPTED/.test(pem)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_KEY_ENCRYPTED', 'input "key" is an encrypted PEM key: store it unencrypted in the secret (`openssl pkcs8 -topk8 -nocrypt -in key.pem`)');
    }
    if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_KEY_NOT_PEM', 'input "key" is not a PEM private key ("-----BEGIN PRIVATE KEY-----" ...): pass the key text itself, e.g. `key: ${{ secrets.SIGNING_KEY }}`');
    }
    return undefined;
}


/***/ }),

/***/ 36388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ MAX_REQUEST_TIMEOUT_SECONDS),
/* harmony export */   QA: () => (/* binding */ MAX_RETRY_BUDGET_SECONDS),
/* harmony export */   fx: () => (/* binding */ MAX_CONCURRENCY),
/* harmony export */   gv: () => (/* binding */ SIGN_INPUTS),
/* harmony export */   m: () => (/* binding */ MAX_ATTEMPTS)
/* harmony export */ });
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65680);
/* harmony import */ var _inputs_shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54476);
/**
 * The sign action's inputs: one table for actions/sign/action.yml and the
 * `provenant sign` flags (parse-inputs.ts reads them).
 */


const SIGN_INPUTS = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_0__/* .defineInputs */ .pf)({
    files: {
        kind: 'list',
        required: true,
        description: 'Files to sign: paths or globs, newline or space separated, resolved inside the workspace.'
    },
    'output-dir': _inputs_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT_DIR_INPUT */ .n6,
    'legacy-sig': {
        kind: 'boolean',
        default: 'false',
        description: 'Also write <file>.sig (base64 signature) and <file>.crt (PEM certificate), as cosign sign-blob --output-signature/--output-certificate did.'
    },
    'allow-empty': {
        kind: 'boolean',
        default: 'false',
        description: 'Succeed without signing anything when a pattern in files matches no file.'
    },
    sigstore: {
        kind: 'string',
        description: 'Sigstore instance: public-good, github, staging or custom. Default: public-good for public repositories, github (GitHub’s instance) for private and internal ones; custom when a URL or signing-config is given.'
    },
    'fulcio-url': {
        kind: 'string',
        description: 'Fulcio (certificate authority) URL of a custom instance.'
    },
    'rekor-url': {
        kind: 'string',
        description: 'Rekor (transparency log) URL of a custom instance.'
    },
    'tsa-url': {
        kind: 'string',
        description: 'RFC 3161 timestamp authority URL of a custom instance.'
    },
    'signing-config': {
        kind: 'string',
        description: 'Path to a Sigstore signing_config.json (v0.2) naming the services of a private instance.'
    },
    'trusted-root': _inputs_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .TRUSTED_ROOT_INPUT */ .uz,
    'identity-token': {
        kind: 'string',
        description: 'An OIDC identity token (audience sigstore) to sign with instead of the runner’s token.'
    },
    key: {
        kind: 'string',
        description: 'A PEM private key (ECDSA P-256 or Ed25519, unencrypted PKCS#8 or SEC1), e.g. from a secret: signs without Fulcio; bundles carry a public-key hint.'
    },
    concurrency: {
        kind: 'integer',
        default: '8',
        description: 'How many files are signed and witnessed (Rekor, TSA) at the same time.'
    },
    'max-attempts': {
        kind: 'integer',
        default: '5',
        description: 'Tries per OIDC, Fulcio, Rekor or TSA call before the run fails (429, 5xx and network errors are retried).'
    },
    'retry-budget-seconds': {
        kind: 'integer',
        default: '120',
        description: 'Time one call may take in all, retries and waits included, before the run fails.'
    },
    'request-timeout-seconds': {
        kind: 'integer',
        default: '30',
        description: 'Time one HTTP request may take before it is retried.'
    }
});
const MAX_CONCURRENCY = 64;
const MAX_ATTEMPTS = 10;
const MAX_RETRY_BUDGET_SECONDS = 3600;
const MAX_REQUEST_TIMEOUT_SECONDS = 600;


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


/***/ }),

/***/ 60805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ dropOwnOutputs),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Hf: () => (/* binding */ fixedDirectoryOf),
/* harmony export */   iS: () => (/* binding */ planOutputs),
/* harmony export */   rP: () => (/* binding */ toWorkspacePattern)
/* harmony export */ });
/* unused harmony exports BUNDLE_SUFFIX, SIGNATURE_SUFFIX, CERTIFICATE_SUFFIX */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/**
 * Where files come from and where their signatures go: patterns confined to
 * the workspace, and one output path per file with no two files writing
 * the same name.
 */


const BUNDLE_SUFFIX = '.sigstore.json';
const SIGNATURE_SUFFIX = '.sig';
const CERTIFICATE_SUFFIX = '.crt';
const OUTPUT_SUFFIXES = [BUNDLE_SUFFIX, SIGNATURE_SUFFIX, CERTIFICATE_SUFFIX];
const GLOB_CHARS = /[*?[\]{}()!+@]/;
function isInside(root, candidate) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, candidate);
    const escapes = relative === '..' ||
        relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)}`) ||
        node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative);
    return !escapes;
}
/**
 * A pattern as tinyglobby takes it, relative to the workspace; an InputError
 * when its fixed part (before the first glob character) leaves the workspace.
 */
function toWorkspacePattern(workspace, pattern) {
    const segments = pattern.replaceAll('\\', '/').split('/');
    const firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s));
    const fixed = firstGlob < 0 ? segments : segments.slice(0, firstGlob);
    const rest = firstGlob < 0 ? [] : segments.slice(firstGlob);
    const base = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, fixed.join('/') || '.');
    if (!isInside(workspace, base) || rest.includes('..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('SIGN_PATH_OUTSIDE_WORKSPACE', `input "files": "${pattern}" is outside the workspace ${workspace}; copy the file into the workspace or set GITHUB_WORKSPACE`);
    }
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(workspace, base).replaceAll('\\', '/');
    return [relative, ...rest].filter((s) => s !== '').join('/') || '.';
}
/**
 * Drops matches that are signatures of another match (`a.sigstore.json`
 * when `a` is matched too), so `dist/*` signs the same files on a re-run.
 */
function dropOwnOutputs(files) {
    const all = new Set(files);
    const kept = [];
    const dropped = [];
    for (const file of files) {
        const suffix = OUTPUT_SUFFIXES.find((s) => file.endsWith(s));
        if (suffix && all.has(file.slice(0, -suffix.length)))
            dropped.push(file);
        else
            kept.push(file);
    }
    return { kept, dropped };
}
/** Output paths per file (absolute), beside each file or in `outputDir`. */
function planOutputs(files, options) {
    const byName = new Map();
    const problems = [];
    const plans = files.map((file) => {
        const base = options.outputDir
            ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(options.outputDir, node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(file))
            : file;
        const earlier = byName.get(base);
        if (earlier !== undefined) {
            problems.push(`"${earlier}" and "${file}" would both write ${node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(base)}${BUNDLE_SUFFIX}`);
        }
        byName.set(base, file);
        return {
            bundle: `${base}${BUNDLE_SUFFIX}`,
            signature: options.legacySig ? `${base}${SIGNATURE_SUFFIX}` : undefined,
            certificate: options.legacySig && !options.keyed
                ? `${base}${CERTIFICATE_SUFFIX}`
                : undefined
        };
    });
    if (problems.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('SIGN_OUTPUT_COLLISION', `input "output-dir": ${problems.join('; ')}; sign them in separate steps or leave "output-dir" empty to write beside each file`);
    }
    return plans;
}
/** The directory a pattern's fixed part names: `dist` for `dist/*.tgz` and `dist/a.tgz`. */
function fixedDirectoryOf(pattern) {
    const segments = pattern.replaceAll('\\', '/').split('/');
    const firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s));
    const fixed = firstGlob < 0 ? segments.slice(0, -1) : segments.slice(0, firstGlob);
    return fixed.join('/') || (pattern.startsWith('/') ? '/' : '.');
}


/***/ }),

/***/ 44042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cI: () => (/* binding */ INSTANCE_INPUT_NAMES),
/* harmony export */   ik: () => (/* binding */ SIGNING_INPUTS),
/* harmony export */   oo: () => (/* binding */ parseSigningInputs)
/* harmony export */ });
/* unused harmony export SIGNING_INPUT_NAMES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65680);
/* harmony import */ var _instance_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50586);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36388);
/* harmony import */ var _inputs_checks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81064);
/**
 * The inputs that choose a Sigstore instance and bound its calls, shared by
 * every feature that signs through the signing core (sign, provenance, the
 * rebuild verdict): the same names, descriptions and checks everywhere.
 */





/** The inputs that say which instance signs and with which token. */
const INSTANCE_INPUT_NAMES = [
    'sigstore',
    'fulcio-url',
    'rekor-url',
    'tsa-url',
    'signing-config',
    'trusted-root',
    'identity-token'
];
const SIGNING_INPUT_NAMES = [
    ...INSTANCE_INPUT_NAMES,
    'max-attempts',
    'retry-budget-seconds',
    'request-timeout-seconds'
];
const SIGNING_INPUTS = Object.fromEntries(SIGNING_INPUT_NAMES.map((name) => [name, _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .SIGN_INPUTS */ .gv[name]]));
/**
 * Parses the signing inputs of `table` (and `concurrency`, where the table
 * has it; 1 otherwise); problems go to `collector`. `key` is the keyed-mode
 * key, when the feature has one: it changes which instance inputs fit.
 */
function parseSigningInputs(table, source, collector, key) {
    const { attempt } = collector;
    const raw = (name) => attempt(() => (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readRaw */ .hc)(table, source, name), undefined);
    const integer = (name, max) => attempt(() => (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInteger */ .cG)(name, raw(name), { min: 1, max }) ?? 0, Number(table[name]?.default ?? 1));
    const url = (name) => attempt(() => (0,_inputs_checks_js__WEBPACK_IMPORTED_MODULE_4__/* .parseServiceUrl */ .i)(name, raw(name)), undefined);
    const identityToken = raw('identity-token');
    if (identityToken !== undefined && !isJwtShaped(identityToken)) {
        // Never echo the value: it may be a secret pasted in the wrong input.
        collector.problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_TOKEN_NOT_JWT', 'input "identity-token" is not a JWT (three base64url parts separated by dots): pass the raw OIDC token'));
    }
    const signing = {
        sigstore: attempt(() => (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseChoice */ .HU)('sigstore', raw('sigstore'), _instance_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGSTORE_CHOICES */ .I3), undefined),
        fulcioUrl: url('fulcio-url'),
        rekorUrl: url('rekor-url'),
        tsaUrl: url('tsa-url'),
        signingConfig: raw('signing-config'),
        trustedRoot: raw('trusted-root'),
        identityToken,
        concurrency: table.concurrency
            ? integer('concurrency', _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_CONCURRENCY */ .fx)
            : 1,
        maxAttempts: integer('max-attempts', _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_ATTEMPTS */ .m),
        retryBudgetMs: integer('retry-budget-seconds', _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RETRY_BUDGET_SECONDS */ .QA) * 1000,
        requestTimeoutMs: integer('request-timeout-seconds', _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_REQUEST_TIMEOUT_SECONDS */ .$X) * 1000
    };
    collector.problems.push(...(0,_inputs_checks_js__WEBPACK_IMPORTED_MODULE_4__/* .checkInstanceInputs */ .F)({ ...signing, key }));
    return signing;
}
function isJwtShaped(value) {
    return /^[\w-]+\.[\w-]+\.[\w-]*$/.test(value);
}


/***/ })

};
