export const id = 647;
export const ids = [647];
export const modules = {

/***/ 647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  attestCommand: () => (/* binding */ attestCommand)
});

// EXTERNAL MODULE: ./src/io/fs/path-fence.ts
var path_fence = __webpack_require__(30979);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/lib/provenance/slsa.ts
const SLSA_PROVENANCE_V1_TYPE = 'https://slsa.dev/provenance/v1';
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
/**
 * `owner/repo/.github/workflows/release.yml@refs/tags/v1` ->
 * path `.github/workflows/release.yml`, ref `refs/tags/v1` (a ref may itself
 * hold `@`, as changesets' tags do).
 */
function splitWorkflowRef(workflowRef, repository) {
    const [path = '', ...ref] = workflowRef
        .replace(`${repository}/`, '')
        .split('@');
    return { path, ref: ref.join('@') };
}
function buildSlsaPredicate(claims, serverUrl) {
    const server = serverUrl.replace(/\/+$/, '');
    const workflow = splitWorkflowRef(claims.workflow_ref, claims.repository);
    return {
        buildDefinition: {
            buildType: GITHUB_WORKFLOW_BUILD_TYPE,
            externalParameters: {
                workflow: {
                    ref: workflow.ref,
                    repository: `${server}/${claims.repository}`,
                    path: workflow.path
                }
            },
            internalParameters: {
                github: {
                    event_name: claims.event_name,
                    repository_id: claims.repository_id,
                    repository_owner_id: claims.repository_owner_id,
                    runner_environment: claims.runner_environment
                }
            },
            resolvedDependencies: [
                {
                    uri: `git+${server}/${claims.repository}@${claims.ref}`,
                    digest: { gitCommit: claims.sha }
                }
            ]
        },
        runDetails: {
            builder: { id: `${server}/${claims.job_workflow_ref}` },
            metadata: {
                invocationId: `${server}/${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/lib/provenance/build-provenance.ts

const BUILD_PROVENANCE_FILE = 'build-provenance.json';
/** Where the runner software comes from, as the Pulse SDK document names builders. */
const RUNNER_BUILDER_BASE = 'https://github.com/actions/runner';
function buildBuildProvenanceSummary(claims, serverUrl, reproducible) {
    const server = serverUrl.replace(/\/+$/, '');
    const workflow = splitWorkflowRef(claims.workflow_ref, claims.repository);
    return {
        buildType: `${server}/${claims.workflow_ref}`,
        builder: { id: `${RUNNER_BUILDER_BASE}/${claims.runner_environment}` },
        invocation: {
            configSource: {
                uri: `git+${server}/${claims.repository}@${claims.sha}`,
                digest: { sha1: claims.sha },
                entryPoint: workflow.path
            }
        },
        metadata: {
            buildInvocationId: `${claims.run_id}-${claims.run_attempt}`,
            reproducible
        }
    };
}

// EXTERNAL MODULE: ./src/lib/provenance/claims.ts
var provenance_claims = __webpack_require__(14450);
// EXTERNAL MODULE: ./src/lib/intoto/statement.ts
var statement = __webpack_require__(23145);
;// CONCATENATED MODULE: ./src/lib/provenance/plan.ts


const BUNDLE_SUFFIX = '.sigstore.json';
const INTOTO_JSONL_SUFFIX = '.intoto.jsonl';
const KIND_SUFFIX = {
    provenance: '',
    sbom: '.sbom',
    predicate: '.predicate'
};
function planStatements(subjects, predicates, options) {
    const planned = [];
    const used = new Set();
    const claim = (base) => {
        let name = `${base}${BUNDLE_SUFFIX}`;
        for (let n = 2; used.has(name); n++)
            name = `${base}-${n}${BUNDLE_SUFFIX}`;
        used.add(name);
        return name;
    };
    for (const p of predicates) {
        if (options.singleSubject) {
            for (const subject of subjects) {
                const base = `${toFileName(subject.name)}.${p.kind}`;
                planned.push({
                    kind: p.kind,
                    bundleFile: claim(base),
                    statement: (0,statement/* buildStatement */.Y5)([subject], p.predicateType, p.predicate)
                });
            }
            continue;
        }
        const chunks = (0,statement/* splitEvenly */.sL)(subjects, options.maxSubjectsPerStatement ?? statement/* MAX_SUBJECTS_PER_STATEMENT */.$h);
        chunks.forEach((chunk, index) => {
            const base = `${options.bundleName}${KIND_SUFFIX[p.kind]}`;
            const numbered = chunks.length > 1 ? `${base}-${index + 1}` : base;
            planned.push({
                kind: p.kind,
                bundleFile: claim(numbered),
                statement: (0,statement/* buildStatement */.Y5)(chunk, p.predicateType, p.predicate)
            });
        });
    }
    return planned;
}
/** `<bundleName>.intoto.jsonl`: every bundle of the run, one JSON a line. */
function intotoJsonlFile(bundleName) {
    return `${bundleName}${INTOTO_JSONL_SUFFIX}`;
}
/** True for the names of files a run writes (so a later glob skips them). */
function isOwnOutput(fileName) {
    return (fileName.endsWith(BUNDLE_SUFFIX) ||
        fileName.endsWith(INTOTO_JSONL_SUFFIX) ||
        fileName === BUILD_PROVENANCE_FILE);
}
/** A subject name as a file name: path separators and odd characters become `_`. */
function toFileName(name) {
    const safe = name.replace(/[^A-Za-z0-9._+-]/g, '_').replace(/^\.+$/, '_');
    return safe === '' ? '_' : safe;
}

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
;// CONCATENATED MODULE: ./src/lib/provenance/sbom.ts
/**
 * SBOM attestations: the format told from the document (CycloneDX or SPDX
 * 2.x JSON), the in-toto predicate type it goes under, and GitHub's 16 MB
 * predicate limit, past which the statement references the SBOM asset by
 * name and digest (in-toto's reference predicate) instead of carrying it.
 */

/** GitHub's attestation store refuses predicates larger than this. */
const MAX_PREDICATE_BYTES = 16 * 1024 * 1024;
const CYCLONEDX_PREDICATE_TYPE = 'https://cyclonedx.org/bom';
const SPDX_PREDICATE_TYPE_BASE = 'https://spdx.dev/Document';
const REFERENCE_PREDICATE_TYPE = 'https://in-toto.io/attestation/reference/v0.1';
/**
 * CycloneDX: `bomFormat: "CycloneDX"`; SPDX: `spdxVersion: "SPDX-2.x"`
 * (predicate type https://spdx.dev/Document/v2.x, as the in-toto SPDX
 * predicate and actions/attest write it). Anything else is an InputError
 * naming `input`.
 */
function detectSbomFormat(document, input) {
    const doc = (typeof document === 'object' && document !== null ? document : {});
    if (doc.bomFormat === 'CycloneDX') {
        return {
            name: 'CycloneDX',
            version: typeof doc.specVersion === 'string' ? doc.specVersion : '',
            predicateType: CYCLONEDX_PREDICATE_TYPE,
            mediaType: 'application/vnd.cyclonedx+json'
        };
    }
    const spdx = typeof doc.spdxVersion === 'string'
        ? /^SPDX-(2\.\d+)$/.exec(doc.spdxVersion)
        : null;
    if (spdx) {
        return {
            name: 'SPDX',
            version: spdx[1],
            predicateType: `${SPDX_PREDICATE_TYPE_BASE}/v${spdx[1]}`,
            mediaType: 'application/spdx+json'
        };
    }
    throw new errors/* InputError */.dz('PROVENANCE_SBOM_FORMAT', `input "${input}" is neither a CycloneDX JSON SBOM ("bomFormat": "CycloneDX") nor an SPDX 2.x JSON SBOM ("spdxVersion": "SPDX-2.3"); give the JSON output of e.g. \`syft -o cyclonedx-json\` or \`syft -o spdx-json\``);
}
/**
 * The SBOM itself as the predicate; or, over MAX_PREDICATE_BYTES, an
 * in-toto reference predicate naming the SBOM asset by name and digest
 * (with its release download URL when the run built a tag).
 */
function buildSbomPredicate(document, format, file, context) {
    if (file.predicateBytes <= MAX_PREDICATE_BYTES) {
        return {
            predicateType: format.predicateType,
            predicate: document,
            referenced: false
        };
    }
    const reference = {
        name: file.name,
        digest: { sha256: file.sha256 },
        mediaType: format.mediaType,
        ...(context.downloadBase
            ? {
                downloadLocation: `${context.downloadBase}/${encodeURIComponent(file.name)}`
            }
            : {})
    };
    return {
        predicateType: REFERENCE_PREDICATE_TYPE,
        predicate: {
            attester: { id: context.attesterId },
            references: [reference]
        },
        referenced: true
    };
}
/** `<server>/<repo>/releases/download/<tag>` for a tag ref; else undefined. */
function releaseDownloadBase(serverUrl, repository, ref) {
    if (!ref.startsWith('refs/tags/'))
        return undefined;
    const tag = ref.slice('refs/tags/'.length);
    return `${serverUrl.replace(/\/+$/, '')}/${repository}/releases/download/${encodeURIComponent(tag)}`;
}

;// CONCATENATED MODULE: ./src/lib/provenance/predicates.ts


function buildPredicates(claims, serverUrl, sources) {
    const slsa = buildSlsaPredicate(claims, serverUrl);
    const predicates = [
        {
            kind: 'provenance',
            predicateType: SLSA_PROVENANCE_V1_TYPE,
            predicate: slsa
        }
    ];
    let sbomReferenced;
    if (sources.sbom) {
        const { document, format, file } = sources.sbom;
        const built = buildSbomPredicate(document, format, file, {
            attesterId: slsa.runDetails.builder.id,
            downloadBase: releaseDownloadBase(serverUrl, claims.repository, claims.ref)
        });
        if (built.referenced)
            sbomReferenced = file;
        predicates.push({
            kind: 'sbom',
            predicateType: built.predicateType,
            predicate: built.predicate
        });
    }
    if (sources.predicate) {
        predicates.push({
            kind: 'predicate',
            predicateType: sources.predicate.type,
            predicate: sources.predicate.document
        });
    }
    return { predicates, sbomReferenced };
}

;// CONCATENATED MODULE: ./src/lib/provenance/verdict.ts
/**
 * The rebuild verdict behind build-provenance.json's `reproducible`: read
 * from the file named by `reproducible-verdict`, one of
 *  - a rebuild report (src/lib/rebuild/report.ts): `{ "reproducible": true,
 *    "artifacts": [{ "reference": { "sha256": ... } }] }`;
 *  - an in-toto statement whose predicate says `"reproducible": true`;
 *  - a Sigstore bundle whose DSSE envelope carries such a statement.
 * A verdict that names artifacts (a statement's subjects, a report's
 * artifacts[].reference) must name every subject attested here, or it is
 * about other artifacts and does not count.
 */

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function parseReproducibleVerdict(document, source, subjects) {
    const statement = toStatement(document);
    if (statement)
        return fromStatement(statement, source.file, subjects);
    if (isObject(document) && typeof document.reproducible === 'boolean') {
        if (!document.reproducible) {
            return {
                reproducible: false,
                reason: `${source.file} says not reproducible`
            };
        }
        return coverage(reportSubjects(document), source.file, subjects);
    }
    throw new errors/* InputError */.dz('PROVENANCE_VERDICT_FORMAT', `input "${source.input}": ${source.file} is not a rebuild verdict; give the rebuild's report.json (with a top-level "reproducible" true or false), its in-toto statement, or its Sigstore bundle`);
}
function toStatement(document) {
    if (!isObject(document))
        return undefined;
    if (typeof document._type === 'string' && 'predicate' in document) {
        return document;
    }
    const envelope = document.dsseEnvelope;
    if (isObject(envelope) && typeof envelope.payload === 'string') {
        try {
            const inner = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
            return isObject(inner) ? inner : undefined;
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}
function fromStatement(statement, file, subjects) {
    const predicate = isObject(statement.predicate) ? statement.predicate : {};
    if (predicate.reproducible !== true) {
        return {
            reproducible: false,
            reason: `the statement in ${file} does not say "reproducible": true`
        };
    }
    const named = Array.isArray(statement.subject)
        ? statement.subject.filter(isObject)
        : [];
    return coverage(named, file, subjects);
}
/** The released artifacts a rebuild report compared (artifacts[].reference). */
function reportSubjects(report) {
    const artifacts = Array.isArray(report.artifacts) ? report.artifacts : [];
    return artifacts.filter(isObject).flatMap((a) => {
        const reference = isObject(a.reference) ? a.reference : {};
        return typeof reference.sha256 === 'string'
            ? [{ digest: { sha256: reference.sha256 } }]
            : [];
    });
}
/** Reproducible when `named` is empty or names every subject. */
function coverage(named, file, subjects) {
    if (named.length === 0) {
        return { reproducible: true, reason: `${file} says reproducible` };
    }
    const uncovered = subjects.filter((s) => !named.some((n) => covers(n, s)));
    if (uncovered.length > 0) {
        return {
            reproducible: false,
            reason: `${file} does not name ${uncovered.length} of the subjects attested here (e.g. ${uncovered[0].name}): its verdict is about other artifacts`
        };
    }
    return { reproducible: true, reason: `${file} says reproducible` };
}
/** True when `named` has one of `subject`'s digests. */
function covers(named, subject) {
    const digest = isObject(named.digest) ? named.digest : {};
    return Object.entries(subject.digest).some(([algorithm, hex]) => typeof digest[algorithm] === 'string' &&
        digest[algorithm].toLowerCase() === hex);
}

// EXTERNAL MODULE: ./src/io/fs/atomic-write.ts
var atomic_write = __webpack_require__(72243);
// EXTERNAL MODULE: ./src/io/github/attestations.ts
var attestations = __webpack_require__(33971);
// EXTERNAL MODULE: ./src/io/sign/oidc.ts
var oidc = __webpack_require__(57923);
// EXTERNAL MODULE: ./src/io/net/retry.ts + 1 modules
var net_retry = __webpack_require__(69961);
// EXTERNAL MODULE: ./src/lib/net/secrets.ts
var net_secrets = __webpack_require__(11950);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwks/local.js
var local = __webpack_require__(36687);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwt/verify.js + 1 modules
var verify = __webpack_require__(25057);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/errors.js
var util_errors = __webpack_require__(5674);
// EXTERNAL MODULE: ./src/io/net/http.ts
var http = __webpack_require__(95854);
;// CONCATENATED MODULE: ./src/io/provenance/claims.ts
/**
 * Fetching the claims provenance is built from: the OIDC token (through the
 * signing core's token source: the runner's, or the one given as
 * "identity-token"), verified against the expected issuer's keys (OpenID
 * discovery -> jwks_uri -> JWKS) with its audience and lifetime checked.
 * Turning the claims into a predicate is lib/provenance/slsa.ts's job.
 */





/** Leeway for clocks that disagree a little between runner and issuer. */
const CLOCK_TOLERANCE_SECONDS = 60;
async function fetchVerifiedClaims(options) {
    const token = await options.tokens.getToken();
    const payload = await verifyIdToken(token, options);
    return (0,provenance_claims/* toProvenanceClaims */._j)(payload);
}
async function verifyIdToken(token, options) {
    const { issuer, audience, retry } = options;
    const discovery = await getJson(`${issuer}/.well-known/openid-configuration`, retry);
    const jwksUri = discovery.jwks_uri;
    if (typeof jwksUri !== 'string' || !sameTrustLevel(jwksUri, issuer)) {
        throw new errors/* ServiceError */._7('oidc', `the OpenID configuration of ${issuer} names no usable jwks_uri`);
    }
    const jwks = (0,local/* createLocalJWKSet */.w)((await getJson(jwksUri, retry)));
    try {
        const { payload } = await (0,verify/* jwtVerify */.V)(token, jwks, {
            issuer,
            audience,
            currentDate: retry.env.now(),
            clockTolerance: CLOCK_TOLERANCE_SECONDS
        });
        return payload;
    }
    catch (error) {
        throw toTokenError(error, issuer, audience);
    }
}
function toTokenError(error, issuer, audience) {
    if (error instanceof util_errors/* JWTClaimValidationFailed */.ie) {
        if (error.claim === 'iss') {
            return new errors/* InputError */.dz('PROVENANCE_TOKEN_ISSUER', `the OIDC token was not issued by ${issuer}: set "oidc-issuer" to the issuer of your tokens (GitHub Enterprise Server: https://<host>/_services/token)`, { cause: error });
        }
        if (error.claim === 'aud') {
            return new errors/* InputError */.dz('PROVENANCE_TOKEN_AUDIENCE', `the OIDC token's audience is not "${audience}": request it with that audience`, { cause: error });
        }
    }
    if (error instanceof util_errors/* JWTExpired */.n) {
        return new errors/* InputError */.dz('PROVENANCE_TOKEN_EXPIRED', 'the OIDC token has expired: tokens live minutes, so fetch it in the same job', { cause: error });
    }
    return new errors/* VerificationError */.mk('PROVENANCE_TOKEN_UNVERIFIED', `the OIDC token does not verify against the keys of ${issuer}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}
async function getJson(url, retry) {
    return (0,net_retry/* withRetry */.bD)('oidc', url, retry, async ({ timeoutMs }) => {
        const response = await (0,http/* request */.Em)(url, {
            method: 'GET',
            headers: { accept: 'application/json' },
            timeoutMs
        });
        try {
            return JSON.parse(response.body.toString('utf8'));
        }
        catch (error) {
            throw new errors/* ServiceError */._7('oidc', `${url} did not answer JSON`, {
                cause: error
            });
        }
    });
}
/** The JWKS must be https, or plain http only when the issuer itself is. */
function sameTrustLevel(jwksUri, issuer) {
    try {
        const protocol = new URL(jwksUri).protocol;
        return protocol === 'https:' || protocol === new URL(issuer).protocol;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
// EXTERNAL MODULE: ./src/lib/subject/checksum-text.ts
var checksum_text = __webpack_require__(20537);
// EXTERNAL MODULE: ./src/lib/subject/subject.ts
var subject = __webpack_require__(65576);
;// CONCATENATED MODULE: ./src/lib/subject/checksums.ts
/**
 * Subjects from a checksums file as sha256sum, sha512sum and shasum write it
 * (goreleaser's checksums.txt among them), read by the one checksum reader
 * (checksum-text.ts). Every bad line is reported, each by file and line number.
 */



/** Bad lines listed in one error before the rest are only counted. */
const MAX_REPORTED_CHECKSUM_LINES = 10;
const NO_NAME = 'no file name after the digest';
function parseChecksums(text, source) {
    const { entries, problems: bad } = (0,checksum_text/* readChecksumText */.R)(text);
    const subjects = [];
    const unnamed = entries.filter((e) => e.name === undefined);
    for (const { name, algorithm, hex } of entries) {
        if (name !== undefined)
            subjects.push({ name, digest: { [algorithm]: hex } });
    }
    const problems = [
        ...bad,
        ...unnamed.map((e) => ({ line: e.line, problem: NO_NAME }))
    ]
        .sort((a, b) => a.line - b.line)
        .map((p) => `${source.file}:${p.line}: ${p.problem}`);
    if (problems.length > 0) {
        const shown = problems.slice(0, MAX_REPORTED_CHECKSUM_LINES);
        const more = problems.length - shown.length;
        throw new errors/* InputError */.dz('SUBJECT_CHECKSUMS_LINE', [
            `input "${source.input}": ${problems.length} line(s) of ${source.file} are not of the form "<hex>  <name>" (as sha256sum writes them):`,
            ...shown.map((p) => `  ${p}`),
            ...(more > 0 ? [`  ... and ${more} more`] : [])
        ].join('\n'));
    }
    if (subjects.length === 0) {
        throw new errors/* InputError */.dz('SUBJECT_CHECKSUMS_EMPTY', `input "${source.input}": ${source.file} lists no file; make it with e.g. \`sha256sum dist/* > checksums.txt\``);
    }
    return (0,subject/* dedupeSubjects */.lT)(subjects);
}

// EXTERNAL MODULE: ./src/io/fs/hash.ts
var hash = __webpack_require__(90808);
;// CONCATENATED MODULE: ./src/io/provenance/subjects.ts
/**
 * A run's subjects from their source: subject-path globs matched inside the
 * workspace (symlinks resolved and checked) and hashed with SHA-256 as they
 * stream; a subject-checksums file read and parsed; or the digests given.
 */









/**
 * `outputDir`: bundles, .intoto.jsonl files and build-provenance.json found
 * there by a glob are Provenant's own earlier outputs, not subjects.
 */
async function resolveSubjects(source, fence, outputDir) {
    const workspace = fence.base;
    switch (source.kind) {
        case 'digest':
            return source.subjects;
        case 'checksums': {
            const file = external_node_path_default().resolve(workspace, source.file);
            const text = await readInputFile('subject-checksums', file);
            return parseChecksums(text.toString('utf8'), {
                input: 'subject-checksums',
                file: source.file
            });
        }
        case 'path':
            return subjectsFromPaths(source.patterns, fence, outputDir);
    }
}
async function subjectsFromPaths(patterns, given, outputDir) {
    const fence = await (0,path_fence/* realFence */.u5)(given);
    const root = fence.base;
    const outputs = await (0,promises_.realpath)(outputDir).catch(() => outputDir);
    const ownOutput = (file) => external_node_path_default().dirname(file) === outputs && isOwnOutput(external_node_path_default().basename(file));
    const problems = [];
    const files = new Set();
    for (const pattern of patterns) {
        const absolute = external_node_path_default().resolve(root, pattern);
        const fixed = absolute.split(/[*?[{]/)[0];
        if (!(0,path_fence/* allows */.NB)(fence, fixed)) {
            problems.push(outside(pattern, root, ''));
            continue;
        }
        const matches = await (0,dist.glob)(external_node_path_default().relative(root, absolute) || '.', {
            cwd: root,
            absolute: true,
            onlyFiles: true,
            expandDirectories: false,
            followSymbolicLinks: true
        });
        if (matches.length === 0) {
            problems.push(new errors/* InputError */.dz('PROVENANCE_NO_MATCH', `input "subject-path": "${pattern}" matches no file in ${root}; build the artifacts first, or check the path`));
        }
        for (const match of matches) {
            const real = await (0,promises_.realpath)(match);
            if (ownOutput(real))
                continue;
            if ((0,path_fence/* allows */.NB)(fence, real))
                files.add(real);
            else
                problems.push(outside(pattern, root, ` (${match} links to ${real})`));
        }
    }
    if (problems.length > 0)
        throw new errors/* InputErrors */.G(problems);
    const sorted = [...files].sort();
    const subjects = (await (0,hash/* sha256Files */.Rs)(sorted)).map((file) => ({
        name: external_node_path_default().basename(file.path),
        digest: { sha256: file.sha256 }
    }));
    return (0,subject/* dedupeSubjects */.lT)(subjects);
}
function outside(pattern, root, detail) {
    return new errors/* InputError */.dz('PROVENANCE_PATH_OUTSIDE_WORKSPACE', `input "subject-path": "${pattern}"${detail} is outside the workspace ${root}; attest files inside it (copy them in, or set GITHUB_WORKSPACE)`);
}
/** A file an input names; an InputError naming the input when unreadable. */
async function readInputFile(input, file) {
    try {
        return await (0,promises_.readFile)(file);
    }
    catch (error) {
        const code = error.code;
        throw new errors/* InputError */.dz('PROVENANCE_FILE_UNREADABLE', `input "${input}": cannot read ${file}${code === 'ENOENT' ? ' (no such file)' : typeof code === 'string' ? ` (${code})` : ''}`, { cause: error });
    }
}

;// CONCATENATED MODULE: ./src/io/provenance/inputs-files.ts
/**
 * The files the provenance inputs name besides the subjects: the SBOM
 * (sbom-path), another predicate (predicate-path) and a rebuild verdict
 * (reproducible-verdict). All are read and checked before anything is
 * signed, so a bad file fails the run with nothing written.
 */





async function loadInputFiles(inputs, workspace) {
    const resolve = (p) => external_node_path_default().resolve(workspace, p);
    let sbom;
    if (inputs.sbomPath !== undefined) {
        const bytes = await readInputFile('sbom-path', resolve(inputs.sbomPath));
        const document = parseJsonObject('sbom-path', inputs.sbomPath, bytes);
        const format = detectSbomFormat(document, 'sbom-path');
        sbom = {
            document,
            format,
            file: {
                name: external_node_path_default().basename(inputs.sbomPath),
                sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
                predicateBytes: Buffer.byteLength(JSON.stringify(document))
            }
        };
    }
    let predicate;
    if (inputs.predicate !== undefined) {
        const file = inputs.predicate.path;
        const bytes = await readInputFile('predicate-path', resolve(file));
        const document = parseJsonObject('predicate-path', file, bytes);
        if (Buffer.byteLength(JSON.stringify(document)) > MAX_PREDICATE_BYTES) {
            throw new errors/* InputError */.dz('PROVENANCE_PREDICATE_TOO_LARGE', `input "predicate-path": ${file} is larger than GitHub's 16 MB predicate limit; attest a smaller predicate or one that references the data by digest`);
        }
        predicate = { type: inputs.predicate.type, document };
    }
    let verdict;
    if (inputs.reproducibleVerdict !== undefined) {
        const file = inputs.reproducibleVerdict;
        const bytes = await readInputFile('reproducible-verdict', resolve(file));
        verdict = {
            file,
            document: parseJsonObject('reproducible-verdict', file, bytes)
        };
    }
    return { sbom, predicate, verdict };
}
function parseJsonObject(input, file, bytes) {
    let value;
    try {
        value = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new errors/* InputError */.dz('PROVENANCE_FILE_NOT_JSON', `input "${input}": ${file} is not JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new errors/* InputError */.dz('PROVENANCE_FILE_NOT_OBJECT', `input "${input}": ${file} must hold a JSON object`);
    }
    return value;
}

// EXTERNAL MODULE: ./src/io/provenance/signing.ts
var signing = __webpack_require__(80721);
// EXTERNAL MODULE: ./src/lib/sign/concurrency.ts
var concurrency = __webpack_require__(22502);
;// CONCATENATED MODULE: ./src/io/provenance/store.ts
/**
 * Stores every bundle in GitHub's attestation store, `concurrency` at a
 * time. The first failure stops new requests (a 403 or 404 would repeat for
 * every bundle); then `on-store-error` decides: fail the run, or warn and
 * go on with the files alone.
 */


async function storeBundles(bundles, store, options) {
    const stored = [];
    let failure;
    await (0,concurrency/* mapWithConcurrency */.W)(bundles, options.concurrency, async (bundle, i) => {
        if (failure !== undefined)
            return;
        try {
            stored[i] = await store.store(bundle);
        }
        catch (error) {
            failure ??= error;
        }
    });
    const done = stored.filter((s) => s !== undefined);
    if (failure === undefined)
        return { stored: done, warning: undefined };
    const message = failure instanceof Error ? failure.message : JSON.stringify(failure);
    if (options.onStoreError === 'fail') {
        throw failure instanceof errors/* ServiceError */._7
            ? failure
            : new errors/* ServiceError */._7('github', message, { cause: failure });
    }
    const warning = `${message} (on-store-error: warn: ${done.length} of ${bundles.length} bundle(s) stored; the files are written all the same)`;
    options.logger.warning(warning);
    return { stored: done, warning };
}
function missingGitHubToken() {
    return new errors/* InputError */.dz('PROVENANCE_NO_GITHUB_TOKEN', 'storing attestations needs "github-token" (the workflow\'s token by default; GITHUB_TOKEN for the CLI): give one, or set `store: false`');
}

// EXTERNAL MODULE: ./src/io/oci/registries.ts
var registries = __webpack_require__(3687);
// EXTERNAL MODULE: ./src/io/oci/store.ts
var store = __webpack_require__(70095);
;// CONCATENATED MODULE: ./src/io/oci/attest-images.ts


/** The images as statement subjects, leaving out those already given. */
function imageSubjects(images, given) {
    return images
        .map(registries/* imageSubject */.m1)
        .filter((s) => !given.some((g) => g.name === s.name && g.digest.sha256 === s.digest.sha256));
}
/** Every signed statement stored beside each image it names, one image at a time per statement. */
async function pushImageAttestations(images, signed, options) {
    const pushed = [];
    for (const image of images) {
        const hex = image.digest.slice('sha256:'.length);
        for (const s of signed) {
            if (!s.statement.subject.some((subject) => subject.digest.sha256 === hex))
                continue;
            const stored = await (0,store/* storeDsseBundle */.vY)(image, s.bundle, s.statement.predicateType, options.format, options.now());
            pushed.push({
                image: `${image.name}@${image.digest}`,
                predicateType: s.statement.predicateType,
                ...stored
            });
            options.logger.info(`pushed the ${s.statement.predicateType} attestation of ${image.name}@${image.digest}${stored.tag ? ` to ${stored.tag}` : ''}${stored.referrer ? ` and as referrer ${stored.referrer}` : ''}`);
        }
    }
    return pushed;
}

;// CONCATENATED MODULE: ./src/io/provenance/attest.ts
/**
 * The provenance action and `provenant attest`, one core: subjects ->
 * verified claims -> predicates (SLSA provenance, SBOM, another) -> one
 * statement per chunk of subjects (or per subject) -> signed through the
 * sign core with one certificate -> stored with GitHub -> every file
 * written at once (bundles, <name>.intoto.jsonl, build-provenance.json), or
 * none when anything fails.
 */



















async function attestProvenance(inputs, deps) {
    const secrets = new Set();
    const onSecret = (secret) => {
        secrets.add(secret);
        deps.onSecret(secret);
    };
    for (const s of [inputs.signing.identityToken, deps.githubToken]) {
        if (s)
            onSecret(s);
    }
    try {
        return await run(inputs, { ...deps, onSecret });
    }
    catch (error) {
        throw (0,net_secrets/* scrubSecrets */.Zg)(error, secrets);
    }
}
async function run(inputs, deps) {
    const { logger } = deps;
    const retry = (0,net_retry/* createRetryContext */.UF)(inputs.signing, logger, deps.environment);
    // Everything the user gave is read and checked before any service is asked.
    const { fence, outputDir, subjects, images, files } = await readGiven(inputs, deps, retry);
    const signer = await (0,signing/* createProvenanceSigner */.k)(inputs.signing, {
        resolve: (p) => external_node_path_default().resolve(fence.base, p),
        env: deps.env,
        visibility: deps.visibility,
        retry,
        onSecret: deps.onSecret
    });
    const claims = await fetchVerifiedClaims({
        tokens: signer.tokens,
        issuer: (0,provenance_claims/* expectedIssuer */.k2)(deps.serverUrl, inputs.oidcIssuer),
        audience: oidc/* SIGSTORE_AUDIENCE */.OH,
        retry
    });
    logger.info(`Provenance for ${subjects.length} subject(s) built by ${claims.job_workflow_ref} at ${claims.sha} (run ${claims.run_id}, attempt ${claims.run_attempt})`);
    const predicates = predicatesFor(claims, deps.serverUrl, files, logger);
    const verdict = readVerdict(files, subjects);
    logger.info(`reproducible: ${verdict.reproducible} (${verdict.reason})`);
    const summary = buildBuildProvenanceSummary(claims, deps.serverUrl, verdict.reproducible);
    const planned = planStatements(subjects, predicates, {
        singleSubject: inputs.singleSubject,
        bundleName: inputs.bundleName
    });
    const signed = await (0,signing/* signStatements */.K)(signer, planned, inputs.signing.concurrency);
    const who = await signer.session.identity();
    logger.info(`Signed ${signed.length} statement(s) with ${signer.session.certificatesIssued} certificate(s)${who ? ` for ${who.identity}` : ''}`);
    const { pushed, stored } = await shipSigned(inputs, deps, {
        images,
        signed,
        repository: claims.repository,
        retry
    });
    const written = await writeOutputs(outputDir, inputs.bundleName, signed, summary);
    return {
        subjects: subjects.length,
        ...written,
        summary,
        attestationIds: stored.stored.map((s) => s.id),
        attestationUrls: stored.stored.map((s) => s.url),
        storeWarning: stored.warning,
        identity: who?.identity,
        pushed,
        certificatesIssued: signer.session.certificatesIssued
    };
}
/** The signed statements pushed beside the images and stored with GitHub, as the inputs ask. */
async function shipSigned(inputs, deps, ship) {
    const { images, signed, repository, retry } = ship;
    const pushed = inputs.pushToRegistry
        ? await pushImageAttestations(images, signed.map((s) => ({
            statement: s.planned.statement,
            bundle: s.bundle
        })), {
            format: inputs.ociFormat,
            now: () => retry.env.now(),
            logger: deps.logger
        })
        : [];
    const stored = inputs.store
        ? await storeWithGitHub(inputs, deps, repository, signed, retry)
        : { stored: [], warning: undefined };
    return { pushed, stored };
}
/** The output folder, the subjects (files, digests, images) and the files the predicates take, all read and checked. */
async function readGiven(inputs, deps, retry) {
    const fence = await (0,path_fence/* realFence */.u5)(deps.fence);
    const outputDir = await (0,path_fence/* resolveWritableDir */.YU)(fence, {
        input: 'output-dir',
        given: inputs.outputDir ?? '.',
        code: 'PROVENANCE_OUTPUT_OUTSIDE_WORKSPACE',
        fileCode: 'PROVENANCE_OUTPUT_NOT_A_DIRECTORY'
    });
    const subjects = await resolveSubjects(inputs.subjects, fence, outputDir);
    const files = await loadInputFiles(inputs, fence.base);
    if (inputs.store && !deps.githubToken) {
        throw missingGitHubToken();
    }
    // Images last: resolving them asks their registries.
    const images = await (0,registries/* resolveImageInputs */.$l)(inputs, {
        env: deps.registryEnv ?? process.env,
        retry,
        logger: deps.logger
    });
    subjects.push(...imageSubjects(images, subjects));
    return { fence, outputDir, subjects, images, files };
}
/** The predicates, with a warning when the SBOM is too large to carry. */
function predicatesFor(claims, serverUrl, files, logger) {
    const { predicates, sbomReferenced } = buildPredicates(claims, serverUrl, files);
    if (sbomReferenced) {
        logger.warning(`The SBOM ${sbomReferenced.name} (${sbomReferenced.predicateBytes} bytes as JSON) is over GitHub's 16 MB predicate limit: its statement references it by name and sha256:${sbomReferenced.sha256} instead of carrying it; publish the SBOM as a release asset beside the bundles`);
    }
    return predicates;
}
/** The reproducible-verdict input checked against the subjects, or "not reproducible". */
function readVerdict(files, subjects) {
    return files.verdict
        ? parseReproducibleVerdict(files.verdict.document, { input: 'reproducible-verdict', file: files.verdict.file }, subjects)
        : { reproducible: false, reason: 'no "reproducible-verdict" given' };
}
/** The bundles stored as attestations of the repository the token names. */
async function storeWithGitHub(inputs, deps, repository, signed, retry) {
    const { owner, repo } = (0,provenance_claims/* splitRepository */.T8)(repository);
    const store = (deps.createStore ?? attestations/* createGitHubAttestationStore */.LT)({
        apiUrl: deps.apiUrl,
        serverUrl: deps.serverUrl,
        owner,
        repo,
        token: deps.githubToken,
        retry
    });
    const stored = await storeBundles(signed.map((s) => s.bundle), store, {
        onStoreError: inputs.onStoreError,
        concurrency: inputs.signing.concurrency,
        logger: deps.logger
    });
    deps.logger.info(`Stored ${stored.stored.length} attestation(s) with GitHub`);
    return stored;
}
/** Every bundle, the .intoto.jsonl and build-provenance.json, written at once. */
async function writeOutputs(outputDir, bundleName, signed, summary) {
    const jsonl = external_node_path_default().join(outputDir, intotoJsonlFile(bundleName));
    const buildProvenance = external_node_path_default().join(outputDir, BUILD_PROVENANCE_FILE);
    await (0,atomic_write/* writeFilesAtomically */.i)([
        ...signed.map((s) => ({
            path: external_node_path_default().join(outputDir, s.planned.bundleFile),
            content: `${JSON.stringify(s.bundle)}\n`
        })),
        {
            path: jsonl,
            content: signed.map((s) => `${JSON.stringify(s.bundle)}\n`).join('')
        },
        { path: buildProvenance, content: `${JSON.stringify(summary, null, 2)}\n` }
    ]);
    return {
        bundles: signed.map((s) => ({
            kind: s.planned.kind,
            path: external_node_path_default().join(outputDir, s.planned.bundleFile),
            predicateType: s.planned.statement.predicateType,
            subjects: s.planned.statement.subject.length
        })),
        intotoJsonl: jsonl,
        buildProvenance
    };
}

// EXTERNAL MODULE: ./src/io/github/environment.ts
var environment = __webpack_require__(7559);
// EXTERNAL MODULE: ./src/io/sign/visibility.ts
var visibility = __webpack_require__(73490);
// EXTERNAL MODULE: ./src/lib/provenance/inputs.ts
var inputs = __webpack_require__(53986);
// EXTERNAL MODULE: ./src/lib/provenance/parse-inputs.ts + 1 modules
var parse_inputs = __webpack_require__(52119);
// EXTERNAL MODULE: ./src/lib/oci/reference.ts
var reference = __webpack_require__(25996);
// EXTERNAL MODULE: ./src/lib/subject/digest.ts
var digest = __webpack_require__(5642);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/cli/input-flags.ts
var input_flags = __webpack_require__(40440);
// EXTERNAL MODULE: ./src/cli/output.ts
var cli_output = __webpack_require__(96657);
;// CONCATENATED MODULE: ./src/cli/commands/attest.ts
/**
 * `provenant attest <file>...`: the provenance action's core from the
 * command line. Every action input is a flag of the same name; arguments of
 * the form sha256:<hex> (or sha512:<hex>) are subject digests, the others
 * subject paths; `--local` attests against the embedded local stack (and
 * writes its trusted_root.json beside the outputs); `--json` prints what was
 * written and stored.
 */











const USAGE = 'provenant attest <file|sha256:hex|oci://registry/repository@sha256:digest>... [--push-to-registry] [--output-dir DIR] [--single-subject] [--sbom-path FILE] [--local] [--json] [--<input> VALUE]...';
const ATTEST_FLAGS = {
    ...inputs/* PROVENANCE_INPUTS */.oC,
    local: input_flags/* LOCAL_FLAG */.jI,
    json: input_flags/* JSON_FLAG */.KH
};
const attestCommand = {
    name: 'attest',
    summary: 'SLSA build provenance (and SBOM) attestations, signed and stored',
    usage: USAGE,
    details: 'The subjects may also be given as arguments: files, globs, sha256:<hex> digests, or oci:// images (a tag is resolved to its digest once).',
    flags: ATTEST_FLAGS,
    async run(argv, output) {
        const { values, positionals, flags } = (0,input_flags/* parseInputFlags */.zq)(argv, ATTEST_FLAGS);
        const source = withPositionals(flags, positionals);
        const env = process.env;
        const base = {
            fence: (0,path_fence/* openFence */._R)(process.cwd()),
            visibility: await (0,visibility/* readRepositoryVisibility */.p)(env),
            logger: (0,cli_output/* stderrLogger */.D)(output),
            onSecret: () => undefined
        };
        const attest = (inputs, deps) => attestProvenance(inputs, { ...base, ...deps });
        let result;
        let trustedRoot;
        if (values.local === true) {
            // Loaded only here: the embedded stack is most of the CLI's code.
            const { attestWithLocalStack } = await Promise.all(/* import() */[__webpack_require__.e(1306), __webpack_require__.e(8815), __webpack_require__.e(4037), __webpack_require__.e(3604), __webpack_require__.e(2186)]).then(__webpack_require__.bind(__webpack_require__, 62186));
            ({ result, trustedRoot } = await attestWithLocalStack(source, attest));
        }
        else {
            const inputs = (0,parse_inputs/* parseProvenanceInputs */.S)(source);
            trustedRoot = inputs.signing.trustedRoot;
            result = await attest(inputs, {
                env,
                serverUrl: (0,environment/* githubServerUrl */.EI)(env),
                apiUrl: (0,environment/* githubApiUrl */.BN)(env),
                githubToken: inputs.githubToken ?? env.GITHUB_TOKEN
            });
        }
        print(output, result, trustedRoot, values.json === true);
        return 0;
    }
};
/** Positional arguments: digests join subject-digest, the rest subject-path. */
function withPositionals(flags, positionals) {
    // `sha256:zz` is a digest spelt wrong (parseDigest says so), not a file.
    const isDigest = (p) => (0,digest/* looksLikeDigest */.yw)(p) || (/^sha\d+:/i.test(p) && !(0,external_node_fs_.existsSync)(p));
    const images = positionals.filter(reference/* isImageReference */.hb);
    const rest = positionals.filter((p) => !(0,reference/* isImageReference */.hb)(p));
    const digests = rest.filter(isDigest);
    const paths = rest.filter((p) => !isDigest(p));
    return (0,input_flags/* withArguments */.$I)(flags, {
        'subject-path': paths,
        'subject-digest': digests,
        images
    });
}
function print(output, result, trustedRoot, json) {
    if (json) {
        output.out(JSON.stringify({
            subjects: result.subjects,
            bundles: result.bundles,
            intotoJsonl: result.intotoJsonl,
            buildProvenance: result.buildProvenance,
            summary: result.summary,
            attestationIds: result.attestationIds,
            attestationUrls: result.attestationUrls,
            storeWarning: result.storeWarning ?? null,
            pushed: result.pushed,
            certificateIdentity: result.identity ?? null,
            certificatesIssued: result.certificatesIssued,
            trustedRoot: trustedRoot ?? null
        }, null, 2));
        return;
    }
    for (const b of result.bundles)
        output.out(b.path);
    output.out(result.intotoJsonl);
    output.out(result.buildProvenance);
    for (const url of result.attestationUrls)
        output.err(`stored: ${url}`);
    for (const p of result.pushed)
        output.err(`pushed: ${p.image} ${p.predicateType}${p.tag ? ` ${p.tag}` : ''}${p.referrer ? ` ${p.referrer}` : ''}`);
    if (trustedRoot)
        output.err(`trusted root: ${trustedRoot}`);
}


/***/ }),

/***/ 90808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   Rs: () => (/* binding */ sha256Files),
/* harmony export */   TM: () => (/* binding */ digestFile)
/* harmony export */ });
/* unused harmony exports READ_BYTES, WORKER_THRESHOLD_BYTES, MAX_HASH_WORKERS, MAIN_THREAD_CONCURRENCY */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _lib_sign_concurrency_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22502);
/**
 * The one hasher for every digest of a file. One file: read whole up to
 * 4 MiB, in 4 MiB reads past that, every algorithm asked for fed in the
 * same pass. Many files (SHA-256): one worker
 * thread per core when there is enough data to keep them busy (Node hashes
 * on the thread that calls update, so a single thread is bound to one core).
 * Small sets are hashed on the main thread, where a worker's start-up would
 * dominate, a few files at a time.
 */






/** 4 MiB reads: past this, larger reads gain nothing measurable. */
const READ_BYTES = 4 * 1024 * 1024;
/** Below this many bytes in all, workers cost more than they save. */
const WORKER_THRESHOLD_BYTES = 64 * 1024 * 1024;
const MAX_HASH_WORKERS = 8;
/** Files read at once on the main thread: small files wait on I/O, not the CPU. */
const MAIN_THREAD_CONCURRENCY = 8;
/**
 * The worker's code, evaluated as CommonJS (bundlers leave it alone): it
 * hashes the files it is sent with synchronous 4 MiB reads into one buffer.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const fs = require('node:fs')
const buffer = Buffer.allocUnsafe(workerData.readBytes)
parentPort.on('message', (path) => {
  try {
    const hash = createHash('sha256')
    const fd = fs.openSync(path, 'r')
    try {
      for (;;) {
        const n = fs.readSync(fd, buffer, 0, buffer.length, null)
        if (n === 0) break
        hash.update(n === buffer.length ? buffer : buffer.subarray(0, n))
      }
    } finally {
      fs.closeSync(fd)
    }
    parentPort.postMessage({ path, sha256: hash.digest('hex') })
  } catch (error) {
    parentPort.postMessage({ path, error: String(error && error.message || error) })
  }
})
`;
/**
 * Hex digests of one file, every algorithm in one pass (node:crypto names:
 * sha256, sha512, blake2b512, ...). A file of up to READ_BYTES is read in
 * one call; a stream's buffers are as large as its reads, so a larger read
 * size would cost small files dearly.
 */
async function digestFile(path, algorithms) {
    return digestOfSize(path, algorithms, (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path)).size);
}
async function sha256File(path) {
    return (await digestFile(path, ['sha256'])).sha256;
}
/** Digests in the order of `paths`. */
async function sha256Files(paths, parallelism = node_os__WEBPACK_IMPORTED_MODULE_3___default().availableParallelism()) {
    const sizes = await Promise.all(paths.map(async (p) => (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(p)).size));
    const total = sizes.reduce((a, b) => a + b, 0);
    const workers = Math.min(parallelism, paths.length, MAX_HASH_WORKERS);
    const digests = workers < 2 || total < WORKER_THRESHOLD_BYTES
        ? await hashOnMainThread(paths, sizes)
        : await hashInWorkers(paths, sizes, workers);
    return paths.map((path, i) => ({
        path,
        sha256: digests[i],
        size: sizes[i]
    }));
}
function hashOnMainThread(paths, sizes) {
    return (0,_lib_sign_concurrency_js__WEBPACK_IMPORTED_MODULE_5__/* .mapWithConcurrency */ .W)(paths, MAIN_THREAD_CONCURRENCY, async (path, i) => (await digestOfSize(path, ['sha256'], sizes[i])).sha256);
}
/** digestFile for a file whose size is known (read whole or streamed by it). */
async function digestOfSize(path, algorithms, size) {
    const hashes = algorithms.map((a) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(a));
    if (size <= READ_BYTES) {
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(path);
        for (const hash of hashes)
            hash.update(bytes);
    }
    else {
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, {
            highWaterMark: READ_BYTES
        })) {
            for (const hash of hashes)
                hash.update(chunk);
        }
    }
    return Object.fromEntries(algorithms.map((a, i) => [a, hashes[i].digest('hex')]));
}
/** Largest files first, each to whichever worker is free. */
async function hashInWorkers(paths, sizes, count) {
    const queue = paths.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a]);
    const digests = new Array(paths.length);
    const run = async () => {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker(WORKER_SOURCE, {
            eval: true,
            workerData: { readBytes: READ_BYTES }
        });
        try {
            for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
                const answer = await ask(worker, paths[i]);
                if (answer.error !== undefined || answer.sha256 === undefined) {
                    throw new Error(`cannot read ${paths[i]}: ${answer.error ?? 'no digest'}`);
                }
                digests[i] = answer.sha256;
            }
        }
        catch (error) {
            queue.length = 0;
            throw error;
        }
        finally {
            await worker.terminate();
        }
    };
    await Promise.all(Array.from({ length: count }, run));
    return digests;
}
function ask(worker, path) {
    return new Promise((resolve, reject) => {
        const onMessage = (answer) => {
            worker.off('error', onError);
            resolve(answer);
        };
        const onError = (error) => {
            worker.off('message', onMessage);
            reject(error);
        };
        worker.once('message', onMessage);
        worker.once('error', onError);
        worker.postMessage(path);
    });
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

/***/ 48363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dU: () => (/* binding */ gitHubStatusOf),
/* harmony export */   en: () => (/* binding */ gitHubDetailOf),
/* harmony export */   jh: () => (/* binding */ GitHubClient)
/* harmony export */ });
/* unused harmony exports GITHUB_API_VERSION, nextPageUrl */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97268);
/* harmony import */ var _net_http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95854);
/* harmony import */ var _net_retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69961);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7559);
/**
 * The one GitHub REST client: every call to GitHub (attestations, releases,
 * their assets) goes through it and through the network kernel. Its base is
 * GITHUB_API_URL (a GitHub Enterprise Server's `https://host/api/v3` too);
 * lists are read page by page following the Link header's rel="next";
 * 429, 5xx and network faults are retried with backoff within the budget;
 * a rate limit (403 or 429 with `x-ratelimit-remaining: 0` or a
 * Retry-After) is waited out when it resets within the budget, and
 * otherwise ends the call with an error that says when it resets. The
 * token goes in the Authorization header only, and is masked in errors.
 */






