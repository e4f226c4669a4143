export const id = 7584;
export const ids = [7584];
export const modules = {

/***/ 7584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildImageSbomGraph: () => (/* binding */ buildImageSbomGraph)
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/sbom/document.ts
var sbom_document = __webpack_require__(60860);
// EXTERNAL MODULE: ./src/lib/sbom/installed/file-set.ts
var file_set = __webpack_require__(63073);
// EXTERNAL MODULE: ./src/lib/sbom/installed/installed-graph.ts + 2 modules
var installed_graph = __webpack_require__(13547);
// EXTERNAL MODULE: ./src/lib/sbom/sources/purl.ts
var sources_purl = __webpack_require__(6379);
// EXTERNAL MODULE: ./src/lib/oci/image.ts
var oci_image = __webpack_require__(30876);
;// CONCATENATED MODULE: ./src/lib/sbom/image/os-packages.ts

const DPKG_STATUS = 'var/lib/dpkg/status';
const DPKG_STATUS_D = /^var\/lib\/dpkg\/status\.d\/[^/]+$/;
const APK_INSTALLED = 'lib/apk/db/installed';
/**
 * Newest format first: an image upgraded across rpm 4.16 may keep the old
 * Berkeley DB file beside the SQLite database rpm now writes.
 */
const RPM_DATABASES = [
    'usr/lib/sysimage/rpm/rpmdb.sqlite',
    'var/lib/rpm/rpmdb.sqlite',
    'usr/lib/sysimage/rpm/Packages.db',
    'var/lib/rpm/Packages.db',
    'var/lib/rpm/Packages'
];
const OS_RELEASE = ['etc/os-release', 'usr/lib/os-release'];
/** Which files of an image the OS readers ask for. */
function isOsMetadata(path) {
    return (path === DPKG_STATUS ||
        (DPKG_STATUS_D.test(path) && !path.endsWith('.md5sums')) ||
        path === APK_INSTALLED ||
        OS_RELEASE.includes(path) ||
        RPM_DATABASES.includes(path));
}
function parseOsRelease(files) {
    const text = OS_RELEASE.map((p) => files.read(p)).find((t) => t !== undefined);
    if (text === undefined)
        return undefined;
    const fields = new Map();
    for (const line of text.split(/\r?\n/)) {
        const match = /^([A-Z_]+)=(.*)$/.exec(line.trim());
        if (match)
            fields.set(match[1], match[2].replace(/^(["'])(.*)\1$/, '$2'));
    }
    const id = fields.get('ID');
    if (!id)
        return undefined;
    return {
        id,
        versionId: fields.get('VERSION_ID') ?? '',
        prettyName: fields.get('PRETTY_NAME')
    };
}
/** RFC 822-style paragraphs, continuation lines joined. */
function paragraphs(text) {
    const out = [];
    let current = new Map();
    let last;
    for (const line of text.split(/\r?\n/)) {
        if (line.trim() === '') {
            if (current.size > 0)
                out.push(current);
            current = new Map();
            last = undefined;
        }
        else if (/^[ \t]/.test(line) && last) {
            current.set(last, `${current.get(last)}\n${line.trim()}`);
        }
        else {
            const colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            last = line.slice(0, colon);
            current.set(last, line.slice(colon + 1).trim());
        }
    }
    if (current.size > 0)
        out.push(current);
    return out;
}
/** The purl `distro` qualifier of an image's OS: `<id>-<version>` (`debian-12`), the id alone without a version. */
function distroOf(os) {
    return os ? `${os.id}-${os.versionId}`.replace(/-$/, '') : undefined;
}
function findOsPackages(files, os) {
    const distro = distroOf(os);
    const found = [];
    const statusFiles = files.paths.filter((p) => p === DPKG_STATUS || (DPKG_STATUS_D.test(p) && !p.endsWith('.md5sums')));
    for (const path of statusFiles) {
        for (const p of paragraphs(files.read(path) ?? '')) {
            const c = dpkgComponent(p, os?.id ?? 'debian', distro, path);
            if (c)
                found.push(c);
        }
    }
    const apk = files.read(APK_INSTALLED);
    if (apk !== undefined) {
        for (const p of apkParagraphs(apk)) {
            const c = apkComponent(p, os?.id ?? 'alpine', distro);
            if (c)
                found.push(c);
        }
    }
    return found;
}
/** The rpm database of an image, newest format first. */
function findRpmDatabase(has) {
    return RPM_DATABASES.find(has);
}
function dpkgComponent(p, namespace, distro, source) {
    const name = p.get('Package');
    const version = p.get('Version');
    const status = p.get('Status') ?? 'install ok installed';
    if (!name || !version || status.endsWith(' not-installed'))
        return undefined;
    const arch = p.get('Architecture');
    const purl = (0,sources_purl/* buildPurl */.Eq)({
        type: 'deb',
        namespace,
        name,
        version,
        qualifiers: { arch, distro }
    });
    const properties = {
        'provenant:os:database': source
    };
    if (!status.endsWith(' installed'))
        properties['provenant:dpkg:status'] = status;
    const sourcePackage = p.get('Source');
    if (sourcePackage)
        properties['provenant:dpkg:source'] = sourcePackage;
    return osComponent('deb', name, version, purl, [], properties);
}
function apkParagraphs(text) {
    return text
        .split(/\r?\n\r?\n/)
        .map((block) => {
        const fields = new Map();
        for (const line of block.split(/\r?\n/)) {
            if (line[1] === ':' && !fields.has(line[0]))
                fields.set(line[0], line.slice(2));
        }
        return fields;
    })
        .filter((f) => f.size > 0);
}
function apkComponent(p, namespace, distro) {
    const name = p.get('P');
    const version = p.get('V');
    if (!name || !version)
        return undefined;
    const purl = (0,sources_purl/* buildPurl */.Eq)({
        type: 'apk',
        namespace,
        name,
        version,
        qualifiers: { arch: p.get('A'), distro }
    });
    const properties = {
        'provenant:os:database': APK_INSTALLED
    };
    const origin = p.get('o');
    if (origin)
        properties['provenant:apk:origin'] = origin;
    const license = p.get('L');
    return osComponent('apk', name, version, purl, license ? [license] : [], properties);
}
/** An OS package as a component: from the distribution's registry, required, with no file hashes. */
function osComponent(ecosystem, name, version, purl, licenses, properties) {
    return {
        ref: purl,
        ecosystem,
        name,
        version,
        purl,
        hashes: [],
        licenses,
        scope: 'required',
        origin: { kind: 'registry' },
        properties,
        kind: 'os'
    };
}

;// CONCATENATED MODULE: ./src/lib/sbom/image/rpm-header.ts


const TAG = {
    name: 1000,
    version: 1001,
    release: 1002,
    epoch: 1003,
    vendor: 1011,
    license: 1014,
    arch: 1022,
    sourceRpm: 1044
};
const TYPE_INT32 = 4;
const TYPE_STRING = 6;
const TYPE_I18NSTRING = 9;
const ENTRY_BYTES = 16;
/** rpm refuses headers with more entries or data than these (lib/header.c). */
const MAX_ENTRIES = 0xffff;
const MAX_DATA_BYTES = 256 * 1024 * 1024;
class RpmHeaderError extends Error {
}
const utf8 = new TextDecoder();
/** One header blob (without the 8-byte magic a header in an .rpm file has). */
function parseRpmHeader(blob) {
    const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
    if (blob.length < 8)
        throw new RpmHeaderError('header shorter than 8 bytes');
    const entries = view.getUint32(0);
    const dataBytes = view.getUint32(4);
    const store = 8 + entries * ENTRY_BYTES;
    if (entries > MAX_ENTRIES ||
        dataBytes > MAX_DATA_BYTES ||
        store + dataBytes > blob.length)
        throw new RpmHeaderError('header sizes run past its end');
    const strings = new Map();
    const numbers = new Map();
    for (let i = 0; i < entries; i++) {
        const at = 8 + i * ENTRY_BYTES;
        const tag = view.getUint32(at);
        const type = view.getUint32(at + 4);
        const offset = view.getUint32(at + 8);
        if (offset >= dataBytes)
            continue;
        if (type === TYPE_STRING || type === TYPE_I18NSTRING) {
            const start = store + offset;
            const end = blob.indexOf(0, start);
            if (end < 0 || end > store + dataBytes)
                continue;
            if (!strings.has(tag))
                strings.set(tag, utf8.decode(blob.subarray(start, end)));
        }
        else if (type === TYPE_INT32 && offset + 4 <= dataBytes) {
            numbers.set(tag, view.getUint32(store + offset));
        }
    }
    const name = strings.get(TAG.name);
    const version = strings.get(TAG.version);
    if (!name || version === undefined)
        throw new RpmHeaderError('header without a name or version');
    return {
        name,
        version,
        release: strings.get(TAG.release) ?? '',
        ...optional('epoch', numbers.get(TAG.epoch)),
        ...optional('arch', strings.get(TAG.arch)),
        ...optional('license', strings.get(TAG.license)),
        ...optional('vendor', strings.get(TAG.vendor)),
        ...optional('sourceRpm', strings.get(TAG.sourceRpm))
    };
}
function optional(key, value) {
    return value === undefined ? {} : { [key]: value };
}
/** `[epoch:]version-release`, as rpm's %{EVR} prints it. */
function rpmEvr(p) {
    const vr = rpmVersionRelease(p);
    return p.epoch === undefined ? vr : `${p.epoch}:${vr}`;
}
/** `version-release`: the purl's version (the epoch is a qualifier). */
function rpmVersionRelease(p) {
    return p.release ? `${p.version}-${p.release}` : p.version;
}
function rpmComponent(p, namespace, distro, database) {
    const version = rpmEvr(p);
    const purl = (0,sources_purl/* buildPurl */.Eq)({
        type: 'rpm',
        namespace,
        name: p.name,
        version: rpmVersionRelease(p),
        qualifiers: {
            arch: p.arch,
            ...(p.epoch === undefined ? {} : { epoch: String(p.epoch) }),
            distro
        }
    });
    const properties = {
        'provenant:os:database': database
    };
    if (p.sourceRpm)
        properties['provenant:rpm:source'] = p.sourceRpm;
    if (p.vendor)
        properties['provenant:rpm:vendor'] = p.vendor;
    return osComponent('rpm', p.name, version, purl, p.license ? [p.license] : [], properties);
}
/** The packages of the database, in its order; damaged headers counted, not fatal. */
function findRpmPackages(db, namespace, distro) {
    const components = [];
    let damaged = 0;
    for (const blob of db.headers ?? []) {
        try {
            components.push(rpmComponent(parseRpmHeader(blob), namespace, distro, db.path));
        }
        catch (error) {
            if (!(error instanceof RpmHeaderError))
                throw error;
            damaged++;
        }
    }
    return { components, damaged };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/lib/sbom/binary/describe.ts + 3 modules
var describe = __webpack_require__(57758);
// EXTERNAL MODULE: ./src/lib/sbom/binary/sections.ts
var sections = __webpack_require__(6875);
;// CONCATENATED MODULE: ./src/lib/sbom/image/image-binaries.ts
/**
 * Programs found in an image's filesystem (Go binaries, Rust binaries with
 * `cargo auditable` data) -> components of the image's graph: each program
 * a component at its path, the modules linked into it nested under it
 * (CycloneDX `components` of the program; SPDX `CONTAINS`), marked as
 * binary modules.
 */




/** Sections that say an ELF file carries Go or Rust module data. */
const ELF_MODULE_SECTIONS = ['.go.buildinfo', '.dep-v0'];
/**
 * An executable of an image -> its program's graph, or undefined: files
 * that are not executables, ELF files without a Go or Rust section (most
 * of a Linux image's programs), and files whose module data is damaged are
 * passed over.
 */
function describeImageProgram(path, data) {
    const executable = (0,sections/* readExecutable */.p)(data);
    if (!executable)
        return undefined;
    if (executable.format === 'elf' &&
        !ELF_MODULE_SECTIONS.some((n) => executable.sections.has(n)))
        return undefined;
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
    try {
        return (0,describe/* describeBinary */.b)(data, { fileName: path, hashes: [{ algorithm: 'SHA-256', value: sha256 }] }, `/${path}`)?.graph;
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            return undefined;
        throw error;
    }
}
function buildImageBinaryParts(binaries) {
    const parts = {
        components: [],
        dependencies: [],
        programs: []
    };
    for (const { path, graph } of binaries) {
        const { root } = graph;
        // The same program or module may sit in several binaries: refs say where.
        const at = (r) => `${r}#/${path}`;
        const ref = at(root.ref);
        parts.programs.push(ref);
        parts.components.push({
            ref,
            ecosystem: root.ecosystem,
            name: root.name,
            version: root.version,
            purl: root.purl,
            hashes: root.hashes,
            licenses: root.licenses,
            scope: 'required',
            origin: { kind: 'file', path: `/${path}` },
            properties: { ...root.properties, 'provenant:image:path': `/${path}` }
        });
        for (const c of graph.components)
            parts.components.push({
                ...c,
                ref: at(c.ref),
                kind: 'binary-module',
                containedBy: ref
            });
        for (const d of graph.dependencies)
            parts.dependencies.push({
                ref: at(d.ref),
                dependsOn: d.dependsOn.map(at)
            });
    }
    return parts;
}

;// CONCATENATED MODULE: ./src/lib/sbom/image/image-graph.ts
/**
 * A container image's filesystem -> DependencyGraph. The root is the image
 * (its manifest digest, platform, config and layers); the components are
 * the OS packages its package databases list and the language packages the
 * installed-tree readers find anywhere in it.
 */








/** Which files of the image's layers are kept. */
function isImageMetadata(path) {
    return isOsMetadata(path) || (0,file_set/* isInstalledMetadata */.E)(path);
}
function buildImageGraph(facts, files) {
    const release = parseOsRelease(files);
    const rpm = rpmPackages(facts.rpm, release);
    const root = imageRoot(facts, rpm.note);
    const installed = (0,installed_graph/* buildInstalledGraph */.fL)(files, root);
    const os = [...findOsPackages(files, release), ...rpm.components];
    const programs = buildImageBinaryParts(facts.programs ?? []);
    const components = new Map();
    for (const c of [...os, ...installed.components, ...programs.components])
        if (!components.has(c.ref))
            components.set(c.ref, c);
    const rootEdges = installed.dependencies.find((d) => d.ref === root.ref);
    return {
        root,
        components: [...components.values()],
        dependencies: [
            ...installed.dependencies.filter((d) => d.ref !== root.ref),
            ...programs.dependencies,
            {
                ref: root.ref,
                dependsOn: [
                    ...new Set([
                        ...os.map((c) => c.ref),
                        ...(rootEdges?.dependsOn ?? []),
                        ...programs.programs
                    ])
                ]
            }
        ],
        sources: files.paths.filter(isImageMetadata).sort(sbom_document/* compareText */.n6)
    };
}
function rpmPackages(db, os) {
    if (!db)
        return { components: [] };
    if (!db.headers)
        return {
            components: [],
            note: `${db.path} found, not read: ${db.unread ?? 'an rpm database format Provenant does not read'}, so rpm packages are missing from this SBOM`
        };
    const distro = distroOf(os);
    const { components, damaged } = findRpmPackages(db, os?.id ?? 'redhat', distro);
    return damaged === 0
        ? { components }
        : {
            components,
            note: `${db.path}: ${damaged} package header(s) unreadable and left out`
        };
}
function imageRoot(facts, rpmNote) {
    const { manifest, config } = facts;
    const name = facts.repository.slice(facts.repository.lastIndexOf('/') + 1);
    const purl = (0,sources_purl/* buildPurl */.Eq)({
        type: 'oci',
        name,
        version: facts.digest,
        qualifiers: {
            arch: config.platform.architecture || undefined,
            os: config.platform.os || undefined,
            repository_url: facts.repositoryUrl,
            tag: facts.tag
        }
    });
    const properties = {
        'provenant:artifact:kind': 'image',
        'provenant:image:digest': facts.digest,
        'provenant:image:config': facts.configDigest,
        'provenant:image:platform': (0,oci_image/* formatPlatform */.Bq)(config.platform),
        'provenant:image:repository': facts.repository
    };
    if (facts.tag)
        properties['provenant:image:tag'] = facts.tag;
    if (config.created)
        properties['provenant:image:created'] = config.created;
    const width = String(manifest.layers.length).length;
    manifest.layers.forEach((layer, i) => {
        const n = String(i + 1).padStart(width, '0');
        properties[`provenant:image:layer:${n}`] = layer.digest;
        const diffId = config.diffIds[i];
        if (diffId)
            properties[`provenant:image:layer:${n}:diff-id`] = diffId;
    });
    const base = {
        ...config.labels,
        ...manifest.annotations
    };
    for (const key of [
        'org.opencontainers.image.base.name',
        'org.opencontainers.image.base.digest'
    ]) {
        if (base[key])
            properties[`provenant:image:${key.slice('org.opencontainers.image.'.length)}`] = base[key];
    }
    if (facts.rpm)
        properties['provenant:image:rpm-database'] = facts.rpm.path;
    if (rpmNote)
        properties['provenant:image:rpm-database:note'] = rpmNote;
    return {
        ref: purl,
        ecosystem: 'oci',
        name: facts.repository,
        version: facts.digest,
        purl,
        type: 'container',
        hashes: [
            { algorithm: 'SHA-256', value: facts.digest.slice('sha256:'.length) }
        ],
        licenses: [],
        properties
    };
}

// EXTERNAL MODULE: ./src/lib/sbom/image/layers.ts
var image_layers = __webpack_require__(37309);
// EXTERNAL MODULE: external "node:sqlite"
var external_node_sqlite_ = __webpack_require__(80099);
;// CONCATENATED MODULE: ./src/lib/sbom/image/rpm-bdb.ts
/**
 * The Berkeley DB rpm database (`var/lib/rpm/Packages`: RHEL/CentOS 8 and
 * before, Amazon Linux 2) -> its header blobs. The file is a Berkeley DB
 * hash database: a metadata page (magic 0x061561, page size), then hash
 * pages whose items alternate key and value, a value either inline
 * (H_KEYDATA) or in a chain of overflow pages (H_OFFPAGE). Keys are
 * 4-byte package numbers; number 0 is rpm's counter, not a package. Every
 * offset is checked against the page and the file; a loop or a page past
 * the end is damage.
 */
const HASH_MAGIC = 0x061561;
const PAGE_HEADER_BYTES = 26;
const P_HASH_UNSORTED = 2;
const P_OVERFLOW = 7;
const P_HASHMETA = 8;
const P_HASH = 13;
const H_KEYDATA = 1;
const H_OFFPAGE = 3;
/** Largest header blob read (rpm's own bound on a header's data). */
const MAX_BLOB_BYTES = 256 * 1024 * 1024;
class BerkeleyDbError extends Error {
}
/** Whether the bytes start like a Berkeley DB hash database. */
function isBerkeleyHashDb(bytes) {
    if (bytes.length < 512)
        return false;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return (view.getUint32(12, true) === HASH_MAGIC ||
        view.getUint32(12, false) === HASH_MAGIC);
}
/** The values of the database (header blobs), in page order. */
function readBerkeleyHashValues(bytes) {
    if (!isBerkeleyHashDb(bytes))
        throw new BerkeleyDbError('not a Berkeley DB hash database');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const little = view.getUint32(12, true) === HASH_MAGIC;
    const u32 = (at) => view.getUint32(at, little);
    const u16 = (at) => view.getUint16(at, little);
    const pageSize = u32(20);
    if (bytes[25] !== P_HASHMETA || pageSize < 512 || pageSize > 65536)
        throw new BerkeleyDbError('a damaged metadata page');
    const pages = Math.floor(bytes.length / pageSize);
    const values = [];
    for (let page = 1; page < pages; page++) {
        const start = page * pageSize;
        const type = bytes[start + 25];
        if (type !== P_HASH && type !== P_HASH_UNSORTED)
            continue;
        const entries = u16(start + 20);
        if (PAGE_HEADER_BYTES + entries * 2 > pageSize)
            throw new BerkeleyDbError(`page ${page}: more entries than fit`);
        const item = (i) => {
            const at = u16(start + PAGE_HEADER_BYTES + i * 2);
            const end = i === 0 ? pageSize : u16(start + PAGE_HEADER_BYTES + (i - 1) * 2);
            if (at < PAGE_HEADER_BYTES || at >= end || end > pageSize)
                throw new BerkeleyDbError(`page ${page}: an item outside the page`);
            return [start + at, start + end];
        };
        for (let i = 0; i + 1 < entries; i += 2) {
            const [keyAt, keyEnd] = item(i);
            if (bytes[keyAt] === H_KEYDATA &&
                keyEnd - keyAt === 5 &&
                u32(keyAt + 1) === 0)
                continue;
            const [at, end] = item(i + 1);
            if (bytes[at] === H_KEYDATA)
                values.push(bytes.subarray(at + 1, end));
            else if (bytes[at] === H_OFFPAGE && end - at >= 12)
                values.push(overflow(bytes, pageSize, { u16, u32 }, u32(at + 4), u32(at + 8)));
        }
    }
    return values;
}
/** The bytes of an overflow chain starting at `first`, `length` in all. */
function overflow(bytes, pageSize, { u16, u32 }, first, length) {
    if (length > MAX_BLOB_BYTES)
        throw new BerkeleyDbError(`an item of ${length} bytes`);
    const out = new Uint8Array(length);
    const seen = new Set();
    let filled = 0;
    for (let page = first; page !== 0 && filled < length;) {
        const start = page * pageSize;
        if (seen.has(page) || start + pageSize > bytes.length)
            throw new BerkeleyDbError(`overflow page ${page}: a loop or past the end`);
        seen.add(page);
        if (bytes[start + 25] !== P_OVERFLOW)
            throw new BerkeleyDbError(`page ${page}: not an overflow page`);
        // An overflow page keeps the length of its data where others keep hf_offset.
        const size = u16(start + 22);
        const take = Math.min(size, pageSize - PAGE_HEADER_BYTES, length - filled);
        out.set(bytes.subarray(start + PAGE_HEADER_BYTES, start + PAGE_HEADER_BYTES + take), filled);
        filled += take;
        page = u32(start + 16);
    }
    if (filled !== length)
        throw new BerkeleyDbError(`an overflow chain of ${filled} bytes where ${length} were announced`);
    return out;
}

;// CONCATENATED MODULE: ./src/io/sbom/image/rpm-database.ts
/**
 * An image's rpm database -> one header blob per installed package. The
 * SQLite database of rpm 4.16 and later (Fedora 33+, RHEL 9+) is read with
 * Node's SQLite (node:sqlite), opened from memory, read-only in effect,
 * defensive; the Berkeley DB one (`Packages`, rpm before 4.16) by
 * lib/sbom/image/rpm-bdb.ts; the NDB format (`Packages.db`, SUSE) is
 * reported as found and not read.
 */



const SQLITE_MAGIC = 'SQLite format 3\0';
function readRpmDatabase(files) {
    const path = findRpmDatabase((p) => files.has(p));
    if (path === undefined)
        return undefined;
    const bytes = files.get(path);
    if (path.endsWith('.db'))
        return {
            path,
            unread: 'the NDB rpm database format is not read (the SQLite and Berkeley DB ones are)'
        };
    const sqlite = path.endsWith('.sqlite');
    try {
        const headers = sqlite
            ? readSqliteHeaders(bytes)
            : readBerkeleyHashValues(bytes);
        return { path, headers };
    }
    catch (error) {
        return {
            path,
            unread: `not a readable ${sqlite ? 'SQLite' : 'Berkeley DB'} rpm database (${error.message})`
        };
    }
}
function readSqliteHeaders(bytes) {
    if (new TextDecoder().decode(bytes.subarray(0, 16)) !== SQLITE_MAGIC)
        throw new Error('no SQLite header');
    // rpm keeps its database in WAL mode, which an in-memory database cannot
    // open: the copy is marked as a rollback-journal database (file format
    // bytes 18 and 19), which changes nothing else. rpm checkpoints the WAL
    // when it closes the database, so the main file holds every package.
    const copy = Uint8Array.from(bytes);
    copy[18] = 1;
    copy[19] = 1;
    const db = new external_node_sqlite_.DatabaseSync(':memory:');
    try {
        db.enableDefensive(true);
        db.deserialize(copy);
        const blobs = [];
        for (const row of db
            .prepare('SELECT blob FROM Packages ORDER BY hnum')
            .all())
            if (row.blob instanceof Uint8Array)
                blobs.push(row.blob);
        return blobs;
    }
    finally {
        db.close();
    }
}

;// CONCATENATED MODULE: ./src/io/sbom/image/read-image.ts
/**
 * An image -> its DependencyGraph: layers read in order and applied with
 * their whiteouts (only the files the package readers ask for are kept),
 * then the OS and language package readers over the merged filesystem.
 */






const read_image_utf8 = new TextDecoder();
async function buildImageSbomGraph(named) {
    const { image } = named;
    const files = new Map();
    const programs = new Map();
    for (let i = 0; i < image.manifest.layers.length; i++) {
        const bytes = await image.layer(i);
        try {
            const changes = await (0,image_layers/* readLayer */.w6)(bytes, isImageMetadata, 'image layer', describeImageProgram);
            (0,image_layers/* applyLayer */.cV)(files, changes, programs);
        }
        catch (error) {
            throw new errors/* InputError */.dz('OCI_LAYER_UNREADABLE', `${named.display}: layer ${i + 1} (${image.manifest.layers[i].digest}) is not a readable tar: ${error.message}`, { cause: error });
        }
    }
    const texts = new Map();
    const rpm = readRpmDatabase(files);
    return buildImageGraph({
        display: named.display,
        repository: named.repository,
        ...(named.repositoryUrl ? { repositoryUrl: named.repositoryUrl } : {}),
        ...(named.tag ? { tag: named.tag } : {}),
        digest: image.digest,
        manifest: image.manifest,
        config: image.config,
        configDigest: image.configDigest,
        ...(rpm ? { rpm } : {}),
        programs: [...programs]
            .sort(([a], [b]) => (0,sbom_document/* compareText */.n6)(a, b))
            .map(([path, graph]) => ({ path, graph }))
    }, {
        paths: [...files.keys()].sort(sbom_document/* compareText */.n6),
        read: (path) => {
            if (!texts.has(path)) {
                const data = files.get(path);
                texts.set(path, data === undefined ? undefined : read_image_utf8.decode(data));
            }
            return texts.get(path);
        }
    });
}


/***/ }),

/***/ 17771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mI: () => (/* binding */ inflateZstdBounded),
/* harmony export */   oO: () => (/* binding */ isZstd)
/* harmony export */ });
/* unused harmony export hasZstd */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46228);
/**
 * Bounded zstd decompression (container layers `tar+zstd`) through Node's
 * zlib (Node 22.15 and later): compressed bytes go in small slices, each
 * counted before it is written; every inflated chunk reaches the consumer
 * and is counted against the same InflationBudget as gzip before the next
 * is made, so a bomb stops within one chunk of its bound.
 */


const SLICE_BYTES = 16 * 1024;
/** The four bytes every zstd frame starts with (RFC 8878, 3.1.1). */
function isZstd(data) {
    return (data[0] === 0x28 && data[1] === 0xb5 && data[2] === 0x2f && data[3] === 0xfd);
}
/** Whether this Node has zstd in zlib. */
function hasZstd() {
    return typeof node_zlib__WEBPACK_IMPORTED_MODULE_0__.createZstdDecompress === 'function';
}
/**
 * Inflates `data` (one or more zstd frames) chunk by chunk into `onData`,
 * within the budget. Rejects with the consumer's or the budget's error as
 * thrown, or an ArchiveFormatError for damaged data.
 */
async function inflateZstdBounded(data, budget, onData, member = () => undefined) {
    if (!hasZstd()) {
        throw new _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveFormatError */ .Y3(budget.source, 'zstd-compressed data needs Node 22.15 or later; run Provenant on the Node it ships for (24)');
    }
    const stream = node_zlib__WEBPACK_IMPORTED_MODULE_0__.createZstdDecompress();
    let failure;
    const done = new Promise((resolve, reject) => {
        stream.on('data', (chunk) => {
            if (failure !== undefined)
                return;
            try {
                onData(chunk);
                budget.addInflated(member(), chunk.length);
            }
            catch (error) {
                failure = error;
                stream.destroy();
                reject(error instanceof Error ? error : new Error(String(error)));
            }
        });
        stream.on('error', (error) => {
            if (failure !== undefined)
                return;
            failure = error;
            reject(damaged(budget, member(), error));
        });
        stream.on('end', () => resolve());
    });
    void feed(stream, data, budget, () => failure !== undefined);
    await done;
}
/**
 * Writes the data frame by frame, in slices that never cross a frame's end:
 * Node's decompressor drops what follows a frame's end in the same write,
 * and multi-frame layers are common (zstd:chunked). Skippable frames carry
 * no content and are not written.
 */
async function feed(stream, data, budget, stopped) {
    for (let start = 0; start < data.length && !stopped();) {
        const { end, skippable } = frameAt(data, start);
        for (let at = start; at < end && !skippable && !stopped();) {
            const slice = data.subarray(at, Math.min(at + SLICE_BYTES, end));
            at += slice.length;
            budget.addCompressed(slice.length);
            if (!stream.write(slice))
                await new Promise((resolve) => {
                    stream.once('drain', resolve);
                    stream.once('close', resolve);
                });
        }
        start = end;
    }
    if (!stopped())
        stream.end();
}
const FCS_BYTES = [0, 2, 4, 8];
const DICT_ID_BYTES = [0, 1, 2, 4];
/**
 * Where the frame starting at `start` ends (RFC 8878, 3.1): its header,
 * its blocks by their headers, its checksum. Data that is not a frame, or
 * is cut, runs to the end, for the decompressor to judge.
 */
function frameAt(data, start) {
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const rest = { end: data.length, skippable: false };
    if (start + 8 > data.length)
        return rest;
    const magic = view.getUint32(start, true);
    if ((magic & 0xfffffff0) === 0x184d2a50) {
        const end = start + 8 + view.getUint32(start + 4, true);
        return { end: Math.min(end, data.length), skippable: true };
    }
    if (magic !== 0xfd2fb528)
        return rest;
    const descriptor = data[start + 4];
    const singleSegment = (descriptor >> 5) & 1;
    const fcs = FCS_BYTES[descriptor >> 6] || singleSegment;
    let at = start + 5 + (singleSegment ? 0 : 1) + DICT_ID_BYTES[descriptor & 3] + fcs;
    for (let last = 0; !last;) {
        if (at + 3 > data.length)
            return rest;
        const header = data[at] | (data[at + 1] << 8) | (data[at + 2] << 16);
        last = header & 1;
        const type = (header >> 1) & 3;
        if (type === 3)
            return rest;
        at += 3 + (type === 1 ? 1 : header >>> 3);
    }
    at += descriptor & 4 ? 4 : 0;
    return at > data.length ? rest : { end: at, skippable: false };
}
function damaged(budget, member, error) {
    return new _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveFormatError */ .Y3(budget.source, `${member === undefined ? '' : `member ${(0,_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteMember */ .zP)(member)}: `}bad zstd data: ${error.message}`, { cause: error });
}


/***/ }),

