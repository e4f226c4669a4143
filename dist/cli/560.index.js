export const id = 560;
export const ids = [560];
export const modules = {

/***/ 48439:
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
    return { consensus, json, markdown };
}

// EXTERNAL MODULE: ./src/lib/inputs/index.ts + 3 modules
var inputs = __webpack_require__(65680);
// EXTERNAL MODULE: ./src/cli/input-flags.ts
var input_flags = __webpack_require__(40440);
// EXTERNAL MODULE: ./src/lib/rebuild/inputs.ts + 1 modules
var rebuild_inputs = __webpack_require__(70294);
;// CONCATENATED MODULE: ./src/cli/commands/rebuild-consensus.ts
/**
 * `provenant rebuild-consensus`: the consensus job of reproducibility.yml.
 * Reads every rebuild job's report.json and requires each released artifact
 * to be reproduced by `--quorum` of them (all, by default), optionally
 * judged against the release itself. Exit 0 agreed, 1 not, 2 bad input.
 */










const USAGE = 'provenant rebuild-consensus --reports DIR [--quorum N] [--reference <dir | checksums file | release tag>] [--report-dir DIR] [--github-token TOKEN] [--json]';
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
        const { consensus, json, markdown } = await runConsensus({
            reportsDir: external_node_path_default().resolve(cwd, values.reports),
            quorum: (0,inputs/* parseInteger */.cG)('quorum', values.quorum, { min: 1, max: 1000 }),
            reference: values.reference,
            outputDir: external_node_path_default().resolve(cwd, values['report-dir'] ?? 'provenant-consensus')
        }, {
            cwd,
            tempDir: external_node_os_default().tmpdir(),
            github: (0,rebuild_reference/* toReferenceGitHub */.a)(env, values['github-token'] ?? env.GITHUB_TOKEN ?? env.GH_TOKEN),
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
        }
        return consensus.reproducible ? 0 : errors/* EXIT_VERIFICATION_FAILED */.fQ;
    }
};


/***/ }),

/***/ 40440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ JSON_FLAG),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   jI: () => (/* binding */ LOCAL_FLAG),
/* harmony export */   zq: () => (/* binding */ parseInputFlags)
/* harmony export */ });
/* unused harmony exports toFlagOptions, normaliseBooleanFlags, toInputSource */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65680);


function toFlagOptions(table) {
    const options = {};
    for (const [name, spec] of Object.entries(table)) {
        options[name] = {
            type: spec.kind === 'boolean' ? 'boolean' : 'string',
            ...(spec.multiple ? { multiple: true } : {}),
            ...(spec.short ? { short: spec.short } : {})
        };
    }
    return options;
}
/** Rewrites `--flag=value` of boolean flags into `--flag` / `--no-flag`. */
function normaliseBooleanFlags(argv, table) {
    return argv.map((arg) => {
        const match = /^--([\w-]+)=(.*)$/s.exec(arg);
        if (!match || table[match[1]]?.kind !== 'boolean')
            return arg;
        const name = match[1];
        return (0,_lib_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBoolean */ .yG)(name, match[2]) ? `--${name}` : `--no-${name}`;
    });
}
/** The parsed flag values as an InputSource (booleans as "true"/"false"). */
function toInputSource(values) {
    return (name) => {
        const value = values[name];
        if (value === undefined)
            return undefined;
        if (Array.isArray(value))
            return value.map(String).join('\n');
        return String(value);
    };
}
/**
 * A command line against a command's flag table (every input a flag of its
 * name, booleans also as `--name=false` and `--no-name`). Unknown flags are
 * errors; `--help` is answered before a command runs (main.ts).
 */
