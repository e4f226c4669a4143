export const id = 4439;
export const ids = [4439];
export const modules = {

/***/ 66791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   Vh: () => (/* binding */ readJson),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   mg: () => (/* binding */ readJsonValue),
/* harmony export */   nw: () => (/* binding */ digestsOf),
/* harmony export */   sf: () => (/* binding */ mapLimit)
/* harmony export */ });
/* unused harmony exports MAX_IN_MEMORY_BYTES, SYNC_READ_MAX_BYTES, openRegularFile, readIfSmall, readTextIfSmall */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _listing_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66976);
/**
 * Reading what verify checks: artifacts hashed as a stream (SHA-256 and
 * SHA-512 in one pass), or read whole when a signature must be checked over
 * their bytes; evidence files read once. Files are opened without blocking
 * and checked to be regular files before a byte is read: a FIFO (or a file
 * swapped for one after it was listed) is refused, never waited on. Small
 * files, the bulk of a release's bundles and assets, are read synchronously:
 * a promise round trip per open, stat, read and close costs more than the
 * read.
 */




/** Larger files are verified over their digest, never held in memory. */
const MAX_IN_MEMORY_BYTES = 512 * 1024 * 1024;
/** Files up to this size are read in one synchronous call. */
const SYNC_READ_MAX_BYTES = 4 * 1024 * 1024;
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK;
async function hashFile(file, keepBytes, label = file) {
    const small = readIfSmall(file, label);
    if (small)
        return { digests: digestsOf(small), ...(keepBytes ? { bytes: small } : {}) };
    const handle = await openRegularFile(file, label);
    try {
        const size = (await handle.stat()).size;
        if (keepBytes && size <= MAX_IN_MEMORY_BYTES) {
            const bytes = await handle.readFile();
            return { digests: digestsOf(bytes), bytes };
        }
        const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const sha512 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512');
        for await (const chunk of handle.createReadStream({
            highWaterMark: 1024 * 1024,
            autoClose: false
        })) {
            sha256.update(chunk);
            sha512.update(chunk);
        }
        return {
            digests: { sha256: sha256.digest('hex'), sha512: sha512.digest('hex') }
        };
    }
    finally {
        await handle.close();
    }
}
/** Opens without blocking (a FIFO would wait for a writer) and refuses anything but a regular file. */
async function openRegularFile(file, label) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, OPEN_FLAGS);
    try {
        const info = await handle.stat();
        if (!info.isFile()) {
            throw (0,_listing_js__WEBPACK_IMPORTED_MODULE_3__/* .refuseSpecial */ .KI)(label, (0,_listing_js__WEBPACK_IMPORTED_MODULE_3__/* .describeSpecial */ .P4)(info) ?? 'not a regular file');
        }
        return handle;
    }
    catch (error) {
        await handle.close();
        throw error;
    }
}
/**
 * The whole file when it is a regular file of at most SYNC_READ_MAX_BYTES,
 * undefined when it is larger; refuses anything but a regular file.
 */
function readIfSmall(file, label) {
    return readSmall(file, label, (size) => Buffer.allocUnsafe(size));
}
/** Text files up to this size are read into one buffer, reused. */
const SCRATCH_MAX_BYTES = 256 * 1024;
let scratch = Buffer.allocUnsafeSlow(0);
/**
 * The whole file as UTF-8 text, as readIfSmall reads it; its bytes go
 * through one reused buffer, not a new one per file (a release's bundles
 * are thousands of small JSON files).
 */
function readTextIfSmall(file, label) {
    const bytes = readSmall(file, label, (size) => {
        if (size > SCRATCH_MAX_BYTES)
            return Buffer.allocUnsafe(size);
        if (scratch.length < size)
            scratch = Buffer.allocUnsafeSlow(Math.max(size, 16 * 1024));
        return scratch.subarray(0, size);
    });
    return bytes?.toString('utf8');
}
/** readIfSmall, into the buffer `allocate` gives for the file's size. */
function readSmall(file, label, allocate) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, OPEN_FLAGS);
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
        if (!info.isFile()) {
            throw (0,_listing_js__WEBPACK_IMPORTED_MODULE_3__/* .refuseSpecial */ .KI)(label, (0,_listing_js__WEBPACK_IMPORTED_MODULE_3__/* .describeSpecial */ .P4)(info) ?? 'not a regular file');
        }
        if (info.size > SYNC_READ_MAX_BYTES)
            return undefined;
        const bytes = allocate(info.size);
        let filled = 0;
        while (filled < bytes.length) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, bytes, filled, bytes.length - filled, filled);
            if (n === 0)
                break;
            filled += n;
        }
        return filled === bytes.length ? bytes : bytes.subarray(0, filled);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** A file read whole: synchronously when small, else through a handle. */
async function readRegularFile(file, label = file) {
    return readIfSmall(file, label) ?? readThroughHandle(file, label);
}
/** A file too large to read synchronously, read whole through a handle. */
async function readThroughHandle(file, label) {
    const handle = await openRegularFile(file, label);
    try {
        return await handle.readFile();
    }
    finally {
        await handle.close();
    }
}
function digestsOf(bytes) {
    return { sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha256', bytes), sha512: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha512', bytes) };
}
/** The parsed JSON of a file and its bytes, or the reason it is not JSON. */
async function readJson(file) {
    let bytes;
    try {
        bytes = await readRegularFile(file);
    }
    catch (error) {
        return readFailure(error);
    }
    const parsed = parseJson(bytes.toString('utf8'));
    return parsed.ok ? { ...parsed, bytes } : parsed;
}
/** The parsed JSON of a file, or the reason it is not JSON; its bytes are not kept. */
async function readJsonValue(file) {
    let text;
    try {
        text =
            readTextIfSmall(file, file) ??
                (await readThroughHandle(file, file)).toString('utf8');
    }
    catch (error) {
        return readFailure(error);
    }
    return parseJson(text);
}
function readFailure(error) {
    const code = error.code;
    return {
        ok: false,
        reason: `cannot read it (${code && !code.startsWith('VERIFY_') ? code : error.message})`
    };
}
function parseJson(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (error) {
        return { ok: false, reason: `not JSON (${error.message})` };
    }
}
/** Runs `work` over `items` with at most `limit` at a time, results in order. */
async function mapLimit(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}


/***/ }),

/***/ 66976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KI: () => (/* binding */ refuseSpecial),
/* harmony export */   P4: () => (/* binding */ describeSpecial),
/* harmony export */   bt: () => (/* binding */ listFolder)
/* harmony export */ });
/* unused harmony export MAX_FOLDER_FILES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97268);



/** Files listed in one release folder, its subfolders included. */
const MAX_FOLDER_FILES = 100_000;
/** What a directory entry that is not a regular file or a folder is. */
function describeSpecial(info) {
    if (info.isFIFO())
        return 'a FIFO (named pipe)';
    if (info.isSocket())
        return 'a socket';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    return undefined;
}
function refuseSpecial(label, kind) {
    return new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('VERIFY_NOT_A_FILE', `${label} is ${kind}: verify reads regular files only and did not open it; remove it, or name the files to verify`);
}
/**
 * `deep`: the folder was named, so everything in it is listed. Otherwise
 * (the folder of a named file) only its regular files are read, as the
 * evidence beside that file.
 */
async function listFolder(dir, display, deep) {
    const listed = { names: [], unverified: [], problems: [] };
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(dir);
    const label = (rel) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(display, rel);
    const folder = { dir, display, root, label, listed };
    let count = 0;
    const walk = async (rel) => {
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, rel), { withFileTypes: true });
        }
        catch (error) {
            if (rel === '')
                throw error;
            listed.problems.push(new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('VERIFY_ARTIFACT_MISSING', `cannot read the subfolder ${label(rel)} (${error.code ?? 'error'}): name the files to verify`, { cause: error }));
            return;
        }
        for (const entry of entries) {
            if (++count > MAX_FOLDER_FILES) {
                listed.problems.push(new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('VERIFY_FOLDER_TOO_LARGE', `${display} holds more than ${MAX_FOLDER_FILES} entries: name the files or subfolders to verify`));
                return;
            }
            const name = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(rel, entry.name);
            if (!deep) {
                if (entry.isFile())
                    listed.names.push(name);
            }
            else if (entry.name.startsWith('.')) {
                // Hidden entries are not release assets (discovery skips them too).
                continue;
            }
            else if (entry.isDirectory())
                await walk(name);
            else if (entry.isFile() && rel === '')
                listed.names.push(name);
            else
                await classifyEntry(folder, entry, name, rel !== '');
            if (count > MAX_FOLDER_FILES)
                return;
        }
    };
    await walk('');
    listed.names.sort();
    return listed;
}
/**
 * An entry of a named folder that is neither a top-level file nor a
 * subfolder: a special file is refused; a symlink is followed, and what
 * it reaches outside the folder, like a file in a subfolder, is listed as
 * unverified.
 */
async function classifyEntry(folder, entry, name, inSubfolder) {
    const { dir, display, root, label, listed } = folder;
    const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name);
    const unverified = (reason) => listed.unverified.push({ path: full, label: label(name), reason });
    const special = describeSpecial(entry);
    if (special) {
        listed.problems.push(refuseSpecial(label(name), special));
        return;
    }
    let target = full;
    if (entry.isSymbolicLink()) {
        const resolved = await resolveLink(full, label(name));
        if (resolved instanceof _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz) {
            listed.problems.push(resolved);
            return;
        }
        target = resolved;
    }
    if (isOutside(root, target)) {
        unverified(`a symlink to ${target}, outside ${display}: not verified (evidence in the folder does not speak for a file elsewhere; verify ${target} itself)`);
    }
    else if (inSubfolder) {
        unverified(`in a subfolder of ${display}: not verified (verify the subfolder itself: provenant verify ${label(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(name))})`);
    }
    else
        listed.names.push(name);
}
/** The real path of a symlink to a regular file, or why it is refused. */
async function resolveLink(full, label) {
    let target;
    let info;
    try {
        target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(full);
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target);
    }
    catch (error) {
        return new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('VERIFY_ARTIFACT_MISSING', `${label} is a symlink to nothing (${error.code ?? 'unreadable'}): remove it or point it at the file`);
    }
    const special = describeSpecial(info);
    if (special)
        return refuseSpecial(label, `a symlink to ${special}`);
    if (!info.isFile()) {
        return new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('VERIFY_NOT_A_FILE', `${label} is a symlink to a folder: verify reads files; name the folder itself to verify what it holds`);
    }
    return target;
}
function isOutside(root, target) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, target);
    return rel === '..' || rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel);
}


/***/ }),

/***/ 26786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ BundleChecker)
});

// UNUSED EXPORTS: toSignerInfo

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./src/lib/verify/statement.ts
var verify_statement = __webpack_require__(1256);
;// CONCATENATED MODULE: ./src/lib/verify/bundle-checks.ts
/**
 * Checks on a bundle's own shape that sigstore-js leaves out and other
 * clients make (sigstore-conformance expects them):
 *  - a v0.1/v0.2 x509CertificateChain must be a chain: each certificate
 *    issued by the next, a root (self-signed) only in last place (a stray
 *    root elsewhere is rejected, as sigstore-conformance's
 *    test_verify_rejects_root expects, while [leaf, intermediate, root]
 *    as sigstore-js wrote v0.1 bundles stays valid); and every certificate
 *    but a root must have the Subject and Authority Key Identifier
 *    extensions that chain building relies on;
 *  - a v0.1 inclusion proof without a checkpoint must still hash up to its
 *    root (RFC 6962 inclusion over the canonicalized body);
 *  - the content must be what the media type says: v0.1 and v0.2 carry a
 *    certificate chain (or a key), v0.3 a single certificate (or a key);
 *    v0.1 log entries carry a signed promise, v0.2 and v0.3 an inclusion
 *    proof. A bundle relabelled to another version is refused, not read
 *    under the rules of the label.
 */



/**
 * Chain-shape results per distinct chain (its exact base64 certificates,
 * length-prefixed, so no two chains share a key; the JSON of a chain of any
 * other shape): bundles of one release share one chain. The chain of the bundle before is compared first,
 * certificate by certificate, before a key is built.
 */
