export const id = 7198;
export const ids = [7198];
export const modules = {

/***/ 27198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  signCommand: () => (/* binding */ signCommand)
});

// EXTERNAL MODULE: ./src/io/fs/path-fence.ts
var path_fence = __webpack_require__(30979);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/lib/oci/reference.ts
var reference = __webpack_require__(25996);
// EXTERNAL MODULE: ./src/io/sign/passphrase.ts
var sign_passphrase = __webpack_require__(83582);
// EXTERNAL MODULE: ./src/io/sign/visibility.ts
var visibility = __webpack_require__(73490);
// EXTERNAL MODULE: ./src/lib/sign/concurrency.ts
var sign_concurrency = __webpack_require__(22502);
// EXTERNAL MODULE: ./src/lib/sign/paths.ts
var paths = __webpack_require__(60805);
// EXTERNAL MODULE: ./src/io/fs/atomic-write.ts
var atomic_write = __webpack_require__(72243);
// EXTERNAL MODULE: ./src/io/oci/registries.ts
var registries = __webpack_require__(3687);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./src/lib/oci/cosign.ts
var cosign = __webpack_require__(47886);
// EXTERNAL MODULE: ./src/lib/intoto/statement.ts
var statement = __webpack_require__(23145);
// EXTERNAL MODULE: ./src/lib/verify/statement.ts
var verify_statement = __webpack_require__(1256);
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
    const subjectFlags = toSubjectFlags(input.subject);
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
/** The flags naming who must have signed: certificate identity and issuer, or the key. */
function toSubjectFlags(subject) {
    return subject.kind === 'certificate'
        ? [
            '--certificate-identity',
            subject.identity,
            '--certificate-oidc-issuer',
            subject.issuer
        ]
        : ['--key', subject.publicKeyPath];
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

;// CONCATENATED MODULE: ./src/lib/oci/verify-commands.ts

function buildImageVerifyCommands(input) {
    const subjectFlags = toSubjectFlags(input.subject);
    const trustFlags = input.trustedRoot
        ? ['--trusted-root', input.trustedRoot]
        : [];
    const staging = input.instance === 'staging' ? ['--staging'] : [];
    const repo = input.repository ? ['--repo', input.repository] : [];
    return [
        toCommand([
            ...provenantCommandPrefix(),
            'verify',
            `oci://${input.reference}`,
            ...staging,
            ...subjectFlags,
            ...(input.subject.kind === 'certificate' ? repo : []),
            ...trustFlags
        ]),
        toCommand([
            'cosign',
            'verify',
            ...subjectFlags,
            ...(input.subject.kind === 'certificate' && input.repository
                ? ['--certificate-github-workflow-repository', input.repository]
                : []),
            ...trustFlags,
            ...(input.instance === 'github' ? ['--use-signed-timestamps'] : []),
            input.reference
        ])
    ];
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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
        { path: out.bundle, content: JSON.stringify((0,dist.bundleToJSON)(artifact.bundle)) }
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

// EXTERNAL MODULE: ./src/io/oci/store.ts
var store = __webpack_require__(70095);
;// CONCATENATED MODULE: ./src/io/oci/sign-images.ts
/**
 * Images signed through the run's signing session (the same key and
 * certificate as the files): per image, cosign's simple-signing payload
 * signed and stored in `sha256-<hex>.sig` (legacy), and/or an in-toto
 * statement of cosign's sign predicate as a Sigstore bundle referrer
 * (bundle), as cosign v3 does.
 */









async function signImages(images, options) {
    const { session, format, logger } = options;
    return (0,sign_concurrency/* mapWithConcurrency */.W)(images, options.concurrency, async (image) => {
        const reference = `${image.name}@${image.digest}`;
        const who = options.who;
        const signed = {
            image: image.label,
            reference,
            digest: image.digest,
            verifyCommands: buildImageVerifyCommands({
                reference,
                subject: who
                    ? { kind: 'certificate', ...who }
                    : { kind: 'key', publicKeyPath: PUBLIC_KEY_PLACEHOLDER },
                instance: options.instance,
                ...(who?.repository ? { repository: who.repository } : {}),
                ...(options.trustedRoot ? { trustedRoot: options.trustedRoot } : {})
            })
        };
        if (format !== 'bundle') {
            const payload = (0,cosign/* buildSimpleSigningPayload */.yN)(image.name, image.digest);
            const artifact = await session.signBytes(payload);
            signed.signatureTag = await (0,store/* storeSimpleSignature */.Wp)(image, payload, artifact.bundle);
            const entry = artifact.bundle.verificationMaterial.tlogEntries[0];
            if (entry)
                signed.logIndex = entry.logIndex;
        }
        if (format !== 'legacy') {
            const statement = signStatement(image);
            const bundle = await session.signDsse(statement, verify_statement/* IN_TOTO_PAYLOAD_TYPE */.T4);
            const stored = await (0,store/* storeDsseBundle */.vY)(image, (0,dist.bundleToJSON)(bundle), store/* SIGN_PREDICATE_TYPE */.LK, 'bundle', options.now());
            if (stored.referrer)
                signed.referrer = stored.referrer;
            signed.logIndex ??= bundle.verificationMaterial.tlogEntries[0]?.logIndex;
        }
        logger.info(`signed ${reference}${signed.signatureTag ? ` (${signed.signatureTag})` : ''}${signed.referrer ? ` (referrer ${signed.referrer})` : ''}`);
        return signed;
    });
}
/** The in-toto statement cosign v3 signs for an image: its sign predicate, empty. */
function signStatement(image) {
    return (0,statement/* toStatementPayload */.LL)((0,statement/* buildStatement */.Y5)([(0,registries/* imageSubject */.m1)(image)], store/* SIGN_PREDICATE_TYPE */.LK, {}));
}

// EXTERNAL MODULE: ./src/io/sign/credentials.ts
var credentials = __webpack_require__(39558);
// EXTERNAL MODULE: ./src/io/sign/cosign-key.ts
var cosign_key = __webpack_require__(81159);
// EXTERNAL MODULE: ./src/io/sign/endpoints.ts + 1 modules
var sign_endpoints = __webpack_require__(55008);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var tinyglobby_dist = __webpack_require__(73382);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
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
        const matches = await (0,tinyglobby_dist.glob)(from.relative, {
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
    const { files, outputs } = await planFiles(inputs, fence, logger);
    const images = await (0,registries/* resolveImageInputs */.$l)(inputs, {
        env: deps.registryEnv ?? process.env,
        retry,
        logger
    });
    const endpoints = await (0,sign_endpoints/* loadEndpoints */.Z)(inputs, deps.visibility, environment.now());
    const checker = inputs.trustedRoot
        ? await (0,self_check/* loadBundleChecker */.U)(external_node_path_default().resolve(workspace, inputs.trustedRoot))
        : undefined;
    if (files.length === 0 && images.length === 0) {
        logger.warning('Nothing to sign: no file matched "files".');
        return {
            files: [],
            images: [],
            instance: endpoints.instance,
            keyed: inputs.key !== undefined,
            identity: undefined,
            issuer: undefined,
            certificatesIssued: 0,
            durationMs: environment.now().getTime() - started
        };
    }
    logger.info(`Signing ${describeCount(files.length, images.length)} with the ${endpoints.instance} Sigstore instance (${[endpoints.fulcioUrl, endpoints.rekor?.url, endpoints.tsaUrl].filter(Boolean).join(', ')})`);
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
    const signedImages = await signImages(images, {
        session,
        who,
        instance: endpoints.instance,
        trustedRoot,
        format: inputs.ociFormat,
        concurrency: inputs.concurrency,
        logger,
        now: () => environment.now()
    });
    await (0,atomic_write/* writeFilesAtomically */.i)(writes);
    const durationMs = environment.now().getTime() - started;
    logger.info(`Wrote ${writes.length} file${writes.length === 1 ? '' : 's'} in ${(durationMs / 1000).toFixed(2)} s; ${session.certificatesIssued} certificate${session.certificatesIssued === 1 ? '' : 's'} from Fulcio for ${describeCount(files.length, images.length)}.`);
    return {
        files: signed,
        images: signedImages,
        instance: endpoints.instance,
        keyed: session.keyed,
        identity: who?.identity,
        issuer: who?.issuer,
        certificatesIssued: session.certificatesIssued,
        durationMs
    };
}
/** The files the patterns match and where each one's bundle (and .sig/.crt) goes. */
async function planFiles(inputs, fence, logger) {
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
    return { files, outputs };
}
/** The passphrase of a cosign encrypted key (masked in the Action); undefined for other keys. */
async function passphraseFor(key, label, deps) {
    if (key === undefined || !(0,cosign_key/* isCosignEncryptedKey */.d)(key))
        return undefined;
    const passphrase = deps.passphrase
        ? await deps.passphrase(label)
        : await (0,sign_passphrase/* readPassphrase */.jP)({ env: deps.env, label });
    if (passphrase)
        deps.onSecret(passphrase);
    return passphrase;
}
/** One session for the run (one certificate when keyless), started, and who it signs as. */
async function startSession(inputs, endpoints, deps, retry) {
    const keyLabel = deps.keyLabel ?? 'input "key"';
    const keyPassphrase = await passphraseFor(inputs.key, keyLabel, deps);
    const session = (0,sign_session/* createSigningSession */.E)({
        credentials: (0,credentials/* createCredentials */.z)(inputs, endpoints, {
            env: deps.env,
            retry,
            onSecret: deps.onSecret,
            keyLabel,
            ...(keyPassphrase !== undefined ? { keyPassphrase } : {})
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
/** "3 files and 2 images", "1 file", "2 images". */
function describeCount(files, images) {
    const parts = [];
    if (files > 0 || images === 0)
        parts.push(`${files} file${files === 1 ? '' : 's'}`);
    if (images > 0)
        parts.push(`${images} image${images === 1 ? '' : 's'}`);
    return parts.join(' and ');
}

// EXTERNAL MODULE: ./src/lib/sign/inputs.ts
var sign_inputs = __webpack_require__(36388);
// EXTERNAL MODULE: ./src/cli/input-flags.ts
var input_flags = __webpack_require__(40440);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/cli/key-flag.ts
/**
 * `--key` on the command line: a PEM file's path (as cosign's flag is) or
 * the PEM text itself. The action input is always the text, e.g. from a
 * secret. The value may be the secret itself in any form (armoured or
 * not), so no message ever repeats it; a path is read only up to the size
 * of a key file, so `--key /dev/zero` is refused, not read forever.
 */



function readKeyFlag(value) {
    if (value === undefined || value.includes('-----BEGIN')) {
        return { text: value, label: '--key' };
    }
    const label = `--key ${value}`;
    let bytes;
    try {
        bytes = readAtMost(value, cosign_key/* MAX_KEY_FILE_BYTES */.Qn + 1);
    }
    catch {
        throw new errors/* InputError */.dz('SIGN_KEY_FILE_UNREADABLE', '--key: the value is neither PEM text (-----BEGIN ...) nor the path of a readable key file; give a PEM file, or the whole PEM text with its armour: --key "$(cat key.pem)"');
    }
    if (bytes.length > cosign_key/* MAX_KEY_FILE_BYTES */.Qn) {
        throw new errors/* InputError */.dz('SIGN_KEY_FILE_TOO_LARGE', `${label}: larger than ${cosign_key/* MAX_KEY_FILE_BYTES */.Qn / 1024} KiB, so not a key file; give the PEM key file`);
    }
    return { text: bytes.toString('utf8'), label };
}
function readAtMost(file, limit) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const buffer = Buffer.alloc(limit);
        let length = 0;
        while (length < limit) {
            const read = (0,external_node_fs_.readSync)(fd, buffer, length, limit - length, null);
            if (read === 0)
                break;
            length += read;
        }
        return buffer.subarray(0, length);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

// EXTERNAL MODULE: ./src/cli/output.ts
var cli_output = __webpack_require__(96657);
;// CONCATENATED MODULE: ./src/cli/commands/sign.ts
/**
 * `provenant sign <file>...`: the sign action's core from the command line.
 * Every action input is a flag of the same name; `--local` signs against
 * the embedded local stack (and writes its trusted_root.json beside the
 * bundles); `--json` prints what was written and who signed.
 */










const USAGE = 'provenant sign <file | oci://registry/repository@sha256:digest>... [--output-dir DIR] [--legacy-sig] [--local] [--json] [--<input> VALUE]...';
const SIGN_FLAGS = { ...sign_inputs/* SIGN_INPUTS */.g, local: input_flags/* LOCAL_FLAG */.jI, json: input_flags/* JSON_FLAG */.KH };
const signCommand = {
    name: 'sign',
    summary: 'sign files with Sigstore (one certificate per run)',
    usage: USAGE,
    details: 'The files may also be given as arguments, paths or globs; images as oci:// references (a tag is resolved to its digest once). Off a runner, sign with --identity-token (or SIGSTORE_ID_TOKEN), with --key, or with --local.',
    flags: SIGN_FLAGS,
    async run(argv, output) {
        const { values, positionals, flags } = (0,input_flags/* parseInputFlags */.zq)(argv, SIGN_FLAGS);
        const env = process.env;
        const local = values.local === true;
        const { text: keyFlag, label: keyLabel } = readKeyFlag(flags('key'));
        const withFiles = (0,input_flags/* withArguments */.$I)(flags, {
            files: positionals.filter((p) => !(0,reference/* isImageReference */.hb)(p)),
            images: positionals.filter((p) => (0,reference/* isImageReference */.hb)(p))
        });
        const source = (name) => {
            // cosign and sigstore-python read a token from SIGSTORE_ID_TOKEN too.
            if (name === 'identity-token' && !local) {
                return flags(name) ?? env.SIGSTORE_ID_TOKEN;
            }
            if (name === 'key')
                return keyFlag;
            return withFiles(name);
        };
        const logger = (0,cli_output/* stderrLogger */.D)(output);
        const sign = async (inputs, verifyTrustedRoot) => signFiles(inputs, {
            fence: (0,path_fence/* openFence */._R)(process.cwd()),
            env: local ? {} : env,
            visibility: await (0,visibility/* readRepositoryVisibility */.p)(env),
            logger,
            onSecret: () => undefined,
            keyLabel,
            passphrase: (label) => (0,sign_passphrase/* readPassphrase */.jP)({ env, label, streams: (0,sign_passphrase/* processTerminal */.qH)() }),
            ...(verifyTrustedRoot ? { verifyTrustedRoot } : {})
        });
        let trustedRoot;
        let result;
        if (local) {
            // Loaded only here: the embedded stack is most of the CLI's code.
            const { signWithLocalStack } = await Promise.all(/* import() */[__webpack_require__.e(1306), __webpack_require__.e(8815), __webpack_require__.e(4037), __webpack_require__.e(7851), __webpack_require__.e(3604), __webpack_require__.e(6806)]).then(__webpack_require__.bind(__webpack_require__, 66806));
            ({ result, trustedRoot } = await signWithLocalStack(source, sign));
        }
        else {
            const inputs = (0,sign_inputs/* parseSignInputs */.a)(source);
            trustedRoot = inputs.trustedRoot;
            result = await sign(inputs);
        }
        print(output, result, trustedRoot, values.json === true);
        return 0;
    }
};
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
            images: result.images,
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
    for (const image of result.images) {
        output.out([image.reference, image.signatureTag, image.referrer]
            .filter(Boolean)
            .join(' '));
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

/***/ 83582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jP: () => (/* binding */ readPassphrase),
/* harmony export */   qH: () => (/* binding */ processTerminal)
/* harmony export */ });
/* unused harmony export PASSPHRASE_VARIABLE */
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/**
 * The passphrase of a cosign key, found as cosign finds it: COSIGN_PASSWORD
 * when it is set (even empty), else asked on the terminal without echo.
 * With neither (a runner, a pipe) it is an input error naming the key and
 * the variable, never a hang on a stdin nobody writes to. The Action asks
 * no terminal.
 */

/** The process's terminal, for the CLI. */
function processTerminal() {
    return { input: process.stdin, output: process.stderr };
}
const PASSPHRASE_VARIABLE = 'COSIGN_PASSWORD';
async function readPassphrase(request) {
    const fromEnv = request.env[PASSPHRASE_VARIABLE];
    if (fromEnv !== undefined)
        return fromEnv;
    const streams = request.streams;
    if (!streams?.input.isTTY || !streams.input.setRawMode) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_KEY_NO_PASSPHRASE', `${request.label} needs a passphrase and there is no terminal to ask on: set ${PASSPHRASE_VARIABLE} (it may be empty)`);
    }
    const first = await promptHidden(streams, 'Enter password for private key: ');
    if (!request.confirm)
        return first;
    const again = await promptHidden(streams, 'Enter password for private key again: ');
    if (again !== first) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_KEY_PASSPHRASE_MISMATCH', 'the two passwords differ: run again and type the same password twice');
    }
    return first;
}
/** One line read in raw mode, nothing echoed; Ctrl-C aborts. */
function promptHidden(streams, prompt) {
    const { input, output } = streams;
    output.write(prompt);
    input.setRawMode(true);
    input.resume();
    return new Promise((resolve, reject) => {
        let typed = '';
        const finish = (error) => {
            input.removeListener('data', onData);
            input.setRawMode(false);
            input.pause();
            output.write('\n');
            if (error)
                reject(error);
            else
                resolve(typed);
        };
        const onData = (chunk) => {
            for (const char of chunk.toString()) {
                if (char === '\r' || char === '\n' || char === '\u0004') {
                    finish();
                    return;
                }
                if (char === '\u0003') {
                    finish(new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_KEY_PROMPT_ABORTED', 'interrupted at the password prompt'));
                    return;
                }
                if (char === '\u007f' || char === '\b')
                    typed = typed.slice(0, -1);
                else
                    typed += char;
            }
        };
        input.on('data', onData);
    });
}


/***/ }),

/***/ 36388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ parseSignInputs),
/* harmony export */   g: () => (/* binding */ SIGN_INPUTS)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65680);
/* harmony import */ var _inputs_shared_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54476);
/* harmony import */ var _oci_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71676);
/* harmony import */ var _signing_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44042);
/**
 * The sign action's inputs: one table for actions/sign/action.yml and the
 * `provenant sign` flags, and the one parser both go through. The inputs
 * every signing feature shares (instance, token, retries) are
 * signing-inputs.ts's. Every problem is collected and reported at once, each
 * naming the input as the user writes it.
 */





