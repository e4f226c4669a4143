export const id = 7244;
export const ids = [7244];
export const modules = {

/***/ 21738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanCommand: () => (/* binding */ scanCommand)
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/scan/inputs.ts
var scan_inputs = __webpack_require__(73116);
// EXTERNAL MODULE: ./src/lib/scan/severity.ts
var severity = __webpack_require__(67918);
;// CONCATENATED MODULE: ./src/lib/scan/report/model.ts

function buildScanReport(input) {
    const counts = Object.fromEntries(severity/* SEVERITY_LEVELS */.me.map((l) => [l, 0]));
    for (const f of input.findings)
        if (!f.suppressed)
            counts[f.severity.level]++;
    const failing = input.findings.filter((f) => f.failing).length;
    return {
        ...input,
        counts,
        suppressed: input.findings.filter((f) => f.suppressed).length,
        failing,
        passed: failing === 0
    };
}
/** "critical 1, high 2, medium 0, low 0, unknown 0" */
function model_describeCounts(report) {
    return severity/* SEVERITY_LEVELS */.me.map((l) => `${l} ${report.counts[l]}`).join(', ');
}
function model_describeVerdict(report) {
    const threshold = report.failOn.length > 0 ? report.failOn.join(', ') : 'none';
    const suppressed = report.suppressed > 0
        ? `; ${report.suppressed} out of the gate by VEX or --ignore`
        : '';
    return report.passed
        ? `passed: no finding at ${threshold}${suppressed}`
        : `failed: ${report.failing} finding${report.failing === 1 ? '' : 's'} at ${threshold}${suppressed}`;
}

// EXTERNAL MODULE: ./src/io/scan/deps.ts
var deps = __webpack_require__(48408);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/lib/scan/gate.ts + 2 modules
var gate = __webpack_require__(65080);
// EXTERNAL MODULE: ./src/lib/scan/findings.ts + 1 modules
var scan_findings = __webpack_require__(73239);
// EXTERNAL MODULE: ./src/lib/version.ts
var version = __webpack_require__(87471);
;// CONCATENATED MODULE: ./src/lib/scan/report/sarif.ts
/**
 * SARIF 2.1.0 for GitHub code scanning: one rule per vulnerability, one
 * result per finding, located at the lockfile line that locks the package
 * when the SBOM came from a lockfile (else at the SBOM file). Findings out
 * of the gate are kept with an external suppression naming the VEX.
 * `security-severity` carries the CVSS score, as code scanning reads it.
 */

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVELS = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
    unknown: 'note'
};
const FALLBACK_SCORE = {
    critical: 9.5,
    high: 8.0,
    medium: 5.5,
    low: 2.0,
    unknown: 0
};
function ruleOf(f) {
    const score = f.severity.score ?? FALLBACK_SCORE[f.severity.level];
    return {
        id: f.id,
        name: f.id.replace(/[^A-Za-z0-9]/g, ''),
        shortDescription: { text: f.summary || f.id },
        fullDescription: {
            text: `${f.summary || f.id}${f.aliases.length ? ` (${f.aliases.join(', ')})` : ''}`
        },
        ...(f.url ? { helpUri: f.url } : {}),
        help: {
            text: `${f.id} affects ${f.name}@${f.version}.${f.fixed.length ? ` Upgrade to ${f.fixed.join(' or ')}.` : ' No fixed version is known.'}`
        },
        defaultConfiguration: { level: LEVELS[f.severity.level] },
        properties: {
            tags: ['security', 'vulnerability', f.ecosystem],
            precision: 'very-high',
            ...(score > 0 ? { 'security-severity': score.toFixed(1) } : {})
        }
    };
}
function toSarif(report, locate) {
    const rules = new Map();
    const results = report.findings.map((f) => {
        if (!rules.has(f.id))
            rules.set(f.id, ruleOf(f));
        const where = locate(f);
        const result = {
            ruleId: f.id,
            ruleIndex: [...rules.keys()].indexOf(f.id),
            level: LEVELS[f.severity.level],
            message: {
                text: `${f.name}@${f.version} is affected by ${f.id}${f.aliases.length ? ` (${f.aliases.join(', ')})` : ''}, severity ${f.severity.level}${f.fixed.length ? `; fixed in ${f.fixed.join(', ')}` : ''}.`
            },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: where.uri },
                        ...(where.line ? { region: { startLine: where.line } } : {})
                    }
                }
            ],
            partialFingerprints: { 'provenant/v1': `${f.id}:${f.purl}` },
            properties: { purl: f.purl, severity: f.severity.level }
        };
        if (f.suppressed && f.vex) {
            result.suppressions = [
                {
                    kind: 'external',
                    status: 'accepted',
                    justification: [
                        f.vex.status,
                        f.vex.justification,
                        f.vex.detail,
                        `(${f.vex.source})`
                    ]
                        .filter(Boolean)
                        .join(': ')
                }
            ];
        }
        return result;
    });
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'Provenant',
                        semanticVersion: version/* PROVENANT_VERSION */.j,
                        informationUri: 'https://github.com/provenant/provenant',
                        rules: [...rules.values()]
                    }
                },
                results
            }
        ]
    };
}

;// CONCATENATED MODULE: ./src/lib/scan/report/table.ts
/** The terminal table: one section per severity, then what the VEX took out and what could not be evaluated. */