/***/ 30876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FB: () => (/* binding */ parseImageConfig),
/* harmony export */   O0: () => (/* binding */ parseImageDocument),
/* harmony export */   Z2: () => (/* binding */ MEDIA_TYPES),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   xV: () => (/* binding */ choosePlatform)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/**
 * OCI image and Docker schema 2 documents as read from a registry, an OCI
 * image layout or a docker-archive: indexes (manifest lists), manifests and
 * configs, checked for the fields an image reader needs, and the choice of
 * one platform from an index.
 */

const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json'
};
/** What a registry is asked for, in order of preference. */
const MANIFEST_ACCEPT = [
    MEDIA_TYPES.ociIndex,
    MEDIA_TYPES.ociManifest,
    MEDIA_TYPES.dockerList,
    MEDIA_TYPES.dockerManifest
];
const DIGEST = /^sha256:[0-9a-f]{64}$/;
function isDigest(text) {
    return DIGEST.test(text);
}
/** An index or a manifest, told apart by its media type or its fields. */
function parseImageDocument(text, where) {
    const bad = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('OCI_MANIFEST_INVALID', `${where}: not an OCI image index or manifest: ${why}`);
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw bad('it is not JSON');
    }
    if (Array.isArray(json.manifests)) {
        return {
            kind: 'index',
            manifests: json.manifests.map((d) => descriptor(d, bad))
        };
    }
    if (json.config && Array.isArray(json.layers)) {
        const subject = json.subject?.digest;
        return {
            kind: 'manifest',
            config: descriptor(json.config, bad),
            layers: json.layers.map((d) => descriptor(d, bad)),
            annotations: stringRecord(json.annotations),
            ...(typeof subject === 'string' ? { subject } : {})
        };
    }
    throw bad(json.schemaVersion === 1
        ? 'Docker schema 1 manifests are not read: push the image again with a current client'
        : 'it has neither "manifests" nor "config" and "layers"');
}
function descriptor(raw, bad) {
    const d = raw;
    if (typeof d.digest !== 'string' || !DIGEST.test(d.digest))
        throw bad(`a descriptor has no sha256 digest (${JSON.stringify(d.digest)})`);
    const platform = d.platform;
    return {
        mediaType: typeof d.mediaType === 'string' ? d.mediaType : '',
        digest: d.digest,
        size: typeof d.size === 'number' ? d.size : -1,
        ...(platform &&
            typeof platform.os === 'string' &&
            typeof platform.architecture === 'string'
            ? {
                platform: {
                    os: platform.os,
                    architecture: platform.architecture,
                    ...(typeof platform.variant === 'string'
                        ? { variant: platform.variant }
                        : {})
                }
            }
            : {}),
        ...(d.annotations ? { annotations: stringRecord(d.annotations) } : {})
    };
}
function stringRecord(raw) {
    const out = {};
    if (raw && typeof raw === 'object')
        for (const [k, v] of Object.entries(raw))
            if (typeof v === 'string')
                out[k] = v;
    return out;
}
function parseImageConfig(text, where) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('OCI_CONFIG_INVALID', `${where}: the image config is not JSON`);
    }
    const rootfs = json.rootfs;
    const diffIds = Array.isArray(rootfs?.diff_ids)
        ? rootfs.diff_ids.filter((d) => typeof d === 'string')
        : [];
    const config = json.config;
    return {
        platform: {
            os: typeof json.os === 'string' ? json.os : '',
            architecture: typeof json.architecture === 'string' ? json.architecture : '',
            ...(typeof json.variant === 'string' ? { variant: json.variant } : {})
        },
        diffIds,
        ...(typeof json.created === 'string' ? { created: json.created } : {}),
        labels: stringRecord(config?.Labels)
    };
}
/** os/architecture[/variant] */
function formatPlatform(p) {
    return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
/** The index entry for `wanted` (default linux/amd64), or the only image it lists. */
function choosePlatform(index, wanted, where) {
    const images = index.manifests.filter((m) => m.platform === undefined || m.platform.architecture !== 'unknown');
    const match = images.find((m) => m.platform?.os === wanted.os &&
        m.platform.architecture === wanted.architecture &&
        (wanted.variant === undefined || m.platform.variant === wanted.variant));
    if (match)
        return match;
    if (images.length === 1)
        return images[0];
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('OCI_PLATFORM_NOT_FOUND', `${where}: the image index has no ${formatPlatform(wanted)} image (it has ${images
        .map((m) => (m.platform ? formatPlatform(m.platform) : m.digest))
        .join(', ') || 'none'}): name the platform's digest instead`);
}


/***/ }),