const GITHUB_API_VERSION = '2022-11-28';
const JSON_MEDIA_TYPE = 'application/vnd.github+json';
const PER_PAGE = 100;
/** A list longer than this many pages is a server that never ends it. */
const MAX_PAGES = 1000;
const MAX_REDIRECTS = 5;
class GitHubClient {
    apiUrl;
    #token;
    #retry;
    constructor(options = {}) {
        this.apiUrl = (0,_environment_js__WEBPACK_IMPORTED_MODULE_5__/* .trimSlashes */ .uT)(options.apiUrl || _environment_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_GITHUB_API_URL */ .xw);
        this.#token = options.token || undefined;
        this.#retry = options.retry ?? (0,_net_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultRetryContext */ .N1)();
    }
    /** An API path (`/repos/...`) under the base, or an absolute URL as given. */
    url(pathOrUrl) {
        return /^https?:\/\//i.test(pathOrUrl)
            ? pathOrUrl
            : `${this.apiUrl}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`;
    }
    /** One call, its JSON answer parsed (`{}` for an empty body). */
    async call(pathOrUrl, call = {}) {
        const response = await this.#send(this.url(pathOrUrl), call);
        const text = response.body.toString('utf8');
        return {
            status: response.status,
            headers: response.headers,
            data: (text ? JSON.parse(text) : {})
        };
    }
    /** A GET whose 404 means "none": undefined then. */
    async getOptional(pathOrUrl) {
        try {
            return (await this.call(pathOrUrl)).data;
        }
        catch (error) {
            if (gitHubStatusOf(error) === 404)
                return undefined;
            throw error;
        }
    }
    /**
     * Every item of a paged list: `per_page=100` unless the path sets it,
     * then each rel="next" page. `items` picks the list out of a page (for
     * answers like `{ attestations: [...] }`); the page itself by default.
     */
    async paginate(pathOrUrl, items = (page) => Array.isArray(page) ? page : []) {
        const all = [];
        const seen = new Set();
        let next = withPerPage(this.url(pathOrUrl));
        while (next !== undefined && !seen.has(next) && seen.size < MAX_PAGES) {
            seen.add(next);
            const page = await this.call(next);
            all.push(...items(page.data));
            next = nextPageUrl(page.headers.link);
        }
        return all;
    }
    /** Downloads bytes (a release asset) to `file`, following redirects; retried whole. */
    async download(pathOrUrl, file) {
        const url = this.url(pathOrUrl);
        await this.#retried('GET', url, async (timeoutMs) => {
            const response = await (0,_net_http_js__WEBPACK_IMPORTED_MODULE_3__/* .requestStream */ .yH)(url, {
                method: 'GET',
                headers: this.#headers('application/octet-stream'),
                timeoutMs,
                maxRedirects: MAX_REDIRECTS
            });
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_1__.pipeline)(response.body, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(file));
        });
    }
    async #send(url, call) {
        const method = call.method ?? 'GET';
        const body = call.json !== undefined ? JSON.stringify(call.json) : call.body;
        const contentType = call.json !== undefined ? 'application/json' : call.contentType;
        const headers = {
            ...this.#headers(call.accept ?? JSON_MEDIA_TYPE),
            ...(contentType ? { 'content-type': contentType } : {})
        };
        return this.#retried(method, url, (timeoutMs) => (0,_net_http_js__WEBPACK_IMPORTED_MODULE_3__/* .request */ .Em)(url, {
            method,
            headers,
            timeoutMs,
            maxRedirects: MAX_REDIRECTS,
            ...(body !== undefined ? { body } : {})
        }));
    }
    /**
     * `attempt` retried within the budget; a rate-limit answer becomes the
     * error that says when the limit resets (waited out when it is soon).
     */
    #retried(method, url, attempt) {
        return (0,_net_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .withRetry */ .bD)('github', `${method} ${url}`, this.#retry, async ({ timeoutMs }) => {
            try {
                return await attempt(timeoutMs);
            }
            catch (error) {
                throw toRateLimitError(error, this.#retry) ?? error;
            }
        });
    }
    #headers(accept) {
        return {
            accept,
            'x-github-api-version': GITHUB_API_VERSION,
            ...(this.#token ? { authorization: `Bearer ${this.#token}` } : {})
        };
    }
}
/** The HTTP status GitHub answered, read from what a GitHubClient call threw. */
function gitHubStatusOf(error) {
    if (error instanceof _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServiceError */ ._7 && error.service === 'github') {
        return error.status;
    }
    return error instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_3__/* .HttpStatusError */ .F9 ? error.statusCode : undefined;
}
/** GitHub's own words for a refusal (its `message`), `: <message>` or empty. */
function gitHubDetailOf(error) {
    for (let link = error; link instanceof Error; link = link.cause) {
        if (link instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_3__/* .HttpStatusError */ .F9) {
            const words = link.message.replace(/^\(\d+\)\s*/, '').trim();
            return words ? `: ${words}` : '';
        }
    }
    return '';
}
/**
 * A 403 or 429 that is a rate limit, as a retryable error that waits for
 * the reset (x-ratelimit-reset, or Retry-After for a secondary limit).
 */
