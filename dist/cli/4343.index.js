export const id = 4343;
export const ids = [4343];
export const modules = {

/***/ 84343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rebuildConsensusCommand: () => (/* binding */ rebuildConsensusCommand)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/rebuild/checksums.ts
var checksums = __webpack_require__(44759);
;// CONCATENATED MODULE: ./src/lib/rebuild/consensus.ts
/**
 * Consensus over independent rebuilds: every reference (released) artifact
 * must have been rebuilt, bit for bit, by at least `quorum` of the rebuilds,
 * all of the same commit and against the same reference. Rebuilds that
 * disagree with each other are named even when the quorum is met.
 */


function buildConsensus(records, quorumInput, reference) {
    if (records.length === 0) {
        throw new errors/* InputError */.dz('REBUILD_CONSENSUS_NO_REPORTS', 'input "reports": no report.json found; point it at the directory the rebuild jobs uploaded their reports to');
    }
    const quorum = quorumInput ?? records.length;
    if (quorum < 1 || quorum > records.length) {
        throw new errors/* InputError */.dz('REBUILD_CONSENSUS_QUORUM', `input "quorum": ${quorum} cannot be met by ${records.length} rebuild report(s); give a number from 1 to ${records.length}`);
    }
    const commits = [...new Set(records.map((r) => r.commit))];
    if (commits.length > 1) {
        throw new errors/* InputError */.dz('REBUILD_CONSENSUS_COMMITS', `the reports rebuilt different commits (${commits.join(', ')}); a consensus needs rebuilds of one commit`);
    }
    const released = reference ?? referenceOf(records);
    const artifacts = released
        .toSorted((a, b) => (0,checksums/* compareNames */.MP)(a.name, b.name))
        .map((ref) => {
        const rebuilt = records.map((r) => ({
            label: r.label,
            sha256: r.artifacts.find((a) => a.name === ref.name)?.rebuilt
        }));
        const agreeing = rebuilt.filter((r) => r.sha256 === ref.sha256).length;
        const distinct = new Set(rebuilt.map((r) => r.sha256 ?? 'none')).size;
        return {
            name: ref.name,
            reference: ref.sha256,
            rebuilt,
            agreeing,
            distinct,
            met: agreeing >= quorum
        };
    });
    return {
        reproducible: artifacts.length > 0 && artifacts.every((a) => a.met),
        quorum,
        rebuilds: records.length,
        commit: commits[0],
        artifacts
    };
}
/** The reference digests the reports share; an error when they disagree. */
function referenceOf(records) {
    const digests = new Map();
    for (const record of records) {
        for (const a of record.artifacts) {
            if (a.reference === undefined)
                continue;
            const seen = digests.get(a.name);
            if (seen !== undefined && seen !== a.reference) {
                throw new errors/* InputError */.dz('REBUILD_CONSENSUS_REFERENCES', `the reports compared ${a.name} with different reference digests (${seen.slice(0, 12)}… and ${a.reference.slice(0, 12)}… in ${record.label}); give --reference so that every rebuild is judged against the same release`);
            }
            digests.set(a.name, a.reference);
        }
    }
    return [...digests].map(([name, sha256]) => ({ name, sha256 }));
}
/** A report.json's text -> the record the consensus needs; InputError when it is not one. */
function parseRebuildRecord(text, label) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        json = undefined;
    }
    const report = json;
    if (report?.version !== 1 ||
        typeof report.source?.commit !== 'string' ||
        !Array.isArray(report.artifacts)) {
        throw new errors/* InputError */.dz('REBUILD_CONSENSUS_REPORT', `${label} is not a Provenant rebuild report.json (version 1)`);
    }
    const str = (v) => typeof v === 'string' ? v : undefined;
    return {
        label,
        commit: report.source.commit,
        rebuilder: str(report.rebuilder?.id) ?? label,
        artifacts: report.artifacts.flatMap((a) => typeof a.name === 'string'
            ? [
                {
                    name: a.name,
                    reference: str(a.reference?.sha256),
                    rebuilt: str(a.rebuilt?.sha256)
                }
            ]
            : [])
    };
}

// EXTERNAL MODULE: ./src/lib/rebuild/markdown.ts
var markdown = __webpack_require__(82202);
;// CONCATENATED MODULE: ./src/lib/rebuild/consensus-md.ts