function row(f) {
    const fixed = f.fixed.length > 0 ? ` (fixed in ${f.fixed.join(', ')})` : '';
    const aliases = f.aliases.length > 0
        ? ` [${f.aliases.slice(0, 3).join(', ')}${f.aliases.length > 3 ? ', ...' : ''}]`
        : '';
    const score = f.severity.score !== undefined ? ` ${f.severity.score.toFixed(1)}` : '';
    return `  ${f.id}${aliases}${score}  ${f.ecosystem} ${f.name}@${f.version}${fixed}  ${f.summary}`;
}
function toTable(report) {
    const lines = [];
    const components = report.sboms.reduce((n, s) => n + s.components, 0);
    lines.push(`scanned ${components} components in ${report.sboms.length} SBOM${report.sboms.length === 1 ? '' : 's'} against ${report.database.advisories} advisories`);
    for (const level of severity/* SEVERITY_LEVELS */.me) {
        const active = report.findings.filter((f) => !f.suppressed && f.severity.level === level);
        if (active.length === 0)
            continue;
        lines.push('', `${level.toUpperCase()} (${active.length})`, ...active.map(row));
    }
    const suppressed = report.findings.filter((f) => f.suppressed);
    if (suppressed.length > 0) {
        lines.push('', `OUT OF THE GATE (${suppressed.length})`);
        for (const f of suppressed) {
            const why = [f.vex?.status, f.vex?.justification]
                .filter(Boolean)
                .join(': ');
            lines.push(`${row(f)}\n    ${why} (${f.vex?.source ?? ''})${f.vex?.detail ? ` ${f.vex.detail}` : ''}`);
        }
    }
    if (report.notEvaluated.length > 0) {
        lines.push('', `NOT EVALUATED (${report.notEvaluated.length})`);
        for (const n of report.notEvaluated)
            lines.push(`  ${n.advisory}  ${n.purl}  ${n.reason}`);
    }
    lines.push('', model_describeCounts(report), model_describeVerdict(report));
    return lines.join('\n');
}
/** The job summary, in Markdown. */
function toMarkdownSummary(report) {
    const escape = (s) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');
    const lines = [
        `## Vulnerability scan: ${report.passed ? 'passed' : 'failed'}`,
        '',
        `${describeVerdict(report)}. In the gate: ${describeCounts(report)}.`,
        ''
    ];
    if (report.findings.length > 0) {
        lines.push('| Severity | Id | Package | Fixed in | VEX |', '|---|---|---|---|---|');
        for (const f of report.findings) {
            const vex = f.vex
                ? `${f.vex.status}${f.vex.justification ? ` (${f.vex.justification})` : ''}`
                : '';
            lines.push(`| ${f.severity.level}${f.failing ? ' ❌' : ''} | ${escape(f.id)} | ${escape(`${f.name}@${f.version}`)} | ${escape(f.fixed.join(', '))} | ${escape(vex)} |`);
        }
    }
    if (report.notEvaluated.length > 0)
        lines.push('', `${report.notEvaluated.length} advisory match(es) could not be evaluated (GIT ranges or unordered versions); see the JSON report.`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/lib/scan/report/vdr.ts
/**
 * A CycloneDX 1.6 vulnerability disclosure report (VDR): the vulnerable
 * components and their vulnerabilities, with ratings, fixed versions, and
 * the VEX analysis folded in (state, justification, detail).
 */

const STATES = {
    not_affected: 'not_affected',
    fixed: 'resolved',
    affected: 'exploitable',
    under_investigation: 'in_triage',
    ignored: 'not_affected'
};
/** OpenVEX justifications in CycloneDX's words. */
const JUSTIFICATIONS = {
    component_not_present: 'code_not_present',
    vulnerable_code_not_present: 'code_not_present',
    vulnerable_code_not_in_execute_path: 'code_not_reachable',
    vulnerable_code_cannot_be_controlled_by_adversary: 'requires_environment',
    inline_mitigations_already_exist: 'protected_by_mitigating_control'
};
const CDX_JUSTIFICATIONS = new Set([
    'code_not_present',
    'code_not_reachable',
    'requires_configuration',
    'requires_dependency',
    'requires_environment',
    'protected_by_compiler',
    'protected_at_runtime',
    'protected_at_perimeter',
    'protected_by_mitigating_control'
]);
function sourceOf(id) {
    if (id.startsWith('CVE-'))
        return { name: 'NVD', url: `https://nvd.nist.gov/vuln/detail/${id}` };
    if (id.startsWith('GHSA-'))
        return { name: 'GitHub', url: `https://github.com/advisories/${id}` };
    return { name: 'OSV', url: `https://osv.dev/vulnerability/${id}` };
}
function method(vector) {
    if (!vector)
        return undefined;
    if (vector.startsWith('CVSS:4.0'))
        return 'CVSSv4';
    if (vector.startsWith('CVSS:3.1'))
        return 'CVSSv31';
    if (vector.startsWith('CVSS:3.0'))
        return 'CVSSv3';
    return undefined;
}
function analysisOf(f) {
    if (!f.vex)
        return undefined;
    const justification = f.vex.justification &&
        (JUSTIFICATIONS[f.vex.justification] ?? f.vex.justification);
    const detail = [
        f.vex.status === 'ignored' ? 'ignored with --ignore' : undefined,
        f.vex.justification && !CDX_JUSTIFICATIONS.has(justification ?? '')
            ? f.vex.justification
            : undefined,
        f.vex.detail,
        `source: ${f.vex.source}`
    ]
        .filter(Boolean)
        .join('; ');
    return {
        state: STATES[f.vex.status],
        ...(justification && CDX_JUSTIFICATIONS.has(justification)
            ? { justification }
            : {}),
        detail
    };
}
function toVdr(report, serialNumber) {
    const components = new Map();
    for (const f of report.findings) {
        if (!components.has(f.purl))
            components.set(f.purl, {
                type: 'library',
                'bom-ref': f.purl,
                name: f.name,
                version: f.version,
                purl: f.purl
            });
    }
    const vulnerabilities = report.findings.map((f, i) => {
        const m = method(f.severity.vector);
        const analysis = analysisOf(f);
        return {
            'bom-ref': `vuln-${i + 1}-${f.id}`,
            id: f.id,
            source: sourceOf(f.id),
            ...(f.aliases.length
                ? { references: f.aliases.map((id) => ({ id, source: sourceOf(id) })) }
                : {}),
            ratings: [
                {
                    severity: f.severity.level,
                    ...(f.severity.score !== undefined
                        ? { score: f.severity.score }
                        : {}),
                    ...(m ? { method: m, vector: f.severity.vector } : {})
                }
            ],
            ...(f.summary ? { description: f.summary } : {}),
            ...(f.fixed.length
                ? { recommendation: `Upgrade ${f.name} to ${f.fixed.join(' or ')}.` }
                : {}),
            ...(analysis ? { analysis } : {}),
            affects: [
                {
                    ref: f.purl,
                    versions: [
                        {
                            version: f.version,
                            status: f.suppressed ? 'unaffected' : 'affected'
                        }
                    ]
                }
            ]
        };
    });
    return {
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        serialNumber,
        version: 1,
        metadata: {
            timestamp: report.generated,
            tools: {
                components: [
                    { type: 'application', name: 'provenant', version: version/* PROVENANT_VERSION */.j }
                ]
            }
        },
        components: [...components.values()],
        vulnerabilities
    };
}

// EXTERNAL MODULE: ./src/io/fs/atomic-write.ts
var atomic_write = __webpack_require__(72243);
// EXTERNAL MODULE: ./src/io/scan/databases.ts + 4 modules
var databases = __webpack_require__(86070);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/lib/inputs/index.ts + 3 modules
var inputs = __webpack_require__(65680);
// EXTERNAL MODULE: ./src/lib/scan/sbom-input.ts
var sbom_input = __webpack_require__(19229);
// EXTERNAL MODULE: ./src/io/sbom/artifact.ts + 4 modules
var artifact = __webpack_require__(91963);
// EXTERNAL MODULE: ./src/io/sbom/source-graph.ts + 4 modules
var source_graph = __webpack_require__(79014);
// EXTERNAL MODULE: ./src/io/sbom/targets.ts
var targets = __webpack_require__(31590);
;// CONCATENATED MODULE: ./src/io/scan/describe.ts








/** The first bytes of an SBOM: a JSON object. */
async function readJsonIfSbom(file) {
    if (!/\.json$/i.test(file))
        return undefined;
    const text = await (0,promises_.readFile)(file, 'utf8');
    try {
        const value = JSON.parse(text);
        const doc = value?.sbom ?? value;
        const record = doc;
        return record &&
            (record.bomFormat === 'CycloneDX' ||
                typeof record.spdxVersion === 'string')
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}
function fromGraph(graph, subject, format) {
    const components = graph.components.flatMap((c) => {
        const component = c.purl ? (0,sbom_input/* toScanComponent */.k)(c.ref, c.purl) : undefined;
        return component ? [component] : [];
    });
    return {
        subject,
        format,
        components,
        unidentified: graph.components.length - components.length,
        product: {
            ref: graph.root.ref,
            name: graph.root.name,
            version: graph.root.version,
            purl: graph.root.purl
        }
    };
}
async function describeTarget(target) {
    if (target.kind === 'tree') {
        const graph = await (0,source_graph/* buildSourceGraph */.u)(target.absolute, target.display);
        return {
            sbom: fromGraph(graph, target.display, 'source'),
            absolute: target.absolute,
            lockfiles: graph.sources.map((s) => external_node_path_default().join(target.absolute, s))
        };
    }
    const document = await readJsonIfSbom(target.absolute);
    if (document !== undefined) {
        return {
            sbom: (0,sbom_input/* readSbomDocument */.l)(document, target.display),
            document,
            absolute: target.absolute,
            lockfiles: []
        };
    }
    const { graph } = await (0,artifact.readArtifact)(target.absolute, target.display);
    return {
        sbom: fromGraph(graph, target.display, 'artifact'),
        absolute: target.absolute,
        lockfiles: []
    };
}
async function describeInputs(fence, paths) {
    const resolved = await (0,targets/* resolveSbomPaths */.e)(fence, paths, undefined).catch((error) => {
        throw renameInput(error);
    });
    const problems = [];
    const described = [];
    for (const target of resolved.targets) {
        try {
            described.push(await describeTarget(target));
        }
        catch (error) {
            (0,inputs/* collectInputError */.Vb)(problems, error);
        }
    }
    (0,inputs/* throwCollected */.ml)(problems);
    return { workspace: resolved.workspace, described };
}
/** The sbom action's path resolution names its input "path"; here it is "sbom". */
function renameInput(error) {
    if (!(error instanceof errors/* InputError */.dz))
        return error;
    const problems = error instanceof errors/* InputErrors */.G ? error.problems : [error];
    const renamed = problems.map((p) => new errors/* InputError */.dz(p.code, p.message.replaceAll('input "path"', 'input "sbom"'), { cause: p }));
    return renamed.length === 1 ? renamed[0] : new errors/* InputErrors */.G(renamed);
}

// EXTERNAL MODULE: ./src/io/fs/path-fence.ts
var path_fence = __webpack_require__(30979);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/lib/scan/lockfile-line.ts
/**
 * The line of a lockfile that locks a package at a version, for SARIF: the
 * first line naming the package whose next few lines (or itself) carry the
 * version. It reads every format Provenant describes: package-lock
 * ("node_modules/x" then "version"), yarn.lock, pnpm-lock.yaml, poetry.lock,
 * uv.lock and Cargo.lock (name then version), go.mod and requirements files
 * (both on one line).
 */
const WINDOW = 6;
const NAME_CHAR = /[a-z0-9_.-]/;
const VERSION_BEFORE = /[a-z0-9.^~<>]/;
const VERSION_AFTER = /[a-z0-9.+]/;
function hasToken(line, token, before, after) {
    for (let at = line.indexOf(token); at >= 0; at = line.indexOf(token, at + 1)) {
        const prev = at > 0 ? line[at - 1] : ' ';
        const next = line[at + token.length] ?? ' ';
        if (!before.test(prev) && !after.test(next))
            return true;
    }
    return false;
}
class LockfileLines {
    lines;
    constructor(text) {
        this.lines = text.toLowerCase().split(/\r?\n/);
    }
    /** 1-based line, or undefined when the package is not found at that version. */
    find(name, version) {
        const n = name.toLowerCase();
        const v = version.toLowerCase();
        for (let i = 0; i < this.lines.length; i++) {
            if (!this.lines[i].includes(n) ||
                !hasToken(this.lines[i], n, NAME_CHAR, NAME_CHAR))
                continue;
            for (let j = i; j < Math.min(this.lines.length, i + WINDOW); j++) {
                if (j > i &&
                    hasToken(this.lines[j], n, NAME_CHAR, NAME_CHAR) &&
                    !this.lines[j].includes(v))
                    break;
                if (hasToken(this.lines[j], v, VERSION_BEFORE, VERSION_AFTER))
                    return i + 1;
            }
        }
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/lib/sbom/sources/lockfile-formats.ts + 25 modules
var lockfile_formats = __webpack_require__(16);
;// CONCATENATED MODULE: ./src/io/scan/locate.ts
/**
 * Where each finding shows in SARIF: the lockfile line that locks the
 * package when the SBOM came from a lockfile (the directory scanned, or a
 * lockfile beside the SBOM file), else the SBOM file itself. Paths are
 * relative to the workspace, as code scanning wants them.
 */




/**
 * The lockfiles beside `file` that Provenant reads (the lockfile
 * registry's names and patterns), in the registry's order: its formats in
 * turn, each format's own names in its order, then the names its pattern
 * matches, the plainest first (requirements.txt before
 * requirements-dev.txt).
 */
function lockfilesBeside(file) {
    const dir = external_node_path_default().dirname(file);
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return [];
    }
    const rank = (name) => {
        const format = (0,lockfile_formats/* lockfileFormat */.fq)(name);
        const named = format.names.indexOf(name);
        return [
            lockfile_formats/* LOCKFILE_FORMATS */.XU.indexOf(format),
            named >= 0 ? named : format.names.length,
            name.length
        ];
    };
    const order = (a, b) => {
        const [x, y] = [rank(a), rank(b)];
        return (x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || (a < b ? -1 : a > b ? 1 : 0));
    };
    return names
        .filter((name) => (0,lockfile_formats/* lockfileFormat */.fq)(name) !== undefined)
        .sort(order)
        .map((name) => external_node_path_default().join(dir, name));
}
function createLocator(workspace, described) {
    const bySubject = new Map(described.map((d) => [d.sbom.subject, d]));
    const texts = new Map();
    const linesOf = (file) => {
        if (!texts.has(file)) {
            try {
                texts.set(file, new LockfileLines((0,external_node_fs_.readFileSync)(file, 'utf8')));
            }
            catch {
                texts.set(file, undefined);
            }
        }
        return texts.get(file);
    };
    const beside = new Map();
    const lockfilesOf = (file) => {
        let found = beside.get(file);
        if (!found)
            beside.set(file, (found = lockfilesBeside(file)));
        return found;
    };
    const relative = (file) => external_node_path_default().relative(workspace, file).split((external_node_path_default()).sep).join('/') || '.';
    return (finding) => {
        let fallback;
        for (const location of finding.locations) {
            const d = bySubject.get(location.subject);
            if (!d)
                continue;
            const lockfiles = d.lockfiles.length > 0
                ? d.lockfiles
                : d.document !== undefined
                    ? lockfilesOf(d.absolute)
                    : [];
            for (const lockfile of lockfiles) {
                const line = linesOf(lockfile)?.find(finding.name, finding.version);
                if (line)
                    return { uri: relative(lockfile), line };
            }
            fallback ??= { uri: relative(lockfiles[0] ?? d.absolute) };
        }
        return fallback ?? { uri: finding.locations[0]?.subject ?? '.' };
    };
}

// EXTERNAL MODULE: ./src/lib/scan/vex.ts
var vex = __webpack_require__(22030);
;// CONCATENATED MODULE: ./src/io/scan/vex-files.ts
/** VEX documents from --vex files, and the `analysis` inside scanned CycloneDX SBOMs. */





async function readVexStatements(workspace, files, described) {
    const statements = [];
    const problems = [];
    for (const file of files) {
        try {
            const text = await (0,promises_.readFile)(external_node_path_default().resolve(workspace, file), 'utf8').catch((error) => {
                throw new errors/* InputError */.dz('SCAN_VEX_NOT_FOUND', `--vex ${file} cannot be read (${error.message}): check the path`, { cause: error });
            });
            let value;
            try {
                value = JSON.parse(text);
            }
            catch (error) {
                throw new errors/* InputError */.dz('SCAN_VEX_NOT_JSON', `--vex ${file} is not JSON (${error.message}): give an OpenVEX or CycloneDX VEX JSON document`, { cause: error });
            }
            statements.push(...(0,vex/* readVexDocument */.hK)(value, file));
        }
        catch (error) {
            (0,inputs/* collectInputError */.Vb)(problems, error);
        }
    }
    (0,inputs/* throwCollected */.ml)(problems);
    for (const d of described) {
        if (d.document !== undefined && (0,vex/* isCycloneDxVex */.TX)(d.document))
            statements.push(...(0,vex/* readVexDocument */.hK)(d.document, d.sbom.subject));
    }
    return statements;
}

;// CONCATENATED MODULE: ./src/io/scan/run.ts
/**
 * The scan core, shared by the action and the CLI: inputs -> SBOMs (read or
 * described) -> advisory index -> findings -> VEX and threshold -> report,
 * rendered in the asked format and written (all reports or none).
 */














const REPORT_FILES = {
    json: 'scan-report.json',
    sarif: 'scan-report.sarif',
    cyclonedx: 'scan-report.cdx.json'
};
async function runScan(request, deps) {
    const { workspace, described } = await describeInputs(request.fence ?? (0,path_fence/* workspaceFence */.n)(request.workspace), request.paths);
    const statements = await readVexStatements(workspace, request.vexFiles, described);
    const sboms = described.map((d) => d.sbom);
    const { index, sources } = await (0,databases/* loadIndex */.z)({
        workspace,
        databases: request.databases,
        ecosystems: ecosystemsOf(sboms),
        offline: request.offline,
        osvUrl: request.osvUrl,
        cacheDir: request.cacheDir
            ? external_node_path_default().resolve(workspace, request.cacheDir)
            : (0,databases/* defaultCacheDir */.$)(deps.env)
    }, deps);
    const matched = (0,scan_findings/* matchSboms */.kZ)(index, sboms);
    const findings = (0,gate/* applyGate */.e)(matched.findings, {
        sboms,
        statements,
        ignore: request.ignore,
        failOn: (0,gate/* toFailOn */.$)(request.failOn)
    });
    const report = buildScanReport({
        generated: deps.now().toISOString(),
        failOn: [...(0,gate/* toFailOn */.$)(request.failOn)],
        sboms: described.map((d) => sbomSummary(d, workspace)),
        database: {
            sources,
            advisories: index.advisories.length,
            withdrawn: index.withdrawn
        },
        findings,
        notEvaluated: matched.notEvaluated
    });
    const locate = createLocator(workspace, described);
    const render = {
        table: () => toTable(report),
        json: () => JSON.stringify(report, null, 2),
        sarif: () => JSON.stringify(toSarif(report, locate), null, 2),
        cyclonedx: async () => JSON.stringify(await checkedVdr(report, `urn:uuid:${deps.uuid()}`), null, 2)
    };
    const writes = [];
    const files = {};
    if (request.reportsDir !== undefined) {
        const dir = insideWorkspace(workspace, request.reportsDir, 'reports-dir');
        for (const format of ['json', 'sarif', 'cyclonedx']) {
            const file = external_node_path_default().join(dir, REPORT_FILES[format]);
            writes.push({ path: file, content: `${await render[format]()}\n` });
            files[format] = file;
        }
    }
    const rendered = await render[request.format]();
    if (request.output !== undefined) {
        const file = insideWorkspace(workspace, request.output, 'output');
        writes.push({ path: file, content: `${rendered}\n` });
        files.output = file;
    }
    if (writes.length > 0)
        await (0,atomic_write/* writeFilesAtomically */.i)(writes);
    return { report, rendered, files };
}
/** The VDR, checked against the CycloneDX 1.6 schema (the validator is loaded only when a VDR is asked for). */
async function checkedVdr(report, serialNumber) {
    const vdr = toVdr(report, serialNumber);
    const { findSchemaProblems } = await Promise.all(/* import() */[__webpack_require__.e(9310), __webpack_require__.e(4196)]).then(__webpack_require__.bind(__webpack_require__, 34196));
    const problems = findSchemaProblems('cyclonedx', vdr);
    if (problems.length > 0)
        throw new errors/* InternalError */.Gd('SCAN_VDR_INVALID', `the CycloneDX report does not validate (a bug in Provenant; nothing was written): ${problems.slice(0, 5).join('; ')}`);
    return vdr;
}
function insideWorkspace(workspace, given, input) {
    const absolute = external_node_path_default().resolve(workspace, given);
    const relative = external_node_path_default().relative(workspace, absolute);
    if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
        throw new errors/* InputError */.dz('SCAN_PATH_OUTSIDE', `input "${input}" has ${given}, which is outside the workspace ${workspace}: give a path inside it`);
    return absolute;
}
/** The ecosystems the SBOMs' components are of: the advisories to load. */
function ecosystemsOf(sboms) {
    return [
        ...new Set(sboms.flatMap((s) => s.components.flatMap((c) => (c.ecosystem ? [c.ecosystem] : []))))
    ].sort();
}
/** What the report says of one SBOM scanned. */
function sbomSummary(d, workspace) {
    return {
        subject: d.sbom.subject,
        format: d.sbom.format,
        components: d.sbom.components.length,
        unidentified: d.sbom.unidentified,
        ...(d.lockfiles.length > 0
            ? { lockfiles: d.lockfiles.map((f) => external_node_path_default().relative(workspace, f)) }
            : {})
    };
}

// EXTERNAL MODULE: ./src/cli/input-flags.ts
var input_flags = __webpack_require__(40440);
// EXTERNAL MODULE: ./src/cli/output.ts
var cli_output = __webpack_require__(96657);
;// CONCATENATED MODULE: ./src/cli/commands/scan.ts
/**
 * `provenant scan <sbom | directory | artifact>...`: the scan action's core
 * from the command line. Every action input is a flag of the same name
 * (list flags may be repeated: --db A --db B); `--format` is
 * `--report-format`, `--offline` is `--download=false`, `--json` is
 * `--format json`.
 * Exit 0 below the threshold, 1 at or above it, 2 on bad input.
 */








/** The list inputs a user repeats on a command line: --db A --db B. */
const REPEATABLE = ['sbom', 'db', 'vex', 'ignore', 'fail-on'];
const SCAN_FLAGS = {
    ...scan_inputs/* SCAN_INPUTS */.IP,
    ...Object.fromEntries(REPEATABLE.map((name) => [name, { ...scan_inputs/* SCAN_INPUTS */.IP[name], multiple: true }])),
    format: {
        kind: 'string',
        description: 'The report printed or written to --output: table, json, sarif or cyclonedx (the same as --report-format).',
        example: 'sarif'
    },
    offline: {
        kind: 'boolean',
        description: 'Use only the databases given with --db or already cached: download nothing (the same as --download=false).'
    },
    json: input_flags/* JSON_FLAG */.KH
};
const scanCommand = {
    name: 'scan',
    summary: 'vulnerability gate: SBOMs, directories or artifacts against OSV advisories, with VEX',
    usage: 'provenant scan <sbom | directory | artifact>... [--db DIR|ZIP]... [--offline] [--fail-on critical|high|medium|low|unknown|none] [--vex FILE]... [--ignore ID]... [--format table|json|sarif|cyclonedx] [--output FILE] [--reports-dir DIR] [--json]',
    flags: SCAN_FLAGS,
    async run(argv, output) {
        const { values, positionals, flags } = (0,input_flags/* parseInputFlags */.zq)(argv, SCAN_FLAGS);
        const withSboms = (0,input_flags/* withArguments */.$I)(flags, { sbom: positionals });
        const inputs = (0,scan_inputs/* parseScanInputs */.E7)((name) => {
            if (name === 'download' && values.offline === true)
                return 'false';
            if (name === 'report-format')
                return values.json === true
                    ? 'json'
                    : (flags(name) ?? values.format);
            return withSboms(name);
        });
        const logger = (0,cli_output/* stderrLogger */.D)(output);
        const result = await runScan({ ...inputs, workspace: process.cwd(), fence: (0,path_fence/* openFence */._R)(process.cwd()) }, (0,deps/* createScanDeps */.k)(process.env, logger));
        if (result.files.output === undefined)
            output.out(result.rendered);
        for (const file of Object.values(result.files))
            output.err(`wrote ${file}`);
        if (inputs.format !== 'table')
            output.err(model_describeVerdict(result.report));
        return result.report.passed ? errors/* EXIT_OK */.Ij : errors/* EXIT_VERIFICATION_FAILED */.fQ;
    }
};


/***/ }),

/***/ 93387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ SILENT_LOGGER)
/* harmony export */ });
/**
 * What the core needs from its host (the action, the CLI, a test):
 * somewhere to log, and the time and randomness it runs with. Adapters in
 * src/io and the hosts in src/actions and src/cli implement these.
 */
