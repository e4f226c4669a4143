export const id = 296;
export const ids = [296];
export const modules = {

/***/ 296:
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
    const files = (await (0,dist/* glob */.TI)(['**/report.json'], { cwd: dir, dot: true })).sort();
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
    await (0,write_report/* writeAtomic */.vZ)(external_node_path_default().join(run.outputDir, CONSENSUS_FILES.statement), `${JSON.stringify(statement, null, 2)}\n`);
    let bundle;
    let attestationUrl;
    if (run.sign && statement.subject.length > 0) {
        const signed = (await run.sign(statement));
        bundle = external_node_path_default().join(run.outputDir, CONSENSUS_FILES.bundle);
        await (0,write_report/* writeAtomic */.vZ)(bundle, `${JSON.stringify(signed)}\n`);
        if (run.store)
            attestationUrl = (await run.store.store(signed)).url;
    }
    return { consensus, json, markdown, bundle, attestationUrl };
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
// EXTERNAL MODULE: ./src/cli/input-flags.ts
var input_flags = __webpack_require__(40440);
// EXTERNAL MODULE: ./src/io/github/attestations.ts
var attestations = __webpack_require__(33971);
// EXTERNAL MODULE: ./src/io/sign/retry.ts
var retry = __webpack_require__(61254);
// EXTERNAL MODULE: ./src/io/rebuild/sign-verdict.ts
var sign_verdict = __webpack_require__(12875);
// EXTERNAL MODULE: ./src/io/sign/visibility.ts
var visibility = __webpack_require__(73490);
// EXTERNAL MODULE: ./src/lib/provenance/claims.ts
var claims = __webpack_require__(14450);
;// CONCATENATED MODULE: ./src/cli/commands/consensus-signing.ts
/**
 * `rebuild-consensus --sign [--store]`: the consensus verdict signed through
 * the signing core (keyless, the job's identity) and, with --store, kept in
 * the repository's GitHub attestation store under each released artifact's
 * digest, where `verify --github-attestations --rebuilder-identity` finds it.
 */









async function createConsensusSigning(flag, options) {
    const problems = (0,inputs/* collectProblems */.vX)();
    const signing = (0,signing_inputs/* parseSigningInputs */.oo)(signing_inputs/* SIGNING_INPUTS */.ik, flag, problems);
    if (options.store && (!options.repository || !options.token)) {
        problems.problems.push(new errors/* InputError */.dz('CONSENSUS_STORE', '--store needs --repo owner/name (or GITHUB_REPOSITORY) and --github-token (or GITHUB_TOKEN)'));
    }
    problems.throwIfAny();
    const env = process.env;
    const logger = {
        info: (m) => options.output.err(m),
        warning: (m) => options.output.err(`warning: ${m}`),
        debug: () => undefined
    };
    const sign = await (0,sign_verdict/* createVerdictSigner */.k)(signing, {
        env,
        visibility: await (0,visibility/* readRepositoryVisibility */.p)(env),
        resolve: (p) => external_node_path_default().resolve(p),
        logger,
        onSecret: () => undefined
    });
    if (!options.store)
        return { sign };
    const { owner, repo } = (0,claims/* splitRepository */.T8)(options.repository);
    const store = (0,attestations/* createGitHubAttestationStore */.LT)({
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
        owner,
        repo,
        token: options.token,
        retry: (0,retry/* createRetryContext */.UF)(signing, logger)
    });
    return { sign, store };
}

;// CONCATENATED MODULE: ./src/cli/commands/rebuild-consensus.ts
/**
 * `provenant rebuild-consensus`: the consensus job of reproducibility.yml.
 * Reads every rebuild job's report.json and requires each released artifact
 * to be reproduced by `--quorum` of them (all, by default), optionally
 * judged against the release itself. Exit 0 agreed, 1 not, 2 bad input.
 */












const USAGE = 'provenant rebuild-consensus --reports DIR [--quorum N] [--reference <dir | checksums file | release tag>] [--report-dir DIR] [--github-token TOKEN] [--sign [--store] [--repo owner/name] [--sigstore ... --fulcio-url ... --trusted-root ...]] [--json]';
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
        const token = values['github-token'] ?? env.GITHUB_TOKEN ?? env.GH_TOKEN;
        const signing = values.sign
            ? await createConsensusSigning((name) => values[name], {
                store: values.store === true,
                repository: values.repo ?? env.GITHUB_REPOSITORY,
                token,
                output
            })
            : {};
        const { consensus, json, markdown, bundle, attestationUrl } = await runConsensus({
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
            if (attestationUrl)
                output.out(`stored with GitHub: ${attestationUrl}`);
        }
        return consensus.reproducible ? 0 : errors/* EXIT_VERIFICATION_FAILED */.fQ;
    }
};


/***/ }),

/***/ 12875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ createVerdictSigner)
/* harmony export */ });
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61040);
/* harmony import */ var _lib_intoto_statement_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23145);
/* harmony import */ var _provenance_signing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80721);
/* harmony import */ var _sign_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61254);
/**
 * Signs the rebuild verdict through the signing core, as provenance signs
 * its statements: one DSSE envelope of the in-toto statement, keyless, with
 * the same instance inputs and retry bounds as the sign action.
 */




async function createVerdictSigner(inputs, deps) {
    const retry = (0,_sign_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .createRetryContext */ .UF)(inputs, deps.logger);
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


/***/ })

};
