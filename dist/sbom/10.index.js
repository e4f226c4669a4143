export const id = 10;
export const ids = [10];
export const modules = {

/***/ 9821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DR: () => (/* binding */ inflateBounded),
/* harmony export */   Id: () => (/* binding */ concatBytes),
/* harmony export */   Zg: () => (/* binding */ BoundedInflater)
/* harmony export */ });
/* harmony import */ var fflate__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1306);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6228);
/**
 * Bounded decompression: compressed bytes go to fflate in small slices, so
 * one push never inflates more than about a thousand times a slice, and
 * every inflated byte is counted against the archive's budget before the
 * next slice is read. A bomb stops within a few MiB of its bound.
 */


const SLICE_BYTES = 16 * 1024;
/** A streaming inflater: push compressed chunks, receive inflated ones. */
class BoundedInflater {
    #stream;
    #budget;
    #member;
    /** `member` names what is being inflated (for a tar stream, the entry being read). */
    constructor(kind, budget, onData, member = () => undefined) {
        this.#budget = budget;
        this.#member = member;
        const ondata = (data) => {
            // The consumer first, so that a bound names the member the bytes belong to.
            onData(data);
            this.#budget.addInflated(this.#member(), data.length);
        };
        this.#stream = kind === 'gzip' ? new fflate__WEBPACK_IMPORTED_MODULE_1__/* .Gunzip */ .as(ondata) : new fflate__WEBPACK_IMPORTED_MODULE_1__/* .Inflate */ .EL(ondata);
    }
    push(chunk, final = false) {
        for (let at = 0; at < chunk.length || (final && at === 0); at += SLICE_BYTES) {
            const slice = chunk.subarray(at, at + SLICE_BYTES);
            this.#budget.addCompressed(slice.length);
            const last = final && at + SLICE_BYTES >= chunk.length;
            try {
                this.#stream.push(slice, last);
            }
            catch (error) {
                if (!isFflateError(error))
                    throw error;
                throw new _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .ArchiveFormatError */ .Y3(this.#budget.source, `${this.#member() === undefined ? '' : `member ${(0,_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteMember */ .zP)(this.#member())}: `}bad compressed data: ${error.message}`, { cause: error });
            }
            if (last)
                return;
        }
    }
}
/** Inflates `data` whole, within the budget; `expectedSize` (a zip's declared size), when given, is a bound too. */
function inflateBounded(kind, data, budget, member, expectedSize) {
    const parts = [];
    let size = 0;
    const inflater = new BoundedInflater(kind, budget, (chunk) => {
        size += chunk.length;
        if (expectedSize !== undefined && size > expectedSize) {
            throw new _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .ArchiveFormatError */ .Y3(budget.source, `member ${(0,_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteMember */ .zP)(member ?? '')} inflates past its declared size of ${expectedSize} bytes`);
        }
        parts.push(chunk);
    }, () => member);
    inflater.push(data, true);
    return concatBytes(parts, size);
}
/** `parts` joined into one array of `size` bytes. */
function concatBytes(parts, size) {
    const out = new Uint8Array(size);
    let offset = 0;
    for (const part of parts) {
        out.set(part, offset);
        offset += part.length;
    }
    return out;
}
/** fflate's own errors carry a numeric `code`; anything else is ours and passes. */
function isFflateError(error) {
    return (error instanceof Error &&
        typeof error.code === 'number');
}


/***/ }),

/***/ 6485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RF: () => (/* binding */ TarReader)
/* harmony export */ });
/* unused harmony exports looksLikeTar, readTar */
/* harmony import */ var _inflate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9821);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6228);
/**
 * The one tar reader: chunks in, entries out. It reads ustar (with the
 * 155-byte prefix), GNU headers (base-256 numbers, ././@LongLink names and
 * link names) and pax extended headers (path, linkpath, size, mtime with its
 * fractions, uid/gid/uname/gname; other records kept as fields), checks
 * every header's checksum, keeps the data only of the entries asked for, and
 * holds the entry-count bound. It never writes.
 */


