export const id = 598;
export const ids = [598];
export const modules = {

/***/ 9598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readArtifact: () => (/* binding */ readArtifact)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/lib/archive/limits.ts
var limits = __webpack_require__(6228);
// EXTERNAL MODULE: ./src/lib/archive/inflate.ts
var inflate = __webpack_require__(9821);
;// CONCATENATED MODULE: ./src/lib/archive/zip.ts
/**
 * The one zip reader (wheels, jars, zips): the central directory with its
 * per-entry metadata (DOS time, extended timestamp, Unix mode, creator,
 * method, flags, extra field ids), ZIP64 counts and offsets, and the entry
 * data (stored or deflated, inflated within the archive's bounds). Every
 * offset is checked against the archive's length before it is read.
 */


const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UNIX_HOST = 3;
const decoder = new TextDecoder('utf-8');
function looksLikeZip(bytes) {
    return bytes.length >= 22 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}
/** Every entry, with the data of those `want` asks for (all by default). */
function readZip(bytes, budget, want = () => true) {
    try {
        return readEntries(bytes, budget, want);
    }
    catch (error) {
        if (!(error instanceof RangeError))
            throw error;
        throw new limits/* ArchiveFormatError */.Y3(budget.source, 'zip: an offset or length points outside the archive', { cause: error });
    }
}
function readEntries(bytes, budget, want) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const eocd = findEocd(view, budget.source);
    let count = view.getUint16(eocd + 10, true);
    let offset = view.getUint32(eocd + 16, true);
    const locator = eocd - 20;
    if (locator >= 0 && view.getUint32(locator, true) === EOCD64_LOCATOR) {
        const at = Number(view.getBigUint64(locator + 8, true));
        if (view.getUint32(at, true) === EOCD64) {
            count = Number(view.getBigUint64(at + 32, true));
            offset = Number(view.getBigUint64(at + 48, true));
        }
    }
    const entries = [];
    for (let i = 0; i < count; i++) {
        if (view.getUint32(offset, true) !== CENTRAL) {
            throw new limits/* ArchiveFormatError */.Y3(budget.source, `zip: central directory entry ${i} is damaged`);
        }
        const nameLength = view.getUint16(offset + 28, true);
        const extraLength = view.getUint16(offset + 30, true);
        const commentLength = view.getUint16(offset + 32, true);
        const nameAt = offset + 46;
        const extra = bytes.subarray(nameAt + nameLength, nameAt + nameLength + extraLength);
        const name = decoder.decode(bytes.subarray(nameAt, nameAt + nameLength));
        budget.addEntry(name);
        entries.push(toEntry(view, bytes, offset, name, extra, budget, want(name)));
        offset = nameAt + nameLength + extraLength + commentLength;
    }
    return entries;
}
function toEntry(view, bytes, at, path, extra, budget, wanted) {
    const madeBy = view.getUint16(at + 4, true);
    const method = view.getUint16(at + 10, true);
    const external = view.getUint32(at + 38, true);
    const extras = readExtras(extra);
    let compressed = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    let local = view.getUint32(at + 42, true);
    const zip64 = extras.get(0x0001);
    if (zip64) {
        const z = new DataView(zip64.buffer, zip64.byteOffset, zip64.byteLength);
        let k = 0;
        const next = () => Number(z.getBigUint64(k++ * 8, true));
        if (size === 0xffffffff)
            size = next();
        if (compressed === 0xffffffff)
            compressed = next();
        if (local === 0xffffffff)
            local = next();
    }
    const unix = madeBy >> 8 === UNIX_HOST;
    const mode = unix ? external >>> 16 : 0;
    const fields = {
        'dos time': dosTime(view.getUint16(at + 12, true), view.getUint16(at + 14, true)),
        method: String(method),
        'compressed size': String(compressed),
        'made by': `host ${madeBy >> 8}, version ${madeBy & 0xff}`,
        flags: `0x${view.getUint16(at + 8, true).toString(16)}`,
        'extra fields': [...extras.keys()]
            .map((id) => `0x${id.toString(16)}`)
            .join(' ')
    };
    if (unix)
        fields.mode = (mode & 0o7777).toString(8).padStart(4, '0');
    const ext = extras.get(0x5455);
    if (ext && ext.length >= 5 && (ext[0] & 1) === 1) {
        fields['extended mtime'] = String(new DataView(ext.buffer, ext.byteOffset).getUint32(1, true));
    }
    const type = path.endsWith('/')
        ? 'dir'
        : unix && (mode & 0o170000) === 0o120000
            ? 'symlink'
            : 'file';
    return {
        path,
        type,
        fields,
        size,
        data: wanted
            ? entryData(view, bytes, { local, method, compressed, size, path }, budget)
            : undefined
    };
}
function entryData(view, bytes, member, budget) {
    const { local, method, compressed, size, path } = member;
    if (view.getUint32(local, true) !== LOCAL)
        return undefined;
    const start = local +
        30 +
        view.getUint16(local + 26, true) +
        view.getUint16(local + 28, true);
    if (start + compressed > bytes.length) {
        throw new limits/* ArchiveFormatError */.Y3(budget.source, `zip: member ${(0,limits/* quoteMember */.zP)(path)} runs past the end of the archive`);
    }
    const raw = bytes.subarray(start, start + compressed);
    if (method === 0)
        return raw;
    if (method === 8)
        return (0,inflate/* inflateBounded */.DR)('deflate', raw, budget, path, size);
    return undefined;
}
function findEocd(view, source) {
    const last = view.byteLength - 22;
    for (let at = last; at >= Math.max(0, last - 0xffff); at--) {
        if (view.getUint32(at, true) === EOCD)
            return at;
    }
    throw new limits/* ArchiveFormatError */.Y3(source, 'zip: no end of central directory record');
}
function readExtras(extra) {
    const found = new Map();
    const view = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
    for (let at = 0; at + 4 <= extra.length;) {
        const id = view.getUint16(at, true);
        const length = view.getUint16(at + 2, true);
        found.set(id, extra.subarray(at + 4, at + 4 + length));
        at += 4 + length;
    }
    return found;
}
function dosTime(time, date) {
    const pad = (n) => String(n).padStart(2, '0');
    const y = 1980 + (date >> 9);
    const mo = (date >> 5) & 0xf;
    const d = date & 0x1f;
    const h = time >> 11;
    const mi = (time >> 5) & 0x3f;
    const s = (time & 0x1f) * 2;
    return `${y}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}:${pad(s)}`;
}

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/sbom/python-metadata.ts
var python_metadata = __webpack_require__(4645);
// EXTERNAL MODULE: ./src/lib/sbom/sources/purl.ts
var sources_purl = __webpack_require__(6379);
;// CONCATENATED MODULE: ./src/lib/sbom/artifacts.ts
/**
 * Built artifacts -> DependencyGraph. The root is the artifact's package (a
 * wheel's or sdist's distribution, an npm tarball's package) with the
 * artifact file's hashes, or the file itself for anything else; components
 * are what the artifact declares it needs at run time.
 */



