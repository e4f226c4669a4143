export const id = 5122;
export const ids = [5122];
export const modules = {

/***/ 40440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ withArguments),
/* harmony export */   KH: () => (/* reexport safe */ _lib_inputs_shared_js__WEBPACK_IMPORTED_MODULE_3__.sz),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   jI: () => (/* reexport safe */ _lib_inputs_shared_js__WEBPACK_IMPORTED_MODULE_3__.t1),
/* harmony export */   zq: () => (/* binding */ parseInputFlags)
/* harmony export */ });
/* unused harmony exports toFlagOptions, normaliseBooleanFlags, toInputSource, joinFlagValues */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/* harmony import */ var _lib_inputs_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65680);
/* harmony import */ var _lib_inputs_shared_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54476);



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
        return (0,_lib_inputs_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBoolean */ .yG)(name, match[2]) ? `--${name}` : `--no-${name}`;
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
    const options = toFlagOptions(table);
    const { values, positionals, tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: joinFlagValues(normaliseBooleanFlags(argv, table), options),
        options,
        allowPositionals,
        allowNegative: true,
        strict: true,
        tokens: true
    });
    assertGivenOnce(tokens, options);
    return {
        values: values,
        positionals,
        flags: toInputSource(values)
    };
}
/**
 * `--key "$(cat key.pem)"`: a flag that takes a value takes the next
 * argument whatever it starts with (as getopt does), so a PEM text or a
 * negative number is not mistaken for a flag. Written `--flag=value` here,
 * because parseArgs refuses a value that starts with a dash.
 */
function joinFlagValues(argv, options) {
    const out = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            out.push(...argv.slice(i));
            break;
        }
        const name = /^--([\w-]+)$/.exec(arg)?.[1];
        const next = argv[i + 1];
        if (name && options[name]?.type === 'string' && next?.startsWith('-')) {
            out.push(`--${name}=${next}`);
            i++;
        }
        else
            out.push(arg);
    }
    return out;
}
/**
 * A flag given twice is an error, not a silent choice of the last one (a
 * flag the table marks `multiple` takes one value each time).
 */
function assertGivenOnce(tokens, options) {
    const seen = new Map();
    for (const token of tokens) {
        if (token.kind !== 'option' || token.name === undefined)
            continue;
        seen.set(token.name, (seen.get(token.name) ?? 0) + 1);
    }
    const repeated = [...seen].filter(([name, count]) => count > 1 && options[name]?.multiple !== true);
    if (repeated.length === 0)
        return;
    throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('CLI_FLAG_REPEATED', repeated
        .map(([name, count]) => `--${name} is given ${count} times: give it once`)
        .join('\n'));
}
/** Flags several commands share, described once (src/lib/inputs/shared.ts). */

/** parseInputFlags with each value typed by its table entry. */
function parseFlags(argv, table, options = {}) {
    const { values, positionals } = parseInputFlags(argv, table, options);
    return { values: values, positionals };
}
/**
 * The flags with the command's arguments added to the inputs they stand
 * for (`provenant sign a.tgz` is `--files a.tgz`): `extra[name]` joins the
 * flag's own value, one a line; undefined when neither is given.
 */
function withArguments(flags, extra) {
    return (name) => {
        const added = extra[name];
        if (added === undefined)
            return flags(name);
        const all = [flags(name), ...added].filter((v) => v !== undefined && v !== '');
        return all.length > 0 ? all.join('\n') : undefined;
    };
}


/***/ }),

/***/ 24705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ createEntityBuilder)
/* harmony export */ });
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54187);
/* harmony import */ var _verifier_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42792);



/** Distinct certificates kept parsed; past it, the memo starts over. */
const MAX_CERTIFICATES_MEMO = 10_000;
/**
 * sigstore-js's toSignedEntity, with the signing certificate parsed once
 * per distinct DER (every bundle of a release carries the same one).
 */