/***/ 37309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JU: () => (/* binding */ IMAGE_LAYER_LIMITS),
/* harmony export */   cV: () => (/* binding */ applyLayer),
/* harmony export */   w6: () => (/* binding */ readLayer)
/* harmony export */ });
/* unused harmony exports MAX_LAYER_FILE_BYTES, MAX_IMAGE_PROGRAM_BYTES */
/* harmony import */ var _archive_inflate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79821);
/* harmony import */ var _archive_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46228);
/* harmony import */ var _archive_tar_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86485);
/* harmony import */ var _archive_zstd_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17771);
/**
 * Container image layers applied in order, as a container runtime would,
 * but only for the files the SBOM readers ask for: each layer's files
 * replace the lower layers', and its whiteouts (`.wh.<name>` deletes
 * <name>, `.wh..wh..opq` empties the folder it is in) delete from the
 * layers below it (OCI image spec, layer.md).
 */




const WHITEOUT = '.wh.';
const OPAQUE = '.wh..wh..opq';
const CHUNK = 1024 * 1024;
/** Largest file kept from a layer (metadata, dpkg status, binaries asked for). */
const MAX_LAYER_FILE_BYTES = 256 * 1024 * 1024;
/** Largest executable looked into; a larger one is passed over. */
const MAX_IMAGE_PROGRAM_BYTES = 128 * 1024 * 1024;
/**
 * The bounds of one image layer: a base layer is a whole root filesystem,
 * so it may hold far more than a release archive, but never unbounded.
 */