function buildPythonArtifactGraph(artifact) {
    const { metadata, file } = artifact;
    const rawName = metadata.fields.get('name');
    const version = metadata.fields.get('version');
    if (!rawName || !version) {
        throw new errors/* InputError */.dz('SBOM_ARTIFACT_METADATA', `${file.fileName}: ${artifact.metadataPath} has no ${rawName ? 'Version' : 'Name'}; the ${artifact.kind} is malformed: rebuild it`);
    }
    const purl = (0,sources_purl/* pypiPurl */.iC)(rawName, version);
    const requirements = (metadata.all.get('requires-dist') ?? [])
        .map(python_metadata/* parseRequirement */.pP)
        .filter((r) => r !== undefined);
    const components = requiredComponents(requirements);
    const properties = {
        'provenant:artifact:file': file.fileName,
        'provenant:artifact:kind': artifact.kind
    };
    const optional = (key, value) => {
        if (value)
            properties[key] = value;
    };
    optional('provenant:python:requires-python', metadata.fields.get('requires-python'));
    optional('provenant:python:provides-extra', metadata.all.get('provides-extra')?.join(', '));
    optional('provenant:python:requires-dist', requirements.map((r) => r.text).join('\n'));
    for (const { path, sha256 } of artifact.record?.entries ?? []) {
        if (sha256)
            properties[`provenant:wheel:file:${path}`] = `sha256:${sha256}`;
    }
    const root = {
        ref: purl,
        ecosystem: 'pypi',
        name: (0,python_metadata/* normalizePythonName */.L7)(rawName),
        version,
        purl,
        type: 'library',
        hashes: file.hashes,
        licenses: (0,python_metadata/* pythonLicenses */.Vb)(metadata),
        properties
    };
    return {
        root,
        components: [...components.values()],
        dependencies: [{ ref: root.ref, dependsOn: [...components.keys()] }],
        sources: [
            artifact.metadataPath,
            ...(artifact.record ? [artifact.record.path] : [])
        ]
    };
}
/** One component per distribution the metadata requires (extras aside): optional when every requirement of it has a marker. */
function requiredComponents(requirements) {
    const components = new Map();
    for (const r of requirements.filter((r) => !r.extraOnly)) {
        const ref = (0,sources_purl/* pypiPurl */.iC)(r.name, r.version);
        const known = components.get(ref);
        if (known) {
            known.properties['provenant:requirement'] += `\n${r.text}`;
            if (!r.marker)
                known.scope = 'required';
            continue;
        }
        components.set(ref, {
            ref,
            ecosystem: 'pypi',
            name: r.name,
            version: r.version,
            purl: ref,
            hashes: [],
            licenses: [],
            scope: r.marker ? 'optional' : 'required',
            origin: { kind: 'registry' },
            properties: { 'provenant:requirement': r.text }
        });
    }
    return components;
}
/** Any other file: itself, with its hashes. */
function buildFileGraph(file) {
    const sha256 = file.hashes.find((h) => h.algorithm === 'SHA-256');
    const purl = (0,sources_purl/* buildPurl */.Eq)({
        type: 'generic',
        name: file.fileName,
        qualifiers: { checksum: sha256 ? `sha256:${sha256.value}` : undefined }
    });
    return {
        root: {
            ref: purl,
            ecosystem: 'generic',
            name: file.fileName,
            version: '',
            purl,
            type: 'file',
            hashes: file.hashes,
            licenses: [],
            properties: { 'provenant:artifact:kind': 'file' }
        },
        components: [],
        dependencies: [],
        sources: []
    };
}