function createEntityBuilder() {
    const certificates = new Map();
    // The certificate of the bundle before, compared byte for byte first.
    let last;
    const parse = (der) => {
        if (last?.der.equals(der))
            return last.parsed;
        const key = der.toString('base64');
        let parsed = certificates.get(key);
        if (!parsed) {
            parsed = _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.X509Certificate.parse(Buffer.from(der));
            (0,_verifier_js__WEBPACK_IMPORTED_MODULE_2__/* .memoizeGetters */ .$)(parsed);
            if (certificates.size >= MAX_CERTIFICATES_MEMO)
                certificates.clear();
            certificates.set(key, parsed);
        }
        last = { der: Buffer.from(der), parsed };
        return parsed;
    };
    return (bundle, artifact) => {
        const material = bundle.verificationMaterial.content;
        const der = material.$case === 'certificate'
            ? material.certificate.rawBytes
            : material.$case === 'x509CertificateChain'
                ? material.x509CertificateChain.certificates[0]?.rawBytes
                : undefined;
        if (!der)
            return withoutStackTraces(() => (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_1__/* .toSignedEntity */ .DC)(bundle, artifact));
        // Everything but the key as sigstore-js builds it; the key from the memo.
        const entity = withoutStackTraces(() => (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_1__/* .toSignedEntity */ .DC)({
            ...bundle,
            verificationMaterial: {
                ...bundle.verificationMaterial,
                content: { $case: 'publicKey', publicKey: { hint: '' } }
            }
        }, artifact));
        entity.key = { $case: 'certificate', certificate: parse(der) };
        return entity;
    };
}
/**
 * Runs `parse` with stack traces off: @sigstore/core's ASN.1 parser tries
 * every OCTET STRING as nested DER and throws (and swallows) an error for
 * each that is not, and each throw captures a stack. A parse error that
 * escapes keeps its message, which is all a report shows.
 */
function withoutStackTraces(parse) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        return parse();
    }
    finally {
        Error.stackTraceLimit = limit;
    }
}


/***/ }),

/***/ 93209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _6: () => (/* binding */ checkDeferred),
  V_: () => (/* binding */ checkNow),
  $r: () => (/* binding */ expectBundles),
  Rt: () => (/* binding */ helpWithChecks),
  Py: () => (/* binding */ shareSignatureChecks)
});

// UNUSED EXPORTS: CHECKS_BEFORE_WORKER, DEFER_MAX_DATA_BYTES, MEMO_MAX_DATA_BYTES, checksSentToWorker, closeSignatureWorker, forgetSignatureChecks

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var dist = __webpack_require__(83917);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/io/verify/signature-worker.ts


