export const id = 3604;
export const ids = [3604];
export const modules = {

/***/ 82849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MO: () => (/* binding */ packageKey),
/* harmony export */   nL: () => (/* binding */ osvNameOf),
/* harmony export */   sP: () => (/* binding */ PURL_ECOSYSTEMS),
/* harmony export */   sz: () => (/* binding */ baseEcosystem)
/* harmony export */ });
/* unused harmony exports OSV_ECOSYSTEMS, normalizeName */
/**
 * Package identity: purl types to OSV ecosystems, and names compared the way
 * each registry compares them (npm and NuGet case-insensitively, PyPI by
 * PEP 503, crates.io with "-" and "_" alike, Packagist in lower case).
 */
/** purl type -> OSV ecosystem name. */
const PURL_ECOSYSTEMS = {
    npm: 'npm',
    pypi: 'PyPI',
    golang: 'Go',
    cargo: 'crates.io',
    maven: 'Maven',
    gem: 'RubyGems',
    nuget: 'NuGet',
    composer: 'Packagist'
};
const OSV_ECOSYSTEMS = Object.values(PURL_ECOSYSTEMS);
/** "PyPI", "Debian:11" -> "Debian". */
function baseEcosystem(ecosystem) {
    const colon = ecosystem.indexOf(':');
    return colon < 0 ? ecosystem : ecosystem.slice(0, colon);
}
function normalizeName(ecosystem, name) {
    switch (ecosystem) {
        case 'npm':
        case 'NuGet':
        case 'Packagist':
            return name.toLowerCase();
        case 'PyPI':
            return name.toLowerCase().replace(/[-_.]+/g, '-');
        case 'crates.io':
            return name.toLowerCase().replaceAll('_', '-');
        default:
            return name;
    }
}
/** The index key of a package. */
function packageKey(ecosystem, name) {
    const base = baseEcosystem(ecosystem);
    return `${base}\u0000${normalizeName(base, name)}`;
}
/** A purl's name as OSV writes it (npm "@scope/name", Maven "group:artifact", Go the module path). */
function osvNameOf(type, namespace, name) {
    if (!namespace)
        return name;
    return type === 'maven' ? `${namespace}:${name}` : `${namespace}/${name}`;
}


/***/ }),

/***/ 33604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OH: () => (/* binding */ SIGSTORE_AUDIENCE),
  a2: () => (/* binding */ TRUSTED_ROOT_FILE),
  _z: () => (/* binding */ startLocalStack)
});

// UNUSED EXPORTS: SIGNING_CONFIG_FILE

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwks/local.js
var local = __webpack_require__(36687);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwt/verify.js + 1 modules
var verify = __webpack_require__(25057);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/local/faults.ts
/**
 * Fault injection for the embedded local stack: any route can be told to
 * answer an HTTP error, to answer late, or to drop the connection, for the
 * next N requests. Tests use it to prove that clients retry and give up as
 * they should.
 */
class FaultPlan {
    rules = [];
    /** Every fault that was applied, in order: tests assert on it. */
    hits = [];
    inject(rule) {
        if (!Number.isInteger(rule.times) || rule.times < 1) {
            throw new RangeError(`fault "times" must be a positive integer`);
        }
        this.rules.push({ ...rule });
    }
    clear() {
        this.rules.length = 0;
        this.hits.length = 0;
    }
    /** The fault for this request, if any; consumes one of its `times`. */
    take(method, path) {
        const index = this.rules.findIndex((r) => (r.route === '*' || path.startsWith(r.route)) &&
            (r.method === undefined || r.method.toUpperCase() === method));
        if (index < 0)
            return undefined;
        const rule = this.rules[index];
        rule.times -= 1;
        if (rule.times === 0)
            this.rules.splice(index, 1);
        this.hits.push({ rule: { ...rule }, method, path });
        return rule;
    }
    get pending() {
        return this.rules.reduce((sum, r) => sum + r.times, 0);
    }
}

;// CONCATENATED MODULE: ./src/local/http-server.ts
/**
 * A small node:http server for the embedded local stack: a route table with
 * `:param` segments, fault injection in front of every route, a record of the
 * requests it served, and a close() that leaves no socket behind.
 */