function toRateLimitError(error, retry) {
    if (!(error instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_3__/* .HttpStatusError */ .F9))
        return undefined;
    const { statusCode: status, headers } = error;
    if (status !== 403 && status !== 429)
        return undefined;
    const exhausted = header(headers, 'x-ratelimit-remaining') === '0';
    if (!exhausted && error.retryAfterMs === undefined)
        return undefined;
    const now = retry.env.now().getTime();
    const resetSeconds = Number(header(headers, 'x-ratelimit-reset'));
    // Retry-After (a secondary limit) says how long; x-ratelimit-reset says
    // when, to the second, so a second more is waited; a minute without either.
    const resetAtMs = error.retryAfterMs !== undefined
        ? now + error.retryAfterMs
        : Number.isFinite(resetSeconds) && resetSeconds > 0
            ? resetSeconds * 1000
            : now + 60_000;
    const waitMs = Math.max(0, resetAtMs - now) + (error.retryAfterMs !== undefined ? 0 : 1000);
    const when = new Date(resetAtMs).toISOString();
    const rateError = new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ServiceError */ ._7('github', `GitHub's API rate limit is exhausted (HTTP ${status}); it resets at ${when}, in ${Math.ceil(waitMs / 1000)} s: give a token ("github-token" or GITHUB_TOKEN) for a higher limit, or try again after the reset`, { status, retryable: true, cause: error });
    return Object.assign(rateError, { waitMs });
}
/** The rel="next" address of a Link header: GitHub's pagination. */
function nextPageUrl(link) {
    const text = Array.isArray(link) ? link.join(',') : (link ?? '');
    for (const part of text.split(',')) {
        const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
        if (match)
            return match[1];
    }
    return undefined;
}
function withPerPage(url) {
    const parsed = new URL(url);
    if (!parsed.searchParams.has('per_page')) {
        parsed.searchParams.set('per_page', String(PER_PAGE));
    }
    return parsed.toString();
}
function header(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
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

/***/ 53986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OH: () => (/* binding */ GITHUB_TOKEN_DEFAULT),
/* harmony export */   dh: () => (/* binding */ DEFAULT_BUNDLE_NAME),
/* harmony export */   oC: () => (/* binding */ PROVENANCE_INPUTS),
/* harmony export */   oL: () => (/* binding */ ON_STORE_ERROR_CHOICES)
/* harmony export */ });
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65680);
/* harmony import */ var _inputs_shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54476);
/* harmony import */ var _sign_signing_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44042);
/**
 * The provenance action's inputs: one table for actions/provenance/action.yml
 * and the `provenant attest` flags. Inputs shared with the sign action are
 * the signing core's entries, so both spell and describe them the same.
 */



