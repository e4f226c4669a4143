export const id = 5254;
export const ids = [5254];
export const modules = {

/***/ 65254:
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
// EXTERNAL MODULE: ./src/lib/verify/inputs.ts
var inputs = __webpack_require__(77160);
// EXTERNAL MODULE: ./src/lib/verify/parse-inputs.ts
var parse_inputs = __webpack_require__(41294);
// EXTERNAL MODULE: ./src/lib/verify/policy.ts
var verify_policy = __webpack_require__(61511);
;// CONCATENATED MODULE: ./src/lib/verify/report.ts

const REPORT_VERSION = 2;
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
/** The statements of every verified provenance in the report. */
function verifiedProvenance(report) {
    return report.artifacts.flatMap((a) => a.signers.flatMap((s) => (s.provenance ? [s.provenance] : [])));
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
    return check === 'sbom' || check === 'vex'
        ? check.toUpperCase()
        : check[0].toUpperCase() + check.slice(1);
}
function escapeCell(text) {
    return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

// EXTERNAL MODULE: ./src/io/github/environment.ts
var environment = __webpack_require__(7559);
// EXTERNAL MODULE: ./src/lib/ports.ts
var ports = __webpack_require__(93387);
// EXTERNAL MODULE: ./src/lib/verify/evidence.ts
var verify_evidence = __webpack_require__(86864);
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
    [
        /^build-provenance\.json$|^VERIFY\.md$|^scan-report\.(json|sarif)$/,
        'summary'
    ]
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
function identityRow(signers, policy) {
    const sources = signers.map((s) => s.source);
    if (signers.length === 0) {
        return {
            status: 'absent',
            reason: 'no verified signature or attestation to take a signer from'
        };
    }
    if (!(0,verify_policy/* hasIdentityPolicy */.js)(policy) && !(0,verify_policy/* isSlsaVerifierPolicy */.IS)(policy)) {
        return {
            status: 'skipped',
            reason: `signed by ${unique(signers.map((s) => (0,signer/* describeSigner */.cg)(s.signer)))} (no identity policy given)`,
            sources
        };
    }
    const failures = [];
    for (const { source, signer } of signers) {
        const failure = (0,codes/* catchVerification */.RV)(() => (0,identity/* assertIdentity */.D7)(signer, policy));
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

// EXTERNAL MODULE: ./src/lib/verify/statement.ts
var verify_statement = __webpack_require__(1256);
;// CONCATENATED MODULE: ./src/lib/verify/provenance.ts
/**
 * SLSA provenance as verify reads it (v1, and v0.2 as older generators
 * write it): what the predicate claims. The claims are checked against the
 * signing certificate (claims.ts) and shown; policy flags are judged on the
 * certificate.
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
            : get(p, 'metadata', 'buildInvocationId')),
        ...eventFacts(p, v1)
    };
    return facts;
}
/** base_ref and workflow inputs where slsa-github-generator records them. */
function eventFacts(p, v1) {
    const payload = v1
        ? get(p, 'buildDefinition', 'internalParameters', 'GITHUB_EVENT_PAYLOAD')
        : get(p, 'invocation', 'environment', 'github_event_payload');
    const inputs = v1
        ? get(p, 'buildDefinition', 'externalParameters', 'inputs')
        : get(payload, 'inputs');
    const baseRef = str(get(payload, 'base_ref'));
    return {
        ...(baseRef ? { baseRef } : {}),
        ...((0,verify_statement/* isObject */.Gv)(inputs) ? { workflowInputs: inputs } : {})
    };
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

// EXTERNAL MODULE: ./src/lib/verify/certificate-facts.ts
var certificate_facts = __webpack_require__(98488);
;// CONCATENATED MODULE: ./src/lib/verify/versioned-tag.ts
/**
 * slsa-verifier --source-versioned-tag: the built tag is a semantic version
 * of the line the user names. vX accepts any vX.*.*, vX.Y any vX.Y.*, and
 * vX.Y.Z only that patch (with its pre-release, build metadata ignored).
 * Versions are read as Go's golang.org/x/mod/semver reads them: a leading
 * "v", shorthands vX and vX.Y, pre-release and build only on vX.Y.Z.
 */

const SEMVER = /^v(0|[1-9]\d*)(?:\.(0|[1-9]\d*)(?:\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?)?)?$/;
function parseGoSemver(v) {
    const m = SEMVER.exec(v);
    if (!m)
        return undefined;
    if (m[4] && !validPrerelease(m[4]))
        return undefined;
    return {
        major: m[1],
        ...(m[2] !== undefined ? { minor: m[2] } : {}),
        ...(m[3] !== undefined ? { patch: m[3] } : {}),
        prerelease: m[4] ?? ''
    };
}
/** Numeric pre-release identifiers carry no leading zero. */
function validPrerelease(pre) {
    return pre
        .slice(1)
        .split('.')
        .every((id) => !/^\d+$/.test(id) || id === '0' || !id.startsWith('0'));
}
/** The built tag (from the certificate's refs/tags/ ref) against the wanted line. */
function assertVersionedTag(tag, wanted) {
    const fail = (message) => {
        throw (0,codes/* verificationFailure */.ac)('VERIFY_SOURCE_REF_MISMATCH', message);
    };
    const expected = parseGoSemver(wanted);
    if (!expected) {
        return fail(`--source-versioned-tag ${wanted} is not a semantic version (vX, vX.Y or vX.Y.Z)`);
    }
    const built = parseGoSemver(tag);
    if (!built)
        return fail(`built from tag ${tag}, which is not a semantic version`);
    const actual = {
        major: built.major,
        minor: built.minor ?? '0',
        patch: `${built.patch ?? '0'}${built.prerelease}`
    };
    if (actual.major !== expected.major) {
        fail(`built from tag ${tag}: major version v${actual.major}, not v${expected.major} (--source-versioned-tag ${wanted})`);
    }
    if (expected.minor !== undefined && actual.minor !== expected.minor) {
        fail(`built from tag ${tag}: minor version ${actual.minor}, not ${expected.minor} (--source-versioned-tag ${wanted})`);
    }
    const wantedPatch = expected.patch !== undefined
        ? `${expected.patch}${expected.prerelease}`
        : undefined;
    if (wantedPatch !== undefined && actual.patch !== wantedPatch) {
        fail(`built from tag ${tag}: patch version ${actual.patch}, not ${wantedPatch} (--source-versioned-tag ${wanted})`);
    }
}
/**
 * A builder ref slsa-verifier trusts: refs/tags/vX.Y.Z, all three parts,
 * no pre-release and no build metadata.
 */
function isReleaseTagRef(ref) {
    const tag = ref?.startsWith('refs/tags/') ? ref.slice(10) : undefined;
    const v = tag !== undefined ? parseGoSemver(tag) : undefined;
    return (v !== undefined &&
        v.patch !== undefined &&
        v.prerelease === '' &&
        !tag.includes('+'));
}

;// CONCATENATED MODULE: ./src/lib/verify/builder.ts


const SLSA_GENERATOR_REPOSITORY = 'slsa-framework/slsa-github-generator';
const generator = (file) => `${SLSA_GENERATOR_REPOSITORY}/.github/workflows/${file}`;
/** The delegator workflows of slsa-github-generator's BYOB framework. */
const BYOB_DELEGATORS = [
    generator('delegator_generic_slsa3.yml'),
    generator('delegator_lowperms-generic_slsa3.yml')
];
/** The reusable workflows slsa-verifier trusts for artifacts without --builder-id. */
const DEFAULT_TRUSTED_BUILDERS = [
    generator('generator_generic_slsa3.yml'),
    generator('builder_go_slsa3.yml'),
    generator('builder_container-based_slsa3.yml'),
    generator('builder_docker-based_slsa3.yml'),
    ...BYOB_DELEGATORS
];
function signerBuilderOf(facts) {
    const uri = facts.buildSignerUri;
    if (!uri)
        return undefined;
    const at = uri.indexOf('@');
    const name = at < 0 ? uri : uri.slice(0, at);
    const path = name.replace(/^https?:\/\/[^/]+\//, '');
    return { name, path, ...(at < 0 ? {} : { ref: uri.slice(at + 1) }) };
}
function isByobDelegator(builder) {
    return builder !== undefined && BYOB_DELEGATORS.includes(builder.path);
}
/**
 * `name[@version]` against the builder: the names are equal and, when a
 * version is given, it is the ref or refs/tags/<version> is.
 */
function matchesBuilderId(actual, builderId) {
    const parts = builderId.split('@');
    if (parts.length > 2 || parts[1] === '')
        return false;
    const [name, version] = parts;
    if (name !== actual.name)
        return false;
    if (version === undefined)
        return true;
    return version === actual.ref || `refs/tags/${version}` === actual.ref;
}
/** --builder-id against the certificate's signing workflow. */
function assertBuilderId(facts, builderId, claimedBuilderId) {
    const builder = signerBuilderOf(facts);
    // A BYOB delegator signs for the builder that called it; that builder
    // is the one the delegator wrote into the provenance.
    const actual = isByobDelegator(builder) && claimedBuilderId
        ? splitBuilderId(claimedBuilderId)
        : builder;
    if (!actual || !matchesBuilderId(actual, builderId)) {
        throw (0,codes/* verificationFailure */.ac)('VERIFY_BUILDER_MISMATCH', `signed by builder ${describeBuilder(actual)}, not ${builderId} (--builder-id)`);
    }
}
/** slsa-verifier without --builder-id: a default trusted builder at vX.Y.Z. */
function assertTrustedBuilder(facts, githubAttestation) {
    const builder = signerBuilderOf(facts);
    if (!builder || !DEFAULT_TRUSTED_BUILDERS.includes(builder.path)) {
        throw (0,codes/* verificationFailure */.ac)('VERIFY_BUILDER_UNTRUSTED', githubAttestation
            ? `a GitHub artifact attestation signed by ${describeBuilder(builder)}: name the workflow you trust with --builder-id or --signer-workflow`
            : `signed by ${describeBuilder(builder)}, not one of the builders slsa-verifier trusts by default (${DEFAULT_TRUSTED_BUILDERS.map((b) => b.split('/').pop()).join(', ')}); name another with --builder-id`);
    }
    assertBuilderRef(builder);
}
/** slsa-github-generator's builders are trusted at a release tag only. */
function assertBuilderRef(builder) {
    if (!builder?.path.startsWith(`${SLSA_GENERATOR_REPOSITORY}/`))
        return;
    if (!isReleaseTagRef(builder.ref)) {
        throw (0,codes/* verificationFailure */.ac)('VERIFY_BUILDER_REF_INVALID', `builder ${builder.name} ran at ${builder.ref ?? '(no ref)'}, not a release tag refs/tags/vX.Y.Z`);
    }
}
function splitBuilderId(id) {
    const at = id.indexOf('@');
    return at < 0
        ? { name: id }
        : { name: id.slice(0, at), ref: id.slice(at + 1) };
}
function describeBuilder(builder) {
    if (!builder)
        return '(no signing workflow in the certificate)';
    return builder.ref ? `${builder.name}@${builder.ref}` : builder.name;
}

;// CONCATENATED MODULE: ./src/lib/verify/claims.ts




const GITHUB_ACTIONS_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
const SLSA_GENERATOR_WORKFLOW_BUILD_TYPE = 'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1';
const SLSA_GENERATOR_BUILD_TYPE_PREFIX = 'https://github.com/slsa-framework/slsa-github-generator';
/** A build type whose predicate Provenant can hold to the certificate. */
function isKnownBuildType(buildType) {
    return (buildType === GITHUB_ACTIONS_BUILD_TYPE ||
        buildType === SLSA_GENERATOR_WORKFLOW_BUILD_TYPE ||
        (buildType?.startsWith(SLSA_GENERATOR_BUILD_TYPE_PREFIX) ?? false));
}
function isGithubAttestation(facts) {
    return facts.buildType === GITHUB_ACTIONS_BUILD_TYPE;
}
/** Throws the first claim that differs from the certificate. */
function assertClaimsMatchCertificate(claims, cert) {
    if (!isKnownBuildType(claims.buildType))
        return;
    const fail = (code, what, claimed, actual) => {
        throw (0,codes/* verificationFailure */.ac)(code, `the provenance claims ${what} ${claimed}, but its signing certificate says ${actual ?? '(nothing)'}`);
    };
    const signer = signerBuilderOf(cert);
    if (!isByobDelegator(signer) && claims.builderId !== undefined) {
        if (!signer || !matchesBuilderId(signer, claims.builderId)) {
            fail('VERIFY_CLAIM_BUILDER_MISMATCH', 'builder', claims.builderId, cert.buildSignerUri);
        }
    }
    const certRepo = (0,certificate_facts/* normalizeRepository */.Y1)(cert.sourceRepositoryUri);
    for (const claimed of [
        splitSource(claims.sourceUri).repository,
        claims.repository && (0,certificate_facts/* normalizeRepository */.Y1)(claims.repository)
    ]) {
        if (claimed !== undefined && claimed !== '' && claimed !== certRepo) {
            fail('VERIFY_CLAIM_REPOSITORY_MISMATCH', 'source repository', claimed, certRepo || undefined);
        }
    }
    if (claims.sourceCommit !== undefined &&
        claims.sourceCommit.toLowerCase() !==
            cert.sourceRepositoryDigest?.toLowerCase()) {
        fail('VERIFY_CLAIM_COMMIT_MISMATCH', 'commit', claims.sourceCommit, cert.sourceRepositoryDigest);
    }
    if (claims.sourceRef !== undefined &&
        claims.sourceRef !== cert.sourceRepositoryRef) {
        fail('VERIFY_CLAIM_REF_MISMATCH', 'ref', claims.sourceRef, cert.sourceRepositoryRef);
    }
    const config = (0,certificate_facts/* splitWorkflowUri */.SS)(cert.buildConfigUri);
    if (claims.workflowPath !== undefined &&
        config !== undefined &&
        claims.workflowPath.replace(/^\/+/, '') !== config.path) {
        fail('VERIFY_CLAIM_WORKFLOW_MISMATCH', 'workflow', claims.workflowPath, config.path);
    }
}
/** What an unchecked predicate claims, for the report. */
function describeClaims(claims) {
    const parts = [
        claims.builderId && `builder ${claims.builderId}`,
        claims.sourceUri && `source ${claims.sourceUri}`,
        claims.sourceCommit && `commit ${claims.sourceCommit.slice(0, 12)}`
    ].filter(Boolean);
    return `build type ${claims.buildType ?? '(none)'} is not one Provenant checks against the certificate; its claims (${parts.join(', ') || 'none'}) are shown, not counted`;
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
    const verified = provenance.flatMap((r) => r.relation.kind === 'match' && r.evidence.result.ok
        ? [
            {
                source: r.evidence.source,
                facts: toProvenanceFacts(r.evidence.statement),
                signer: r.evidence.result.signer
            }
        ]
        : []);
    const failures = attestationFailures(provenance, own, 'VERIFY_SUBJECT_MISMATCH');
    for (const v of verified) {
        if (v.signer.keyed)
            continue;
        const failure = (0,codes/* catchVerification */.RV)(() => assertClaimsMatchCertificate(v.facts, (0,certificate_facts/* toCertificateFacts */.qr)(v.signer)));
        if (failure)
            failures.push({ source: v.source, ...failure });
    }
    let absentCode = 'VERIFY_PROVENANCE_ABSENT';
    let row;
    if (failures.length > 0)
        row = fromFailures(failures);
    else if (verified.length > 0) {
        row = {
            status: 'pass',
            reason: verified.map(describeVerified).join('; '),
            sources: verified.map((v) => v.source)
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
    return { provenance: row, absentCode, verified };
}
function describeVerified(v) {
    const f = v.facts;
    const type = `${v.source}: ${f.predicateType}${f.buildType ? ` (${f.buildType})` : ''}`;
    if (isKnownBuildType(f.buildType)) {
        return `${type}, its builder, source, commit and ref match the signing certificate`;
    }
    return `${type}; ${describeClaims(f)}`;
}

// EXTERNAL MODULE: ./src/lib/subject/checksum-text.ts
var checksum_text = __webpack_require__(20537);
;// CONCATENATED MODULE: ./src/lib/verify/checksums.ts



function parseChecksumFile(text) {
    const { entries, problems } = (0,checksum_text/* readChecksumText */.R)(text);
    return {
        entries: entries.map((e) => ({ ...e, name: e.name?.replace(/^\.\//, '') })),
        skippedLines: problems.length
    };
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







/** A detached signature over a file that failed, as the row's failure. */
function signatureFailure(signature) {
    const result = signature?.result;
    if (!result || result.ok)
        return undefined;
    return { source: signature.source, code: result.code, reason: result.reason };
}
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
        const unsigned = signatureFailure(file.signature);
        if (unsigned) {
            failures.push(unsigned);
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
        const unsigned = signatureFailure(c.signature);
        if (unsigned)
            failures.push(unsigned);
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

;// CONCATENATED MODULE: ./src/lib/verify/source-policy.ts



function hasSourcePolicy(policy) {
    return (policy.sourceUri !== undefined ||
        policy.sourceRef !== undefined ||
        policy.sourceDigest !== undefined ||
        policy.sourceTag !== undefined ||
        policy.sourceBranch !== undefined ||
        policy.sourceVersionedTag !== undefined);
}
function assertSourceFacts(facts, policy, hints = {}) {
    const ref = facts.sourceRepositoryRef;
    const refFail = (message) => {
        throw (0,codes/* verificationFailure */.ac)('VERIFY_SOURCE_REF_MISMATCH', message);
    };
    if (policy.sourceUri !== undefined) {
        const wanted = (0,certificate_facts/* normalizeRepository */.Y1)(policy.sourceUri);
        const actual = (0,certificate_facts/* normalizeRepository */.Y1)(facts.sourceRepositoryUri);
        if (actual !== wanted) {
            throw (0,codes/* verificationFailure */.ac)('VERIFY_SOURCE_MISMATCH', `the certificate says it was built from ${actual || '(no source repository)'}, not ${wanted} (--source-uri)`);
        }
    }
    if (policy.sourceRef !== undefined && ref !== policy.sourceRef) {
        refFail(`the certificate says it was built from ref ${ref ?? '(none)'}, not ${policy.sourceRef} (--source-ref, --source-repository-ref)`);
    }
    if (policy.sourceTag !== undefined) {
        const wanted = withPrefix('refs/tags/', policy.sourceTag);
        if (ref !== wanted) {
            refFail(`the certificate says it was built from ${ref ?? '(no ref)'}, not ${wanted} (--source-tag)`);
        }
    }
    if (policy.sourceBranch !== undefined) {
        const wanted = withPrefix('refs/heads/', policy.sourceBranch);
        const branch = ref?.startsWith('refs/heads/') ? ref : hints.baseRef;
        if (branch !== wanted) {
            refFail(`the certificate says it was built from ${ref ?? '(no ref)'}${branch && branch !== ref ? ` (branch ${branch})` : ''}, not branch ${wanted} (--source-branch)`);
        }
    }
    if (policy.sourceVersionedTag !== undefined) {
        if (!ref?.startsWith('refs/tags/')) {
            refFail(`the certificate says it was built from ${ref ?? '(no ref)'}, not a tag (--source-versioned-tag)`);
        }
        assertVersionedTag(ref.slice('refs/tags/'.length), policy.sourceVersionedTag);
    }
    if (policy.sourceDigest !== undefined) {
        const wanted = policy.sourceDigest.replace(/^(sha1|gitCommit):/i, '');
        const actual = facts.sourceRepositoryDigest;
        if (actual?.toLowerCase() !== wanted.toLowerCase()) {
            throw (0,codes/* verificationFailure */.ac)('VERIFY_SOURCE_DIGEST_MISMATCH', `the certificate says it was built from commit ${actual ?? '(none)'}, not ${wanted} (--source-digest)`);
        }
    }
}
function withPrefix(prefix, ref) {
    return ref.startsWith('refs/') ? ref : `${prefix}${ref}`;
}
function describeCertificateSource(facts) {
    const repo = (0,certificate_facts/* normalizeRepository */.Y1)(facts.sourceRepositoryUri) || '(unknown source)';
    const ref = facts.sourceRepositoryRef ? `@${facts.sourceRepositoryRef}` : '';
    const commit = facts.sourceRepositoryDigest
        ? ` (${facts.sourceRepositoryDigest.slice(0, 12)})`
        : '';
    return `${repo}${ref}${commit}`;
}

;// CONCATENATED MODULE: ./src/lib/verify/evaluate-certificate.ts
/**
 * The source and builder rows, judged on the signing certificates: the
 * source flags on every verified signer of the artifact, the builder
 * (slsa-verifier's --builder-id, or its default trusted builders) on the
 * signers of its verified provenance.
 */







function sourceRow(signers, policy, provenance) {
    if (signers.length === 0) {
        return {
            status: 'absent',
            reason: 'no verified signer to read a source from'
        };
    }
    const described = evaluate_certificate_unique(signers.map((s) => s.signer.keyed
        ? 'a key (no source)'
        : describeCertificateSource((0,certificate_facts/* toCertificateFacts */.qr)(s.signer))));
    if (!hasSourcePolicy(policy)) {
        return {
            status: 'skipped',
            reason: `${described} (no source policy given)`
        };
    }
    // Only a known builder's record of the branch a tag was cut from counts.
    const baseRef = provenance.find((p) => isKnownBuildType(p.facts.buildType) && p.facts.baseRef)?.facts.baseRef;
    const failures = [];
    for (const { source, signer } of signers) {
        const failure = (0,codes/* catchVerification */.RV)(() => assertSourceFacts((0,certificate_facts/* toCertificateFacts */.qr)(signer), policy, {
            ...(baseRef ? { baseRef } : {})
        }));
        if (failure)
            failures.push({ source, ...failure });
    }
    if (failures.length > 0)
        return fromFailures(failures);
    return {
        status: 'pass',
        reason: `the certificate says ${described}`,
        sources: signers.map((s) => s.source)
    };
}
function builderRow(provenance, policy) {
    if (provenance.length === 0) {
        return { status: 'absent', reason: 'no verified provenance' };
    }
    const certs = provenance.map((p) => (0,certificate_facts/* toCertificateFacts */.qr)(p.signer));
    const described = evaluate_certificate_unique(certs.map((c) => describeBuilder(signerBuilderOf(c))));
    const slsaVerifier = (0,verify_policy/* isSlsaVerifierPolicy */.IS)(policy);
    const constrained = slsaVerifier ||
        policy.builderId !== undefined ||
        policy.buildWorkflowInputs !== undefined;
    if (!constrained) {
        return {
            status: 'skipped',
            reason: `signed by ${described} (no builder policy given)`
        };
    }
    const failures = [];
    provenance.forEach((p, i) => {
        const failure = (0,codes/* catchVerification */.RV)(() => assertBuilder(p, certs[i], policy, slsaVerifier));
        if (failure)
            failures.push({ source: p.source, ...failure });
    });
    if (failures.length > 0)
        return fromFailures(failures);
    return { status: 'pass', reason: `signed by builder ${described}` };
}
function assertBuilder(p, cert, policy, slsaVerifier) {
    if (p.signer.keyed) {
        throw (0,codes/* verificationFailure */.ac)('VERIFY_BUILDER_MISMATCH', 'signed with a key: no certificate names the builder');
    }
    const builder = signerBuilderOf(cert);
    if (policy.builderId !== undefined) {
        assertBuilderId(cert, policy.builderId, p.facts.builderId);
        if (slsaVerifier)
            assertBuilderRef(builder);
    }
    else if (slsaVerifier) {
        if (isByobDelegator(builder)) {
            throw (0,codes/* verificationFailure */.ac)('VERIFY_BUILDER_UNTRUSTED', `signed by the delegator ${describeBuilder(builder)}: name the builder that called it with --builder-id`);
        }
        assertTrustedBuilder(cert, isGithubAttestation(p.facts));
    }
    if (policy.buildWorkflowInputs !== undefined) {
        assertWorkflowInputs(p, cert, policy.buildWorkflowInputs);
    }
}
/** slsa-verifier --build-workflow-input: a workflow_dispatch run with those inputs. */
function assertWorkflowInputs(p, cert, wanted) {
    const fail = (message) => {
        throw (0,codes/* verificationFailure */.ac)('VERIFY_WORKFLOW_INPUT_MISMATCH', message);
    };
    if (cert.buildTrigger !== 'workflow_dispatch') {
        fail(`the certificate says the run was triggered by ${cert.buildTrigger ?? '(unknown)'}, not workflow_dispatch (--build-workflow-input)`);
    }
    if (!isKnownBuildType(p.facts.buildType)) {
        fail(`build type ${p.facts.buildType ?? '(none)'} is not one Provenant reads workflow inputs from (--build-workflow-input)`);
    }
    const inputs = p.facts.workflowInputs ?? {};
    for (const [key, value] of Object.entries(wanted)) {
        const actual = inputs[key];
        const text = typeof actual === 'string'
            ? actual
            : actual === undefined
                ? undefined
                : JSON.stringify(actual);
        if (text !== value) {
            fail(`workflow input ${key} is ${text ?? '(not given)'}, not ${value} (--build-workflow-input)`);
        }
    }
}
function evaluate_certificate_unique(values) {
    return [...new Set(values)].join(', ');
}

// EXTERNAL MODULE: ./src/lib/scan/vex.ts
var vex = __webpack_require__(22030);
;// CONCATENATED MODULE: ./src/lib/verify/evaluate-vex.ts



const OPENVEX_PREDICATE_PREFIX = 'https://openvex.dev/ns';
function vexRow(attestations, policy, vex) {
    if (!vex) {
        return {
            status: 'absent',
            reason: 'not checked: --require vex holds the shipped SBOMs to signed VEX'
        };
    }
    if (vex.sboms.length === 0) {
        return { status: 'absent', reason: 'no SBOM shipped with the release' };
    }
    const { statements, signed, ignored } = signedStatements(attestations, policy);
    const uncovered = vex.uncovered(statements);
    if (uncovered.length > 0) {
        const listed = [
            ...new Set(uncovered.map((f) => `${f.id} (${f.severity.level}) in ${f.purl}`))
        ];
        return {
            status: 'fail',
            code: 'VERIFY_VEX_UNCOVERED',
            reason: `${listed.length} HIGH/CRITICAL finding(s) of the shipped SBOMs have no signed VEX statement: ${listed.join(', ')}${signed.length === 0 ? '; no OpenVEX attestation signed by the expected identity was found' : ''}${ignored.length > 0 ? `; not counted: ${ignored.join('; ')}` : ''}`
        };
    }
    return {
        status: 'pass',
        reason: signed.length > 0
            ? `every HIGH/CRITICAL finding of the shipped SBOMs is covered by signed VEX (${signed.join(', ')})`
            : 'the shipped SBOMs have no HIGH or CRITICAL finding'
    };
}
function signedStatements(attestations, policy) {
    const statements = [];
    const signed = [];
    const ignored = [];
    const seen = new Set();
    for (const a of attestations) {
        const statement = a.statement;
        if (!statement?.predicateType.startsWith(OPENVEX_PREDICATE_PREFIX))
            continue;
        if (seen.has(a.source))
            continue;
        seen.add(a.source);
        if (!a.result.ok) {
            ignored.push(`${a.source}: ${a.result.reason}`);
            continue;
        }
        const { signer } = a.result;
        const mismatch = (0,codes/* catchVerification */.RV)(() => (0,identity/* assertIdentity */.D7)(signer, policy));
        if (mismatch) {
            ignored.push(`${a.source}: ${mismatch.reason}`);
            continue;
        }
        if (!(0,vex/* isOpenVex */._Y)(statement.predicate)) {
            ignored.push(`${a.source}: the predicate is not an OpenVEX document`);
            continue;
        }
        statements.push(...(0,vex/* readOpenVex */.ye)(statement.predicate, a.source));
        signed.push(a.source);
    }
    return { statements, signed, ignored };
}

;// CONCATENATED MODULE: ./src/lib/verify/signer-records.ts
/**
 * Every verified signer of one artifact: its signature files, the signed
 * SBOM and checksum files about it, and the attestations naming its digest
 * (not rebuild verdicts: the rebuilder is held to --rebuilder-identity).
 * Each with the record `--json` prints: the certificate-bound facts,
 * predicate type, log index and timestamps.
 */



function collectSigners(evidence, covering) {
    const files = [
        ...evidence.signatures.flatMap((s) => s.form !== 'minisign' ? [{ source: s.source, result: s.result }] : []),
        ...[...evidence.sboms, ...evidence.checksums].flatMap((e) => e.signature ? [e.signature] : [])
    ];
    const signers = [];
    for (const { source, result } of files) {
        if (result.ok)
            signers.push(toVerified(source, 'signature', result));
    }
    for (const a of covering) {
        if (!a.result.ok || !a.statement || isRebuildStatement(a.statement))
            continue;
        const verified = toVerified(a.source, 'attestation', a.result);
        const type = a.statement.predicateType;
        verified.record.predicateType = type;
        if (isSlsaProvenance(type)) {
            const buildType = toProvenanceFacts(a.statement).buildType;
            if (buildType)
                verified.record.buildType = buildType;
            // In in-toto's own field names, as the payload was signed.
            verified.record.provenance = {
                _type: a.statement.type,
                subject: a.statement.subjects,
                predicateType: type,
                predicate: a.statement.predicate
            };
        }
        signers.push(verified);
    }
    return signers;
}
function toVerified(source, kind, result) {
    const keyed = result.signer.keyed === true;
    return {
        source,
        signer: result.signer,
        record: {
            source,
            kind,
            keyed,
            ...(keyed ? {} : { certificate: (0,certificate_facts/* toCertificateFacts */.qr)(result.signer) }),
            ...(result.timestamps ? { timestamps: result.timestamps } : {})
        }
    };
}

;// CONCATENATED MODULE: ./src/lib/verify/evaluate.ts







const ABSENT_CODES = {
    signature: 'VERIFY_SIGNATURE_ABSENT',
    provenance: 'VERIFY_PROVENANCE_ABSENT',
    sbom: 'VERIFY_SBOM_ABSENT',
    checksum: 'VERIFY_CHECKSUM_ABSENT',
    reproducible: 'VERIFY_REPRODUCIBLE_ABSENT',
    vex: 'VERIFY_VEX_ABSENT'
};
function evaluateArtifact(subject, evidence, policy, ctx) {
    const related = relatedAttestations(subject, evidence.attestations);
    const covering = related
        .filter((r) => r.relation.kind === 'match')
        .map((r) => r.evidence);
    const prov = provenanceRows(related, subject, policy);
    const signers = collectSigners(evidence, covering);
    const checks = {
        signature: signatureRow(evidence.signatures, covering, policy, ctx, subject.digests.sha256),
        identity: identityRow(signers, policy),
        provenance: prov.provenance,
        source: sourceRow(signers, policy, prov.verified),
        builder: builderRow(prov.verified, policy),
        sbom: sbomRow(related, subject, evidence),
        checksum: checksumRow(subject, evidence),
        reproducible: reproducibleRow(related, subject, evidence, policy),
        vex: vexRow(evidence.attestations, policy, ctx.vex)
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
        signers: signers.map((s) => s.record),
        notes: evidence.notes
    };
}

// EXTERNAL MODULE: ./src/lib/verify/minisign.ts
var minisign = __webpack_require__(27575);
// EXTERNAL MODULE: ./src/io/verify/files.ts
var verify_files = __webpack_require__(66791);
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
        text = (await (0,verify_files/* readRegularFile */.XF)(file, label)).toString('utf8');
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/io/verify/legacy.ts
var legacy = __webpack_require__(41665);
;// CONCATENATED MODULE: ./src/io/verify/explicit-evidence.ts
/**
 * Evidence named on the command line whatever it is called: --bundle (one
 * Sigstore bundle, or JSON lines of them, as cosign and gh attestation
 * verify take it) and --signature with --certificate (cosign's pair, e.g.
 * goreleaser's checksums.txt.keyless.sig and .pem). Attestations in them
 * are shared by every artifact; message signatures and the pair are checked
 * over each file's bytes.
 */





async function loadExplicitEvidence(inputs, cwd, checker) {
    const loaded = {
        attestations: { attestations: [], rebuilds: [], notes: [] },
        messages: [],
        problems: []
    };
    if (inputs.bundle !== undefined) {
        const file = external_node_path_default().resolve(cwd, inputs.bundle);
        const single = await (0,verify_files/* readJsonValue */.mg)(file);
        const parsed = single.ok ? checker.parse(single.value) : undefined;
        if (parsed?.ok && parsed.bundle.content.$case === 'messageSignature') {
            loaded.messages.push({ source: inputs.bundle, bundle: parsed.bundle });
        }
        else if (parsed && !parsed.ok) {
            loaded.problems.push({ source: inputs.bundle, reason: parsed.reason });
        }
        else {
            loaded.attestations = await loadAttestationFile(file, inputs.bundle, checker);
        }
    }
    if (inputs.signature !== undefined) {
        loaded.pair = {
            source: `${inputs.signature} + ${inputs.certificate ?? '(no certificate)'}`,
            signature: await (0,promises_.readFile)(external_node_path_default().resolve(cwd, inputs.signature)),
            ...(inputs.certificate !== undefined
                ? { certificate: await (0,promises_.readFile)(external_node_path_default().resolve(cwd, inputs.certificate)) }
                : {})
        };
    }
    return loaded;
}
function needsBytes(explicit) {
    return explicit.messages.length > 0 || explicit.pair !== undefined;
}
/** The explicit signatures over one artifact, checked. */
function addExplicitSignatures(explicit, artifact, checker, trust, evidence) {
    for (const { source, reason } of explicit.problems) {
        evidence.signatures.push({
            source,
            form: 'bundle',
            result: { ok: false, code: 'VERIFY_BUNDLE_INVALID', reason }
        });
    }
    for (const { source, bundle } of explicit.messages) {
        evidence.signatures.push({
            source,
            form: 'bundle',
            result: checker.checkMessage(bundle, artifact)
        });
    }
    const pair = explicit.pair;
    if (pair) {
        evidence.signatures.push({
            source: pair.source,
            form: 'legacy',
            result: artifact.bytes
                ? (0,legacy/* checkLegacyPair */.Q)(pair.signature, pair.certificate, artifact.bytes, trust)
                : {
                    ok: false,
                    code: 'VERIFY_SIGNATURE_INVALID',
                    reason: `${pair.source}: a signature over a file's bytes needs the file, not its digest`
                }
        });
    }
    evidence.attestations.push(...explicit.attestations.attestations);
    evidence.rebuilds.push(...explicit.attestations.rebuilds);
    evidence.notes.push(...explicit.attestations.notes);
}

;// CONCATENATED MODULE: ./src/io/verify/file-evidence.ts
/**
 * The signatures named after one file: Sigstore bundles (a DSSE bundle
 * there is an attestation about the file), a legacy .sig/.crt pair, and a
 * .minisig when a minisign key is given.
 */





/** What a bundle's entry says until its checks are answered: fail closed. */
const UNCHECKED = {
    ok: false,
    code: 'VERIFY_SIGNATURE_INVALID',
    reason: 'the signature checks have not finished'
};
/** A Sigstore bundle file read and parsed; VERIFY_BUNDLE_INVALID naming `source` when it is not one. */
async function readBundleFile(file, source, checker) {
    const read = await (0,verify_files/* readJsonValue */.mg)(file);
    if (!read.ok) {
        return {
            ok: false,
            code: 'VERIFY_BUNDLE_INVALID',
            reason: `${source} is ${read.reason}`
        };
    }
    return checker.parse(read.value);
}
async function addFileSignatures(files, artifact, ctx, evidence) {
    const label = (name) => external_node_path_default().join(ctx.display, name);
    await addBundleSignatures(files.bundles, artifact, ctx, evidence);
    if (files.legacy) {
        const { signature, certificate } = files.legacy;
        const source = `${label(signature)} + ${certificate ? label(certificate) : '(no certificate)'}`;
        const sig = await (0,verify_files/* readRegularFile */.XF)(external_node_path_default().join(ctx.dir, signature));
        const crt = certificate
            ? await (0,verify_files/* readRegularFile */.XF)(external_node_path_default().join(ctx.dir, certificate))
            : undefined;
        const result = artifact.bytes
            ? (0,legacy/* checkLegacyPair */.Q)(sig, crt, artifact.bytes, ctx.trust)
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
            const text = (await (0,verify_files/* readRegularFile */.XF)(external_node_path_default().join(ctx.dir, files.minisig))).toString('utf8');
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
/**
 * Each Sigstore bundle beside the file: parsed now, its signature checks
 * queued on the worker thread (ctx.settling); the entry fails closed until
 * they answer.
 */
async function addBundleSignatures(names, artifact, ctx, evidence) {
    for (const name of names) {
        const source = external_node_path_default().join(ctx.display, name);
        const parsed = await readBundleFile(external_node_path_default().join(ctx.dir, name), source, ctx.checker);
        if (!parsed.ok) {
            evidence.signatures.push({ source, form: 'bundle', result: parsed });
        }
        else if (parsed.bundle.content.$case === 'dsseEnvelope') {
            const entry = { source, result: UNCHECKED };
            evidence.attestations.push(entry);
            ctx.settling.push(ctx.checker
                .checkEnvelopeAsync(parsed.bundle)
                .then((check) => Object.assign(entry, check)));
        }
        else {
            const entry = {
                source,
                form: 'bundle',
                result: UNCHECKED
            };
            evidence.signatures.push(entry);
            ctx.settling.push(ctx.checker
                .checkMessageAsync(parsed.bundle, artifact)
                .then((result) => (entry.result = result)));
        }
    }
}

;// CONCATENATED MODULE: ./src/io/verify/folder.ts
/**
 * The evidence a release folder shares among its assets, loaded once per
 * folder: attestations, SBOM files, checksum files and rebuild verdicts,
 * with the Sigstore bundles found beside SBOM and checksum files.
 */










async function loadFolder(dir, display, names, discovery, checker, options = {}) {
    const { trustedRoot } = options;
    const set = new Set(names);
    const label = (name) => external_node_path_default().join(display, name);
    const loaded = {
        display,
        names: set,
        attestations: [],
        rebuilds: [],
        sboms: [],
        sbomDocuments: new Map(),
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
        const { entry, document } = await loadSbomFile(dir, name, set, label, checker);
        loaded.sboms.push(entry);
        if (options.keepSbomDocuments && document !== undefined)
            loaded.sbomDocuments.set(name, document);
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
        const read = await (0,verify_files/* readJsonValue */.mg)(external_node_path_default().join(dir, name));
        const entries = read.ok ? toRebuildEntries(read.value) : undefined;
        if (entries)
            loaded.rebuilds.push({ source: label(name), entries, signed: false });
    }
    return loaded;
}
/**
 * An SBOM file: read, summarised, and its signature beside it checked; a
 * problem recorded, not thrown. Its parsed JSON comes back beside it.
 */
async function loadSbomFile(dir, name, names, label, checker) {
    const read = await (0,verify_files/* readJson */.Vh)(external_node_path_default().join(dir, name));
    const entry = { source: label(name) };
    if (!read.ok) {
        entry.problem = {
            code: 'VERIFY_SBOM_INVALID',
            reason: `${label(name)} is ${read.reason}`
        };
        return { entry };
    }
    let summary;
    const problem = (0,codes/* catchVerification */.RV)(() => {
        summary = assertSbom(read.value, label(name));
    });
    if (problem)
        entry.problem = problem;
    if (summary)
        entry.sbom = summary;
    const signature = await checkBeside(dir, name, read.bytes, names, label, checker);
    if (signature)
        entry.signature = signature;
    return { entry, document: read.value };
}
/** The first Sigstore bundle beside an evidence file, checked over its bytes. */
async function checkBeside(dir, name, bytes, names, label, checker) {
    const bundleName = signatureFilesFor(name, names).bundles[0];
    if (!bundleName)
        return undefined;
    const source = label(bundleName);
    const parsed = await readBundleFile(external_node_path_default().join(dir, bundleName), source, checker);
    if (!parsed.ok)
        return { source, form: 'bundle', result: parsed };
    const result = checker.checkMessage(parsed.bundle, {
        sha256: (0,verify_files/* digestsOf */.nw)(bytes).sha256,
        bytes
    });
    return { source, form: 'bundle', result };
}

// EXTERNAL MODULE: ./src/io/verify/sigstore.ts + 3 modules
var sigstore = __webpack_require__(26786);
// EXTERNAL MODULE: ./src/io/verify/signature-checks.ts + 1 modules
var signature_checks = __webpack_require__(93209);
// EXTERNAL MODULE: ./src/lib/oci/reference.ts
var reference = __webpack_require__(25996);
// EXTERNAL MODULE: ./src/io/verify/listing.ts
var verify_listing = __webpack_require__(66976);
;// CONCATENATED MODULE: ./src/io/verify/targets.ts
/**
 * The verify arguments resolved: files, directories (every release asset
 * in them, by discovery) and `sha256:<hex>` digests (the conformance rule:
 * a digest that is also a path on disk is a path). A missing path, a FIFO,
 * a socket or a device is an input error (exit 2), all of them reported at
 * once; a folder is listed fail-closed (listing.ts).
 */







async function resolveTargets(args, cwd) {
    const problems = [];
    const folders = new Map();
    const files = new Map();
    const digests = new Map();
    const unverified = [];
    const images = [];
    // Named folders are listed whole (subfolders, symlinks); the folder of a
    // named file only for the evidence beside it.
    const named = await namedFolders(args, cwd);
    const folderOf = folderLister(named, folders, problems);
    for (const arg of args) {
        if ((0,reference/* isImageReference */.hb)(arg)) {
            try {
                (0,reference/* parseImageReference */.o_)(arg);
                if (!images.includes(arg))
                    images.push(arg);
            }
            catch (error) {
                if (!(error instanceof errors/* InputError */.dz))
                    throw error;
                problems.push(error);
            }
            continue;
        }
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
        const special = (0,verify_listing/* describeSpecial */.P4)(info);
        if (special) {
            problems.push((0,verify_listing/* refuseSpecial */.KI)(arg, special));
            continue;
        }
        if (info.isDirectory()) {
            const folder = await folderOf(full, arg);
            unverified.push(...folder.unverified);
            if (folder.discovery.assets.length === 0 &&
                folder.unverified.length === 0) {
                problems.push(new errors/* InputError */.dz('VERIFY_NO_ASSETS', `${arg}: the directory holds no release asset, only evidence files`));
            }
            for (const target of assetTargets(folder, arg))
                files.set(target.path, target);
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
        images,
        digests: [...digests.values()],
        folders: [...folders.values()],
        unverified
    };
}
/** The arguments that are folders: listed whole (subfolders, symlinks), where a named file's folder is read only for its evidence. */
async function namedFolders(args, cwd) {
    const named = new Set();
    for (const arg of args) {
        const full = external_node_path_default().resolve(cwd, arg);
        if ((await (0,promises_.stat)(full).catch(() => undefined))?.isDirectory())
            named.add(full);
    }
    return named;
}
/** Every release asset of a named folder, labelled under the argument as given. */
function assetTargets(folder, arg) {
    return folder.discovery.assets.map((name) => ({
        kind: 'file',
        path: external_node_path_default().join(folder.dir, name),
        label: external_node_path_default().join(arg, name),
        name,
        folder
    }));
}
/** Lists a folder once (its listing problems collected), however many arguments name it or a file in it. */
function folderLister(named, folders, problems) {
    return async (dir, display) => {
        const known = folders.get(dir);
        if (known)
            return known;
        const listed = await (0,verify_listing/* listFolder */.bt)(dir, display, named.has(dir));
        problems.push(...listed.problems);
        const listing = {
            dir,
            display,
            names: listed.names,
            discovery: discover(listed.names),
            unverified: listed.unverified
        };
        folders.set(dir, listing);
        return listing;
    };
}

;// CONCATENATED MODULE: ./src/io/verify/run.ts















/** Files hashed and checked at the same time. */
const VERIFY_CONCURRENCY = 8;
async function runVerify(inputs, deps) {
    const targets = await resolveTargets(inputs.artifacts, deps.cwd);
    (0,signature_checks/* expectBundles */.$r)(bundlesIn(targets.folders));
    const checker = new sigstore/* BundleChecker */.o(deps.trust);
    const ctx = {
        inputs,
        deps,
        checker,
        minisignKey: await readMinisignKey(inputs.minisignKey, deps.cwd),
        folders: await loadFolders(targets.folders, inputs, deps.cwd, checker),
        extra: inputs.provenancePath
            ? await loadAttestationFile(external_node_path_default().resolve(deps.cwd, inputs.provenancePath), inputs.provenancePath, checker)
            : { attestations: [], rebuilds: [], notes: [] },
        explicit: await loadExplicitEvidence(inputs, deps.cwd, checker),
        settling: []
    };
    let checked = 0;
    const fileSubjects = await (0,verify_files/* mapLimit */.sf)(targets.files, VERIFY_CONCURRENCY, async (target) => {
        deps.onProgress?.(++checked, targets.files.length, target.name);
        return checkFile(ctx, target);
    });
    const unverifiedSubjects = await (0,verify_files/* mapLimit */.sf)(targets.unverified, VERIFY_CONCURRENCY, unverifiedFile);
    const digestSubjects = await (0,verify_files/* mapLimit */.sf)(targets.digests, VERIFY_CONCURRENCY, async (target) => {
        const evidence = (0,verify_evidence/* emptyEvidence */.H)();
        await addSharedEvidence(ctx, evidence, { sha256: target.sha256 }, [
            ...ctx.folders.values()
        ]);
        const subject = {
            label: target.label,
            digests: { sha256: target.sha256 }
        };
        return { subject, evidence };
    });
    const imageSubjects = await checkImages(ctx, targets.images);
    (0,signature_checks/* helpWithChecks */.Rt)();
    await Promise.all(ctx.settling);
    const all = [
        ...fileSubjects,
        ...unverifiedSubjects,
        ...digestSubjects,
        ...imageSubjects
    ];
    const artifactsBySha256 = new Map(all.map((a) => [a.subject.digests.sha256, a.subject.label]));
    const vex = inputs.policy.require.includes('vex')
        ? await loadVex(inputs, deps, targets.folders, ctx.folders)
        : undefined;
    const reports = all.map((a) => evaluateArtifact(a.subject, a.evidence, inputs.policy, {
        artifactsBySha256,
        ...(vex ? { vex } : {})
    }));
    return buildReport(reports, inputs.policy.require, deps.trust.summary);
}
/** The Sigstore bundles the folders hold, by their names. */
function bundlesIn(folders) {
    let count = 0;
    for (const folder of folders)
        for (const name of folder.names)
            if (BUNDLE_SUFFIXES.some((s) => name.endsWith(s)))
                count++;
    return count;
}
/** Each folder's evidence, loaded once for every artifact in it. */
async function loadFolders(targets, inputs, cwd, checker) {
    const folders = new Map();
    for (const f of targets) {
        folders.set(f.dir, await loadFolder(f.dir, f.display, f.names, f.discovery, checker, {
            trustedRoot: inputs.trustedRoot
                ? external_node_path_default().resolve(cwd, inputs.trustedRoot)
                : undefined,
            keepSbomDocuments: inputs.policy.require.includes('vex')
        }));
    }
    return folders;
}
/**
 * The evidence that is not beside one file: the explicit signature flags,
 * the shared folders' attestations, SBOMs and checksums, --provenance-path,
 * and the GitHub attestations of the digest.
 */
async function addSharedEvidence(ctx, evidence, artifact, shared) {
    const { inputs, deps, checker, extra } = ctx;
    addExplicitSignatures(ctx.explicit, artifact, checker, deps.trust, evidence);
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
        // Loaded only when used, as the registry and VEX code below: most runs
        // never reach the network, and its stack is a third of verify's start-up.
        const { fetchGitHubAttestations } = await Promise.all(/* import() */[__webpack_require__.e(2174), __webpack_require__.e(1989)]).then(__webpack_require__.bind(__webpack_require__, 31989));
        const found = await fetchGitHubAttestations({
            apiUrl: deps.githubApiUrl,
            repo: inputs.policy.repo,
            sha256: artifact.sha256,
            ...(inputs.githubToken ? { token: inputs.githubToken } : {})
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
}
/** A file: hashed (read whole only when a signature needs its bytes), its own signatures and the shared evidence. */
async function checkFile(ctx, target) {
    const folder = ctx.folders.get(target.folder.dir);
    const files = signatureFilesFor(target.name, folder.names);
    const withBytes = needsBytes(ctx.explicit) ||
        files.bundles.length > 0 ||
        files.legacy !== undefined ||
        (files.minisig !== undefined && ctx.minisignKey !== undefined);
    const hashed = await (0,verify_files/* hashFile */.DC)(target.path, withBytes, target.label);
    const artifact = {
        sha256: hashed.digests.sha256,
        ...(hashed.bytes ? { bytes: hashed.bytes } : {})
    };
    const evidence = (0,verify_evidence/* emptyEvidence */.H)();
    await addFileSignatures(files, artifact, {
        dir: target.folder.dir,
        display: target.folder.display,
        checker: ctx.checker,
        trust: ctx.deps.trust,
        ...(ctx.minisignKey ? { minisignKey: ctx.minisignKey } : {}),
        settling: ctx.settling
    }, evidence);
    await addSharedEvidence(ctx, evidence, artifact, [folder]);
    const subject = {
        name: target.name,
        label: target.label,
        digests: hashed.digests
    };
    return { subject, evidence };
}
/** A file the listing could not vouch for: reported, with the reason, as failed. */
async function unverifiedFile(entry) {
    const hashed = await (0,verify_files/* hashFile */.DC)(entry.path, false, entry.label);
    const evidence = (0,verify_evidence/* emptyEvidence */.H)();
    evidence.signatures.push({
        source: entry.label,
        form: 'bundle',
        result: {
            ok: false,
            code: 'VERIFY_FILE_UNVERIFIED',
            reason: entry.reason
        }
    });
    const subject = {
        name: external_node_path_default().basename(entry.path),
        label: entry.label,
        digests: hashed.digests
    };
    return { subject, evidence };
}
/** Each image's signatures and attestations from its registry, plus the shared evidence. */
async function checkImages(ctx, images) {
    if (images.length === 0)
        return [];
    const { createRegistryClients } = await Promise.all(/* import() */[__webpack_require__.e(2174), __webpack_require__.e(3687)]).then(__webpack_require__.bind(__webpack_require__, 3687));
    const { collectImageEvidence } = await Promise.all(/* import() */[__webpack_require__.e(2174), __webpack_require__.e(3355), __webpack_require__.e(5659)]).then(__webpack_require__.bind(__webpack_require__, 5659));
    const clients = createRegistryClients({
        insecureRegistries: ctx.inputs.insecureRegistries,
        env: ctx.deps.registryEnv ?? process.env
    });
    return (0,verify_files/* mapLimit */.sf)(images, VERIFY_CONCURRENCY, async (label) => {
        const found = await collectImageEvidence(label, {
            clients,
            checker: ctx.checker,
            trust: ctx.deps.trust
        });
        await addSharedEvidence(ctx, found.evidence, { sha256: found.subject.digests.sha256 }, []);
        return found;
    });
}
/** For --require vex: the folders' SBOMs and the advisories they are held to. */
async function loadVex(inputs, deps, folders, loaded) {
    const { loadVexContext } = await Promise.all(/* import() */[__webpack_require__.e(1306), __webpack_require__.e(8815), __webpack_require__.e(2088), __webpack_require__.e(6835), __webpack_require__.e(2174), __webpack_require__.e(7266), __webpack_require__.e(6594)]).then(__webpack_require__.bind(__webpack_require__, 96594));
    return loadVexContext(folders.map((f) => {
        const parsed = loaded.get(f.dir)?.sbomDocuments;
        return {
            dir: f.dir,
            display: f.display,
            sboms: f.discovery.folder.sboms,
            ...(parsed ? { parsed } : {})
        };
    }), {
        databases: inputs.vexDatabases,
        osvUrl: inputs.osvUrl,
        offline: inputs.offline
    }, {
        cwd: deps.cwd,
        env: deps.env ?? {},
        logger: deps.logger ?? ports/* SILENT_LOGGER */.B
    });
}
async function readMinisignKey(raw, cwd) {
    if (raw === undefined)
        return undefined;
    const text = await (0,verify_files/* readRegularFile */.XF)(external_node_path_default().resolve(cwd, raw), '--minisign-key')
        .then((bytes) => bytes.toString('utf8'))
        .catch(() => raw);
    return (0,minisign/* parseMinisignPublicKey */.i3)(text, '--minisign-key');
}

// EXTERNAL MODULE: ./src/io/verify/trust.ts
var verify_trust = __webpack_require__(89698);
// EXTERNAL MODULE: ./src/io/verify/verify-bundle.ts
var verify_bundle = __webpack_require__(93852);
// EXTERNAL MODULE: ./src/cli/progress.ts
var cli_progress = __webpack_require__(9851);
// EXTERNAL MODULE: ./src/cli/input-flags.ts
var input_flags = __webpack_require__(40440);
// EXTERNAL MODULE: ./src/cli/output.ts
var cli_output = __webpack_require__(96657);
// EXTERNAL MODULE: ./src/lib/inputs/index.ts + 3 modules
var lib_inputs = __webpack_require__(65680);
;// CONCATENATED MODULE: ./src/lib/verify/cli-flags.ts
/**
 * The flags `provenant verify` takes besides its input table: the
 * spellings cosign, gh attestation verify and slsa-verifier users type,
 * each mapped to the input it stands for, and the CLI's own output flags.
 * Every one has a description (for --help) and the tool it comes from;
 * VERIFY_CLI_FLAGS is them all as one flag table.
 */


const VERIFY_FLAG_ALIASES = {
    'cert-identity': {
        input: 'certificate-identity',
        description: 'gh attestation verify’s name for certificate-identity.'
    },
    'cert-identity-regex': {
        input: 'certificate-identity-regexp',
        description: 'gh attestation verify’s name for certificate-identity-regexp.'
    },
    'cert-oidc-issuer': {
        input: 'certificate-oidc-issuer',
        description: 'gh attestation verify’s name for certificate-oidc-issuer.'
    },
    'custom-trusted-root': {
        input: 'trusted-root',
        description: 'gh attestation verify’s name for trusted-root.'
    },
    'source-ref': {
        input: 'source-repository-ref',
        description: 'gh attestation verify’s name for source-repository-ref.'
    },
    'attestation-path': {
        input: 'provenance-path',
        description: 'slsa-verifier verify-github-attestation’s name for provenance-path.'
    },
    key: {
        input: 'public-key',
        description: 'cosign’s name for public-key.'
    }
};
/** The CLI's own flags: output (--json, --format, --print-provenance) and --release. */
const VERIFY_OWN_FLAGS = (0,lib_inputs/* defineInputs */.pf)({
    json: {
        ...lib_inputs/* JSON_INPUT */.sz,
        description: 'Print the report as JSON (described by the verify-result JSON Schema in Provenant’s documentation): per artifact its checks and the certificate-bound facts of every signature.'
    },
    format: {
        kind: 'string',
        description: 'Output format, text or json (gh attestation verify --format json is --json).'
    },
    'print-provenance': {
        kind: 'boolean',
        description: 'Print every verified provenance statement (JSON, one a line) to stdout after verifying, as slsa-verifier --print-provenance.'
    },
    release: {
        kind: 'string',
        description: 'Verify a published GitHub release: owner/repo@tag or its address (https://github.com/owner/repo/releases/tag/v1.2.3). Its assets are downloaded through the GitHub REST API (GITHUB_API_URL; a token from --github-token or GITHUB_TOKEN raises the rate limit), cached, and verified as a folder; without a signer flag, they must be signed by a workflow of that repository.',
        example: 'acme/widget@v1.2.3'
    }
});
/** The aliases as flag specs (described for --help). */
const VERIFY_ALIAS_FLAGS = Object.fromEntries(Object.entries(VERIFY_FLAG_ALIASES).map(([name, alias]) => [
    name,
    { kind: 'string', description: alias.description }
]));
/** Every flag of `provenant verify` besides the action's inputs. */
const VERIFY_CLI_FLAGS = { ...VERIFY_ALIAS_FLAGS, ...VERIFY_OWN_FLAGS };
/** The value an alias flag gives `input`, when the input's own flag is not set. */
function aliasValue(values, input) {
    for (const [flag, alias] of Object.entries(VERIFY_FLAG_ALIASES)) {
        const value = values[flag];
        if (alias.input === input && typeof value === 'string')
            return value;
    }
    return undefined;
}
/** `--format json|text` (gh) and `--json`: true for JSON. */
function parseFormat(format, json) {
    if (format === undefined)
        return json;
    if (format === 'json')
        return true;
    if (format === 'text' && !json)
        return false;
    throw new errors/* InputError */.dz('VERIFY_FORMAT_UNKNOWN', `--format takes json or text, not "${typeof format === 'string' ? format : '?'}"${json ? ' (with --json, only json)' : ''}`);
}

;// CONCATENATED MODULE: ./src/cli/commands/verify.ts
/**
 * `provenant verify [artifact | sha256:<hex> | directory]... [flags]`:
 * the release checked against the policy, a table on stdout (or --json),
 * exit 0 only when every artifact verified, 1 when a check failed.
 */














/** The action's table but `subjects`: the CLI takes the subjects as arguments. */
const VERIFY_TABLE = Object.fromEntries(Object.entries(inputs/* VERIFY_INPUTS */.U).filter(([name]) => name !== 'subjects'));
const VERIFY_FLAGS = {
    ...VERIFY_TABLE,
    ...VERIFY_CLI_FLAGS
};
const verifyCommand = {
    name: 'verify',
    summary: 'verify release artifacts: signatures, identity, provenance, SBOMs, checksums',
    usage: 'provenant verify (<file | directory | sha256:<hex>>... | --release OWNER/REPO@TAG) (--certificate-identity ID | --certificate-identity-regexp RE | --repo OWNER/NAME | --signer-workflow WF | --source-uri URI | --public-key FILE) [--certificate-oidc-issuer URL] [--require signature,provenance,sbom,checksum,reproducible] [--trusted-root FILE] [--offline] [--json]',
    details: 'Each argument is a file, a release folder (every file in it), or a sha256:<hex> digest. cosign, gh attestation verify and slsa-verifier spellings of the flags are taken too.',
    flags: VERIFY_FLAGS,
    async run(argv, output) {
        const { values, positionals, flags } = (0,input_flags/* parseInputFlags */.zq)(argv, VERIFY_FLAGS);
        const json = parseFormat(values.format, values.json === true);
        let source = (name) => flags(name) ??
            aliasValue(values, name) ??
            (name === 'github-token' ? process.env.GITHUB_TOKEN : undefined);
        let artifacts = positionals;
        if (values.release !== undefined) {
            const { fetchReleaseTarget } = await Promise.all(/* import() */[__webpack_require__.e(2174), __webpack_require__.e(7829)]).then(__webpack_require__.bind(__webpack_require__, 87829));
            const release = await fetchReleaseTarget(String(values.release), positionals, source, output);
            source = release.source;
            artifacts = [release.folder];
        }
        const inputs = (0,parse_inputs/* parseVerifyInputs */.Wg)(source, { artifacts });
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
        const progress = (0,cli_progress/* createProgress */.m)();
        const report = await runVerify(inputs, {
            trust,
            cwd,
            githubApiUrl: (0,environment/* githubApiUrl */.BN)(process.env),
            onProgress: progress.report,
            env: process.env,
            logger: (0,cli_output/* stderrLogger */.D)(output)
        }).finally(() => progress.end());
        output.out(json ? JSON.stringify(report, null, 2) : renderText(report));
        if (values['print-provenance'] === true && report.verified) {
            for (const statement of verifiedProvenance(report))
                output.out(JSON.stringify(statement));
        }
        return report.verified ? errors/* EXIT_OK */.Ij : errors/* EXIT_VERIFICATION_FAILED */.fQ;
    }
};


/***/ }),

/***/ 9851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ createProgress)
/* harmony export */ });
const MIN_INTERVAL_MS = 100;
function createProgress(stream = process.stderr, now = Date.now) {
    if (!stream.isTTY)
        return { report: () => undefined, end: () => undefined };
    let shown = false;
    let last = -Infinity;
    return {
        report(done, total, label) {
            const at = now();
            if (done < total && at - last < MIN_INTERVAL_MS)
                return;
            last = at;
            const width = Math.max(20, (stream.columns || 80) - 1);
            const line = `[${done}/${total}] ${label}`.slice(0, width);
            stream.write(`\r\u001b[K${line}`);
            shown = true;
        },
        end() {
            if (shown)
                stream.write('\r\u001b[K');
            shown = false;
        }
    };
}


/***/ }),

/***/ 7559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A2: () => (/* binding */ githubTokenOf),
/* harmony export */   BN: () => (/* binding */ githubApiUrl),
/* harmony export */   EI: () => (/* binding */ githubServerUrl),
/* harmony export */   uT: () => (/* binding */ trimSlashes),
/* harmony export */   xw: () => (/* binding */ DEFAULT_GITHUB_API_URL)
/* harmony export */ });
/* harmony import */ var _lib_provenance_claims_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14450);
/**
 * What the environment says about GitHub, without the client (so a command
 * that may never call GitHub does not load the network stack to read it):
 * the REST base (GITHUB_API_URL, a GitHub Enterprise Server's too), the web
 * base (GITHUB_SERVER_URL) and the token gh and the runner's shell export.
 */

const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
/** The API base of the runner's environment: GITHUB_API_URL, without a trailing slash. */
function githubApiUrl(env) {
    return trimSlashes(env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL);
}
/** The GitHub web base of the runner's environment: GITHUB_SERVER_URL, github.com when unset. */
function githubServerUrl(env) {
    return env.GITHUB_SERVER_URL || _lib_provenance_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_COM_SERVER_URL */ .wX;
}
/** A token given as a flag, else the one gh and the runner's shell export (GITHUB_TOKEN, GH_TOKEN). */
function githubTokenOf(flag, env) {
    return flag ?? env.GITHUB_TOKEN ?? env.GH_TOKEN;
}
/** The URL without trailing slashes. */
function trimSlashes(url) {
    return url.replace(/\/+$/, '');
}


/***/ }),

/***/ 41665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ verifyWithKey),
/* harmony export */   Q: () => (/* binding */ checkLegacyPair)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_verify_signer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59119);
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
    if (!verifyWithKey(leaf.publicKey, bytes, signature)) {
        return {
            ok: false,
            code: 'VERIFY_SIGNATURE_INVALID',
            reason: 'the .sig does not verify over the file with the .crt key (changed file, or a pair of another file)'
        };
    }
    const problem = chainProblem(leaf, certificates.slice(1), trust);
    if (problem)
        return { ok: false, code: 'VERIFY_CERTIFICATE_UNTRUSTED', reason: problem };
    const parsed = _sigstore_core__WEBPACK_IMPORTED_MODULE_1__.X509Certificate.parse(leaf.raw);
    const extensions = (0,_lib_verify_signer_js__WEBPACK_IMPORTED_MODULE_2__/* .toFulcioExtensions */ .mV)(parsed.extensions.map((ext) => ({
        oid: { id: ext.subs[0].toOID().split('.').map(Number) },
        value: ext.subs[ext.subs.length - 1].value
    })));
    const identity = parsed.subjectAltName;
    const issuer = (0,_lib_verify_signer_js__WEBPACK_IMPORTED_MODULE_2__/* .issuerOf */ .xD)(extensions);
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
            certificates.push(new (node_crypto__WEBPACK_IMPORTED_MODULE_0___default().X509Certificate)(block));
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
/** A DER (ECDSA, RSA) or raw (Ed25519) signature over `bytes` by `key`; false when it does not verify or cannot be read. */
function verifyWithKey(key, bytes, signature) {
    try {
        return node_crypto__WEBPACK_IMPORTED_MODULE_0___default().verify(hashFor(key), bytes, key, signature);
    }
    catch {
        return false;
    }
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
        const trusted = ca.certChain.map((c) => new (node_crypto__WEBPACK_IMPORTED_MODULE_0___default().X509Certificate)(c.root.toDER()));
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

/***/ 14450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T8: () => (/* binding */ splitRepository),
/* harmony export */   _j: () => (/* binding */ toProvenanceClaims),
/* harmony export */   k2: () => (/* binding */ expectedIssuer),
/* harmony export */   wX: () => (/* binding */ GITHUB_COM_SERVER_URL)
/* harmony export */ });
/* unused harmony exports PROVENANCE_CLAIMS, GITHUB_COM_ISSUER */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/**
 * The OIDC token claims provenance is built from, and the issuer a token
 * must come from. Checking a token's signature is src/io's job; this file
 * only says which claims are needed and whose tokens count.
 */

/** The claims the actions/attest package requires, and job_workflow_ref for the builder id. */
const PROVENANCE_CLAIMS = [
    'iss',
    'ref',
    'sha',
    'repository',
    'event_name',
    'workflow_ref',
    'job_workflow_ref',
    'repository_id',
    'repository_owner_id',
    'runner_environment',
    'run_id',
    'run_attempt'
];
const GITHUB_COM_SERVER_URL = 'https://github.com';
const GITHUB_COM_ISSUER = 'https://token.actions.githubusercontent.com';
/**
 * The claims of a verified token payload, all present and strings (numbers
 * as GitHub may send them become strings); an InputError listing every
 * missing claim otherwise.
 */
function toProvenanceClaims(payload) {
    const claims = {};
    const missing = [];
    for (const name of PROVENANCE_CLAIMS) {
        const value = payload[name];
        if (typeof value === 'string' && value !== '')
            claims[name] = value;
        else if (typeof value === 'number')
            claims[name] = String(value);
        else
            missing.push(name);
    }
    if (missing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('PROVENANCE_CLAIMS_MISSING', `the OIDC token lacks the claim(s) ${missing.join(', ')} that build provenance is made of: provenance needs a GitHub Actions token (run in a workflow with \`permissions: id-token: write\`, or pass one as "identity-token")`);
    }
    return claims;
}
/**
 * The issuer whose tokens are trusted: `override` when given; else GitHub's
 * for the server the workflow runs on (github.com, GHE.com data residency
 * `<sub>.ghe.com`, or GitHub Enterprise Server's `/_services/token`).
 */
function expectedIssuer(serverUrl, override) {
    if (override)
        return override.replace(/\/+$/, '');
    const url = new URL(serverUrl);
    if (url.origin === GITHUB_COM_SERVER_URL)
        return GITHUB_COM_ISSUER;
    if (url.hostname.endsWith('.ghe.com')) {
        const subdomain = url.hostname.slice(0, -'.ghe.com'.length);
        return `https://token.actions.${subdomain}.ghe.com`;
    }
    return `${url.origin}/_services/token`;
}
/** `owner/repo` -> its two parts. */
function splitRepository(repository) {
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('PROVENANCE_REPOSITORY_INVALID', `the repository "${repository}" is not "owner/name"; set GITHUB_REPOSITORY`);
    }
    return { owner, repo };
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


/***/ }),

/***/ 20537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readChecksumText)
/* harmony export */ });
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5642);