const BLOCK = 512;
/** Largest pax or GNU long-name record read. */
const MAX_META_BYTES = 1024 * 1024;
const decoder = new TextDecoder('utf-8');
function looksLikeTar(bytes) {
    if (bytes.length < BLOCK)
        return false;
    if (text(bytes, 257, 5) === 'ustar')
        return true;
    return checksumOk(bytes.subarray(0, BLOCK));
}
class TarReader {
    #options;
    #pending = [];
    #pendingBytes = 0;
    #current;
    #parts = [];
    #pax = {};
    #globalPax = {};
    #longName;
    #longLink;
    #offset = 0;
    #ended = false;
    constructor(options) {
        this.#options = options;
    }
    /** The path of the entry whose data is being read, if any. */
    get currentPath() {
        return this.#current?.meta === undefined
            ? this.#current?.entry.path
            : undefined;
    }
    push(chunk) {
        if (this.#ended || chunk.length === 0)
            return;
        this.#pending.push(chunk);
        this.#pendingBytes += chunk.length;
        this.#drain();
    }
    /** Call at the end of the stream: a truncated archive is an error. */
    end() {
        if (!this.#ended && (this.#current !== undefined || this.#pendingBytes > 0))
            throw this.#damaged('it ends in the middle of an entry');
    }
    #drain() {
        while (!this.#ended) {
            const current = this.#current;
            if (current) {
                const take = Math.min(current.remaining, this.#pendingBytes);
                if (take === 0 && current.remaining > 0)
                    return;
                if (current.keep) {
                    const data = this.#take(take);
                    const wanted = current.entry.size - (current.padded - current.remaining);
                    if (wanted > 0)
                        this.#parts.push(data.subarray(0, wanted));
                }
                else
                    this.#skip(take);
                current.remaining -= take;
                if (current.remaining > 0)
                    return;
                this.#finishEntry();
                continue;
            }
            if (this.#pendingBytes < BLOCK)
                return;
            this.#readHeader(this.#take(BLOCK));
        }
    }
    #readHeader(header) {
        const at = this.#offset - BLOCK;
        if (header.every((b) => b === 0)) {
            this.#ended = true;
            return;
        }
        if (!checksumOk(header))
            throw this.#damaged(`the header at offset ${at} has a bad checksum`);
        const typeflag = String.fromCharCode(header[156]);
        const meta = 'xgLK'.includes(typeflag) ? typeflag : undefined;
        const paxSize = meta ? undefined : this.#pax.size;
        const size = paxSize !== undefined ? Number(paxSize) : number(header, 124, 12);
        if (!Number.isSafeInteger(size) || size < 0)
            throw this.#damaged(`the header at offset ${at} has a bad size`);
        const entry = meta
            ? { path: typeflag, type: 'other', fields: {}, size }
            : this.#toEntry(header, size);
        if (meta === undefined)
            this.#options.budget.addEntry(entry.path);
        if (meta && size > MAX_META_BYTES)
            throw this.#tooBig(entry.path, size, MAX_META_BYTES);
        const keep = meta !== undefined || this.#options.want(entry);
        if (keep && !meta && size > this.#options.maxKeptBytes)
            throw this.#tooBig(entry.path, size, this.#options.maxKeptBytes);
        const padded = Math.ceil(size / BLOCK) * BLOCK;
        this.#current = { entry, keep, meta, padded, remaining: padded };
        this.#parts = [];
        if (size === 0)
            this.#finishEntry();
    }
    #toEntry(header, size) {
        const pax = { ...this.#globalPax, ...this.#pax };
        const entry = toEntry(header, pax, size, this.#longName, this.#longLink);
        this.#pax = {};
        this.#longName = this.#longLink = undefined;
        return entry;
    }
    #finishEntry() {
        const { entry, keep, meta } = this.#current;
        this.#current = undefined;
        const data = keep ? (0,_inflate_js__WEBPACK_IMPORTED_MODULE_0__/* .concatBytes */ .Id)(this.#parts, entry.size) : undefined;
        this.#parts = [];
        if (meta === 'x')
            this.#pax = parsePax(data);
        else if (meta === 'g')
            this.#globalPax = { ...this.#globalPax, ...parsePax(data) };
        else if (meta === 'L')
            this.#longName = text(data, 0, data.length);
        else if (meta === 'K')
            this.#longLink = text(data, 0, data.length);
        else
            this.#options.onEntry(entry, data);
    }
    #damaged(why) {
        return new _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveFormatError */ .Y3(this.#options.budget.source, `tar: ${why}`);
    }
    #tooBig(member, size, max) {
        return new _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .ArchiveLimitError */ .w(this.#options.budget.source, member, 'inflated size', `a member of ${size} bytes, where at most ${max} are read`);
    }
    /** Drops bytes nobody asked for, without copying them. */
    #skip(length) {
        let left = length;
        while (left > 0) {
            const head = this.#pending[0];
            if (head.length <= left) {
                left -= head.length;
                this.#pending.shift();
            }
            else {
                this.#pending[0] = head.subarray(left);
                left = 0;
            }
        }
        this.#pendingBytes -= length;
        this.#offset += length;
    }
    #take(length) {
        const out = new Uint8Array(length);
        let offset = 0;
        while (offset < length) {
            const head = this.#pending[0];
            const n = Math.min(head.length, length - offset);
            out.set(head.subarray(0, n), offset);
            offset += n;
            if (n === head.length)
                this.#pending.shift();
            else
                this.#pending[0] = head.subarray(n);
        }
        this.#pendingBytes -= length;
        this.#offset += length;
        return out;
    }
}
/** Every entry of a whole tar in memory, with the data of its files. */
function readTar(bytes, budget) {
    const entries = [];
    const reader = new TarReader({
        want: (entry) => entry.type === 'file',
        maxKeptBytes: Number.MAX_SAFE_INTEGER,
        budget,
        onEntry: (entry, data) => entries.push({ ...entry, data: data ?? new Uint8Array() })
    });
    reader.push(bytes);
    reader.end();
    return entries;
}
function toEntry(header, pax, size, longName, longLink) {
    const magic = decoder.decode(header.subarray(257, 265));
    const ustar = magic.startsWith('ustar');
    const prefix = ustar && magic === 'ustar\u000000' ? text(header, 345, 155) : '';
    const name = text(header, 0, 100);
    const path = pax.path ?? longName ?? (prefix ? `${prefix}/${name}` : name);
    const typeflag = String.fromCharCode(header[156]);
    const fields = {
        mode: (number(header, 100, 8) & 0o7777).toString(8).padStart(4, '0'),
        uid: pax.uid ?? String(number(header, 108, 8)),
        gid: pax.gid ?? String(number(header, 116, 8)),
        mtime: pax.mtime ?? String(number(header, 136, 12)),
        uname: pax.uname ?? text(header, 265, 32),
        gname: pax.gname ?? text(header, 297, 32),
        format: !ustar ? 'v7' : magic === 'ustar  \u0000' ? 'gnu' : 'ustar'
    };
    const linkname = pax.linkpath ?? longLink ?? text(header, 157, 100);
    if (linkname)
        fields.linkname = linkname;
    for (const [key, value] of Object.entries(pax)) {
        if (!HANDLED_PAX.has(key))
            fields[`pax:${key}`] = value;
    }
    return {
        path,
        type: TYPES[typeflag] ?? 'other',
        fields,
        size
    };
}
const HANDLED_PAX = new Set([
    'path',
    'linkpath',
    'size',
    'mtime',
    'uid',
    'gid',
    'uname',
    'gname'
]);
const TYPES = {
    '0': 'file',
    '\u0000': 'file',
    '7': 'file',
    '1': 'hardlink',
    '2': 'symlink',
    '5': 'dir'
};
/** `<length> <key>=<value>\n` records, the length counting the whole record. */
function parsePax(data) {
    const records = {};
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        if (space < 0)
            break;
        const length = Number(text(data, at, space - at));
        if (!Number.isInteger(length) || length <= 0)
            break;
        const record = decoder.decode(data.subarray(space + 1, at + length - 1));
        const eq = record.indexOf('=');
        if (eq > 0)
            records[record.slice(0, eq)] = record.slice(eq + 1);
        at += length;
    }
    return records;
}
/** Octal text, or GNU base-256 when the first byte has its high bit set. */
function number(header, at, length) {
    const field = header.subarray(at, at + length);
    if ((field[0] & 0x80) !== 0) {
        let value = field[0] & 0x7f;
        for (let i = 1; i < field.length; i++)
            value = value * 256 + field[i];
        return value;
    }
    const digits = text(field, 0, field.length).trim();
    return digits === '' ? 0 : parseInt(digits, 8);
}
function text(bytes, at, length) {
    const slice = bytes.subarray(at, at + length);
    const end = slice.indexOf(0);
    return decoder.decode(end < 0 ? slice : slice.subarray(0, end));
}
function checksumOk(header) {
    if (header.length < BLOCK)
        return false;
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) {
        sum += i >= 148 && i < 156 ? 0x20 : header[i];
    }
    const stored = parseInt(text(header, 148, 8).trim(), 8);
    return stored === sum;
}