/**
 * The worker's code, evaluated as CommonJS (bundlers leave it alone). A
 * check it cannot make (an error from OpenSSL) is invalid, as @sigstore/core
 * answers; a check the main thread claimed first is answered null.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { verify } = require('node:crypto')
const claimed = new Int32Array(workerData.claimed)
const keys = []
parentPort.on('message', ({ batch, first, newKeys, checks }) => {
  for (const [id, key] of newKeys) keys[id] = key
  const valid = checks.map(([keyId, algorithm, data, signature], i) => {
    const number = (first + i) | 0
    if (Atomics.compareExchange(claimed, 0, number, (number + 1) | 0) !== number) {
      return null
    }
    try {
      return verify(algorithm, data, keys[keyId], signature) === true
    } catch {
      return false
    }
  })
  parentPort.postMessage({ batch, valid })
})
`;
/** Checks per message while the worker is busy. */
const BATCH_CHECKS = 128;
/** Signed data waiting for the worker, at most. */
const MAX_PENDING_BYTES = 64 * 1024 * 1024;
class SignatureWorker {
    worker;
    keyIds = new Map();
    keys = [];
    /** The number of the next check no thread has claimed. */
    claimed = new Int32Array(new SharedArrayBuffer(4));
    /** The number the next batch sent starts at. */
    numbered = 0;
    next = emptyBatch();
    sent = new Map();
    batches = 0;
    broken = false;
    pendingBytes = 0;
    flushing = false;
    made = 0;
    /** Checks the worker made (not those the main thread took over). */
    get madeOnWorker() {
        return this.made;
    }
    /** Whether the worker takes a check over `bytes` of data now (not failed, not too far behind). */
    accepts(bytes) {
        return !this.broken && this.pendingBytes + bytes <= MAX_PENDING_BYTES;
    }
    /**
     * Whether `signature` over `data` is valid for `key`, checked on the
     * worker; undefined when the worker could not answer. `data` must be an
     * exact-size copy that no one changes (it is sent as it is).
     */
    verify(data, key, signature, algorithm) {
        return new Promise((resolve) => {
            let keyId = this.keyIds.get(key);
            if (keyId === undefined) {
                keyId = this.keyIds.size;
                this.keyIds.set(key, keyId);
                this.keys.push(key);
                this.next.newKeys.push([keyId, key]);
            }
            // A copy of exactly the signature's bytes: a Buffer may be a view of
            // a larger block, which a message would copy whole.
            this.next.checks.push([keyId, algorithm, data, new Uint8Array(signature)]);
            this.next.answers.push(resolve);
            this.next.bytes += data.length;
            this.pendingBytes += data.length;
            if (this.next.checks.length >= BATCH_CHECKS) {
                this.send();
            }
            else if (!this.flushing) {
                // An idle worker gets the checks of the synchronous run in progress
                // (one bundle's) as soon as it ends; a busy one gets the rest of a
                // batch when the main thread next waits, or when it answers.
                this.flushing = true;
                const flush = () => {
                    this.flushing = false;
                    this.send();
                };
                if (this.sent.size === 0)
                    queueMicrotask(flush);
                else
                    setImmediate(flush);
            }
        });
    }
    /**
     * Starts the worker's thread now, ahead of the first batch, so that its
     * start-up overlaps what the main thread does before it has checks.
     */
    warm() {
        if (!this.broken)
            this.start().unref();
    }
    /**
     * Makes on this thread every check sent that the worker has not started
     * (see the file comment): for a caller with nothing left to do but wait
     * for the answers. Checks not yet sent are sent first. Returns how many
     * checks it made.
     */
    help() {
        this.send();
        let made = 0;
        for (const batch of this.sent.values()) {
            batch.checks.forEach(([keyId, algorithm, data, signature], i) => {
                const key = this.keys[keyId];
                const answer = batch.answers[i];
                const number = (batch.first + i) | 0;
                if (!key || !answer)
                    return;
                const taken = Atomics.compareExchange(this.claimed, 0, number, (number + 1) | 0);
                if (taken !== number)
                    return;
                let valid;
                try {
                    valid = (0,external_node_crypto_.verify)(algorithm, data, key, signature) === true;
                }
                catch {
                    valid = false;
                }
                made++;
                answer(valid);
            });
        }
        return made;
    }
    /** Ends the worker; checks still waiting are answered undefined, and later ones are not taken. */
    async close() {
        const worker = this.worker;
        this.worker = undefined;
        this.broken = true;
        this.fail();
        if (worker)
            await worker.terminate();
    }
    send() {
        const batch = this.next;
        if (batch.checks.length === 0)
            return;
        this.next = emptyBatch();
        batch.first = this.numbered;
        this.numbered = (this.numbered + batch.checks.length) | 0;
        const id = ++this.batches;
        this.sent.set(id, batch);
        const worker = this.start();
        worker.ref();
        worker.postMessage({
            batch: id,
            first: batch.first,
            newKeys: batch.newKeys,
            checks: batch.checks
        });
    }
    start() {
        if (this.worker)
            return this.worker;
        const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, {
            eval: true,
            workerData: { claimed: this.claimed.buffer }
        });
        worker.on('message', ({ batch, valid }) => {
            const answered = this.sent.get(batch);
            this.sent.delete(batch);
            if (answered)
                this.pendingBytes -= answered.bytes;
            // null: the main thread claimed the check and answered it (help).
            answered?.answers.forEach((answer, i) => {
                if (valid[i] === null)
                    return;
                this.made++;
                answer(valid[i] === true);
            });
            this.send();
            if (this.sent.size === 0)
                worker.unref();
        });
        const broken = () => {
            if (this.worker !== worker)
                return;
            this.worker = undefined;
            this.broken = true;
            this.fail();
        };
        worker.on('error', broken);
        worker.on('exit', broken);
        this.worker = worker;
        return worker;
    }
    /**
     * Every check sent or waiting answered undefined: no answer, so the
     * caller checks on the spot (never "invalid" remembered for a valid
     * signature).
     */
    fail() {
        const waiting = [...this.sent.values(), this.next];
        this.sent.clear();
        this.next = emptyBatch();
        this.pendingBytes = 0;
        for (const batch of waiting)
            batch.answers.forEach((answer) => answer(undefined));
    }
}
function emptyBatch() {
    return { first: 0, newKeys: [], checks: [], answers: [], bytes: 0 };
}

;// CONCATENATED MODULE: ./src/io/verify/signature-checks.ts



/** Signed data up to this size is remembered (checkpoints, SETs, timestamps, certificates). */
const MEMO_MAX_DATA_BYTES = 16 * 1024;
/** Larger data is checked on the spot: the worker is sent a copy. */
const DEFER_MAX_DATA_BYTES = 16 * 1024 * 1024;
/** Checks made on the spot before the worker is started. */
const CHECKS_BEFORE_WORKER = 64;
/** Checks remembered; past it, the memo starts over. */
const MAX_REMEMBERED = 20_000;
const PATCHED = Symbol.for('provenant.signature-checks');
let worker;
let deferrable = 0;
let sentToWorker = 0;
let remembered = new WeakMap();
let rememberedCount = 0;
/** The checks started by the run in progress inside checkDeferred. */
let started;
/**
 * Runs `run` (synchronous sigstore-js verification) with its signature
 * checks moved to the thread pool; see the file comment.
 */
