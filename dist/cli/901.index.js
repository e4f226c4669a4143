export const id = 901;
export const ids = [901];
export const modules = {

/***/ 29901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyCommand: () => (/* binding */ verifyCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/inputs/index.ts + 3 modules
var inputs = __webpack_require__(65680);
// EXTERNAL MODULE: ./src/lib/verify/policy.ts
var verify_policy = __webpack_require__(61511);
// EXTERNAL MODULE: ./src/lib/inputs/shared.ts
var shared = __webpack_require__(54476);
;// CONCATENATED MODULE: ./src/lib/verify/inputs.ts
/**
 * The verify inputs: one table for actions/verify/action.yml and the
 * `provenant verify` flags (same kebab-case names; the CLI takes the
 * artifacts as arguments), and the parser both go through. Every problem is
 * collected and reported at once.
 */



const VERIFY_INPUTS = (0,inputs/* defineInputs */.pf)({
    subjects: {
        kind: 'list',
        required: true,
        description: 'What to verify: files, directories (every release asset in them) and sha256:<hex> digests, newline or space separated.'
    },
    'certificate-identity': {
        kind: 'string',
        description: 'The signer identity the certificate must name exactly (its SAN; for GitHub Actions https://github.com/<owner>/<repo>/.github/workflows/<file>@<ref>), as cosign --certificate-identity.'
    },
    'certificate-identity-regexp': {
        kind: 'string',
        description: 'A regular expression the certificate SAN must match, as cosign --certificate-identity-regexp.'
    },
    'certificate-oidc-issuer': {
        kind: 'string',
        default: verify_policy/* GITHUB_ACTIONS_ISSUER */.qQ,
        description: 'The OIDC issuer the signing certificate must name, as cosign --certificate-oidc-issuer.'
    },
    repo: {
        kind: 'string',
        description: 'owner/name of the repository the artifacts come from: the certificate source repository, the provenance source, and (without certificate-identity, certificate-identity-regexp or signer-workflow) the repository of the signing workflow, as gh attestation verify --repo.'
    },
    'signer-workflow': {
        kind: 'string',
        description: 'The workflow that must have signed, [host/]<owner>/<repo>/<path>/<workflow>.yml (any ref) or with @<ref>, as gh attestation verify --signer-workflow.'
    },
    'predicate-type': shared/* PREDICATE_TYPE_INPUT */.Et,
    'deny-self-hosted-runners': {
        kind: 'boolean',
        default: 'false',
        description: 'Fail unless the signing run was on a GitHub-hosted runner, as gh attestation verify --deny-self-hosted-runners.'
    },
    'provenance-path': {
        kind: 'string',
        description: 'A provenance file (JSON lines of Sigstore bundles, or one bundle) used for every artifact besides the *.intoto.jsonl found beside them, as slsa-verifier --provenance-path.'
    },
    'source-uri': {
        kind: 'string',
        description: 'The source repository the provenance must name, e.g. github.com/<owner>/<repo>, as slsa-verifier --source-uri. Giving it requires provenance.'
    },
    'source-tag': {
        kind: 'string',
        description: 'The git tag the provenance must name as the source ref, e.g. v1.2.3, as slsa-verifier --source-tag. Giving it requires provenance.'
    },
    'source-branch': {
        kind: 'string',
        description: 'The git branch the provenance must name as the source ref, e.g. main, as slsa-verifier --source-branch. Giving it requires provenance.'
    },
    'builder-id': {
        kind: 'string',
        description: 'The builder id the provenance must name; without @<ref> any ref matches, as slsa-verifier --builder-id. Giving it requires provenance.'
    },
    require: {
        kind: 'list',
        default: 'signature',
        description: 'What must be present and pass for every artifact, comma separated: signature, provenance, sbom, checksum, reproducible. Evidence that is present is always checked.'
    },
    'rebuilder-identity': {
        kind: 'string',
        description: 'Count a rebuild verdict only when it is signed by this identity (the certificate SAN, exactly, e.g. the reproducibility workflow); unsigned reports no longer count. Implies reproducible.'
    },
    'rebuilder-identity-regexp': {
        kind: 'string',
        description: 'As rebuilder-identity, a regular expression the verdict signer’s SAN must match. The issuer is certificate-oidc-issuer.'
    },
    'public-key': {
        kind: 'string',
        description: 'A PEM public key file: bundles signed with a key instead of a certificate are verified with it, as cosign --key.'
    },
    'minisign-key': {
        kind: 'string',
        description: 'A minisign public key (its base64 line, or a .pub file) that <file>.minisig signatures are checked with.'
    },
    'insecure-ignore-tlog': {
        kind: 'boolean',
        default: 'false',
        description: 'Accept a legacy <file>.sig + <file>.crt pair that has no transparency-log proof, as cosign --insecure-ignore-tlog (weaker: nothing attests when it was signed).'
    },
    'trusted-root': shared/* TRUSTED_ROOT_INPUT */.uz,
    offline: {
        kind: 'boolean',
        default: 'false',
        description: 'Never touch the network: use trusted-root or the public-good trusted root embedded in Provenant, and look nothing up on GitHub.'
    },
    'github-attestations': {
        kind: 'boolean',
        default: 'false',
        description: 'Also fetch the attestations stored on GitHub for each artifact digest (needs repo; no token needed for public repositories).'
    },
    'github-token': shared/* GITHUB_TOKEN_INPUT */.vu
});

;// CONCATENATED MODULE: ./src/lib/verify/parse-inputs.ts
/**
 * parseVerifyInputs: raw verify inputs (action INPUT_* or CLI flags) -> the
 * typed policy and options, every problem collected into one InputErrors.
 */




const REPO = /^[\w.-]+\/[\w.-]+$/;
/**
 * `artifacts` given (the CLI's arguments) wins over the `subjects` input,
 * so that a path may hold spaces.
 */
function parseVerifyInputs(source, given = {}) {
    const collector = (0,inputs/* collectProblems */.vX)();
    const { attempt, problems } = collector;
    const text = (name) => attempt(() => (0,inputs/* readRaw */.hc)(VERIFY_INPUTS, source, name), undefined);
    const flag = (name) => attempt(() => (0,inputs/* parseBoolean */.yG)(name, text(name)), false);
    const problem = (code, message) => {
        problems.push(new errors/* InputError */.dz(code, message));
    };
    const identityRegexp = attempt(() => parsePattern('certificate-identity-regexp', text('certificate-identity-regexp')), undefined);
    const repo = text('repo');
    if (repo !== undefined && !REPO.test(repo)) {
        problem('VERIFY_REPO_FORMAT', `input "repo" must be owner/name (e.g. octo-org/octo-repo), not "${repo}"`);
    }
    const rebuilderIdentity = text('rebuilder-identity');
    const rebuilderRegexp = attempt(() => parsePattern('rebuilder-identity-regexp', text('rebuilder-identity-regexp')), undefined);
    const key = text('public-key');
    const minisignKey = text('minisign-key');
    const policy = {
        identity: text('certificate-identity'),
        identityRegexp,
        issuer: text('certificate-oidc-issuer') ?? '',
        repo,
        signerWorkflow: text('signer-workflow'),
        denySelfHostedRunners: flag('deny-self-hosted-runners'),
        keyed: key !== undefined || minisignKey !== undefined,
        predicateType: text('predicate-type'),
        sourceUri: text('source-uri'),
        sourceTag: text('source-tag'),
        sourceBranch: text('source-branch'),
        builderId: text('builder-id'),
        require: attempt(() => parseRequire(text('require')), ['signature']),
        insecureIgnoreTlog: flag('insecure-ignore-tlog'),
        ...(rebuilderIdentity !== undefined || rebuilderRegexp !== undefined
            ? {
                rebuilder: {
                    identity: rebuilderIdentity,
                    identityRegexp: rebuilderRegexp
                }
            }
            : {})
    };
    if ((0,verify_policy/* impliesProvenance */.Rs)(policy) && !policy.require.includes('provenance')) {
        policy.require = [...policy.require, 'provenance'];
    }
    // Naming the rebuilder asks for its verdict.
    if (policy.rebuilder && !policy.require.includes('reproducible')) {
        policy.require = [...policy.require, 'reproducible'];
    }
    if (rebuilderIdentity !== undefined && rebuilderRegexp !== undefined) {
        problem('VERIFY_REBUILDER_TWICE', 'give one of "rebuilder-identity" and "rebuilder-identity-regexp", not both');
    }
    if (policy.identity !== undefined && policy.identityRegexp !== undefined) {
        problem('VERIFY_IDENTITY_TWICE', 'give one of "certificate-identity" and "certificate-identity-regexp", not both');
    }
    if (policy.sourceTag !== undefined && policy.sourceBranch !== undefined) {
        problem('VERIFY_SOURCE_REF_TWICE', 'give one of "source-tag" and "source-branch", not both: a build has one source ref');
    }
    const needsSigner = policy.require.some((r) => r === 'signature' || r === 'provenance');
    // A bad regexp is its own problem: the signer was said, only misspelled.
    const regexpGiven = text('certificate-identity-regexp') !== undefined;
    if (needsSigner && !(0,verify_policy/* hasIdentityPolicy */.js)(policy) && !regexpGiven) {
        problem('VERIFY_NO_IDENTITY', 'say who must have signed: give "certificate-identity" or "certificate-identity-regexp" (as cosign), "repo" or "signer-workflow" (as gh attestation verify), or "public-key" for keyed signatures');
    }
    const artifacts = given.artifacts ?? (0,inputs/* parseList */.E1)(text('subjects'));
    if (artifacts.length === 0 &&
        problems.every((p) => p.code !== 'INPUT_REQUIRED')) {
        problem('VERIFY_NO_ARTIFACTS', 'name at least one artifact: a file, a directory or sha256:<hex>');
    }
    const offline = flag('offline');
    const githubAttestations = flag('github-attestations');
    if (githubAttestations && offline) {
        problem('VERIFY_OFFLINE_LOOKUP', '"github-attestations" looks attestations up on GitHub; drop it or drop "offline"');
    }
    if (githubAttestations && repo === undefined) {
        problem('VERIFY_LOOKUP_NEEDS_REPO', '"github-attestations" needs "repo" (owner/name): GitHub stores attestations per repository');
    }
    collector.throwIfAny();
    return {
        artifacts,
        policy,
        trustedRoot: text('trusted-root'),
        offline,
        githubAttestations,
        githubToken: parseToken(text('github-token')),
        key,
        minisignKey,
        provenancePath: text('provenance-path')
    };
}
/** Comma or white-space separated requirement names. */
function parseRequire(raw) {
    const names = (raw ?? '')
        .split(/[\s,]+/)
        .map((n) => n.trim().toLowerCase())
        .filter((n) => n !== '');
    const unknown = names.filter((n) => !verify_policy/* REQUIREMENTS */.dq.includes(n));
    if (unknown.length > 0) {
        throw new errors/* InputError */.dz('VERIFY_REQUIRE_UNKNOWN', `input "require" has ${unknown.map((n) => `"${n}"`).join(', ')}; choose from ${verify_policy/* REQUIREMENTS */.dq.join(', ')}`);
    }
    return [...new Set(names)];
}
function parsePattern(name, raw) {
    if (raw === undefined)
        return undefined;
    try {
        return new RegExp(raw);
    }
    catch (error) {
        throw new errors/* InputError */.dz('VERIFY_REGEXP_INVALID', `input "${name}" is not a regular expression: ${error.message}`, { cause: error });
    }
}
/** An unexpanded `${{ github.token }}` (the CLI sees the default) is no token. */
function parseToken(raw) {
    if (raw === undefined || raw.startsWith('${{'))
        return undefined;
    return raw;
}

;// CONCATENATED MODULE: ./src/lib/verify/report.ts

const REPORT_VERSION = 1;
function buildReport(artifacts, require, trust) {
    const verified = artifacts.filter((a) => a.verified).length;
    return {
        version: REPORT_VERSION,
        verified: artifacts.length > 0 && verified === artifacts.length,
        require: [...require],
        trust,
        summary: {
            artifacts: artifacts.length,
            verified,
            failed: artifacts.length - verified
        },
        artifacts
    };
}
/** Every failed check of the report, in order, for messages. */
function report_listFailures(report) {
    return report.artifacts.flatMap((a) => verify_policy/* CHECK_NAMES */.cj.filter((c) => a.checks[c].status === 'fail').map((c) => ({
        artifact: a.artifact,
        check: c,
        code: a.checks[c].code,
        reason: a.checks[c].reason
    })));
}

;// CONCATENATED MODULE: ./src/lib/verify/render.ts


const TEXT_STATUS = {
    pass: 'pass',
    fail: 'FAIL',
    absent: 'absent',
    skipped: '-'
};
const MARK = {
    pass: '✅',
    fail: '❌',
    absent: '➖',
    skipped: '⚪'
};
function renderText(report) {
    const header = [
        'ARTIFACT',
        ...verify_policy/* CHECK_NAMES */.cj.map((c) => c.toUpperCase()),
        'RESULT'
    ];
    const rows = report.artifacts.map((a) => [
        a.artifact,
        ...verify_policy/* CHECK_NAMES */.cj.map((c) => TEXT_STATUS[a.checks[c].status]),
        a.verified ? 'verified' : 'FAILED'
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
        .join('  ');
    const out = [`trusted root: ${report.trust.description}`];
    out.push(...report.trust.warnings.map((w) => `warning: ${w}`), '');
    out.push(line(header), ...rows.map(line));
    const failures = report_listFailures(report);
    if (failures.length > 0) {
        out.push('', 'failures:');
        for (const f of failures) {
            out.push(`  ${f.artifact}: ${f.check}: ${f.code ? `[${f.code}] ` : ''}${f.reason}`);
        }
    }
    const notes = report.artifacts.flatMap((a) => a.notes.map((n) => `  ${a.artifact}: ${n}`));
    if (notes.length > 0)
        out.push('', 'notes:', ...notes);
    out.push('', summaryLine(report));
    return out.join('\n');
}
function renderMarkdown(report) {
    const head = `| Artifact | ${CHECK_NAMES.map(title).join(' | ')} | Result |`;
    const rule = `|${' --- |'.repeat(CHECK_NAMES.length + 2)}`;
    const rows = report.artifacts.map((a) => `| \`${escapeCell(a.artifact)}\` | ${CHECK_NAMES.map((c) => MARK[a.checks[c].status]).join(' | ')} | ${a.verified ? '**verified**' : '**failed**'} |`);
    const out = [
        `### Provenant verify: ${summaryLine(report)}`,
        '',
        head,
        rule,
        ...rows
    ];
    out.push('', `✅ pass · ❌ fail · ➖ absent · ⚪ not constrained by the policy`, '');
    const failures = listFailures(report);
    if (failures.length > 0) {
        out.push('#### Failures', '');
        for (const f of failures) {
            out.push(`- \`${escapeCell(f.artifact)}\` **${f.check}**${f.code ? ` \`${f.code}\`` : ''}: ${escapeCell(f.reason)}`);
        }
        out.push('');
    }
    out.push(`Trusted root: ${report.trust.description}`);
    for (const w of report.trust.warnings)
        out.push('', `> [!WARNING]\n> ${w}`);
    return out.join('\n');
}
function summaryLine(report) {
    const { artifacts, verified } = report.summary;
    return report.verified
        ? `${verified} of ${artifacts} artifact(s) verified`
        : `${artifacts - verified} of ${artifacts} artifact(s) failed verification`;
}
function title(check) {
    return check === 'sbom' ? 'SBOM' : check[0].toUpperCase() + check.slice(1);
}
function escapeCell(text) {
    return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

// EXTERNAL MODULE: ./src/lib/verify/statement.ts
var verify_statement = __webpack_require__(1256);
;// CONCATENATED MODULE: ./src/io/verify/github.ts
/**
 * GitHub's attestation store, by digest:
 * `GET {api}/repos/{owner}/{repo}/attestations/sha256:<hex>`. No token is
 * needed for public repositories; a token is sent when given. A 404 means
 * nothing was attested for that digest.
 */


const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
const TIMEOUT_MS = 30_000;
async function fetchGitHubAttestations(query) {
    const doFetch = query.fetch ?? fetch;
    const url = `${query.apiUrl.replace(/\/+$/, '')}/repos/${query.repo}/attestations/sha256:${query.sha256}?per_page=100`;
    let response;
    try {
        response = await doFetch(url, {
            headers: {
                accept: 'application/vnd.github+json',
                'x-github-api-version': '2022-11-28',
                ...(query.token ? { authorization: `Bearer ${query.token}` } : {})
            },
            signal: AbortSignal.timeout(TIMEOUT_MS)
        });
    }
    catch (error) {
        throw new errors/* ServiceError */._7('github', `cannot reach ${query.apiUrl} for attestations: ${error.message}`, {
            cause: error,
            retryable: true
        });
    }
    if (response.status === 404)
        return { attestations: [], notes: [] };
    if (!response.ok) {
        throw new errors/* ServiceError */._7('github', `GitHub answered ${response.status} for the attestations of sha256:${query.sha256} in ${query.repo}${response.status === 401 || response.status === 403 ? ' (a private repository needs github-token with attestations: read)' : ''}`, { status: response.status, retryable: response.status >= 500 });
    }
    const body = await response.json();
    const list = (0,verify_statement/* isObject */.Gv)(body) && Array.isArray(body.attestations)
        ? body.attestations.filter(verify_statement/* isObject */.Gv)
        : [];
    const attestations = [];
    const notes = [];
    list.forEach((item, index) => {
        const source = `github:${query.repo}/attestations/sha256:${query.sha256.slice(0, 12)}#${index + 1}`;
        if ((0,verify_statement/* isObject */.Gv)(item.bundle))
            attestations.push({ source, bundle: item.bundle });
        else
            notes.push(`${source}: GitHub gave only a bundle_url (compressed), not fetched; download it with gh attestation download`);
    });
    return { attestations, notes };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/lib/verify/evidence.ts
function emptyEvidence() {
    return {
        signatures: [],
        attestations: [],
        sboms: [],
        checksums: [],
        rebuilds: [],
        notes: []
    };
}

;// CONCATENATED MODULE: ./src/lib/verify/discovery.ts
/**
 * Discovery, pure: from the names in a release folder, which files are
 * release assets and which are evidence about them. A folder means every
 * file that is not itself evidence; each asset gets the signatures named
 * after it, and shares the folder's attestations, SBOMs, checksum files and
 * rebuild verdicts (those name their artifacts inside).
 */
const BUNDLE_SUFFIXES = ['.sigstore.json', '.sigstore', '.bundle'];
const RULES = [
    [/\.(sigstore\.json|sigstore|bundle)$/, 'bundle'],
    [/\.sig$/, 'signature'],
    [/\.(crt|pem|cert)$/, 'certificate'],
    [/\.minisig$/, 'minisig'],
    [/\.intoto\.jsonl$/, 'attestations'],
    [/\.intoto\.json$/, 'statement'],
    [/^sbom[-_.].*\.json$|\.(cdx|cyclonedx|spdx)\.json$|^bom\.json$/i, 'sbom'],
    [
        /^(SHA256SUMS|SHA512SUMS)(\.txt)?$|checksums\.txt$|\.(sha256|sha512|sha256sum|sha512sum)$/i,
        'checksums'
    ],
    [
        /^(report|rebuild-report|rebuild)\.(json|md)$|\.rebuild\.json$/,
        'rebuild-report'
    ],
    [/^(trusted_root|signing_config)\.json$/, 'trust'],
    [/\.pub$/, 'public-key'],
    [/^build-provenance\.json$|^VERIFY\.md$/, 'summary']
];
/** The kind of evidence a file name says it is; undefined for a release asset. */
function classifyName(name) {
    for (const [pattern, kind] of RULES)
        if (pattern.test(name))
            return kind;
    return undefined;
}
function discover(names) {
    const visible = names.filter((n) => !n.startsWith('.')).sort();
    const folder = {
        attestations: [],
        statements: [],
        sboms: [],
        checksums: [],
        rebuildReports: [],
        ignored: []
    };
    const assets = [];
    const present = new Set(visible);
    for (const name of visible) {
        const kind = classifyName(name);
        if (kind === undefined)
            assets.push(name);
        else if (kind === 'attestations')
            folder.attestations.push(name);
        // A bundle named after no file here (a rebuild's rebuild.sigstore.json)
        // is an attestation: its statement names the artifacts it is about.
        else if (kind === 'bundle' && !present.has(bundleStem(name)))
            folder.attestations.push(name);
        else if (kind === 'statement')
            folder.statements.push(name);
        else if (kind === 'sbom')
            folder.sboms.push(name);
        else if (kind === 'checksums')
            folder.checksums.push(name);
        else if (kind === 'rebuild-report' && name.endsWith('.json'))
            folder.rebuildReports.push(name);
        else if (kind === 'trust')
            folder.ignored.push(name);
    }
    return { assets, folder };
}
/** `app.tgz` for `app.tgz.sigstore.json` (and .sigstore, .bundle). */
function bundleStem(name) {
    const suffix = BUNDLE_SUFFIXES.find((s) => name.endsWith(s)) ?? '';
    return name.slice(0, name.length - suffix.length);
}
/** The signature files named after `name` among `names`. */
function signatureFilesFor(name, names) {
    const bundles = BUNDLE_SUFFIXES.map((s) => `${name}${s}`).filter((n) => names.has(n));
    const files = { bundles };
    const signature = `${name}.sig`;
    if (names.has(signature)) {
        const certificate = ['.crt', '.pem', '.cert']
            .map((s) => `${name}${s}`)
            .find((n) => names.has(n));
        files.legacy = { signature, certificate };
    }
    if (names.has(`${name}.minisig`))
        files.minisig = `${name}.minisig`;
    return files;
}
/** For `<name>.sha256` holding only a digest: the file it is about. */
function checksumTarget(checksumFile) {
    const match = /^(.+)\.(sha256|sha512|sha256sum|sha512sum)$/i.exec(checksumFile);
    return match ? match[1] : undefined;
}

// EXTERNAL MODULE: ./src/lib/verify/codes.ts
var codes = __webpack_require__(28863);
// EXTERNAL MODULE: ./src/lib/verify/identity.ts
var identity = __webpack_require__(48583);
// EXTERNAL MODULE: ./src/lib/verify/signer.ts
var signer = __webpack_require__(59119);
;// CONCATENATED MODULE: ./src/lib/verify/evaluate-signature.ts




function fail(code, reason, sources) {
    return { status: 'fail', code, reason, ...(sources ? { sources } : {}) };
}
function fromFailures(failures) {
    const first = failures[0];
    const reason = failures.map((f) => `${f.source}: ${f.reason}`).join('; ');
    return fail(first.code, reason, failures.map((f) => f.source));
}
function signatureRow(signatures, coveringAttestations, policy, ctx, ownSha256) {
    const failures = [];
    const passes = [];
    for (const s of signatures) {
        const r = s.result;
        if (!r.ok) {
            const other = r.signedDigest
                ? ctx.artifactsBySha256.get(r.signedDigest)
                : undefined;
            if (r.code === 'VERIFY_DIGEST_MISMATCH' &&
                other &&
                r.signedDigest !== ownSha256) {
                failures.push({
                    source: s.source,
                    code: 'VERIFY_BUNDLE_OF_OTHER_ARTIFACT',
                    reason: `signs ${other} (sha256:${r.signedDigest}), not this file: a bundle of another artifact`
                });
            }
            else
                failures.push({ source: s.source, code: r.code, reason: r.reason });
            continue;
        }
        passes.push(`${s.source}: ${r.details ?? describeForm(s)}`);
    }
    const unlogged = signatures.filter((s) => s.form === 'legacy' && s.result.ok);
    const logged = signatures.some((s) => s.form !== 'legacy' && s.result.ok);
    if (unlogged.length > 0 && !logged && !policy.insecureIgnoreTlog) {
        for (const s of unlogged) {
            failures.push({
                source: s.source,
                code: 'VERIFY_SIGNATURE_UNLOGGED',
                reason: 'the .sig/.crt pair verifies but carries no transparency-log proof; ship the Sigstore bundle (<file>.sigstore.json) or pass --insecure-ignore-tlog to accept it'
            });
        }
    }
    const sources = signatures.map((s) => s.source);
    if (failures.length > 0)
        return fromFailures(failures);
    if (passes.length > 0)
        return { status: 'pass', reason: passes.join('; '), sources };
    const attested = coveringAttestations.filter((a) => a.result.ok);
    if (attested.length > 0) {
        return {
            status: 'pass',
            reason: `no signature file; signed through the attestation ${attested.map((a) => a.source).join(', ')} over its digest`,
            sources: attested.map((a) => a.source)
        };
    }
    return {
        status: 'absent',
        reason: 'no <file>.sigstore.json (.sigstore, .bundle), .sig/.crt pair, or attestation naming its digest'
    };
}
function describeForm(s) {
    if (s.form === 'legacy') {
        return 'legacy .sig/.crt pair verified (no transparency-log proof: accepted by --insecure-ignore-tlog)';
    }
    if (s.form === 'minisign')
        return 'minisign signature verified with --minisign-key';
    return 'Sigstore bundle verified';
}
function identityRow(signers, policy, runnerEnvironment) {
    const sources = signers.map((s) => s.source);
    if (signers.length === 0) {
        return {
            status: 'absent',
            reason: 'no verified signature or attestation to take a signer from'
        };
    }
    if (!(0,verify_policy/* hasIdentityPolicy */.js)(policy)) {
        return {
            status: 'skipped',
            reason: `signed by ${unique(signers.map((s) => (0,signer/* describeSigner */.cg)(s.signer)))} (no identity policy given)`,
            sources
        };
    }
    const failures = [];
    for (const { source, signer } of signers) {
        const failure = (0,codes/* catchVerification */.RV)(() => (0,identity/* assertIdentity */.D7)(signer, policy, { runnerEnvironment }));
        if (failure)
            failures.push({ source, ...failure });
    }
    if (failures.length > 0)
        return fromFailures(failures);
    const issuers = unique(signers.filter((s) => !s.signer.keyed).map((s) => s.signer.issuer ?? ''));
    return {
        status: 'pass',
        reason: `signed by ${unique(signers.map((s) => (0,signer/* describeSigner */.cg)(s.signer)))}${issuers ? ` (issuer ${issuers})` : ''}`,
        sources
    };
}
function unique(values) {
    return [...new Set(values.filter((v) => v !== ''))].join(', ');
}

;// CONCATENATED MODULE: ./src/lib/verify/provenance.ts
/**
 * SLSA provenance as verify reads it (v1, and v0.2 as older generators
 * write it): the facts the policy is held to, and the source and builder
 * checks with slsa-verifier's flag meanings.
 */



function isSlsaProvenance(predicateType) {
    return predicateType.startsWith(verify_policy/* SLSA_PROVENANCE_PREFIX */.xQ);
}
const get = (value, ...path) => path.reduce((v, key) => ((0,verify_statement/* isObject */.Gv)(v) ? v[key] : undefined), value);
const str = (value) => typeof value === 'string' && value !== '' ? value : undefined;
function toProvenanceFacts(statement) {
    const p = statement.predicate;
    const v1 = (0,verify_statement/* isObject */.Gv)(p.buildDefinition);
    const workflow = get(p, 'buildDefinition', 'externalParameters', 'workflow');
    const dependency = v1
        ? firstGitDependency(get(p, 'buildDefinition', 'resolvedDependencies'))
        : undefined;
    const configSource = get(p, 'invocation', 'configSource');
    const sourceUri = v1
        ? str(get(dependency, 'uri'))
        : str(get(configSource, 'uri'));
    const facts = {
        predicateType: statement.predicateType,
        buildType: str(v1 ? get(p, 'buildDefinition', 'buildType') : p.buildType),
        builderId: str(v1 ? get(p, 'runDetails', 'builder', 'id') : get(p, 'builder', 'id')),
        sourceUri,
        sourceRef: splitSource(sourceUri).ref ?? str(get(workflow, 'ref')),
        sourceCommit: str(v1
            ? get(dependency, 'digest', 'gitCommit')
            : get(configSource, 'digest', 'sha1')),
        repository: str(get(workflow, 'repository')),
        workflowPath: str(v1 ? get(workflow, 'path') : get(configSource, 'entryPoint')),
        runnerEnvironment: str(get(p, 'buildDefinition', 'internalParameters', 'github', 'runner_environment')),
        invocationId: str(v1
            ? get(p, 'runDetails', 'metadata', 'invocationId')
            : get(p, 'metadata', 'buildInvocationId'))
    };
    return facts;
}
function firstGitDependency(value) {
    if (!Array.isArray(value))
        return undefined;
    return value.find((d) => str(get(d, 'uri'))?.startsWith('git+')) ?? value[0];
}
/** `git+https://github.com/o/r.git@refs/tags/v1` -> github.com/o/r and refs/tags/v1. */
function splitSource(uri) {
    if (uri === undefined)
        return {};
    const match = /^(?:git\+)?(?:[a-z]+:\/\/)?([^@]+?)(?:\.git)?(?:@(.*))?$/i.exec(uri.trim());
    if (!match)
        return {};
    return {
        repository: match[1].replace(/\/+$/, '').toLowerCase(),
        ...(match[2] ? { ref: match[2] } : {})
    };
}
/** The provenance's source against --repo, --source-uri, --source-tag, --source-branch. */
function assertSource(facts, policy) {
    const source = splitSource(facts.sourceUri).repository ??
        splitSource(facts.repository).repository;
    const fail = (message) => {
        throw (0,codes/* verificationFailure */.ac)('VERIFY_SOURCE_MISMATCH', message);
    };
    if (policy.repo !== undefined) {
        const wanted = splitSource(`${verify_policy/* GITHUB_SERVER */.ao}/${policy.repo}`).repository;
        const workflowRepo = splitSource(facts.repository).repository;
        if (source !== wanted && workflowRepo !== wanted) {
            fail(`the provenance's source is ${source ?? '(none)'}, not ${wanted} (--repo)`);
        }
    }
    if (policy.sourceUri !== undefined) {
        const wanted = splitSource(policy.sourceUri).repository;
        if (source !== wanted) {
            fail(`the provenance's source is ${source ?? '(none)'}, not ${wanted} (--source-uri)`);
        }
    }
    if (policy.sourceTag !== undefined) {
        const wanted = withPrefix('refs/tags/', policy.sourceTag);
        if (facts.sourceRef !== wanted) {
            fail(`built from ${facts.sourceRef ?? '(no ref)'}, not ${wanted} (--source-tag)`);
        }
    }
    if (policy.sourceBranch !== undefined) {
        const wanted = withPrefix('refs/heads/', policy.sourceBranch);
        if (facts.sourceRef !== wanted) {
            fail(`built from ${facts.sourceRef ?? '(no ref)'}, not ${wanted} (--source-branch)`);
        }
    }
}
/** --builder-id: exact with @ref, otherwise any ref of that builder. */
function assertBuilder(facts, builderId) {
    const actual = facts.builderId;
    const matches = actual !== undefined &&
        (builderId.includes('@')
            ? actual === builderId
            : actual === builderId || actual.startsWith(`${builderId}@`));
    if (!matches) {
        throw (0,codes/* verificationFailure */.ac)('VERIFY_BUILDER_MISMATCH', `built by ${actual ?? '(no builder id)'}, not ${builderId} (--builder-id)`);
    }
}
function hasSourcePolicy(policy) {
    return (policy.repo !== undefined ||
        policy.sourceUri !== undefined ||
        policy.sourceTag !== undefined ||
        policy.sourceBranch !== undefined);
}
function withPrefix(prefix, ref) {
    return ref.startsWith('refs/') ? ref : `${prefix}${ref}`;
}
function describeSource(facts) {
    const repo = splitSource(facts.sourceUri).repository ??
        splitSource(facts.repository).repository ??
        '(unknown source)';
    const ref = facts.sourceRef ? `@${facts.sourceRef}` : '';
    const commit = facts.sourceCommit
        ? ` (${facts.sourceCommit.slice(0, 12)})`
        : '';
    return `${repo}${ref}${commit}`;
}

// EXTERNAL MODULE: ./src/lib/verify/digests.ts
var verify_digests = __webpack_require__(9892);
;// CONCATENATED MODULE: ./src/lib/verify/evaluate-attestations.ts





function relatedAttestations(subject, attestations) {
    const related = [];
    for (const evidence of attestations) {
        if (!evidence.statement)
            continue;
        const relation = (0,verify_statement/* relateSubject */.uK)(evidence.statement, subject.digests, subject.name);
        if (relation.kind !== 'none')
            related.push({ evidence, relation });
    }
    return related;
}
function mismatchReason(subject, own) {
    const [algorithm, hex] = Object.entries(subject.digest)[0] ?? ['sha256', ''];
    const mine = own.digests[algorithm] ?? own.digests.sha256;
    return `names ${subject.name} with ${(0,verify_digests/* shortDigest */.VK)(algorithm, hex)}, but the file is ${(0,verify_digests/* shortDigest */.VK)(algorithm, mine)}`;
}
/** Failures of related attestations: subject mismatches and bad signatures. */
function attestationFailures(related, own, mismatchCode) {
    const failures = [];
    for (const { evidence, relation } of related) {
        if (relation.kind === 'mismatch') {
            failures.push({
                source: evidence.source,
                code: mismatchCode,
                reason: mismatchReason(relation.subject, own)
            });
        }
        else if (!evidence.result.ok) {
            failures.push({
                source: evidence.source,
                code: evidence.result.code,
                reason: evidence.result.reason
            });
        }
    }
    return failures;
}
function isProvenanceType(type, policy) {
    return policy.predicateType !== undefined
        ? type === policy.predicateType
        : isSlsaProvenance(type);
}
function provenanceRows(related, own, policy) {
    const provenance = related.filter((r) => isProvenanceType(r.evidence.statement.predicateType, policy));
    const verified = provenance.filter((r) => r.relation.kind === 'match' && r.evidence.result.ok);
    const facts = verified.map((r) => toProvenanceFacts(r.evidence.statement));
    const failures = attestationFailures(provenance, own, 'VERIFY_SUBJECT_MISMATCH');
    let absentCode = 'VERIFY_PROVENANCE_ABSENT';
    let row;
    if (failures.length > 0)
        row = fromFailures(failures);
    else if (verified.length > 0) {
        row = {
            status: 'pass',
            reason: verified
                .map((r, i) => `${r.evidence.source}: ${facts[i].predicateType}${facts[i].buildType ? ` (${facts[i].buildType})` : ''}`)
                .join('; '),
            sources: verified.map((r) => r.evidence.source)
        };
    }
    else {
        const others = [
            ...new Set(related.map((r) => r.evidence.statement.predicateType))
        ];
        if (policy.predicateType !== undefined && others.length > 0) {
            absentCode = 'VERIFY_PREDICATE_TYPE_MISMATCH';
            row = {
                status: 'absent',
                reason: `attestations name it with predicate types ${others.join(', ')}; none is ${policy.predicateType} (--predicate-type)`
            };
        }
        else {
            row = {
                status: 'absent',
                reason: 'no *.intoto.jsonl or attestation with SLSA provenance names its digest'
            };
        }
    }
    return {
        provenance: row,
        absentCode,
        source: factsRow(facts, hasSourcePolicy(policy), (f) => assertSource(f, policy), describeSource),
        builder: factsRow(facts, policy.builderId !== undefined, (f) => assertBuilder(f, policy.builderId), (f) => f.builderId ?? '(no builder id)'),
        facts
    };
}
function factsRow(facts, constrained, check, describe) {
    if (facts.length === 0) {
        return { status: 'absent', reason: 'no verified provenance' };
    }
    const described = [...new Set(facts.map(describe))].join(', ');
    if (!constrained)
        return { status: 'skipped', reason: `${described} (no policy given)` };
    for (const f of facts) {
        const failure = (0,codes/* catchVerification */.RV)(() => check(f));
        if (failure)
            return { status: 'fail', code: failure.code, reason: failure.reason };
    }
    return { status: 'pass', reason: described };
}

// EXTERNAL MODULE: ./src/lib/subject/digest.ts
var digest = __webpack_require__(5642);
;// CONCATENATED MODULE: ./src/lib/verify/checksums.ts
/**
 * Checksum files as verify reads them: sha256sum/sha512sum lines
 * (`<hex>  <name>`, `<hex> *<name>`), the BSD form `SHA256 (<name>) = <hex>`,
 * and a `<file>.sha256` holding only the digest. Lines that are none of
 * these are skipped (and counted), never fatal: the file is evidence, not
 * input.
 */



const GNU_LINE = /^\\?([0-9a-fA-F]+) [ *](.+)$/;
const BSD_LINE = /^(SHA256|SHA512) ?\((.+)\) ?= ?([0-9a-fA-F]+)$/i;
const BARE = /^([0-9a-fA-F]+)$/;
function parseChecksumFile(text) {
    const entries = [];
    let skippedLines = 0;
    text.split('\n').forEach((raw, index) => {
        const line = raw.replace(/\r$/, '').trim();
        if (line === '' || line.startsWith('#'))
            return;
        const bsd = BSD_LINE.exec(line);
        const gnu = bsd ? undefined : GNU_LINE.exec(line);
        const bare = bsd || gnu ? undefined : BARE.exec(line);
        const hex = bsd?.[3] ?? gnu?.[1] ?? bare?.[1];
        const name = bsd?.[2] ?? gnu?.[2];
        const algorithm = hex ? (0,digest/* algorithmForHexLength */.K3)(hex.length) : undefined;
        if (!hex || !algorithm) {
            skippedLines++;
            return;
        }
        entries.push({
            name: name?.replace(/^\.\//, ''),
            algorithm,
            hex: hex.toLowerCase(),
            line: index + 1
        });
    });
    return { entries, skippedLines };
}
/**
 * The entries about an artifact: by name (a bare digest is about `target`,
 * the file a `<file>.sha256` is named after), or for an artifact known only
 * by digest, the entries with its digest.
 */
function entriesFor(file, name, digests, target) {
    if (name === undefined) {
        return file.entries.filter((e) => digests[e.algorithm] === e.hex);
    }
    return file.entries.filter((e) => e.name === undefined
        ? target !== undefined && target === name
        : (0,verify_statement/* sameAssetName */.iZ)(e.name, name));
}
/** VERIFY_CHECKSUM_MISMATCH when a line about the artifact gives other bytes' digest. */
function assertChecksumEntry(entry, digests) {
    const actual = digests[entry.algorithm];
    if (actual === undefined)
        return;
    if (actual !== entry.hex) {
        throw (0,codes/* verificationFailure */.ac)('VERIFY_CHECKSUM_MISMATCH', `line ${entry.line} says ${entry.algorithm}:${entry.hex}, the file is ${entry.algorithm}:${actual}`);
    }
}

;// CONCATENATED MODULE: ./src/lib/verify/rebuild.ts


const LIST_FIELDS = ['artifacts', 'results', 'subjects'];
const GOOD = new Set([
    'reproducible',
    'match',
    'matched',
    'identical',
    'same',
    'pass',
    'ok'
]);
/** Entries of a report.json, a statement, or undefined when it is neither. */
function toRebuildEntries(json) {
    const statement = (0,verify_statement/* toStatement */.HJ)(json);
    if (statement)
        return fromStatement(statement);
    if (!(0,verify_statement/* isObject */.Gv)(json) || typeof json.reproducible !== 'boolean')
        return undefined;
    return listEntries(json, json.reproducible);
}
function isRebuildStatement(statement) {
    return typeof statement.predicate.reproducible === 'boolean';
}
function fromStatement(statement) {
    const overall = statement.predicate.reproducible;
    if (typeof overall !== 'boolean')
        return [];
    const listed = listEntries(statement.predicate, overall);
    const subjects = statement.subjects.map((s) => {
        const own = listed.find((e) => sameDigest(e.digest, s.digest));
        return {
            name: s.name,
            digest: s.digest,
            reproducible: own?.reproducible ?? overall
        };
    });
    return subjects.length > 0 ? subjects : listed;
}
function listEntries(holder, overall) {
    const entries = [];
    for (const field of LIST_FIELDS) {
        const list = holder[field];
        if (!Array.isArray(list))
            continue;
        for (const item of list.filter(verify_statement/* isObject */.Gv)) {
            const digest = digestOf(item);
            if (Object.keys(digest).length === 0)
                continue;
            entries.push({
                ...(typeof item.name === 'string' ? { name: item.name } : {}),
                digest,
                reproducible: resultOf(item) ?? overall
            });
        }
    }
    return entries;
}
function digestOf(item) {
    const digest = {};
    const take = (algorithm, value) => {
        if (typeof value === 'string' && /^[0-9a-f]+$/i.test(value)) {
            digest[algorithm] = value.toLowerCase();
        }
    };
    for (const source of [item, item.reference, item.expected]) {
        if (!(0,verify_statement/* isObject */.Gv)(source))
            continue;
        take('sha256', source.sha256);
        take('sha512', source.sha512);
        if ((0,verify_statement/* isObject */.Gv)(source.digest)) {
            for (const [algorithm, value] of Object.entries(source.digest))
                take(algorithm, value);
        }
        else if (typeof source.digest === 'string') {
            const [algorithm, value] = source.digest.split(':');
            if (algorithm && value)
                take(algorithm.toLowerCase(), value);
        }
    }
    return digest;
}
function resultOf(item) {
    if (typeof item.reproducible === 'boolean')
        return item.reproducible;
    if (typeof item.match === 'boolean')
        return item.match;
    for (const field of ['status', 'result', 'verdict']) {
        const value = item[field];
        if (typeof value === 'string')
            return GOOD.has(value.toLowerCase());
    }
    return undefined;
}
function sameDigest(a, b) {
    return Object.entries(a).some(([k, v]) => b[k] === v);
}
/** The entries that name the artifact's digest. */
function rebuildEntriesFor(entries, digests) {
    return entries.filter((e) => (0,verify_digests/* matchesDigest */._j)(digests, e.digest));
}

;// CONCATENATED MODULE: ./src/lib/verify/sbom.ts
/**
 * SBOM checks: a document is valid when it is JSON of a known format
 * (CycloneDX with bomFormat and specVersion, SPDX 2.x with spdxVersion,
 * SPDXID and name); an SBOM file applies to an artifact unless it describes
 * other bytes (CycloneDX metadata.component hashes, the SPDX packages the
 * document describes).
 */



function isSbomPredicateType(type) {
    return (type.startsWith('https://cyclonedx.org/bom') ||
        type.startsWith('https://spdx.dev/Document'));
}
/** The summary of a valid SBOM; VERIFY_SBOM_INVALID otherwise. */
function assertSbom(document, where) {
    if (!(0,verify_statement/* isObject */.Gv)(document)) {
        throw (0,codes/* verificationFailure */.ac)('VERIFY_SBOM_INVALID', `${where} is not a JSON object`);
    }
    if (document.bomFormat === 'CycloneDX') {
        if (typeof document.specVersion !== 'string') {
            throw (0,codes/* verificationFailure */.ac)('VERIFY_SBOM_INVALID', `${where} says CycloneDX but has no specVersion`);
        }
        const component = (0,verify_statement/* isObject */.Gv)(document.metadata)
            ? document.metadata.component
            : undefined;
        const hashes = (0,verify_statement/* isObject */.Gv)(component) && Array.isArray(component.hashes)
            ? component.hashes.filter(verify_statement/* isObject */.Gv)
            : [];
        const digest = {};
        for (const h of hashes) {
            if (typeof h.alg === 'string' && typeof h.content === 'string') {
                digest[h.alg.toLowerCase().replace('-', '')] = h.content.toLowerCase();
            }
        }
        return {
            format: 'CycloneDX',
            version: document.specVersion,
            describes: Object.keys(digest).length > 0 ? [digest] : [],
            components: Array.isArray(document.components)
                ? document.components.length
                : 0
        };
    }
    const spdx = typeof document.spdxVersion === 'string'
        ? /^SPDX-(2\.\d+)$/.exec(document.spdxVersion)
        : null;
    if (spdx) {
        if (typeof document.SPDXID !== 'string' ||
            typeof document.name !== 'string') {
            throw (0,codes/* verificationFailure */.ac)('VERIFY_SBOM_INVALID', `${where} says ${document.spdxVersion} but lacks SPDXID or name`);
        }
        return {
            format: 'SPDX',
            version: spdx[1],
            describes: describedSpdxDigests(document),
            components: Array.isArray(document.packages)
                ? document.packages.length
                : 0
        };
    }
    throw (0,codes/* verificationFailure */.ac)('VERIFY_SBOM_INVALID', `${where} is neither CycloneDX JSON ("bomFormat": "CycloneDX") nor SPDX 2.x JSON ("spdxVersion": "SPDX-2.3")`);
}
function describedSpdxDigests(document) {
    const described = new Set(Array.isArray(document.documentDescribes)
        ? document.documentDescribes.filter((d) => typeof d === 'string')
        : []);
    const relationships = Array.isArray(document.relationships)
        ? document.relationships.filter(verify_statement/* isObject */.Gv)
        : [];
    for (const r of relationships) {
        if (r.spdxElementId === document.SPDXID &&
            r.relationshipType === 'DESCRIBES' &&
            typeof r.relatedSpdxElement === 'string') {
            described.add(r.relatedSpdxElement);
        }
    }
    const packages = Array.isArray(document.packages)
        ? document.packages.filter(verify_statement/* isObject */.Gv)
        : [];
    return packages
        .filter((p) => typeof p.SPDXID === 'string' && described.has(p.SPDXID))
        .map((p) => {
        const digest = {};
        for (const c of Array.isArray(p.checksums)
            ? p.checksums.filter(verify_statement/* isObject */.Gv)
            : []) {
            if (typeof c.algorithm === 'string' &&
                typeof c.checksumValue === 'string') {
                digest[c.algorithm.toLowerCase().replace('-', '')] =
                    c.checksumValue.toLowerCase();
            }
        }
        return digest;
    })
        .filter((d) => Object.keys(d).length > 0);
}
/** True unless the SBOM says it describes other bytes. */
function sbomApplies(sbom, digests) {
    const telling = sbom.describes.filter((d) => (0,verify_digests/* comparable */.Zm)(digests, d));
    return telling.length === 0 || telling.some((d) => (0,verify_digests/* matchesDigest */._j)(digests, d));
}
function describeSbom(sbom) {
    return `${sbom.format} ${sbom.version}, ${sbom.components} ${sbom.format === 'SPDX' ? 'packages' : 'components'}`;
}

;// CONCATENATED MODULE: ./src/lib/verify/evaluate-files.ts
/**
 * The SBOM, checksum and reproducible rows: SBOM attestations and SBOM
 * files, checksum-file lines, and rebuild verdicts about the artifact.
 */







function sbomRow(related, own, evidence) {
    const attestations = related.filter((r) => isSbomPredicateType(r.evidence.statement.predicateType));
    const failures = attestationFailures(attestations, own, 'VERIFY_SBOM_SUBJECT_MISMATCH');
    const passes = [];
    for (const { evidence: a, relation } of attestations) {
        if (relation.kind !== 'match' || !a.result.ok)
            continue;
        let summary = '';
        const failure = (0,codes/* catchVerification */.RV)(() => {
            summary = describeSbom(assertSbom(a.statement.predicate, `the predicate of ${a.source}`));
        });
        if (failure)
            failures.push({ source: a.source, ...failure });
        else
            passes.push(`${a.source}: signed SBOM attestation (${summary})`);
    }
    for (const file of evidence.sboms) {
        if (file.problem) {
            failures.push({ source: file.source, ...file.problem });
            continue;
        }
        const signature = file.signature?.result;
        if (signature && !signature.ok) {
            failures.push({
                source: file.signature.source,
                code: signature.code,
                reason: signature.reason
            });
            continue;
        }
        if (file.sbom && sbomApplies(file.sbom, own.digests)) {
            passes.push(`${file.source}: ${describeSbom(file.sbom)}${signature ? ', signed' : ''}`);
        }
    }
    if (failures.length > 0)
        return fromFailures(failures);
    if (passes.length > 0)
        return { status: 'pass', reason: passes.join('; ') };
    return {
        status: 'absent',
        reason: 'no SBOM file (sbom-*.json, *.cdx.json, *.spdx.json) or SBOM attestation about it'
    };
}
function checksumRow(own, evidence) {
    const failures = [];
    const passes = [];
    for (const c of evidence.checksums) {
        const entries = entriesFor(c.file, own.name, own.digests, c.target);
        if (entries.length === 0)
            continue;
        const signature = c.signature?.result;
        if (signature && !signature.ok) {
            failures.push({
                source: c.signature.source,
                code: signature.code,
                reason: signature.reason
            });
        }
        for (const entry of entries) {
            const failure = (0,codes/* catchVerification */.RV)(() => assertChecksumEntry(entry, own.digests));
            if (failure)
                failures.push({ source: c.source, ...failure });
            else
                passes.push(`${c.source} line ${entry.line} (${entry.algorithm})${signature?.ok ? ', signed' : ''}`);
        }
    }
    if (failures.length > 0)
        return fromFailures(failures);
    if (passes.length > 0)
        return {
            status: 'pass',
            reason: `listed with its digest in ${passes.join(', ')}`
        };
    return {
        status: 'absent',
        reason: 'no SHA256SUMS, checksums.txt or *.sha256 line names it'
    };
}
function reproducibleRow(related, own, evidence, policy) {
    const verdicts = [];
    const failures = [];
    const ignored = [];
    for (const r of evidence.rebuilds) {
        const entries = rebuildEntriesFor(r.entries, own.digests);
        // Asked for a signed verdict, an unsigned report is not evidence.
        if (policy.rebuilder && !r.signed) {
            if (entries.length > 0)
                ignored.push(r.source);
            continue;
        }
        for (const e of entries) {
            verdicts.push({
                source: r.source,
                reproducible: e.reproducible,
                signed: r.signed
            });
        }
    }
    for (const { evidence: a, relation } of related) {
        if (!isRebuildStatement(a.statement) || relation.kind !== 'match')
            continue;
        if (!a.result.ok) {
            failures.push({
                source: a.source,
                code: a.result.code,
                reason: a.result.reason
            });
            continue;
        }
        const { signer } = a.result;
        const rebuilder = policy.rebuilder;
        const mismatch = rebuilder &&
            (0,codes/* catchVerification */.RV)(() => (0,identity/* assertRebuilder */.Ws)(signer, rebuilder, policy.issuer));
        if (mismatch) {
            failures.push({ source: a.source, ...mismatch });
            continue;
        }
        for (const e of rebuildEntriesFor(fromStatement(a.statement), own.digests)) {
            verdicts.push({
                source: a.source,
                reproducible: e.reproducible,
                signed: true
            });
        }
    }
    for (const v of verdicts.filter((v) => !v.reproducible)) {
        failures.push({
            source: v.source,
            code: 'VERIFY_NOT_REPRODUCIBLE',
            reason: 'the rebuild verdict says this digest was not reproduced'
        });
    }
    if (failures.length > 0)
        return fromFailures(failures);
    if (verdicts.length > 0) {
        return {
            status: 'pass',
            reason: `reproduced: ${verdicts.map((v) => `${v.source}${v.signed ? ' (signed)' : ' (unsigned report)'}`).join(', ')}`
        };
    }
    return {
        status: 'absent',
        reason: ignored.length > 0
            ? `no signed rebuild verdict names its digest; unsigned ${ignored.join(', ')} not counted (--rebuilder-identity asks for a signed one)`
            : 'no rebuild verdict (report.json, rebuild.intoto.json) names its digest'
    };
}

;// CONCATENATED MODULE: ./src/lib/verify/evaluate.ts





const ABSENT_CODES = {
    signature: 'VERIFY_SIGNATURE_ABSENT',
    provenance: 'VERIFY_PROVENANCE_ABSENT',
    sbom: 'VERIFY_SBOM_ABSENT',
    checksum: 'VERIFY_CHECKSUM_ABSENT',
    reproducible: 'VERIFY_REPRODUCIBLE_ABSENT'
};
function evaluateArtifact(subject, evidence, policy, ctx) {
    const related = relatedAttestations(subject, evidence.attestations);
    const covering = related
        .filter((r) => r.relation.kind === 'match')
        .map((r) => r.evidence);
    const prov = provenanceRows(related, subject, policy);
    const signers = [
        ...evidence.signatures.flatMap((s) => s.result.ok && s.form !== 'minisign'
            ? [{ source: s.source, signer: s.result.signer }]
            : []),
        ...[...evidence.sboms, ...evidence.checksums].flatMap((e) => e.signature?.result.ok
            ? [{ source: e.signature.source, signer: e.signature.result.signer }]
            : []),
        // A rebuild verdict is signed by the rebuilding workflow, usually
        // another one than the release's: its signer is not held to the policy.
        ...covering.flatMap((a) => a.result.ok && !isRebuildStatement(a.statement)
            ? [{ source: a.source, signer: a.result.signer }]
            : [])
    ];
    const runner = prov.facts.find((f) => f.runnerEnvironment)?.runnerEnvironment;
    const checks = {
        signature: signatureRow(evidence.signatures, covering, policy, ctx, subject.digests.sha256),
        identity: identityRow(signers, policy, runner),
        provenance: prov.provenance,
        source: prov.source,
        builder: prov.builder,
        sbom: sbomRow(related, subject, evidence),
        checksum: checksumRow(subject, evidence),
        reproducible: reproducibleRow(related, subject, evidence, policy)
    };
    for (const requirement of policy.require) {
        const row = checks[requirement];
        if (row.status !== 'absent')
            continue;
        checks[requirement] = {
            status: 'fail',
            code: requirement === 'provenance'
                ? prov.absentCode
                : ABSENT_CODES[requirement],
            reason: `required (--require ${requirement}) but absent: ${row.reason}`
        };
    }
    return {
        artifact: subject.label,
        ...(subject.name !== undefined ? { name: subject.name } : {}),
        digests: subject.digests,
        verified: verify_policy/* CHECK_NAMES */.cj.every((c) => checks[c].status !== 'fail'),
        checks,
        notes: evidence.notes
    };
}

// EXTERNAL MODULE: ./src/lib/verify/minisign.ts
var minisign = __webpack_require__(27575);
;// CONCATENATED MODULE: ./src/io/verify/attestations.ts
/**
 * Attestation files: `*.intoto.jsonl` (one Sigstore bundle per line, as
 * slsa-github-generator and Provenant write them), a single bundle JSON,
 * and in-toto statements written unsigned (a rebuild's
 * `rebuild.intoto.json`). Each bundle is verified once and shared by every
 * artifact its statement names.
 */




/** Every line (or the one document) of an attestation file. */
async function loadAttestationFile(file, label, checker) {
    const loaded = {
        attestations: [],
        rebuilds: [],
        notes: []
    };
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        loaded.notes.push(`${label}: cannot read it (${error.code ?? 'error'})`);
        return loaded;
    }
    const documents = splitDocuments(text);
    documents.forEach(({ json, line, error }) => {
        const source = documents.length > 1 ? `${label}#${line}` : label;
        if (error !== undefined) {
            loaded.notes.push(`${source}: not JSON, skipped (${error})`);
            return;
        }
        addDocument(json, source, checker, loaded);
    });
    return loaded;
}
function splitDocuments(text) {
    const whole = text.trim();
    if (whole === '')
        return [];
    try {
        return [{ json: JSON.parse(whole), line: 1 }];
    }
    catch {
        // JSON lines
    }
    return text.split('\n').flatMap((raw, index) => {
        if (raw.trim() === '')
            return [];
        try {
            return [{ json: JSON.parse(raw), line: index + 1 }];
        }
        catch (error) {
            return [{ line: index + 1, error: error.message }];
        }
    });
}
/** A bundle is verified; an unsigned statement or envelope counts only as a rebuild verdict. */
function addDocument(json, source, checker, loaded) {
    if ((0,verify_statement/* isObject */.Gv)(json) && 'verificationMaterial' in json) {
        const parsed = checker.parse(json);
        if (!parsed.ok) {
            loaded.notes.push(`${source}: ${parsed.reason}; skipped`);
            return;
        }
        if (parsed.bundle.content.$case !== 'dsseEnvelope') {
            loaded.notes.push(`${source}: a message signature, not an attestation; skipped`);
            return;
        }
        const check = checker.checkEnvelope(parsed.bundle);
        if (!check.statement) {
            loaded.notes.push(`${source}: ${check.result.ok ? 'no statement' : check.result.reason}; skipped`);
            return;
        }
        loaded.attestations.push({
            source,
            statement: check.statement,
            result: check.result
        });
        return;
    }
    const statement = (0,verify_statement/* toStatement */.HJ)(unwrapEnvelope(json));
    if (statement && isRebuildStatement(statement)) {
        loaded.rebuilds.push({
            source: `${source} (unsigned)`,
            entries: fromStatement(statement),
            signed: false
        });
    }
    else {
        loaded.notes.push(`${source}: not a Sigstore bundle; unsigned statements are not evidence, skipped`);
    }
}
function unwrapEnvelope(json) {
    if ((0,verify_statement/* isObject */.Gv)(json) &&
        typeof json.payload === 'string' &&
        typeof json.payloadType === 'string') {
        try {
            return JSON.parse(Buffer.from(json.payload, 'base64').toString('utf8'));
        }
        catch {
            return undefined;
        }
    }
    return json;
}
function labelOf(file, base) {
    return path.relative(base, file) || path.basename(file);
}

// EXTERNAL MODULE: ./src/io/verify/files.ts
var verify_files = __webpack_require__(66791);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var dist = __webpack_require__(83917);
;// CONCATENATED MODULE: ./src/io/verify/legacy.ts
/**
 * A cosign-style legacy pair: `<file>.sig` (base64 of a DER signature) and
 * `<file>.crt` (the PEM certificate, or its base64). The certificate's key
 * must verify the signature over the file, and the certificate must chain
 * to a CA of the trusted root (node:crypto X509Certificate). There is no
 * transparency-log proof and no trusted time: the chain is checked at the
 * certificate's notBefore, and the result says `logged: false` (the policy
 * then needs --insecure-ignore-tlog unless a bundle is also present).
 */



function checkLegacyPair(signatureFile, certificateFile, bytes, trust) {
    if (!certificateFile) {
        return {
            ok: false,
            code: 'VERIFY_CERTIFICATE_UNTRUSTED',
            reason: 'a .sig without its .crt (or .pem) certificate cannot be checked'
        };
    }
    const certificates = readCertificates(certificateFile);
    const leaf = certificates[0];
    if (!leaf) {
        return {
            ok: false,
            code: 'VERIFY_CERTIFICATE_UNTRUSTED',
            reason: 'the .crt holds no PEM certificate'
        };
    }
    const signature = decodeSignature(signatureFile);
    let valid = false;
    try {
        valid = external_node_crypto_default().verify(hashFor(leaf.publicKey), bytes, leaf.publicKey, signature);
    }
    catch {
        valid = false;
    }
    if (!valid) {
        return {
            ok: false,
            code: 'VERIFY_SIGNATURE_INVALID',
            reason: 'the .sig does not verify over the file with the .crt key (changed file, or a pair of another file)'
        };
    }
    const problem = chainProblem(leaf, certificates.slice(1), trust);
    if (problem)
        return { ok: false, code: 'VERIFY_CERTIFICATE_UNTRUSTED', reason: problem };
    const parsed = dist.X509Certificate.parse(leaf.raw);
    const extensions = (0,signer/* toFulcioExtensions */.mV)(parsed.extensions.map((ext) => ({
        oid: { id: ext.subs[0].toOID().split('.').map(Number) },
        value: ext.subs[ext.subs.length - 1].value
    })));
    const identity = parsed.subjectAltName;
    const issuer = (0,signer/* issuerOf */.xD)(extensions);
    return {
        ok: true,
        signer: {
            ...(identity ? { identity } : {}),
            ...(issuer ? { issuer } : {}),
            extensions
        },
        logged: false,
        details: 'legacy .sig/.crt pair: signature and certificate chain verified; no transparency-log proof (accepted by --insecure-ignore-tlog)'
    };
}
function readCertificates(file) {
    let text = file.toString('utf8');
    if (!text.includes('-----BEGIN')) {
        text = Buffer.from(text.trim(), 'base64').toString('utf8');
    }
    const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
    const certificates = [];
    for (const block of blocks) {
        try {
            certificates.push(new (external_node_crypto_default()).X509Certificate(block));
        }
        catch {
            // an unreadable block is skipped; the chain check then fails
        }
    }
    return certificates;
}
function decodeSignature(file) {
    const text = file.toString('latin1').trim();
    return /^[A-Za-z0-9+/=\s]+$/.test(text) ? Buffer.from(text, 'base64') : file;
}
function hashFor(key) {
    if (key.asymmetricKeyType === 'ed25519')
        return null;
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (curve === 'secp384r1')
        return 'sha384';
    if (curve === 'secp521r1')
        return 'sha512';
    return 'sha256';
}
/** Why the leaf does not chain to a CA of the trusted root at its notBefore; undefined when it does. */
function chainProblem(leaf, given, trust) {
    const at = new Date(leaf.validFrom);
    for (const ca of trust.material.certificateAuthorities) {
        if (at < ca.validFor.start || at > ca.validFor.end)
            continue;
        const trusted = ca.certChain.map((c) => new (external_node_crypto_default()).X509Certificate(c.root.toDER()));
        const pool = [...given, ...trusted];
        let current = leaf;
        for (let depth = 0; depth < 8; depth++) {
            const issuer = pool.find((c) => current.checkIssued(c) &&
                current.verify(c.publicKey) &&
                validAt(c, at));
            if (!issuer)
                break;
            if (trusted.some((t) => t.raw.equals(issuer.raw)))
                return undefined;
            current = issuer;
        }
    }
    return 'the certificate does not chain to a certificate authority of the trusted root';
}
function validAt(certificate, at) {
    return (new Date(certificate.validFrom) <= at && at <= new Date(certificate.validTo));
}

;// CONCATENATED MODULE: ./src/io/verify/file-evidence.ts
/**
 * The signatures named after one file: Sigstore bundles (a DSSE bundle
 * there is an attestation about the file), a legacy .sig/.crt pair, and a
 * .minisig when a minisign key is given.
 */






async function addFileSignatures(files, artifact, ctx, evidence) {
    const label = (name) => external_node_path_default().join(ctx.display, name);
    for (const name of files.bundles) {
        const source = label(name);
        const read = await (0,verify_files/* readJson */.Vh)(external_node_path_default().join(ctx.dir, name));
        if (!read.ok) {
            evidence.signatures.push({
                source,
                form: 'bundle',
                result: {
                    ok: false,
                    code: 'VERIFY_BUNDLE_INVALID',
                    reason: `${source} is ${read.reason}`
                }
            });
            continue;
        }
        const parsed = ctx.checker.parse(read.value);
        if (!parsed.ok) {
            evidence.signatures.push({ source, form: 'bundle', result: parsed });
        }
        else if (parsed.bundle.content.$case === 'dsseEnvelope') {
            const check = ctx.checker.checkEnvelope(parsed.bundle);
            evidence.attestations.push({ source, ...check });
        }
        else {
            evidence.signatures.push({
                source,
                form: 'bundle',
                result: ctx.checker.checkMessage(parsed.bundle, artifact)
            });
        }
    }
    if (files.legacy) {
        const { signature, certificate } = files.legacy;
        const source = `${label(signature)} + ${certificate ? label(certificate) : '(no certificate)'}`;
        const sig = await (0,promises_.readFile)(external_node_path_default().join(ctx.dir, signature));
        const crt = certificate
            ? await (0,promises_.readFile)(external_node_path_default().join(ctx.dir, certificate))
            : undefined;
        const result = artifact.bytes
            ? checkLegacyPair(sig, crt, artifact.bytes, ctx.trust)
            : {
                ok: false,
                code: 'VERIFY_SIGNATURE_INVALID',
                reason: 'the file is too large to check a .sig over its bytes'
            };
        evidence.signatures.push({ source, form: 'legacy', result });
    }
    if (files.minisig) {
        const source = label(files.minisig);
        if (!ctx.minisignKey) {
            evidence.notes.push(`${source} not checked: give --minisign-key to check minisign signatures`);
        }
        else if (artifact.bytes) {
            const key = ctx.minisignKey;
            const text = await (0,promises_.readFile)(external_node_path_default().join(ctx.dir, files.minisig), 'utf8');
            const failure = (0,codes/* catchVerification */.RV)(() => (0,minisign/* assertMinisign */.t_)(artifact.bytes, (0,minisign/* parseMinisignSignature */.me)(text, source), key));
            evidence.signatures.push({
                source,
                form: 'minisign',
                result: failure
                    ? { ok: false, ...failure }
                    : {
                        ok: true,
                        signer: { keyed: true, extensions: {} },
                        logged: false,
                        details: `minisign signature verified (key ${(0,minisign/* hexId */.FX)(key.keyId)})`
                    }
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/io/verify/folder.ts
/**
 * The evidence a release folder shares among its assets, loaded once per
 * folder: attestations, SBOM files, checksum files and rebuild verdicts,
 * with the Sigstore bundles found beside SBOM and checksum files.
 */









async function loadFolder(dir, display, names, discovery, checker, 
/** The file given with --trusted-root, which is trust material after all. */
{ trustedRoot } = {}) {
    const set = new Set(names);
    const label = (name) => external_node_path_default().join(display, name);
    const loaded = {
        display,
        names: set,
        attestations: [],
        rebuilds: [],
        sboms: [],
        checksums: [],
        notes: discovery.folder.ignored
            .filter((n) => external_node_path_default().resolve(dir, n) !== trustedRoot)
            .map((n) => `${label(n)} is not used as trust material: pass it with --trusted-root if you trust it`)
    };
    for (const name of [
        ...discovery.folder.attestations,
        ...discovery.folder.statements
    ]) {
        const found = await loadAttestationFile(external_node_path_default().join(dir, name), label(name), checker);
        loaded.attestations.push(...found.attestations);
        loaded.rebuilds.push(...found.rebuilds);
        loaded.notes.push(...found.notes);
    }
    for (const name of discovery.folder.sboms) {
        const read = await (0,verify_files/* readJson */.Vh)(external_node_path_default().join(dir, name));
        const entry = { source: label(name) };
        if (!read.ok) {
            entry.problem = {
                code: 'VERIFY_SBOM_INVALID',
                reason: `${label(name)} is ${read.reason}`
            };
        }
        else {
            let summary;
            const problem = (0,codes/* catchVerification */.RV)(() => {
                summary = assertSbom(read.value, label(name));
            });
            if (problem)
                entry.problem = problem;
            if (summary)
                entry.sbom = summary;
            const signature = await checkBeside(dir, name, read.bytes, set, label, checker);
            if (signature)
                entry.signature = signature;
        }
        loaded.sboms.push(entry);
    }
    for (const name of discovery.folder.checksums) {
        const bytes = await (0,promises_.readFile)(external_node_path_default().join(dir, name));
        const target = checksumTarget(name);
        const signature = await checkBeside(dir, name, bytes, set, label, checker);
        loaded.checksums.push({
            source: label(name),
            file: parseChecksumFile(bytes.toString('utf8')),
            ...(target ? { target } : {}),
            ...(signature ? { signature } : {})
        });
    }
    for (const name of discovery.folder.rebuildReports) {
        const read = await (0,verify_files/* readJson */.Vh)(external_node_path_default().join(dir, name));
        const entries = read.ok ? toRebuildEntries(read.value) : undefined;
        if (entries)
            loaded.rebuilds.push({ source: label(name), entries, signed: false });
    }
    return loaded;
}
/** The first Sigstore bundle beside an evidence file, checked over its bytes. */
async function checkBeside(dir, name, bytes, names, label, checker) {
    const bundleName = signatureFilesFor(name, names).bundles[0];
    if (!bundleName)
        return undefined;
    const read = await (0,verify_files/* readJson */.Vh)(external_node_path_default().join(dir, bundleName));
    const source = label(bundleName);
    if (!read.ok) {
        return {
            source,
            form: 'bundle',
            result: {
                ok: false,
                code: 'VERIFY_BUNDLE_INVALID',
                reason: `${source} is ${read.reason}`
            }
        };
    }
    const parsed = checker.parse(read.value);
    if (!parsed.ok)
        return { source, form: 'bundle', result: parsed };
    const result = checker.checkMessage(parsed.bundle, {
        sha256: (0,verify_files/* digestsOf */.nw)(bytes).sha256,
        bytes
    });
    return { source, form: 'bundle', result };
}

// EXTERNAL MODULE: ./src/io/verify/sigstore.ts + 4 modules
var sigstore = __webpack_require__(51254);
;// CONCATENATED MODULE: ./src/io/verify/targets.ts
/**
 * The verify arguments resolved: files, directories (every release asset
 * in them, by discovery) and `sha256:<hex>` digests (the conformance rule:
 * a digest that is also a path on disk is a path). A missing path is an
 * input error (exit 2), all of them reported at once.
 */





async function resolveTargets(args, cwd) {
    const problems = [];
    const folders = new Map();
    const files = new Map();
    const digests = new Map();
    const folderOf = async (dir, display) => {
        const known = folders.get(dir);
        if (known)
            return known;
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        const names = entries.filter((e) => e.isFile()).map((e) => e.name);
        const listing = { dir, display, names, discovery: discover(names) };
        folders.set(dir, listing);
        return listing;
    };
    for (const arg of args) {
        const full = external_node_path_default().resolve(cwd, arg);
        const info = await (0,promises_.stat)(full).catch(() => undefined);
        const digest = (0,verify_digests/* parseDigestArgument */.$w)(arg, info !== undefined);
        if (digest) {
            digests.set(digest, { kind: 'digest', label: arg, sha256: digest });
            continue;
        }
        if (!info) {
            problems.push(new errors/* InputError */.dz('VERIFY_ARTIFACT_MISSING', `${arg}: no such file or directory (give a file, a directory or sha256:<64 hex digits>)`));
            continue;
        }
        if (info.isDirectory()) {
            const folder = await folderOf(full, arg);
            if (folder.discovery.assets.length === 0) {
                problems.push(new errors/* InputError */.dz('VERIFY_NO_ASSETS', `${arg}: the directory holds no release asset, only evidence files`));
            }
            for (const name of folder.discovery.assets) {
                const file = external_node_path_default().join(full, name);
                files.set(file, {
                    kind: 'file',
                    path: file,
                    label: external_node_path_default().join(arg, name),
                    name,
                    folder
                });
            }
        }
        else {
            const dir = external_node_path_default().dirname(full);
            const folder = await folderOf(dir, external_node_path_default().dirname(arg));
            const name = external_node_path_default().basename(full);
            if (!files.has(full))
                files.set(full, { kind: 'file', path: full, label: arg, name, folder });
        }
    }
    if (problems.length > 0)
        throw new errors/* InputErrors */.G(problems);
    return {
        files: [...files.values()],
        digests: [...digests.values()],
        folders: [...folders.values()]
    };
}

;// CONCATENATED MODULE: ./src/io/verify/run.ts
/**
 * verify, end to end, shared by the CLI and the action: resolve the
 * arguments, load each folder's evidence once, check every artifact's
 * signatures with the one BundleChecker (trust gathered once by the
 * caller), then hold it all to the policy and build the report.
 */














/** Files hashed and checked at the same time. */
const VERIFY_CONCURRENCY = 8;
async function runVerify(inputs, deps) {
    const targets = await resolveTargets(inputs.artifacts, deps.cwd);
    const checker = new sigstore/* BundleChecker */.o(deps.trust);
    const minisignKey = await readMinisignKey(inputs.minisignKey, deps.cwd);
    const folders = new Map();
    for (const f of targets.folders) {
        folders.set(f.dir, await loadFolder(f.dir, f.display, f.names, f.discovery, checker, {
            trustedRoot: inputs.trustedRoot
                ? external_node_path_default().resolve(deps.cwd, inputs.trustedRoot)
                : undefined
        }));
    }
    const extra = inputs.provenancePath
        ? await loadAttestationFile(external_node_path_default().resolve(deps.cwd, inputs.provenancePath), inputs.provenancePath, checker)
        : { attestations: [], rebuilds: [], notes: [] };
    const withShared = async (evidence, sha256, shared) => {
        for (const folder of shared) {
            evidence.attestations.push(...folder.attestations);
            evidence.rebuilds.push(...folder.rebuilds);
            evidence.sboms.push(...folder.sboms);
            evidence.checksums.push(...folder.checksums);
            evidence.notes.push(...folder.notes);
        }
        evidence.attestations.push(...extra.attestations);
        evidence.rebuilds.push(...extra.rebuilds);
        evidence.notes.push(...extra.notes);
        if (inputs.githubAttestations && inputs.policy.repo) {
            const found = await fetchGitHubAttestations({
                apiUrl: deps.githubApiUrl,
                repo: inputs.policy.repo,
                sha256,
                ...(inputs.githubToken ? { token: inputs.githubToken } : {}),
                ...(deps.fetch ? { fetch: deps.fetch } : {})
            });
            const loaded = {
                attestations: [],
                rebuilds: [],
                notes: found.notes
            };
            for (const a of found.attestations)
                addDocument(a.bundle, a.source, checker, loaded);
            evidence.attestations.push(...loaded.attestations);
            evidence.notes.push(...loaded.notes);
        }
    };
    const fileSubjects = await (0,verify_files/* mapLimit */.sf)(targets.files, VERIFY_CONCURRENCY, async (target) => {
        const folder = folders.get(target.folder.dir);
        const files = signatureFilesFor(target.name, folder.names);
        const needsBytes = files.bundles.length > 0 ||
            files.legacy !== undefined ||
            (files.minisig !== undefined && minisignKey !== undefined);
        const hashed = await (0,verify_files/* hashFile */.DC)(target.path, needsBytes);
        const evidence = emptyEvidence();
        await addFileSignatures(files, {
            sha256: hashed.digests.sha256,
            ...(hashed.bytes ? { bytes: hashed.bytes } : {})
        }, {
            dir: target.folder.dir,
            display: target.folder.display,
            checker,
            trust: deps.trust,
            ...(minisignKey ? { minisignKey } : {})
        }, evidence);
        await withShared(evidence, hashed.digests.sha256, [folder]);
        const subject = {
            name: target.name,
            label: target.label,
            digests: hashed.digests
        };
        return { subject, evidence };
    });
    const digestSubjects = await (0,verify_files/* mapLimit */.sf)(targets.digests, VERIFY_CONCURRENCY, async (target) => {
        const evidence = emptyEvidence();
        await withShared(evidence, target.sha256, [...folders.values()]);
        const subject = {
            label: target.label,
            digests: { sha256: target.sha256 }
        };
        return { subject, evidence };
    });
    const all = [...fileSubjects, ...digestSubjects];
    const artifactsBySha256 = new Map(all.map((a) => [a.subject.digests.sha256, a.subject.label]));
    const reports = all.map((a) => evaluateArtifact(a.subject, a.evidence, inputs.policy, {
        artifactsBySha256
    }));
    return buildReport(reports, inputs.policy.require, deps.trust.summary);
}
async function readMinisignKey(raw, cwd) {
    if (raw === undefined)
        return undefined;
    const text = await (0,promises_.readFile)(external_node_path_default().resolve(cwd, raw), 'utf8').catch(() => raw);
    return (0,minisign/* parseMinisignPublicKey */.i3)(text, '--minisign-key');
}

// EXTERNAL MODULE: ./src/io/verify/trust.ts + 1 modules
var verify_trust = __webpack_require__(3695);
// EXTERNAL MODULE: ./src/io/verify/verify-bundle.ts
var verify_bundle = __webpack_require__(93852);
// EXTERNAL MODULE: ./src/cli/input-flags.ts
var input_flags = __webpack_require__(40440);
;// CONCATENATED MODULE: ./src/cli/commands/verify.ts
/**
 * `provenant verify [artifact | sha256:<hex> | directory]... [flags]`:
 * the release checked against the policy, a table on stdout (or --json),
 * exit 0 only when every artifact verified, 1 when a check failed.
 */










const verifyCommand = {
    name: 'verify',
    summary: 'verify release artifacts: signatures, identity, provenance, SBOMs, checksums',
    usage: 'provenant verify <file | directory | sha256:<hex>>... (--certificate-identity ID | --certificate-identity-regexp RE | --repo OWNER/NAME | --signer-workflow WF | --public-key FILE) [--certificate-oidc-issuer URL] [--require signature,provenance,sbom,checksum,reproducible] [--trusted-root FILE] [--offline] [--json] ... (see docs/verify.md)',
    async run(argv, output) {
        const table = Object.fromEntries(Object.entries(VERIFY_INPUTS).filter(([name]) => name !== 'subjects'));
        const { values, positionals, flags, help } = (0,input_flags/* parseInputFlags */.zq)(argv, table, {
            json: { type: 'boolean' },
            key: { type: 'string' }
        });
        if (help) {
            output.out((0,input_flags/* buildFlagsHelp */.RY)(this.usage, table, ['json']));
            return errors/* EXIT_OK */.Ij;
        }
        const source = (name) => flags(name) ??
            (name === 'public-key' ? flags('key') : undefined) ??
            (name === 'github-token' ? process.env.GITHUB_TOKEN : undefined);
        const inputs = parseVerifyInputs(source, { artifacts: positionals });
        const cwd = process.cwd();
        const trust = await (0,verify_trust/* gatherTrust */.AL)({
            offline: inputs.offline,
            ...(inputs.trustedRoot
                ? { trustedRoot: external_node_path_default().resolve(cwd, inputs.trustedRoot) }
                : {}),
            ...(inputs.key
                ? { publicKey: await (0,verify_bundle/* readPublicKey */.R)(external_node_path_default().resolve(cwd, inputs.key)) }
                : {})
        });
        const report = await runVerify(inputs, {
            trust,
            cwd,
            githubApiUrl: process.env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL
        });
        output.out(values.json ? JSON.stringify(report, null, 2) : renderText(report));
        return report.verified ? errors/* EXIT_OK */.Ij : errors/* EXIT_VERIFICATION_FAILED */.fQ;
    }
};


/***/ }),

/***/ 40440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RY: () => (/* binding */ buildFlagsHelp),
/* harmony export */   _c: () => (/* binding */ toFlagOptions),
/* harmony export */   zD: () => (/* binding */ toInputSource),
/* harmony export */   zq: () => (/* binding */ parseInputFlags)
/* harmony export */ });
/* unused harmony exports normaliseBooleanFlags, joinFlagValues */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/* harmony import */ var _lib_inputs_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65680);



function toFlagOptions(table) {
    const options = {};
    for (const [name, spec] of Object.entries(table)) {
        options[name] = { type: spec.kind === 'boolean' ? 'boolean' : 'string' };
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
        return (0,_lib_inputs_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBoolean */ .yG)(name, match[2]) ? `--${name}` : `--no-${name}`;
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
 * A command line against an input table (every input a flag of its name,
 * booleans also as `--name=false` and `--no-name`) and the command's own
 * flags; `--help`/`-h` comes with it. Unknown flags are errors.
 */
function parseInputFlags(argv, table, own = {}, { allowPositionals = true } = {}) {
    const options = {
        ...toFlagOptions(table),
        ...own,
        help: { type: 'boolean', short: 'h' }
    };
    const { values, positionals, tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: joinFlagValues(normaliseBooleanFlags(argv, table), options),
        options,
        allowPositionals,
        allowNegative: true,
        strict: true,
        tokens: true
    });
    assertGivenOnce(tokens, options);
    return {
        values: values,
        positionals,
        flags: toInputSource(values),
        help: values.help === true
    };
}
/**
 * `--key "$(cat key.pem)"`: a flag that takes a value takes the next
 * argument whatever it starts with (as getopt does), so a PEM text or a
 * negative number is not mistaken for a flag. Written `--flag=value` here,
 * because parseArgs refuses a value that starts with a dash.
 */
function joinFlagValues(argv, options) {
    const out = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            out.push(...argv.slice(i));
            break;
        }
        const name = /^--([\w-]+)$/.exec(arg)?.[1];
        const next = argv[i + 1];
        if (name && options[name]?.type === 'string' && next?.startsWith('-')) {
            out.push(`--${name}=${next}`);
            i++;
        }
        else
            out.push(arg);
    }
    return out;
}
/**
 * A flag given twice is an error, not a silent choice of the last one (a
 * list input takes its items in one value, one a line or comma-separated).
 */
function assertGivenOnce(tokens, options) {
    const seen = new Map();
    for (const token of tokens) {
        if (token.kind !== 'option' || token.name === undefined)
            continue;
        seen.set(token.name, (seen.get(token.name) ?? 0) + 1);
    }
    const repeated = [...seen].filter(([name, count]) => count > 1 && options[name]?.multiple !== true);
    if (repeated.length === 0)
        return;
    throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('CLI_FLAG_REPEATED', repeated
        .map(([name, count]) => `--${name} is given ${count} times: give it once`)
        .join('\n'));
}
/** `--help` text: the usage line, then every input's flag and the command's own. */
function buildFlagsHelp(usage, table, own = []) {
    const names = [...Object.keys(table), ...own].map((n) => `--${n}`);
    return `usage: ${usage}\n\ninputs (as flags): ${names.join(' ')}`;
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

/***/ 5642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K3: () => (/* binding */ algorithmForHexLength),
/* harmony export */   m: () => (/* binding */ parseDigest),
/* harmony export */   yw: () => (/* binding */ looksLikeDigest)
/* harmony export */ });
/* unused harmony exports DIGEST_HEX_LENGTHS, isDigestAlgorithm, toDigestString */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/**
 * Subject digests as users write them (`sha256:<hex>`, `sha512:<hex>`) and
 * as checksum files carry them (bare hex, the algorithm told by its length).
 */

/** Hex digits per digest, by algorithm: the only algorithms accepted. */
const DIGEST_HEX_LENGTHS = { sha256: 64, sha512: 128 };
const HEX = /^[0-9a-fA-F]+$/;
/** sha256 for 64 hex digits, sha512 for 128; undefined otherwise. */
function algorithmForHexLength(length) {
    for (const [algorithm, hexLength] of Object.entries(DIGEST_HEX_LENGTHS)) {
        if (hexLength === length)
            return algorithm;
    }
    return undefined;
}
function isDigestAlgorithm(value) {
    return Object.hasOwn(DIGEST_HEX_LENGTHS, value);
}
/** True for text shaped like `<algorithm>:<hex>` (the CLI's digest arguments). */
function looksLikeDigest(value) {
    return /^[a-z0-9]+:[0-9a-fA-F]+$/.test(value);
}
/**
 * `sha256:<64 hex>` or `sha512:<128 hex>` -> a Digest; an InputError naming
 * `input` otherwise, saying what length was expected.
 */
function parseDigest(input, raw) {
    const match = /^([A-Za-z0-9]+):(.*)$/.exec(raw.trim());
    const shape = 'write it as sha256:<64 hex digits> or sha512:<128 hex digits>';
    if (!match) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SUBJECT_DIGEST_INVALID', `input "${input}": "${raw}" is not a digest; ${shape}`);
    }
    const algorithm = match[1].toLowerCase();
    const hex = match[2];
    if (!isDigestAlgorithm(algorithm)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SUBJECT_DIGEST_ALGORITHM', `input "${input}": algorithm "${match[1]}" is not supported; ${shape}`);
    }
    if (!HEX.test(hex)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SUBJECT_DIGEST_NOT_HEX', `input "${input}": "${raw}" has characters that are not hex digits; ${shape}`);
    }
    const expected = DIGEST_HEX_LENGTHS[algorithm];
    if (hex.length !== expected) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SUBJECT_DIGEST_LENGTH', `input "${input}": a ${algorithm} digest has ${expected} hex digits, "${raw}" has ${hex.length}; ${shape}`);
    }
    return { algorithm, hex: hex.toLowerCase() };
}
function toDigestString(digest) {
    return `${digest.algorithm}:${digest.hex}`;
}


/***/ }),