function toConsensusMarkdown(consensus) {
    const head = consensus.reproducible
        ? '# Rebuild consensus: reproducible ✅'
        : '# Rebuild consensus: not reproducible ❌';
    const labels = consensus.artifacts[0]?.rebuilt.map((r) => r.label) ?? [];
    const rows = consensus.artifacts.map((a) => [
        a.met ? '✅' : '❌',
        (0,markdown/* code */.aY)(a.name),
        (0,markdown/* shortSha */.Fu)(a.reference),
        `${a.agreeing} of ${consensus.rebuilds}`,
        ...a.rebuilt.map((r) => r.sha256 === undefined
            ? 'not rebuilt'
            : r.sha256 === a.reference
                ? 'same'
                : (0,markdown/* shortSha */.Fu)(r.sha256))
    ]);
    const disputed = consensus.artifacts
        .filter((a) => a.distinct > 1)
        .map((a) => (0,markdown/* code */.aY)(a.name));
    return ([
        head,
        '',
        `${consensus.rebuilds} independent rebuild(s) of commit ${(0,markdown/* code */.aY)(consensus.commit)}; each released artifact needs ${consensus.quorum} rebuild(s) that reproduce it bit for bit.`,
        '',
        (0,markdown/* table */.tp)([
            '',
            'artifact',
            'release SHA-256',
            'reproduced by',
            ...labels.map(markdown/* code */.aY)
        ], rows),
        ...(disputed.length > 0
            ? [
                '',
                `The rebuilds disagree with each other about ${disputed.join(', ')}: see each rebuild's report.md.`
            ]
            : [])
    ].join('\n') + '\n');
}

// EXTERNAL MODULE: ./src/lib/intoto/statement.ts
var statement = __webpack_require__(23145);
;// CONCATENATED MODULE: ./src/lib/rebuild/consensus-statement.ts

const CONSENSUS_PREDICATE_TYPE = 'https://provenant.dev/rebuild-consensus/v1';
function buildConsensusStatement(consensus) {
    const artifacts = consensus.artifacts.filter((a) => a.reference !== '');
    return (0,statement/* buildStatement */.Y5)(artifacts.map((a) => ({ name: a.name, digest: { sha256: a.reference } })), CONSENSUS_PREDICATE_TYPE, {
        reproducible: consensus.reproducible,
        quorum: consensus.quorum,
        rebuilds: consensus.rebuilds,
        commit: consensus.commit,
        artifacts: artifacts.map((a) => ({
            name: a.name,
            digest: { sha256: a.reference },
            reproducible: a.met,
            agreeing: a.agreeing
        }))
    });
}

// EXTERNAL MODULE: ./src/io/rebuild/reference.ts
var rebuild_reference = __webpack_require__(93113);
// EXTERNAL MODULE: ./src/io/rebuild/write-report.ts + 1 modules
var write_report = __webpack_require__(28404);
;// CONCATENATED MODULE: ./src/io/rebuild/consensus.ts
/**
 * The consensus job's I/O: every report.json under a directory (one per
 * rebuild job's uploaded artifact), optionally the release's own digests,
 * and consensus.json / consensus.md written beside them.
 */








async function readRebuildRecords(dir) {
    const files = (await (0,dist.glob)(['**/report.json'], { cwd: dir, dot: true })).sort();
    return Promise.all(files.map(async (file) => parseRebuildRecord(await (0,promises_.readFile)(external_node_path_default().join(dir, file), 'utf8'), external_node_path_default().dirname(file) === '.' ? file : external_node_path_default().dirname(file))));
}
async function runConsensus(run, deps) {
    const records = await readRebuildRecords(run.reportsDir);
    let reference;
    if (run.reference !== undefined) {
        const names = new Set(records.flatMap((r) => r.artifacts.map((a) => a.name)));
        const loaded = await (0,rebuild_reference/* loadReference */.Q)(run.reference, (name) => names.has(name), deps);
        await loaded.cleanup();
        reference = loaded.artifacts.map((a) => ({
            name: a.name,
            sha256: a.sha256
        }));
    }
    const consensus = buildConsensus(records, run.quorum, reference);
    await (0,promises_.mkdir)(run.outputDir, { recursive: true });
    const json = external_node_path_default().join(run.outputDir, 'consensus.json');
    const markdown = external_node_path_default().join(run.outputDir, 'consensus.md');
    await (0,write_report/* writeAtomic */.vZ)(json, `${JSON.stringify(consensus, null, 2)}\n`);
    await (0,write_report/* writeAtomic */.vZ)(markdown, toConsensusMarkdown(consensus));
    const statement = buildConsensusStatement(consensus);
    const statementFile = external_node_path_default().join(run.outputDir, CONSENSUS_FILES.statement);
    await (0,write_report/* writeAtomic */.vZ)(statementFile, `${JSON.stringify(statement, null, 2)}\n`);
    if (!run.sign || statement.subject.length === 0) {
        return { consensus, json, markdown };
    }
    const signed = (await run.sign(statement));
    const bundle = external_node_path_default().join(run.outputDir, CONSENSUS_FILES.bundle);
    await (0,write_report/* writeAtomic */.vZ)(bundle, `${JSON.stringify(signed)}\n`);
    const shipped = await shipVerdict(run, signed, [statementFile, bundle], deps);
    return { consensus, json, markdown, bundle, ...shipped };
}
/**
 * The signed verdict attached to the release (where `verify --release`
 * finds it) and/or stored with the attestations: --store stores it; an
 * immutable release, which takes no asset, sends it to the store instead.
 */