const SIGN_INPUTS = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .defineInputs */ .pf)({
    files: {
        kind: 'list',
        description: 'Files to sign: paths or globs, newline or space separated, resolved inside the workspace.'
    },
    images: _inputs_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .IMAGES_INPUT */ .o7,
    'oci-format': _inputs_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .OCI_FORMAT_INPUT */ .jC,
    'insecure-registry': _inputs_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .INSECURE_REGISTRY_INPUT */ .wJ,
    'output-dir': _inputs_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTPUT_DIR_INPUT */ .n6,
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
    ..._signing_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .INSTANCE_INPUTS */ .mh,
    key: {
        kind: 'string',
        description: 'A PEM private key (ECDSA P-256 or Ed25519: unencrypted PKCS#8 or SEC1, or the cosign encrypted format with its passphrase in COSIGN_PASSWORD), e.g. from a secret: signs without Fulcio; bundles carry a public-key hint.'
    },
    concurrency: _signing_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .CONCURRENCY_INPUT */ .Do,
    ..._signing_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .RETRY_INPUTS */ .fK
});
function parseSignInputs(source) {
    const collector = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .collectProblems */ .vX)();
    const { attempt } = collector;
    const raw = (name) => attempt(() => (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readRaw */ .hc)(SIGN_INPUTS, source, name), undefined);
    const flag = (name) => attempt(() => (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBoolean */ .yG)(name, raw(name)), false);
    const files = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseList */ .E1)(raw('files'));
    if (files.length === 0 && source('files')?.trim()) {
        collector.problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_NO_FILES', 'input "files" names no file: give paths or globs, one a line or separated by spaces'));
    }
    const imageInputs = (0,_oci_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseImageInputs */ .MP)(raw, collector);
    if (files.length === 0 &&
        imageInputs.images.length === 0 &&
        !source('files')?.trim()) {
        collector.problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SIGN_NO_SUBJECTS', 'nothing to sign: give files (paths or globs) or images (oci://<registry>/<repository>@sha256:<digest>)'));
    }
    const key = raw('key');
    const inputs = {
        files,
        ...imageInputs,
        outputDir: raw('output-dir'),
        legacySig: flag('legacy-sig'),
        allowEmpty: flag('allow-empty'),
        key,
        ...(0,_signing_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSigningInputs */ .oo)(SIGN_INPUTS, source, collector, key)
    };
    collector.throwIfAny();
    return inputs;
}