const SILENT_LOGGER = {
    info: () => undefined,
    warning: () => undefined,
    debug: () => undefined
};


/***/ }),

/***/ 73116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E7: () => (/* binding */ parseScanInputs),
/* harmony export */   IP: () => (/* binding */ SCAN_INPUTS),
/* harmony export */   ju: () => (/* binding */ DEFAULT_OSV_URL)
/* harmony export */ });
/* unused harmony exports SCAN_FORMATS, FAIL_ON_LEVELS, parseFailOn */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65680);
/**
 * The scan action's inputs: one table for actions/scan/action.yml and the
 * `provenant scan` flags, and the parser both go through. Every problem is
 * collected and reported at once.
 */


const SCAN_FORMATS = ['table', 'json', 'sarif', 'cyclonedx'];
const FAIL_ON_LEVELS = [
    'critical',
    'high',
    'medium',
    'low',
    'unknown',
    'none'
];
/** Where OSV publishes its per-ecosystem exports (<url>/<Ecosystem>/all.zip). */
const DEFAULT_OSV_URL = 'https://osv-vulnerabilities.storage.googleapis.com';
const SCAN_INPUTS = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .defineInputs */ .pf)({
    sbom: {
        kind: 'list',
        default: '.',
        description: 'What to scan, paths or globs, newline or space separated, resolved inside the workspace: CycloneDX 1.4-1.6 or SPDX 2.2/2.3 JSON SBOMs from any tool are read as they are; a directory (its lockfiles) or any other file (wheel, sdist, npm .tgz) is described first as the sbom action would.'
    },
    db: {
        kind: 'list',
        description: 'OSV advisory databases, newline or space separated: directories of OSV JSON/YAML files, zips of them (OSV all.zip exports), or single OSV files. When empty: the OSV export of each ecosystem in the SBOMs is downloaded into cache-dir (or, with download false, taken from it).'
    },
    download: {
        kind: 'boolean',
        default: 'true',
        description: "Download the OSV exports into cache-dir when db is empty (conditional requests: an unchanged export is not downloaded again). false: never use the network (the CLI's --offline); scan against db, or the copies already in cache-dir."
    },
    'osv-url': {
        kind: 'string',
        default: DEFAULT_OSV_URL,
        description: 'Where the OSV exports are downloaded from (<osv-url>/<Ecosystem>/all.zip) when db is empty.'
    },
    'cache-dir': {
        kind: 'string',
        description: 'Cache of downloaded OSV exports and built indexes. When empty: $RUNNER_TOOL_CACHE/provenant, else $XDG_CACHE_HOME/provenant, else ~/.cache/provenant.'
    },
    'fail-on': {
        kind: 'list',
        default: 'high',
        description: 'Severities that fail the scan, separated by commas or spaces: critical, high, medium or low (that level and above), unknown (advisories without a severity; only when named), none (never fail).'
    },
    vex: {
        kind: 'list',
        description: 'VEX documents, newline or space separated: OpenVEX or CycloneDX VEX JSON. not_affected and fixed statements take a finding out of the gate (listed with their reason); analysis inside a scanned CycloneDX SBOM is read too.'
    },
    ignore: {
        kind: 'list',
        description: 'Vulnerability ids (or aliases) to take out of the gate, separated by commas or spaces; listed as ignored.'
    },
    'report-format': {
        kind: 'string',
        default: 'table',
        description: 'What the log (or output) shows: table, json, sarif (SARIF 2.1.0) or cyclonedx (CycloneDX 1.6 vulnerability report with the VEX analysis).'
    },
    output: {
        kind: 'string',
        description: 'File to write the report-format into instead of the log, resolved inside the workspace.'
    },
    'reports-dir': {
        kind: 'string',
        description: 'Directory to write every report into (scan-report.json, scan-report.sarif, scan-report.cdx.json), resolved inside the workspace and created when missing. When empty: none for the CLI; the workspace root for the action.'
    }
});
const split = (raw) => (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseList */ .E1)(raw?.replaceAll(',', ' '));
function parseFailOn(raw) {
    const levels = split(raw).map((v) => v.toLowerCase());
    const bad = levels.filter((l) => !FAIL_ON_LEVELS.includes(l));
    if (bad.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SCAN_FAIL_ON', `input "fail-on" has ${bad.map((b) => `"${b}"`).join(', ')}: use ${FAIL_ON_LEVELS.join(', ')}`);
    if (levels.includes('none') && levels.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SCAN_FAIL_ON', `input "fail-on" says none together with ${levels.filter((l) => l !== 'none').join(', ')}: give none alone, or levels`);
    return levels.filter((l) => l !== 'none');
}
function parseScanInputs(source) {
    const problems = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .collectProblems */ .vX)();
    const raw = (name) => problems.attempt(() => (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readRaw */ .hc)(SCAN_INPUTS, source, name), undefined);
    const paths = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseList */ .E1)(raw('sbom'));
    if (paths.length === 0)
        problems.problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SCAN_NO_PATH', 'input "sbom" names nothing: give an SBOM, a directory or an artifact'));
    const osvUrl = raw('osv-url') ?? DEFAULT_OSV_URL;
    if (!/^https?:\/\/[^\s]+$/.test(osvUrl))
        problems.problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SCAN_OSV_URL', `input "osv-url" must be an http(s) URL, not "${osvUrl}"`));
    const inputs = {
        paths,
        databases: (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseList */ .E1)(raw('db')),
        offline: !problems.attempt(() => (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBoolean */ .yG)('download', raw('download')), true),
        osvUrl,
        cacheDir: raw('cache-dir'),
        failOn: problems.attempt(() => parseFailOn(raw('fail-on')), []),
        vexFiles: (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseList */ .E1)(raw('vex')),
        ignore: split(raw('ignore')),
        format: problems.attempt(() => (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseChoice */ .HU)('report-format', raw('report-format')?.toLowerCase(), SCAN_FORMATS), 'table') ?? 'table',
        output: raw('output'),
        reportsDir: raw('reports-dir')
    };
    problems.throwIfAny();
    return inputs;
}