async function shipVerdict(run, signed, files, deps) {
    let releaseUrl;
    let store = run.store;
    if (run.attach) {
        const attached = await run.attach(files);
        if (attached.attached)
            releaseUrl = attached.htmlUrl;
        else {
            deps.log(`note: ${attached.reason}; the signed verdict goes to the attestation store instead, where \`provenant verify --github-attestations --rebuilder-identity\` finds it`);
            store ??= run.fallbackStore;
        }
    }
    const attestationUrl = store ? (await store.store(signed)).url : undefined;
    return {
        ...(releaseUrl ? { releaseUrl } : {}),
        ...(attestationUrl ? { attestationUrl } : {})
    };
}
/** What the consensus job writes beside consensus.json. */
const CONSENSUS_FILES = {
    statement: 'consensus.intoto.json',
    bundle: 'consensus.sigstore.json'
};

// EXTERNAL MODULE: ./src/lib/inputs/index.ts + 3 modules
var inputs = __webpack_require__(65680);
// EXTERNAL MODULE: ./src/lib/rebuild/inputs.ts + 1 modules
var rebuild_inputs = __webpack_require__(70294);
// EXTERNAL MODULE: ./src/lib/sign/signing-inputs.ts
var signing_inputs = __webpack_require__(44042);
// EXTERNAL MODULE: ./src/io/github/environment.ts
var environment = __webpack_require__(7559);
// EXTERNAL MODULE: ./src/cli/input-flags.ts
var input_flags = __webpack_require__(40440);
// EXTERNAL MODULE: ./src/io/github/attestations.ts
var attestations = __webpack_require__(33971);
// EXTERNAL MODULE: ./src/io/net/retry.ts + 1 modules
var retry = __webpack_require__(69961);
// EXTERNAL MODULE: ./src/io/github/client.ts
var github_client = __webpack_require__(48363);
// EXTERNAL MODULE: ./src/lib/digest.ts
var lib_digest = __webpack_require__(8899);
// EXTERNAL MODULE: ./src/lib/ports.ts
var ports = __webpack_require__(93387);
// EXTERNAL MODULE: ./src/lib/net/retry.ts
var net_retry = __webpack_require__(46269);
;// CONCATENATED MODULE: ./src/io/release/release-api.ts
/**
 * The GitHub release calls publishing and attaching share: a client whose
 * every call is retried with a release's long budgets, and the upload of
 * assets by digest (one of the same name and digest stays, one with another
 * digest is replaced).
 */







/** An upload of a large asset takes long: each request may take this long. */
const RELEASE_REQUEST_TIMEOUT_MS = 600_000;
const RELEASE_RETRY_BUDGET_MS = 1_800_000;
function createApi(target, options) {
    const client = new github_client/* GitHubClient */.jh({
        apiUrl: target.apiUrl,
        token: target.token,
        retry: releaseRetry(options)
    });
    return {
        client,
        call: async (pathOrUrl, call) => (await client.call(pathOrUrl, call)).data
    };
}
/** The kernel's retry with the release's attempts, waits and log. */
function releaseRetry(options) {
    const log = options.log;
    return (0,retry/* createRetryContext */.UF)({
        maxAttempts: options.maxAttempts ?? net_retry/* DEFAULT_MAX_ATTEMPTS */.Gz,
        retryBudgetMs: RELEASE_RETRY_BUDGET_MS,
        requestTimeoutMs: RELEASE_REQUEST_TIMEOUT_MS
    }, log ? { ...ports/* SILENT_LOGGER */.B, info: log, warning: log } : ports/* SILENT_LOGGER */.B, options.sleep ? { sleep: options.sleep } : {});
}
/**
 * Uploads each file as an asset of the release, unless an asset of its name
 * and SHA-256 digest is there; one of its name with another digest is
 * deleted first. `releasesBase` is the releases collection's path or URL.
 * Returns the names uploaded.
 */
async function uploadAssets(api, releasesBase, release, files) {
    const uploadBase = release.upload_url.replace(/\{.*\}$/, '');
    const uploaded = [];
    for (const file of files) {
        const name = external_node_path_default().basename(file);
        const bytes = await (0,promises_.readFile)(file);
        const digest = (0,lib_digest/* sha256Digest */.s)(bytes);
        const there = release.assets.find((a) => a.name === name);
        if (there?.digest === digest)
            continue;
        if (there) {
            await api.call(`${releasesBase}/assets/${there.id}`, { method: 'DELETE' });
        }
        await api.call(`${uploadBase}?name=${encodeURIComponent(name)}`, {
            method: 'POST',
            body: bytes,
            contentType: 'application/octet-stream'
        });
        uploaded.push(name);
    }
    return uploaded;
}