/***/ 27575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FX: () => (/* binding */ hexId),
/* harmony export */   i3: () => (/* binding */ parseMinisignPublicKey),
/* harmony export */   me: () => (/* binding */ parseMinisignSignature),
/* harmony export */   t_: () => (/* binding */ assertMinisign)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/* harmony import */ var _codes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28863);
/**
 * minisign (https://jedisct1.github.io/minisign/), Ed25519:
 *  - public key: base64 of "Ed" + 8-byte key id + 32-byte key (a .pub file
 *    has an untrusted comment line first);
 *  - signature file: an untrusted comment line; base64 of "Ed" (signature
 *    over the file) or "ED" (over its BLAKE2b-512) + key id + 64-byte
 *    signature; "trusted comment: ..." ; base64 of the 64-byte global
 *    signature over signature + trusted comment.
 */



/** The key from its base64 line, or from a .pub file's text. */
function parseMinisignPublicKey(text, where) {
    const line = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .find((l) => l !== '' && !l.startsWith('untrusted comment:'));
    const bytes = Buffer.from(line ?? '', 'base64');
    if (bytes.length !== 42 || bytes.subarray(0, 2).toString('latin1') !== 'Ed') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('VERIFY_MINISIGN_KEY', `${where} is not a minisign public key (base64 of "Ed", an 8-byte key id and a 32-byte Ed25519 key, e.g. RWQ...)`);
    }
    return {
        keyId: bytes.subarray(2, 10),
        key: node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createPublicKey({
            key: {
                kty: 'OKP',
                crv: 'Ed25519',
                x: bytes.subarray(10).toString('base64url')
            },
            format: 'jwk'
        })
    };
}
function parseMinisignSignature(text, where) {
    const lines = text.split(/\r?\n/);
    const invalid = (why) => {
        throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .verificationFailure */ .ac)('VERIFY_MINISIGN_INVALID', `${where} is not a minisign signature: ${why}`);
    };
    if (!lines[0]?.startsWith('untrusted comment:'))
        invalid('no untrusted comment line');
    const sig = Buffer.from(lines[1]?.trim() ?? '', 'base64');
    const algorithm = sig.subarray(0, 2).toString('latin1');
    if (sig.length !== 74 || (algorithm !== 'Ed' && algorithm !== 'ED')) {
        invalid('the second line is not base64 of "Ed"/"ED", a key id and a 64-byte signature');
    }
    const trusted = lines[2] ?? '';
    if (!trusted.startsWith('trusted comment: '))
        invalid('no trusted comment line');
    const globalSignature = Buffer.from(lines[3]?.trim() ?? '', 'base64');
    if (globalSignature.length !== 64)
        invalid('the global signature is not 64 bytes');
    return {
        algorithm: algorithm,
        keyId: sig.subarray(2, 10),
        signature: sig.subarray(10),
        trustedComment: trusted.slice('trusted comment: '.length),
        globalSignature
    };
}
/**
 * Throws VERIFY_MINISIGN_INVALID unless `signature` was made over `data`
 * (or, for "ED", its BLAKE2b-512) with `publicKey`, trusted comment included.
 */