class ChainShapeMemo {
    byKey = new Map();
    last;
    problems(chain) {
        if (this.last && sameCertificates(chain, this.last.certificates))
            return this.last.problems;
        const certificates = rawCertificates(chain);
        const key = certificates
            ? certificates.map((raw) => `${raw.length}:${raw}`).join('')
            : `json:${JSON.stringify(chain)}`;
        let found = this.byKey.get(key);
        if (!found) {
            found = chainProblems(chain);
            if (this.byKey.size >= MAX_CHAIN_MEMO)
                this.byKey.clear();
            this.byKey.set(key, found);
        }
        this.last = certificates ? { certificates, problems: found } : undefined;
        return found;
    }
}
/** Each entry's base64 certificate, or undefined when one has none. */
function rawCertificates(chain) {
    const raw = [];
    for (const entry of chain) {
        if (!(0,verify_statement/* isObject */.Gv)(entry) || typeof entry.rawBytes !== 'string')
            return undefined;
        raw.push(entry.rawBytes);
    }
    return raw;
}
function sameCertificates(chain, certificates) {
    return (chain.length === certificates.length &&
        chain.every((entry, i) => (0,verify_statement/* isObject */.Gv)(entry) && entry.rawBytes === certificates[i]));
}
function bundleShapeProblems(json, chainMemo) {
    if (!(0,verify_statement/* isObject */.Gv)(json) || !(0,verify_statement/* isObject */.Gv)(json.verificationMaterial))
        return [];
    const material = json.verificationMaterial;
    const problems = mediaTypeProblems(json.mediaType, material);
    const chain = (0,verify_statement/* isObject */.Gv)(material.x509CertificateChain)
        ? material.x509CertificateChain.certificates
        : undefined;
    if (Array.isArray(chain)) {
        problems.push(...(chainMemo?.problems(chain) ?? chainProblems(chain)));
    }
    if (Array.isArray(material.tlogEntries)) {
        for (const entry of material.tlogEntries) {
            if (!(0,verify_statement/* isObject */.Gv)(entry) || !(0,verify_statement/* isObject */.Gv)(entry.inclusionProof))
                continue;
            const proof = entry.inclusionProof;
            if ((0,verify_statement/* isObject */.Gv)(proof.checkpoint) && proof.checkpoint.envelope)
                continue;
            if (typeof entry.canonicalizedBody !== 'string')
                continue;
            if (!merkleInclusionHolds(entry.canonicalizedBody, proof)) {
                problems.push(`the inclusion proof of log entry ${String(entry.logIndex)} does not hash to its root`);
            }
        }
    }
    return problems;
}
const MAX_CHAIN_MEMO = 1000;
const BUNDLE_VERSIONS = {
    'application/vnd.dev.sigstore.bundle+json;version=0.1': '0.1',
    'application/vnd.dev.sigstore.bundle+json;version=0.2': '0.2',
    'application/vnd.dev.sigstore.bundle+json;version=0.3': '0.3',
    'application/vnd.dev.sigstore.bundle.v0.3+json': '0.3'
};
function mediaTypeProblems(mediaType, material) {
    const version = typeof mediaType === 'string' ? BUNDLE_VERSIONS[mediaType] : undefined;
    if (!version) {
        return [
            `media type ${JSON.stringify(mediaType)} is not a Sigstore bundle version Provenant knows (0.1, 0.2, 0.3)`
        ];
    }
    const problems = [];
    const label = `a v${version} bundle`;
    if (version === '0.3' && material.x509CertificateChain !== undefined) {
        problems.push(`${label} carries a single certificate, not an x509CertificateChain`);
    }
    if (version !== '0.3' && material.certificate !== undefined) {
        problems.push(`${label} carries an x509CertificateChain, not a single certificate (v0.3 content under a v${version} label)`);
    }
    const entries = Array.isArray(material.tlogEntries)
        ? material.tlogEntries
        : [];
    const needs = version === '0.1' ? 'inclusionPromise' : 'inclusionProof';
    entries.forEach((entry, index) => {
        if (!(0,verify_statement/* isObject */.Gv)(entry) || !(0,verify_statement/* isObject */.Gv)(entry[needs])) {
            problems.push(`transparency-log entry ${index} of ${label} lacks its ${needs}`);
        }
    });
    return problems;
}
function chainProblems(chain) {
    const certificates = [];
    for (const [index, entry] of chain.entries()) {
        if (!(0,verify_statement/* isObject */.Gv)(entry) || typeof entry.rawBytes !== 'string')
            continue;
        try {
            certificates.push(core_dist.X509Certificate.parse(Buffer.from(entry.rawBytes, 'base64')));
        }
        catch {
            return [`certificate ${index} of the chain is not X.509`];
        }
    }
    const problems = [];
    certificates.forEach((certificate, index) => {
        const selfSigned = certificate.subject.equals(certificate.issuer);
        const next = certificates[index + 1];
        if (selfSigned && next) {
            problems.push(`certificate ${index} of the chain is a root certificate before the end of the chain`);
        }
        else if (next && !certificate.issuer.equals(next.subject)) {
            problems.push(`certificate ${index} of the chain is not issued by the next one`);
        }
        else if (!selfSigned &&
            (!certificate.extSubjectKeyID || !certificate.extAuthorityKeyID)) {
            problems.push(`certificate ${index} of the chain lacks the Subject or Authority Key Identifier extension`);
        }
    });
    return problems;
}
const sha256 = (...parts) => {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const p of parts)
        hash.update(p);
    return hash.digest();
};
/** RFC 9162 2.1.3.2: the audit path from the leaf to the root hash. */
function merkleInclusionHolds(body, proof) {
    try {
        let index = BigInt(String(proof.logIndex));
        let last = BigInt(String(proof.treeSize)) - 1n;
        if (index < 0n || index > last)
            return false;
        const root = Buffer.from(String(proof.rootHash), 'base64');
        const hashes = Array.isArray(proof.hashes)
            ? proof.hashes.map((h) => Buffer.from(String(h), 'base64'))
            : [];
        let node = sha256(Buffer.from([0]), Buffer.from(body, 'base64'));
        for (const sibling of hashes) {
            if (last === 0n)
                return false;
            if ((index & 1n) === 1n || index === last) {
                node = sha256(Buffer.from([1]), sibling, node);
                while ((index & 1n) === 0n && index !== 0n) {
                    index >>= 1n;
                    last >>= 1n;
                }
            }
            else {
                node = sha256(Buffer.from([1]), node, sibling);
            }
            index >>= 1n;
            last >>= 1n;
        }
        return last === 0n && node.equals(root);
    }
    catch {
        return false;
    }
}
/**
 * RFC 3161 timestamps that no timestamp authority of the trusted root can
 * check are still held to one rule: their time must fall inside the
 * signing certificate's validity (a timestamp outside it is a bad one).
 */