;// CONCATENATED MODULE: ./src/io/release/attach.ts
/**
 * Files added to a release already published, as the consensus job of
 * reproducibility.yml adds the signed rebuild verdict: allowed on GitHub
 * unless the repository has immutable releases on, in which case the
 * release reports `immutable: true` (or refuses the upload with 422) and
 * nothing is added. An asset of the same name and digest stays; one with
 * another digest is replaced. Every call is retried as publishing is.
 */



async function attachToRelease(target, files, options = {}) {
    const api = createApi(target, options);
    const base = `/repos/${target.repository}/releases`;
    const release = await api
        .call(`${base}/tags/${encodeURIComponent(target.tag)}`, {})
        .catch((error) => {
        if ((0,github_client/* gitHubStatusOf */.dU)(error) === 404) {
            throw new errors/* InputError */.dz('ATTACH_NO_RELEASE', `${target.repository} has no published release ${target.tag} to attach to: give the tag of a published release`, { cause: error });
        }
        throw error;
    });
    const immutable = `release ${target.tag} of ${target.repository} is immutable (published with immutable releases on) and takes no new asset`;
    if (release.immutable === true)
        return { attached: false, reason: immutable };
    let uploaded;
    try {
        uploaded = await uploadAssets(api, base, release, files);
    }
    catch (error) {
        // The setting turned on since the release was read: nothing added.
        if ((0,github_client/* gitHubStatusOf */.dU)(error) === 422 &&
            /immutable/i.test(`${(0,github_client/* gitHubDetailOf */.en)(error)} ${String(error)}`)) {
            return { attached: false, reason: immutable };
        }
        throw error;
    }
    return { attached: true, htmlUrl: release.html_url, uploaded };
}

// EXTERNAL MODULE: ./src/io/rebuild/sign-verdict.ts
var sign_verdict = __webpack_require__(12875);
// EXTERNAL MODULE: ./src/io/sign/visibility.ts
var visibility = __webpack_require__(73490);
// EXTERNAL MODULE: ./src/lib/provenance/claims.ts
var claims = __webpack_require__(14450);
// EXTERNAL MODULE: ./src/cli/output.ts
var output = __webpack_require__(96657);
;// CONCATENATED MODULE: ./src/cli/commands/consensus-signing.ts
/**
 * `rebuild-consensus --sign [--attach] [--store]`: the consensus verdict
 * signed through the signing core (keyless, the job's identity); with
 * --attach, its statement and bundle attached to the release (where
 * `verify --release --rebuilder-identity` finds them), or, when the release
 * is immutable, kept in the repository's GitHub attestation store under
 * each released artifact's digest, as --store always does (where
 * `verify --github-attestations --rebuilder-identity` finds it).
 */