/***/ }),

/***/ 28863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RV: () => (/* binding */ catchVerification),
/* harmony export */   ac: () => (/* binding */ verificationFailure)
/* harmony export */ });
/* unused harmony exports VERIFY_CODES, isVerifyCode */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/**
 * One VerificationError code per failed check, stable for tests and policy
 * engines (`--json` reports carry them).
 */

const VERIFY_CODES = [
    'VERIFY_BUNDLE_INVALID',
    'VERIFY_SIGNATURE_INVALID',
    'VERIFY_DIGEST_MISMATCH',
    'VERIFY_BUNDLE_OF_OTHER_ARTIFACT',
    'VERIFY_SIGNATURE_UNLOGGED',
    'VERIFY_CERTIFICATE_UNTRUSTED',
    'VERIFY_IDENTITY_MISMATCH',
    'VERIFY_ISSUER_MISMATCH',
    'VERIFY_REPO_MISMATCH',
    'VERIFY_SIGNER_WORKFLOW_MISMATCH',
    'VERIFY_SIGNER_REPO_MISMATCH',
    'VERIFY_SIGNER_DIGEST_MISMATCH',
    'VERIFY_OWNER_MISMATCH',
    'VERIFY_CERTIFICATE_WORKFLOW_MISMATCH',
    'VERIFY_SELF_HOSTED_RUNNER',
    'VERIFY_RUNNER_UNKNOWN',
    'VERIFY_STATEMENT_INVALID',
    'VERIFY_SUBJECT_MISMATCH',
    'VERIFY_PREDICATE_TYPE_MISMATCH',
    'VERIFY_SOURCE_MISMATCH',
    'VERIFY_SOURCE_REF_MISMATCH',
    'VERIFY_SOURCE_DIGEST_MISMATCH',
    'VERIFY_BUILDER_MISMATCH',
    'VERIFY_BUILDER_UNTRUSTED',
    'VERIFY_BUILDER_REF_INVALID',
    'VERIFY_WORKFLOW_INPUT_MISMATCH',
    'VERIFY_CLAIM_BUILDER_MISMATCH',
    'VERIFY_CLAIM_REPOSITORY_MISMATCH',
    'VERIFY_CLAIM_COMMIT_MISMATCH',
    'VERIFY_CLAIM_REF_MISMATCH',
    'VERIFY_CLAIM_WORKFLOW_MISMATCH',
    'VERIFY_SBOM_INVALID',
    'VERIFY_SBOM_SUBJECT_MISMATCH',
    'VERIFY_CHECKSUM_MISMATCH',
    'VERIFY_NOT_REPRODUCIBLE',
    'VERIFY_REBUILDER_MISMATCH',
    'VERIFY_SIGNATURE_ABSENT',
    'VERIFY_PROVENANCE_ABSENT',
    'VERIFY_SBOM_ABSENT',
    'VERIFY_CHECKSUM_ABSENT',
    'VERIFY_REPRODUCIBLE_ABSENT',
    'VERIFY_VEX_UNCOVERED',
    'VERIFY_VEX_ABSENT',
    'VERIFY_MINISIGN_INVALID',
    'VERIFY_FILE_UNVERIFIED',
    'VERIFY_IMAGE_TAG_MOVED',
    'VERIFY_IMAGE_DIGEST_MISMATCH',
    'VERIFY_IMAGE_REPOSITORY_MISMATCH',
    'VERIFY_IMAGE_ATTACHMENT_INVALID'
];
function verificationFailure(code, message, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(code, message, { cause });
}
/** The code and message of a VerificationError thrown by `check`, or undefined. */
function catchVerification(check) {
    try {
        check();
        return undefined;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk && isVerifyCode(error.code)) {
            return { code: error.code, reason: error.message };
        }
        throw error;
    }
}
function isVerifyCode(code) {
    return VERIFY_CODES.includes(code);
}


