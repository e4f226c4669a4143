export const id = 639;
export const ids = [639];
export const modules = {

/***/ 1639:
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
;// CONCATENATED MODULE: ./src/lib/scan/names.ts
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
        ecosystem: PURL_ECOSYSTEMS[parsed.type],
        name: osvNameOf(parsed.type, parsed.namespace ?? undefined, parsed.name),
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
var net_retry = __webpack_require__(9961);
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
        const key = packageKey(entry.ecosystem, entry.name);
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
            ecosystem: baseEcosystem(pkg.ecosystem),
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

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(3297);
;// CONCATENATED MODULE: ./src/lib/scan/versions/maven.ts
/**
 * Maven version order (ComparableVersion of maven-artifact): items split at
 * "." and "-" and at digit/letter switches; numbers compare as numbers,
 * qualifiers by their rank (alpha < beta < milestone < rc < snapshot < ""
 * (release) < sp), unknown qualifiers after sp in lexical order; trailing
 * zero items and release qualifiers are dropped ("1.0" = "1").
 */
const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES = {
    a: 'alpha',
    b: 'beta',
    m: 'milestone',
    cr: 'rc',
    ga: '',
    final: '',
    release: ''
};
function qualifierRank(q) {
    const index = QUALIFIERS.indexOf(q);
    return index >= 0 ? String(index) : `${QUALIFIERS.length}-${q}`;
}
function isNull(item) {
    if (typeof item === 'number')
        return item === 0;
    if (typeof item === 'string')
        return qualifierRank(item) === qualifierRank('');
    return item.length === 0;
}
function trim(list) {
    while (list.length > 0 && isNull(list[list.length - 1]))
        list.pop();
    return list;
}
/** "1.0-beta-2" -> [1, ["beta", [2]]] */
function parseMavenVersion(version) {
    const root = [];
    let list = root;
    const stack = [root];
    const tokens = version.toLowerCase().match(/\d+|[a-z]+|[.-]/g) ?? [];
    let previous = 'sep';
    for (const token of tokens) {
        if (token === '.') {
            previous = 'sep';
            continue;
        }
        if (token === '-') {
            const sub = [];
            list.push(sub);
            list = sub;
            stack.push(sub);
            previous = 'sep';
            continue;
        }
        const digit = /^\d/.test(token);
        if (previous !== 'sep' && !digit) {
            const sub = [];
            list.push(sub);
            list = sub;
            stack.push(sub);
        }
        if (digit)
            list.push(Number(token));
        else {
            const next = ALIASES[token];
            list.push(next ?? token);
        }
        previous = digit ? 'digit' : 'letter';
    }
    for (const l of stack)
        trim(l);
    return root;
}
function compareItem(a, b) {
    if (a === undefined && b === undefined)
        return 0;
    if (a === undefined)
        return -compareItem(b, undefined);
    if (typeof a === 'number') {
        if (b === undefined)
            return a === 0 ? 0 : 1;
        if (typeof b === 'number')
            return Math.sign(a - b);
        return 1; // number > qualifier and > list
    }
    if (typeof a === 'string') {
        if (b === undefined)
            return compareRank(a, '');
        if (typeof b === 'number')
            return -1;
        if (typeof b === 'string')
            return compareRank(a, b);
        return -1; // qualifier < list
    }
    if (b === undefined)
        return a.length === 0 ? 0 : compareItem(a[0], undefined);
    if (typeof b === 'number')
        return -1;
    if (typeof b === 'string')
        return 1;
    return compareLists(a, b);
}
function compareRank(a, b) {
    const x = qualifierRank(a);
    const y = qualifierRank(b);
    return x < y ? -1 : x > y ? 1 : 0;
}
function compareLists(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const result = compareItem(a[i], b[i]);
        if (result !== 0)
            return result;
    }
    return 0;
}
function compareMaven(a, b) {
    return compareLists(parseMavenVersion(a), parseMavenVersion(b));
}