function checkDeferred(run) {
    const outer = started;
    const mine = [];
    started = mine;
    try {
        const value = run();
        return {
            ok: true,
            value,
            allValid: Promise.all(mine).then((all) => all.every(Boolean))
        };
    }
    catch (error) {
        return { ok: false, error };
    }
    finally {
        started = outer;
    }
}
/** Runs `run` with every signature check answered before it returns. */
function checkNow(run) {
    const outer = started;
    started = undefined;
    try {
        return run();
    }
    finally {
        started = outer;
    }
}
/** Installs the memo and the deferral in @sigstore/core (once). */
function shareSignatureChecks() {
    const target = dist.crypto;
    const original = target.verify;
    if (typeof original !== 'function' || original[PATCHED])
        return;
    const verify = (data, key, signature, algorithm) => {
        if (!isKeyObject(key) || !isBytes(signature) || !isBytes(data)) {
            return original(data, key, signature, algorithm);
        }
        const id = `${algorithm ?? ''}:${signature.toString('base64')}`;
        const known = recall(key, id, data);
        if (typeof known === 'boolean')
            return known;
        if (started && known) {
            started.push(known.valid);
            return true;
        }
        const later = started && data.length <= DEFER_MAX_DATA_BYTES
            ? workerFor(data.length)
            : undefined;
        if (started && later) {
            sentToWorker++;
            // One exact copy of the data, kept by the memo and sent to the worker.
            const owned = new Uint8Array(data);
            const answer = later.verify(owned, key, signature, algorithm);
            // Unknown (the worker failed) counts as invalid here, so the caller
            // decides synchronously; it is never remembered.
            const pending = answer.then((valid) => valid === true);
            const entry = remember(key, id, owned, pending, true);
            if (entry)
                void answer.then((valid) => settle(key, id, entry, valid));
            started.push(pending);
            return true;
        }
        const valid = original(data, key, signature, algorithm);
        remember(key, id, data, valid);
        return valid;
    };
    target.verify = Object.assign(verify, { [PATCHED]: true });
}
/**
 * The worker, once enough checks were asked for to pay for starting it
 * (about as much as a few dozen checks); before that, and if it failed,
 * none: checks are made on the spot.
 */
function workerFor(bytes) {
    if (++deferrable <= CHECKS_BEFORE_WORKER)
        return undefined;
    worker ??= new SignatureWorker();
    return worker.accepts(bytes) ? worker : undefined;
}
/** Signature checks a bundle takes, about (signature, log entry, checkpoint, timestamp). */
const CHECKS_PER_BUNDLE = 4;
/**
 * A run about to check `bundles` bundles: when that is worth the worker,
 * its thread starts now, its start-up overlapping the run's own, and the
 * run's first checks go to it too.
 */
function expectBundles(bundles) {
    if (bundles * CHECKS_PER_BUNDLE <= CHECKS_BEFORE_WORKER)
        return;
    deferrable = Math.max(deferrable, CHECKS_BEFORE_WORKER);
    worker ??= new SignatureWorker();
    worker.warm();
}
/**
 * For a caller with nothing left to do but wait for the checks it started:
 * the checks the worker has not begun are shared with this thread.
 */
function helpWithChecks() {
    worker?.help();
}
/** A remembered check under way gets its answer, or is forgotten when there is none. */
function settle(key, id, entry, valid) {
    if (valid !== undefined)
        entry.valid = valid;
    else if (remembered.get(key)?.get(id) === entry) {
        remembered.get(key).delete(id);
    }
}
/** Checks sent to the worker so far in this process. */
function checksSentToWorker() {
    return sentToWorker;
}
/** Ends the worker thread (tests: the process never waits on an idle one). */
async function closeSignatureWorker() {
    const current = worker;
    worker = undefined;
    deferrable = 0;
    await current?.close();
}
/** Forgets every remembered check (tests). */
function forgetSignatureChecks() {
    remembered = new WeakMap();
    rememberedCount = 0;
}
/** The answer remembered for exactly these bytes, or the entry of the check under way. */
function recall(key, id, data) {
    const entry = remembered.get(key)?.get(id);
    if (!entry || !entry.data.equals(data))
        return undefined;
    return typeof entry.valid === 'boolean' ? entry.valid : entry;
}
/** `owned`: `data` is already a copy no one changes (a deferred check's). */
function remember(key, id, data, valid, owned = false) {
    if (data.length > MEMO_MAX_DATA_BYTES)
        return undefined;
    if (rememberedCount >= MAX_REMEMBERED)
        forgetSignatureChecks();
    let byKey = remembered.get(key);
    if (!byKey) {
        byKey = new Map();
        remembered.set(key, byKey);
    }
    // A copy: the caller's buffer is its own to change.
    const copy = owned ? data : new Uint8Array(data);
    const entry = {
        data: Buffer.from(copy.buffer, copy.byteOffset, copy.length),
        valid
    };
    if (!byKey.has(id))
        rememberedCount++;
    byKey.set(id, entry);
    return entry;
}
function isKeyObject(key) {
    return key instanceof (external_node_crypto_default()).KeyObject;
}
function isBytes(value) {
    return Buffer.isBuffer(value);
}