/** How long an idle connection stays open: Node's default. */
const KEEP_ALIVE_MS = 5000;
class LocalServer {
    name;
    faults = new FaultPlan();
    /** Every request answered (faults included), for tests to assert on. */
    served = [];
    routes = [];
    server;
    /** Aborts injected delays when the server closes, so no timer outlives it. */
    closing = new AbortController();
    baseUrl = '';
    notFound = () => ({
        status: 404,
        body: { message: 'Not Found' }
    });
    constructor(name) {
        this.name = name;
        this.server = external_node_http_default().createServer((req, res) => {
            this.dispatch(req, res).catch((error) => {
                if (!res.headersSent) {
                    send(res, { status: 500, body: { message: String(error) } });
                }
                else
                    res.destroy();
            });
        });
        // Clients drop a kept-alive socket a second before the server's timeout
        // (Node's agent keeps that margin): at 1 s or less, no connection would
        // ever be reused. close() ends idle connections itself.
        this.server.keepAliveTimeout = KEEP_ALIVE_MS;
    }
    route(method, pattern, handler) {
        this.routes.push({
            method: method.toUpperCase(),
            segments: pattern.split('/').filter(Boolean),
            handler
        });
        return this;
    }
    fallback(handler) {
        this.notFound = handler;
        return this;
    }
    /** Listens on 127.0.0.1 with a port the system chooses. */
    async listen() {
        await new Promise((resolve, reject) => {
            this.server.once('error', reject);
            this.server.listen(0, '127.0.0.1', () => resolve());
        });
        const { port } = this.server.address();
        this.baseUrl = `http://127.0.0.1:${port}`;
        return this.baseUrl;
    }
    get url() {
        if (!this.baseUrl)
            throw new Error(`${this.name} is not listening`);
        return this.baseUrl;
    }
    async close() {
        if (!this.server.listening)
            return;
        const closed = new Promise((resolve) => this.server.close(() => resolve()));
        this.closing.abort();
        this.server.closeAllConnections();
        await closed;
    }
    async dispatch(req, res) {
        const body = await readBody(req);
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const method = (req.method ?? 'GET').toUpperCase();
        const record = (status) => {
            this.served.push({
                method,
                path: url.pathname,
                status,
                authorization: req.headers.authorization
            });
        };
        const fault = this.faults.take(method, url.pathname);
        if (fault?.kind === 'drop') {
            record(0);
            req.socket.destroy();
            return;
        }
        if (fault?.kind === 'status') {
            record(fault.status);
            const headers = { ...fault.headers };
            if (fault.retryAfterSeconds !== undefined) {
                headers['retry-after'] = String(fault.retryAfterSeconds);
            }
            send(res, {
                status: fault.status,
                body: { message: `injected fault: ${fault.status}` },
                headers
            });
            return;
        }
        if (fault?.kind === 'delay') {
            const aborted = await (0,external_node_timers_promises_.setTimeout)(fault.ms, false, {
                signal: this.closing.signal
            }).catch(() => true);
            if (aborted)
                return;
        }
        const request = {
            method,
            path: url.pathname,
            query: url.searchParams,
            params: {},
            headers: req.headers,
            body
        };
        const handler = this.match(method, url.pathname, request.params);
        const response = await (handler ?? this.notFound)(request);
        if (fault?.kind === 'lost-response') {
            record(0);
            req.socket.destroy();
            return;
        }
        record(response.status);
        send(res, response);
    }
    match(method, path, params) {
        const parts = path.split('/').filter(Boolean);
        for (const route of this.routes) {
            if (route.method !== method)
                continue;
            if (route.segments.length !== parts.length)
                continue;
            const found = {};
            const ok = route.segments.every((segment, i) => {
                const part = decodeURIComponent(parts[i]);
                if (segment.startsWith(':')) {
                    found[segment.slice(1)] = part;
                    return true;
                }
                return segment === part;
            });
            if (ok) {
                Object.assign(params, found);
                return route.handler;
            }
        }
        return undefined;
    }
}
function send(res, response) {
    let payload = '';
    let contentType = response.contentType;
    if (typeof response.body === 'string' ||
        response.body instanceof Uint8Array) {
        payload = response.body;
    }
    else if (response.body !== undefined) {
        payload = JSON.stringify(response.body);
        contentType ??= 'application/json';
    }
    res.writeHead(response.status, {
        ...(contentType ? { 'content-type': contentType } : {}),
        'content-length': Buffer.byteLength(payload),
        ...response.headers
    });
    res.end(payload);
}
async function readBody(req) {
    const chunks = [];
    for await (const chunk of req)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./src/local/github/store.ts
/**
 * The in-memory state of one local GitHub API: releases with their assets,
 * attestations, and the order in which releases were created, filled and
 * published. One store per server; tests read it through `state`.
 */
/** Distinct ranges, so a release id passed where an asset id belongs is a 404. */
const FIRST_RELEASE_ID = 1001;
const FIRST_ASSET_ID = 50001;
const FIRST_ATTESTATION_ID = 1;
const FIRST_REPOSITORY_ID = 700001;
class GitHubStore {
    releases = [];
    attestations = [];
    events = [];
    repositoryIds = new Map();
    /** Repositories with immutable releases on (Settings > General > Releases). */
    immutableRepositories = new Set();
    nextIds = {
        release: FIRST_RELEASE_ID,
        asset: FIRST_ASSET_ID,
        attestation: FIRST_ATTESTATION_ID
    };
    nextId(kind) {
        return this.nextIds[kind]++;
    }
    /** A stable numeric id per repository (owner and name are case-insensitive). */
    repositoryId(owner, repo) {
        const key = repoKey(owner, repo);
        let id = this.repositoryIds.get(key);
        if (id === undefined) {
            id = FIRST_REPOSITORY_ID + this.repositoryIds.size;
            this.repositoryIds.set(key, id);
        }
        return id;
    }
    immutableReleases(owner, repo) {
        return this.immutableRepositories.has(repoKey(owner, repo));
    }
    setImmutableReleases(owner, repo, enabled) {
        const key = repoKey(owner, repo);
        if (enabled)
            this.immutableRepositories.add(key);
        else
            this.immutableRepositories.delete(key);
    }
    /** Publishes a release now; it is immutable when its repository says so. */
    publish(release, at) {
        release.draft = false;
        release.publishedAt = at;
        release.immutable = this.immutableReleases(release.owner, release.repo);
        this.record({ type: 'publish', releaseId: release.id, at });
    }
    releasesOf(owner, repo) {
        const key = repoKey(owner, repo);
        return this.releases.filter((r) => repoKey(r.owner, r.repo) === key);
    }
    findRelease(owner, repo, id) {
        return this.releasesOf(owner, repo).find((r) => String(r.id) === id);
    }
    findReleaseByTag(owner, repo, tag) {
        return this.releasesOf(owner, repo).find((r) => r.tagName === tag);
    }
    findAsset(owner, repo, id) {
        for (const release of this.releasesOf(owner, repo)) {
            const asset = release.assets.find((a) => String(a.id) === id);
            if (asset)
                return { release, asset };
        }
        return undefined;
    }
    record(event) {
        this.events.push(event);
    }
}
function repoKey(owner, repo) {
    return `${owner}/${repo}`.toLowerCase();
}

;// CONCATENATED MODULE: ./src/local/github/responses.ts
const DOCUMENTATION_URL = 'https://docs.github.com/rest';
function githubError(status, message, extra = {}) {
    return {
        status,
        body: {
            message,
            ...extra,
            documentation_url: DOCUMENTATION_URL,
            status: String(status)
        }
    };
}
function badCredentials() {
    return githubError(401, 'Bad credentials');
}
/** 403 as GitHub answers a token without the scope or the repository. */
function notAccessible() {
    return githubError(403, 'Resource not accessible by integration');
}
function notFound() {
    return githubError(404, 'Not Found');
}
/** 422 with one entry in `errors`, e.g. ('ReleaseAsset', 'name', 'already_exists'). */
function validationFailed(resource, field, code) {
    return githubError(422, 'Validation Failed', {
        errors: [{ resource, field, code }]
    });
}
/** The request body as a JSON object; GitHub answers 400 to anything else. */
function readJsonObject(req) {
    const problem = {
        ok: false,
        response: githubError(400, 'Problems parsing JSON')
    };
    let value;
    try {
        value = JSON.parse(req.body.toString('utf8') || '{}');
    }
    catch {
        return problem;
    }
    return isObject(value) ? { ok: true, value } : problem;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/local/github/release-fields.ts

const STRING_FIELDS = ['tag_name', 'target_commitish'];
const NULLABLE_STRING_FIELDS = ['name', 'body'];
const BOOLEAN_FIELDS = ['draft', 'prerelease'];
/** Unknown fields (make_latest, generate_release_notes, ...) are ignored. */
function parseReleaseFields(input) {
    const fields = {};
    const invalid = (field) => ({
        ok: false,
        response: validationFailed('Release', field, 'invalid')
    });
    for (const field of STRING_FIELDS) {
        const value = input[field];
        if (value === undefined)
            continue;
        if (typeof value !== 'string' || value === '')
            return invalid(field);
        fields[field] = value;
    }
    for (const field of NULLABLE_STRING_FIELDS) {
        const value = input[field];
        if (value === undefined)
            continue;
        if (value !== null && typeof value !== 'string')
            return invalid(field);
        fields[field] = value;
    }
    for (const field of BOOLEAN_FIELDS) {
        const value = input[field];
        if (value === undefined)
            continue;
        if (typeof value !== 'boolean')
            return invalid(field);
        fields[field] = value;
    }
    return { ok: true, fields };
}

;// CONCATENATED MODULE: ./src/local/github/views.ts
function toReleaseJson(base, release) {
    const repoPath = `${enc(release.owner)}/${enc(release.repo)}`;
    const url = `${base}/repos/${repoPath}/releases/${release.id}`;
    return {
        url,
        html_url: `${base}/${repoPath}/releases/tag/${enc(release.tagName)}`,
        assets_url: `${url}/assets`,
        upload_url: `${base}/uploads/repos/${repoPath}/releases/${release.id}/assets{?name,label}`,
        id: release.id,
        tag_name: release.tagName,
        target_commitish: release.targetCommitish,
        name: release.name,
        body: release.body,
        draft: release.draft,
        prerelease: release.prerelease,
        immutable: release.immutable,
        created_at: release.createdAt,
        published_at: release.publishedAt,
        assets: release.assets.map((asset) => toAssetJson(base, release, asset))
    };
}
function toAssetJson(base, release, asset) {
    const repoPath = `${enc(release.owner)}/${enc(release.repo)}`;
    return {
        url: `${base}/repos/${repoPath}/releases/assets/${asset.id}`,
        browser_download_url: toDownloadUrl(base, release, asset.name),
        id: asset.id,
        name: asset.name,
        label: asset.label,
        state: 'uploaded',
        content_type: asset.contentType,
        size: asset.bytes.byteLength,
        digest: asset.digest,
        download_count: asset.downloadCount,
        created_at: asset.createdAt,
        updated_at: asset.createdAt
    };
}
function toDownloadUrl(base, release, name) {
    return `${base}/download/${enc(release.owner)}/${enc(release.repo)}/${enc(release.tagName)}/${enc(name)}`;
}
const enc = encodeURIComponent;

;// CONCATENATED MODULE: ./src/local/github/paging.ts
function paginate(total, query) {
    const perPage = Math.min(100, Math.max(1, Number.parseInt(query.get('per_page') ?? '30', 10) || 30));
    const page = Math.max(1, Number.parseInt(query.get('page') ?? '1', 10) || 1);
    const last = Math.max(1, Math.ceil(total / perPage));
    const from = (page - 1) * perPage;
    return { page, perPage, last, from, to: from + perPage };
}
/** The Link header GitHub sends with a paged list; other query parameters are kept. */
function linkHeader(url, page, query) {
    const at = (n, rel) => {
        const params = new URLSearchParams(query);
        params.set('per_page', String(page.perPage));
        params.set('page', String(n));
        return `<${url}?${params.toString()}>; rel="${rel}"`;
    };
    return [
        ...(page.page < page.last ? [at(page.page + 1, 'next')] : []),
        at(page.last, 'last'),
        ...(page.page > 1 ? [at(1, 'first'), at(page.page - 1, 'prev')] : [])
    ].join(', ');
}
/** One page of `items` as a 200 answer, with the Link header when there are several. */
function pagedAnswer(items, req, origin, wrap = (page) => page) {
    const page = paginate(items.length, req.query);
    const url = `${origin}${req.path}`;
    return {
        status: 200,
        ...(page.last > 1
            ? { headers: { link: linkHeader(url, page, req.query) } }
            : {}),
        body: wrap(items.slice(page.from, page.to))
    };
}

;// CONCATENATED MODULE: ./src/local/github/releases.ts




const IMMUTABLE_RELEASE_MESSAGE = 'Cannot modify an immutable release.';
function mountReleaseRoutes(ctx) {
    const { route, store, baseUrl } = ctx;
    const ok = (status, release) => ({
        status,
        body: toReleaseJson(baseUrl(), release)
    });
    const base = '/repos/:owner/:repo/releases';
    route('POST', base, (req) => createRelease(ctx, req, ok));
    route('GET', base, (req) => pagedAnswer(store
        .releasesOf(req.params.owner, req.params.repo)
        .toSorted((a, b) => b.id - a.id)
        .map((release) => toReleaseJson(baseUrl(), release)), req, new URL(baseUrl()).origin));
    route('GET', `${base}/latest`, ({ params }) => {
        const latest = store
            .releasesOf(params.owner, params.repo)
            .filter((r) => !r.draft && !r.prerelease)
            .at(-1);
        return latest ? ok(200, latest) : notFound();
    });
    // Drafts are not found by tag: only published releases have a tag yet.
    route('GET', `${base}/tags/:tag`, ({ params }) => {
        const release = store.findReleaseByTag(params.owner, params.repo, params.tag);
        return release && !release.draft ? ok(200, release) : notFound();
    });
    route('GET', `${base}/:release_id`, ({ params }) => {
        const release = store.findRelease(params.owner, params.repo, params.release_id);
        return release ? ok(200, release) : notFound();
    });
    route('PATCH', `${base}/:release_id`, (req) => updateRelease(ctx, req, ok));
    mountImmutableSettingRoutes(ctx);
}
/**
 * GET / PUT / DELETE /repos/{owner}/{repo}/immutable-releases: whether
 * releases published from now on are immutable (GitHub's repository
 * setting; releases already published keep what they had).
 */
function mountImmutableSettingRoutes({ route, store }) {
    const setting = '/repos/:owner/:repo/immutable-releases';
    route('GET', setting, ({ params }) => ({
        status: 200,
        body: {
            enabled: store.immutableReleases(params.owner, params.repo),
            enforced_by_owner: false
        }
    }));
    for (const [method, enabled] of [
        ['PUT', true],
        ['DELETE', false]
    ]) {
        route(method, setting, ({ params }) => {
            store.setImmutableReleases(params.owner, params.repo, enabled);
            return { status: 204 };
        });
    }
}
function createRelease({ store, now }, req, ok) {
    const json = readJsonObject(req);
    if (!json.ok)
        return json.response;
    const parsed = parseReleaseFields(json.value);
    if (!parsed.ok)
        return parsed.response;
    const { fields } = parsed;
    const { owner, repo } = req.params;
    if (fields.tag_name === undefined) {
        return validationFailed('Release', 'tag_name', 'missing_field');
    }
    if (store.findReleaseByTag(owner, repo, fields.tag_name)) {
        return validationFailed('Release', 'tag_name', 'already_exists');
    }
    const at = now().toISOString();
    const draft = fields.draft ?? false;
    const release = {
        immutable: false,
        id: store.nextId('release'),
        owner,
        repo,
        tagName: fields.tag_name,
        targetCommitish: fields.target_commitish ?? 'main',
        name: fields.name ?? null,
        body: fields.body ?? null,
        draft,
        prerelease: fields.prerelease ?? false,
        createdAt: at,
        publishedAt: null,
        assets: []
    };
    store.releases.push(release);
    store.record({ type: 'create', releaseId: release.id, at });
    if (!draft)
        store.publish(release, at);
    return ok(201, release);
}
function updateRelease({ store, now }, req, ok) {
    const { owner, repo, release_id } = req.params;
    const release = store.findRelease(owner, repo, release_id);
    if (!release)
        return notFound();
    const json = readJsonObject(req);
    if (!json.ok)
        return json.response;
    const parsed = parseReleaseFields(json.value);
    if (!parsed.ok)
        return parsed.response;
    const { fields } = parsed;
    const retags = fields.tag_name !== undefined && fields.tag_name !== release.tagName;
    if (release.immutable && (fields.draft === true || retags)) {
        return githubError(422, IMMUTABLE_RELEASE_MESSAGE);
    }
    if (retags && store.findReleaseByTag(owner, repo, fields.tag_name)) {
        return validationFailed('Release', 'tag_name', 'already_exists');
    }
    if (fields.tag_name !== undefined)
        release.tagName = fields.tag_name;
    if (fields.target_commitish !== undefined) {
        release.targetCommitish = fields.target_commitish;
    }
    if (fields.name !== undefined)
        release.name = fields.name;
    if (fields.body !== undefined)
        release.body = fields.body;
    if (fields.prerelease !== undefined)
        release.prerelease = fields.prerelease;
    if (release.draft && fields.draft === false) {
        store.publish(release, now().toISOString());
    }
    else if (!release.draft && fields.draft === true) {
        release.draft = true;
        release.publishedAt = null;
    }
    return ok(200, release);
}

// EXTERNAL MODULE: ./src/lib/digest.ts
var digest = __webpack_require__(8899);
;// CONCATENATED MODULE: ./src/local/github/assets.ts
/**
 * Release asset routes of the local GitHub API: upload (on the `/uploads`
 * prefix, as uploads.github.com), list, get as JSON or as bytes, and the
 * browser download URL. An immutable release (published while its
 * repository had immutable releases on) takes no upload and loses no asset:
 * 422, as on GitHub; any other release, draft or published, takes both.
 */




const IMMUTABLE_UPLOAD_MESSAGE = 'Cannot upload assets to an immutable release.';
const OCTET_STREAM = 'application/octet-stream';
function mountAssetRoutes(ctx) {
    const { route, store, baseUrl } = ctx;
    const releases = '/repos/:owner/:repo/releases';
    route('POST', `/uploads${releases}/:release_id/assets`, (req) => uploadAsset(ctx, req));
    route('GET', `${releases}/assets/:asset_id`, ({ params, headers }) => {
        const found = store.findAsset(params.owner, params.repo, params.asset_id);
        if (!found)
            return notFound();
        if (headers.accept?.includes(OCTET_STREAM))
            return sendBytes(found.asset);
        return {
            status: 200,
            body: toAssetJson(baseUrl(), found.release, found.asset)
        };
    });
    route('DELETE', `${releases}/assets/:asset_id`, ({ params }) => {
        const found = store.findAsset(params.owner, params.repo, params.asset_id);
        if (!found)
            return notFound();
        if (found.release.immutable) {
            return githubError(422, IMMUTABLE_UPLOAD_MESSAGE);
        }
        found.release.assets.splice(found.release.assets.indexOf(found.asset), 1);
        return { status: 204 };
    });
    route('GET', `${releases}/:release_id/assets`, (req) => {
        const { params } = req;
        const release = store.findRelease(params.owner, params.repo, params.release_id);
        if (!release)
            return notFound();
        return pagedAnswer(release.assets.map((asset) => toAssetJson(baseUrl(), release, asset)), req, new URL(baseUrl()).origin);
    });
    route('GET', '/download/:owner/:repo/:tag/:name', ({ params }) => {
        const release = store.findReleaseByTag(params.owner, params.repo, params.tag);
        const asset = release?.assets.find((a) => a.name === params.name);
        return asset ? sendBytes(asset) : notFound();
    });
}
function uploadAsset({ store, now, baseUrl }, req) {
    const { owner, repo, release_id } = req.params;
    const release = store.findRelease(owner, repo, release_id);
    if (!release)
        return notFound();
    if (release.immutable)
        return githubError(422, IMMUTABLE_UPLOAD_MESSAGE);
    const name = req.query.get('name');
    if (!name)
        return validationFailed('ReleaseAsset', 'name', 'missing_field');
    if (release.assets.some((a) => a.name === name)) {
        return validationFailed('ReleaseAsset', 'name', 'already_exists');
    }
    const at = now().toISOString();
    const asset = {
        id: store.nextId('asset'),
        name,
        label: req.query.get('label'),
        contentType: req.headers['content-type'] ?? OCTET_STREAM,
        bytes: new Uint8Array(req.body),
        digest: (0,digest/* sha256Digest */.s)(req.body),
        downloadCount: 0,
        createdAt: at
    };
    release.assets.push(asset);
    store.record({ type: 'upload', releaseId: release.id, asset: name, at });
    return { status: 201, body: toAssetJson(baseUrl(), release, asset) };
}
function sendBytes(asset) {
    asset.downloadCount += 1;
    return { status: 200, body: asset.bytes, contentType: OCTET_STREAM };
}

;// CONCATENATED MODULE: ./src/local/github/attestation-subjects.ts
/**
 * Reads the in-toto statement out of a Sigstore bundle's DSSE envelope, so
 * the local GitHub API can find attestations by subject digest. Signatures
 * are not checked here: GitHub's endpoint stores, it does not verify.
 */

const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** The statement's subjects and predicate type; empty when there is none. */
function readStatementSummary(bundle) {
    const none = { predicateType: undefined, subjects: [] };
    const envelope = bundle.dsseEnvelope;
    if (!isObject(envelope))
        return none;
    if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
        return none;
    if (typeof envelope.payload !== 'string')
        return none;
    let statement;
    try {
        statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    }
    catch {
        return none;
    }
    if (!isObject(statement))
        return none;
    const subjects = Array.isArray(statement.subject)
        ? statement.subject.filter(isObject).flatMap(toSubject)
        : [];
    const predicateType = typeof statement.predicateType === 'string'
        ? statement.predicateType
        : undefined;
    return { predicateType, subjects };
}
/** True when a subject has this `algorithm:hex` digest (hex case-insensitive). */
function hasSubjectDigest(subjects, algorithm, hex) {
    const wanted = hex.toLowerCase();
    return subjects.some((s) => s.digest[algorithm]?.toLowerCase() === wanted);
}
function toSubject(raw) {
    if (!isObject(raw.digest))
        return [];
    const digest = {};
    for (const [algorithm, value] of Object.entries(raw.digest)) {
        if (typeof value === 'string')
            digest[algorithm] = value;
    }
    return [
        typeof raw.name === 'string' ? { name: raw.name, digest } : { digest }
    ];
}

;// CONCATENATED MODULE: ./src/local/github/attestations.ts



const SUBJECT_DIGEST = /^([a-z0-9]+):([0-9a-fA-F]+)$/;
function mountAttestationRoutes(ctx) {
    const { route, store } = ctx;
    route('POST', '/repos/:owner/:repo/attestations', (req) => createAttestation(ctx, req));
    const origin = () => new URL(ctx.baseUrl()).origin;
    route('GET', '/repos/:owner/:repo/attestations/:subject_digest', (req) => listAttestations(store.attestations, req, origin(), (a) => sameName(a.owner, req.params.owner) &&
        sameName(a.repo, req.params.repo)));
    route('GET', '/orgs/:org/attestations/:subject_digest', (req) => listAttestations(store.attestations, req, origin(), (a) => sameName(a.owner, req.params.org)));
}
function createAttestation({ store, now }, req) {
    const json = readJsonObject(req);
    if (!json.ok)
        return json.response;
    const { bundle } = json.value;
    if (!isObject(bundle) || typeof bundle.mediaType !== 'string') {
        return validationFailed('Attestation', 'bundle', 'invalid');
    }
    const { owner, repo } = req.params;
    const attestation = {
        id: store.nextId('attestation'),
        owner,
        repo,
        repositoryId: store.repositoryId(owner, repo),
        bundle,
        ...readStatementSummary(bundle),
        createdAt: now().toISOString()
    };
    store.attestations.push(attestation);
    return { status: 201, body: { id: attestation.id } };
}
function listAttestations(all, req, origin, inScope) {
    const match = SUBJECT_DIGEST.exec(req.params.subject_digest);
    if (!match) {
        return validationFailed('Attestation', 'subject_digest', 'invalid');
    }
    const algorithm = match[1];
    const hex = match[2];
    const predicateType = req.query.get('predicate_type');
    const found = all.filter((a) => inScope(a) &&
        hasSubjectDigest(a.subjects, algorithm, hex) &&
        (predicateType === null || a.predicateType === predicateType));
    if (found.length === 0)
        return notFound();
    return pagedAnswer(found.map((a) => ({ bundle: a.bundle, repository_id: a.repositoryId })), req, origin, (attestations) => ({ attestations }));
}
function sameName(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}

;// CONCATENATED MODULE: ./src/local/github/api.ts
/**
 * The embedded local GitHub REST API subset: releases and their assets
 * (with the repository setting for immutable releases), and artifact
 * attestations. Every
 * route wants the server's token; unknown routes answer GitHub's 404.
 * One server per test run; its state lives in memory and is readable.
 */







async function startGitHubApi(options = {}) {
    const token = options.token ?? `ghs_${(0,external_node_crypto_.randomBytes)(18).toString('hex')}`;
    const server = new LocalServer('github');
    const store = new GitHubStore();
    const publicRead = options.publicRead ?? true;
    const grants = new Map();
    const basePath = (options.basePath ?? '').replace(/\/+$/, '');
    // Like a public repository on GitHub: reads need no token, writes do, and
    // a wrong token is refused everywhere. A job's token reaches its own
    // repository with its own scopes only.
    const guard = (pattern, handler) => {
        return (req) => {
            const header = req.headers.authorization;
            const anonymousRead = publicRead && header === undefined && req.method === 'GET';
            if (anonymousRead || isAuthorized(header, token))
                return handler(req);
            const grant = [...grants.entries()].find(([t]) => isAuthorized(header, t))?.[1];
            if (!grant)
                return badCredentials();
            return grantAllows(grant, req.method, pattern, req.params)
                ? handler(req)
                : notAccessible();
        };
    };
    const ctx = {
        route: (method, pattern, handler) => {
            server.route(method, `${basePath}${pattern}`, guard(pattern, handler));
        },
        store,
        now: options.now ?? (() => new Date()),
        baseUrl: () => `${server.url}${basePath}`
    };
    mountReleaseRoutes(ctx);
    mountAssetRoutes(ctx);
    mountAttestationRoutes(ctx);
    server.fallback(guard('', notFound));
    const url = `${await server.listen()}${basePath}`;
    return {
        url,
        uploadUrl: `${url}/uploads`,
        token,
        server,
        state: store,
        issueToken: (grant) => {
            const issued = `ghs_${(0,external_node_crypto_.randomBytes)(18).toString('hex')}`;
            grants.set(issued, grant);
            return { token: issued, revoke: () => grants.delete(issued) };
        },
        close: () => server.close()
    };
}
/**
 * The scope a route needs: attestations for storing them, administration
 * for the immutable-releases setting (no workflow job is granted it), and
 * contents for the rest.
 */
function grantAllows(grant, method, pattern, params) {
    const repository = `${params.owner ?? params.org ?? ''}/${params.repo ?? ''}`;
    if (params.repo !== undefined &&
        repository.toLowerCase() !== grant.repository.toLowerCase()) {
        return false;
    }
    const scope = pattern.includes('/attestations')
        ? 'attestations'
        : pattern.endsWith('/immutable-releases')
            ? 'administration'
            : 'contents';
    const needed = method === 'GET' ? 'read' : 'write';
    const access = grant.permissions[scope] ?? 'none';
    if (scope === 'attestations' && needed === 'read') {
        return (access !== 'none' || (grant.permissions.contents ?? 'none') !== 'none');
    }
    return needed === 'read' ? access !== 'none' : access === 'write';
}
/** `Authorization: Bearer <token>` or `token <token>`, as GitHub accepts. */
function isAuthorized(header, token) {
    const match = /^(?:bearer|token)\s+(\S+)\s*$/i.exec(header ?? '');
    return match?.[1] === token;
}

// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/key/generate_key_pair.js + 2 modules
var generate_key_pair = __webpack_require__(41538);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/key/export.js
var key_export = __webpack_require__(17968);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwk/thumbprint.js
var thumbprint = __webpack_require__(7448);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwt/sign.js + 1 modules
var sign = __webpack_require__(72896);
;// CONCATENATED MODULE: ./src/local/oidc-claims.ts
/**
 * The claims of a GitHub Actions OIDC token, for the embedded local issuer:
 * defaults, the runner environment -> claims mapping, and the token payload.
 * Pure functions: the environment, the clock and the issuer URL are parameters.
 */
/** The server every URL-shaped claim points at, as for github.com tokens. */
const GITHUB_SERVER_URL = 'https://github.com';
const DEFAULT_SHA = '3f786850e387550fdab836ed7e6dc881de23001b';
const DEFAULT_WORKFLOW_REF = 'provenant-demo/hello/.github/workflows/release.yml@refs/heads/main';
/** A push to main of provenant-demo/hello on a GitHub-hosted runner. */
const DEFAULT_GITHUB_CLAIMS = Object.freeze({
    ref: 'refs/heads/main',
    ref_type: 'branch',
    ref_protected: 'true',
    sha: DEFAULT_SHA,
    repository: 'provenant-demo/hello',
    repository_id: '800000001',
    repository_owner: 'provenant-demo',
    repository_owner_id: '900000001',
    repository_visibility: 'public',
    actor: 'provenant-maintainer',
    actor_id: '900000002',
    workflow: 'release',
    workflow_ref: DEFAULT_WORKFLOW_REF,
    workflow_sha: DEFAULT_SHA,
    job_workflow_ref: DEFAULT_WORKFLOW_REF,
    job_workflow_sha: DEFAULT_SHA,
    event_name: 'push',
    head_ref: '',
    base_ref: '',
    run_id: '10000000001',
    run_number: '1',
    run_attempt: '1',
    runner_environment: 'github-hosted'
});
/** Which runner variable feeds which claim. */
const ENV_CLAIMS = [
    ['ref', 'GITHUB_REF'],
    ['ref_type', 'GITHUB_REF_TYPE'],
    ['ref_protected', 'GITHUB_REF_PROTECTED'],
    ['sha', 'GITHUB_SHA'],
    ['repository', 'GITHUB_REPOSITORY'],
    ['repository_id', 'GITHUB_REPOSITORY_ID'],
    ['repository_owner', 'GITHUB_REPOSITORY_OWNER'],
    ['repository_owner_id', 'GITHUB_REPOSITORY_OWNER_ID'],
    ['actor', 'GITHUB_ACTOR'],
    ['actor_id', 'GITHUB_ACTOR_ID'],
    ['workflow', 'GITHUB_WORKFLOW'],
    ['workflow_ref', 'GITHUB_WORKFLOW_REF'],
    ['workflow_sha', 'GITHUB_WORKFLOW_SHA'],
    ['job_workflow_ref', 'GITHUB_JOB_WORKFLOW_REF'],
    ['job_workflow_sha', 'GITHUB_JOB_WORKFLOW_SHA'],
    ['event_name', 'GITHUB_EVENT_NAME'],
    ['head_ref', 'GITHUB_HEAD_REF'],
    ['base_ref', 'GITHUB_BASE_REF'],
    ['run_id', 'GITHUB_RUN_ID'],
    ['run_number', 'GITHUB_RUN_NUMBER'],
    ['run_attempt', 'GITHUB_RUN_ATTEMPT'],
    ['runner_environment', 'RUNNER_ENVIRONMENT']
];
/**
 * Claims for a job running with `env` (the runner's GITHUB_* variables):
 * each non-empty variable wins over `defaults`. Claims the runner does not
 * export follow from those it does, so a token never mixes two repositories:
 * repository_owner from GITHUB_REPOSITORY, ref_type from GITHUB_REF, and the
 * workflow_sha from GITHUB_SHA, and the job workflow (a workflow that is
 * not reusable is its own job workflow).
 */
function claimsFromEnv(env, defaults = DEFAULT_GITHUB_CLAIMS) {
    const fromEnv = {};
    for (const [claim, name] of ENV_CLAIMS) {
        const value = env[name];
        if (value)
            fromEnv[claim] = value;
    }
    const derived = {};
    if (fromEnv.repository) {
        derived.repository_owner = fromEnv.repository.split('/')[0];
    }
    if (fromEnv.ref) {
        derived.ref_type = fromEnv.ref.startsWith('refs/tags/') ? 'tag' : 'branch';
    }
    if (fromEnv.sha)
        derived.workflow_sha = fromEnv.sha;
    const workflowSha = fromEnv.workflow_sha ?? fromEnv.sha;
    if (workflowSha)
        derived.job_workflow_sha = workflowSha;
    if (fromEnv.workflow_ref)
        derived.job_workflow_ref = fromEnv.workflow_ref;
    return { ...defaults, ...derived, ...fromEnv };
}
/** `sub` as GitHub writes it by default. */
function buildSubject(claims) {
    const repo = `repo:${claims.repository}`;
    if (claims.environment)
        return `${repo}:environment:${claims.environment}`;
    if (claims.event_name === 'pull_request')
        return `${repo}:pull_request`;
    return `${repo}:ref:${claims.ref}`;
}
/** The audience GitHub gives a token requested without one. */
function defaultAudience(claims) {
    return `${GITHUB_SERVER_URL}/${claims.repository_owner}`;
}
/** The URL real Fulcio puts in the certificate SAN for a GitHub token. */
function buildJobWorkflowUrl(claims) {
    return `${GITHUB_SERVER_URL}/${claims.job_workflow_ref}`;
}
/** Every claim a token from the local issuer can carry (discovery document). */
const CLAIMS_SUPPORTED = [
    'iss',
    'sub',
    'aud',
    'exp',
    'iat',
    'nbf',
    'jti',
    ...ENV_CLAIMS.map(([claim]) => claim),
    'repository_visibility',
    'environment',
    'job_workflow_url'
];
/** The full payload of one token: registered claims, then GitHub's. */
function buildTokenPayload(claims, context) {
    const iat = Math.floor(context.issuedAt.getTime() / 1000);
    const { environment, ...github } = claims;
    return {
        iss: context.issuer,
        sub: buildSubject(claims),
        aud: context.audience,
        jti: context.jti,
        iat,
        nbf: iat,
        exp: iat + context.lifetimeSeconds,
        ...github,
        ...(environment ? { environment } : {}),
        job_workflow_url: buildJobWorkflowUrl(claims)
    };
}

;// CONCATENATED MODULE: ./src/local/oidc.ts
/**
 * The embedded OIDC issuer that stands in for GitHub Actions' token service:
 * OpenID discovery, a JWKS, and the runner's token endpoint (the protocol
 * `@actions/core` getIDToken speaks), minting RS256 JWTs with every claim a
 * GitHub Actions token carries.
 */





const DEFAULT_TOKEN_LIFETIME_SECONDS = 300;
const SIGNING_ALG = 'RS256';
async function startOidcIssuer(options = {}) {
    const now = options.now ?? (() => new Date());
    const lifetimeSeconds = options.tokenLifetimeSeconds ?? DEFAULT_TOKEN_LIFETIME_SECONDS;
    const claims = Object.freeze({
        ...claimsFromEnv(options.env ?? {}, DEFAULT_GITHUB_CLAIMS),
        ...options.claims
    });
    const { publicKey, privateKey } = await (0,generate_key_pair/* generateKeyPair */.T)(SIGNING_ALG);
    const publicJwk = await (0,key_export/* exportJWK */.JU)(publicKey);
    const kid = await (0,thumbprint/* calculateJwkThumbprint */.s)(publicJwk);
    const jwks = {
        keys: [{ ...publicJwk, kid, alg: SIGNING_ALG, use: 'sig' }]
    };
    const requestToken = (0,external_node_crypto_.randomBytes)(32).toString('base64url');
    const grants = new Map();
    const server = new LocalServer('oidc');
    const url = await server.listen();
    const mintToken = async (audience, overrides = {}) => {
        const payload = buildTokenPayload({ ...claims, ...overrides }, {
            issuer: url,
            audience,
            issuedAt: now(),
            lifetimeSeconds,
            jti: (0,external_node_crypto_.randomUUID)()
        });
        return new sign/* SignJWT */.P(payload)
            .setProtectedHeader({ alg: SIGNING_ALG, kid, typ: 'JWT' })
            .sign(privateKey);
    };
    server
        .route('GET', '/.well-known/openid-configuration', () => ({
        status: 200,
        body: discoveryDocument(url)
    }))
        .route('GET', '/.well-known/jwks', () => ({ status: 200, body: jwks }))
        .route('GET', '/token', async (req) => {
        const overrides = hasBearer(req, requestToken)
            ? {}
            : [...grants.entries()].find(([secret]) => hasBearer(req, secret))?.[1];
        if (!overrides)
            return unauthorized();
        const merged = { ...claims, ...overrides };
        const audience = req.query.get('audience') || defaultAudience(merged);
        return {
            status: 200,
            body: { value: await mintToken(audience, overrides) }
        };
    });
    return {
        url,
        server,
        requestUrl: `${url}/token?api-version=2.0`,
        requestToken,
        claims,
        jwks,
        mintToken,
        grant: (overrides) => {
            const secret = (0,external_node_crypto_.randomBytes)(32).toString('base64url');
            grants.set(secret, overrides);
            return { requestToken: secret, revoke: () => grants.delete(secret) };
        },
        close: () => server.close()
    };
}
function discoveryDocument(issuer) {
    return {
        issuer,
        jwks_uri: `${issuer}/.well-known/jwks`,
        subject_types_supported: ['public', 'pairwise'],
        response_types_supported: ['id_token'],
        claims_supported: CLAIMS_SUPPORTED,
        id_token_signing_alg_values_supported: [SIGNING_ALG],
        scopes_supported: ['openid']
    };
}
function hasBearer(req, secret) {
    const match = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '');
    if (!match)
        return false;
    const given = Buffer.from(match[1]);
    const expected = Buffer.from(secret);
    return given.length === expected.length && (0,external_node_crypto_.timingSafeEqual)(given, expected);
}
function unauthorized() {
    return {
        status: 401,
        body: {
            message: 'Bad credentials: send `Authorization: Bearer <ACTIONS_ID_TOKEN_REQUEST_TOKEN>`'
        },
        headers: { 'www-authenticate': 'Bearer' }
    };
}

// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(51306);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/scan/names.ts
var scan_names = __webpack_require__(82849);
;// CONCATENATED MODULE: ./src/local/osv.ts
/**
 * The embedded OSV mirror: serves `<url>/<Ecosystem>/all.zip`, as OSV's
 * storage bucket does, from the advisories it was given (OSV JSON or YAML
 * files, or directories of them), so a scan on the local runner needs no
 * network. An ecosystem it holds no advisory for answers an empty export;
 * each export has an ETag and a matching If-None-Match gets 304.
 */








const OSV_FILE = /\.(json|ya?ml)$/i;
async function startOsvMirror(paths = []) {
    const byEcosystem = new Map();
    const exports = new Map();
    const server = new LocalServer('osv');
    server.route('GET', '/:ecosystem/all.zip', ({ params, headers }) => {
        const ecosystem = params.ecosystem;
        let found = exports.get(ecosystem);
        if (!found) {
            found = buildExport(byEcosystem.get(ecosystem));
            exports.set(ecosystem, found);
        }
        if (headers['if-none-match'] === found.etag)
            return { status: 304 };
        return {
            status: 200,
            body: found.zip,
            contentType: 'application/zip',
            headers: { etag: found.etag }
        };
    });
    const url = await server.listen();
    const mirror = {
        url,
        server,
        load: async (given) => {
            for (const file of await osvFiles(given)) {
                const text = await (0,promises_.readFile)(file, 'utf8');
                const advisory = parseAdvisory(file, text);
                // OSV exports hold JSON: a YAML advisory is served as JSON.
                const json = /\.json$/i.test(file) ? text : JSON.stringify(advisory);
                for (const ecosystem of ecosystemsOf(advisory)) {
                    const files = byEcosystem.get(ecosystem) ?? new Map();
                    files.set(`${external_node_path_default().basename(file).replace(OSV_FILE, '')}.json`, json);
                    byEcosystem.set(ecosystem, files);
                    exports.delete(ecosystem);
                }
            }
        },
        close: () => server.close()
    };
    await mirror.load(paths);
    return mirror;
}
function buildExport(files) {
    const entries = Object.fromEntries([...(files ?? new Map())]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, json]) => [name, (0,esm/* strToU8 */._u)(json)]));
    const zip = (0,esm/* zipSync */.L)(entries, { mtime: new Date('2000-01-01T00:00:00Z') });
    const etag = `"${(0,external_node_crypto_.createHash)('sha256').update(zip).digest('hex').slice(0, 32)}"`;
    return { zip, etag };
}
function parseAdvisory(file, text) {
    try {
        return /\.json$/i.test(file) ? JSON.parse(text) : (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new errors/* InputError */.dz('OSV_MIRROR_INPUT', `${file} is not an OSV advisory (${error.message}): give OSV JSON or YAML files`, { cause: error });
    }
}
/** `npm`, `PyPI`, `Go`, ...: the ecosystem names of an advisory, without `:<suffix>`. */
function ecosystemsOf(advisory) {
    const affected = advisory.affected;
    if (!Array.isArray(affected))
        return [];
    const names = affected.map((a) => {
        const ecosystem = a.package
            ?.ecosystem;
        return typeof ecosystem === 'string' ? (0,scan_names/* baseEcosystem */.sz)(ecosystem) : '';
    });
    return [...new Set(names.filter((n) => n !== ''))];
}
async function osvFiles(paths) {
    const files = [];
    for (const given of paths) {
        const info = await (0,promises_.stat)(given).catch(() => undefined);
        if (!info) {
            throw new errors/* InputError */.dz('OSV_MIRROR_INPUT', `${given} does not exist: give OSV advisory files or directories of them`);
        }
        if (info.isFile())
            files.push(given);
        else {
            const entries = await (0,promises_.readdir)(given, { recursive: true });
            for (const entry of entries.sort()) {
                if (OSV_FILE.test(entry))
                    files.push(external_node_path_default().join(given, entry));
            }
        }
    }
    return files;
}

;// CONCATENATED MODULE: ./src/local/sigstore/handler-route.ts
/** Runs a @sigstore/mock handler and turns its answer into a LocalResponse. */
async function callMockHandler(handler, body) {
    const result = await handler.fn(body);
    const response = result.response;
    return {
        status: result.statusCode,
        body: typeof response === 'string'
            ? response
            : new Uint8Array(response.buffer, response.byteOffset, response.byteLength),
        contentType: result.contentType ?? 'text/plain'
    };
}

;// CONCATENATED MODULE: ./src/local/sigstore/keys.ts

/** A fresh ECDSA P-256 key pair, the kind every local Sigstore service signs with. */
function createP256KeyPair() {
    return external_node_crypto_default().generateKeyPairSync('ec', { namedCurve: 'P-256' });
}
function toSpkiDer(key) {
    return key.export({ format: 'der', type: 'spki' });
}
function sha256(data) {
    return external_node_crypto_default().createHash('sha256').update(data).digest();
}
/** A Buffer over the same bytes as any typed-array view (the mock returns views). */
function toBuffer(view) {
    return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

// EXTERNAL MODULE: ./node_modules/@sigstore/mock/dist/fulcio/index.js
var fulcio = __webpack_require__(11867);
// EXTERNAL MODULE: ./node_modules/@sigstore/mock/dist/rekor/index.js
var rekor = __webpack_require__(8414);
// EXTERNAL MODULE: ./node_modules/@sigstore/mock/dist/timestamp/index.js
var timestamp = __webpack_require__(18617);
;// CONCATENATED MODULE: ./src/local/sigstore/mock-handlers.ts
/**
 * The @sigstore/mock services, imported from their own modules: the package
 * root loads nock, which would patch node:http for the whole process.
 */




;// CONCATENATED MODULE: ./src/local/sigstore/fulcio.ts
/**
 * Local Fulcio: `POST /api/v2/signingCert`, served by the @sigstore/mock CA
 * with an embedded-SCT CT log. Unlike the mock alone, it checks what real
 * Fulcio checks: the identity token (through `verifyToken`) and the proof of
 * possession of the private key.
 */





/** The claim real Fulcio puts in the SAN for GitHub tokens (the workflow URL). */
const GITHUB_SUBJECT_CLAIM = 'job_workflow_url';
async function startLocalFulcio(verifyToken) {
    const caKeyPair = createP256KeyPair();
    const ctKeyPair = createP256KeyPair();
    const ctLog = await (0,fulcio/* initializeCTLog */.aR)(ctKeyPair);
    const ca = await (0,fulcio/* initializeCA */.vk)(caKeyPair, ctLog);
    const withWorkflowSan = (0,fulcio/* fulcioHandler */.n6)(ca, {
        subjectClaim: GITHUB_SUBJECT_CLAIM
    });
    const withSub = (0,fulcio/* fulcioHandler */.n6)(ca);
    const server = new LocalServer('fulcio');
    server.route('POST', '/api/v2/signingCert', async (req) => {
        const body = req.body.toString('utf8');
        let request;
        try {
            request = JSON.parse(body);
        }
        catch {
            return { status: 400, body: { code: 400, message: 'invalid JSON body' } };
        }
        const token = request.credentials?.oidcIdentityToken;
        if (typeof token !== 'string') {
            return unauthenticated('missing credentials.oidcIdentityToken');
        }
        let claims;
        try {
            claims = verifyToken ? await verifyToken(token) : decodeClaims(token);
        }
        catch (error) {
            return unauthenticated(`invalid identity token: ${String(error)}`);
        }
        const problem = checkProofOfPossession(request, claims);
        if (problem)
            return { status: 400, body: { code: 400, message: problem } };
        const handler = typeof claims[GITHUB_SUBJECT_CLAIM] === 'string'
            ? withWorkflowSan
            : withSub;
        return callMockHandler(handler, body);
    });
    await server.listen();
    return {
        server,
        ca,
        ctLog: {
            publicKey: toBuffer(ctLog.publicKey),
            logID: toBuffer(ctLog.logID)
        },
        caKeyPair,
        ctKeyPair
    };
}
function unauthenticated(message) {
    return { status: 401, body: { code: 401, message } };
}
function decodeClaims(token) {
    const payload = token.split('.')[1];
    if (!payload)
        throw new Error('not a JWT');
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
}
/** Fulcio's challenge: the subject (email, else sub) signed with the requested key. */
function checkProofOfPossession(request, claims) {
    const pem = request.publicKeyRequest?.publicKey?.content;
    const proof = request.publicKeyRequest?.proofOfPossession;
    if (typeof pem !== 'string' || typeof proof !== 'string') {
        return 'publicKeyRequest needs publicKey.content and proofOfPossession';
    }
    const subject = typeof claims.email === 'string'
        ? claims.email
        : typeof claims.sub === 'string'
            ? claims.sub
            : '';
    try {
        const ok = external_node_crypto_default().verify('sha256', Buffer.from(subject), external_node_crypto_default().createPublicKey(pem), Buffer.from(proof, 'base64'));
        return ok ? undefined : 'proof of possession does not verify';
    }
    catch (error) {
        return `proof of possession does not verify: ${String(error)}`;
    }
}

;// CONCATENATED MODULE: ./src/lib/canonical-json.ts
/**
 * JSON with object keys sorted at every depth and no white space (the subset
 * of RFC 8785 that Sigstore and in-toto data needs): the same value always
 * gives the same bytes.
 */
function toCanonicalJson(value) {
    if (value === null || typeof value !== 'object') {
        const text = JSON.stringify(value);
        if (text === undefined)
            throw new TypeError(`cannot serialise ${typeof value}`);
        return text;
    }
    if (Array.isArray(value)) {
        return `[${value.map((v) => toCanonicalJson(v ?? null)).join(',')}]`;
    }
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${toCanonicalJson(v)}`).join(',')}}`;
}

;// CONCATENATED MODULE: ./src/local/sigstore/rekor-entries.ts
/**
 * What the local Rekor stores, and in which form. The mock log stores a
 * proposed entry verbatim; real Rekor canonicalises it first. For `dsse`
 * 0.0.1 that matters (verifiers read `spec.signatures` and
 * `spec.payloadHash`), so proposed DSSE entries are rewritten here the way
 * Rekor rewrites them.
 */

function toCanonicalEntry(proposed) {
    if (!isProposedDsse(proposed))
        return proposed;
    const { envelope, verifiers } = proposed.spec.proposedContent;
    const parsed = JSON.parse(envelope);
    const payload = Buffer.from(parsed.payload, 'base64');
    return {
        apiVersion: proposed.apiVersion,
        kind: 'dsse',
        spec: {
            envelopeHash: {
                algorithm: 'sha256',
                value: sha256(envelope).toString('hex')
            },
            payloadHash: {
                algorithm: 'sha256',
                value: sha256(payload).toString('hex')
            },
            signatures: parsed.signatures.map((s, i) => ({
                signature: s.sig,
                verifier: verifiers[i] ?? verifiers[0]
            }))
        }
    };
}
/** The artifact digests an entry can be found by (`POST /api/v1/index/retrieve`). */
function indexKeysOf(entry) {
    const spec = entry.spec ?? {};
    const keys = [];
    const data = spec.data;
    if (data?.hash?.value)
        keys.push(`${data.hash.algorithm ?? 'sha256'}:${data.hash.value}`);
    const payloadHash = spec.payloadHash;
    if (payloadHash?.value)
        keys.push(`${payloadHash.algorithm ?? 'sha256'}:${payloadHash.value}`);
    return keys;
}
function isProposedDsse(value) {
    const v = value;
    return (v?.kind === 'dsse' &&
        typeof v.spec?.proposedContent?.envelope === 'string' &&
        Array.isArray(v.spec.proposedContent.verifiers));
}

;// CONCATENATED MODULE: ./src/local/sigstore/rekor.ts
/**
 * Local Rekor (v1 API) over the @sigstore/mock transparency log: entry
 * creation, the lookups a verifier or a re-run needs, and Rekor's 409
 * "an equivalent entry already exists" with a Location header, which the mock
 * alone does not produce.
 */





const ENTRIES_PATH = '/api/v1/log/entries';
/** The entries logged, by every key a client looks one up by. */
class EntryIndex {
    entries = [];
    byUuid = new Map();
    /** By the SHA-256 of the canonical body: an equivalent entry is refused. */
    byBody = new Map();
    byIndex = new Map();
    /** Rekor's search index: artifact digest -> UUIDs. */
    byDigest = new Map();
    add(stored, bodyKey, canonical) {
        this.entries.push(stored);
        this.byUuid.set(stored.uuid, stored);
        this.byBody.set(bodyKey, stored);
        this.byIndex.set(stored.logIndex, stored);
        for (const key of indexKeysOf(canonical)) {
            this.byDigest.set(key, [...(this.byDigest.get(key) ?? []), stored.uuid]);
        }
    }
}
async function startLocalRekor() {
    const keyPair = createP256KeyPair();
    const server = new LocalServer('rekor');
    const url = await server.listen();
    // The checkpoint names host:port, and verifiers match it against the
    // trusted root's baseUrl: the log must know its real address.
    const tlog = await (0,rekor/* initializeTLog */.Lb)(url, keyPair);
    const index = new EntryIndex();
    server.route('POST', ENTRIES_PATH, (req) => createEntry(req, tlog, index));
    routeLookups(server, index);
    server.route('GET', '/api/v1/log/publicKey', () => ({
        status: 200,
        body: keyPair.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
        contentType: 'application/x-pem-file'
    }));
    server.route('GET', '/api/v1/log', () => ({
        status: 200,
        body: { treeSize: index.entries.length, treeID: '0', rootHash: '' }
    }));
    return { server, tlog, keyPair, entries: index.entries };
}
/** POST /api/v1/log/entries: logged and indexed, or 409 with the equivalent entry's Location. */
async function createEntry(req, tlog, index) {
    let proposed;
    try {
        proposed = JSON.parse(req.body.toString('utf8'));
    }
    catch {
        return error(400, 'invalid JSON body');
    }
    let canonical;
    try {
        canonical = toCanonicalEntry(proposed);
    }
    catch (e) {
        return error(400, `invalid entry: ${String(e)}`);
    }
    const bodyKey = sha256(toCanonicalJson(canonical)).toString('hex');
    const existing = index.byBody.get(bodyKey);
    if (existing) {
        return {
            ...error(409, `an equivalent entry already exists in the transparency log with UUID ${existing.uuid}`),
            headers: { location: `${ENTRIES_PATH}/${existing.uuid}` }
        };
    }
    let response;
    try {
        response = (await tlog.log(canonical));
    }
    catch (e) {
        return error(400, String(e));
    }
    const [uuid, entry] = Object.entries(response)[0];
    index.add({ uuid, logIndex: entry.logIndex, response }, bodyKey, canonical);
    return {
        status: 201,
        body: response,
        headers: { location: `${ENTRIES_PATH}/${uuid}` }
    };
}
/** The lookups a verifier or a re-run makes: by UUID, by log index, several at once, by artifact digest. */
function routeLookups(server, index) {
    server.route('GET', `${ENTRIES_PATH}/:uuid`, (req) => {
        const found = index.byUuid.get(req.params.uuid ?? '');
        return found ? { status: 200, body: found.response } : rekor_notFound();
    });
    server.route('GET', ENTRIES_PATH, (req) => {
        const found = index.byIndex.get(Number(req.query.get('logIndex')));
        return found ? { status: 200, body: found.response } : rekor_notFound();
    });
    server.route('POST', `${ENTRIES_PATH}/retrieve`, (req) => {
        const query = parseJson(req);
        const found = [
            ...(query?.entryUUIDs ?? []).map((u) => index.byUuid.get(u)),
            ...(query?.logIndexes ?? []).map((i) => index.byIndex.get(i))
        ].filter((e) => e !== undefined);
        return { status: 200, body: found.map((e) => e.response) };
    });
    server.route('POST', '/api/v1/index/retrieve', (req) => {
        const query = parseJson(req);
        return { status: 200, body: index.byDigest.get(query?.hash ?? '') ?? [] };
    });
}
function parseJson(req) {
    try {
        return JSON.parse(req.body.toString('utf8'));
    }
    catch {
        return undefined;
    }
}
function error(status, message) {
    return { status, body: { code: status, message } };
}
function rekor_notFound() {
    return error(404, 'entry not found');
}

;// CONCATENATED MODULE: ./src/local/sigstore/trusted-root.ts

const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';
const SIGNING_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json';
/** Back-dated: Rekor rounds integratedTime down, and clocks drift. */
const VALID_FROM_BACKDATE_MS = 60 * 60 * 1000;
const b64 = (bytes) => Buffer.from(bytes).toString('base64');
function buildTrustedRoot(parts) {
    const validFor = {
        start: new Date(parts.now.getTime() - VALID_FROM_BACKDATE_MS).toISOString()
    };
    const rekorSpki = toSpkiDer(parts.rekorPublicKey);
    const transparencyLog = (baseUrl, spki, keyId) => ({
        baseUrl,
        hashAlgorithm: 'SHA2_256',
        publicKey: {
            rawBytes: b64(spki),
            keyDetails: 'PKIX_ECDSA_P256_SHA_256',
            validFor
        },
        logId: { keyId: b64(keyId) }
    });
    return {
        mediaType: TRUSTED_ROOT_MEDIA_TYPE,
        tlogs: [transparencyLog(parts.rekorUrl, rekorSpki, sha256(rekorSpki))],
        certificateAuthorities: [
            {
                subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
                uri: parts.fulcioUrl,
                certChain: { certificates: [{ rawBytes: b64(parts.caRoot) }] },
                validFor
            }
        ],
        ctlogs: [
            transparencyLog(parts.ctLogUrl, parts.ctLogPublicKey, parts.ctLogId)
        ],
        // The intermediate first, then the root: root first fails verification.
        timestampAuthorities: [
            {
                subject: { organization: 'sigstore.mock', commonName: 'tsa' },
                uri: parts.tsaUrl,
                certChain: {
                    certificates: [
                        { rawBytes: b64(parts.tsaIntermediate) },
                        { rawBytes: b64(parts.tsaRoot) }
                    ]
                },
                validFor
            }
        ]
    };
}
/** A Sigstore SigningConfig v0.2 naming the local services. */
function buildSigningConfig(parts) {
    const service = (url) => ({
        url,
        majorApiVersion: 1,
        validFor: {
            start: new Date(parts.now.getTime() - VALID_FROM_BACKDATE_MS).toISOString()
        },
        operator: 'provenant-local'
    });
    return {
        mediaType: SIGNING_CONFIG_MEDIA_TYPE,
        caUrls: [service(parts.fulcioUrl)],
        oidcUrls: [service(parts.oidcUrl)],
        rekorTlogUrls: [service(parts.rekorUrl)],
        tsaUrls: [
            { ...service(parts.tsaUrl), url: `${parts.tsaUrl}/api/v1/timestamp` }
        ],
        rekorTlogConfig: { selector: 'ANY' },
        tsaConfig: { selector: 'ANY' }
    };
}

;// CONCATENATED MODULE: ./src/local/sigstore/tsa.ts
/**
 * Local timestamp authority: `POST /api/v1/timestamp` (RFC 3161), served by
 * the @sigstore/mock TSA.
 */




async function startLocalTsa() {
    const keyPair = createP256KeyPair();
    // The mock writes fractional seconds without trailing zeros (".3Z"), which
    // @sigstore/core rejects now and then. It reads the clock object it was
    // given on every request, so keep that object at the current whole second.
    const clock = new Date(wholeSecondNow());
    const tsa = await (0,timestamp/* initializeTSA */.LD)(keyPair, clock);
    const handler = (0,timestamp/* tsaHandler */.xS)(tsa);
    const server = new LocalServer('tsa');
    server.route('POST', '/api/v1/timestamp', (req) => {
        clock.setTime(wholeSecondNow());
        return callMockHandler(handler, req.body.toString('utf8'));
    });
    await server.listen();
    return { server, tsa, keyPair };
}
function wholeSecondNow() {
    return Math.floor(Date.now() / 1000) * 1000;
}

;// CONCATENATED MODULE: ./src/local/sigstore/index.ts





async function startLocalSigstore(options = {}) {
    const started = [];
    try {
        const fulcio = await startLocalFulcio(options.verifyToken);
        started.push(fulcio);
        const rekor = await startLocalRekor();
        started.push(rekor);
        const tsa = await startLocalTsa();
        started.push(tsa);
        const trustedRoot = buildTrustedRoot({
            fulcioUrl: fulcio.server.url,
            caRoot: toBuffer(fulcio.ca.rootCertificate),
            ctLogUrl: fulcio.server.url,
            ctLogPublicKey: fulcio.ctLog.publicKey,
            ctLogId: fulcio.ctLog.logID,
            rekorUrl: rekor.server.url,
            rekorPublicKey: rekor.keyPair.publicKey,
            tsaUrl: tsa.server.url,
            tsaRoot: toBuffer(tsa.tsa.rootCertificate),
            tsaIntermediate: toBuffer(tsa.tsa.intCertificate),
            now: new Date()
        });
        return {
            fulcio,
            rekor,
            tsa,
            fulcioUrl: fulcio.server.url,
            rekorUrl: rekor.server.url,
            tsaUrl: tsa.server.url,
            trustedRoot,
            close: () => closeAll(started)
        };
    }
    catch (error) {
        await closeAll(started);
        throw error;
    }
}
async function closeAll(started) {
    await Promise.all(started.map((s) => s.server.close()));
}

;// CONCATENATED MODULE: ./src/local/stack.ts
/**
 * The whole embedded local stack: Sigstore (Fulcio, Rekor, TSA), the OIDC
 * issuer that stands in for GitHub Actions' token service, the GitHub REST
 * subset, and an OSV mirror (the advisories it is given, as OSV exports). Everything listens on 127.0.0.1 with ports the system chooses, and
 * close() stops it all.
 */









/** The audience Fulcio requires of identity tokens. */
const SIGSTORE_AUDIENCE = 'sigstore';
const TRUSTED_ROOT_FILE = 'trusted_root.json';
const SIGNING_CONFIG_FILE = 'signing_config.json';
async function startLocalStack(options = {}) {
    const closers = [];
    const closeAll = async () => {
        await Promise.all(closers.splice(0).map((close) => close()));
    };
    try {
        const oidc = await startOidcIssuer({
            env: options.env ?? {},
            ...(options.claims ? { claims: options.claims } : {})
        });
        closers.push(() => oidc.close());
        const jwks = (0,local/* createLocalJWKSet */.w)(oidc.jwks);
        const sigstore = await startLocalSigstore({
            verifyToken: async (token) => {
                const { payload } = await (0,verify/* jwtVerify */.V)(token, jwks, {
                    issuer: oidc.url,
                    audience: SIGSTORE_AUDIENCE
                });
                return payload;
            }
        });
        closers.push(() => sigstore.close());
        const github = await startGitHubApi(options.githubToken ? { token: options.githubToken } : {});
        closers.push(() => github.close());
        const osv = await startOsvMirror(options.osv ?? []);
        closers.push(() => osv.close());
        const signingConfig = buildSigningConfig({
            fulcioUrl: sigstore.fulcioUrl,
            oidcUrl: oidc.url,
            rekorUrl: sigstore.rekorUrl,
            tsaUrl: sigstore.tsaUrl,
            now: new Date()
        });
        const env = stackEnv(oidc, sigstore, github);
        return {
            sigstore,
            oidc,
            github,
            osv,
            fulcioUrl: sigstore.fulcioUrl,
            rekorUrl: sigstore.rekorUrl,
            tsaUrl: sigstore.tsaUrl,
            trustedRoot: sigstore.trustedRoot,
            signingConfig,
            env,
            writeTrust: async (dir) => {
                await (0,promises_.mkdir)(dir, { recursive: true });
                const trustedRoot = external_node_path_default().join(dir, TRUSTED_ROOT_FILE);
                const signingConfigPath = external_node_path_default().join(dir, SIGNING_CONFIG_FILE);
                await writeJsonAtomically(trustedRoot, sigstore.trustedRoot);
                await writeJsonAtomically(signingConfigPath, signingConfig);
                return { trustedRoot, signingConfig: signingConfigPath };
            },
            close: closeAll
        };
    }
    catch (error) {
        await closeAll();
        throw error;
    }
}
/** The variables that point an action at the stack: the runner's OIDC request, the GitHub API and repository, the Sigstore services. */
function stackEnv(oidc, sigstore, github) {
    const claims = oidc.claims;
    return {
        ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
        GITHUB_API_URL: github.url,
        GITHUB_SERVER_URL: GITHUB_SERVER_URL,
        GITHUB_TOKEN: github.token,
        GITHUB_REPOSITORY: claims.repository,
        GITHUB_REPOSITORY_ID: claims.repository_id,
        GITHUB_REPOSITORY_OWNER: claims.repository_owner,
        GITHUB_REPOSITORY_OWNER_ID: claims.repository_owner_id,
        GITHUB_SHA: claims.sha,
        GITHUB_REF: claims.ref,
        GITHUB_WORKFLOW_REF: claims.workflow_ref,
        GITHUB_EVENT_NAME: claims.event_name,
        GITHUB_RUN_ID: claims.run_id,
        GITHUB_RUN_ATTEMPT: claims.run_attempt,
        RUNNER_ENVIRONMENT: claims.runner_environment,
        INPUT_SIGSTORE: 'custom',
        INPUT_FULCIO_URL: sigstore.fulcioUrl,
        INPUT_REKOR_URL: sigstore.rekorUrl,
        INPUT_TSA_URL: sigstore.tsaUrl,
        NO_PROXY: '127.0.0.1,localhost',
        no_proxy: '127.0.0.1,localhost'
    };
}
async function writeJsonAtomically(file, value) {
    const temp = `${file}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(temp, `${JSON.stringify(value, null, 2)}\n`);
    await (0,promises_.rename)(temp, file);
}


/***/ })

};