const IMAGE_LAYER_LIMITS = {
    ..._archive_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_ARCHIVE_LIMITS */ .wP,
    maxInflatedBytes: 16 * 1024 * 1024 * 1024,
    maxEntries: 1_000_000
};
/**
 * Reads one layer (tar, or a gzip- or zstd-compressed tar, told apart by
 * their magic bytes whatever the media type says) for the files `want`
 * names; both compressions are held to the same bounds.
 */
async function readLayer(blob, want, source = 'image layer', describe) {
    const budget = new _archive_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .InflationBudget */ .yE(source, IMAGE_LAYER_LIMITS);
    const changes = {
        files: new Map(),
        programs: new Map(),
        deleted: new Set(),
        opaque: new Set()
    };
    const program = (entry) => describe !== undefined &&
        isExecutable(entry) &&
        entry.size <= MAX_IMAGE_PROGRAM_BYTES;
    const tar = new _archive_tar_js__WEBPACK_IMPORTED_MODULE_2__/* .TarReader */ .RF({
        maxKeptBytes: MAX_LAYER_FILE_BYTES,
        budget,
        want: (entry) => isFile(entry) && (want(normalize(entry.path)) || program(entry)),
        onEntry: (entry, data) => {
            const path = normalize(entry.path);
            if (data && describe && program(entry)) {
                const described = describe(path, data);
                if (described !== undefined)
                    changes.programs.set(path, described);
                if (!want(path))
                    data = undefined;
            }
            record(changes, entry, data);
        }
    });
    if (blob[0] === 0x1f && blob[1] === 0x8b) {
        new _archive_inflate_js__WEBPACK_IMPORTED_MODULE_0__/* .BoundedInflater */ .Zg('gzip', budget, (chunk) => tar.push(chunk)).push(blob, true);
    }
    else if ((0,_archive_zstd_js__WEBPACK_IMPORTED_MODULE_3__/* .isZstd */ .oO)(blob)) {
        await (0,_archive_zstd_js__WEBPACK_IMPORTED_MODULE_3__/* .inflateZstdBounded */ .mI)(blob, budget, (chunk) => tar.push(chunk));
    }
    else {
        for (let at = 0; at < blob.length; at += CHUNK)
            tar.push(blob.subarray(at, at + CHUNK));
    }
    tar.end();
    return changes;
}
function isFile(entry) {
    return entry.type === 'file';
}
function isExecutable(entry) {
    return (entry.type === 'file' &&
        (parseInt(entry.fields.mode ?? '0', 8) & 0o111) !== 0);
}
function normalize(path) {
    return path.replace(/^(\.?\/)+/, '').replace(/\/+$/, '');
}
function record(changes, entry, data) {
    const path = normalize(entry.path);
    const slash = path.lastIndexOf('/');
    const dir = slash < 0 ? '' : path.slice(0, slash);
    const name = path.slice(slash + 1);
    if (name === OPAQUE)
        changes.opaque.add(dir);
    else if (name.startsWith(WHITEOUT))
        changes.deleted.add(dir === ''
            ? name.slice(WHITEOUT.length)
            : `${dir}/${name.slice(WHITEOUT.length)}`);
    else {
        // A file, link or folder here hides whatever a lower layer had at this path.
        if (entry.type !== 'dir')
            changes.deleted.add(path);
        if (data)
            changes.files.set(path, data);
    }
}
/** Applies a layer's changes on the files (and programs) of the layers below it. */
function applyLayer(lower, changes, programs) {
    const hidden = (path) => {
        for (let at = path.length; at > 0; at = path.lastIndexOf('/', at - 1)) {
            if (changes.deleted.has(path.slice(0, at)))
                return true;
        }
        for (let at = path.lastIndexOf('/'); at > 0; at = path.lastIndexOf('/', at - 1)) {
            if (changes.opaque.has(path.slice(0, at)))
                return true;
        }
        return changes.opaque.has('');
    };
    for (const path of [...lower.keys()])
        if (hidden(path))
            lower.delete(path);
    for (const [path, data] of changes.files)
        lower.set(path, data);
    if (!programs)
        return;
    for (const path of [...programs.keys()])
        if (hidden(path))
            programs.delete(path);
    for (const [path, program] of changes.programs)
        programs.set(path, program);
}


/***/ })

};