async function createConsensusSigning(flag, options) {
    const problems = (0,inputs/* collectProblems */.vX)();
    const signing = (0,signing_inputs/* parseSigningInputs */.oo)(signing_inputs/* SIGNING_INPUTS */.ik, flag, problems);
    const publishing = options.store || options.attach !== undefined;
    if (publishing && (!options.repository || !options.token)) {
        problems.problems.push(new errors/* InputError */.dz('CONSENSUS_STORE', `${options.store ? '--store' : '--attach'} needs --repo owner/name (or GITHUB_REPOSITORY) and --github-token (or GITHUB_TOKEN)`));
    }
    problems.throwIfAny();
    const env = process.env;
    const logger = (0,output/* stderrLogger */.D)(options.output);
    const sign = await (0,sign_verdict/* createVerdictSigner */.k)(signing, {
        env,
        visibility: await (0,visibility/* readRepositoryVisibility */.p)(env),
        resolve: (p) => external_node_path_default().resolve(p),
        logger,
        onSecret: () => undefined
    });
    if (!publishing)
        return { sign };
    const apiUrl = (0,environment/* githubApiUrl */.BN)(env);
    const { owner, repo } = (0,claims/* splitRepository */.T8)(options.repository);
    const store = (0,attestations/* createGitHubAttestationStore */.LT)({
        apiUrl,
        serverUrl: (0,environment/* githubServerUrl */.EI)(env),
        owner,
        repo,
        token: options.token,
        retry: (0,retry/* createRetryContext */.UF)(signing, logger)
    });
    const tag = options.attach;
    if (tag === undefined)
        return { sign, store };
    const attach = (files) => attachToRelease({
        apiUrl,
        token: options.token,
        repository: options.repository,
        tag
    }, files, { log: (m) => options.output.err(m) });
    return {
        sign,
        attach,
        ...(options.store ? { store } : { fallbackStore: store })
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/rebuild-consensus.ts
/**
 * `provenant rebuild-consensus`: the consensus job of reproducibility.yml.
 * Reads every rebuild job's report.json and requires each released artifact
 * to be reproduced by `--quorum` of them (all, by default), optionally
 * judged against the release itself. Exit 0 agreed, 1 not, 2 bad input.
 */













const USAGE = 'provenant rebuild-consensus --reports DIR [--quorum N] [--reference <dir | checksums file | release tag>] [--report-dir DIR] [--github-token TOKEN] [--sign [--attach] [--store] [--repo owner/name] [--sigstore ... --fulcio-url ... --trusted-root ...]] [--json]';
const CONSENSUS_FLAGS = (0,inputs/* defineInputs */.pf)({
    reports: {
        kind: 'string',
        required: true,
        description: "The folder holding the rebuild jobs' report.json files (one folder per rebuilder, any depth).",
        example: 'rebuild-reports'
    },
    quorum: {
        kind: 'integer',
        description: 'How many independent rebuilds must agree; all of them when not given.',
        example: '2'
    },
    reference: {
        ...rebuild_inputs/* REBUILD_INPUTS */.uY.reference,
        required: false
    },
    'report-dir': {
        kind: 'string',
        default: 'provenant-consensus',
        description: 'Folder for consensus.json and consensus.md.',
        example: 'consensus'
    },
    'github-token': rebuild_inputs/* REBUILD_INPUTS */.uY['github-token'],
    sign: {
        kind: 'boolean',
        description: 'Sign the consensus verdict (an in-toto statement) with Sigstore, as the consensus job does; it runs no build code.'
    },
    attach: {
        kind: 'boolean',
        description: 'With --sign: attach the signed verdict (consensus.intoto.json, consensus.sigstore.json) to the release of the --reference tag, where `verify --release --rebuilder-identity` finds it; a release of a repository with immutable releases takes no new asset, so the verdict is then stored with the attestations instead (as --store), and the log says so.'
    },
    store: {
        kind: 'boolean',
        description: "With --sign: store the signed verdict in GitHub's attestation store under each artifact's digest."
    },
    repo: {
        kind: 'string',
        description: 'The owner/name to store the verdict under (default: GITHUB_REPOSITORY).',
        example: 'acme/widget'
    },
    ...signing_inputs/* SIGNING_INPUTS */.ik,
    json: input_flags/* JSON_FLAG */.KH
});
const rebuildConsensusCommand = {
    name: 'rebuild-consensus',
    summary: 'require independent rebuilds to agree with each other and with the release',
    usage: USAGE,
    flags: CONSENSUS_FLAGS,
    async run(argv, output) {
        const { values } = (0,input_flags/* parseFlags */.bQ)(argv, CONSENSUS_FLAGS, {
            allowPositionals: false
        });
        if (!values.reports) {
            throw new errors/* InputError */.dz('INPUT_REQUIRED', `--reports is required: the directory holding the rebuild jobs' report.json files; usage: ${USAGE}`);
        }
        const env = process.env;
        const cwd = process.cwd();
        const token = (0,environment/* githubTokenOf */.A2)(values['github-token'], env);
        const signing = values.sign
            ? await createConsensusSigning((name) => values[name], {
                store: values.store === true,
                attach: values.attach === true ? attachTag(values.reference) : undefined,
                repository: values.repo ?? env.GITHUB_REPOSITORY,
                token,
                output
            })
            : {};
        const { consensus, json, markdown, bundle, attestationUrl, releaseUrl } = await runConsensus({
            ...signing,
            reportsDir: external_node_path_default().resolve(cwd, values.reports),
            quorum: (0,inputs/* parseInteger */.cG)('quorum', values.quorum, { min: 1, max: 1000 }),
            reference: values.reference,
            outputDir: external_node_path_default().resolve(cwd, values['report-dir'] ?? 'provenant-consensus')
        }, {
            cwd,
            tempDir: external_node_os_default().tmpdir(),
            github: (0,rebuild_reference/* toReferenceGitHub */.a)(env, token),
            log: (m) => output.err(m)
        });
        if (values.json) {
            output.out(JSON.stringify({ ...consensus, consensusJson: json, consensusMd: markdown }, null, 2));
        }
        else {
            output.out(`${consensus.reproducible ? 'reproducible' : 'not reproducible'}: ${consensus.rebuilds} rebuild(s), quorum ${consensus.quorum}`);
            for (const a of consensus.artifacts) {
                output.out(`  ${a.met ? '✅' : '❌'} ${a.name}: reproduced by ${a.agreeing} of ${consensus.rebuilds}${a.distinct > 1 ? ' (rebuilds disagree)' : ''}`);
            }
            output.out(`report: ${markdown}`);
            if (bundle)
                output.out(`signed verdict: ${bundle}`);
            if (releaseUrl)
                output.out(`attached to the release: ${releaseUrl}`);
            if (attestationUrl)
                output.out(`stored with GitHub: ${attestationUrl}`);
        }
        return consensus.reproducible ? 0 : errors/* EXIT_VERIFICATION_FAILED */.fQ;
    }
};
/** --attach goes to the release named by --reference, which must be a tag. */
function attachTag(reference) {
    if (reference === undefined || reference === '') {
        throw new errors/* InputError */.dz('CONSENSUS_ATTACH', '--attach needs --reference <release tag>: the release the verdict is attached to');
    }
    return reference;
}


/***/ }),