/***/ }),

/***/ 42792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ createRunVerifier),
  $: () => (/* binding */ memoizeGetters)
});

// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/key/certificate.js
var certificate = __webpack_require__(38412);
// EXTERNAL MODULE: ./src/io/verify/signature-checks.ts + 1 modules
var signature_checks = __webpack_require__(93209);
;// CONCATENATED MODULE: ./src/io/verify/chain-memo.ts


/** Paths kept; past it, the memo starts over. */
const MAX_PATHS_MEMO = 1000;
const PATCHED = Symbol.for('provenant.chain-memo');
function memoizeChainPaths() {
    const proto = certificate.CertificateChainVerifier?.prototype;
    const original = proto?.verify;
    if (!proto || typeof original !== 'function' || proto[PATCHED])
        return;
    const ids = new WeakMap();
    const idOf = (certificate) => {
        let id = ids.get(certificate);
        if (id === undefined) {
            id = nextId++;
            ids.set(certificate, id);
        }
        return id;
    };
    let nextId = 0;
    const paths = new Map();
    proto.verify = function () {
        const { untrustedCert, trustedCerts, localCerts, timestamp } = this;
        if (!Array.isArray(trustedCerts) || !Array.isArray(localCerts)) {
            return original.call(this);
        }
        const key = `${[untrustedCert, ...trustedCerts].map(idOf).join(',')}|${localCerts
            .map((c) => (c.validForDate(timestamp) ? '1' : '0'))
            .join('')}`;
        const known = paths.get(key);
        if (known)
            return [...known];
        const path = (0,signature_checks/* checkNow */.V_)(() => original.call(this));
        if (paths.size >= MAX_PATHS_MEMO)
            paths.clear();
        paths.set(key, [...path]);
        return path;
    };
    Object.defineProperty(proto, PATCHED, { value: true });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/io/verify/asn1-parse.ts
/**
 * @sigstore/core's ASN1Obj.parseBuffer, the same tree built in one pass
 * that never throws. The original tries every OCTET STRING as nested DER
 * and throws (then swallows) an error for each that is not, and reads each
 * tag and length through its ByteStream; for the RFC 3161 timestamp of
 * every bundle that was most of the parse. Here a failure is a return
 * value, and the rules are the original's, rule for rule:
 *  - a tag byte with tag number 31 (long form), or universal tag 0, fails;
 *  - a length is short form, or long form of at most 6 octets, minimal
 *    (no leading zero octet, at least 128) and never indefinite;
 *  - a node's contents lie within the buffer; a constructed node's
 *    children fill its contents exactly; nesting deeper than 100 fails;
 *  - a primitive OCTET STRING whose contents parse whole as nodes has them
 *    as its children, and none otherwise;
 *  - the buffer is copied once, and every value is a view into the copy.
 * A buffer this parser does not accept whole is handed to the original, so
 * every error (and its message) is the original's own; a test holds the
 * two parsers to the same trees on real and generated DER.
 */

/** @sigstore/core's bound on nesting. */
const MAX_DEPTH = 100;
const CONSTRUCTED = 0x20;
const OCTET_STRING = 0x04;
/**
 * The nodes filling [at, end) exactly, each `depth` deep, pushed onto
 * `out`: `end`, or -1 when they do not.
 */
function parseNodes(view, at, end, depth, out, Tag) {
    while (at < end) {
        if (depth > MAX_DEPTH)
            return -1;
        const enc = view[at++];
        const number = enc & 0x1f;
        if (number === 0x1f || (enc >> 6 === 0 && number === 0))
            return -1;
        if (at >= end)
            return -1;
        let length = view[at++];
        if (length & 0x80) {
            const octets = length & 0x7f;
            // More than 6 octets: the original's limit (such a length is past any
            // buffer anyway).
            if (octets > 6 || at + octets > end)
                return -1;
            length = 0;
            for (let i = 0; i < octets; i++) {
                const octet = view[at++];
                if (i === 0 && octet === 0)
                    return -1;
                length = length * 256 + octet;
            }
            if (length < 128)
                return -1;
        }
        const next = at + length;
        if (next > end)
            return -1;
        let subs = [];
        if (enc & CONSTRUCTED) {
            if (parseNodes(view, at, next, depth + 1, subs, Tag) < 0)
                return -1;
        }
        else if (enc === OCTET_STRING) {
            const nested = [];
            if (parseNodes(view, at, next, depth + 1, nested, Tag) === next)
                subs = nested;
        }
        out.push(new dist.ASN1Obj(new Tag(enc), view.subarray(at, next), subs));
        at = next;
    }
    return at;
}
/** parseBuffer over `original`: this parser's tree, or the original's answer. */
function createParseBuffer(original) {
    // ASN1Tag is not exported: its class is read off a node the original parsed.
    const Tag = original(Buffer.from([0x05, 0x00])).tag.constructor;
    return (buf) => {
        const view = Buffer.from(buf);
        const out = [];
        // One node must fill the buffer; anything else is the original's to refuse.
        if (parseNodes(view, 0, view.length, 0, out, Tag) < 0 || out.length !== 1)
            return original(buf);
        return out[0];
    };
}

;// CONCATENATED MODULE: ./src/io/verify/sigstore-speedups.ts



/** Distinct keys kept parsed; past it, the memo starts over. */
const MAX_KEYS_MEMO = 1000;
const sigstore_speedups_PATCHED = Symbol.for('provenant.sigstore-speedups');
function speedUpSigstore() {
    memoizeKeyParsing();
    encodeDerOnce();
    memoizeTimestampGetters();
    hashInOneCall();
    parseInOnePass();
}
/** ASN1Obj.parseBuffer (every certificate and timestamp) through asn1-parse.ts. */
function parseInOnePass() {
    const target = dist.ASN1Obj;
    const original = target.parseBuffer;
    if (typeof original !== 'function' || original[sigstore_speedups_PATCHED])
        return;
    const parse = createParseBuffer(original.bind(dist.ASN1Obj));
    target.parseBuffer = Object.assign(parse, { [sigstore_speedups_PATCHED]: true });
}
/**
 * RFC3161Timestamp's getters, each a pure function of the parsed DER,
 * computed once per timestamp: sigstore-js reads the signing time (a new
 * TSTInfo and a date parsed each time) a handful of times per bundle.
 */
const TIMESTAMP_GETTERS = [
    'status',
    'contentType',
    'eContentType',
    'signingTime',
    'signerIssuer',
    'signerSerialNumber',
    'signerDigestAlgorithm',
    'signatureAlgorithm',
    'signatureValue',
    'tstInfo'
];
function memoizeTimestampGetters() {
    const proto = dist.RFC3161Timestamp.prototype;
    if (proto[sigstore_speedups_PATCHED])
        return;
    for (const name of TIMESTAMP_GETTERS) {
        const descriptor = Object.getOwnPropertyDescriptor(proto, name);
        if (typeof descriptor?.get !== 'function')
            continue;
        Object.defineProperty(proto, name, {
            configurable: true,
            get() {
                const value = descriptor.get.call(this);
                Object.defineProperty(this, name, { value, configurable: true });
                return value;
            }
        });
    }
    Object.defineProperty(proto, sigstore_speedups_PATCHED, { value: true });
}
/**
 * crypto.digest of buffers through node:crypto's one-shot hash (of their
 * concatenation when several): the same digest, without a Hash object per
 * call (sigstore-js hashes a log leaf, with its prefix byte, and a
 * timestamp's imprint for every bundle).
 */
function hashInOneCall() {
    const target = dist.crypto;
    const original = target.digest;
    if (typeof original !== 'function' || original[sigstore_speedups_PATCHED])
        return;
    const digest = (algorithm, ...data) => data.length === 1 && Buffer.isBuffer(data[0])
        ? (0,external_node_crypto_.hash)(algorithm, data[0], 'buffer')
        : data.length > 1 && data.every((d) => Buffer.isBuffer(d))
            ? (0,external_node_crypto_.hash)(algorithm, Buffer.concat(data), 'buffer')
            : original(algorithm, ...data);
    target.digest = Object.assign(digest, { [sigstore_speedups_PATCHED]: true });
}
function memoizeKeyParsing() {
    const target = dist.crypto;
    const original = target.createPublicKey;
    if (typeof original !== 'function' || original[sigstore_speedups_PATCHED])
        return;
    const keys = new Map();
    const memoized = (key, type) => {
        const id = `${type ?? ''}:${typeof key === 'string' ? `s:${key}` : `b:${key.toString('base64')}`}`;
        let parsed = keys.get(id);
        if (!parsed) {
            parsed = original(key, type);
            if (keys.size >= MAX_KEYS_MEMO)
                keys.clear();
            keys.set(id, parsed);
        }
        return parsed;
    };
    target.createPublicKey = Object.assign(memoized, { [sigstore_speedups_PATCHED]: true });
}
/** The original encoder, kept for the test that compares the two. */
const originalToDer = dist.ASN1Obj.prototype.toDER;
/** The DER of a node: its size measured first, then written into one buffer. */
function toDer() {
    // Each node's contents size, in the order both passes visit the nodes.
    const sizes = [];
    const out = Buffer.allocUnsafe(measure(this, sizes));
    const end = writeDer(this, out, 0, sizes, { next: 0 });
    return end === out.length ? out : out.subarray(0, end);
}
/** The encoded size of a node; its contents size and its subtree's pushed onto `sizes`. */
function measure(node, sizes) {
    const index = sizes.push(0) - 1;
    let size = 0;
    if (node.subs.length > 0) {
        for (const sub of node.subs)
            size += measure(sub, sizes);
    }
    else
        size = node.value.length;
    sizes[index] = size;
    return 1 + lengthOctets(size) + size;
}
function lengthOctets(length) {
    let n = 1;
    if (length >= 128)
        for (let rest = length; rest > 0; rest >>>= 8)
            n++;
    return n;
}
function writeDer(node, out, at, sizes, cursor) {
    const size = sizes[cursor.next++];
    out[at++] = node.tag.toDER();
    if (size < 128)
        out[at++] = size;
    else {
        const octets = lengthOctets(size) - 1;
        out[at++] = 0x80 | octets;
        for (let i = octets - 1; i >= 0; i--)
            out[at++] = (size >>> (8 * i)) & 0xff;
    }
    if (node.subs.length === 0)
        return at + node.value.copy(out, at);
    for (const sub of node.subs)
        at = writeDer(sub, out, at, sizes, cursor);
    return at;
}
function encodeDerOnce() {
    const proto = dist.ASN1Obj.prototype;
    if (typeof proto.toDER !== 'function' || proto.toDER[sigstore_speedups_PATCHED])
        return;
    proto.toDER = Object.assign(toDer, { [sigstore_speedups_PATCHED]: true });
}

;// CONCATENATED MODULE: ./src/io/verify/verifier.ts





function createRunVerifier(material, options) {
    speedUpSigstore();
    (0,signature_checks/* shareSignatureChecks */.Py)();
    memoizeChainPaths();
    for (const ca of [
        ...material.certificateAuthorities,
        ...material.timestampAuthorities
    ]) {
        ca.certChain.forEach((certificate) => {
            memoizeEncoding(certificate);
            memoizeGetters(certificate);
            memoizeVerify(certificate);
        });
    }
    const verifier = new verify_dist/* Verifier */.BL(material, options);
    const hooks = verifier;
    const check = hooks.verifySigningKey;
    if (typeof check !== 'function')
        return verifier;
    // Keyed on the parsed certificate: entity.ts parses each distinct DER
    // once, so one object stands for exactly one certificate's bytes.
    const cache = new WeakMap();
    hooks.verifySigningKey = (entity, timestamps) => {
        if (entity.key.$case !== 'certificate' || timestamps.length === 0) {
            return check.call(verifier, entity, timestamps);
        }
        const leaf = entity.key.certificate;
        const profiles = new Set(timestamps.map((t) => validityProfile(material, leaf, t)));
        const cached = cache.get(leaf);
        if (cached && profiles.size === 1 && profiles.has(cached.profile))
            return cached.signer;
        const signer = (0,signature_checks/* checkNow */.V_)(() => check.call(verifier, entity, timestamps));
        if (profiles.size === 1)
            cache.set(leaf, { signer, profile: [...profiles][0] });
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
/** X509Certificate's getters, each a pure function of the parsed DER. */
const CERTIFICATE_GETTERS = [
    'tbsCertificate',
    'version',
    'serialNumber',
    'notBefore',
    'notAfter',
    'issuer',
    'subject',
    'publicKey',
    'signatureAlgorithm',
    'signatureValue',
    'subjectAltName',
    'extensions',
    'extKeyUsage',
    'extBasicConstraints',
    'extSubjectAltName',
    'extAuthorityKeyID',
    'extSubjectKeyID',
    'extSCT',
    'isCA'
];
/** Each getter computed once per certificate (sigstore-js re-parses on every read). */
function memoizeGetters(certificate) {
    for (const name of CERTIFICATE_GETTERS) {
        const descriptor = Object.getOwnPropertyDescriptor(dist.X509Certificate.prototype, name);
        if (typeof descriptor?.get !== 'function')
            continue;
        let computed = false;
        let value;
        Object.defineProperty(certificate, name, {
            configurable: true,
            get: () => {
                if (!computed) {
                    value = Reflect.get(dist.X509Certificate.prototype, name, certificate);
                    computed = true;
                }
                return value;
            }
        });
    }
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
            result = (0,signature_checks/* checkNow */.V_)(() => verify(issuer));
            results.set(issuer, result);
        }
        return result;
    };
}


/***/ }),