function timestampWindowProblems(json) {
    if (!(0,verify_statement/* isObject */.Gv)(json) || !(0,verify_statement/* isObject */.Gv)(json.verificationMaterial))
        return [];
    const material = json.verificationMaterial;
    const raw = (0,verify_statement/* isObject */.Gv)(material.certificate)
        ? material.certificate.rawBytes
        : (0,verify_statement/* isObject */.Gv)(material.x509CertificateChain) &&
            Array.isArray(material.x509CertificateChain.certificates) &&
            (0,verify_statement/* isObject */.Gv)(material.x509CertificateChain.certificates[0])
            ? material.x509CertificateChain.certificates[0].rawBytes
            : undefined;
    const data = material.timestampVerificationData;
    const stamps = (0,verify_statement/* isObject */.Gv)(data) && Array.isArray(data.rfc3161Timestamps)
        ? data.rfc3161Timestamps
        : [];
    if (typeof raw !== 'string' || stamps.length === 0)
        return [];
    const leaf = core_dist.X509Certificate.parse(Buffer.from(raw, 'base64'));
    const problems = [];
    for (const stamp of stamps) {
        if (!(0,verify_statement/* isObject */.Gv)(stamp) || typeof stamp.signedTimestamp !== 'string')
            continue;
        let time;
        try {
            time = core_dist.RFC3161Timestamp.parse(Buffer.from(stamp.signedTimestamp, 'base64')).signingTime;
        }
        catch {
            problems.push('an RFC 3161 timestamp cannot be read');
            continue;
        }
        if (!leaf.validForDate(time)) {
            problems.push(`the RFC 3161 timestamp ${time.toISOString()} falls outside the signing certificate's validity`);
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/lib/verify/normalize-bundle.ts
/**
 * Bundle JSON as other clients accept it, made readable to sigstore-js
 * before it is parsed (nothing signed is changed):
 *  - a v0.1 transparency-log entry with a signed promise (SET) and an
 *    inclusion proof that has no checkpoint: the proof cannot be checked
 *    against a signed tree head, so the SET alone stands, as v0.1 intends;
 *  - an RFC 3161 response whose TSTInfo sits in a BER constructed OCTET
 *    STRING: the segments are joined into the DER primitive form (the
 *    signature covers the signed attributes, which hold the TSTInfo's
 *    digest, not this wrapper);
 *  - RFC 3161 timestamps when the trusted root names no timestamp
 *    authority: nothing can check them, so they are left out (as other
 *    clients do) and the other timestamps must meet the threshold alone.
 */

function normalizeBundleJson(json, options = { keepRfc3161: true }) {
    if (!(0,verify_statement/* isObject */.Gv)(json) || !(0,verify_statement/* isObject */.Gv)(json.verificationMaterial))
        return json;
    const material = { ...json.verificationMaterial };
    if (Array.isArray(material.tlogEntries)) {
        material.tlogEntries = material.tlogEntries.map((entry) => {
            if (!(0,verify_statement/* isObject */.Gv)(entry) || !(0,verify_statement/* isObject */.Gv)(entry.inclusionProof))
                return entry;
            const checkpoint = entry.inclusionProof.checkpoint;
            const hasCheckpoint = (0,verify_statement/* isObject */.Gv)(checkpoint) &&
                typeof checkpoint.envelope === 'string' &&
                checkpoint.envelope !== '';
            if (hasCheckpoint || !(0,verify_statement/* isObject */.Gv)(entry.inclusionPromise))
                return entry;
            const rest = { ...entry };
            delete rest.inclusionProof;
            return rest;
        });
    }
    const tsData = material.timestampVerificationData;
    if ((0,verify_statement/* isObject */.Gv)(tsData) && !options.keepRfc3161) {
        material.timestampVerificationData = { ...tsData, rfc3161Timestamps: [] };
    }
    else if ((0,verify_statement/* isObject */.Gv)(tsData) && Array.isArray(tsData.rfc3161Timestamps)) {
        material.timestampVerificationData = {
            ...tsData,
            rfc3161Timestamps: tsData.rfc3161Timestamps.map((t) => {
                if (!(0,verify_statement/* isObject */.Gv)(t) || typeof t.signedTimestamp !== 'string')
                    return t;
                const der = Buffer.from(t.signedTimestamp, 'base64');
                const fixed = joinConstructedTstInfo(der);
                return fixed ? { ...t, signedTimestamp: fixed.toString('base64') } : t;
            })
        };
    }
    return { ...json, verificationMaterial: material };
}
function readTlv(buf, start) {
    const tag = buf[start];
    let first = buf[start + 1];
    if (tag === undefined || first === undefined)
        return undefined;
    let length = first;
    let header = 2;
    if (first & 0x80) {
        const count = first & 0x7f;
        if (count === 0 || count > 4)
            return undefined;
        length = 0;
        for (let i = 0; i < count; i++) {
            first = buf[start + 2 + i];
            if (first === undefined)
                return undefined;
            length = length * 256 + first;
        }
        header += count;
    }
    if (start + header + length > buf.length)
        return undefined;
    return { tag, header, length, start };
}
function children(buf, node) {
    const out = [];
    let at = node.start + node.header;
    const end = node.start + node.header + node.length;
    while (at < end) {
        const child = readTlv(buf, at);
        if (!child)
            return [];
        out.push(child);
        at = child.start + child.header + child.length;
    }
    return out;
}
/** The DER length octets of `length` (X.690 8.1.3: short form below 128, else minimal long form). */
function encodeLength(length) {
    if (length < 0x80)
        return Buffer.from([length]);
    const bytes = [];
    for (let l = length; l > 0; l = Math.floor(l / 256))
        bytes.unshift(l % 256);
    return Buffer.from([0x80 | bytes.length, ...bytes]);
}
/**
 * TimeStampResp > token ContentInfo > [0] > SignedData > encapContentInfo
 * > [0] > OCTET STRING: when that string is constructed (0x24), the
 * response re-encoded with it primitive; undefined when there is nothing to do.
 */
function joinConstructedTstInfo(der) {
    const root = readTlv(der, 0);
    if (!root || root.tag !== 0x30)
        return undefined;
    const path = [root];
    const steps = [
        [1, 0x30], // timeStampToken ContentInfo
        [1, 0xa0], // content [0]
        [0, 0x30], // SignedData
        [2, 0x30], // encapContentInfo
        [1, 0xa0], // eContent [0]
        [0, 0x24] // constructed OCTET STRING
    ];
    for (const [index, tag] of steps) {
        const child = children(der, path[path.length - 1])[index];
        if (!child || child.tag !== tag)
            return undefined;
        path.push(child);
    }
    const octets = path.pop();
    const segments = children(der, octets);
    if (segments.length === 0 || segments.some((s) => s.tag !== 0x04))
        return undefined;
    const value = Buffer.concat(segments.map((s) => der.subarray(s.start + s.header, s.start + s.header + s.length)));
    let replacement = Buffer.concat([
        Buffer.from([0x04]),
        encodeLength(value.length),
        value
    ]);
    let replaced = octets;
    for (let i = path.length - 1; i >= 0; i--) {
        const parent = path[i];
        const before = der.subarray(parent.start + parent.header, replaced.start);
        const after = der.subarray(replaced.start + replaced.header + replaced.length, parent.start + parent.header + parent.length);
        const body = Buffer.concat([before, replacement, after]);
        replacement = Buffer.concat([
            Buffer.from([parent.tag]),
            encodeLength(body.length),
            body
        ]);
        replaced = parent;
    }
    return replacement;
}

// EXTERNAL MODULE: ./node_modules/@noble/curves/nist.js + 10 modules
var nist = __webpack_require__(90879);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
;// CONCATENATED MODULE: ./src/lib/verify/digest-signature.ts
/**
 * A signature checked over a SHA-256 digest instead of the bytes, for an
 * artifact given as `sha256:<hex>`. sigstore-js checks a message signature
 * with node:crypto over the whole message, hashed with SHA-256 (OpenSSL's
 * default digest for EC and RSA keys); this is the same check from the
 * digest, through audited implementations only, no arithmetic of ours:
 *  - ECDSA P-256 and P-384: @noble/curves (audited), the digest taken as
 *    the message hash (prehash off), DER signatures, high-S accepted as
 *    OpenSSL accepts it;
 *  - RSA PKCS#1 v1.5: OpenSSL (node:crypto's publicDecrypt, which checks
 *    the type-1 padding) recovers the DigestInfo, compared in constant time
 *    with SHA-256's DigestInfo of the digest, as RSA_verify compares it.
 * Ed25519 and RSA-PSS sign the message (or need its hash parameters): they
 * are refused with a message asking for the file.
 */



/** DER of DigestInfo { AlgorithmIdentifier sha256, NULL }, before the 32 digest bytes (RFC 8017 9.2 note 1). */
const SHA256_DIGEST_INFO_PREFIX = Buffer.from('3031300d060960864801650304020105000420', 'hex');
const CURVES = { 'P-256': nist/* p256 */.s9, 'P-384': nist/* p384 */.sL };
/**
 * True when `signature` was made by `key` over a message whose SHA-256 is
 * `sha256`; throws an InputError for a key whose signatures cannot be
 * checked from a digest.
 */
function verifyDigestSignature(key, sha256, signature) {
    if (sha256.length !== 32)
        return false;
    switch (key.asymmetricKeyType) {
        case 'ec':
            return verifyEcdsa(key, sha256, signature);
        case 'rsa':
            return verifyRsaPkcs1(key, sha256, signature);
        default:
            throw new errors/* InputError */.dz('VERIFY_DIGEST_UNSUPPORTED', `a ${key.asymmetricKeyType ?? 'key of unknown type'} signature is checked over the file itself, not over its digest: give the file instead of sha256:<hex>`);
    }
}
function verifyEcdsa(key, sha256, signature) {
    const jwk = key.export({ format: 'jwk' });
    const curve = CURVES[jwk.crv];
    if (!curve || !jwk.x || !jwk.y) {
        throw new errors/* InputError */.dz('VERIFY_DIGEST_UNSUPPORTED', `an ECDSA key on ${jwk.crv ?? 'an unnamed curve'} is not supported over a digest (P-256, P-384): give the file instead of sha256:<hex>`);
    }
    const point = Buffer.concat([
        Buffer.from([4]),
        Buffer.from(jwk.x, 'base64url'),
        Buffer.from(jwk.y, 'base64url')
    ]);
    try {
        return curve.verify(signature, sha256, point, {
            prehash: false,
            lowS: false,
            format: 'der'
        });
    }
    catch {
        return false;
    }
}
function verifyRsaPkcs1(key, sha256, signature) {
    // RSA_verify's rule, which publicDecrypt alone does not apply: the
    // signature is exactly as long as the modulus.
    const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    if (signature.length !== Math.ceil(bits / 8))
        return false;
    let recovered;
    try {
        recovered = external_node_crypto_default().publicDecrypt({ key, padding: (external_node_crypto_default()).constants.RSA_PKCS1_PADDING }, signature);
    }
    catch {
        return false;
    }
    const expected = Buffer.concat([SHA256_DIGEST_INFO_PREFIX, sha256]);
    return (recovered.length === expected.length &&
        external_node_crypto_default().timingSafeEqual(recovered, expected));
}

// EXTERNAL MODULE: ./src/lib/verify/signer.ts
var verify_signer = __webpack_require__(59119);
// EXTERNAL MODULE: ./src/lib/verify/codes.ts
var codes = __webpack_require__(28863);
// EXTERNAL MODULE: ./src/io/verify/entity.ts
var entity = __webpack_require__(24705);
// EXTERNAL MODULE: ./src/io/verify/signature-checks.ts + 1 modules
var signature_checks = __webpack_require__(93209);
// EXTERNAL MODULE: ./src/io/verify/verifier.ts + 3 modules
var verifier = __webpack_require__(42792);
;// CONCATENATED MODULE: ./src/io/verify/sigstore.ts











class BundleChecker {
    verifier;
    hasTimestampAuthorities;
    toEntity = (0,entity/* createEntityBuilder */.b)();
    chainShapes = new ChainShapeMemo();
    signers = new WeakMap();
    constructor(trust) {
        this.hasTimestampAuthorities =
            trust.material.timestampAuthorities.length > 0;
        // A root with no transparency log (GitHub's private instance: Fulcio
        // and a timestamp authority) asks for timestamps only; a root with one
        // still needs every bundle's entry.
        this.verifier = (0,verifier/* createRunVerifier */.G)(trust.material, {
            tlogThreshold: trust.material.tlogs.length > 0 ? 1 : 0,
            ctlogThreshold: trust.ctlogCount > 0 ? 1 : 0,
            timestampThreshold: 1
        });
    }
    parse(json) {
        const invalid = (problems) => ({
            ok: false,
            code: 'VERIFY_BUNDLE_INVALID',
            reason: problems.join('; ')
        });
        const shape = bundleShapeProblems(json, this.chainShapes);
        if (shape.length > 0)
            return invalid(shape);
        const keepRfc3161 = this.hasTimestampAuthorities;
        const normalized = normalizeBundleJson(json, { keepRfc3161: true });
        try {
            const window = keepRfc3161 ? [] : timestampWindowProblems(normalized);
            if (window.length > 0)
                return invalid(window);
            const usable = keepRfc3161
                ? normalized
                : normalizeBundleJson(normalized, { keepRfc3161 });
            return { ok: true, bundle: (0,dist.bundleFromJSON)(usable) };
        }
        catch (error) {
            return invalid([`not a Sigstore bundle: ${error.message}`]);
        }
    }
    /** A message-signature bundle over the artifact. */
    checkMessage(bundle, artifact) {
        const entity = this.messageEntity(bundle, artifact);
        return 'ok' in entity ? entity : this.run(bundle, entity);
    }
    /** checkMessage with the signature checks on another core (signature-checks.ts). */
    async checkMessageAsync(bundle, artifact) {
        const entity = this.messageEntity(bundle, artifact);
        if ('ok' in entity)
            return entity;
        return this.runDeferred(bundle, entity, () => this.messageEntity(bundle, artifact));
    }
    /** A DSSE bundle: its signature and its in-toto statement. */
    checkEnvelope(bundle) {
        return withStatement(this.checkEnvelopeSignature(bundle));
    }
    /** checkEnvelope with the signature checks on another core. */
    async checkEnvelopeAsync(bundle) {
        const parts = envelopeOf(bundle);
        if (!parts)
            return { result: NOT_DSSE };
        const result = await this.runDeferred(bundle, this.toEntity(bundle), () => this.toEntity(bundle));
        return withStatement({ ...parts, result });
    }
    /** A DSSE bundle's signature, whatever its payload. */
    checkEnvelopeSignature(bundle) {
        const parts = envelopeOf(bundle);
        if (!parts)
            return { payloadType: '', result: NOT_DSSE };
        return { ...parts, result: this.run(bundle, this.toEntity(bundle)) };
    }
    /** The entity to verify, or why the bundle cannot sign this artifact. */
    messageEntity(bundle, artifact) {
        if (bundle.content.$case !== 'messageSignature') {
            return {
                ok: false,
                code: 'VERIFY_BUNDLE_INVALID',
                reason: 'not a message signature'
            };
        }
        const message = bundle.content.messageSignature;
        const signed = Buffer.from(message.messageDigest.digest).toString('hex');
        const sha256Signed = message.messageDigest.algorithm === protobuf_specs_dist.HashAlgorithm.SHA2_256 ||
            message.messageDigest.algorithm ===
                protobuf_specs_dist.HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED;
        if (sha256Signed && signed !== artifact.sha256) {
            return {
                ok: false,
                code: 'VERIFY_DIGEST_MISMATCH',
                signedDigest: signed,
                reason: `the bundle signs sha256:${signed}, the file is sha256:${artifact.sha256} (changed since it was signed, or the bundle of another file)`
            };
        }
        const entity = this.toEntity(bundle, artifact.bytes ?? Buffer.alloc(0));
        if (!artifact.bytes) {
            if (!sha256Signed) {
                return {
                    ok: false,
                    code: 'VERIFY_DIGEST_MISMATCH',
                    reason: 'the bundle signs a non-SHA-256 digest; give the file'
                };
            }
            entity.signature = prehashedContent(message.signature, message.messageDigest.digest, artifact.sha256);
        }
        return entity;
    }
    run(bundle, entity) {
        let signer;
        try {
            signer = this.verifier.verify(entity);
        }
        catch (error) {
            return failureOf(error);
        }
        return this.verified(bundle, signer);
    }
    /**
     * run, its signature checks answered on the signature thread: a run
     * whose checks were all valid is the synchronous run; any other is
     * decided again synchronously on a fresh entity from `again` (the memo
     * answers at once), for the exact error. Only the verdict and `again`
     * are kept while the checks are under way, not the entity's parsed
     * timestamps and log entries: a release's thousand bundles in flight
     * stay small.
     */
    runDeferred(bundle, entity, again) {
        const run = (0,signature_checks/* checkDeferred */._6)(() => this.verifier.verify(entity));
        // Built in its own scope, so that it does not keep `entity` alive.
        const recheck = this.recheck(bundle, again);
        if (!run.ok)
            return Promise.resolve(recheck());
        return settle(this.verified(bundle, run.value), run.allValid, recheck);
    }
    recheck(bundle, again) {
        return () => {
            const fresh = again();
            return 'ok' in fresh ? fresh : this.run(bundle, fresh);
        };
    }
    verified(bundle, signer) {
        const keyed = bundle.verificationMaterial.content.$case === 'publicKey';
        let info = this.signers.get(signer);
        if (!info) {
            info = toSignerInfo(signer, keyed);
            this.signers.set(signer, info);
        }
        return {
            ok: true,
            signer: info,
            logged: true,
            details: describeBundle(bundle),
            timestamps: timestampsOf(bundle)
        };
    }
}
/** The verdict of a deferred run once its checks answer: kept when all were valid, else decided again. */
async function settle(verdict, allValid, recheck) {
    return (await allValid) ? verdict : recheck();
}
const NOT_DSSE = {
    ok: false,
    code: 'VERIFY_BUNDLE_INVALID',
    reason: 'not a DSSE envelope'
};
function envelopeOf(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope')
        return undefined;
    const { payloadType, payload } = bundle.content.dsseEnvelope;
    return { payloadType, payload };
}
function withStatement(envelope) {
    if (!envelope.payload)
        return { result: envelope.result };
    let statement;
    const problem = (0,codes/* catchVerification */.RV)(() => {
        statement = (0,verify_statement/* parseStatement */.By)(envelope.payloadType, envelope.payload);
    });
    const result = envelope.result;
    if (problem && result.ok)
        return { result: { ok: false, ...problem } };
    return { ...(statement ? { statement } : {}), result };
}
function failureOf(error) {
    const code = error.code ?? 'ERROR';
    return {
        ok: false,
        code: code === 'CERTIFICATE_ERROR'
            ? 'VERIFY_CERTIFICATE_UNTRUSTED'
            : 'VERIFY_SIGNATURE_INVALID',
        reason: `${code}: ${error.message}${causeOf(error)}`
    };
}
function toSignerInfo(signer, keyed) {
    const identity = signer.identity;
    return {
        ...(identity?.subjectAlternativeName
            ? { identity: identity.subjectAlternativeName }
            : {}),
        ...(identity?.extensions?.issuer
            ? { issuer: identity.extensions.issuer }
            : {}),
        extensions: (0,verify_signer/* toFulcioExtensions */.mV)((identity?.oids ?? []).flatMap((o) => o.oid ? [{ oid: o.oid, value: o.value }] : [])),
        ...(keyed ? { keyed } : {})
    };
}
function prehashedContent(signature, bundleDigest, sha256) {
    const digest = Buffer.from(sha256, 'hex');
    return {
        signature,
        compareSignature: (other) => other.equals(signature),
        compareDigest: (other) => other.equals(bundleDigest),
        compareSignedDigest: (other) => other.equals(bundleDigest),
        verifySignature: (key) => verifyDigestSignature(key, digest, signature)
    };
}
function describeBundle(bundle) {
    const entries = bundle.verificationMaterial.tlogEntries;
    const tsa = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps
        .length ?? 0;
    const parts = entries.map((e) => `transparency log entry ${e.logIndex}`);
    if (tsa > 0)
        parts.push(`${tsa} RFC 3161 timestamp(s)`);
    return `Sigstore bundle verified (${parts.join(', ')})`;
}
function timestampsOf(bundle) {
    const material = bundle.verificationMaterial;
    return {
        tlog: material.tlogEntries.map((e) => {
            const seconds = Number(e.integratedTime);
            return {
                logIndex: e.logIndex,
                ...(seconds > 0
                    ? { integratedTime: new Date(seconds * 1000).toISOString() }
                    : {})
            };
        }),
        rfc3161: material.timestampVerificationData?.rfc3161Timestamps.length ?? 0
    };
}
function causeOf(error) {
    const cause = error.cause;
    return cause instanceof Error ? ` (${cause.message})` : '';
}


/***/ }),

/***/ 89698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ gatherTrust)
/* harmony export */ });
/* unused harmony exports PUBLIC_GOOD_TUF_URL, embeddedPublicGoodRoot, readTrustedRootFile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54187);
/* harmony import */ var _sigstore_tuf_seeds_json__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8032);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97268);
/**
 * Trust material, gathered once per run and shared by every check: from
 * --trusted-root, else the public-good trusted root embedded in Provenant
 * (@sigstore/tuf's seeds, bundled by ncc) refreshed through TUF when online.
 * An unreachable mirror is not fatal: the embedded root is used and the
 * report says so.
 */





