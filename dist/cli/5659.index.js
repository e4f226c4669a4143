export const id = 5659;
export const ids = [5659];
export const modules = {

/***/ 5659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectImageEvidence: () => (/* binding */ collectImageEvidence)
});

// EXTERNAL MODULE: ./src/lib/verify/evidence.ts
var verify_evidence = __webpack_require__(86864);
// EXTERNAL MODULE: ./src/lib/oci/reference.ts
var oci_reference = __webpack_require__(25996);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
// EXTERNAL MODULE: ./src/lib/oci/cosign.ts
var cosign = __webpack_require__(47886);
// EXTERNAL MODULE: ./src/io/verify/legacy.ts
var legacy = __webpack_require__(41665);
// EXTERNAL MODULE: ./src/io/oci/attach.ts + 1 modules
var attach = __webpack_require__(83355);
;// CONCATENATED MODULE: ./src/io/oci/verify-cosign.ts
/**
 * cosign's tag layout of one image, checked: each `.sig` layer's signature
 * over its simple-signing payload (as a Sigstore bundle rebuilt from the
 * annotations when a Rekor entry is there; with the key or the
 * certificate chain alone otherwise, unlogged), then what the payload
 * names; each `.att` layer's DSSE envelope the same way.
 */




async function checkCosignLayers(image, ctx, evidence) {
    for (const suffix of ['sig', 'att']) {
        const found = await (0,attach/* readCosignManifest */.ph)(image.client, image.repository, image.digest, suffix);
        if (!found)
            continue;
        await Promise.all(layersOf(found.manifest, suffix).map(async ({ layer, index }) => {
            const source = `${image.name}:${(0,cosign/* cosignTag */.qv)(image.digest, suffix)}#${index}`;
            let bytes;
            try {
                bytes = await image.client.getBlob(image.repository, layer.digest);
            }
            catch (error) {
                const result = unreadable(error);
                if (suffix === 'sig')
                    evidence.signatures.push({ source, form: 'bundle', result });
                else
                    evidence.attestations.push({ source, result });
                return;
            }
            const annotations = layer.annotations ?? {};
            if (suffix === 'sig') {
                const result = checkSimpleSigning(image, bytes, annotations, ctx);
                const form = result.ok && !result.logged ? 'legacy' : 'bundle';
                evidence.signatures.push({ source, form, result });
            }
            else {
                evidence.attestations.push({
                    source,
                    ...checkAttestationLayer(bytes, annotations, ctx)
                });
            }
        }));
    }
}
function layersOf(manifest, suffix) {
    const mediaType = suffix === 'sig' ? cosign/* SIMPLE_SIGNING_MEDIA_TYPE */.$r : cosign/* DSSE_MEDIA_TYPE */.OO;
    return manifest.layers
        .map((layer, index) => ({ layer, index }))
        .filter(({ layer }) => layer.mediaType === mediaType);
}
function tlogEntryOf(annotations, where) {
    const text = annotations[cosign/* COSIGN_ANNOTATIONS */.PY.bundle];
    return text ? (0,cosign/* fromCosignBundleAnnotation */.pV)(text, where) : undefined;
}
/** A `.sig` layer: the signature first, then that the payload names this image. */
function checkSimpleSigning(image, payload, annotations, ctx) {
    const signature = Buffer.from(annotations[cosign/* COSIGN_ANNOTATIONS */.PY.signature] ?? '', 'base64');
    const certificate = annotations[cosign/* COSIGN_ANNOTATIONS */.PY.certificate];
    let result;
    try {
        const entry = tlogEntryOf(annotations, image.name);
        const sha256 = external_node_crypto_default().createHash('sha256').update(payload).digest();
        if (entry) {
            const parsed = ctx.checker.parse((0,cosign/* buildLegacyBundleJson */.ad)({
                ...(certificate ? { certificatePem: certificate } : {}),
                ...(annotations[cosign/* COSIGN_ANNOTATIONS */.PY.chain]
                    ? { chainPem: annotations[cosign/* COSIGN_ANNOTATIONS */.PY.chain] }
                    : {}),
                tlogEntry: entry,
                content: { kind: 'message', payloadSha256: sha256, signature }
            }));
            result = parsed.ok
                ? ctx.checker.checkMessage(parsed.bundle, {
                    sha256: sha256.toString('hex'),
                    bytes: payload
                })
                : parsed;
        }
        else if (certificate) {
            result = (0,legacy/* checkLegacyPair */.Q)(Buffer.from(signature.toString('base64')), Buffer.from(certificate), payload, ctx.trust);
        }
        else {
            result = checkWithKey(payload, signature, ctx);
        }
    }
    catch (error) {
        return unreadable(error);
    }
    if (!result.ok)
        return result;
    return checkPayloadNames(image, payload) ?? result;
}
/** A failure result of a layer or referrer that could not be read. */
function unreadable(error) {
    return {
        ok: false,
        code: 'VERIFY_IMAGE_ATTACHMENT_INVALID',
        reason: error instanceof Error ? error.message : String(error)
    };
}
/** A signature with no Rekor entry and no certificate: the --key's, unlogged. */
function checkWithKey(payload, signature, ctx) {
    let key;
    try {
        key = ctx.trust.material.publicKey('').publicKey;
    }
    catch {
        return {
            ok: false,
            code: 'VERIFY_CERTIFICATE_UNTRUSTED',
            reason: 'a signature made with a key (no certificate, no transparency-log entry): give that key with --key'
        };
    }
    if (!(0,legacy/* verifyWithKey */.F)(key, payload, signature)) {
        return {
            ok: false,
            code: 'VERIFY_SIGNATURE_INVALID',
            reason: 'the signature does not verify over its payload with --key'
        };
    }
    return {
        ok: true,
        signer: { keyed: true, extensions: {} },
        logged: false,
        details: 'image signature verified with --key (no transparency-log entry: accepted by --insecure-ignore-tlog)'
    };
}
/** The payload must name this digest and this repository; undefined when it does. */
function checkPayloadNames(image, payload) {
    const claims = (0,cosign/* parseSimpleSigningPayload */.$l)(payload);
    if (!claims) {
        return {
            ok: false,
            code: 'VERIFY_IMAGE_ATTACHMENT_INVALID',
            reason: 'the signed payload is not a cosign simple-signing payload'
        };
    }
    if (claims.digest !== image.digest) {
        return {
            ok: false,
            code: 'VERIFY_IMAGE_DIGEST_MISMATCH',
            reason: `the signature is over ${claims.digest}, not this image (${image.digest}): a signature of another image, copied or re-tagged`
        };
    }
    if ((0,cosign/* repositoryOf */._M)(claims.dockerReference) !== image.name) {
        return {
            ok: false,
            code: 'VERIFY_IMAGE_REPOSITORY_MISMATCH',
            reason: `the signature names the image ${claims.dockerReference}, not ${image.name}`
        };
    }
    return undefined;
}
/** A `.att` layer: a DSSE envelope, its Rekor entry and certificate from the annotations. */
function checkAttestationLayer(bytes, annotations, ctx) {
    try {
        const envelope = JSON.parse(bytes.toString('utf8'));
        const entry = tlogEntryOf(annotations, 'a .att layer');
        const certificate = annotations[cosign/* COSIGN_ANNOTATIONS */.PY.certificate];
        const parsed = ctx.checker.parse((0,cosign/* buildLegacyBundleJson */.ad)({
            ...(certificate ? { certificatePem: certificate } : {}),
            ...(entry ? { tlogEntry: entry } : {}),
            content: { kind: 'dsse', envelope }
        }));
        if (!parsed.ok)
            return { result: parsed };
        return ctx.checker.checkEnvelope(parsed.bundle);
    }
    catch (error) {
        return { result: unreadable(error) };
    }
}