function parseInputFlags(argv, table, { allowPositionals = true } = {}) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: normaliseBooleanFlags(argv, table),
        options: toFlagOptions(table),
        allowPositionals,
        allowNegative: true,
        strict: true
    });
    return {
        values: values,
        positionals,
        flags: toInputSource(values)
    };
}
/** Flags several commands share, described once. */
const JSON_FLAG = {
    kind: 'boolean',
    description: 'Print a machine-readable JSON result on stdout instead of text (progress and errors stay on stderr).'
};
const LOCAL_FLAG = {
    kind: 'boolean',
    description: 'Use the embedded local stack (Sigstore, an OIDC issuer and the GitHub API on 127.0.0.1, started on demand): no account, token or network.'
};
/** parseInputFlags with each value typed by its table entry. */
function parseFlags(argv, table, options = {}) {
    const { values, positionals } = parseInputFlags(argv, table, options);
    return { values: values, positionals };
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

/***/ 65680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vX: () => (/* reexport */ collectProblems),
  pf: () => (/* reexport */ defineInputs),
  yG: () => (/* reexport */ parseBoolean),
  HU: () => (/* reexport */ parseChoice),
  cG: () => (/* reexport */ parseInteger),
  E1: () => (/* reexport */ parseList),
  hc: () => (/* reexport */ readRaw)
});

// UNUSED EXPORTS: GITHUB_TOKEN_INPUT, OUTPUT_DIR_INPUT, PREDICATE_TYPE_INPUT, TRUSTED_ROOT_INPUT

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
;// CONCATENATED MODULE: ./src/lib/inputs/parse.ts
/**
 * parse* helpers: raw input text -> typed values, or an InputError that names
 * the input as the user wrote it and says what would be accepted.
 */

/** Raw value with the table's default applied; undefined when absent. */
function readRaw(table, source, name) {
    const spec = table[name];
    if (!spec)
        throw new Error(`no input "${name}" in the table`);
    const raw = source(name)?.trim();
    if (raw !== undefined && raw !== '')
        return raw;
    if (spec.default !== undefined && spec.default !== '')
        return spec.default;
    if (spec.required) {
        throw new errors/* InputError */.dz('INPUT_REQUIRED', `input "${name}" is required: ${spec.description}`);
    }
    return undefined;
}
function parseBoolean(name, raw) {
    if (raw === undefined)
        return false;
    const value = raw.toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(value))
        return true;
    if (['false', 'no', '0', 'off'].includes(value))
        return false;
    throw new errors/* InputError */.dz('INPUT_NOT_BOOLEAN', `input "${name}" must be true or false, not "${raw}"`);
}
function parseInteger(name, raw, range) {
    if (raw === undefined)
        return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < range.min || value > range.max) {
        throw new errors/* InputError */.dz('INPUT_NOT_INTEGER', `input "${name}" must be a whole number from ${range.min} to ${range.max}, not "${raw}"`);
    }
    return value;
}
/** Newline- or space-separated values (globs, names); blanks and `#` comments dropped. */
function parseList(raw) {
    if (raw === undefined)
        return [];
    return raw
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'))
        .flatMap((line) => line.split(/\s+/));
}
function parseChoice(name, raw, choices) {
    if (raw === undefined)
        return undefined;
    if (choices.includes(raw))
        return raw;
    throw new errors/* InputError */.dz('INPUT_NOT_A_CHOICE', `input "${name}" must be one of ${choices.join(', ')}, not "${raw}"`);
}

;// CONCATENATED MODULE: ./src/lib/inputs/spec.ts
/**
 * Input tables: one per action, shared by the action (INPUT_* variables) and
 * the CLI (flags of the same kebab-case names). A table says each input's
 * kind, its description and its default; the contract test holds every
 * action.yml to its table.
 */
function defineInputs(table) {
    return table;
}

// EXTERNAL MODULE: ./src/lib/inputs/shared.ts
var shared = __webpack_require__(54476);
;// CONCATENATED MODULE: ./src/lib/inputs/problems.ts
/**
 * Every problem of a parse, collected so that all are reported at once:
 * a user who got two inputs wrong hears of both in one run.
 */

function collectProblems() {
    const problems = [];
    return {
        problems,
        attempt: (parse, fallback) => {
            try {
                return parse();
            }
            catch (error) {
                if (error instanceof errors/* InputErrors */.G)
                    problems.push(...error.problems);
                else if (error instanceof errors/* InputError */.dz)
                    problems.push(error);
                else
                    throw error;
                return fallback;
            }
        },
        throwIfAny: () => {
            if (problems.length > 0)
                throw new errors/* InputErrors */.G(problems);
        }
    };
}

;// CONCATENATED MODULE: ./src/lib/inputs/index.ts






/***/ }),