const PUBLIC_GOOD_TUF_URL = 'https://tuf-repo-cdn.sigstore.dev';
const TRUSTED_ROOT_TARGET = 'trusted_root.json';
const TUF_TIMEOUT_MS = 5000;
async function gatherTrust(options) {
    const warnings = [];
    let root;
    let source;
    let description;
    if (options.trustedRoot !== undefined) {
        root = await readTrustedRootFile(options.trustedRoot);
        source = 'file';
        description = `${options.trustedRoot} (--trusted-root)`;
    }
    else if (options.staging) {
        if (options.offline) {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('VERIFY_STAGING_OFFLINE', 'the staging trusted root is not embedded: give --trusted-root, or drop --offline');
        }
        const { fetchStagingRoot, STAGING_TUF_URL } = await Promise.all(/* import() */[__webpack_require__.e(2174), __webpack_require__.e(6023)]).then(__webpack_require__.bind(__webpack_require__, 11941));
        root = await fetchStagingRoot(options.tufCachePath, TUF_TIMEOUT_MS);
        source = 'tuf';
        description = `Sigstore staging, refreshed through TUF from ${STAGING_TUF_URL}`;
    }
    else if (options.offline) {
        root = embeddedPublicGoodRoot();
        source = 'embedded';
        description =
            'Sigstore public-good, embedded in Provenant (--offline: not refreshed)';
    }
    else {
        const mirror = options.tufMirrorUrl ?? PUBLIC_GOOD_TUF_URL;
        try {
            // Loaded only when used: TUF's HTTP stack is most of verify's start-up.
            const { getTrustedRoot } = await Promise.all(/* import() */[__webpack_require__.e(7335), __webpack_require__.e(3694)]).then(__webpack_require__.bind(__webpack_require__, 84423));
            root = await getTrustedRoot({
                mirrorURL: mirror,
                ...(options.tufCachePath ? { cachePath: options.tufCachePath } : {}),
                timeout: TUF_TIMEOUT_MS,
                retry: { retries: 1 }
            });
            source = 'tuf';
            description = `Sigstore public-good, refreshed through TUF from ${mirror}`;
        }
        catch (error) {
            root = embeddedPublicGoodRoot();
            source = 'embedded';
            description = 'Sigstore public-good, embedded in Provenant';
            warnings.push(`could not refresh the trusted root from ${mirror} (${error.message}); used the one embedded in Provenant, which may lack keys newer than this release of Provenant`);
        }
    }
    const key = options.publicKey;
    const material = key
        ? (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_2__/* .toTrustMaterial */ .jO)(root, () => ({ publicKey: key, validFor: () => true }))
        : (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_2__/* .toTrustMaterial */ .jO)(root);
    return {
        material,
        summary: { source, description, warnings },
        ctlogCount: root.ctlogs.length
    };
}
/** The trusted root @sigstore/tuf ships for the public-good TUF repository. */
function embeddedPublicGoodRoot() {
    const repo = _sigstore_tuf_seeds_json__WEBPACK_IMPORTED_MODULE_3__[PUBLIC_GOOD_TUF_URL];
    const target = repo?.targets[TRUSTED_ROOT_TARGET];
    if (!target) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ServiceError */ ._7('tuf', 'no embedded public-good trusted root');
    }
    return _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__.TrustedRoot.fromJSON(JSON.parse(Buffer.from(target, 'base64').toString('utf8')));
}
async function readTrustedRootFile(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('VERIFY_TRUSTED_ROOT_MISSING', `cannot read --trusted-root ${file}: ${error.code ?? error.message}`, { cause: error });
    }
    try {
        const json = JSON.parse(text);
        if (typeof json.mediaType !== 'string' ||
            !json.mediaType.startsWith('application/vnd.dev.sigstore.trustedroot')) {
            throw new Error('no trustedroot mediaType');
        }
        return _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__.TrustedRoot.fromJSON(json);
    }
    catch (error) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('VERIFY_TRUSTED_ROOT_INVALID', `--trusted-root ${file} is not a Sigstore trusted_root.json (${error.message})`, { cause: error });
    }
}


/***/ }),

/***/ 93852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ verifyBundleFile),
/* harmony export */   R: () => (/* binding */ readPublicKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97268);
/* harmony import */ var _lib_verify_codes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28863);
/* harmony import */ var _lib_verify_digests_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9892);
/* harmony import */ var _lib_verify_identity_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48583);
/* harmony import */ var _lib_verify_statement_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1256);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(66791);
/* harmony import */ var _sigstore_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(26786);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(89698);
/**
 * The sigstore-conformance client protocol's verify-bundle: one bundle,
 * one artifact (a path, or `sha256:<hex>` that is not a path on disk), the
 * exact certificate identity and OIDC issuer (or a --key). Message
 * signatures are checked over the artifact; a DSSE bundle's in-toto
 * statement must name the artifact's digest.
 */











async function verifyBundleFile(options) {
    const full = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(options.cwd, options.artifact);
    const exists = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(full).catch(() => undefined)) !== undefined;
    const digest = (0,_lib_verify_digests_js__WEBPACK_IMPORTED_MODULE_10__/* .parseDigestArgument */ .$w)(options.artifact, exists);
    if (!digest && !exists) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('VERIFY_ARTIFACT_MISSING', `${options.artifact}: no such file (give a file or sha256:<64 hex digits>)`);
    }
    const read = await (0,_files_js__WEBPACK_IMPORTED_MODULE_7__/* .readJsonValue */ .mg)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(options.cwd, options.bundle));
    if (!read.ok) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('VERIFY_BUNDLE_UNREADABLE', `--bundle ${options.bundle}: ${read.reason}`);
    }
    const publicKey = options.key
        ? await readPublicKey(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(options.cwd, options.key))
        : undefined;
    const trustOptions = {
        offline: options.offline,
        staging: options.staging,
        ...(options.trustedRoot
            ? { trustedRoot: node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(options.cwd, options.trustedRoot) }
            : {}),
        ...(publicKey ? { publicKey } : {}),
        ...(options.tufCachePath ? { tufCachePath: options.tufCachePath } : {})
    };
    const trust = options.trust ?? (await (0,_trust_js__WEBPACK_IMPORTED_MODULE_9__/* .gatherTrust */ .AL)(trustOptions));
    const checker = new _sigstore_js__WEBPACK_IMPORTED_MODULE_8__/* .BundleChecker */ .o(trust);
    const parsed = checker.parse(read.value);
    if (!parsed.ok)
        throw (0,_lib_verify_codes_js__WEBPACK_IMPORTED_MODULE_4__/* .verificationFailure */ .ac)(parsed.code, parsed.reason);
    const hashed = digest ? undefined : await (0,_files_js__WEBPACK_IMPORTED_MODULE_7__/* .hashFile */ .DC)(full, true);
    const sha256 = digest ?? hashed.digests.sha256;
    let result;
    if (parsed.bundle.content.$case === 'dsseEnvelope') {
        result = checkEnvelopeAbout(checker, parsed.bundle, sha256);
    }
    else {
        result = checker.checkMessage(parsed.bundle, {
            sha256,
            ...(hashed?.bytes ? { bytes: hashed.bytes } : {})
        });
    }
    if (!result.ok)
        throw (0,_lib_verify_codes_js__WEBPACK_IMPORTED_MODULE_4__/* .verificationFailure */ .ac)(result.code, result.reason);
    (0,_lib_verify_identity_js__WEBPACK_IMPORTED_MODULE_5__/* .assertIdentity */ .D7)(result.signer, {
        ...(options.identity !== undefined ? { identity: options.identity } : {}),
        ...(options.identityRegexp
            ? { identityRegexp: options.identityRegexp }
            : {}),
        ...(options.issuerRegexp ? { issuerRegexp: options.issuerRegexp } : {}),
        issuer: options.issuer ?? '',
        denySelfHostedRunners: false,
        keyed: publicKey !== undefined
    });
    return result.signer;
}
/**
 * An in-toto statement must name the artifact's digest; any other payload
 * must be the artifact itself (the envelope then signs its bytes).
 */
function checkEnvelopeAbout(checker, bundle, sha256) {
    const envelope = checker.checkEnvelopeSignature(bundle);
    if (!envelope.result.ok || !envelope.payload)
        return envelope.result;
    if (envelope.payloadType !== _lib_verify_statement_js__WEBPACK_IMPORTED_MODULE_6__/* .IN_TOTO_PAYLOAD_TYPE */ .T4) {
        const payloadDigest = (0,_files_js__WEBPACK_IMPORTED_MODULE_7__/* .digestsOf */ .nw)(envelope.payload).sha256;
        if (payloadDigest !== sha256) {
            throw (0,_lib_verify_codes_js__WEBPACK_IMPORTED_MODULE_4__/* .verificationFailure */ .ac)('VERIFY_DIGEST_MISMATCH', `the envelope's ${envelope.payloadType || 'untyped'} payload is sha256:${payloadDigest}, the artifact is sha256:${sha256}`);
        }
        return envelope.result;
    }
    const check = checker.checkEnvelope(bundle);
    if (!check.result.ok)
        return check.result;
    if (!check.statement.subjects.some((s) => (0,_lib_verify_digests_js__WEBPACK_IMPORTED_MODULE_10__/* .matchesDigest */ ._j)({ sha256 }, s.digest))) {
        throw (0,_lib_verify_codes_js__WEBPACK_IMPORTED_MODULE_4__/* .verificationFailure */ .ac)('VERIFY_SUBJECT_MISMATCH', `the statement names no subject with sha256:${sha256}`);
    }
    return check.result;
}
async function readPublicKey(file) {
    let text;
    try {
        text = (await (0,_files_js__WEBPACK_IMPORTED_MODULE_7__/* .readRegularFile */ .XF)(file, `--key ${file}`)).toString('utf8');
    }
    catch (error) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('VERIFY_KEY_MISSING', `cannot read --key ${file}`, {
            cause: error
        });
    }
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(text);
    }
    catch (error) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('VERIFY_KEY_INVALID', `--key ${file} is not a PEM public key`, { cause: error });
    }
}