/***/ }),

/***/ 9892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ parseDigestArgument),
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   Zm: () => (/* binding */ comparable),
/* harmony export */   _j: () => (/* binding */ matchesDigest)
/* harmony export */ });
/**
 * The digests of an artifact as verify compares them: SHA-256 always,
 * SHA-512 when the file was hashed (statements and checksum files may use
 * either). Hex is lower case everywhere.
 */
const SHA256_ARGUMENT = /^sha256:([0-9a-fA-F]{64})$/;
/**
 * The conformance rule for FILE_OR_DIGEST: `sha256:` and 64 hex digits, and
 * not a path on disk; anything else is a path.
 */
function parseDigestArgument(raw, existsOnDisk) {
    const match = SHA256_ARGUMENT.exec(raw);
    if (!match || existsOnDisk)
        return undefined;
    return match[1].toLowerCase();
}
/** True when one of `digest`'s algorithms names the same bytes as the artifact. */
function matchesDigest(artifact, digest) {
    return Object.entries(digest).some(([algorithm, hex]) => {
        if (typeof hex !== 'string')
            return false;
        const mine = artifact[algorithm.toLowerCase()];
        return mine !== undefined && mine === hex.toLowerCase();
    });
}
/** True when `digest` has an algorithm the artifact was hashed with. */
function comparable(artifact, digest) {
    return Object.keys(digest).some((algorithm) => artifact[algorithm.toLowerCase()] !== undefined);
}
/** `sha256:abcdef012345…` for messages: enough to tell digests apart. */
function shortDigest(algorithm, hex) {
    return `${algorithm}:${hex.slice(0, 12)}…`;
}


