export const id = 240;
export const ids = [240];
export const modules = {

/***/ 2240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadVexContext: () => (/* binding */ loadVexContext)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/packageurl-js/index.js
var packageurl_js = __webpack_require__(7091);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/scan/names.ts
var names = __webpack_require__(2849);
;// CONCATENATED MODULE: ./src/lib/scan/sbom-input.ts
/**
 * SBOMs read back for scanning: CycloneDX 1.4-1.6 and SPDX 2.2/2.3 JSON
 * from any tool (Provenant, Syft, cdxgen, cyclonedx-npm, GitHub's
 * dependency-graph export, which wraps SPDX in `{ "sbom": ... }`).
 * Components are identified by purl; the ones without one are counted.
 */



const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => typeof v === 'string' ? v : undefined;
const CYCLONEDX_VERSIONS = ['1.4', '1.5', '1.6'];
const SPDX_VERSIONS = ['SPDX-2.2', 'SPDX-2.3'];
/** The component a purl names, or undefined when the purl cannot be read. */
function toScanComponent(ref, purl) {
    let parsed;
    try {
        parsed = packageurl_js.PackageURL.fromString(purl);
    }
    catch {
        return undefined;
    }
    return {
        ref,
        purl,
        ecosystem: names/* PURL_ECOSYSTEMS */.sP[parsed.type],
        name: (0,names/* osvNameOf */.nL)(parsed.type, parsed.namespace ?? undefined, parsed.name),
        version: parsed.version ?? ''
    };
}
/** Reads one SBOM document; `subject` names it in errors. */
function readSbomDocument(value, subject) {
    const doc = isRecord(value) && isRecord(value.sbom) ? value.sbom : value;
    if (isRecord(doc) && doc.bomFormat === 'CycloneDX') {
        const version = str(doc.specVersion) ?? '';
        if (!CYCLONEDX_VERSIONS.includes(version))
            throw unsupported(subject, `CycloneDX ${version || '(no specVersion)'}`);
        return readCycloneDx(doc, subject);
    }
    if (isRecord(doc) && typeof doc.spdxVersion === 'string') {
        if (!SPDX_VERSIONS.includes(doc.spdxVersion))
            throw unsupported(subject, doc.spdxVersion);
        return readSpdx(doc, subject);
    }
    throw new errors/* InputError */.dz('SCAN_SBOM_UNRECOGNISED', `${subject} is not a CycloneDX or SPDX JSON SBOM: give a CycloneDX 1.4-1.6 or SPDX 2.2/2.3 JSON file, or a directory or artifact to describe`);
}
function unsupported(subject, what) {
    return new errors/* InputError */.dz('SCAN_SBOM_VERSION', `${subject} is ${what}, which scan does not read: give CycloneDX 1.4-1.6 or SPDX 2.2/2.3 JSON (re-export it, or run scan on the project directory)`);
}
function readCycloneDx(doc, subject) {
    const components = [];
    let unidentified = 0;
    const walk = (list) => {
        if (!Array.isArray(list))
            return;
        for (const c of list) {
            if (!isRecord(c))
                continue;
            const purl = str(c.purl);
            const component = purl
                ? toScanComponent(str(c['bom-ref']) ?? purl, purl)
                : undefined;
            if (component)
                components.push(component);
            else
                unidentified++;
            walk(c.components);
        }
    };
    walk(doc.components);
    const metadata = isRecord(doc.metadata) ? doc.metadata : {};
    const root = isRecord(metadata.component) ? metadata.component : undefined;
    const sbom = {
        subject,
        format: 'cyclonedx',
        components,
        unidentified
    };
    const serial = str(doc.serialNumber);
    if (serial)
        sbom.serialNumber = serial;
    if (root) {
        sbom.product = compact({
            ref: str(root['bom-ref']),
            name: str(root.name) ?? subject,
            version: str(root.version),
            purl: str(root.purl)
        });
    }
    return sbom;
}
function readSpdx(doc, subject) {
    const components = [];
    let unidentified = 0;
    const described = new Set(Array.isArray(doc.documentDescribes) ? doc.documentDescribes : []);
    for (const rel of Array.isArray(doc.relationships) ? doc.relationships : []) {
        if (isRecord(rel) &&
            rel.relationshipType === 'DESCRIBES' &&
            rel.spdxElementId === 'SPDXRef-DOCUMENT')
            described.add(rel.relatedSpdxElement);
    }
    let product;
    for (const p of Array.isArray(doc.packages) ? doc.packages : []) {
        if (!isRecord(p))
            continue;
        const id = str(p.SPDXID) ?? '';
        const purl = (Array.isArray(p.externalRefs) ? p.externalRefs : [])
            .filter(isRecord)
            .find((r) => r.referenceType === 'purl')?.referenceLocator;
        const component = typeof purl === 'string' ? toScanComponent(id, purl) : undefined;
        if (described.has(id) && !product)
            product = compact({
                ref: id,
                name: str(p.name) ?? subject,
                version: str(p.versionInfo),
                purl: component?.purl
            });
        if (component)
            components.push(component);
        else if (!described.has(id))
            unidentified++;
    }
    return {
        subject,
        format: 'spdx',
        components,
        unidentified,
        ...(product ? { product } : {})
    };
}
function compact(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/lib/net/retry.ts
var retry = __webpack_require__(6269);
// EXTERNAL MODULE: ./src/io/net/retry.ts + 1 modules
var net_retry = __webpack_require__(2342);
;// CONCATENATED MODULE: ./src/io/scan/deps.ts
/** The scan's I/O, built once for the action and the CLI: clock, ids, logger and the retry policy for downloads. */



/** A whole all.zip (PyPI's is tens of MB) may take a while on a slow runner. */
const DOWNLOAD_TIMEOUT_MS = 120_000;
function createScanDeps(env, logger) {
    return {
        env,
        now: () => new Date(),
        uuid: external_node_crypto_.randomUUID,
        logger,
        retry: (0,net_retry/* createRetryContext */.UF)({
            maxAttempts: retry/* DEFAULT_MAX_ATTEMPTS */.Gz,
            retryBudgetMs: 300_000,
            requestTimeoutMs: DOWNLOAD_TIMEOUT_MS
        }, logger)
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/lib/scan/advisory-index.ts

const INDEX_FORMAT = 'provenant-osv-index/2';
function buildAdvisoryIndex(all) {
    const advisories = [];
    let withdrawn = 0;
    const seen = new Map();
    for (const advisory of all) {
        if (advisory.withdrawn) {
            withdrawn++;
            continue;
        }
        // The same id twice (two copies of one database): the newer wins.
        const at = seen.get(advisory.id);
        if (at !== undefined) {
            if (advisory.modified > advisories[at].modified)
                advisories[at] = advisory;
            continue;
        }
        seen.set(advisory.id, advisories.length);
        advisories.push(advisory);
    }
    return { advisories, byPackage: keyAffected(advisories), withdrawn };
}
function keyAffected(advisories) {
    const byPackage = new Map();
    advisories.forEach((advisory, a) => advisory.affected.forEach((entry, e) => {
        const key = (0,names/* packageKey */.MO)(entry.ecosystem, entry.name);
        const list = byPackage.get(key);
        if (list)
            list.push([a, e]);
        else
            byPackage.set(key, [[a, e]]);
    }));
    return byPackage;
}
function toSerializedIndex(index) {
    return {
        format: INDEX_FORMAT,
        advisories: index.advisories,
        packages: [...index.byPackage].map(([key, pairs]) => [key, pairs.flat()]),
        withdrawn: index.withdrawn
    };
}
/** undefined when the value is not an index of this format (an old cache). */
function fromSerializedIndex(value) {
    const v = value;
    if (v?.format !== INDEX_FORMAT ||
        !Array.isArray(v.advisories) ||
        !Array.isArray(v.packages))
        return undefined;
    const byPackage = new Map();
    for (const [key, flat] of v.packages) {
        const pairs = [];
        for (let i = 0; i < flat.length; i += 2)
            pairs.push([flat[i], flat[i + 1]]);
        byPackage.set(key, pairs);
    }
    return { advisories: v.advisories, byPackage, withdrawn: v.withdrawn ?? 0 };
}
/** Several databases as one (advisories of the same id: the newer wins). */
function mergeIndexes(indexes) {
    if (indexes.length === 1)
        return indexes[0];
    const merged = buildAdvisoryIndex(indexes.flatMap((i) => i.advisories));
    merged.withdrawn = indexes.reduce((n, i) => n + i.withdrawn, 0);
    return merged;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(1306);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/lib/scan/osv.ts
/**
 * OSV advisories (schema 1.x, JSON or YAML already parsed) read into the
 * slim shape the matcher needs. Anything that is not an advisory is
 * reported by the caller with its file name.
 */

const osv_isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v) => Array.isArray(v) ? v.filter((s) => typeof s === 'string') : [];
const records = (v) => Array.isArray(v) ? v.filter(osv_isRecord) : [];
const osv_text = (v) => typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
/** An OSV record, or undefined when the value is not one (no id). */
function toAdvisory(value) {
    if (!osv_isRecord(value) || typeof value.id !== 'string')
        return undefined;
    const affected = records(value.affected).flatMap(toAffected);
    const declared = osv_text(osv_isRecord(value.database_specific) && value.database_specific.severity) ??
        records(value.affected)
            .map((a) => osv_isRecord(a.ecosystem_specific) && osv_text(a.ecosystem_specific.severity))
            .find((s) => typeof s === 'string');
    const references = records(value.references);
    const advisory = {
        id: value.id,
        aliases: strings(value.aliases).filter((a) => a !== value.id),
        summary: osv_text(value.summary) ?? firstLine(osv_text(value.details)),
        modified: osv_text(value.modified) ?? '',
        severity: toSeverities(value.severity),
        affected
    };
    const withdrawn = osv_text(value.withdrawn);
    if (withdrawn)
        advisory.withdrawn = withdrawn;
    if (declared)
        advisory.declaredSeverity = declared;
    const url = references.find((r) => r.type === 'ADVISORY' &&
        typeof r.url === 'string' &&
        r.url.includes(value.id))?.url ?? references.find((r) => typeof r.url === 'string')?.url;
    if (typeof url === 'string')
        advisory.url = url;
    return advisory;
}
function firstLine(details) {
    return (details ?? '').split('\n')[0].slice(0, 200);
}
function toSeverities(value) {
    return records(value).flatMap((s) => typeof s.type === 'string' && typeof s.score === 'string'
        ? [{ type: s.type, score: s.score }]
        : []);
}
function toAffected(entry) {
    const pkg = osv_isRecord(entry.package) ? entry.package : undefined;
    if (!pkg || typeof pkg.name !== 'string' || typeof pkg.ecosystem !== 'string')
        return [];
    return [
        {
            ecosystem: (0,names/* baseEcosystem */.sz)(pkg.ecosystem),
            name: pkg.name,
            ranges: records(entry.ranges).map((r) => ({
                type: typeof r.type === 'string' ? r.type : '',
                ...(typeof r.repo === 'string' ? { repo: r.repo } : {}),
                events: records(r.events).map(toEvent)
            })),
            versions: strings(entry.versions),
            severity: toSeverities(entry.severity)
        }
    ];
}
function toEvent(event) {
    const out = {};
    for (const key of [
        'introduced',
        'fixed',
        'last_affected',
        'limit'
    ]) {
        const value = osv_text(event[key]);
        if (value !== undefined)
            out[key] = value;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/io/fs/atomic-write.ts
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
            throw new errors/* InputError */.dz('OUTPUT_UNWRITABLE', `cannot write ${file.path}: it is a directory; give a file path`, { cause: Object.assign(new Error('EISDIR'), { code: 'EISDIR' }) });
        }
    }
    const tag = `${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    const staged = [];
    const created = [];
    holdSignals();
    try {
        for (const dir of new Set(files.map((file) => external_node_path_default().dirname(file.path)))) {
            await mkdirTracked(dir, created);
        }
        for (let i = 0; i < files.length; i += WRITES_AT_ONCE) {
            const batch = files.slice(i, i + WRITES_AT_ONCE).map((file) => {
                const dir = external_node_path_default().dirname(file.path);
                const temp = external_node_path_default().join(dir, `.${external_node_path_default().basename(file.path)}.${tag}.tmp`);
                staged.push({ temp, target: file.path });
                return (0,promises_.writeFile)(temp, file.content, {
                    flag: 'wx',
                    ...(file.mode !== undefined ? { mode: file.mode } : {})
                });
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
            await (0,promises_.rm)(entry.temp, { force: true }).catch(() => undefined);
            if (entry.backup && kindOf(entry.target) === undefined) {
                try {
                    (0,external_node_fs_.renameSync)(entry.backup, entry.target);
                }
                catch {
                    // Left as it is: the next step must still run.
                }
            }
        }
        for (const dir of created.reverse()) {
            await (0,promises_.rmdir)(dir).catch(() => undefined);
        }
        throw toOutputError(error, staged);
    }
    finally {
        releaseSignals();
    }
}
/** Errors of the file system that the user fixes by choosing another path. */
const PATH_ERRORS = new Set([
    'EISDIR',
    'ENOTDIR',
    'EACCES',
    'EPERM',
    'EROFS',
    'ENAMETOOLONG'
]);
/**
 * A write that failed on the path the user chose is an input error (exit 2)
 * naming the file as the user would, not the hidden temp file.
 */
function toOutputError(error, staged) {
    const { code, path: failed } = error;
    if (typeof code !== 'string' || !PATH_ERRORS.has(code))
        return error;
    const target = staged.find((entry) => entry.temp === failed)?.target ??
        (typeof failed === 'string' ? failed : undefined);
    return new errors/* InputError */.dz('OUTPUT_UNWRITABLE', `cannot write ${target ?? 'the output'} (${code}): give a path in a folder you can write to`, { cause: error });
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
                (0,external_node_fs_.renameSync)(entry.target, entry.backup);
            }
            (0,external_node_fs_.renameSync)(entry.temp, entry.target);
            done.push(entry);
        }
    }
    catch (error) {
        for (const entry of done.reverse()) {
            (0,external_node_fs_.rmSync)(entry.target, { force: true });
            if (entry.backup)
                (0,external_node_fs_.renameSync)(entry.backup, entry.target);
        }
        throw error;
    }
    for (const entry of staged) {
        if (entry.backup)
            (0,external_node_fs_.rmSync)(entry.backup, { force: true });
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
    for (let d = dir; kindOf(d) === undefined; d = external_node_path_default().dirname(d)) {
        missing.unshift(d);
        if (external_node_path_default().dirname(d) === d)
            break;
    }
    if (missing.length === 0)
        return;
    await (0,promises_.mkdir)(dir, { recursive: true });
    created.push(...missing);
}
/** A cheap, throw-free stat (no ENOENT errors built per file). */
function kindOf(file) {
    const stats = (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false });
    if (!stats)
        return undefined;
    return stats.isDirectory() ? 'directory' : 'file';
}

;// CONCATENATED MODULE: ./src/io/scan/database.ts
/**
 * OSV databases on disk: a directory tree of OSV JSON/YAML files (any
 * depth), a zip of them (OSV's per-ecosystem all.zip), or one OSV file. The
 * index of each is built once and kept in the cache directory, keyed by a
 * fingerprint of the files (names, sizes, times) or of the zip's bytes; a
 * later scan of the same database reads one file.
 */










const OSV_FILE = /\.(json|ya?ml)$/i;
const decoder = new TextDecoder();
function parseOsv(text, name, display) {
    try {
        const value = /\.json$/i.test(name)
            ? JSON.parse(text)
            : (0,dist/* parse */.qg)(text);
        return toAdvisory(value);
    }
    catch (error) {
        throw new errors/* InputError */.dz('SCAN_DB_UNREADABLE', `--db ${display}: ${name} is not valid ${/\.json$/i.test(name) ? 'JSON' : 'YAML'} (${error.message}): fix or remove the file`, { cause: error });
    }
}
/** Names, sizes and times of the OSV files under `dir` (statSync: for 8,000 files it is several times faster than one promise each). */
async function listDirectory(dir) {
    const entries = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true });
    return entries
        .filter((e) => e.isFile() && OSV_FILE.test(e.name))
        .map((e) => {
        const full = external_node_path_default().join(e.parentPath, e.name);
        const info = (0,external_node_fs_.statSync)(full);
        return {
            name: external_node_path_default().relative(dir, full),
            size: info.size,
            mtimeMs: info.mtimeMs
        };
    })
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
async function readAll(items, read, display) {
    const advisories = [];
    const problems = [];
    for (const name of items) {
        try {
            const advisory = parseOsv(await read(name), name, display);
            if (advisory)
                advisories.push(advisory);
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.dz))
                throw error;
            problems.push(error);
        }
    }
    if (problems.length > 0)
        throw problems.length === 1
            ? problems[0]
            : new errors/* InputErrors */.G(problems.slice(0, 10));
    return advisories;
}
/** Reads the cached index, or builds it (and caches it when a cache directory is given). */
async function loadDatabase(source, cacheDir) {
    const info = await (0,promises_.stat)(source.absolute).catch((error) => {
        throw new errors/* InputError */.dz('SCAN_DB_NOT_FOUND', `--db ${source.display} does not exist: give an OSV directory, a zip (all.zip), or leave --db out to download`, { cause: error });
    });
    const hash = (0,external_node_crypto_.createHash)('sha256').update(`${INDEX_FORMAT}\n${source.absolute}\n`);
    let build;
    if (info.isDirectory()) {
        const files = await listDirectory(source.absolute);
        for (const f of files)
            hash.update(`${f.name}\0${f.size}\0${f.mtimeMs}\n`);
        build = () => readAll(files.map((f) => f.name), (name) => (0,promises_.readFile)(external_node_path_default().join(source.absolute, name), 'utf8'), source.display);
    }
    else {
        const bytes = await (0,promises_.readFile)(source.absolute);
        hash.update(bytes);
        build = () => readZipOrFile(bytes, source);
    }
    const cacheFile = cacheDir &&
        external_node_path_default().join(cacheDir, `index-${hash.digest('hex').slice(0, 32)}.json`);
    if (cacheFile) {
        const cached = await (0,promises_.readFile)(cacheFile, 'utf8').then((t) => fromSerializedIndex(JSON.parse(t)), () => undefined);
        if (cached)
            return cached;
    }
    const index = buildAdvisoryIndex(await build());
    if (cacheFile)
        await writeFilesAtomically([
            { path: cacheFile, content: JSON.stringify(toSerializedIndex(index)) }
        ]);
    return index;
}
async function readZipOrFile(bytes, source) {
    const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
    if (!isZip) {
        const name = external_node_path_default().basename(source.absolute);
        if (!OSV_FILE.test(name))
            throw new errors/* InputError */.dz('SCAN_DB_FORMAT', `--db ${source.display} is neither a directory, a zip, nor an OSV .json/.yaml file`);
        const advisory = parseOsv(decoder.decode(bytes), name, source.display);
        return advisory ? [advisory] : [];
    }
    let entries;
    try {
        entries = (0,esm/* unzipSync */.AO)(bytes, { filter: (f) => OSV_FILE.test(f.name) });
    }
    catch (error) {
        throw new errors/* InputError */.dz('SCAN_DB_ZIP', `--db ${source.display} is not a readable zip (${error.message}): download it again`, { cause: error });
    }
    const names = Object.keys(entries).sort();
    return readAll(names, (name) => decoder.decode(entries[name]), source.display);
}

// EXTERNAL MODULE: ./src/io/net/http.ts + 1 modules
var http = __webpack_require__(9963);
;// CONCATENATED MODULE: ./src/io/scan/download.ts
/**
 * OSV's per-ecosystem exports (<base>/<Ecosystem>/all.zip), kept in the
 * cache directory: each request is conditional (If-None-Match and
 * If-Modified-Since from the last answer), a 304 keeps the copy, a 200
 * replaces it atomically; network faults are retried with backoff and
 * bounded (the project's retry loop and HTTP client). Never called with
 * --offline.
 */






function cachedZipPath(cacheDir, ecosystem) {
    return external_node_path_default().join(cacheDir, 'osv', `${ecosystem.replace(/[^A-Za-z0-9.-]/g, '_')}-all.zip`);
}
async function readValidators(file) {
    try {
        await (0,promises_.stat)(file); // no zip, no conditional request
        return JSON.parse(await (0,promises_.readFile)(`${file}.json`, 'utf8'));
    }
    catch {
        return undefined;
    }
}
async function downloadEcosystem(ecosystem, options) {
    const file = cachedZipPath(options.cacheDir, ecosystem);
    const url = `${options.baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(ecosystem)}/all.zip`;
    const known = await readValidators(file);
    const headers = { accept: 'application/zip' };
    if (known?.url === url) {
        if (known.etag)
            headers['if-none-match'] = known.etag;
        if (known.lastModified)
            headers['if-modified-since'] = known.lastModified;
    }
    const answer = await (0,net_retry/* withRetry */.bD)('osv', url, options.retry, async ({ timeoutMs }) => {
        try {
            return await (0,http/* request */.Em)(url, { method: 'GET', headers, timeoutMs });
        }
        catch (error) {
            if (error instanceof http/* HttpStatusError */.F9 && error.statusCode === 304)
                return undefined;
            throw error;
        }
    });
    if (!answer)
        return { ecosystem, file, notModified: true };
    if (answer.body.length < 4 ||
        answer.body[0] !== 0x50 ||
        answer.body[1] !== 0x4b)
        throw new errors/* ServiceError */._7('osv', `OSV database (${url}) answered with something that is not a zip: check --osv-url`, { retryable: false });
    const validators = { url };
    const etag = answer.headers.etag;
    const lastModified = answer.headers['last-modified'];
    if (typeof etag === 'string')
        validators.etag = etag;
    if (typeof lastModified === 'string')
        validators.lastModified = lastModified;
    await writeFilesAtomically([
        { path: file, content: answer.body },
        { path: `${file}.json`, content: `${JSON.stringify(validators)}\n` }
    ]);
    return { ecosystem, file, notModified: false };
}

;// CONCATENATED MODULE: ./src/io/scan/databases.ts
/**
 * The advisory index of a scan: the --db databases, or the OSV export of
 * every ecosystem in the SBOMs, downloaded (conditionally) into the cache,
 * or with --offline taken from the cache as it is.
 */







/** RUNNER_TOOL_CACHE, XDG_CACHE_HOME, ~/.cache: the first that is set. */
function defaultCacheDir(env) {
    if (env.RUNNER_TOOL_CACHE)
        return external_node_path_default().join(env.RUNNER_TOOL_CACHE, 'provenant');
    if (env.XDG_CACHE_HOME)
        return external_node_path_default().join(env.XDG_CACHE_HOME, 'provenant');
    return external_node_path_default().join(env.HOME || external_node_os_default().homedir(), '.cache', 'provenant');
}
async function loadIndex(request, deps) {
    const indexCache = external_node_path_default().join(request.cacheDir, 'osv-index');
    if (request.databases.length > 0) {
        const indexes = [];
        for (const db of request.databases)
            indexes.push(await loadDatabase({ display: db, absolute: external_node_path_default().resolve(request.workspace, db) }, indexCache));
        return { index: mergeIndexes(indexes), sources: [...request.databases] };
    }
    const zips = [];
    const missing = [];
    for (const ecosystem of request.ecosystems) {
        if (request.offline) {
            const file = cachedZipPath(request.cacheDir, ecosystem);
            if ((0,external_node_fs_.existsSync)(file))
                zips.push(file);
            else
                missing.push(ecosystem);
            continue;
        }
        const result = await downloadEcosystem(ecosystem, {
            baseUrl: request.osvUrl,
            cacheDir: request.cacheDir,
            retry: deps.retry
        });
        deps.logger.info(`OSV ${ecosystem}: ${result.notModified ? 'cached copy is current' : 'downloaded'} (${result.file})`);
        zips.push(result.file);
    }
    if (missing.length > 0)
        throw new errors/* InputError */.dz('SCAN_OFFLINE_NO_DB', `--offline, but the cache ${request.cacheDir} holds no OSV export for ${missing.join(', ')}: give --db, or run once online to fill the cache`);
    const indexes = [];
    for (const zip of zips)
        indexes.push(await loadDatabase({ display: zip, absolute: zip }, indexCache));
    return {
        index: mergeIndexes(indexes.length > 0
            ? indexes
            : [{ advisories: [], byPackage: new Map(), withdrawn: 0 }]),
        sources: zips
    };
}

// EXTERNAL MODULE: ./src/io/verify/files.ts
var files = __webpack_require__(6791);
;// CONCATENATED MODULE: ./src/io/verify/vex-context.ts
/**
 * What `--require vex` needs besides the signatures: the release's shipped
 * SBOMs (CycloneDX preferred; SPDX when a folder ships no CycloneDX), read
 * as the scan reads them, and the OSV advisory index for their ecosystems
 * (--db, or the OSV exports downloaded into the scan's cache). Loaded once
 * per run; a database that cannot be read fails the run (exit 2 or 3),
 * never a silent pass.
 */





async function loadVexContext(folders, request, deps) {
    const sboms = [];
    for (const folder of folders) {
        for (const name of shippedSboms(folder.sboms)) {
            const bytes = await (0,files/* readRegularFile */.XF)(external_node_path_default().join(folder.dir, name));
            const label = external_node_path_default().join(folder.display, name);
            sboms.push(readSbomDocument(JSON.parse(bytes.toString('utf8')), label));
        }
    }
    const ecosystems = [
        ...new Set(sboms.flatMap((s) => s.components.flatMap((c) => (c.ecosystem ? [c.ecosystem] : []))))
    ].sort();
    const scanDeps = createScanDeps(deps.env, deps.logger);
    const { index } = await loadIndex({
        workspace: deps.cwd,
        databases: request.databases,
        ecosystems,
        offline: request.offline,
        osvUrl: request.osvUrl,
        cacheDir: defaultCacheDir(deps.env)
    }, scanDeps);
    return { index, sboms };
}
/** The same components described twice (CycloneDX and SPDX) are read once. */
function shippedSboms(names) {
    const cyclonedx = names.filter((n) => !/\.spdx\.json$/i.test(n));
    return cyclonedx.length > 0 ? cyclonedx : [...names];
}


/***/ })

};