;// CONCATENATED MODULE: ./src/lib/scan/versions/nuget.ts
/**
 * NuGet order (NuGet.Versioning): up to four numeric parts (missing ones are
 * 0), then SemVer 2.0 prerelease labels compared case-insensitively; build
 * metadata is ignored.
 */
function parseNuGetVersion(version) {
    const match = /^v?(\d+(?:\.\d+){0,3})(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(version.trim());
    if (!match)
        return undefined;
    const parts = match[1].split('.').map(Number);
    while (parts.length < 4)
        parts.push(0);
    return {
        parts,
        prerelease: match[2] ? match[2].toLowerCase().split('.') : []
    };
}
function compareNuGet(a, b) {
    const x = parseNuGetVersion(a);
    const y = parseNuGetVersion(b);
    if (!x || !y)
        return a.localeCompare(b);
    for (let i = 0; i < 4; i++) {
        if (x.parts[i] !== y.parts[i])
            return x.parts[i] < y.parts[i] ? -1 : 1;
    }
    return comparePrerelease(x.prerelease, y.prerelease);
}
/** SemVer 2.0 precedence of prerelease labels; none beats any. */
function comparePrerelease(x, y) {
    if (x.length === 0 || y.length === 0)
        return y.length - x.length;
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const l = x[i];
        const r = y[i];
        if (l === r)
            continue;
        if (l === undefined)
            return -1;
        if (r === undefined)
            return 1;
        const ln = /^\d+$/.test(l);
        const rn = /^\d+$/.test(r);
        if (ln && rn)
            return Math.sign(Number(l) - Number(r));
        if (ln !== rn)
            return ln ? -1 : 1;
        return l < r ? -1 : 1;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/lib/scan/versions/packagist.ts
/**
 * Packagist order as Composer compares versions (PHP version_compare after
 * normalising): "v" prefix dropped, "-", "_" and "+" read as ".", a "."
 * between digits and letters; special words rank dev < alpha = a <
 * beta = b < RC = rc < (number) < pl = p; a missing part counts as 0
 * against a number and above a special word ("1.0" > "1.0-beta").
 */
const SPECIAL = {
    dev: 0,
    alpha: 1,
    a: 1,
    beta: 2,
    b: 2,
    rc: 3,
    '#': 4,
    pl: 5,
    p: 5
};
function canonical(version) {
    const parts = version
        .trim()
        .toLowerCase()
        .replace(/^v(?=\d)/, '')
        .replace(/[-_+]/g, '.')
        .replace(/(\d)([a-z])/g, '$1.$2')
        .replace(/([a-z])(\d)/g, '$1.$2')
        .split('.')
        .filter((p) => p !== '');
    // Composer normalises the numeric head to four parts: 1.0 == 1.0.0.0
    let head = 0;
    while (head < parts.length && /^\d+$/.test(parts[head]))
        head++;
    for (let i = head; i < 4; i++)
        parts.splice(i, 0, '0');
    return parts;
}
function rank(part) {
    return SPECIAL[part] ?? -1;
}
function comparePart(l, r) {
    const ln = /^\d+$/.test(l);
    const rn = /^\d+$/.test(r);
    if (ln && rn)
        return Math.sign(Number(l) - Number(r));
    if (!ln && !rn)
        return Math.sign(rank(l) - rank(r));
    // A number against a word: numbers rank as "#".
    return ln
        ? Math.sign(SPECIAL['#'] - rank(r))
        : Math.sign(rank(l) - SPECIAL['#']);
}
function comparePackagist(a, b) {
    const x = canonical(a);
    const y = canonical(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const l = x[i];
        const r = y[i];
        if (l === undefined)
            return /^\d+$/.test(r) ? -1 : rank(r) >= SPECIAL['#'] ? -1 : 1;
        if (r === undefined)
            return /^\d+$/.test(l) ? 1 : rank(l) >= SPECIAL['#'] ? 1 : -1;
        const result = comparePart(l, r);
        if (result !== 0)
            return result;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/lib/scan/versions/rubygems.ts
/**
 * RubyGems order (Gem::Version): segments split at "." and at digit/letter
 * switches; a letter segment makes a prerelease ("1.0.a" < "1.0"); numbers
 * beat letters; trailing zeros do not count. "-" reads as ".pre.".
 */
function parseGemVersion(version) {
    const text = version.trim().replaceAll('-', '.pre.');
    if (!/^[0-9]+(\.[0-9a-zA-Z]+)*$/.test(text))
        return undefined;
    const segments = (text.match(/[0-9]+|[a-z]+/gi) ?? []).map((s) => /^\d/.test(s) ? Number(s) : s);
    // Trailing zeros (before any letter) do not count: 1.0.0 == 1
    while (segments.length > 1 &&
        segments[segments.length - 1] === 0 &&
        segments.slice(0, -1).every((s) => typeof s === 'number')) {
        segments.pop();
    }
    return segments;
}
function compareGem(a, b) {
    const x = parseGemVersion(a);
    const y = parseGemVersion(b);
    if (!x || !y)
        return a.localeCompare(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const l = x[i] ?? 0;
        const r = y[i] ?? 0;
        if (l === r)
            continue;
        if (typeof l === 'string' && typeof r === 'number')
            return -1;
        if (typeof l === 'number' && typeof r === 'string')
            return 1;
        return l < r ? -1 : 1;
    }
    return 0;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/lib/scan/versions/semver-order.ts
/**
 * SemVer 2.0 order for npm and crates.io (prereleases included, build
 * metadata ignored), and Go module versions: the "v" prefix, the
 * "+incompatible" suffix (build metadata) and pseudo-versions
 * (v0.0.0-20200101000000-abcdef123456, prereleases by construction) all
 * order as the go command does.
 */

const cache = new Map();
function parseSemver(version) {
    let parsed = cache.get(version);
    if (parsed === undefined) {
        parsed = semver_default().parse(version.trim(), { loose: true });
        if (cache.size > 100_000)
            cache.clear();
        cache.set(version, parsed);
    }
    return parsed ?? undefined;
}
function compareSemver(a, b) {
    const x = parseSemver(a);
    const y = parseSemver(b);
    if (!x || !y)
        return Number.NaN;
    return x.compare(y);
}
/** "v1.2.3+incompatible" -> "1.2.3"; OSV writes Go versions without "v". */
function toGoSemver(version) {
    return version
        .trim()
        .replace(/^v/, '')
        .replace(/\+incompatible$/, '');
}
function compareGo(a, b) {
    return compareSemver(toGoSemver(a), toGoSemver(b));
}

;// CONCATENATED MODULE: ./src/lib/scan/versions/index.ts
/**
 * Version order per OSV ecosystem. A comparator returns NaN when either
 * version cannot be read in that ecosystem's scheme: the caller then says
 * so rather than guessing.
 */






function guarded(compare, valid) {
    return (a, b) => (valid(a) && valid(b) ? compare(a, b) : Number.NaN);
}
function comparePep440(a, b) {
    try {
        return pep440.compare(a, b);
    }
    catch {
        return Number.NaN;
    }
}
const ANY = (v) => v.trim() !== '';
/** By OSV ecosystem name (the part before any ":"). */
const ECOSYSTEM_ORDER = {
    npm: compareSemver,
    'crates.io': compareSemver,
    Go: compareGo,
    PyPI: guarded(comparePep440, (v) => pep440.valid(v) !== null),
    Maven: guarded(compareMaven, ANY),
    RubyGems: guarded(compareGem, (v) => parseGemVersion(v) !== undefined),
    NuGet: guarded(compareNuGet, (v) => parseNuGetVersion(v) !== undefined),
    Packagist: guarded(comparePackagist, (v) => /\d/.test(v))
};
/** The order of a range: SEMVER ranges are SemVer whatever the ecosystem (Go's included). */
function comparatorFor(rangeType, ecosystem) {
    if (rangeType === 'SEMVER')
        return ecosystem === 'Go' ? compareGo : compareSemver;
    if (rangeType === 'ECOSYSTEM')
        return ECOSYSTEM_ORDER[ecosystem];
    return undefined;
}
/** Whether two versions are the same version in the ecosystem (for `versions` lists). */
function sameVersion(ecosystem, a, b) {
    if (a === b)
        return true;
    const compare = ECOSYSTEM_ORDER[ecosystem];
    return compare !== undefined && compare(a, b) === 0;
}

;// CONCATENATED MODULE: ./src/lib/scan/affected.ts

function evaluateAffected(entry, version) {
    if (entry.versions.some((v) => sameVersion(entry.ecosystem, v, version)))
        return { kind: 'affected' };
    const reasons = [];
    let evaluated = entry.versions.length > 0;
    for (const range of entry.ranges) {
        if (range.type === 'GIT') {
            reasons.push(`GIT range of ${range.repo ?? 'an unnamed repository'} (commits, not versions)`);
            continue;
        }
        const compare = comparatorFor(range.type, entry.ecosystem);
        if (!compare) {
            reasons.push(`${range.type} range in ecosystem ${entry.ecosystem} (no version order known)`);
            continue;
        }
        const result = inRange(range, version, compare);
        if (result === undefined) {
            reasons.push(`version ${version} or a bound of a ${range.type} range cannot be ordered in ${entry.ecosystem}`);
            continue;
        }
        evaluated = true;
        if (result)
            return { kind: 'affected' };
    }
    if (!evaluated && reasons.length > 0)
        return { kind: 'not-evaluated', reason: reasons.join('; ') };
    return { kind: 'unaffected' };
}
function boundOf(event) {
    return (event.introduced ?? event.fixed ?? event.last_affected ?? event.limit ?? '');
}
/** true / false, or undefined when a version cannot be ordered. */
function inRange(range, version, compare) {
    const cmp = (a, b) => {
        const result = compare(a, b);
        if (Number.isNaN(result))
            throw new RangeError(`${a} ? ${b}`);
        return result;
    };
    try {
        const limits = range.events.flatMap((e) => e.limit !== undefined ? [e.limit] : []);
        if (limits.length > 0 &&
            !limits.some((l) => l === '*' || cmp(version, l) < 0))
            return false;
        const events = range.events
            .filter((e) => e.limit === undefined && boundOf(e) !== '')
            .sort((a, b) => {
            if (a.introduced === '0')
                return b.introduced === '0' ? 0 : -1;
            if (b.introduced === '0')
                return 1;
            return cmp(boundOf(a), boundOf(b));
        });
        let affected = false;
        for (const event of events) {
            if (event.introduced !== undefined) {
                if (event.introduced === '0' || cmp(version, event.introduced) >= 0)
                    affected = true;
            }
            else if (event.fixed !== undefined) {
                if (cmp(version, event.fixed) >= 0)
                    affected = false;
            }
            else if (event.last_affected !== undefined) {
                if (cmp(version, event.last_affected) > 0)
                    affected = false;
            }
        }
        return affected;
    }
    catch (error) {
        if (error instanceof RangeError)
            return undefined;
        throw error;
    }
}

// EXTERNAL MODULE: ./node_modules/ae-cvss-calculator/dist/ae-cvss-calculator.js
var ae_cvss_calculator = __webpack_require__(4353);
var ae_cvss_calculator_default = /*#__PURE__*/__webpack_require__.n(ae_cvss_calculator);
;// CONCATENATED MODULE: ./src/lib/scan/severity.ts
/**
 * Severity of an advisory: computed from its CVSS v3.x or v4.0 vector (the
 * package's own vectors first, then the advisory's), with the
 * ae-cvss-calculator library, which implements FIRST's v2, v3.0, v3.1 and
 * v4.0 scoring; else the database's own word (GHSA's database_specific
 * severity, LOW / MODERATE / HIGH / CRITICAL); else "unknown", which the
 * gate treats as a level of its own.
 */

/** Known levels, worst first. */
const SEVERITY_LEVELS = (/* unused pure expression or super */ null && ([
    'critical',
    'high',
    'medium',
    'low',
    'unknown'
]));
const RANKS = {
    critical: 4,
    high: 3,
    medium: 2,
    low: 1,
    unknown: 0
};
const UNKNOWN_SEVERITY = { level: 'unknown', rank: 0 };
/** CVSS qualitative rating of a score (v3.x and v4.0 share it; 0.0 "none" reads as low). */
function levelOfScore(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    return 'low';
}
const VECTOR = /^CVSS:(3\.[01]|4\.0)\/([A-Z]+:[A-Z]+)(\/[A-Z]+:[A-Z]+)*$/;
/** The base score of a CVSS v3.0, v3.1 or v4.0 vector; undefined when it cannot be read. */
function scoreVector(vector) {
    const match = VECTOR.exec(vector.trim());
    if (!match)
        return undefined;
    try {
        const version = match[1];
        const model = version === '4.0'
            ? new (ae_cvss_calculator_default()).Cvss4P0(vector.trim())
            : version === '3.1'
                ? new (ae_cvss_calculator_default()).Cvss3P1(vector.trim())
                : new (ae_cvss_calculator_default()).Cvss3P0(vector.trim());
        const score = model.calculateScores().overall;
        return Number.isFinite(score) ? score : undefined;
    }
    catch {
        return undefined;
    }
}
function fromVectors(severities) {
    // v4 first when given: it is the newer assessment.
    const ordered = [...severities].sort((a, b) => (b.type === 'CVSS_V4' ? 1 : 0) - (a.type === 'CVSS_V4' ? 1 : 0));
    for (const s of ordered) {
        if (s.type !== 'CVSS_V3' && s.type !== 'CVSS_V4')
            continue;
        const score = scoreVector(s.score);
        if (score === undefined)
            continue;
        const level = levelOfScore(score);
        return { level, rank: RANKS[level], score, vector: s.score, source: s.type };
    }
    return undefined;
}
const DECLARED = {
    critical: 'critical',
    high: 'high',
    moderate: 'medium',
    medium: 'medium',
    low: 'low'
};
function severityOf(advisory, entries) {
    const vector = fromVectors(entries.flatMap((e) => e.severity)) ??
        fromVectors(advisory.severity);
    if (vector)
        return vector;
    const declared = advisory.declaredSeverity &&
        DECLARED[advisory.declaredSeverity.toLowerCase()];
    if (declared)
        return { level: declared, rank: RANKS[declared], source: 'database' };
    return UNKNOWN_SEVERITY;
}
function worstSeverity(severities) {
    return severities.reduce((worst, s) => s.rank > worst.rank ||
        (s.rank === worst.rank && (s.score ?? -1) > (worst.score ?? -1))
        ? s
        : worst, UNKNOWN_SEVERITY);
}
function rankOf(level) {
    return RANKS[level];
}

;// CONCATENATED MODULE: ./src/lib/scan/findings.ts



const ID_PREFERENCE = ['GHSA-', 'PYSEC-', 'GO-', 'RUSTSEC-', 'CVE-'];
function idRank(id) {
    const index = ID_PREFERENCE.findIndex((p) => id.startsWith(p));
    return index < 0 ? ID_PREFERENCE.length : index;
}
function matchSboms(index, sboms) {
    const byKey = new Map();
    const notEvaluated = new Map();
    let scanned = 0;
    for (const sbom of sboms) {
        for (const component of sbom.components) {
            if (!component.ecosystem || component.version === '')
                continue;
            scanned++;
            const location = { subject: sbom.subject, ref: component.ref };
            const key = `${component.ecosystem}\u0000${component.name}\u0000${component.version}`;
            const known = byKey.get(key);
            if (known) {
                known.locations.push(location);
                continue;
            }
            const hits = [];
            const entries = [];
            for (const [a, e] of index.byPackage.get(packageKey(component.ecosystem, component.name)) ?? []) {
                const advisory = index.advisories[a];
                const entry = advisory.affected[e];
                const verdict = evaluateAffected(entry, component.version);
                if (verdict.kind === 'affected') {
                    if (!hits.includes(advisory))
                        hits.push(advisory);
                    entries.push(entry);
                }
                else if (verdict.kind === 'not-evaluated') {
                    notEvaluated.set(`${advisory.id} ${component.purl}`, {
                        advisory: advisory.id,
                        purl: component.purl,
                        reason: verdict.reason
                    });
                }
            }
            byKey.set(key, { component, hits, entries, locations: [location] });
        }
    }
    const findings = [...byKey.values()].flatMap(({ component, hits, entries, locations }) => mergeAliases(hits).map((group) => toFinding(component, group, entries, locations)));
    findings.sort(compareFindings);
    return { findings, notEvaluated: [...notEvaluated.values()], scanned };
}
/** Groups advisories that share an id or alias (connected components). */
function mergeAliases(advisories) {
    const groups = [];
    for (const advisory of advisories) {
        const ids = new Set([advisory.id, ...advisory.aliases]);
        const joined = groups.filter((g) => [...ids].some((id) => g.ids.has(id)));
        const group = { ids, members: [advisory] };
        for (const g of joined) {
            g.ids.forEach((id) => group.ids.add(id));
            group.members.unshift(...g.members);
            groups.splice(groups.indexOf(g), 1);
        }
        groups.push(group);
    }
    return groups.map((g) => g.members);
}
function toFinding(component, group, entries, locations) {
    const own = group
        .map((a) => a.id)
        .sort((a, b) => idRank(a) - idRank(b) || a.localeCompare(b));
    const all = [...new Set([...own, ...group.flatMap((a) => a.aliases)])];
    const id = own[0];
    const mine = entries.filter((e) => group.some((a) => a.affected.includes(e)));
    const fixed = [
        ...new Set(mine.flatMap((e) => e.ranges.flatMap((r) => r.events.flatMap((ev) => (ev.fixed ? [ev.fixed] : [])))))
    ];
    const primary = group.find((a) => a.id === id);
    const finding = {
        id,
        aliases: all.filter((a) => a !== id).sort(),
        advisories: own,
        summary: primary.summary || group.find((a) => a.summary)?.summary || '',
        severity: worstSeverity(group.map((a) => severityOf(a, mine.filter((e) => a.affected.includes(e))))),
        ecosystem: component.ecosystem,
        name: component.name,
        version: component.version,
        purl: component.purl,
        fixed,
        locations
    };
    if (primary.url)
        finding.url = primary.url;
    return finding;
}
function compareFindings(a, b) {
    return (b.severity.rank - a.severity.rank ||
        a.name.localeCompare(b.name) ||
        a.version.localeCompare(b.version) ||
        a.id.localeCompare(b.id));
}

;// CONCATENATED MODULE: ./src/lib/scan/vers.ts
/**
 * Version constraints of VEX statements: one exact version, or a `vers:`
 * range (package-url/purl-spec VERSION-RANGE-SPEC: `vers:<scheme>/<op><v>|...`,
 * constraints sorted, then read as `=`/`!=` points and `<`/`>` intervals).
 */



const SCHEMES = {
    npm: 'npm',
    cargo: 'crates.io',
    golang: 'Go',
    pypi: 'PyPI',
    maven: 'Maven',
    gem: 'RubyGems',
    nuget: 'NuGet',
    composer: 'Packagist'
};
/** The scheme's order; generic and unknown schemes use Maven's, which orders dotted numbers and qualifiers sensibly. */
function orderOf(scheme) {
    const ecosystem = SCHEMES[scheme];
    const order = ecosystem ? ECOSYSTEM_ORDER[ecosystem] : undefined;
    const base = order ?? (scheme === 'semver' ? compareSemver : compareMaven);
    return (a, b) => {
        const result = base(a, b);
        return Number.isNaN(result) ? compareMaven(a, b) : result;
    };
}
/** Whether `version` is inside the `vers:` range; undefined when the text is not one. */
function inVersRange(range, version) {
    const match = /^vers:([a-z0-9.+-]+)\/(.+)$/i.exec(range.trim());
    if (!match)
        return undefined;
    const compare = orderOf(match[1].toLowerCase());
    const body = match[2].trim();
    if (body === '*')
        return true;
    const constraints = body.split('|').map((part) => {
        const m = /^(!=|<=|>=|<|>|=)?\s*(.+)$/.exec(part.trim());
        return {
            op: (m[1] ?? '='),
            version: decodeURIComponent(m[2].trim())
        };
    });
    if (constraints.some((c) => c.op === '!=' && compare(version, c.version) === 0))
        return false;
    if (constraints.some((c) => c.op === '=' && compare(version, c.version) === 0))
        return true;
    const bounds = constraints
        .filter((c) => c.op !== '=' && c.op !== '!=')
        .sort((a, b) => compare(a.version, b.version));
    const satisfies = (c) => {
        const r = compare(version, c.version);
        return c.op === '<'
            ? r < 0
            : c.op === '<='
                ? r <= 0
                : c.op === '>'
                    ? r > 0
                    : r >= 0;
    };
    for (let i = 0; i < bounds.length; i++) {
        const c = bounds[i];
        const lower = c.op === '>' || c.op === '>=';
        if (!lower) {
            // An upper bound with no lower bound before it opens the range at -inf.
            if (i === 0 && satisfies(c))
                return true;
            continue;
        }
        const next = bounds[i + 1];
        if (!next || next.op === '>' || next.op === '>=') {
            if (!next && satisfies(c))
                return true;
            continue;
        }
        if (satisfies(c) && satisfies(next))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/lib/scan/vex-match.ts

/** pkg:type/ns/name@version without qualifiers and subpath, lower-cased type. */
function purlCore(purl) {
    const cut = purl.search(/[?#]/);
    const bare = cut < 0 ? purl : purl.slice(0, cut);
    const at = bare.lastIndexOf('@');
    const slash = bare.lastIndexOf('/');
    const base = at > slash ? bare.slice(0, at) : bare;
    const version = at > slash ? decodeURIComponent(bare.slice(at + 1)) : undefined;
    const normalised = base.replace(/^pkg:([^/]+)/, (_, t) => `pkg:${t.toLowerCase()}`);
    return {
        base: decodeURIComponent(normalised),
        ...(version ? { version } : {})
    };
}
function targetMatches(target, candidate) {
    if (target.serialNumber &&
        candidate.serialNumber &&
        target.serialNumber !== candidate.serialNumber)
        return false;
    if (target.serialNumber && !candidate.serialNumber)
        return false;
    let version = candidate.version;
    let named = false;
    if (target.purl && candidate.purl) {
        const want = purlCore(target.purl);
        const have = purlCore(candidate.purl);
        if (want.base === have.base &&
            (!want.version || want.version === have.version)) {
            named = true;
            version = have.version ?? version;
        }
    }
    if (!named &&
        target.ref &&
        (target.ref === candidate.ref || target.ref === candidate.purl))
        named = true;
    if (!named)
        return false;
    if (target.version !== undefined)
        return version === target.version;
    if (target.range !== undefined)
        return version !== undefined && inVersRange(target.range, version) === true;
    return true;
}
function statementApplies(statement, subject) {
    const ids = new Set(subject.ids.map((id) => id.toUpperCase()));
    if (!statement.ids.some((id) => ids.has(id.toUpperCase())))
        return false;
    const component = {
        ...subject.component,
        ...(subject.serialNumber ? { serialNumber: subject.serialNumber } : {})
    };
    const product = subject.product && {
        ...subject.product,
        ...(subject.serialNumber ? { serialNumber: subject.serialNumber } : {})
    };
    const subcomponentOk = statement.subcomponents.length === 0 ||
        statement.subcomponents.some((t) => targetMatches(t, component));
    if (statement.products.length === 0)
        return subcomponentOk;
    if (statement.products.some((t) => targetMatches(t, component)))
        return true;
    return (product !== undefined &&
        subcomponentOk &&
        statement.products.some((t) => targetMatches(t, product)));
}
function findVexStatement(statements, subject) {
    let best;
    statements.forEach((statement, order) => {
        if (!statementApplies(statement, subject))
            return;
        if (!best || later(statement, best.statement) >= 0)
            best = { statement, order };
    });
    return best?.statement;
}
function later(a, b) {
    const x = a.timestamp ? Date.parse(a.timestamp) : Number.NaN;
    const y = b.timestamp ? Date.parse(b.timestamp) : Number.NaN;
    if (Number.isNaN(x) || Number.isNaN(y))
        return 0;
    return Math.sign(x - y);
}

;// CONCATENATED MODULE: ./src/lib/scan/gate.ts


const SUPPRESSING = new Set([
    'not_affected',
    'fixed',
    'ignored'
]);
function applyGate(findings, context) {
    const ignore = new Set(context.ignore.map((id) => id.toUpperCase()));
    const bySubject = new Map(context.sboms.map((s) => [s.subject, s]));
    return findings.map((finding) => {
        const ids = [finding.id, ...finding.aliases];
        const gated = {
            ...finding,
            suppressed: false,
            failing: false
        };
        if (ids.some((id) => ignore.has(id.toUpperCase()))) {
            gated.vex = { status: 'ignored', source: '--ignore' };
            gated.suppressed = true;
        }
        else {
            const verdicts = finding.locations.map((location) => {
                const sbom = bySubject.get(location.subject);
                const statement = findVexStatement(context.statements, {
                    ids,
                    component: {
                        ref: location.ref,
                        purl: finding.purl,
                        version: finding.version
                    },
                    ...(sbom?.product ? { product: sbom.product } : {}),
                    ...(sbom?.serialNumber ? { serialNumber: sbom.serialNumber } : {})
                });
                return statement && toVerdict(statement);
            });
            const keepAt = verdicts.findIndex((v) => !v || !SUPPRESSING.has(v.status));
            const shown = keepAt >= 0 ? (verdicts[keepAt] ?? verdicts.find(Boolean)) : verdicts[0];
            if (shown)
                gated.vex = shown;
            gated.suppressed = verdicts.length > 0 && keepAt < 0;
        }
        gated.failing =
            !gated.suppressed && context.failOn.has(finding.severity.level);
        return gated;
    });
}
function toVerdict(statement) {
    return {
        status: statement.status,
        ...(statement.justification
            ? { justification: statement.justification }
            : {}),
        ...(statement.detail ? { detail: statement.detail } : {}),
        source: statement.source
    };
}
/** "high" -> critical and high; "low" -> every known level; "unknown" only by name; "none" -> nothing. */
function toFailOn(levels) {
    const out = new Set();
    for (const level of levels) {
        if (level === 'none')
            continue;
        if (level === 'unknown')
            out.add('unknown');
        else
            for (const known of ['critical', 'high', 'medium', 'low'])
                if (rankOf(known) >= rankOf(level))
                    out.add(known);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/lib/scan/vex-coverage.ts


const VEX_REQUIRED_LEVELS = ['high'];
/**
 * The uncovered findings for any set of signed statements, with the
 * advisories matched once: every artifact of a release is held to the same
 * SBOMs, only the statements it carries differ.
 */
function uncoveredFindings(index, sboms) {
    const { findings } = matchSboms(index, sboms);
    return (signedStatements) => applyGate(findings, {
        sboms,
        statements: signedStatements,
        ignore: [],
        failOn: toFailOn(VEX_REQUIRED_LEVELS)
    }).filter((f) => f.failing);
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
            const label = external_node_path_default().join(folder.display, name);
            const document = folder.parsed?.get(name) ??
                JSON.parse((await (0,files/* readRegularFile */.XF)(external_node_path_default().join(folder.dir, name))).toString('utf8'));
            sboms.push(readSbomDocument(document, label));
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
    return {
        sboms,
        uncovered: uncoveredFindings(index, sboms)
    };
}
/** The same components described twice (CycloneDX and SPDX) are read once. */
function shippedSboms(names) {
    const cyclonedx = names.filter((n) => !/\.spdx\.json$/i.test(n));
    return cyclonedx.length > 0 ? cyclonedx : [...names];
}


/***/ })

};