/***/ 65680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sz: () => (/* reexport */ shared/* JSON_INPUT */.sz),
  Vb: () => (/* reexport */ collectInputError),
  vX: () => (/* reexport */ collectProblems),
  pf: () => (/* reexport */ defineInputs),
  yG: () => (/* reexport */ parseBoolean),
  HU: () => (/* reexport */ parseChoice),
  cG: () => (/* reexport */ parseInteger),
  E1: () => (/* reexport */ parseList),
  hc: () => (/* reexport */ readRaw),
  ml: () => (/* reexport */ throwCollected)
});

// UNUSED EXPORTS: GITHUB_TOKEN_INPUT, IMAGES_INPUT, INSECURE_REGISTRY_INPUT, LOCAL_INPUT, OCI_FORMAT_INPUT, OUTPUT_DIR_INPUT, PREDICATE_TYPE_INPUT, TRUSTED_ROOT_INPUT

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
                collectInputError(problems, error);
                return fallback;
            }
        },
        throwIfAny: () => {
            if (problems.length > 0)
                throw new errors/* InputErrors */.G(problems);
        }
    };
}
/** Adds the input problems `error` holds (one or several); rethrows anything else. */
function collectInputError(problems, error) {
    if (error instanceof errors/* InputErrors */.G)
        problems.push(...error.problems);
    else if (error instanceof errors/* InputError */.dz)
        problems.push(error);
    else
        throw error;
}
/** Throws what was collected, if anything: a single problem as itself, several together. */
function throwCollected(problems) {
    if (problems.length === 0)
        return;
    throw problems.length === 1 ? problems[0] : new errors/* InputErrors */.G([...problems]);
}