;// CONCATENATED MODULE: ./src/lib/sbom/artifacts-npm.ts
/**
 * An npm package tarball (`npm pack` output) -> DependencyGraph: the package
 * from package/package.json with the tarball's hashes, and its dependencies
 * from the bundled npm-shrinkwrap.json (or package-lock.json) when there is
 * one, else as package.json declares them (exact where bundled or pinned).
 */


function buildNpmTarballGraph(tarball) {
    const manifestPath = `${tarball.top}/package.json`;
    const manifest = parseJson(tarball.file.fileName, manifestPath, tarball.packageJson);
    const name = typeof manifest.name === 'string' ? manifest.name : '';
    const version = typeof manifest.version === 'string' ? manifest.version : '';
    if (name === '' || version === '') {
        throw new errors/* InputError */.dz('SBOM_ARTIFACT_METADATA', `${tarball.file.fileName}: ${manifestPath} has no ${name ? 'version' : 'name'}; the package tarball is malformed: rebuild it with npm pack`);
    }
    const purl = (0,sources_purl/* npmPurl */.NP)(name, version);
    const root = {
        ref: purl,
        ecosystem: 'npm',
        name,
        version,
        purl,
        type: 'library',
        hashes: tarball.file.hashes,
        licenses: npmLicenses(manifest),
        properties: {
            'provenant:artifact:file': tarball.file.fileName,
            'provenant:artifact:kind': 'npm'
        }
    };
    if (tarball.lockfile)
        return fromShippedLock(tarball, tarball.lockfile.graph, root, manifestPath);
    const components = new Map();
    const declared = [
        [asRecord(manifest.dependencies), 'required'],
        [asRecord(manifest.optionalDependencies), 'optional']
    ];
    for (const [table, scope] of declared) {
        for (const [alias, spec] of Object.entries(table)) {
            if (typeof spec !== 'string')
                continue;
            const c = declaredComponent(tarball, alias, spec, scope);
            if (c.properties['provenant:bundled']) {
                c.kind = 'vendored';
                c.containedBy = purl;
            }
            components.set(c.ref, c);
        }
    }
    return {
        root,
        components: [...components.values()],
        dependencies: [{ ref: root.ref, dependsOn: [...components.keys()] }],
        sources: [
            manifestPath,
            ...[...tarball.bundled.keys()].map((dep) => `${tarball.top}/node_modules/${dep}/package.json`)
        ]
    };
}
/** The package's graph from the lockfile the tarball carries, its root the tarball's; bundled packages are vendored in it. */
function fromShippedLock(tarball, graph, root, manifestPath) {
    const purl = root.ref;
    const rename = (ref) => (ref === graph.root.ref ? purl : ref);
    const bundled = bundledIds(tarball);
    return {
        root,
        components: graph.components
            .filter((c) => c.ref !== purl)
            .map((c) => bundled.has(`${c.name}@${c.version}`)
            ? { ...c, kind: 'vendored', containedBy: purl }
            : c),
        dependencies: graph.dependencies.map((d) => ({
            ref: rename(d.ref),
            dependsOn: d.dependsOn.map(rename)
        })),
        sources: [
            ...new Set([
                manifestPath,
                ...graph.sources.map((s) => `${tarball.top}/${s}`)
            ])
        ]
    };
}
function declaredComponent(tarball, alias, spec, scope) {
    const bundledText = tarball.bundled.get(alias);
    const bundled = bundledText
        ? parseJson(tarball.file.fileName, `${tarball.top}/node_modules/${alias}/package.json`, bundledText)
        : undefined;
    const aliasMatch = /^npm:((?:@[^/@]+\/)?[^@]+)(?:@(.*))?$/.exec(spec);
    const name = aliasMatch ? aliasMatch[1] : alias;
    const range = aliasMatch ? (aliasMatch[2] ?? '') : spec;
    const exact = /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(range)
        ? range.replace(/^v/, '')
        : '';
    const version = typeof bundled?.version === 'string' ? bundled.version : exact;
    const ref = (0,sources_purl/* npmPurl */.NP)(name, version);
    const properties = { 'provenant:requirement': spec };
    if (bundled)
        properties['provenant:bundled'] = 'true';
    return {
        ref,
        ecosystem: 'npm',
        name,
        version,
        purl: ref,
        hashes: [],
        licenses: bundled ? npmLicenses(bundled) : [],
        scope,
        origin: specOrigin(alias, name, range),
        properties
    };
}
function specOrigin(alias, name, range) {
    if (alias !== name)
        return { kind: 'alias', alias };
    if (/^(git\+|git:|github:|gitlab:|bitbucket:)/.test(range) ||
        /^[\w.-]+\/[\w.-]+(#.*)?$/.test(range))
        return { kind: 'git', url: range };
    if (/^https?:\/\//.test(range))
        return { kind: 'url', url: range };
    if (/^(file:|link:)/.test(range))
        return { kind: 'file', path: range.replace(/^(file|link):/, '') };
    return { kind: 'registry' };
}
/** `license` (string or {type}), or the legacy `licenses` list. */
function npmLicenses(manifest) {
    const one = (value) => typeof value === 'string'
        ? value
        : typeof value?.type === 'string'
            ? value.type
            : undefined;
    const license = one(manifest.license);
    if (license)
        return [license];
    return Array.isArray(manifest.licenses)
        ? manifest.licenses.map(one).filter((l) => l !== undefined)
        : [];
}
function asRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value
        : {};
}
function parseJson(fileName, member, text) {
    try {
        const value = JSON.parse(text);
        if (value !== null && typeof value === 'object' && !Array.isArray(value))
            return value;
        throw new Error('not a JSON object');
    }
    catch (error) {
        throw new errors/* InputError */.dz('SBOM_ARTIFACT_METADATA', `${fileName}: ${member} is not a valid package.json (${error.message}); rebuild the tarball with npm pack`, { cause: error });
    }
}
/** name@version of every package bundled in the tarball (its node_modules). */
function bundledIds(tarball) {
    const ids = new Set();
    for (const [dep, text] of tarball.bundled) {
        try {
            const json = JSON.parse(text);
            const name = typeof json.name === 'string' ? json.name : dep;
            if (typeof json.version === 'string')
                ids.add(`${name}@${json.version}`);
        }
        catch {
            // An unreadable bundled manifest is reported where it is read.
        }
    }
    return ids;
}

// EXTERNAL MODULE: ./src/lib/sbom/installed/python-installed.ts
var python_installed = __webpack_require__(8627);
// EXTERNAL MODULE: ./src/lib/sbom/read-source.ts + 2 modules
var read_source = __webpack_require__(5089);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/lib/archive/tar.ts
var archive_tar = __webpack_require__(6485);
;// CONCATENATED MODULE: ./src/io/sbom/artifact-stream.ts
/**
 * Reads an artifact file once, in chunks: its hashes (streamed, any size),
 * and either the whole bytes (a zip needs its central directory) or the
 * members of a gzip-compressed tar that are asked for.
 */






/** Largest archive member read as metadata (package.json, PKG-INFO, lockfiles). */
const MAX_MEMBER_BYTES = 64 * 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;
const ALGORITHMS = [
    ['SHA-1', 'sha1'],
    ['SHA-256', 'sha256'],
    ['SHA-512', 'sha512']
];
async function streamArtifact(file, options) {
    const hashers = ALGORITHMS.filter(([algorithm]) => algorithm !== 'SHA-1' || options.sha1).map(([algorithm, name]) => [algorithm, (0,external_node_crypto_.createHash)(name)]);
    const chunks = [];
    const members = new Map();
    const want = options.tar;
    const budget = new limits/* InflationBudget */.yE(options.display);
    const tar = want
        ? new archive_tar/* TarReader */.RF({
            want: (entry) => want({ ...entry, path: withoutDotSlash(entry.path) }),
            maxKeptBytes: MAX_MEMBER_BYTES,
            budget,
            onEntry: (entry, data) => {
                if (data)
                    members.set(withoutDotSlash(entry.path), data);
            }
        })
        : undefined;
    const gunzip = tar
        ? new inflate/* BoundedInflater */.Zg('gzip', budget, (data) => tar.push(data), () => tar.currentPath)
        : undefined;
    const unreadable = (error) => error instanceof limits/* ArchiveLimitError */.w
        ? error
        : new errors/* InputError */.dz('SBOM_ARTIFACT_UNREADABLE', `${options.display}: not a readable gzip-compressed tar archive (${error instanceof limits/* ArchiveFormatError */.Y3 ? error.detail : error.message}); give the archive as it was built`, { cause: error });
    const stream = (0,external_node_fs_.createReadStream)(file, { highWaterMark: CHUNK_BYTES });
    for await (const chunk of stream) {
        for (const [, hasher] of hashers)
            hasher.update(chunk);
        if (options.collect)
            chunks.push(chunk);
        if (gunzip) {
            try {
                gunzip.push(chunk);
            }
            catch (error) {
                stream.destroy();
                throw unreadable(error);
            }
        }
    }
    if (gunzip && tar) {
        try {
            gunzip.push(new Uint8Array(0), true);
            tar.end();
        }
        catch (error) {
            throw unreadable(error);
        }
    }
    return {
        hashes: hashers.map(([algorithm, hasher]) => ({
            algorithm,
            value: hasher.digest('hex')
        })),
        bytes: options.collect ? Buffer.concat(chunks) : undefined,
        members
    };
}
function withoutDotSlash(p) {
    return p.replace(/^\.\//, '');
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/lib/sbom/binary/describe.ts + 3 modules
var describe = __webpack_require__(7758);
;// CONCATENATED MODULE: ./src/io/sbom/binary.ts
/**
 * An executable file -> the modules it says it was built from: Go build
 * information, or Rust's `cargo auditable` data. Files of other formats, and
 * executables without either, are left to the caller (a file component).
 */



const MAGICS = [
    [0x7f, 0x45, 0x4c, 0x46], // ELF
    [0xfe, 0xed, 0xfa], // Mach-O, big-endian
    [0xce, 0xfa, 0xed, 0xfe], // Mach-O 32, little-endian
    [0xcf, 0xfa, 0xed, 0xfe], // Mach-O 64, little-endian
    [0xca, 0xfe, 0xba, 0xbe], // universal Mach-O
    [0x4d, 0x5a] // PE (MZ)
];
/** Whether the file starts like an executable (read before reading it all). */
async function looksExecutable(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const head = Buffer.alloc(4);
        const { bytesRead } = await handle.read(head, 0, 4, 0);
        return MAGICS.some((m) => bytesRead >= m.length && m.every((b, i) => head[i] === b));
    }
    finally {
        await handle.close();
    }
}
/** The binary's graph, or undefined when it carries no module data. */
async function readBinary(file, display, fileName) {
    const { hashes, bytes } = await streamArtifact(file, {
        display,
        collect: true
    });
    return (0,describe/* describeBinary */.b)(bytes, { fileName, hashes }, display);
}

;// CONCATENATED MODULE: ./src/io/sbom/artifact.ts
/**
 * A built artifact -> its DependencyGraph: a Python wheel (zip), an sdist or
 * an npm tarball (gzip-compressed tar, told apart by their metadata files),
 * or any other file (its hashes only).
 */











const NPM_LOCKFILES = ['npm-shrinkwrap.json', 'package-lock.json'];
const MAX_REPORTED = 5;
const artifact_decoder = new TextDecoder();
/** `display` is the path as the user wrote it: every message names it. */
async function readArtifact(file, display) {
    const fileName = external_node_path_default().basename(file);
    const lower = fileName.toLowerCase();
    if (lower.endsWith('.whl'))
        return { kind: 'wheel', graph: await readWheel(file, display, fileName) };
    if (lower.endsWith('.tgz') || lower.endsWith('.tar.gz'))
        return readTarball(file, display, fileName);
    if (await looksExecutable(file)) {
        const binary = await readBinary(file, display, fileName);
        if (binary)
            return binary;
    }
    const { hashes } = await streamArtifact(file, { display });
    return { kind: 'file', graph: buildFileGraph({ fileName, hashes }) };
}
async function readWheel(file, display, fileName) {
    const { hashes, bytes } = await streamArtifact(file, {
        display,
        collect: true
    });
    const notAWheel = (why, cause) => new errors/* InputError */.dz('SBOM_NOT_A_WHEEL', `${display}: not a wheel: ${why}; give the .whl that pip wheel or python -m build wrote`, { cause });
    const files = {};
    try {
        for (const entry of readZip(bytes, new limits/* InflationBudget */.yE(display)))
            if (entry.type !== 'dir' && entry.data)
                files[entry.path] = entry.data;
    }
    catch (error) {
        if (!(error instanceof limits/* ArchiveFormatError */.Y3))
            throw error;
        throw notAWheel(`it is not a zip archive (${error.detail})`, error);
    }
    const distInfos = Object.keys(files).filter((p) => /^[^/]+\.dist-info\/METADATA$/.test(p));
    if (distInfos.length !== 1) {
        throw notAWheel(distInfos.length === 0
            ? 'the zip has no <name>-<version>.dist-info/METADATA'
            : `the zip has ${distInfos.length} .dist-info folders`);
    }
    const metadataPath = distInfos[0];
    const recordPath = metadataPath.replace(/METADATA$/, 'RECORD');
    if (files[recordPath] === undefined)
        throw notAWheel(`the zip has no ${recordPath}`);
    const entries = (0,python_metadata/* parseRecord */.Hh)(artifact_decoder.decode(files[recordPath]));
    const problems = (0,python_metadata/* checkRecord */.EQ)(entries, new Map(Object.entries(files)));
    if (problems.length > 0) {
        throw new errors/* InputError */.dz('SBOM_WHEEL_RECORD_MISMATCH', `${display}: ${problems.length} file(s) do not match ${recordPath}: ${problems.slice(0, MAX_REPORTED).join(', ')}; the wheel was altered after it was built: rebuild it`);
    }
    const graph = buildPythonArtifactGraph({
        kind: 'wheel',
        file: { fileName, hashes },
        metadataPath,
        metadata: (0,python_metadata/* parseCoreMetadata */.Ug)(artifact_decoder.decode(files[metadataPath])),
        record: { path: recordPath, entries }
    });
    return withVendored(graph, (p) => files[p], Object.keys(files));
}
/** The code a wheel or sdist vendors (`_vendor/vendor.txt`, `_vendor/*.dist-info`), nested in it. */
function withVendored(graph, data, paths) {
    const all = paths ?? [];
    const fileSet = {
        paths: all,
        read: (p) => {
            const bytes = data(p);
            return bytes === undefined ? undefined : artifact_decoder.decode(bytes);
        }
    };
    const vendored = (0,python_installed/* findVendoredFolders */.Ew)(fileSet, graph.root.ref);
    if (vendored.length === 0)
        return graph;
    return {
        ...graph,
        components: [...graph.components, ...vendored],
        sources: [
            ...graph.sources,
            ...new Set(vendored.map((c) => c.properties['provenant:vendored:source']))
        ]
    };
}
async function readTarball(file, display, fileName) {
    const wanted = (p) => {
        const parts = p.split('/');
        if (parts.length === 2)
            return ['package.json', 'PKG-INFO', ...NPM_LOCKFILES].includes(parts[1]);
        if (/\/_vendor\/(vendor\.txt|[^/]+\.dist-info\/METADATA)$/.test(p))
            return true;
        return /^[^/]+\/node_modules\/(@[^/]+\/)?[^/]+\/package\.json$/.test(p);
    };
    const { hashes, members } = await streamArtifact(file, {
        display,
        sha1: true,
        tar: (entry) => entry.type === 'file' && wanted(entry.path)
    });
    const artifact = { fileName, hashes };
    const topWith = (name) => [...members.keys()]
        .find((p) => p.split('/').length === 2 && p.endsWith(`/${name}`))
        ?.split('/')[0];
    const npmTop = topWith('package.json');
    const sdistTop = topWith('PKG-INFO');
    const preferSdist = fileName.toLowerCase().endsWith('.tar.gz');
    if (sdistTop !== undefined && (preferSdist || npmTop === undefined)) {
        const metadataPath = `${sdistTop}/PKG-INFO`;
        const graph = buildPythonArtifactGraph({
            kind: 'sdist',
            file: artifact,
            metadataPath,
            metadata: (0,python_metadata/* parseCoreMetadata */.Ug)(artifact_decoder.decode(members.get(metadataPath)))
        });
        return {
            kind: 'sdist',
            graph: withVendored(graph, (p) => members.get(p), [...members.keys()])
        };
    }
    if (npmTop === undefined)
        return { kind: 'file', graph: buildFileGraph(artifact) };
    const text = (p) => {
        const data = members.get(`${npmTop}/${p}`);
        return data === undefined ? undefined : artifact_decoder.decode(data);
    };
    const bundled = new Map();
    const bundledPrefix = `${npmTop}/node_modules/`;
    for (const [p, data] of members) {
        if (!p.startsWith(bundledPrefix) || !p.endsWith('/package.json'))
            continue;
        bundled.set(p.slice(bundledPrefix.length, -'/package.json'.length), artifact_decoder.decode(data));
    }
    const lockfile = NPM_LOCKFILES.find((l) => text(l) !== undefined);
    const graph = buildNpmTarballGraph({
        file: artifact,
        top: npmTop,
        packageJson: text('package.json'),
        bundled,
        lockfile: lockfile
            ? { graph: readBundledLockfile(display, text, lockfile) }
            : undefined
    });
    return { kind: 'npm', graph };
}
function readBundledLockfile(display, read, lockfile) {
    try {
        return (0,read_source/* readSourceTree */.m)(read, [lockfile], { manifestPaths: ['package.json'] });
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        throw new errors/* InputError */.dz(error.code, `${display}: ${error.message}`, {
            cause: error
        });
    }
}


/***/ })

};