// EXTERNAL MODULE: ./src/lib/oci/artifact.ts
var artifact = __webpack_require__(76467);
// EXTERNAL MODULE: ./src/lib/oci/image.ts
var oci_image = __webpack_require__(30876);
;// CONCATENATED MODULE: ./src/io/oci/verify-referrers.ts
/**
 * Sigstore bundles attached to an image as OCI 1.1 referrers (listed by
 * the referrers API, else the referrers tag): each referrer's manifest must
 * name this image as its subject; its bundle is checked as any attestation
 * (cosign v3's signature is a statement of the sign predicate).
 */




async function checkReferrers(image, ctx, evidence) {
    const referrers = (await (0,attach/* listReferrers */.xt)(image.client, image.repository, image.digest)).filter((d) => d.artifactType === artifact/* BUNDLE_ARTIFACT_TYPE */.ZO);
    await Promise.all(referrers.map(async (descriptor) => {
        const source = `${image.name}@${descriptor.digest}`;
        try {
            const bundle = await readReferredBundle(image, descriptor.digest);
            const parsed = ctx.checker.parse(bundle);
            if (!parsed.ok) {
                evidence.attestations.push({ source, result: parsed });
            }
            else if (parsed.bundle.content.$case === 'dsseEnvelope') {
                evidence.attestations.push({
                    source,
                    ...ctx.checker.checkEnvelope(parsed.bundle)
                });
            }
            else {
                evidence.notes.push(`${source}: a message-signature bundle without its payload, not checked`);
            }
        }
        catch (error) {
            evidence.attestations.push({ source, result: unreadable(error) });
        }
    }));
}
/** The bundle a referrer carries, once its manifest is shown to refer to this image. */
async function readReferredBundle(image, digest) {
    const fetched = await image.client.getManifest(image.repository, digest);
    const manifest = (0,oci_image/* parseImageDocument */.O0)(fetched.bytes.toString('utf8'), `${image.name}@${digest}`);
    const subject = manifest.kind === 'manifest' ? manifest.subject : undefined;
    if (manifest.kind !== 'manifest' || subject !== image.digest) {
        throw new Error(`${image.name}@${digest} is listed as a referrer of ${image.digest} but names ${subject ?? 'no subject'}`);
    }
    const layer = manifest.layers.find((l) => l.mediaType === artifact/* BUNDLE_ARTIFACT_TYPE */.ZO);
    if (!layer)
        throw new Error(`${image.name}@${digest} holds no bundle layer`);
    const blob = await image.client.getBlob(image.repository, layer.digest);
    return JSON.parse(blob.toString('utf8'));
}

