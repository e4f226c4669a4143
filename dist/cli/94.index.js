export const id = 785;
export const ids = [785];
export const modules = {

<<<<<<<< HEAD:dist/cli/94.index.js
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
========
/***/ 40440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ JSON_FLAG),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   jI: () => (/* binding */ LOCAL_FLAG),
/* harmony export */   zq: () => (/* binding */ parseInputFlags)
/* harmony export */ });
/* unused harmony exports toFlagOptions, normaliseBooleanFlags, toInputSource */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65680);


function toFlagOptions(table) {
    const options = {};
    for (const [name, spec] of Object.entries(table)) {
        options[name] = {
            type: spec.kind === 'boolean' ? 'boolean' : 'string',
            ...(spec.multiple ? { multiple: true } : {}),
            ...(spec.short ? { short: spec.short } : {})
        };
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
        return (0,_lib_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBoolean */ .yG)(name, match[2]) ? `--${name}` : `--no-${name}`;
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
 * A command line against a command's flag table (every input a flag of its
 * name, booleans also as `--name=false` and `--no-name`). Unknown flags are
 * errors; `--help` is answered before a command runs (main.ts).
 */
function parseInputFlags(argv, table, { allowPositionals = true } = {}) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: normaliseBooleanFlags(argv, table),
        options: toFlagOptions(table),
        allowPositionals,
        allowNegative: true,
        strict: true
    });
    return {
        values: values,
        positionals,
        flags: toInputSource(values)
    };
}
/** Flags several commands share, described once. */
const JSON_FLAG = {
    kind: 'boolean',
    description: 'Print a machine-readable JSON result on stdout instead of text (progress and errors stay on stderr).'
};
const LOCAL_FLAG = {
    kind: 'boolean',
    description: 'Use the embedded local stack (Sigstore, an OIDC issuer and the GitHub API on 127.0.0.1, started on demand): no account, token or network.'
};
/** parseInputFlags with each value typed by its table entry. */
function parseFlags(argv, table, options = {}) {
    const { values, positionals } = parseInputFlags(argv, table, options);
    return { values: values, positionals };
}
>>>>>>>> w15:dist/cli/785.index.js


/***/ }),

/***/ 66791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   Vh: () => (/* binding */ readJson),
/* harmony export */   nw: () => (/* binding */ digestsOf),
/* harmony export */   sf: () => (/* binding */ mapLimit)
/* harmony export */ });
/* unused harmony export MAX_IN_MEMORY_BYTES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _fs_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90808);
/**
 * Reading what verify checks: artifacts hashed as a stream (SHA-256 and
 * SHA-512 in one pass), or read whole when a signature must be checked over
 * their bytes; evidence files read once.
 */