/***/ 54476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Et: () => (/* binding */ PREDICATE_TYPE_INPUT),
/* harmony export */   n6: () => (/* binding */ OUTPUT_DIR_INPUT),
/* harmony export */   uz: () => (/* binding */ TRUSTED_ROOT_INPUT),
/* harmony export */   vu: () => (/* binding */ GITHUB_TOKEN_INPUT)
/* harmony export */ });
const OUTPUT_DIR_INPUT = {
    kind: 'string',
    description: 'Directory to write into, resolved inside the workspace and created when missing. When empty: next to each input (inside it, for a folder) for sbom and sign, the workspace root for provenance.'
};
const TRUSTED_ROOT_INPUT = {
    kind: 'string',
    description: 'Path to the Sigstore trusted_root.json of a private instance (or of the embedded local stack): the trust material bundles are checked against.'
};
const GITHUB_TOKEN_INPUT = {
    kind: 'string',
    description: "GitHub token for the REST API (release downloads, attestations); defaults to the workflow's token.",
    default: '${{ github.token }}'
};
const PREDICATE_TYPE_INPUT = {
    kind: 'string',
    description: 'An in-toto predicate type URI: provenance attests predicate-path under it; verify requires, for every artifact, an attestation of that type (default there: any SLSA provenance, v1 or v0.2).'
};


/***/ }),

/***/ 50586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ resolveEndpoints),
/* harmony export */   I3: () => (/* binding */ SIGSTORE_CHOICES)
/* harmony export */ });
/* unused harmony exports PUBLIC_GOOD_ENDPOINTS, GITHUB_ENDPOINTS, STAGING_ENDPOINTS, chooseInstance, GITHUB_ACTIONS_ISSUER */
/**
 * Which Sigstore instance signs: the public-good one, GitHub's, staging, or
 * custom URLs. The default is actions/attest's: public-good for public
 * repositories, GitHub's instance for private and internal ones.
 */
const SIGSTORE_CHOICES = [
    'public-good',
    'github',
    'staging',
    'custom'
];
const PUBLIC_GOOD_ENDPOINTS = {
    instance: 'public-good',
    fulcioUrl: 'https://fulcio.sigstore.dev',
    rekor: { url: 'https://rekor.sigstore.dev', majorApiVersion: 1 },
    tsaUrl: undefined
};
/** GitHub's instance has no transparency log: its TSA gives the trusted time. */
const GITHUB_ENDPOINTS = {
    instance: 'github',
    fulcioUrl: 'https://fulcio.githubapp.com',
    rekor: undefined,
    tsaUrl: 'https://timestamp.githubapp.com'
};
const STAGING_ENDPOINTS = {
    instance: 'staging',
    fulcioUrl: 'https://fulcio.sigstage.dev',
    rekor: { url: 'https://rekor.sigstage.dev', majorApiVersion: 1 },
    tsaUrl: undefined
};
/**
 * The instance a run uses: the one asked for; else custom when URLs or a
 * signing config are given; else by visibility. Unknown visibility (no
 * GitHub context, as on a laptop) means public-good; the action passes
 * 'private' when it runs in Actions and cannot tell, as actions/attest does.
 */
function chooseInstance(inputs, hasSigningConfig, visibility) {
    if (inputs.sigstore)
        return inputs.sigstore;
    if (hasSigningConfig ||
        inputs.fulcioUrl ||
        inputs.rekorUrl ||
        inputs.tsaUrl) {
        return 'custom';
    }
    if (visibility === undefined || visibility === 'public')
        return 'public-good';
    return 'github';
}
function resolveEndpoints(inputs, visibility, configured) {
    const instance = chooseInstance(inputs, configured !== undefined, visibility);
    switch (instance) {
        case 'public-good':
            return PUBLIC_GOOD_ENDPOINTS;
        case 'github':
            return GITHUB_ENDPOINTS;
        case 'staging':
            return STAGING_ENDPOINTS;
        case 'custom':
            // Explicit URLs win over the signing config's entries.
            return {
                instance,
                fulcioUrl: inputs.fulcioUrl ?? configured?.fulcioUrl,
                rekor: inputs.rekorUrl
                    ? { url: inputs.rekorUrl, majorApiVersion: 1 }
                    : configured?.rekor,
                tsaUrl: inputs.tsaUrl ?? configured?.tsaUrl
            };
    }
}
/** The default OIDC issuer of certificates from each instance's Fulcio. */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';


/***/ })

};