/***/ }),

/***/ 7758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ describeBinary)
});

// EXTERNAL MODULE: ./src/lib/sbom/sources/hashes.ts
var hashes = __webpack_require__(3106);
// EXTERNAL MODULE: ./src/lib/sbom/sources/purl.ts
var sources_purl = __webpack_require__(6379);
;// CONCATENATED MODULE: ./src/lib/sbom/binary/binary-graph.ts


const GO_DEVEL = '(devel)';
function buildGoBinaryGraph(file, info) {
    const properties = {
        'provenant:artifact:file': file.fileName,
        'provenant:artifact:kind': 'go-binary',
        'provenant:binary:format': file.format
    };
    if (info.goVersion)
        properties['provenant:go:version'] = info.goVersion;
    if (info.path)
        properties['provenant:go:path'] = info.path;
    for (const [key, value] of info.settings)
        properties[`provenant:go:build:${key}`] = value;
    if (info.legacyFormat) {
        properties['provenant:go:buildinfo'] =
            'the pre-Go 1.18 layout: module data not read';
    }
    else if (!info.main) {
        properties['provenant:go:buildinfo'] =
            'built without module data: no main module or dependencies recorded';
    }
    const name = info.main?.path ?? info.path ?? file.fileName;
    const version = info.main && info.main.version !== GO_DEVEL ? info.main.version : '';
    const purl = info.main || info.path ? (0,sources_purl/* golangPurl */.av)(name, version) : '';
    const root = binaryRoot(file, 'golang', { name, version, purl }, properties);
    if (info.main?.version === GO_DEVEL)
        properties['provenant:go:main-version'] = GO_DEVEL;
    const components = dedupe(info.deps.map(goComponent));
    return {
        root,
        components,
        dependencies: [{ ref: root.ref, dependsOn: components.map((c) => c.ref) }],
        sources: []
    };
}
function goComponent(dep) {
    const used = dep.replace ?? dep;
    const properties = {};
    if (dep.replace)
        properties['provenant:go-replaces'] = `${dep.path}@${dep.version}`;
    if (used.sum)
        properties['provenant:go-h1'] = used.sum;
    const h1 = used.sum?.startsWith('h1:')
        ? (0,hashes/* base64Hash */.m1)('SHA-256', used.sum.slice(3))
        : undefined;
    const local = used.version === '' && /^(\.{1,2}\/|\/)/.test(used.path);
    const purl = local ? '' : (0,sources_purl/* golangPurl */.av)(used.path, used.version);
    return {
        ref: purl || `golang-local:${used.path}`,
        ecosystem: 'golang',
        name: used.path,
        version: used.version,
        purl,
        hashes: h1 ? [h1] : [],
        licenses: [],
        scope: 'required',
        origin: local
            ? { kind: 'file', path: used.path, directory: true }
            : { kind: 'registry' },
        properties,
        kind: 'binary-module'
    };
}
function buildRustBinaryGraph(file, packages) {
    const refs = packages.map((p) => (0,sources_purl/* cargoPurl */.q$)(p.name, p.version));
    const rootIndex = Math.max(0, packages.findIndex((p) => p.root));
    const top = packages[rootIndex];
    const name = top?.name ?? file.fileName;
    const version = top?.version ?? '';
    const purl = top ? refs[rootIndex] : '';
    const root = binaryRoot(file, 'cargo', { name, version, purl }, {
        'provenant:artifact:file': file.fileName,
        'provenant:artifact:kind': 'rust-binary',
        'provenant:binary:format': file.format
    });
    const components = [];
    packages.forEach((p, i) => {
        if (i === rootIndex && top)
            return;
        components.push({
            ref: refs[i],
            ecosystem: 'cargo',
            name: p.name,
            version: p.version,
            purl: refs[i],
            hashes: [],
            licenses: [],
            scope: 'required',
            origin: p.source === 'local'
                ? { kind: 'file', path: p.name, directory: true }
                : { kind: 'registry' },
            properties: {
                'provenant:cargo:source': p.source,
                ...(p.kind === 'build' ? { 'provenant:cargo:kind': 'build' } : {})
            },
            kind: 'binary-module'
        });
    });
    const dependencies = packages.map((p, i) => ({
        ref: i === rootIndex ? root.ref : refs[i],
        dependsOn: p.dependencies.map((d) => d === rootIndex ? root.ref : refs[d])
    }));
    return { root, components: dedupe(components), dependencies, sources: [] };
}
/** The program as the SBOM's subject, with the file's hashes. */
function binaryRoot(file, ecosystem, id, properties) {
    return {
        ref: id.purl || `binary:${file.fileName}`,
        ecosystem,
        ...id,
        type: 'application',
        hashes: file.hashes,
        licenses: [],
        properties
    };
}
function dedupe(components) {
    const byRef = new Map();
    for (const c of components)
        if (!byRef.has(c.ref))
            byRef.set(c.ref, c);
    return [...byRef.values()];
}