/***/ 33971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LT: () => (/* binding */ createGitHubAttestationStore)
/* harmony export */ });
/* unused harmony exports REFUSED_STATUSES, explain */
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48363);
/**
 * GitHub's artifact attestation store: `POST /repos/{owner}/{repo}/attestations`
 * with `{ bundle }`, through the GitHub client (retries of 429, 5xx, rate
 * limits and network errors, with backoff and a budget). A 403 or 404 is
 * explained: what it usually means and how to fix it or skip storing.
 */


/** Statuses after which storing cannot work until something is changed. */
const REFUSED_STATUSES = (/* unused pure expression or super */ null && ([403, 404]));
function createGitHubAttestationStore(options) {
    const client = new _client_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubClient */ .jh({
        apiUrl: options.apiUrl,
        token: options.token,
        retry: options.retry
    });
    const path = `/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}/attestations`;
    return {
        store: async (bundle) => {
            const answer = await client
                .call(path, { method: 'POST', json: { bundle } })
                .catch((error) => {
                throw explainRefusal(error);
            });
            const id = answer.data.id;
            if (typeof id !== 'number' && typeof id !== 'string') {
                throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7('github', `POST ${path} answered without an id`);
            }
            const server = options.serverUrl.replace(/\/+$/, '');
            return {
                id: String(id),
                url: `${server}/${options.owner}/${options.repo}/attestations/${id}`
            };
        }
    };
}
/** A refusal GitHub will repeat, explained; anything else as it came. */
function explainRefusal(error) {
    const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .gitHubStatusOf */ .dU)(error);
    if (!(error instanceof _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7) ||
        error.retryable ||
        status === undefined) {
        return error;
    }
    return new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7('github', explain(status, (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .gitHubDetailOf */ .en)(error)), {
        status,
        retryable: false,
        cause: error
    });
}
/** What a refusal means and how to get past it. */
function explain(status, detail) {
    const skip = 'or set `store: false` to only write the bundles (they verify offline), or `on-store-error: warn` to go on without storing';
    if (status === 403) {
        return `GitHub refused to store the attestation (HTTP 403${detail}): the token lacks \`permissions: attestations: write\`, or this repository cannot use artifact attestations (a private repository on a plan without them, or GitHub Enterprise Server). Add \`attestations: write\` to the job's permissions, ${skip}`;
    }
    if (status === 404) {
        return `GitHub has no attestation store for this repository (HTTP 404${detail}): GitHub Enterprise Server without artifact attestations, a wrong GITHUB_API_URL or repository, or a token that cannot see the repository. Check GITHUB_API_URL and the token, ${skip}`;
    }
    if (status === 401) {
        return `GitHub did not accept the token (HTTP 401${detail}): check "github-token"`;
    }
    return `GitHub refused to store the attestation (HTTP ${status}${detail})`;
}


/***/ }),

/***/ 80721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ signStatements),
/* harmony export */   k: () => (/* binding */ createProvenanceSigner)
/* harmony export */ });
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61040);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/* harmony import */ var _lib_intoto_statement_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(23145);
/* harmony import */ var _lib_sign_concurrency_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(22502);
/* harmony import */ var _sign_credentials_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39558);
/* harmony import */ var _sign_endpoints_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55008);
/* harmony import */ var _sign_self_check_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(653);
/* harmony import */ var _sign_session_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(99378);
/**
 * Provenance signs through the sign feature's core: the same endpoints,
 * credentials and session (one ephemeral key, one Fulcio certificate for
 * the run), each statement as a DSSE envelope; with trusted-root every
 * bundle is verified before anything is written.
 */