/***/ }),

/***/ 71676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MP: () => (/* binding */ parseImageInputs),
  zz: () => (/* binding */ parseInsecureRegistryList)
});

// UNUSED EXPORTS: parseImageList

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/inputs/index.ts + 3 modules
var inputs = __webpack_require__(65680);
;// CONCATENATED MODULE: ./src/lib/oci/format.ts
/**
 * `oci-format`: where image signatures and attestations are stored.
 * `legacy` is cosign's tag layout (`sha256-<hex>.sig`/`.att`), `bundle` the
 * Sigstore bundle as an OCI 1.1 referrer, `both` (the default) writes both
 * so that old and new verifiers find them.
 */

const OCI_FORMATS = ['bundle', 'legacy', 'both'];
function parseOciFormat(raw, input = 'oci-format') {
    const value = raw?.trim() || 'both';
    if (OCI_FORMATS.includes(value))
        return value;
    throw new errors/* InputError */.dz('OCI_FORMAT_UNKNOWN', `input "${input}" is "${value}": give bundle (OCI 1.1 referrer), legacy (cosign's .sig/.att tags) or both`);
}

// EXTERNAL MODULE: ./src/lib/oci/reference.ts
var reference = __webpack_require__(25996);
;// CONCATENATED MODULE: ./src/lib/oci/inputs.ts
/**
 * The image inputs every action and command shares: `images` (oci://
 * references, each checked now so that a typo fails before any signing),
 * `oci-format` and `insecure-registry` (host[:port] names).
 */




/** `images`, `oci-format` and `insecure-registry`, each problem collected. */
function parseImageInputs(raw, { attempt }) {
    return {
        images: attempt(() => parseImageList(raw('images')), []),
        ociFormat: attempt(() => parseOciFormat(raw('oci-format')), 'both'),
        insecureRegistries: attempt(() => parseInsecureRegistryList((0,inputs/* parseList */.E1)(raw('insecure-registry'))), [])
    };
}
function parseImageList(raw) {
    const images = (0,inputs/* parseList */.E1)(raw);
    const problems = [];
    for (const image of images) {
        try {
            (0,reference/* parseImageReference */.o_)(image);
        }
        catch (error) {
            (0,inputs/* collectInputError */.Vb)(problems, error);
        }
    }
    (0,inputs/* throwCollected */.ml)(problems);
    return images;
}
function parseInsecureRegistryList(list, input = 'insecure-registry') {
    for (const name of list) {
        if (!/^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9a-fA-F:]+\](:\d+)?$/.test(name)) {
            throw new errors/* InputError */.dz('OCI_INSECURE_REGISTRY_INVALID', `input "${input}": "${name}" is not a registry name: give host or host:port (e.g. registry.internal:5000), no scheme or path`);
        }
    }
    return [...list];
}


/***/ }),

/***/ 25996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hb: () => (/* binding */ isImageReference),
/* harmony export */   my: () => (/* binding */ formatImageReference),
/* harmony export */   o_: () => (/* binding */ parseImageReference)
/* harmony export */ });
/* unused harmony export OCI_SCHEME */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/**
 * `oci://<registry>/<repository>[:<tag>|@sha256:<digest>]`, the way users
 * write an image in Provenant: split into its parts, Docker Hub's short
 * names made whole (docker.io/library/debian).
 */

const OCI_SCHEME = 'oci://';
const DEFAULT_TAG = 'latest';
function isImageReference(text) {
    return text.startsWith(OCI_SCHEME);
}
function parseImageReference(text) {
    const bad = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('OCI_REFERENCE_INVALID', `"${text}" is not an image reference (${why}): write oci://<registry>/<repository>:<tag> or oci://<registry>/<repository>@sha256:<digest>`);
    if (!isImageReference(text))
        throw bad('it does not start with oci://');
    let rest = text.slice(OCI_SCHEME.length);
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!/^sha256:[0-9a-f]{64}$/.test(digest))
            throw bad(`"${digest}" is not a sha256 digest`);
    }
    const slash = rest.indexOf('/');
    if (slash <= 0)
        throw bad('it names no registry');
    const registry = rest.slice(0, slash);
    let repository = rest.slice(slash + 1);
    let tag;
    const colon = repository.lastIndexOf(':');
    if (colon >= 0) {
        tag = repository.slice(colon + 1);
        repository = repository.slice(0, colon);
        if (!/^[\w][\w.-]{0,127}$/.test(tag))
            throw bad(`"${tag}" is not a tag`);
    }
    if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(repository))
        throw bad(`"${repository}" is not a repository name`);
    if (registry === 'docker.io' && !repository.includes('/'))
        repository = `library/${repository}`;
    return {
        registry,
        repository,
        ...(tag !== undefined || digest === undefined
            ? { tag: tag ?? DEFAULT_TAG }
            : {}),
        ...(digest ? { digest } : {})
    };
}
/** The reference as written back: registry/repository[:tag][@digest]. */
function formatImageReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}


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

/***/ 98488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SS: () => (/* binding */ splitWorkflowUri),
/* harmony export */   Y1: () => (/* binding */ normalizeRepository),
/* harmony export */   qr: () => (/* binding */ toCertificateFacts)
/* harmony export */ });
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61511);
/* harmony import */ var _signer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59119);
/**
 * The certificate-bound facts of one signature: what Fulcio wrote into the
 * signing certificate from the OIDC token (its SAN, issuer and every
 * 1.3.6.1.4.1.57264.1.* extension), with the legacy GitHub extensions
 * (1.2-1.6) standing in for the newer ones an older certificate lacks.
 * Every policy flag is judged on this record, never on what a signed
 * payload says about itself.
 */


/**
 * The facts of each signer, computed once: verify keeps one SignerInfo per
 * signing certificate, and every bundle of a release reads its facts.
 */
const factsBySigner = new WeakMap();
function toCertificateFacts(signer) {
    let facts = factsBySigner.get(signer);
    if (!facts) {
        facts = certificateFactsOf(signer);
        factsBySigner.set(signer, facts);
    }
    return facts;
}
function certificateFactsOf(signer) {
    const e = signer.extensions;
    const legacyRepo = e.githubWorkflowRepository;
    const sourceRepositoryUri = e.sourceRepositoryUri ??
        (legacyRepo ? `${_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .GITHUB_SERVER */ .ao}/${legacyRepo}` : undefined);
    const facts = {
        identity: signer.identity,
        issuer: signer.issuer ?? (0,_signer_js__WEBPACK_IMPORTED_MODULE_0__/* .issuerOf */ .xD)(e),
        sourceRepositoryUri,
        sourceRepositoryOwnerUri: e.sourceRepositoryOwnerUri ?? ownerUriOf(sourceRepositoryUri),
        sourceRepositoryRef: e.sourceRepositoryRef ?? e.githubWorkflowRef,
        sourceRepositoryDigest: e.sourceRepositoryDigest ?? e.githubWorkflowSha,
        sourceRepositoryIdentifier: e.sourceRepositoryIdentifier,
        sourceRepositoryOwnerIdentifier: e.sourceRepositoryOwnerIdentifier,
        sourceRepositoryVisibility: e.sourceRepositoryVisibilityAtSigning,
        buildSignerUri: e.buildSignerUri ?? githubSan(signer.identity),
        buildSignerDigest: e.buildSignerDigest,
        buildConfigUri: e.buildConfigUri,
        buildConfigDigest: e.buildConfigDigest,
        runnerEnvironment: e.runnerEnvironment,
        buildTrigger: e.buildTrigger ?? e.githubWorkflowTrigger,
        runInvocationUri: e.runInvocationUri,
        githubWorkflow: {
            trigger: e.githubWorkflowTrigger,
            sha: e.githubWorkflowSha,
            name: e.githubWorkflowName,
            repository: e.githubWorkflowRepository,
            ref: e.githubWorkflowRef
        }
    };
    return dropUndefined(facts);
}
/** A SAN that names a workflow file at a ref (GitHub Actions' form). */
function githubSan(san) {
    return san && /^https:\/\/[^/]+\/[^/]+\/[^/]+\/.+@.+$/.test(san)
        ? san
        : undefined;
}
function ownerUriOf(repositoryUri) {
    const match = /^(https?:\/\/[^/]+\/[^/]+)\/[^/]+$/.exec(repositoryUri ?? '');
    return match?.[1];
}
function dropUndefined(facts) {
    const clean = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
    return {
        ...clean(facts),
        githubWorkflow: clean(facts.githubWorkflow)
    };
}
/** `https://host/owner/repo/path@ref` -> its parts; undefined if not that shape. */
function splitWorkflowUri(uri) {
    const match = /^https?:\/\/([^/]+\/[^/]+\/[^/@]+)\/([^@]+?)(?:@(.+))?$/.exec(uri ?? '');
    if (!match)
        return undefined;
    return {
        repository: match[1],
        path: match[2],
        ...(match[3] ? { ref: match[3] } : {})
    };
}
/** `github.com/o/r`, lower case, from any of the forms a repository is named in. */
function normalizeRepository(uri) {
    return (uri ?? '')
        .trim()
        .replace(/^git\+/, '')
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/@.*$/, '')
        .replace(/\.git$/, '')
        .replace(/\/+$/, '')
        .toLowerCase();
}


/***/ }),

/***/ 28863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RV: () => (/* binding */ catchVerification),
/* harmony export */   ac: () => (/* binding */ verificationFailure)
/* harmony export */ });
/* unused harmony exports VERIFY_CODES, isVerifyCode */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/**
 * One VerificationError code per failed check, stable for tests and policy
 * engines (`--json` reports carry them).
 */

const VERIFY_CODES = [
    'VERIFY_BUNDLE_INVALID',
    'VERIFY_SIGNATURE_INVALID',
    'VERIFY_DIGEST_MISMATCH',
    'VERIFY_BUNDLE_OF_OTHER_ARTIFACT',
    'VERIFY_SIGNATURE_UNLOGGED',
    'VERIFY_CERTIFICATE_UNTRUSTED',
    'VERIFY_IDENTITY_MISMATCH',
    'VERIFY_ISSUER_MISMATCH',
    'VERIFY_REPO_MISMATCH',
    'VERIFY_SIGNER_WORKFLOW_MISMATCH',
    'VERIFY_SIGNER_REPO_MISMATCH',
    'VERIFY_SIGNER_DIGEST_MISMATCH',
    'VERIFY_OWNER_MISMATCH',
    'VERIFY_CERTIFICATE_WORKFLOW_MISMATCH',
    'VERIFY_SELF_HOSTED_RUNNER',
    'VERIFY_RUNNER_UNKNOWN',
    'VERIFY_STATEMENT_INVALID',
    'VERIFY_SUBJECT_MISMATCH',
    'VERIFY_PREDICATE_TYPE_MISMATCH',
    'VERIFY_SOURCE_MISMATCH',
    'VERIFY_SOURCE_REF_MISMATCH',
    'VERIFY_SOURCE_DIGEST_MISMATCH',
    'VERIFY_BUILDER_MISMATCH',
    'VERIFY_BUILDER_UNTRUSTED',
    'VERIFY_BUILDER_REF_INVALID',
    'VERIFY_WORKFLOW_INPUT_MISMATCH',
    'VERIFY_CLAIM_BUILDER_MISMATCH',
    'VERIFY_CLAIM_REPOSITORY_MISMATCH',
    'VERIFY_CLAIM_COMMIT_MISMATCH',
    'VERIFY_CLAIM_REF_MISMATCH',
    'VERIFY_CLAIM_WORKFLOW_MISMATCH',
    'VERIFY_SBOM_INVALID',
    'VERIFY_SBOM_SUBJECT_MISMATCH',
    'VERIFY_CHECKSUM_MISMATCH',
    'VERIFY_NOT_REPRODUCIBLE',
    'VERIFY_REBUILDER_MISMATCH',
    'VERIFY_SIGNATURE_ABSENT',
    'VERIFY_PROVENANCE_ABSENT',
    'VERIFY_SBOM_ABSENT',
    'VERIFY_CHECKSUM_ABSENT',
    'VERIFY_REPRODUCIBLE_ABSENT',
    'VERIFY_VEX_UNCOVERED',
    'VERIFY_VEX_ABSENT',
    'VERIFY_MINISIGN_INVALID',
    'VERIFY_FILE_UNVERIFIED',
    'VERIFY_IMAGE_TAG_MOVED',
    'VERIFY_IMAGE_DIGEST_MISMATCH',
    'VERIFY_IMAGE_REPOSITORY_MISMATCH',
    'VERIFY_IMAGE_ATTACHMENT_INVALID'
];
function verificationFailure(code, message, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk(code, message, { cause });
}
/** The code and message of a VerificationError thrown by `check`, or undefined. */
function catchVerification(check) {
    try {
        check();
        return undefined;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerificationError */ .mk && isVerifyCode(error.code)) {
            return { code: error.code, reason: error.message };
        }
        throw error;
    }
}
function isVerifyCode(code) {
    return VERIFY_CODES.includes(code);
}