function assertMinisign(data, signature, publicKey) {
    const fail = (why) => {
        throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .verificationFailure */ .ac)('VERIFY_MINISIGN_INVALID', why);
    };
    if (!signature.keyId.equals(publicKey.keyId)) {
        fail(`signed with key ${hexId(signature.keyId)}, the public key is ${hexId(publicKey.keyId)}`);
    }
    let message;
    if (signature.algorithm === 'ED') {
        message = Buffer.isBuffer(data)
            ? node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createHash('blake2b512').update(data).digest()
            : data.blake2b512;
    }
    else if (Buffer.isBuffer(data))
        message = data;
    else
        return fail('a legacy "Ed" signature needs the whole file');
    if (!node_crypto__WEBPACK_IMPORTED_MODULE_0___default().verify(null, message, publicKey.key, signature.signature)) {
        fail('the signature does not verify over the file (changed file or another key)');
    }
    const global = Buffer.concat([
        signature.signature,
        Buffer.from(signature.trustedComment, 'utf8')
    ]);
    if (!node_crypto__WEBPACK_IMPORTED_MODULE_0___default().verify(null, global, publicKey.key, signature.globalSignature)) {
        fail('the trusted comment was changed (its global signature does not verify)');
    }
}
/** minisign prints key ids as upper-case hex of the little-endian number. */
function hexId(keyId) {
    return Buffer.from(keyId).reverse().toString('hex').toUpperCase();
}


/***/ })

};