async function createProvenanceSigner(inputs, deps) {
    const signingConfig = inputs.signingConfig && deps.resolve(inputs.signingConfig);
    const endpoints = await (0,_sign_endpoints_js__WEBPACK_IMPORTED_MODULE_3__/* .loadEndpoints */ .Z)({ ...inputs, signingConfig, key: undefined }, deps.visibility, deps.retry.env.now());
    const checker = inputs.trustedRoot
        ? await (0,_sign_self_check_js__WEBPACK_IMPORTED_MODULE_4__/* .loadBundleChecker */ .U)(deps.resolve(inputs.trustedRoot))
        : undefined;
    const credentials = (0,_sign_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .createCredentials */ .z)({ key: undefined, identityToken: inputs.identityToken }, endpoints, { env: deps.env, retry: deps.retry, onSecret: deps.onSecret });
    if (credentials.kind !== 'fulcio') {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('PROVENANCE_KEYLESS_ONLY', 'build provenance is signed keyless: the certificate binds the workflow identity');
    }
    const session = (0,_sign_session_js__WEBPACK_IMPORTED_MODULE_5__/* .createSigningSession */ .E)({
        credentials,
        endpoints,
        retry: deps.retry
    });
    return { endpoints, tokens: credentials.tokens, session, checker };
}
/** Signs every statement, `concurrency` at a time, in order. */
async function signStatements(signer, statements, concurrency) {
    await signer.session.start();
    return (0,_lib_sign_concurrency_js__WEBPACK_IMPORTED_MODULE_6__/* .mapWithConcurrency */ .W)(statements, concurrency, async (planned) => {
        const bundle = await signer.session.signDsse((0,_lib_intoto_statement_js__WEBPACK_IMPORTED_MODULE_7__/* .toStatementPayload */ .LL)(planned.statement), _lib_intoto_statement_js__WEBPACK_IMPORTED_MODULE_7__/* .IN_TOTO_PAYLOAD_TYPE */ .T4);
        signer.checker?.check(bundle, signer.session.publicKey, `the statement ${planned.bundleFile}`);
        return { planned, bundle: (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleToJSON)(bundle) };
    });
}


/***/ }),

/***/ 12875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ createVerdictSigner)
/* harmony export */ });
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61040);
/* harmony import */ var _lib_intoto_statement_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23145);
/* harmony import */ var _provenance_signing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80721);
/* harmony import */ var _net_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69961);
/**
 * Signs the rebuild verdict through the signing core, as provenance signs
 * its statements: one DSSE envelope of the in-toto statement, keyless, with
 * the same instance inputs and retry bounds as the sign action.
 */




async function createVerdictSigner(inputs, deps) {
    const retry = (0,_net_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .createRetryContext */ .UF)(inputs, deps.logger);
    const signer = await (0,_provenance_signing_js__WEBPACK_IMPORTED_MODULE_1__/* .createProvenanceSigner */ .k)(inputs, {
        resolve: deps.resolve,
        env: deps.env,
        visibility: deps.visibility,
        retry,
        onSecret: deps.onSecret
    });
    return async (statement) => {
        await signer.session.start();
        const bundle = await signer.session.signDsse((0,_lib_intoto_statement_js__WEBPACK_IMPORTED_MODULE_3__/* .toStatementPayload */ .LL)(statement), _lib_intoto_statement_js__WEBPACK_IMPORTED_MODULE_3__/* .IN_TOTO_PAYLOAD_TYPE */ .T4);
        signer.checker?.check(bundle, signer.session.publicKey, 'the rebuild verdict');
        return (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleToJSON)(bundle);
    };
}


/***/ }),

/***/ 28404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JL: () => (/* binding */ REPORT_FILES),
  vZ: () => (/* binding */ writeAtomic),
  t4: () => (/* binding */ writeReportFiles)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/lib/rebuild/checksums.ts
var checksums = __webpack_require__(44759);
// EXTERNAL MODULE: ./src/lib/rebuild/report-md.ts + 1 modules
var report_md = __webpack_require__(74238);
;// CONCATENATED MODULE: ./src/lib/rebuild/statement.ts
const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const REBUILD_PREDICATE_TYPE = 'https://provenant.dev/rebuild/v1';
function buildVerdictStatement(report) {
    const { kind, location, repository, tag, url } = report.reference;
    const reference = { kind, location, repository, tag, url };
    const subjects = report.artifacts.flatMap((a) => a.reference
        ? [{ name: a.name, digest: { sha256: a.reference.sha256 } }]
        : []);
    return {
        _type: IN_TOTO_STATEMENT_TYPE,
        subject: subjects,
        predicateType: REBUILD_PREDICATE_TYPE,
        predicate: {
            reproducible: report.reproducible,
            verdict: report.verdict,
            rebuilder: report.rebuilder,
            source: report.source,
            build: report.build,
            reference,
            artifacts: report.artifacts.map((a) => ({
                name: a.name,
                result: a.status,
                ...(a.reference ? { reference: { sha256: a.reference.sha256 } } : {}),
                ...(a.rebuilt ? { rebuilt: { sha256: a.rebuilt.sha256 } } : {}),
                ...(a.explanation ? { categories: a.explanation.categories } : {})
            })),
            startedOn: report.startedOn,
            finishedOn: report.finishedOn
        }
    };
}