/***/ }),

/***/ 9892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ parseDigestArgument),
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   Zm: () => (/* binding */ comparable),
/* harmony export */   _j: () => (/* binding */ matchesDigest)
/* harmony export */ });
/**
 * The digests of an artifact as verify compares them: SHA-256 always,
 * SHA-512 when the file was hashed (statements and checksum files may use
 * either). Hex is lower case everywhere.
 */
const SHA256_ARGUMENT = /^sha256:([0-9a-fA-F]{64})$/;
/**
 * The conformance rule for FILE_OR_DIGEST: `sha256:` and 64 hex digits, and
 * not a path on disk; anything else is a path.
 */
function parseDigestArgument(raw, existsOnDisk) {
    const match = SHA256_ARGUMENT.exec(raw);
    if (!match || existsOnDisk)
        return undefined;
    return match[1].toLowerCase();
}
/** True when one of `digest`'s algorithms names the same bytes as the artifact. */
function matchesDigest(artifact, digest) {
    return Object.entries(digest).some(([algorithm, hex]) => {
        if (typeof hex !== 'string')
            return false;
        const mine = artifact[algorithm.toLowerCase()];
        return mine !== undefined && mine === hex.toLowerCase();
    });
}
/** True when `digest` has an algorithm the artifact was hashed with. */
function comparable(artifact, digest) {
    return Object.keys(digest).some((algorithm) => artifact[algorithm.toLowerCase()] !== undefined);
}
/** `sha256:abcdef012345…` for messages: enough to tell digests apart. */
function shortDigest(algorithm, hex) {
    return `${algorithm}:${hex.slice(0, 12)}…`;
}


/***/ }),

/***/ 48583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D7: () => (/* binding */ assertIdentity),
/* harmony export */   Ws: () => (/* binding */ assertRebuilder)
/* harmony export */ });
/* unused harmony export matchesWorkflow */
/* harmony import */ var _codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28863);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61511);
/* harmony import */ var _signer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59119);
/* harmony import */ var _certificate_facts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98488);
/**
 * The identity policy on one verified signer: issuer, identity (exact or
 * regexp), repository, signing workflow and runner environment, each with
 * its own VerificationError code. The flags mean what they mean in cosign
 * (certificate-*) and gh attestation verify (repo, signer-workflow,
 * deny-self-hosted-runners).
 */




function assertIdentity(signer, policy) {
    if (signer.keyed)
        return;
    const facts = (0,_certificate_facts_js__WEBPACK_IMPORTED_MODULE_2__/* .toCertificateFacts */ .qr)(signer);
    const san = signer.identity ?? '';
    if (policy.keyed && !namesCertificate(policy)) {
        throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_IDENTITY_MISMATCH', `signed with a certificate for ${san || '(no SAN)'}, not with the key given by --public-key or --minisign-key`);
    }
    assertIssuer(facts.issuer, policy);
    if (policy.identity !== undefined && san !== policy.identity) {
        throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_IDENTITY_MISMATCH', `signed by ${san || '(no SAN)'}, not ${policy.identity} (--certificate-identity)`);
    }
    if (policy.identityRegexp && !policy.identityRegexp.test(san)) {
        throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_IDENTITY_MISMATCH', `signed by ${san || '(no SAN)'}, which does not match /${policy.identityRegexp.source}/ (--certificate-identity-regexp)`);
    }
    if (policy.repo !== undefined)
        assertRepo(facts, san, policy);
    if (policy.owner !== undefined)
        assertOwner(facts, san, policy);
    assertSignerWorkflow(facts, san, policy);
    assertGithubWorkflow(facts, policy);
    if (policy.denySelfHostedRunners) {
        const runner = facts.runnerEnvironment;
        if (runner === undefined) {
            throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_RUNNER_UNKNOWN', 'the certificate does not say which runner signed (--deny-self-hosted-runners)');
        }
        if (runner !== 'github-hosted') {
            throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_SELF_HOSTED_RUNNER', `signed on a ${runner} runner; --deny-self-hosted-runners accepts only github-hosted`);
        }
    }
}
/** The policy names a certificate signer, not only a key. */
function namesCertificate(policy) {
    return (0,_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .hasIdentityPolicy */ .js)({ ...policy, keyed: false });
}
/** The signer is named by something more precise than --repo or --owner. */
function namesSigner(policy) {
    return (policy.identity !== undefined ||
        policy.identityRegexp !== undefined ||
        policy.signerRepo !== undefined ||
        policy.signerWorkflow !== undefined);
}
function assertIssuer(issuer, policy) {
    if (policy.issuerRegexp) {
        if (issuer === undefined || !policy.issuerRegexp.test(issuer)) {
            throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_ISSUER_MISMATCH', `the certificate's OIDC issuer is ${issuer ?? '(none)'}, which does not match /${policy.issuerRegexp.source}/ (--certificate-oidc-issuer-regexp)`);
        }
        return;
    }
    if (issuer !== policy.issuer) {
        throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_ISSUER_MISMATCH', `the certificate's OIDC issuer is ${issuer ?? '(none)'}, not ${policy.issuer} (--certificate-oidc-issuer)`);
    }
}
function assertSignerWorkflow(facts, san, policy) {
    const signerUri = facts.buildSignerUri ?? san;
    if (policy.signerWorkflow !== undefined &&
        !matchesWorkflow(signerUri, policy.signerWorkflow)) {
        throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_SIGNER_WORKFLOW_MISMATCH', `signed by workflow ${signerUri || '(unknown)'}, not ${policy.signerWorkflow} (--signer-workflow)`);
    }
    if (policy.signerRepo !== undefined) {
        const prefix = `${_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .GITHUB_SERVER */ .ao}/${policy.signerRepo}/`.toLowerCase();
        if (!signerUri.toLowerCase().startsWith(prefix)) {
            throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_SIGNER_REPO_MISMATCH', `signed by workflow ${signerUri || '(unknown)'}, which is not in ${policy.signerRepo} (--signer-repo)`);
        }
    }
    if (policy.signerDigest !== undefined) {
        const wanted = policy.signerDigest.replace(/^sha1:/i, '').toLowerCase();
        if (facts.buildSignerDigest?.toLowerCase() !== wanted) {
            throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_SIGNER_DIGEST_MISMATCH', `the signing workflow is at commit ${facts.buildSignerDigest ?? '(none in the certificate)'}, not ${wanted} (--signer-digest)`);
        }
    }
}
const GITHUB_WORKFLOW_FLAGS = [
    ['repository', 'repository'],
    ['ref', 'ref'],
    ['sha', 'sha'],
    ['trigger', 'trigger'],
    ['name', 'name']
];
/** cosign --certificate-github-workflow-*: the legacy extensions, exactly. */
function assertGithubWorkflow(facts, policy) {
    for (const [field, flag] of GITHUB_WORKFLOW_FLAGS) {
        const wanted = policy.githubWorkflow?.[field];
        if (wanted === undefined)
            continue;
        const actual = facts.githubWorkflow[field];
        if (actual !== wanted) {
            throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_CERTIFICATE_WORKFLOW_MISMATCH', `the certificate's GitHub workflow ${field} is ${actual ?? '(none)'}, not ${wanted} (--certificate-github-workflow-${flag})`);
        }
    }
}
/**
 * The signer of a rebuild verdict against --rebuilder-identity(-regexp):
 * a certificate from the policy's issuer whose SAN names the rebuilder.
 */
function assertRebuilder(signer, rebuilder, issuer) {
    const san = signer.identity ?? '';
    const signerIssuer = signer.issuer ?? (0,_signer_js__WEBPACK_IMPORTED_MODULE_1__/* .issuerOf */ .xD)(signer.extensions);
    const problem = signer.keyed || signer.identity === undefined
        ? 'signed with a key, not a certificate that names the rebuilder'
        : signerIssuer !== issuer
            ? `the verdict's certificate names OIDC issuer ${signerIssuer ?? '(none)'}, not ${issuer} (--certificate-oidc-issuer)`
            : rebuilder.identity !== undefined && san !== rebuilder.identity
                ? `the verdict is signed by ${san}, not ${rebuilder.identity} (--rebuilder-identity)`
                : rebuilder.identityRegexp && !rebuilder.identityRegexp.test(san)
                    ? `the verdict is signed by ${san}, which does not match /${rebuilder.identityRegexp.source}/ (--rebuilder-identity-regexp)`
                    : undefined;
    if (problem)
        throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_REBUILDER_MISMATCH', problem);
}
function assertRepo(facts, san, policy) {
    const repo = policy.repo;
    const expected = `${_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .GITHUB_SERVER */ .ao}/${repo}`;
    const source = facts.sourceRepositoryUri;
    if (source === undefined || !sameUrl(source, expected)) {
        throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_REPO_MISMATCH', `built from ${source ?? '(no source repository in the certificate)'}, not ${expected} (--repo)`);
    }
    if (!namesSigner(policy) &&
        !san.toLowerCase().startsWith(`${expected.toLowerCase()}/`)) {
        throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_REPO_MISMATCH', `signed by ${san || '(no SAN)'}, a workflow outside ${repo}; name it with --signer-workflow or --certificate-identity to accept it (--repo)`);
    }
}
/** gh --owner: the source repository's owner, and (unless named) the signer's. */
function assertOwner(facts, san, policy) {
    const expected = `${_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .GITHUB_SERVER */ .ao}/${policy.owner}`;
    const owner = facts.sourceRepositoryOwnerUri;
    if (owner === undefined || !sameUrl(owner, expected)) {
        throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_OWNER_MISMATCH', `built in a repository of ${owner ?? '(no owner in the certificate)'}, not ${expected} (--owner)`);
    }
    if (!namesSigner(policy) &&
        policy.repo === undefined &&
        !san.toLowerCase().startsWith(`${expected.toLowerCase()}/`)) {
        throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_OWNER_MISMATCH', `signed by ${san || '(no SAN)'}, a workflow outside ${policy.owner}; name it with --signer-workflow or --signer-repo to accept it (--owner)`);
    }
}
/**
 * `[host/]owner/repo/path/wf.yml[@ref]` against a signer URI
 * `https://host/owner/repo/path/wf.yml@ref`: without @ref any ref matches.
 */
function matchesWorkflow(signerUri, wanted) {
    const withHost = /^https?:\/\//.test(wanted)
        ? wanted
        : wanted.split('/')[0].includes('.')
            ? `https://${wanted}`
            : `${_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .GITHUB_SERVER */ .ao}/${wanted}`;
    const uri = signerUri.toLowerCase();
    const expected = withHost.toLowerCase();
    const at = expected.indexOf('@');
    if (at < 0)
        return uri === expected || uri.startsWith(`${expected}@`);
    // @v1.2.3 names the tag as slsa-verifier does: refs/tags/v1.2.3 matches.
    const ref = expected.slice(at + 1);
    return (uri === expected ||
        (!ref.startsWith('refs/') &&
            uri === `${expected.slice(0, at)}@refs/tags/${ref}`));
}
function sameUrl(a, b) {
    const norm = (u) => u.replace(/\.git$/, '').replace(/\/+$/, '');
    return norm(a).toLowerCase() === norm(b).toLowerCase();
}


/***/ }),

/***/ 77160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ VERIFY_INPUTS)
/* harmony export */ });
/* harmony import */ var _scan_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73116);
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65680);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61511);
/* harmony import */ var _inputs_shared_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54476);
/**
 * The verify inputs: one table for actions/verify/action.yml and the
 * `provenant verify` flags (same kebab-case names; the CLI takes the
 * artifacts as arguments), and the parser both go through. Every problem is
 * collected and reported at once.
 */