const DEFAULT_BUNDLE_NAME = 'provenance';
const ON_STORE_ERROR_CHOICES = ['fail', 'warn'];
/** The value action.yml gives github-token; the CLI, outside Actions, reads it as absent. */
const GITHUB_TOKEN_DEFAULT = '${{ github.token }}';
const PROVENANCE_INPUTS = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_0__/* .defineInputs */ .pf)({
    'subject-path': {
        kind: 'list',
        description: 'Artifacts to attest: paths or globs, newline or space separated, inside the workspace. Give exactly one of subject-path, subject-checksums, or subject-digest with subject-name.'
    },
    'subject-checksums': {
        kind: 'string',
        description: 'A checksums file as sha256sum, sha512sum or shasum write it (e.g. goreleaser’s checksums.txt): one subject per line, SHA-256 or SHA-512.'
    },
    'subject-digest': {
        kind: 'list',
        description: 'Digests of artifacts to attest, sha256:<hex> or sha512:<hex>, newline or space separated; subject-name names each.'
    },
    'subject-name': {
        kind: 'list',
        description: 'The names of the subject-digest artifacts, in the same order (one per digest).'
    },
    images: _inputs_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .IMAGES_INPUT */ .o7,
    'push-to-registry': {
        kind: 'boolean',
        default: 'false',
        description: 'Also push every attestation to the registry of each image it names (images, or subject-digest subjects named <registry>/<repository>), where cosign and Provenant verifiers look (see oci-format); needs write access to the registry.'
    },
    'oci-format': _inputs_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_FORMAT_INPUT */ .jC,
    'insecure-registry': _inputs_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .INSECURE_REGISTRY_INPUT */ .wJ,
    'single-subject': {
        kind: 'boolean',
        default: 'false',
        description: 'Write one statement (and bundle) per subject, as PEP 740 tooling and per-asset verification need, instead of one statement for up to 1,000 subjects.'
    },
    'sbom-path': {
        kind: 'string',
        description: 'A CycloneDX or SPDX 2.x JSON SBOM: also attests it for the same subjects (over GitHub’s 16 MB limit, the statement references it by name and digest).'
    },
    'predicate-type': _inputs_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .PREDICATE_TYPE_INPUT */ .Et,
    'predicate-path': {
        kind: 'string',
        description: 'A JSON file holding the predicate of predicate-type (at most 16 MB).'
    },
    'bundle-name': {
        kind: 'string',
        default: DEFAULT_BUNDLE_NAME,
        description: 'Base name of the files written: <bundle-name>.intoto.jsonl (every bundle, one a line) and <bundle-name>.sigstore.json.'
    },
    'output-dir': _inputs_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT_DIR_INPUT */ .n6,
    store: {
        kind: 'boolean',
        default: 'true',
        description: 'Store every bundle in the repository’s GitHub attestation store (needs `permissions: attestations: write`); false only writes the files.'
    },
    'on-store-error': {
        kind: 'string',
        default: 'fail',
        description: 'What a refused store does (403 or 404: GitHub Enterprise Server or a plan without artifact attestations): fail the step, or warn and keep the files.'
    },
    'reproducible-verdict': {
        kind: 'string',
        description: 'A rebuild verdict (report.json, statement or bundle): build-provenance.json says reproducible only when it says so.'
    },
    'oidc-issuer': {
        kind: 'string',
        description: 'The issuer the OIDC token must come from; by default GitHub’s for the server the workflow runs on.'
    },
    'github-token': _inputs_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_TOKEN_INPUT */ .vu,
    ..._sign_signing_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INSTANCE_INPUTS */ .mh,
    concurrency: _sign_signing_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .CONCURRENCY_INPUT */ .Do,
    ..._sign_signing_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .RETRY_INPUTS */ .fK
});