;// CONCATENATED MODULE: ./src/io/rebuild/write-report.ts
/**
 * Writes a rebuild's files into the report directory, each atomically
 * (a temporary file renamed into place): report.json, report.md,
 * rebuilt.sha256, rebuild.intoto.json and, when signed, rebuild.sigstore.json.
 */





const REPORT_FILES = {
    json: 'report.json',
    markdown: 'report.md',
    checksums: 'rebuilt.sha256',
    statement: 'rebuild.intoto.json',
    bundle: 'rebuild.sigstore.json',
    buildLog: 'build.log'
};
async function writeAtomic(file, text) {
    const temp = `${file}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(temp, text);
    await (0,promises_.rename)(temp, file);
}
async function writeReportFiles(report, dir, sign) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const at = (name) => external_node_path_default().join(dir, name);
    const statement = buildVerdictStatement(report);
    const rebuilt = report.artifacts.flatMap((a) => a.rebuilt ? [{ name: a.name, sha256: a.rebuilt.sha256 }] : []);
    await writeAtomic(at(REPORT_FILES.json), `${JSON.stringify(report, null, 2)}\n`);
    await writeAtomic(at(REPORT_FILES.markdown), (0,report_md/* toReportMarkdown */.xB)(report));
    await writeAtomic(at(REPORT_FILES.checksums), (0,checksums/* formatChecksumFile */.HG)(rebuilt));
    await writeAtomic(at(REPORT_FILES.statement), `${JSON.stringify(statement, null, 2)}\n`);
    let bundle;
    if (sign) {
        bundle = at(REPORT_FILES.bundle);
        await writeAtomic(bundle, `${JSON.stringify(await sign(statement))}\n`);
    }
    return {
        json: at(REPORT_FILES.json),
        markdown: at(REPORT_FILES.markdown),
        checksums: at(REPORT_FILES.checksums),
        statement: at(REPORT_FILES.statement),
        bundle,
        buildLog: at(REPORT_FILES.buildLog)
    };
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
        return {
            kind: 'key',
            key: (0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePrivateKey */ .Q)(inputs.key, {
                ...(deps.keyLabel ? { label: deps.keyLabel } : {}),
                ...(deps.keyPassphrase !== undefined
                    ? { passphrase: deps.keyPassphrase }
                    : {})
            })
        };
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

/***/ 8899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/** The `sha256:<hex>` digest of some bytes, as OCI registries and GitHub write it. */

function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}


/***/ }),

/***/ 23145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ MAX_SUBJECTS_PER_STATEMENT),
/* harmony export */   LL: () => (/* binding */ toStatementPayload),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   Y5: () => (/* binding */ buildStatement),
/* harmony export */   sL: () => (/* binding */ splitEvenly)
/* harmony export */ });
/* unused harmony export IN_TOTO_STATEMENT_V1_TYPE */
const IN_TOTO_STATEMENT_V1_TYPE = 'https://in-toto.io/Statement/v1';
/** The DSSE payload type of an in-toto statement. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/**
 * Subjects per statement. actions/attest refuses more than 1,024 subjects in
 * all; Provenant splits instead, below that cap so that every statement
 * stays well inside what GitHub's attestation store and verifiers accept.
 */
const MAX_SUBJECTS_PER_STATEMENT = 1000;
function buildStatement(subjects, predicateType, predicate) {
    return {
        _type: IN_TOTO_STATEMENT_V1_TYPE,
        subject: subjects.map((s) => ({ name: s.name, digest: { ...s.digest } })),
        predicateType,
        predicate
    };
}
/**
 * `items` in order, cut into the fewest chunks of at most `max` items, the
 * chunks as even as possible (2,001 items -> 667, 667, 667).
 */
function splitEvenly(items, max) {
    if (!Number.isInteger(max) || max < 1) {
        throw new RangeError('chunk size must be a positive integer');
    }
    if (items.length === 0)
        return [];
    const count = Math.ceil(items.length / max);
    const chunks = [];
    let start = 0;
    for (let i = 0; i < count; i++) {
        const size = Math.ceil((items.length - start) / (count - i));
        chunks.push(items.slice(start, start + size));
        start += size;
    }
    return chunks;
}
/** The bytes that are signed: the statement as JSON, UTF-8. */
function toStatementPayload(statement) {
    return Buffer.from(JSON.stringify(statement), 'utf8');
}


/***/ })

};