/***/ }),

/***/ 1256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ parseStatement),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   HJ: () => (/* binding */ toStatement),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   iZ: () => (/* binding */ sameAssetName),
/* harmony export */   uK: () => (/* binding */ relateSubject)
/* harmony export */ });
/* harmony import */ var _codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28863);
/* harmony import */ var _digests_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9892);
/**
 * in-toto statements as verify reads them (v0.1 and v1 alike): subjects,
 * predicate type and predicate, and how a statement relates to an artifact.
 */


const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The statement in a DSSE payload; VERIFY_STATEMENT_INVALID when it is none. */
function parseStatement(payloadType, payload) {
    if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_STATEMENT_INVALID', `the envelope carries ${payloadType || '(no payload type)'}, not an in-toto statement (${IN_TOTO_PAYLOAD_TYPE})`);
    }
    let json;
    try {
        json = JSON.parse(Buffer.from(payload).toString('utf8'));
    }
    catch (error) {
        throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_STATEMENT_INVALID', 'the in-toto payload is not JSON', error);
    }
    const statement = toStatement(json);
    if (!statement) {
        throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_STATEMENT_INVALID', 'the in-toto payload has no _type, subject list and predicateType');
    }
    return statement;
}
/** A statement from parsed JSON, or undefined when it is not shaped like one. */
function toStatement(json) {
    if (!isObject(json) || typeof json._type !== 'string')
        return undefined;
    if (!Array.isArray(json.subject) || typeof json.predicateType !== 'string') {
        return undefined;
    }
    const subjects = json.subject.filter(isObject).map((s) => ({
        name: typeof s.name === 'string' ? s.name : '',
        digest: isObject(s.digest)
            ? Object.fromEntries(Object.entries(s.digest)
                .filter(([, v]) => typeof v === 'string')
                .map(([k, v]) => [k.toLowerCase(), v.toLowerCase()]))
            : {}
    }));
    return {
        type: json._type,
        subjects,
        predicateType: json.predicateType,
        predicate: isObject(json.predicate) ? json.predicate : {}
    };
}
/**
 * How a statement relates to an artifact: a subject with its digest
 * (match), else a subject with its name whose digest differs (mismatch),
 * else none.
 */
function relateSubject(statement, digests, name) {
    const match = statement.subjects.find((s) => (0,_digests_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesDigest */ ._j)(digests, s.digest));
    if (match)
        return { kind: 'match', subject: match };
    if (name !== undefined) {
        const named = statement.subjects.find((s) => sameAssetName(s.name, name) && (0,_digests_js__WEBPACK_IMPORTED_MODULE_1__/* .comparable */ .Zm)(digests, s.digest));
        if (named)
            return { kind: 'mismatch', subject: named };
    }
    return { kind: 'none' };
}
/** `dist/a.tar.gz`, `./a.tar.gz` and `a.tar.gz` name the same asset. */
function sameAssetName(subjectName, assetName) {
    const base = (n) => n.split(/[\\/]/).pop() ?? n;
    return base(subjectName) === base(assetName);
}


/***/ })

};