/***/ }),

/***/ 22030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HC: () => (/* binding */ VEX_STATUSES),
/* harmony export */   TX: () => (/* binding */ isCycloneDxVex),
/* harmony export */   _Y: () => (/* binding */ isOpenVex),
/* harmony export */   hK: () => (/* binding */ readVexDocument),
/* harmony export */   ye: () => (/* binding */ readOpenVex)
/* harmony export */ });
/* unused harmony export readCycloneDxVex */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/**
 * VEX statements from OpenVEX (v0.0.1 and v0.2.0) and CycloneDX VEX (a VEX
 * BOM, or `analysis` inside an SBOM), in one shape, and the question the
 * gate asks: what does the VEX say about this vulnerability in this
 * component of this product?
 */

const VEX_STATUSES = [
    'not_affected',
    'affected',
    'fixed',
    'under_investigation'
];
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => typeof v === 'string' && v !== '' ? v : undefined;
const list = (v) => (Array.isArray(v) ? v : []);
function isOpenVex(value) {
    return (isRecord(value) &&
        typeof value['@context'] === 'string' &&
        value['@context'].startsWith('https://openvex.dev/ns'));
}
function isCycloneDxVex(value) {
    return (isRecord(value) &&
        value.bomFormat === 'CycloneDX' &&
        Array.isArray(value.vulnerabilities));
}
/** Any VEX document; `source` names it in errors and reasons. */
function readVexDocument(value, source) {
    if (isOpenVex(value))
        return readOpenVex(value, source);
    if (isCycloneDxVex(value))
        return readCycloneDxVex(value, source);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SCAN_VEX_UNRECOGNISED', `--vex ${source} is neither OpenVEX (@context https://openvex.dev/ns) nor CycloneDX with "vulnerabilities": give an OpenVEX or CycloneDX VEX JSON document`);
}
function openVexTarget(value) {
    if (typeof value === 'string')
        return value.startsWith('pkg:') ? { purl: value } : { ref: value };
    if (!isRecord(value))
        return undefined;
    const id = str(value['@id']);
    const identifiers = isRecord(value.identifiers) ? value.identifiers : {};
    const purl = str(identifiers.purl) ?? (id?.startsWith('pkg:') ? id : undefined);
    if (!id && !purl)
        return undefined;
    return { ...(id ? { ref: id } : {}), ...(purl ? { purl } : {}) };
}
function readOpenVex(doc, source) {
    const problems = [];
    const out = list(doc.statements).flatMap((s, i) => {
        if (!isRecord(s))
            return [];
        const v = s.vulnerability;
        const ids = isRecord(v)
            ? [str(v.name), str(v['@id']), ...list(v.aliases).map(str)]
            : [str(v)];
        const status = str(s.status);
        if (!status || !VEX_STATUSES.includes(status)) {
            problems.push(`statement ${i + 1} has status "${String(s.status)}"`);
            return [];
        }
        const products = list(s.products)
            .map(openVexTarget)
            .filter((t) => !!t);
        const subs = [
            ...list(s.subcomponents),
            ...list(s.products).flatMap((p) => isRecord(p) ? list(p.subcomponents) : [])
        ];
        const statement = {
            ids: ids.filter((id) => !!id),
            products,
            subcomponents: subs.map(openVexTarget).filter((t) => !!t),
            status,
            source
        };
        const justification = str(s.justification);
        const detail = str(s.impact_statement) ?? str(s.action_statement) ?? str(s.status_notes);
        const timestamp = str(s.timestamp) ?? str(doc.timestamp);
        if (justification)
            statement.justification = justification;
        if (detail)
            statement.detail = detail;
        if (timestamp)
            statement.timestamp = timestamp;
        return [statement];
    });
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SCAN_VEX_STATUS', `--vex ${source}: ${problems.join('; ')}; use not_affected, affected, fixed or under_investigation`);
    return out;
}
const CDX_STATES = {
    resolved: 'fixed',
    resolved_with_pedigree: 'fixed',
    exploitable: 'affected',
    in_triage: 'under_investigation',
    false_positive: 'not_affected',
    not_affected: 'not_affected'
};
/** A `ref`: plain bom-ref, a purl, or BOM-Link urn:cdx:<serial>/<version>#<bom-ref>. */
function cdxTarget(ref) {
    const link = /^urn:cdx:([^/]+)\/\d+#(.+)$/.exec(ref);
    const inner = link ? decodeURIComponent(link[2]) : ref;
    return {
        ...(link ? { serialNumber: `urn:uuid:${link[1]}` } : {}),
        ref: inner,
        ...(inner.startsWith('pkg:') ? { purl: inner } : {})
    };
}
function readCycloneDxVex(doc, source) {
    const timestamp = isRecord(doc.metadata)
        ? str(doc.metadata.timestamp)
        : undefined;
    return list(doc.vulnerabilities).flatMap((v) => {
        if (!isRecord(v) || !isRecord(v.analysis))
            return [];
        const state = str(v.analysis.state);
        const status = state ? CDX_STATES[state] : undefined;
        if (!status)
            return [];
        const ids = [
            str(v.id),
            ...list(v.references).map((r) => (isRecord(r) ? str(r.id) : undefined))
        ].filter((id) => !!id);
        const base = {
            ids,
            subcomponents: [],
            source
        };
        const justification = str(v.analysis.justification);
        const detail = str(v.analysis.detail);
        if (justification)
            base.justification = justification;
        if (detail)
            base.detail = detail;
        const when = str(v.updated) ?? str(v.published) ?? timestamp;
        if (when)
            base.timestamp = when;
        const affects = list(v.affects).filter(isRecord);
        if (affects.length === 0)
            return [{ ...base, products: [], status }];
        return affects.flatMap((a) => {
            const target = cdxTarget(str(a.ref) ?? '');
            const versions = list(a.versions).filter(isRecord);
            if (versions.length === 0)
                return [{ ...base, products: [target], status }];
            return versions.map((entry) => ({
                ...base,
                products: [{ ...target, ...versionOf(entry) }],
                status: versionStatus(str(entry.status), status)
            }));
        });
    });
}
function versionOf(entry) {
    const version = str(entry.version);
    const range = str(entry.range);
    return { ...(version ? { version } : {}), ...(range ? { range } : {}) };
}
/** A version's own status (default "affected") read against the analysis state. */
function versionStatus(status, state) {
    if (status === 'unaffected')
        return state === 'fixed' ? 'fixed' : 'not_affected';
    if (status === 'unknown')
        return 'under_investigation';
    return state;
}


/***/ })

};