/***/ }),

/***/ 52119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ parseProvenanceInputs)
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/inputs/index.ts + 3 modules
var lib_inputs = __webpack_require__(65680);
// EXTERNAL MODULE: ./src/lib/sign/signing-inputs.ts
var signing_inputs = __webpack_require__(44042);
// EXTERNAL MODULE: ./src/lib/provenance/inputs.ts
var provenance_inputs = __webpack_require__(53986);
// EXTERNAL MODULE: ./src/lib/subject/digest.ts
var subject_digest = __webpack_require__(5642);
// EXTERNAL MODULE: ./src/lib/subject/subject.ts
var subject = __webpack_require__(65576);
;// CONCATENATED MODULE: ./src/lib/provenance/subject-source.ts
/**
 * Where a run's subjects come from: exactly one of subject-path (globs),
 * subject-checksums (a file), or subject-digest with subject-name. Digests
 * are parsed here; paths and checksum files are read in src/io.
 */



function parseSubjectSource(raw) {
    const given = [
        raw.paths.length > 0 ? '"subject-path"' : undefined,
        raw.checksums !== undefined ? '"subject-checksums"' : undefined,
        raw.digests.length > 0 ? '"subject-digest"' : undefined
    ].filter((name) => name !== undefined);
    if (given.length === 0) {
        throw new errors/* InputError */.dz('PROVENANCE_NO_SUBJECT', 'no subject: give one of "subject-path" (files or globs), "subject-checksums" (a checksums file), or "subject-digest" with "subject-name"');
    }
    if (given.length > 1) {
        throw new errors/* InputError */.dz('PROVENANCE_SUBJECT_SOURCES', `inputs ${given.join(' and ')} exclude each other: give exactly one subject source (attest the others in another step)`);
    }
    if (raw.names.length > 0 && raw.digests.length === 0) {
        throw new errors/* InputError */.dz('PROVENANCE_SUBJECT_NAME_ALONE', 'input "subject-name" names the subjects of "subject-digest", which is empty; with "subject-path" the file names are used');
    }
    if (raw.paths.length > 0)
        return { kind: 'path', patterns: raw.paths };
    if (raw.checksums !== undefined) {
        return { kind: 'checksums', file: raw.checksums };
    }
    return { kind: 'digest', subjects: parseDigestSubjects(raw) };
}
function parseDigestSubjects(raw) {
    const problems = [];
    if (raw.names.length !== raw.digests.length) {
        problems.push(new errors/* InputError */.dz('PROVENANCE_SUBJECT_NAME_COUNT', `input "subject-name" gives ${raw.names.length} name(s) for ${raw.digests.length} "subject-digest" digest(s): give one name per digest, in the same order`));
    }
    const subjects = [];
    raw.digests.forEach((text, index) => {
        try {
            const digest = (0,subject_digest/* parseDigest */.m)('subject-digest', text);
            subjects.push((0,subject/* buildSubject */.D5)(raw.names[index] ?? '', digest));
        }
        catch (error) {
            if (error instanceof errors/* InputError */.dz)
                problems.push(error);
            else
                throw error;
        }
    });
    if (problems.length > 0)
        throw new errors/* InputErrors */.G(problems);
    return (0,subject/* dedupeSubjects */.lT)(subjects);
}