;// CONCATENATED MODULE: ./src/io/oci/verify-image.ts




async function collectImageEvidence(label, ctx) {
    const reference = (0,oci_reference/* parseImageReference */.o_)(label);
    const client = await ctx.clients(reference.registry);
    const evidence = (0,verify_evidence/* emptyEvidence */.H)();
    const fetched = await client.getManifest(reference.repository, reference.tag ?? reference.digest);
    const digest = reference.digest ?? fetched.digest;
    if (reference.digest && reference.tag && fetched.digest !== digest) {
        evidence.signatures.push({
            source: `${reference.registry}/${reference.repository}:${reference.tag}`,
            form: 'bundle',
            result: {
                ok: false,
                code: 'VERIFY_IMAGE_TAG_MOVED',
                reason: `the tag ${reference.tag} points to ${fetched.digest}, not ${digest}: the image was re-tagged since`
            }
        });
    }
    const image = {
        client,
        repository: reference.repository,
        name: `${reference.registry}/${reference.repository}`,
        digest
    };
    await checkCosignLayers(image, ctx, evidence);
    await checkReferrers(image, ctx, evidence);
    return {
        subject: {
            name: image.name,
            label,
            digests: { sha256: digest.slice('sha256:'.length) }
        },
        evidence
    };
}


/***/ })

};