/** Larger files are verified over their digest, never held in memory. */
const MAX_IN_MEMORY_BYTES = 512 * 1024 * 1024;
async function hashFile(file, keepBytes) {
    const size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file)).size;
    if (keepBytes && size <= MAX_IN_MEMORY_BYTES) {
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file);
        return { digests: digestsOf(bytes), bytes };
    }
    return { digests: await (0,_fs_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .digestFile */ .TM)(file, ['sha256', 'sha512']) };
}
function digestsOf(bytes) {
    return {
        sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex'),
        sha512: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512').update(bytes).digest('hex')
    };
}
/** The parsed JSON of a file, or the reason it is not JSON. */
async function readJson(file) {
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file);
    }
    catch (error) {
        return {
            ok: false,
            reason: `cannot read it (${error.code ?? 'error'})`
        };
    }
    try {
        return {
            ok: true,
            value: JSON.parse(bytes.toString('utf8')),
            bytes
        };
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

/***/ 51254:
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
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
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
 *    root (RFC 6962 inclusion over the canonicalized body).
 */



function bundleShapeProblems(json) {
    if (!(0,verify_statement/* isObject */.Gv)(json) || !(0,verify_statement/* isObject */.Gv)(json.verificationMaterial))
        return [];
    const material = json.verificationMaterial;
    const problems = [];
    const chain = (0,verify_statement/* isObject */.Gv)(material.x509CertificateChain)
        ? material.x509CertificateChain.certificates
        : undefined;
    if (Array.isArray(chain))
        problems.push(...chainProblems(chain));
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

;// CONCATENATED MODULE: ./src/lib/verify/prehashed.ts
/**
 * Signature verification over a digest instead of the bytes, for an
 * artifact given as `sha256:<hex>`: node:crypto only verifies over whole
 * messages. ECDSA (P-256, P-384) is checked by the textbook algorithm
 * (FIPS 186-5 6.4.2) on BigInt; RSA PKCS#1 v1.5 by recovering the
 * DigestInfo. Ed25519 signs the message itself and cannot be checked from a
 * digest.
 */

const CURVES = {
    'P-256': {
        p: 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn,
        n: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
        g: [
            0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296n,
            0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5n
        ]
    },
    'P-384': {
        p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffffn,
        n: 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
        g: [
            0xaa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7n,
            0x3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5fn
        ]
    }
};
const DIGEST_INFO_PREFIX = {
    32: '3031300d060960864801650304020105000420',
    48: '3041300d060960864801650304020205000430',
    64: '3051300d060960864801650304020305000440'
};
/** True when `signature` was made by `key` over the message whose digest is `digest`. */
function verifyPrehashed(key, digest, signature) {
    if (key.asymmetricKeyType === 'rsa') {
        const prefix = DIGEST_INFO_PREFIX[digest.length];
        if (!prefix)
            return false;
        try {
            const info = external_node_crypto_default().publicDecrypt({ key, padding: (external_node_crypto_default()).constants.RSA_PKCS1_PADDING }, signature);
            return info.equals(Buffer.concat([Buffer.from(prefix, 'hex'), digest]));
        }
        catch {
            return false;
        }
    }
    if (key.asymmetricKeyType !== 'ec') {
        throw new Error(`a ${key.asymmetricKeyType ?? 'non-EC'} signature is over the whole file; give the file, not its digest`);
    }
    const jwk = key.export({ format: 'jwk' });
    const curve = CURVES[jwk.crv ?? ''];
    if (!curve || !jwk.x || !jwk.y)
        throw new Error(`curve ${jwk.crv} is not supported`);
    const rs = decodeDerSignature(signature);
    if (!rs)
        return false;
    const [r, s] = rs;
    const { n } = curve;
    if (r <= 0n || r >= n || s <= 0n || s >= n)
        return false;
    const e = bitsToInt(digest, n);
    const w = modPow(s, n - 2n, n);
    const q = [
        toBigInt(Buffer.from(jwk.x, 'base64url')),
        toBigInt(Buffer.from(jwk.y, 'base64url'))
    ];
    const point = shamir(curve, (e * w) % n, (r * w) % n, q);
    if (!point)
        return false;
    return point[0] % n === r;
}
function shamir(c, u1, u2, q) {
    const g = [c.g[0], c.g[1], 1n];
    const qj = [q[0], q[1], 1n];
    const gq = add(c.p, g, qj);
    let acc;
    const bits = Math.max(u1.toString(2).length, u2.toString(2).length);
    for (let i = bits - 1; i >= 0; i--) {
        if (acc)
            acc = prehashed_double(c.p, acc);
        const b1 = (u1 >> BigInt(i)) & 1n;
        const b2 = (u2 >> BigInt(i)) & 1n;
        const addend = b1 && b2 ? gq : b1 ? g : b2 ? qj : undefined;
        if (addend)
            acc = acc ? add(c.p, acc, addend) : addend;
    }
    if (!acc || acc[2] === 0n)
        return undefined;
    const zInv = modPow(acc[2], c.p - 2n, c.p);
    const zInv2 = (zInv * zInv) % c.p;
    return [(acc[0] * zInv2) % c.p, (acc[1] * zInv2 * zInv) % c.p];
}
const mod = (a, p) => ((a % p) + p) % p;
/** dbl-2001-b (a = -3). */
function prehashed_double(p, [x, y, z]) {
    if (z === 0n || y === 0n)
        return [1n, 1n, 0n];
    const delta = mod(z * z, p);
    const gamma = mod(y * y, p);
    const beta = mod(x * gamma, p);
    const alpha = mod(3n * (x - delta) * (x + delta), p);
    const x3 = mod(alpha * alpha - 8n * beta, p);
    const z3 = mod((y + z) * (y + z) - gamma - delta, p);
    const y3 = mod(alpha * (4n * beta - x3) - 8n * gamma * gamma, p);
    return [x3, y3, z3];
}
/** add-2007-bl. */
function add(p, a, b) {
    if (a[2] === 0n)
        return b;
    if (b[2] === 0n)
        return a;
    const z1z1 = mod(a[2] * a[2], p);
    const z2z2 = mod(b[2] * b[2], p);
    const u1 = mod(a[0] * z2z2, p);
    const u2 = mod(b[0] * z1z1, p);
    const s1 = mod(a[1] * b[2] * z2z2, p);
    const s2 = mod(b[1] * a[2] * z1z1, p);
    const h = mod(u2 - u1, p);
    const r = mod(2n * (s2 - s1), p);
    if (h === 0n)
        return r === 0n ? prehashed_double(p, a) : [1n, 1n, 0n];
    const i = mod(4n * h * h, p);
    const j = mod(h * i, p);
    const v = mod(u1 * i, p);
    const x3 = mod(r * r - j - 2n * v, p);
    const y3 = mod(r * (v - x3) - 2n * s1 * j, p);
    const z3 = mod(((a[2] + b[2]) * (a[2] + b[2]) - z1z1 - z2z2) * h, p);
    return [x3, y3, z3];
}
function modPow(base, exponent, m) {
    let result = 1n;
    let b = mod(base, m);
    for (let e = exponent; e > 0n; e >>= 1n) {
        if (e & 1n)
            result = (result * b) % m;
        b = (b * b) % m;
    }
    return result;
}
function toBigInt(bytes) {
    return bytes.length === 0 ? 0n : BigInt(`0x${bytes.toString('hex')}`);
}
/** The leftmost bits of the digest, as many as the order has. */
function bitsToInt(digest, n) {
    const nBits = n.toString(2).length;
    const e = toBigInt(digest);
    const extra = digest.length * 8 - nBits;
    return extra > 0 ? e >> BigInt(extra) : e;
}
/** ECDSA-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER }. */
function decodeDerSignature(der) {
    let offset = 0;
    const readLength = () => {
        const first = der[offset++];
        if (first === undefined)
            return undefined;
        if (first < 0x80)
            return first;
        const count = first & 0x7f;
        let length = 0;
        for (let i = 0; i < count; i++)
            length = length * 256 + (der[offset++] ?? 0);
        return length;
    };
    if (der[offset++] !== 0x30 || readLength() === undefined)
        return undefined;
    const ints = [];
    for (let k = 0; k < 2; k++) {
        if (der[offset++] !== 0x02)
            return undefined;
        const length = readLength();
        if (length === undefined || offset + length > der.length)
            return undefined;
        ints.push(toBigInt(der.subarray(offset, offset + length)));
        offset += length;
    }
    return [ints[0], ints[1]];
}

// EXTERNAL MODULE: ./src/lib/verify/signer.ts
var verify_signer = __webpack_require__(59119);
// EXTERNAL MODULE: ./src/lib/verify/codes.ts
var codes = __webpack_require__(28863);
;// CONCATENATED MODULE: ./src/io/verify/verifier.ts

function createRunVerifier(material, options) {
    for (const ca of [
        ...material.certificateAuthorities,
        ...material.timestampAuthorities
    ]) {
        ca.certChain.forEach((certificate) => {
            memoizeEncoding(certificate);
            memoizeVerify(certificate);
        });
    }
    const verifier = new verify_dist/* Verifier */.BL(material, options);
    const hooks = verifier;
    const check = hooks.verifySigningKey;
    if (typeof check !== 'function')
        return verifier;
    const cache = new Map();
    hooks.verifySigningKey = (entity, timestamps) => {
        if (entity.key.$case !== 'certificate' || timestamps.length === 0) {
            return check.call(verifier, entity, timestamps);
        }
        const leaf = entity.key.certificate;
        // The content octets of the outer SEQUENCE as parsed: no re-encoding.
        const key = Buffer.from(leaf.root.value).toString('base64');
        const profiles = new Set(timestamps.map((t) => validityProfile(material, leaf, t)));
        const cached = cache.get(key);
        if (cached && profiles.size === 1 && profiles.has(cached.profile))
            return cached.signer;
        const signer = check.call(verifier, entity, timestamps);
        if (profiles.size === 1)
            cache.set(key, { signer, profile: [...profiles][0] });
        return signer;
    };
    return verifier;
}
/** Every validity fact the certificate chain check reads of time `t`. */
function validityProfile(material, leaf, t) {
    const facts = [leaf.validForDate(t)];
    for (const ca of material.certificateAuthorities) {
        facts.push(ca.validFor.start <= t && t <= ca.validFor.end);
        for (const c of ca.certChain)
            facts.push(c.validForDate(t));
    }
    return facts.map((f) => (f ? '1' : '0')).join('');
}
function memoizeEncoding(certificate) {
    for (const node of [certificate.root, certificate.tbsCertificate]) {
        const encode = node.toDER.bind(node);
        let der;
        node.toDER = () => (der ??= encode());
    }
}
function memoizeVerify(certificate) {
    const verify = certificate.verify.bind(certificate);
    const results = new Map();
    certificate.verify = (issuer) => {
        let result = results.get(issuer);
        if (result === undefined) {
            result = verify(issuer);
            results.set(issuer, result);
        }
        return result;
    };
}

;// CONCATENATED MODULE: ./src/io/verify/sigstore.ts










class BundleChecker {
    verifier;
    hasTimestampAuthorities;
    constructor(trust) {
        this.hasTimestampAuthorities =
            trust.material.timestampAuthorities.length > 0;
        this.verifier = createRunVerifier(trust.material, {
            tlogThreshold: 1,
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
        const shape = bundleShapeProblems(json);
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
        const entity = (0,verify_dist/* toSignedEntity */.DC)(bundle, artifact.bytes ?? Buffer.alloc(0));
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
        return this.run(bundle, entity);
    }
    /** A DSSE bundle: its signature and its in-toto statement. */
    checkEnvelope(bundle) {
        const envelope = this.checkEnvelopeSignature(bundle);
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
    /** A DSSE bundle's signature, whatever its payload. */
    checkEnvelopeSignature(bundle) {
        if (bundle.content.$case !== 'dsseEnvelope') {
            return {
                payloadType: '',
                result: {
                    ok: false,
                    code: 'VERIFY_BUNDLE_INVALID',
                    reason: 'not a DSSE envelope'
                }
            };
        }
        const envelope = bundle.content.dsseEnvelope;
        return {
            payloadType: envelope.payloadType,
            payload: envelope.payload,
            result: this.run(bundle, (0,verify_dist/* toSignedEntity */.DC)(bundle))
        };
    }
    run(bundle, entity) {
        let signer;
        try {
            signer = this.verifier.verify(entity);
        }
        catch (error) {
            const code = error.code ?? 'ERROR';
            return {
                ok: false,
                code: code === 'CERTIFICATE_ERROR'
                    ? 'VERIFY_CERTIFICATE_UNTRUSTED'
                    : 'VERIFY_SIGNATURE_INVALID',
                reason: `${code}: ${error.message}${causeOf(error)}`
            };
        }
        const keyed = bundle.verificationMaterial.content.$case === 'publicKey';
        return {
            ok: true,
            signer: toSignerInfo(signer, keyed),
            logged: true,
            details: describeBundle(bundle)
        };
    }
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
        verifySignature: (key) => verifyPrehashed(key, digest, signature)
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
function causeOf(error) {
    const cause = error.cause;
    return cause instanceof Error ? ` (${cause.message})` : '';
}


/***/ }),

/***/ 3695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AL: () => (/* binding */ gatherTrust)
});

// UNUSED EXPORTS: PUBLIC_GOOD_TUF_URL, embeddedPublicGoodRoot, readTrustedRootFile

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/dist/index.js
var tuf_dist = __webpack_require__(84423);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/seeds.json
var seeds = __webpack_require__(8032);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/io/verify/staging.ts
/**
 * Sigstore's staging instance, for the conformance protocol's --staging.
 * Provenant embeds no staging root: its first root (1.root.json) is taken
 * from the staging mirror over HTTPS on first use, and every later root and
 * the trusted root are then checked by TUF. Staging is a test instance;
 * this trust-on-first-use is acceptable there and nowhere else.
 */





const STAGING_TUF_URL = 'https://tuf-repo-cdn.sigstage.dev';
async function fetchStagingRoot(cachePath, timeoutMs) {
    const dir = cachePath ?? external_node_path_default().join(external_node_os_default().tmpdir(), 'provenant-tuf-staging');
    const rootPath = external_node_path_default().join(dir, 'bootstrap-root.json');
    try {
        await (0,promises_.mkdir)(dir, { recursive: true });
        const cached = await (0,promises_.access)(rootPath).then(() => true, () => false);
        if (!cached) {
            const response = await fetch(`${STAGING_TUF_URL}/1.root.json`, {
                signal: AbortSignal.timeout(timeoutMs)
            });
            if (!response.ok)
                throw new Error(`HTTP ${response.status}`);
            await (0,promises_.writeFile)(rootPath, Buffer.from(await response.arrayBuffer()));
        }
        return await (0,tuf_dist.getTrustedRoot)({
            mirrorURL: STAGING_TUF_URL,
            rootPath,
            cachePath: dir,
            timeout: timeoutMs
        });
    }
    catch (error) {
        throw new errors/* ServiceError */._7('tuf', `cannot get the staging trusted root from ${STAGING_TUF_URL}: ${error.message}; give --trusted-root instead`, { cause: error, retryable: true });
    }
}

;// CONCATENATED MODULE: ./src/io/verify/trust.ts
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
            throw new errors/* InputError */.dz('VERIFY_STAGING_OFFLINE', 'the staging trusted root is not embedded: give --trusted-root, or drop --offline');
        }
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
            root = await (0,tuf_dist.getTrustedRoot)({
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
        ? (0,verify_dist/* toTrustMaterial */.jO)(root, () => ({ publicKey: key, validFor: () => true }))
        : (0,verify_dist/* toTrustMaterial */.jO)(root);
    return {
        material,
        summary: { source, description, warnings },
        ctlogCount: root.ctlogs.length
    };
}
/** The trusted root @sigstore/tuf ships for the public-good TUF repository. */
function embeddedPublicGoodRoot() {
    const repo = seeds[PUBLIC_GOOD_TUF_URL];
    const target = repo?.targets[TRUSTED_ROOT_TARGET];
    if (!target) {
        throw new errors/* ServiceError */._7('tuf', 'no embedded public-good trusted root');
    }
    return dist.TrustedRoot.fromJSON(JSON.parse(Buffer.from(target, 'base64').toString('utf8')));
}
async function readTrustedRootFile(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new errors/* InputError */.dz('VERIFY_TRUSTED_ROOT_MISSING', `cannot read --trusted-root ${file}: ${error.code ?? error.message}`, { cause: error });
    }
    try {
        const json = JSON.parse(text);
        if (typeof json.mediaType !== 'string' ||
            !json.mediaType.startsWith('application/vnd.dev.sigstore.trustedroot')) {
            throw new Error('no trustedroot mediaType');
        }
        return dist.TrustedRoot.fromJSON(json);
    }
    catch (error) {
        throw new errors/* InputError */.dz('VERIFY_TRUSTED_ROOT_INVALID', `--trusted-root ${file} is not a Sigstore trusted_root.json (${error.message})`, { cause: error });
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
/* harmony import */ var _sigstore_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(51254);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3695);
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
    const read = await (0,_files_js__WEBPACK_IMPORTED_MODULE_7__/* .readJson */ .Vh)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(options.cwd, options.bundle));
    if (!read.ok) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('VERIFY_BUNDLE_UNREADABLE', `--bundle ${options.bundle} is ${read.reason}`);
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
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
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

<<<<<<<< HEAD:dist/cli/94.index.js
/***/ 22502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ mapWithConcurrency)
/* harmony export */ });
/**
 * Runs `task` over `items` with at most `limit` at a time and keeps their
 * order. On the first failure no new task starts; the ones running are
 * awaited (so nothing is left in flight), then the first error is thrown.
 */