;// CONCATENATED MODULE: ./src/lib/inputs/index.ts






/***/ }),

/***/ 54476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Et: () => (/* binding */ PREDICATE_TYPE_INPUT),
/* harmony export */   jC: () => (/* binding */ OCI_FORMAT_INPUT),
/* harmony export */   n6: () => (/* binding */ OUTPUT_DIR_INPUT),
/* harmony export */   o7: () => (/* binding */ IMAGES_INPUT),
/* harmony export */   sz: () => (/* binding */ JSON_INPUT),
/* harmony export */   t1: () => (/* binding */ LOCAL_INPUT),
/* harmony export */   uz: () => (/* binding */ TRUSTED_ROOT_INPUT),
/* harmony export */   vu: () => (/* binding */ GITHUB_TOKEN_INPUT),
/* harmony export */   wJ: () => (/* binding */ INSECURE_REGISTRY_INPUT)
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
const IMAGES_INPUT = {
    kind: 'list',
    description: 'Container images: oci://<registry>/<repository>@sha256:<digest> (a :tag is resolved to its digest once and printed), newline or space separated.'
};
const OCI_FORMAT_INPUT = {
    kind: 'string',
    default: 'both',
    description: "Where image signatures and attestations are stored: bundle (the Sigstore bundle as an OCI 1.1 referrer, with the referrers tag fallback), legacy (cosign's sha256-<digest>.sig/.att tags) or both."
};
const INSECURE_REGISTRY_INPUT = {
    kind: 'list',
    description: 'Registries (host:port) reached over plain HTTP; loopback registries always are, no other is unless named here.'
};
/** `--json`, on every command that prints a result. */
const JSON_INPUT = {
    kind: 'boolean',
    description: 'Print a machine-readable JSON result on stdout instead of text (progress and errors stay on stderr).'
};
/** `--local`, on every command that can run against the embedded local stack. */
const LOCAL_INPUT = {
    kind: 'boolean',
    description: 'Use the embedded local stack (Sigstore, an OIDC issuer and the GitHub API on 127.0.0.1, started on demand): no account, token or network.'
};


/***/ })

};