;// CONCATENATED MODULE: ./src/lib/sbom/binary/go-buildinfo.ts
const MAGIC = Uint8Array.from([
    0xff, 0x20, 0x47, 0x6f, 0x20, 0x62, 0x75, 0x69, 0x6c, 0x64, 0x69, 0x6e, 0x66,
    0x3a
]);
const HEADER_SIZE = 32;
const ALIGN = 16;
const SECTION_NAMES = ['.go.buildinfo', '__go_buildinfo'];
const utf8 = new TextDecoder();
/** The Go build information of an executable; undefined when it has none. */
function readGoBuildInfo(executable, file) {
    const section = SECTION_NAMES.map((n) => executable.sections.get(n)).find((s) => s !== undefined);
    for (const region of section ? [section] : [file]) {
        for (let at = findMagic(region, 0); at >= 0; at = findMagic(region, at + ALIGN)) {
            const info = decodeHeader(region.subarray(at));
            if (info)
                return info;
        }
    }
    return undefined;
}
function findMagic(region, from) {
    let at = from;
    for (;;) {
        at = indexOf(region, MAGIC, at);
        if (at < 0 || at % ALIGN === 0)
            return at;
        at += 1;
    }
}
function indexOf(haystack, needle, from) {
    const first = needle[0];
    for (let i = haystack.indexOf(first, from); i >= 0; i = haystack.indexOf(first, i + 1)) {
        if (i + needle.length > haystack.length)
            return -1;
        let j = 1;
        while (j < needle.length && haystack[i + j] === needle[j])
            j++;
        if (j === needle.length)
            return i;
    }
    return -1;
}
function decodeHeader(data) {
    if (data.length < HEADER_SIZE)
        return undefined;
    const pointerSize = data[14];
    const flags = data[15];
    if (pointerSize !== 4 && pointerSize !== 8)
        return undefined;
    if ((flags & 2) === 0)
        return { goVersion: '', deps: [], settings: [], legacyFormat: true };
    const version = readString(data, HEADER_SIZE);
    if (!version)
        return undefined;
    const modinfo = readString(data, version.next);
    if (!modinfo)
        return undefined;
    return parseModInfo(utf8.decode(version.bytes), stripFraming(modinfo.bytes));
}
/** A uvarint length, then that many bytes. */
function readString(data, at) {
    let length = 0;
    let shift = 0;
    let i = at;
    for (; i < data.length && i < at + 10; i++) {
        const b = data[i];
        length += (b & 0x7f) * 2 ** shift;
        shift += 7;
        if (b < 0x80)
            break;
    }
    const start = i + 1;
    if (start + length > data.length)
        return undefined;
    return { bytes: data.subarray(start, start + length), next: start + length };
}
/** The module text sits between two 16-byte sentinels. */
function stripFraming(bytes) {
    if (bytes.length >= 33 && bytes[bytes.length - 17] === 0x0a)
        return utf8.decode(bytes.subarray(16, bytes.length - 16));
    return '';
}
/** The text `go version -m` prints, as runtime/debug.ParseBuildInfo reads it. */
function parseModInfo(goVersion, text) {
    const info = { goVersion, deps: [], settings: [] };
    let last;
    for (const line of text.split('\n')) {
        const [kind, ...fields] = line.split('\t');
        const module = () => ({
            path: fields[0] ?? '',
            version: fields[1] ?? '',
            ...(fields[2] ? { sum: fields[2] } : {})
        });
        if (kind === 'path')
            info.path = fields[0];
        else if (kind === 'mod')
            last = info.main = module();
        else if (kind === 'dep')
            info.deps.push((last = module()));
        else if (kind === '=>' && last)
            last.replace = module();
        else if (kind === 'build' && fields.length > 0)
            info.settings.push(parseSetting(fields.join('\t')));
    }
    return info;
}
/** `key=value`, either side Go-quoted when it holds spaces, quotes or `=`. */
function parseSetting(text) {
    if (text.startsWith('"')) {
        const end = quotedEnd(text, 0);
        return [unquote(text.slice(0, end)), unquoteMaybe(text.slice(end + 1))];
    }
    const eq = text.indexOf('=');
    return eq < 0
        ? [text, '']
        : [text.slice(0, eq), unquoteMaybe(text.slice(eq + 1))];
}
function quotedEnd(text, start) {
    let i = start + 1;
    while (i < text.length && text[i] !== '"')
        i += text[i] === '\\' ? 2 : 1;
    return i + 1;
}
function unquoteMaybe(value) {
    return value.startsWith('"') && value.endsWith('"') && value.length >= 2
        ? unquote(value)
        : value;
}
function unquote(quoted) {
    try {
        return JSON.parse(quoted);
    }
    catch {
        return quoted.slice(1, -1);
    }
}

// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(1306);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
;// CONCATENATED MODULE: ./src/lib/sbom/binary/rust-audit.ts
/**
 * The dependency list `cargo auditable` embeds in Rust binaries: a `.dep-v0`
 * section (`__DATA,.dep-v0` on Mach-O) holding zlib-compressed JSON,
 * `{"packages":[{"name","version","source","kind","dependencies":[i],"root"}]}`
 * (rust-secure-code/cargo-auditable, auditable-serde).
 */


const rust_audit_SECTION_NAMES = ['.dep-v0', '__DATA,.dep-v0'];
/** The section's JSON, inflated, is never larger than this. */
const MAX_AUDIT_JSON_BYTES = 8 * 1024 * 1024;
/** The crates listed in the binary; undefined when it has no such section. */
function readAuditableData(executable, display) {
    const section = rust_audit_SECTION_NAMES.map((n) => executable.sections.get(n)).find((s) => s !== undefined);
    if (!section)
        return undefined;
    const bad = (why, cause) => new errors/* InputError */.dz('SBOM_RUST_AUDIT_DATA', `${display}: the cargo auditable section .dep-v0 ${why}; rebuild the binary with \`cargo auditable build\``, { cause });
    let text;
    try {
        const inflated = (0,esm/* unzlibSync */.a8)(section);
        if (inflated.length > MAX_AUDIT_JSON_BYTES)
            throw bad(`inflates to more than ${MAX_AUDIT_JSON_BYTES} bytes`);
        text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        throw bad('is not zlib-compressed UTF-8', error);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw bad('is not JSON', error);
    }
    const packages = data.packages;
    if (!Array.isArray(packages))
        throw bad('has no "packages" list');
    return packages.map((p, i) => toPackage(p, i, packages.length, bad));
}
function toPackage(raw, index, count, bad) {
    const p = raw;
    if (typeof p.name !== 'string' || typeof p.version !== 'string')
        throw bad(`package ${index} has no name or version`);
    const dependencies = Array.isArray(p.dependencies) ? p.dependencies : [];
    if (!dependencies.every((d) => Number.isInteger(d) && d >= 0 && d < count))
        throw bad(`package ${p.name} depends on an index outside the list`);
    return {
        name: p.name,
        version: p.version,
        source: typeof p.source === 'string' ? p.source : 'crates.io',
        kind: p.kind === 'build' ? 'build' : 'runtime',
        dependencies: dependencies,
        root: p.root === true
    };
}