const GNU_LINE = /^(\\?)([0-9a-fA-F]+) [ *](.+)$/;
const BSD_LINE = /^(\\?)(SHA-?256|SHA-?512) ?\((.+)\) ?= ?([0-9a-fA-F]+)$/i;
const BARE_LINE = /^([0-9a-fA-F]+)$/;
function readChecksumText(text) {
    const entries = [];
    const problems = [];
    text.split('\n').forEach((raw, index) => {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            return;
        const result = readLine(trimmed);
        if ('problem' in result) {
            problems.push({ line: index + 1, text: line, problem: result.problem });
        }
        else {
            entries.push({ line: index + 1, ...result });
        }
    });
    return { entries, problems };
}
function readLine(line) {
    const bsd = BSD_LINE.exec(line);
    if (bsd) {
        const declared = bsd[2].toLowerCase().replace('-', '');
        return toEntry(bsd[4], nameOf(bsd[1], bsd[3]), declared);
    }
    const gnu = GNU_LINE.exec(line);
    if (gnu)
        return toEntry(gnu[2], nameOf(gnu[1], gnu[3]), undefined);
    const bare = BARE_LINE.exec(line);
    if (bare)
        return toEntry(bare[1], undefined, undefined);
    return {
        problem: `"${truncate(line)}" is not "<hex digest>, two spaces (or space and *), <file name>"`
    };
}
function toEntry(hex, name, declared) {
    const algorithm = (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .algorithmForHexLength */ .K3)(hex.length);
    if (!algorithm) {
        return {
            problem: `a digest of ${hex.length} hex digits is neither SHA-256 (64) nor SHA-512 (128)`
        };
    }
    if (declared !== undefined && declared !== algorithm) {
        return {
            problem: `"${declared.toUpperCase()}" with a digest of ${hex.length} hex digits`
        };
    }
    if (name !== undefined && name.trim() === '') {
        return { problem: 'no file name after the digest' };
    }
    return { name, algorithm, hex: hex.toLowerCase() };
}
function nameOf(escapeMark, name) {
    return escapeMark === '\\' ? unescapeName(name) : name;
}
/**
 * GNU tools escape `\` as `\\`, newline as `\n` and CR as `\r` in a name,
 * and then start the line with `\`.
 */
function unescapeName(name) {
    return name.replace(/\\([\\nr])/g, (_, c) => c === 'n' ? '\n' : c === 'r' ? '\r' : '\\');
}
function truncate(line) {
    return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}


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

/***/ 86864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ emptyEvidence)
/* harmony export */ });
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