async function mapWithConcurrency(items, limit, task) {
    if (!Number.isInteger(limit) || limit < 1) {
        throw new RangeError(`concurrency limit must be a positive integer`);
    }
    const results = new Array(items.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < items.length) {
            const index = next++;
            try {
                results[index] = await task(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    const workers = Math.min(limit, items.length);
    await Promise.all(Array.from({ length: workers }, worker));
    if (failure !== undefined)
        throw failure.error;
    return results;
}

========
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

>>>>>>>> w15:dist/cli/785.index.js

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
    'VERIFY_SELF_HOSTED_RUNNER',
    'VERIFY_RUNNER_UNKNOWN',
    'VERIFY_STATEMENT_INVALID',
    'VERIFY_SUBJECT_MISMATCH',
    'VERIFY_PREDICATE_TYPE_MISMATCH',
    'VERIFY_SOURCE_MISMATCH',
    'VERIFY_BUILDER_MISMATCH',
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
    'VERIFY_MINISIGN_INVALID'
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
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61511);
/* harmony import */ var _signer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59119);
/**
 * The identity policy on one verified signer: issuer, identity (exact or
 * regexp), repository, signing workflow and runner environment, each with
 * its own VerificationError code. The flags mean what they mean in cosign
 * (certificate-*) and gh attestation verify (repo, signer-workflow,
 * deny-self-hosted-runners).
 */



function assertIdentity(signer, policy, hints = {}) {
    if (signer.keyed)
        return;
    const san = signer.identity ?? '';
    const namesCertificate = policy.identity !== undefined ||
        policy.identityRegexp !== undefined ||
        policy.repo !== undefined ||
        policy.signerWorkflow !== undefined;
    if (policy.keyed && !namesCertificate) {
        throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_IDENTITY_MISMATCH', `signed with a certificate for ${san || '(no SAN)'}, not with the key given by --public-key or --minisign-key`);
    }
    const issuer = signer.issuer ?? (0,_signer_js__WEBPACK_IMPORTED_MODULE_1__/* .issuerOf */ .xD)(signer.extensions);
    if (issuer !== policy.issuer) {
        throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_ISSUER_MISMATCH', `the certificate's OIDC issuer is ${issuer ?? '(none)'}, not ${policy.issuer} (--certificate-oidc-issuer)`);
    }
    if (policy.identity !== undefined && san !== policy.identity) {
        throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_IDENTITY_MISMATCH', `signed by ${san || '(no SAN)'}, not ${policy.identity} (--certificate-identity)`);
    }
    if (policy.identityRegexp && !policy.identityRegexp.test(san)) {
        throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_IDENTITY_MISMATCH', `signed by ${san || '(no SAN)'}, which does not match /${policy.identityRegexp.source}/ (--certificate-identity-regexp)`);
    }
    if (policy.repo !== undefined)
        assertRepo(signer, san, policy);
    if (policy.signerWorkflow !== undefined) {
        const signerUri = signer.extensions.buildSignerUri ?? san;
        if (!matchesWorkflow(signerUri, policy.signerWorkflow)) {
            throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_SIGNER_WORKFLOW_MISMATCH', `signed by workflow ${signerUri || '(unknown)'}, not ${policy.signerWorkflow} (--signer-workflow)`);
        }
    }
    if (policy.denySelfHostedRunners) {
        const runner = signer.extensions.runnerEnvironment ?? hints.runnerEnvironment;
        if (runner === undefined) {
            throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_RUNNER_UNKNOWN', 'neither the certificate nor the provenance says which runner signed (--deny-self-hosted-runners)');
        }
        if (runner !== 'github-hosted') {
            throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_SELF_HOSTED_RUNNER', `signed on a ${runner} runner; --deny-self-hosted-runners accepts only github-hosted`);
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
function assertRepo(signer, san, policy) {
    const repo = policy.repo;
    const expected = `${_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .GITHUB_SERVER */ .ao}/${repo}`;
    const source = (0,_signer_js__WEBPACK_IMPORTED_MODULE_1__/* .sourceRepositoryOf */ .FC)(signer.extensions, _policy_js__WEBPACK_IMPORTED_MODULE_2__/* .GITHUB_SERVER */ .ao);
    if (source === undefined || !sameUrl(source, expected)) {
        throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_REPO_MISMATCH', `built from ${source ?? '(no source repository in the certificate)'}, not ${expected} (--repo)`);
    }
    const signerNamed = policy.identity !== undefined ||
        policy.identityRegexp !== undefined ||
        policy.signerWorkflow !== undefined;
    if (!signerNamed &&
        !san.toLowerCase().startsWith(`${expected.toLowerCase()}/`)) {
        throw (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .verificationFailure */ .ac)('VERIFY_REPO_MISMATCH', `signed by ${san || '(no SAN)'}, a workflow outside ${repo}; name it with --signer-workflow or --certificate-identity to accept it (--repo)`);
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
            : `${_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .GITHUB_SERVER */ .ao}/${wanted}`;
    const uri = signerUri.toLowerCase();
    const expected = withHost.toLowerCase();
    if (expected.includes('@'))
        return uri === expected;
    return uri === expected || uri.startsWith(`${expected}@`);
}
function sameUrl(a, b) {
    const norm = (u) => u.replace(/\.git$/, '').replace(/\/+$/, '');
    return norm(a).toLowerCase() === norm(b).toLowerCase();
}


/***/ }),

/***/ 61511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
    'reproducible'
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
    'reproducible'
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
        policy.signerWorkflow !== undefined);
}
/** Provenance-only flags imply that provenance must be present. */
function impliesProvenance(policy) {
    return (policy.predicateType !== undefined ||
        policy.sourceUri !== undefined ||
        policy.sourceTag !== undefined ||
        policy.sourceBranch !== undefined ||
        policy.builderId !== undefined);
}


/***/ }),

/***/ 59119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FC: () => (/* binding */ sourceRepositoryOf),
/* harmony export */   cg: () => (/* binding */ describeSigner),
/* harmony export */   mV: () => (/* binding */ toFulcioExtensions),
/* harmony export */   xD: () => (/* binding */ issuerOf)
/* harmony export */ });
/* unused harmony exports FULCIO_OIDS, decodeUtf8String */
/**
 * Who signed: the certificate's SAN and OIDC issuer, and the Fulcio
 * extensions GitHub Actions tokens fill (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md).
 * Extension values come as the bytes inside the extension's OCTET STRING:
 * raw text for the legacy 1.1-1.6 OIDs, a DER UTF8String from 1.8 on.
 */
const FULCIO_OIDS = {
    issuerV1: '1.3.6.1.4.1.57264.1.1',
    githubWorkflowRepository: '1.3.6.1.4.1.57264.1.5',
    githubWorkflowRef: '1.3.6.1.4.1.57264.1.6',
    issuer: '1.3.6.1.4.1.57264.1.8',
    buildSignerUri: '1.3.6.1.4.1.57264.1.9',
    buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
    runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
    sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
    buildTrigger: '1.3.6.1.4.1.57264.1.20',
    runInvocationUri: '1.3.6.1.4.1.57264.1.21'
};
const LEGACY_RAW_OIDS = new Set([
    FULCIO_OIDS.issuerV1,
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