// EXTERNAL MODULE: ./src/lib/oci/inputs.ts + 1 modules
var oci_inputs = __webpack_require__(71676);
;// CONCATENATED MODULE: ./src/lib/provenance/parse-inputs.ts
/**
 * Raw provenance inputs -> typed ProvenanceInputs, every problem collected
 * and reported at once, each naming the input as the user writes it.
 */






/**
 * With push-to-registry, subject-digest subjects named like an image
 * (`<registry>/<repository>`, as actions/attest takes them) are images too.
 */
function imagesNamedBy(subjects) {
    return subjects.flatMap((s) => {
        const hex = s.digest.sha256;
        const host = s.name.split('/')[0] ?? '';
        const looksLikeRegistry = s.name.includes('/') && (/[.:]/.test(host) || host === 'localhost');
        return hex && looksLikeRegistry ? [`oci://${s.name}@sha256:${hex}`] : [];
    });
}
function parseProvenanceInputs(source) {
    const collector = (0,lib_inputs/* collectProblems */.vX)();
    const { attempt, problems } = collector;
    const raw = (name) => attempt(() => (0,lib_inputs/* readRaw */.hc)(provenance_inputs/* PROVENANCE_INPUTS */.oC, source, name), undefined);
    const flag = (name) => attempt(() => (0,lib_inputs/* parseBoolean */.yG)(name, raw(name)), false);
    const url = (name) => attempt(() => (0,signing_inputs/* parseServiceUrl */.iO)(name, raw(name)), undefined);
    const imageInputs = (0,oci_inputs/* parseImageInputs */.MP)(raw, collector);
    const { images } = imageInputs;
    const pushToRegistry = flag('push-to-registry');
    const subjects = attempt(() => parseSubjects(raw, images.length > 0), {
        kind: 'digest',
        subjects: []
    });
    const predicateType = raw('predicate-type');
    const predicatePath = raw('predicate-path');
    problems.push(...checkPredicate(predicateType, predicatePath));
    const bundleName = raw('bundle-name') ?? provenance_inputs/* DEFAULT_BUNDLE_NAME */.dh;
    problems.push(...checkBundleName(bundleName));
    const githubToken = raw('github-token');
    const signing = (0,signing_inputs/* parseSigningInputs */.oo)(provenance_inputs/* PROVENANCE_INPUTS */.oC, source, collector);
    const inputs = {
        ...imageInputs,
        subjects,
        images: [
            ...images,
            ...(pushToRegistry && subjects.kind === 'digest'
                ? imagesNamedBy(subjects.subjects)
                : [])
        ],
        pushToRegistry,
        singleSubject: flag('single-subject'),
        sbomPath: raw('sbom-path'),
        predicate: predicateType && predicatePath
            ? { type: predicateType, path: predicatePath }
            : undefined,
        bundleName,
        outputDir: raw('output-dir'),
        store: flag('store'),
        onStoreError: attempt(() => (0,lib_inputs/* parseChoice */.HU)('on-store-error', raw('on-store-error'), provenance_inputs/* ON_STORE_ERROR_CHOICES */.oL), undefined) ?? 'fail',
        reproducibleVerdict: raw('reproducible-verdict'),
        oidcIssuer: url('oidc-issuer'),
        githubToken: githubToken === provenance_inputs/* GITHUB_TOKEN_DEFAULT */.OH ? undefined : githubToken,
        signing
    };
    if (inputs.pushToRegistry && inputs.images.length === 0) {
        problems.push(new errors/* InputError */.dz('PROVENANCE_PUSH_WITHOUT_IMAGES', 'input "push-to-registry" pushes attestations of images: give "images" (oci://<registry>/<repository>@sha256:<digest>), or subject-digest with subject-name <registry>/<repository>'));
    }
    collector.throwIfAny();
    return inputs;
}
/** The subjects: files, a checksums file or digests; none when images alone are given. */
function parseSubjects(raw, hasImages) {
    const imagesAlone = hasImages &&
        [raw('subject-path'), raw('subject-checksums'), raw('subject-digest')]
            .map((v) => (0,lib_inputs/* parseList */.E1)(v).length)
            .every((n) => n === 0);
    if (imagesAlone)
        return { kind: 'digest', subjects: [] };
    return parseSubjectSource({
        paths: (0,lib_inputs/* parseList */.E1)(raw('subject-path')),
        checksums: raw('subject-checksums'),
        digests: (0,lib_inputs/* parseList */.E1)(raw('subject-digest')),
        names: (0,lib_inputs/* parseList */.E1)(raw('subject-name'))
    });
}
function checkBundleName(bundleName) {
    if (/^[A-Za-z0-9_+-][A-Za-z0-9._+-]*$/.test(bundleName))
        return [];
    return [
        new errors/* InputError */.dz('PROVENANCE_BUNDLE_NAME', `input "bundle-name" must be a plain file name (letters, digits, . _ + -), not "${bundleName}"`)
    ];
}
function checkPredicate(type, path) {
    if (type === undefined && path === undefined)
        return [];
    if (type === undefined || path === undefined) {
        const [given, missing] = type === undefined
            ? ['predicate-path', 'predicate-type']
            : ['predicate-type', 'predicate-path'];
        return [
            new errors/* InputError */.dz('PROVENANCE_PREDICATE_PAIR', `input "${given}" needs "${missing}" too: give the predicate's type URI and the JSON file that holds it`)
        ];
    }
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(type)) {
        return [
            new errors/* InputError */.dz('PROVENANCE_PREDICATE_TYPE', `input "predicate-type" must be a URI such as https://example.com/test-result/v1, not "${type}"`)
        ];
    }
    return [];
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

/***/ 65576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D5: () => (/* binding */ buildSubject),
/* harmony export */   lT: () => (/* binding */ dedupeSubjects)
/* harmony export */ });
/* unused harmony export describeSubject */
function buildSubject(name, digest) {
    return { name, digest: { [digest.algorithm]: digest.hex } };
}
/**
 * The same subject given twice (same name, same digests) counts once; the
 * first occurrence keeps its place.
 */
function dedupeSubjects(subjects) {
    const seen = new Set();
    return subjects.filter((subject) => {
        const key = JSON.stringify([
            subject.name,
            Object.entries(subject.digest).sort(([a], [b]) => a.localeCompare(b))
        ]);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** `name@sha256:hex` (the first algorithm by name), for logs. */
function describeSubject(subject) {
    const algorithm = Object.keys(subject.digest).sort()[0];
    return algorithm
        ? `${subject.name}@${algorithm}:${subject.digest[algorithm]}`
        : subject.name;
}


/***/ })

};