// EXTERNAL MODULE: ./src/lib/sbom/binary/sections.ts
var sections = __webpack_require__(6875);
;// CONCATENATED MODULE: ./src/lib/sbom/binary/describe.ts




function describeBinary(bytes, file, display) {
    const executable = (0,sections/* readExecutable */.p)(bytes);
    if (!executable)
        return undefined;
    const binary = { ...file, format: executable.format };
    const rust = readAuditableData(executable, display);
    if (rust) {
        return { kind: 'rust-binary', graph: buildRustBinaryGraph(binary, rust) };
    }
    const go = readGoBuildInfo(executable, bytes);
    if (go)
        return { kind: 'go-binary', graph: buildGoBinaryGraph(binary, go) };
    return undefined;
}


/***/ }),

/***/ 6875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ readExecutable)
/* harmony export */ });
/**
 * Executable formats -> their named sections, as views of the file's bytes:
 * ELF (32/64-bit, either byte order), Mach-O (32/64-bit, the first slice of
 * a universal binary) and PE/COFF. Pure: bytes in, sections out; a file of
 * none of these formats has no sections.
 */
const decoder = new TextDecoder('latin1');
/** The executable's format and sections; undefined for any other file. */
function readExecutable(bytes) {
    if (bytes.length < 64)
        return undefined;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const magic = view.getUint32(0, false);
    try {
        if (magic === 0x7f454c46)
            return { format: 'elf', sections: elf(bytes, view) };
        if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(magic))
            return { format: 'macho', sections: machO(bytes, view, 0) };
        if (magic === 0xcafebabe)
            return universal(bytes, view);
        if (view.getUint16(0, false) === 0x4d5a)
            return { format: 'pe', sections: pe(bytes, view) };
    }
    catch (error) {
        // A header pointing outside the file: a damaged or foreign file.
        if (error instanceof RangeError)
            return undefined;
        throw error;
    }
    return undefined;
}
function slice(bytes, offset, size) {
    if (offset < 0 || size < 0 || offset + size > bytes.length)
        throw new RangeError('section outside the file');
    return bytes.subarray(offset, offset + size);
}
function cString(bytes, offset, max) {
    let end = offset;
    while (end < bytes.length && end - offset < max && bytes[end] !== 0)
        end++;
    return decoder.decode(bytes.subarray(offset, end));
}
function elf(bytes, view) {
    const is64 = bytes[4] === 2;
    const le = bytes[5] === 1;
    const word = (at) => is64 ? Number(view.getBigUint64(at, le)) : view.getUint32(at, le);
    const shoff = word(is64 ? 0x28 : 0x20);
    const shentsize = view.getUint16(is64 ? 0x3a : 0x2e, le);
    const shnum = view.getUint16(is64 ? 0x3c : 0x30, le);
    const shstrndx = view.getUint16(is64 ? 0x3e : 0x32, le);
    const headers = Array.from({ length: shnum }, (_, i) => {
        const at = shoff + i * shentsize;
        return {
            name: view.getUint32(at, le),
            type: view.getUint32(at + 4, le),
            offset: word(at + (is64 ? 24 : 16)),
            size: word(at + (is64 ? 32 : 20))
        };
    });
    const sections = new Map();
    const names = headers[shstrndx];
    if (!names)
        return sections;
    const SHT_NOBITS = 8;
    for (const h of headers) {
        if (h.type === SHT_NOBITS || h.type === 0)
            continue;
        const name = cString(bytes, names.offset + h.name, 256);
        sections.set(name, slice(bytes, h.offset, h.size));
    }
    return sections;
}
function machO(bytes, view, base) {
    const magic = view.getUint32(base, false);
    const le = magic === 0xcefaedfe || magic === 0xcffaedfe;
    const is64 = magic === 0xfeedfacf || magic === 0xcffaedfe;
    const ncmds = view.getUint32(base + 16, le);
    let at = base + (is64 ? 32 : 28);
    const sections = new Map();
    const LC_SEGMENT = 0x1;
    const LC_SEGMENT_64 = 0x19;
    for (let i = 0; i < ncmds; i++) {
        const cmd = view.getUint32(at, le);
        const size = view.getUint32(at + 4, le);
        if (cmd === LC_SEGMENT || cmd === LC_SEGMENT_64) {
            const wide = cmd === LC_SEGMENT_64;
            const nsects = view.getUint32(at + (wide ? 64 : 48), le);
            for (let s = 0; s < nsects; s++) {
                const sect = at + (wide ? 72 + s * 80 : 56 + s * 68);
                const name = cString(bytes, sect, 16);
                const segment = cString(bytes, sect + 16, 16);
                const length = wide
                    ? Number(view.getBigUint64(sect + 40, le))
                    : view.getUint32(sect + 36, le);
                const offset = view.getUint32(sect + (wide ? 48 : 40), le);
                if (offset === 0)
                    continue; // zero-fill: no bytes in the file
                const data = slice(bytes, base + offset, length);
                sections.set(`${segment},${name}`, data);
                if (!sections.has(name))
                    sections.set(name, data);
            }
        }
        if (size < 8)
            break;
        at += size;
    }
    return sections;
}
/** A universal (fat) Mach-O: the first architecture's slice. */
function universal(bytes, view) {
    const count = view.getUint32(4, false);
    // Java class files share the magic; they have a large "count" (their version).
    if (count === 0 || count > 20)
        return undefined;
    const offset = view.getUint32(8 + 8, false);
    return { format: 'macho', sections: machO(bytes, view, offset) };
}
function pe(bytes, view) {
    const header = view.getUint32(0x3c, true);
    if (view.getUint32(header, false) !== 0x50450000)
        throw new RangeError('no PE signature');
    const count = view.getUint16(header + 6, true);
    const optionalSize = view.getUint16(header + 20, true);
    const sections = new Map();
    for (let i = 0; i < count; i++) {
        const at = header + 24 + optionalSize + i * 40;
        const name = cString(bytes, at, 8);
        const virtualSize = view.getUint32(at + 8, true);
        const rawSize = view.getUint32(at + 16, true);
        const rawOffset = view.getUint32(at + 20, true);
        if (rawOffset === 0)
            continue;
        const size = virtualSize > 0 ? Math.min(virtualSize, rawSize) : rawSize;
        sections.set(name, slice(bytes, rawOffset, size));
    }
    return sections;
}


/***/ })

};