const VERIFY_INPUTS = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .defineInputs */ .pf)({
    subjects: {
        kind: 'list',
        required: true,
        description: 'What to verify: files, directories (every release asset in them), sha256:<hex> digests and container images (oci://<registry>/<repository>@sha256:<digest> or :tag), newline or space separated.'
    },
    'insecure-registry': _inputs_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .INSECURE_REGISTRY_INPUT */ .wJ,
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
        default: _policy_js__WEBPACK_IMPORTED_MODULE_3__/* .GITHUB_ACTIONS_ISSUER */ .qQ,
        description: 'The OIDC issuer the signing certificate must name, as cosign --certificate-oidc-issuer.'
    },
    'certificate-oidc-issuer-regexp': {
        kind: 'string',
        description: 'A regular expression the certificate’s OIDC issuer must match, instead of certificate-oidc-issuer, as cosign --certificate-oidc-issuer-regexp.'
    },
    repo: {
        kind: 'string',
        description: 'owner/name of the repository the artifacts come from: the certificate’s source repository and (without certificate-identity, certificate-identity-regexp, signer-repo or signer-workflow) the repository of the signing workflow, as gh attestation verify --repo.'
    },
    owner: {
        kind: 'string',
        description: 'The owner (user or organisation) of the source repository the certificate names and (without repo, certificate-identity, certificate-identity-regexp, signer-repo or signer-workflow) of the signing workflow, as gh attestation verify --owner.'
    },
    'signer-workflow': {
        kind: 'string',
        description: 'The workflow that must have signed (the certificate’s Build Signer URI), [host/]<owner>/<repo>/<path>/<workflow>.yml (any ref) or with @<ref> (@v1.2.3 also matches @refs/tags/v1.2.3), as gh attestation verify --signer-workflow.'
    },
    'signer-repo': {
        kind: 'string',
        description: 'owner/name of the repository whose workflow must have signed (a reusable workflow’s home), as gh attestation verify --signer-repo.'
    },
    'signer-digest': {
        kind: 'string',
        description: 'The commit of the signing workflow file (the certificate’s Build Signer Digest), as gh attestation verify --signer-digest.'
    },
    'predicate-type': _inputs_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .PREDICATE_TYPE_INPUT */ .Et,
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
        description: 'The source repository the signing certificate must name, e.g. github.com/<owner>/<repo>, as slsa-verifier --source-uri. Enough on its own, as there: it requires provenance from a builder slsa-verifier trusts by default, or the one builder-id names.'
    },
    'source-repository-ref': {
        kind: 'string',
        description: 'The exact git ref the certificate must name as the built source, e.g. refs/heads/main (the certificate’s Source Repository Ref), as gh attestation verify --source-ref, which the CLI also takes.'
    },
    'source-digest': {
        kind: 'string',
        description: 'The commit the certificate must name as the built source, as gh attestation verify --source-digest.'
    },
    'source-tag': {
        kind: 'string',
        description: 'The git tag the certificate must name as the built ref, e.g. v1.2.3, as slsa-verifier --source-tag.'
    },
    'source-branch': {
        kind: 'string',
        description: 'The git branch the certificate must name as the built ref (for a tag build, the branch its known builder recorded), e.g. main, as slsa-verifier --source-branch.'
    },
    'source-versioned-tag': {
        kind: 'string',
        description: 'A semantic version line the built tag must belong to: v1 accepts v1.*.*, v1.2 accepts v1.2.*, v1.2.3 only that patch, as slsa-verifier --source-versioned-tag. Requires provenance.'
    },
    'builder-id': {
        kind: 'string',
        description: 'The builder: the workflow that signed the provenance, https://github.com/<owner>/<repo>/<path>[@<ref>]; without @<ref> any ref matches, @v1.2.3 matches @refs/tags/v1.2.3, as slsa-verifier --builder-id. Requires provenance.'
    },
    'build-workflow-input': {
        multiple: true,
        kind: 'list',
        description: 'key=value inputs the workflow_dispatch run that built the artifacts must have had, newline or space separated (the flag may repeat), as slsa-verifier --build-workflow-input. Requires provenance.'
    },
    'certificate-github-workflow-repository': {
        kind: 'string',
        description: 'owner/name the certificate’s GitHub Workflow Repository extension (1.3.6.1.4.1.57264.1.5) must hold, as cosign --certificate-github-workflow-repository.'
    },
    'certificate-github-workflow-ref': {
        kind: 'string',
        description: 'The ref the certificate’s GitHub Workflow Ref extension (1.3.6.1.4.1.57264.1.6) must hold, as cosign --certificate-github-workflow-ref.'
    },
    'certificate-github-workflow-sha': {
        kind: 'string',
        description: 'The commit the certificate’s GitHub Workflow SHA extension (1.3.6.1.4.1.57264.1.3) must hold, as cosign --certificate-github-workflow-sha.'
    },
    'certificate-github-workflow-trigger': {
        kind: 'string',
        description: 'The event the certificate’s GitHub Workflow Trigger extension (1.3.6.1.4.1.57264.1.2) must hold, e.g. push, as cosign --certificate-github-workflow-trigger.'
    },
    'certificate-github-workflow-name': {
        kind: 'string',
        description: 'The workflow name the certificate’s GitHub Workflow Name extension (1.3.6.1.4.1.57264.1.4) must hold, as cosign --certificate-github-workflow-name.'
    },
    bundle: {
        kind: 'string',
        description: 'A Sigstore bundle file for every artifact, whatever it is called: a message signature, or attestations (one JSON bundle or JSON lines), as cosign --bundle and gh attestation verify --bundle.'
    },
    signature: {
        kind: 'string',
        description: 'A base64 signature file over every artifact, whatever it is called (e.g. checksums.txt.keyless.sig), checked with certificate, as cosign --signature.'
    },
    certificate: {
        kind: 'string',
        description: 'The PEM signing certificate that goes with signature (e.g. checksums.txt.pem), as cosign --certificate.'
    },
    require: {
        kind: 'list',
        default: 'signature',
        description: 'What must be present and pass for every artifact, comma separated: signature, provenance, sbom, checksum, reproducible, vex (every HIGH/CRITICAL finding of the shipped SBOMs covered by an OpenVEX attestation signed by the expected identity). Evidence that is present is always checked.'
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
    'trusted-root': _inputs_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .TRUSTED_ROOT_INPUT */ .uz,
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
    'github-token': _inputs_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .GITHUB_TOKEN_INPUT */ .vu,
    // The scan's own inputs: the same databases match the same SBOMs.
    db: _scan_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .SCAN_INPUTS */ .IP.db,
    'osv-url': _scan_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .SCAN_INPUTS */ .IP['osv-url']
});


/***/ }),

/***/ 41294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ parsePattern),
/* harmony export */   Wg: () => (/* binding */ parseVerifyInputs)
/* harmony export */ });
/* unused harmony exports parseWorkflowInputs, parseRequire */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65680);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77160);
/* harmony import */ var _oci_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71676);
/* harmony import */ var _scan_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73116);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61511);
/**
 * parseVerifyInputs: raw verify inputs (action INPUT_* or CLI flags) -> the
 * typed policy and options, every problem collected into one InputErrors.
 */






const REPO = /^[\w.-]+\/[\w.-]+$/;
function verifyReader(source) {
    const collector = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .collectProblems */ .vX)();
    const { attempt, problems } = collector;
    const text = (name) => attempt(() => (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readRaw */ .hc)(_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .VERIFY_INPUTS */ .U, source, name), undefined);
    return {
        collector,
        text,
        flag: (name) => attempt(() => (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBoolean */ .yG)(name, text(name)), false),
        pattern: (name) => attempt(() => parsePattern(name, text(name)), undefined),
        problem: (code, message) => {
            problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(code, message));
        }
    };
}
/**
 * `artifacts` given (the CLI's arguments) wins over the `subjects` input,
 * so that a path may hold spaces.
 */
function parseVerifyInputs(source, given = {}) {
    const read = verifyReader(source);
    const { text, flag, problem } = read;
    const policy = readPolicy(read);
    checkPolicy(read, policy);
    if (text('certificate') !== undefined && text('signature') === undefined) {
        problem('VERIFY_CERTIFICATE_ALONE', '"certificate" goes with "signature": give the signature file it signed');
    }
    const artifacts = given.artifacts ?? (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseList */ .E1)(text('subjects'));
    if (artifacts.length === 0 &&
        read.collector.problems.every((p) => p.code !== 'INPUT_REQUIRED')) {
        problem('VERIFY_NO_ARTIFACTS', 'name at least one artifact: a file, a directory, sha256:<hex> or oci://<registry>/<repository>@sha256:<digest>');
    }
    const offline = flag('offline');
    const githubAttestations = flag('github-attestations');
    if (githubAttestations && offline) {
        problem('VERIFY_OFFLINE_LOOKUP', '"github-attestations" looks attestations up on GitHub; drop it or drop "offline"');
    }
    if (githubAttestations && policy.repo === undefined) {
        problem('VERIFY_LOOKUP_NEEDS_REPO', '"github-attestations" needs "repo" (owner/name): GitHub stores attestations per repository');
    }
    const vexDatabases = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseList */ .E1)(text('db'));
    if (policy.require.includes('vex') && offline && vexDatabases.length === 0) {
        problem('VERIFY_VEX_NEEDS_DB', '"require: vex" matches the SBOMs against OSV advisories: with "offline", give them with "db"');
    }
    const insecureRegistries = read.collector.attempt(() => (0,_oci_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseInsecureRegistryList */ .zz)((0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseList */ .E1)(text('insecure-registry'))), []);
    read.collector.throwIfAny();
    return {
        insecureRegistries,
        vexDatabases,
        osvUrl: text('osv-url') ?? _scan_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_OSV_URL */ .ju,
        artifacts,
        policy,
        trustedRoot: text('trusted-root'),
        offline,
        githubAttestations,
        githubToken: parseToken(text('github-token')),
        key: text('public-key'),
        minisignKey: text('minisign-key'),
        provenancePath: text('provenance-path'),
        bundle: text('bundle'),
        signature: text('signature'),
        certificate: text('certificate')
    };
}
/** The `owner/name` and owner inputs, checked for shape. */
function readRepositories(read) {
    const repo = read.text('repo');
    const signerRepo = read.text('signer-repo');
    for (const [name, value] of [
        ['repo', repo],
        ['signer-repo', signerRepo]
    ]) {
        if (value !== undefined && !REPO.test(value)) {
            read.problem('VERIFY_REPO_FORMAT', `input "${name}" must be owner/name (e.g. octo-org/octo-repo), not "${value}"`);
        }
    }
    const owner = read.text('owner');
    if (owner !== undefined && !/^[\w.-]+$/.test(owner)) {
        read.problem('VERIFY_OWNER_FORMAT', `input "owner" must be a user or organisation name (e.g. octo-org), not "${owner}"`);
    }
    return { repo, signerRepo, owner };
}
/** The policy the inputs state; provenance and the rebuild verdict required where the policy implies them. */
function readPolicy(read) {
    const { text, flag } = read;
    const identityRegexp = read.pattern('certificate-identity-regexp');
    const issuerRegexp = read.pattern('certificate-oidc-issuer-regexp');
    const { repo, signerRepo, owner } = readRepositories(read);
    const buildWorkflowInputs = read.collector.attempt(() => parseWorkflowInputs(text('build-workflow-input')), undefined);
    const githubWorkflow = {
        repository: text('certificate-github-workflow-repository'),
        ref: text('certificate-github-workflow-ref'),
        sha: text('certificate-github-workflow-sha'),
        trigger: text('certificate-github-workflow-trigger'),
        name: text('certificate-github-workflow-name')
    };
    const rebuilderIdentity = text('rebuilder-identity');
    const rebuilderRegexp = read.pattern('rebuilder-identity-regexp');
    const keyed = text('public-key') !== undefined || text('minisign-key') !== undefined;
    const policy = {
        identity: text('certificate-identity'),
        identityRegexp,
        issuer: text('certificate-oidc-issuer') ?? '',
        issuerRegexp,
        repo,
        owner,
        signerWorkflow: text('signer-workflow'),
        signerRepo,
        signerDigest: text('signer-digest'),
        githubWorkflow,
        denySelfHostedRunners: flag('deny-self-hosted-runners'),
        keyed,
        predicateType: text('predicate-type'),
        sourceUri: text('source-uri'),
        sourceRef: text('source-repository-ref'),
        sourceDigest: text('source-digest'),
        sourceTag: text('source-tag'),
        sourceBranch: text('source-branch'),
        sourceVersionedTag: text('source-versioned-tag'),
        builderId: text('builder-id'),
        buildWorkflowInputs,
        provenancePath: text('provenance-path') !== undefined,
        require: read.collector.attempt(() => parseRequire(text('require')), ['signature']),
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
    if ((0,_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .impliesProvenance */ .Rs)(policy) && !policy.require.includes('provenance')) {
        policy.require = [...policy.require, 'provenance'];
    }
    // Naming the rebuilder asks for its verdict.
    if (policy.rebuilder && !policy.require.includes('reproducible')) {
        policy.require = [...policy.require, 'reproducible'];
    }
    return policy;
}
/** Inputs that exclude each other, and a signer said when a signature is required. */
function checkPolicy(read, policy) {
    const { problem } = read;
    if (policy.rebuilder?.identity !== undefined &&
        policy.rebuilder.identityRegexp !== undefined) {
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
    const regexpGiven = read.text('certificate-identity-regexp') !== undefined;
    if (needsSigner &&
        !(0,_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .hasIdentityPolicy */ .js)(policy) &&
        !(0,_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .isSlsaVerifierPolicy */ .IS)(policy) &&
        !regexpGiven) {
        problem('VERIFY_NO_IDENTITY', 'say who must have signed: give "certificate-identity" or "certificate-identity-regexp" (as cosign), "repo", "owner" or "signer-workflow" (as gh attestation verify), "source-uri" (as slsa-verifier), or "public-key" for keyed signatures');
    }
}
/** `k=v` pairs, newline or space separated (slsa-verifier --build-workflow-input). */
function parseWorkflowInputs(raw) {
    const pairs = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseList */ .E1)(raw);
    if (pairs.length === 0)
        return undefined;
    const inputs = {};
    for (const pair of pairs) {
        const eq = pair.indexOf('=');
        if (eq <= 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('VERIFY_WORKFLOW_INPUT_FORMAT', `input "build-workflow-input" takes key=value pairs, not "${pair}"`);
        }
        inputs[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    return inputs;
}
/** Comma or white-space separated requirement names. */
function parseRequire(raw) {
    const names = (raw ?? '')
        .split(/[\s,]+/)
        .map((n) => n.trim().toLowerCase())
        .filter((n) => n !== '');
    const unknown = names.filter((n) => !_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .REQUIREMENTS */ .dq.includes(n));
    if (unknown.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('VERIFY_REQUIRE_UNKNOWN', `input "require" has ${unknown.map((n) => `"${n}"`).join(', ')}; choose from ${_policy_js__WEBPACK_IMPORTED_MODULE_5__/* .REQUIREMENTS */ .dq.join(', ')}`);
    }
    return [...new Set(names)];
}
/** A regular expression given as an input or flag; VERIFY_REGEXP_INVALID when it is none. */
function parsePattern(name, raw) {
    if (raw === undefined)
        return undefined;
    try {
        return new RegExp(raw);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('VERIFY_REGEXP_INVALID', `input "${name}" is not a regular expression: ${error.message}`, { cause: error });
    }
}
/** An unexpanded `${{ github.token }}` (the CLI sees the default) is no token. */
function parseToken(raw) {
    if (raw === undefined || raw.startsWith('${{'))
        return undefined;
    return raw;
}


/***/ }),

/***/ 61511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IS: () => (/* binding */ isSlsaVerifierPolicy),
/* harmony export */   Rs: () => (/* binding */ impliesProvenance),
/* harmony export */   ao: () => (/* binding */ GITHUB_SERVER),
/* harmony export */   cj: () => (/* binding */ CHECK_NAMES),
/* harmony export */   dq: () => (/* binding */ REQUIREMENTS),
/* harmony export */   js: () => (/* binding */ hasIdentityPolicy),
/* harmony export */   qQ: () => (/* binding */ GITHUB_ACTIONS_ISSUER),
/* harmony export */   xQ: () => (/* binding */ SLSA_PROVENANCE_PREFIX)
/* harmony export */ });
/**
 * What a consumer asks of a release: who must have signed it, what its
 * provenance must say, and which kinds of evidence must be present.
 */
const REQUIREMENTS = [
    'signature',
    'provenance',
    'sbom',
    'checksum',
    'reproducible',
    'vex'
];
/** The rows of the report, in order. */
const CHECK_NAMES = [
    'signature',
    'identity',
    'provenance',
    'source',
    'builder',
    'sbom',
    'checksum',
    'reproducible',
    'vex'
];
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
const GITHUB_SERVER = 'https://github.com';
const SLSA_PROVENANCE_PREFIX = 'https://slsa.dev/provenance/';
/** True when the policy names anyone: a verified signer can be held to it. */
function hasIdentityPolicy(policy) {
    return (policy.keyed ||
        policy.identity !== undefined ||
        policy.identityRegexp !== undefined ||
        policy.repo !== undefined ||
        policy.owner !== undefined ||
        policy.signerRepo !== undefined ||
        policy.signerWorkflow !== undefined);
}
/**
 * slsa-verifier's way of naming the signer: a source (and maybe a builder)
 * without any certificate identity; the builder must then be one
 * slsa-verifier trusts by default, or the one --builder-id names.
 */
function isSlsaVerifierPolicy(policy) {
    return (!hasIdentityPolicy(policy) &&
        (policy.sourceUri !== undefined || policy.builderId !== undefined));
}
/** Provenance-only flags imply that provenance must be present. */
function impliesProvenance(policy) {
    return (policy.predicateType !== undefined ||
        policy.provenancePath === true ||
        policy.sourceUri !== undefined ||
        policy.sourceVersionedTag !== undefined ||
        policy.buildWorkflowInputs !== undefined ||
        policy.builderId !== undefined);
}


/***/ }),

/***/ 59119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cg: () => (/* binding */ describeSigner),
/* harmony export */   mV: () => (/* binding */ toFulcioExtensions),
/* harmony export */   xD: () => (/* binding */ issuerOf)
/* harmony export */ });
/* unused harmony exports FULCIO_OIDS, decodeUtf8String, sourceRepositoryOf */
/**
 * Who signed: the certificate's SAN and OIDC issuer, and the Fulcio
 * extensions GitHub Actions tokens fill (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md).
 * Extension values come as the bytes inside the extension's OCTET STRING:
 * raw text for the legacy 1.1-1.6 OIDs, a DER UTF8String from 1.8 on.
 */
const FULCIO_OIDS = {
    issuerV1: '1.3.6.1.4.1.57264.1.1',
    githubWorkflowTrigger: '1.3.6.1.4.1.57264.1.2',
    githubWorkflowSha: '1.3.6.1.4.1.57264.1.3',
    githubWorkflowName: '1.3.6.1.4.1.57264.1.4',
    githubWorkflowRepository: '1.3.6.1.4.1.57264.1.5',
    githubWorkflowRef: '1.3.6.1.4.1.57264.1.6',
    issuer: '1.3.6.1.4.1.57264.1.8',
    buildSignerUri: '1.3.6.1.4.1.57264.1.9',
    buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
    runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
    sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
    sourceRepositoryIdentifier: '1.3.6.1.4.1.57264.1.15',
    sourceRepositoryOwnerUri: '1.3.6.1.4.1.57264.1.16',
    sourceRepositoryOwnerIdentifier: '1.3.6.1.4.1.57264.1.17',
    buildConfigUri: '1.3.6.1.4.1.57264.1.18',
    buildConfigDigest: '1.3.6.1.4.1.57264.1.19',
    buildTrigger: '1.3.6.1.4.1.57264.1.20',
    runInvocationUri: '1.3.6.1.4.1.57264.1.21',
    sourceRepositoryVisibilityAtSigning: '1.3.6.1.4.1.57264.1.22'
};
const LEGACY_RAW_OIDS = new Set([
    FULCIO_OIDS.issuerV1,
    FULCIO_OIDS.githubWorkflowTrigger,
    FULCIO_OIDS.githubWorkflowSha,
    FULCIO_OIDS.githubWorkflowName,
    FULCIO_OIDS.githubWorkflowRepository,
    FULCIO_OIDS.githubWorkflowRef
]);
/** Fulcio extensions from the certificate extensions @sigstore/verify returns. */
function toFulcioExtensions(oids) {
    const byOid = new Map(oids.map((o) => [o.oid.id.join('.'), o.value]));
    const extensions = {};
    for (const [field, oid] of Object.entries(FULCIO_OIDS)) {
        const value = byOid.get(oid);
        if (value === undefined)
            continue;
        extensions[field] = LEGACY_RAW_OIDS.has(oid)
            ? Buffer.from(value).toString('utf8')
            : decodeUtf8String(value);
    }
    return extensions;
}
/** A DER UTF8String (tag 0x0c); other bytes are taken as raw text. */
function decodeUtf8String(der) {
    const bytes = Buffer.from(der);
    if (bytes.length >= 2 && bytes[0] === 0x0c) {
        let length = bytes[1];
        let offset = 2;
        if (length & 0x80) {
            const count = length & 0x7f;
            length = 0;
            for (let i = 0; i < count; i++)
                length = length * 256 + bytes[2 + i];
            offset = 2 + count;
        }
        if (offset + length === bytes.length) {
            return bytes.subarray(offset).toString('utf8');
        }
    }
    return bytes.toString('utf8');
}
/** The issuer: the 1.8 extension, else the legacy 1.1. */
function issuerOf(extensions) {
    return extensions.issuer ?? extensions.issuerV1;
}
/** `https://github.com/owner/repo` from the certificate, either form. */
function sourceRepositoryOf(extensions, server) {
    if (extensions.sourceRepositoryUri)
        return extensions.sourceRepositoryUri;
    const legacy = extensions.githubWorkflowRepository;
    return legacy ? `${server}/${legacy}` : undefined;
}
function describeSigner(signer) {
    if (signer.keyed)
        return 'the given public key';
    return signer.identity ?? 'a certificate with no SAN';
}


/***/ }),

/***/ 1256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ parseStatement),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   HJ: () => (/* binding */ toStatement),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   iZ: () => (/* binding */ sameAssetName),
/* harmony export */   uK: () => (/* binding */ relateSubject)
/* harmony export */ });
/* harmony import */ var _codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28863);
/* harmony import */ var _digests_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9892);
/**
 * in-toto statements as verify reads them (v0.1 and v1 alike): subjects,
 * predicate type and predicate, and how a statement relates to an artifact.
 */


const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The statement in a DSSE payload; VERIFY_STATEMENT_INVALID when it is none. */
function parseStatement(payloadType, payload) {
    if (payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_STATEMENT_INVALID', `the envelope carries ${payloadType || '(no payload type)'}, not an in-toto statement (${IN_TOTO_PAYLOAD_TYPE})`);
    }
    let json;
    try {
        json = JSON.parse(Buffer.from(payload).toString('utf8'));
    }
    catch (error) {
        throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_STATEMENT_INVALID', 'the in-toto payload is not JSON', error);
    }
    const statement = toStatement(json);
    if (!statement) {
        throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_STATEMENT_INVALID', 'the in-toto payload has no _type, subject list and predicateType');
    }
    return statement;
}
/** A statement from parsed JSON, or undefined when it is not shaped like one. */
function toStatement(json) {
    if (!isObject(json) || typeof json._type !== 'string')
        return undefined;
    if (!Array.isArray(json.subject) || typeof json.predicateType !== 'string') {
        return undefined;
    }
    const subjects = json.subject.filter(isObject).map((s) => ({
        name: typeof s.name === 'string' ? s.name : '',
        digest: isObject(s.digest)
            ? Object.fromEntries(Object.entries(s.digest)
                .filter(([, v]) => typeof v === 'string')
                .map(([k, v]) => [k.toLowerCase(), v.toLowerCase()]))
            : {}
    }));
    return {
        type: json._type,
        subjects,
        predicateType: json.predicateType,
        predicate: isObject(json.predicate) ? json.predicate : {}
    };
}
/**
 * How a statement relates to an artifact: a subject with its digest
 * (match), else a subject with its name whose digest differs (mismatch),
 * else none.
 */
function relateSubject(statement, digests, name) {
    const match = statement.subjects.find((s) => (0,_digests_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesDigest */ ._j)(digests, s.digest));
    if (match)
        return { kind: 'match', subject: match };
    if (name !== undefined) {
        const named = statement.subjects.find((s) => sameAssetName(s.name, name) && (0,_digests_js__WEBPACK_IMPORTED_MODULE_1__/* .comparable */ .Zm)(digests, s.digest));
        if (named)
            return { kind: 'mismatch', subject: named };
    }
    return { kind: 'none' };
}
/** `dist/a.tar.gz`, `./a.tar.gz` and `a.tar.gz` name the same asset. */
function sameAssetName(subjectName, assetName) {
    const base = (n) => n.split(/[\\/]/).pop() ?? n;
    return base(subjectName) === base(assetName);
}


/***/ })

};
