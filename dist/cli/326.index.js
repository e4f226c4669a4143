export const id = 326;
export const ids = [326];
export const modules = {

/***/ 80326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sbomCommand: () => (/* binding */ sbomCommand)
});

// EXTERNAL MODULE: ./src/io/fs/path-fence.ts
var path_fence = __webpack_require__(30979);
// EXTERNAL MODULE: ./src/lib/sbom/document.ts
var sbom_document = __webpack_require__(60860);
// EXTERNAL MODULE: ./src/lib/version.ts
var version = __webpack_require__(87471);
;// CONCATENATED MODULE: ./src/io/sbom/context.ts
/**
 * What an SBOM says about its making, read from the environment by the
 * entry points and passed on: the time (SOURCE_DATE_EPOCH, else now) and the
 * build environment (runner OS, image, Node version).
 */


function readSbomDocumentOptions(deps) {
    const { env } = deps;
    const image = env.ImageOS && env.ImageVersion
        ? `${env.ImageOS}/${env.ImageVersion}`
        : env.ImageOS;
    return {
        toolVersion: version/* PROVENANT_VERSION */.j,
        timestamp: (0,sbom_document/* parseSourceDateEpoch */.QS)(env.SOURCE_DATE_EPOCH) ?? deps.now(),
        environment: {
            runnerOs: env.RUNNER_OS || undefined,
            runnerImage: image || undefined,
            nodeVersion: deps.nodeVersion
        }
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/inputs/index.ts + 3 modules
var inputs = __webpack_require__(65680);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/index.js
var enums = __webpack_require__(6820);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/models/index.js
var dist_node_models = __webpack_require__(50320);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/json/normalize.js
var normalize = __webpack_require__(52608);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/index.js
var spec = __webpack_require__(94321);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/lib/sbom/sbom-text.ts
/**
 * SBOM documents as written: 2-space indented JSON with a trailing newline,
 * produced in pieces (one per component, package or relationship) so that a
 * large document is never one multi-megabyte string, and identifiers derived
 * from that text (serial number, namespace), never random.
 */


/** The whole text at once (tests, small documents). */
function sbom_text_toSbomText(document) {
    return `${JSON.stringify(document, null, 2)}\n`;
}
/** Elements of a top-level array serialised per piece. */
const BATCH_ITEMS = 256;
const BATCH_HEAD = '{\n  "k": [\n';
const BATCH_TAIL = '\n  ]\n}';
/**
 * The same bytes as toSbomText, in pieces: top-level arrays a batch of
 * elements at a time. Each batch is serialised by JSON.stringify inside a
 * wrapper of the same depth ({"k": [...]}, sliced off), so the native
 * serialiser does the indenting and no piece is larger than a batch.
 */
function* toSbomChunks(document) {
    const entries = Object.entries(document).filter(([, v]) => isWritten(v));
    if (entries.length === 0) {
        yield '{}\n';
        return;
    }
    yield '{\n';
    for (const [i, [key, value]] of entries.entries()) {
        yield `  ${JSON.stringify(key)}: `;
        if (Array.isArray(value) && value.length > 0) {
            yield '[\n';
            for (let start = 0; start < value.length; start += BATCH_ITEMS) {
                const batch = value.slice(start, start + BATCH_ITEMS);
                const text = JSON.stringify({ k: batch }, null, 2);
                yield text.slice(BATCH_HEAD.length, text.length - BATCH_TAIL.length);
                yield start + BATCH_ITEMS < value.length ? ',\n' : '\n';
            }
            yield '  ]';
        }
        else {
            yield JSON.stringify(value, null, 2).replaceAll('\n', '\n  ');
        }
        yield i < entries.length - 1 ? ',\n' : '\n';
    }
    yield '}\n';
}
/** What JSON.stringify keeps as an object member. */
function isWritten(value) {
    return (value !== undefined &&
        typeof value !== 'function' &&
        typeof value !== 'symbol');
}
/** An RFC 9562 UUID (version 8, custom) made from the SHA-256 of the text. */
function uuidFromContent(text) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    if (typeof text === 'string')
        hash.update(text);
    else
        for (const chunk of text)
            hash.update(chunk);
    const bytes = hash.digest().subarray(0, 16);
    bytes[6] = (bytes[6] & 0x0f) | 0x80;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return [
        hex.slice(0, 8),
        hex.slice(8, 12),
        hex.slice(12, 16),
        hex.slice(16, 20),
        hex.slice(20)
    ].join('-');
}
/**
 * Fills a top-level string field (serial number, namespace) from the text
 * the document has with the field's placeholder value: the same document
 * always gets the same identifier.
 */
function withContentId(document, key, derive) {
    if (typeof document[key] !== 'string') {
        throw new errors/* InternalError */.Gd('SBOM_CONTENT_ID', `the document has no top-level "${key}" placeholder to fill`);
    }
    const value = derive(uuidFromContent(toSbomChunks(document)));
    Object.assign(document, { [key]: value });
    return { document, chunks: () => toSbomChunks(document) };
}

// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/spdx.js
var spdx = __webpack_require__(61290);
// EXTERNAL MODULE: ./node_modules/spdx-expression-parse/index.js
var spdx_expression_parse = __webpack_require__(93326);
var spdx_expression_parse_default = /*#__PURE__*/__webpack_require__.n(spdx_expression_parse);
;// CONCATENATED MODULE: ./src/lib/sbom/licenses.ts
/**
 * License strings as sources carry them -> what each format can say:
 * a known SPDX id, a valid SPDX expression, or only a name. CycloneDX writes
 * `license.id` / `expression` / `license.name`; SPDX writes an expression in
 * licenseDeclared, with names as LicenseRef-* extracted licensing infos.
 */




const cache = new Map();
function classifyLicense(text) {
    const known = cache.get(text);
    if (known)
        return known;
    const choice = classify(text.trim());
    cache.set(text, choice);
    return choice;
}
function classify(text) {
    const id = (0,spdx.fixupSpdxId)(text);
    if (id !== undefined)
        return { kind: 'id', id };
    // References to licenses defined elsewhere cannot be resolved here: a name.
    if (/\b(LicenseRef|DocumentRef)-/.test(text))
        return { kind: 'name', name: text };
    try {
        const parsed = spdx_expression_parse_default()(text);
        if ('license' in parsed && !parsed.plus && !parsed.exception) {
            const single = (0,spdx.fixupSpdxId)(parsed.license);
            if (single !== undefined)
                return { kind: 'id', id: single };
        }
        return { kind: 'expression', expression: text };
    }
    catch {
        return { kind: 'name', name: text };
    }
}
/** Distinct non-empty license strings in code-point order. */
function distinctLicenses(licenses) {
    return [
        ...new Set(licenses.map((l) => l.trim()).filter((l) => l !== ''))
    ].sort(sbom_document/* compareText */.n6);
}
/** The LicenseRef-* ids of one SPDX document: one per distinct name, never shared. */
class LicenseRefs {
    #byName = new Map();
    #ids = new Set();
    idFor(name) {
        const known = this.#byName.get(name);
        if (known)
            return known.licenseId;
        let licenseId = toLicenseRef(name);
        if (this.#ids.has(licenseId)) {
            const digest = (0,external_node_crypto_.createHash)('sha256').update(name).digest('hex');
            licenseId = `${licenseId}-${digest.slice(0, 12)}`;
        }
        this.#ids.add(licenseId);
        this.#byName.set(name, { licenseId, name, extractedText: name });
        return licenseId;
    }
    /** hasExtractedLicensingInfos, sorted by id. */
    list() {
        return [...this.#byName.values()].sort((a, b) => (0,sbom_document/* compareText */.n6)(a.licenseId, b.licenseId));
    }
}
/** The LicenseRef-* id an SPDX document uses for a license known only by name. */
function toLicenseRef(name) {
    if (/^LicenseRef-[A-Za-z0-9.-]+$/.test(name))
        return name;
    const idstring = name
        .replace(/[^A-Za-z0-9.]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 64);
    return `LicenseRef-${idstring || 'unnamed'}`;
}
/**
 * One SPDX licenseDeclared value for a component's licenses ('NOASSERTION'
 * when there are none); names become LicenseRef-* ids.
 */
function toSpdxLicenseExpression(licenses, refs) {
    const parts = [
        ...new Set(distinctLicenses(licenses).map((text) => {
            const choice = classifyLicense(text);
            if (choice.kind === 'id')
                return choice.id;
            if (choice.kind === 'expression')
                return choice.expression;
            return refs.idFor(choice.name);
        }))
    ];
    if (parts.length === 0)
        return 'NOASSERTION';
    if (parts.length === 1)
        return parts[0];
    return parts.map((p) => (/\s/.test(p) ? `(${p})` : p)).join(' AND ');
}

;// CONCATENATED MODULE: ./src/lib/sbom/cyclonedx-models.ts
/**
 * Graph facts -> @cyclonedx/cyclonedx-library models: components, their
 * origins (external references and properties), hashes, licenses. Lists are
 * built in code-point order (see cyclonedx.ts).
 */




const SCOPES = {
    required: enums.ComponentScope.Required,
    optional: enums.ComponentScope.Optional,
    dev: enums.ComponentScope.Excluded
};
const ROOT_TYPES = {
    application: enums.ComponentType.Application,
    library: enums.ComponentType.Library,
    file: enums.ComponentType.File,
    container: enums.ComponentType.Container
};
function toRootModel(root) {
    const { name, group } = nameParts(root.ecosystem, root.name);
    const model = new dist_node_models.Component(ROOT_TYPES[root.type], name, {
        bomRef: root.ref,
        group,
        version: root.version || undefined,
        purl: root.purl || undefined,
        hashes: toHashes(root.hashes),
        licenses: toLicenses(root.licenses),
        properties: toProperties((0,sbom_document/* sortedBy */.VW)(Object.entries(root.properties ?? {}), ([k]) => k))
    });
    return model;
}
function toComponentModel(c) {
    const { references, properties } = describeOrigin(c.origin);
    const { name, group } = nameParts(c.ecosystem, c.name);
    return new dist_node_models.Component(enums.ComponentType.Library, name, {
        bomRef: c.ref,
        group,
        version: c.version || undefined,
        purl: c.purl || undefined,
        scope: SCOPES[c.scope],
        hashes: toHashes(c.hashes),
        licenses: toLicenses(c.licenses),
        externalReferences: new dist_node_models.ExternalReferenceRepository(references),
        properties: toProperties((0,sbom_document/* sortedBy */.VW)([...Object.entries(c.properties), ...properties, ...kindProperty(c)], ([k, v]) => `${k}\0${v}`))
    });
}
/** npm scopes are the CycloneDX group (as @cyclonedx/cyclonedx-npm writes them). */
function nameParts(ecosystem, name) {
    const match = ecosystem === 'npm' ? /^(@[^/]+)\/(.+)$/.exec(name) : null;
    return match
        ? { group: match[1], name: match[2] }
        : { name, group: undefined };
}
function describeOrigin(origin) {
    switch (origin.kind) {
        case 'registry':
            return {
                references: origin.url
                    ? [
                        new dist_node_models.ExternalReference(origin.url, enums.ExternalReferenceType.Distribution)
                    ]
                    : [],
                properties: []
            };
        case 'git': {
            const url = origin.commit && !origin.url.includes('#')
                ? `${origin.url}#${origin.commit}`
                : origin.url;
            return {
                references: [
                    new dist_node_models.ExternalReference(url, enums.ExternalReferenceType.VCS)
                ],
                properties: [['provenant:origin', 'git']]
            };
        }
        case 'url':
            return {
                references: [
                    new dist_node_models.ExternalReference(origin.url, enums.ExternalReferenceType.Distribution)
                ],
                properties: [['provenant:origin', 'url']]
            };
        case 'file':
        case 'workspace':
            return {
                references: [],
                properties: [
                    ['provenant:origin', origin.kind],
                    ['provenant:path', origin.path]
                ]
            };
        case 'alias':
            return {
                references: [],
                properties: [
                    ['provenant:origin', 'alias'],
                    ['provenant:alias', origin.alias]
                ]
            };
    }
}
function toHashes(hashes) {
    const dictionary = new dist_node_models.HashDictionary();
    for (const h of (0,sbom_document/* cleanHashes */.Qc)(hashes)) {
        const algorithm = enums.HashAlgorithm[h.algorithm];
        if (!dictionary.has(algorithm))
            dictionary.set(algorithm, h.value);
    }
    return dictionary;
}
/**
 * CycloneDX holds either license ids/names or one expression. With several
 * licenses, expressions are written as names (never joined with an invented
 * AND or OR).
 */
function toLicenses(licenses) {
    const texts = distinctLicenses(licenses);
    const repository = new dist_node_models.LicenseRepository();
    const seen = new Set();
    for (const text of texts) {
        const choice = classifyLicense(text);
        const id = choice.kind === 'id' ? choice.id : undefined;
        if (seen.has(id ?? text))
            continue;
        seen.add(id ?? text);
        if (id !== undefined)
            repository.add(new dist_node_models.SpdxLicense(id));
        else if (choice.kind === 'expression' && texts.length === 1)
            repository.add(new dist_node_models.LicenseExpression(text));
        else
            repository.add(new dist_node_models.NamedLicense(text));
    }
    return repository;
}
function toProperties(entries) {
    return new dist_node_models.PropertyRepository([...entries].map(([name, value]) => new dist_node_models.Property(name, value)));
}
/** Every component that is not a plain language package says what it is. */
function kindProperty(c) {
    return c.kind && c.kind !== 'language' ? [['provenant:kind', c.kind]] : [];
}

;// CONCATENATED MODULE: ./src/lib/sbom/cyclonedx.ts
/**
 * DependencyGraph -> CycloneDX 1.6 JSON, built with @cyclonedx/cyclonedx-library
 * models and its JSON normalizer. Lists are inserted in code-point order and
 * normalised unsorted (the library sorts with localeCompare, which depends on
 * the machine's locale); the serial number is a UUID of the content.
 */


// By file: the `Serialize` entry would load the XML serializer too (see src/types).





/** The CycloneDX 1.6 JSON text (2-space indented, trailing newline). */
function buildCycloneDx(graph, options) {
    return toSbomText(buildCycloneDxSbom(graph, options).document);
}
/** The CycloneDX 1.6 document as JSON data (what is validated) and its text. */
function buildCycloneDxSbom(graph, options) {
    const prepared = (0,sbom_document/* prepareGraph */.SU)(graph);
    const root = toRootModel(graph.root);
    const models = new Map([[graph.root.ref, root]]);
    const bom = new dist_node_models.Bom({
        metadata: new dist_node_models.Metadata({
            timestamp: options.timestamp,
            tools: new dist_node_models.Tools({
                components: new dist_node_models.ComponentRepository([
                    new dist_node_models.Component(enums.ComponentType.Application, sbom_document/* TOOL_NAME */.lH, {
                        version: options.toolVersion
                    })
                ])
            }),
            component: root,
            properties: toProperties((0,sbom_document/* environmentProperties */.Nv)(options.environment))
        })
    });
    for (const component of prepared.components) {
        models.set(component.ref, toComponentModel(component));
    }
    // Vendored code is nested in the component that carries it.
    for (const component of prepared.components) {
        const parent = component.containedBy === undefined
            ? undefined
            : models.get(component.containedBy);
        const model = models.get(component.ref);
        if (parent && parent !== model)
            parent.components.add(model);
        else
            bom.components.add(model);
    }
    for (const [ref, targets] of prepared.edges) {
        const from = models.get(ref);
        for (const to of targets)
            from.dependencies.add(models.get(to).bomRef);
    }
    const factory = new normalize/* Factory */.$7(spec.Spec1dot6);
    const doc = factory.makeForBom().normalize(bom, { sortLists: false });
    restoreAllHashes(doc, graph);
    // A placeholder where the serial number goes (right after "version").
    doc.serialNumber = '';
    return withContentId(doc, 'serialNumber', (uuid) => `urn:uuid:${uuid}`);
}
/**
 * The library keeps one hash per algorithm; a Python pin carries one sha256
 * per distribution file. Every hash is written, in code-point order.
 */
function restoreAllHashes(doc, graph) {
    const all = new Map(graph.components.map((c) => [c.ref, c.hashes]));
    const visit = (components) => {
        for (const component of components ?? []) {
            const hashes = (0,sbom_document/* cleanHashes */.Qc)(all.get(component['bom-ref'] ?? '') ?? []);
            if (hashes.length > (component.hashes?.length ?? 0)) {
                component.hashes = hashes.map((h) => ({
                    alg: enums.HashAlgorithm[h.algorithm],
                    content: h.value
                }));
            }
            visit(component.components);
        }
    };
    visit(doc.components);
    visit(doc.metadata?.component?.components);
}

;// CONCATENATED MODULE: ./src/lib/sbom/spdx.ts
/**
 * DependencyGraph -> SPDX 2.3 JSON with the content the CycloneDX document
 * has: packages (checksums, declared licenses, purls), DESCRIBES from the
 * document to the root, DEPENDS_ON between packages, DEV_DEPENDENCY_OF where
 * an edge enters the development-only part of the graph. Ids and the document
 * namespace are derived from content, never random.
 */




const DOCUMENT_ID = 'SPDXRef-DOCUMENT';
const NAMESPACE_BASE = 'https://spdx.org/spdxdocs';
const CHECKSUM_ALGORITHMS = {
    MD5: 'MD5',
    'SHA-1': 'SHA1',
    'SHA-256': 'SHA256',
    'SHA-384': 'SHA384',
    'SHA-512': 'SHA512'
};
const PURPOSES = {
    application: 'APPLICATION',
    library: 'LIBRARY',
    file: 'FILE',
    container: 'CONTAINER'
};
/** The SPDXID of a graph ref: readable, and unique through a digest of the ref. */
function toSpdxId(ref) {
    const readable = ref
        .replace(/[^A-Za-z0-9.]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 80);
    const digest = (0,external_node_crypto_.createHash)('sha256').update(ref).digest('hex').slice(0, 10);
    return `SPDXRef-Package-${readable}-${digest}`;
}
/** The SPDX 2.3 JSON text (2-space indented, trailing newline). */
function buildSpdx(graph, options) {
    return toSbomText(buildSpdxSbom(graph, options).document);
}
/** The SPDX 2.3 document as JSON data (what is validated) and its text. */
function buildSpdxSbom(graph, options) {
    const prepared = (0,sbom_document/* prepareGraph */.SU)(graph);
    const { root } = graph;
    const refs = new LicenseRefs();
    const ids = new Map([[root.ref, toSpdxId(root.ref)]]);
    for (const c of prepared.components)
        ids.set(c.ref, toSpdxId(c.ref));
    const packages = [
        toPackage(root, ids.get(root.ref), PURPOSES[root.type], 'NOASSERTION', refs),
        ...prepared.components.map((c) => toPackage(c, ids.get(c.ref), 'LIBRARY', toDownloadLocation(c.origin), refs))
    ];
    const relationships = toRelationships(prepared, ids, ids.get(root.ref));
    const extracted = refs.list();
    const name = root.version ? `${root.name}@${root.version}` : root.name;
    const doc = {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: DOCUMENT_ID,
        name,
        documentNamespace: '',
        creationInfo: {
            created: options.timestamp.toISOString().replace(/\.\d{3}Z$/, 'Z'),
            creators: [`Tool: ${sbom_document/* TOOL_NAME */.lH}-${options.toolVersion}`],
            comment: environmentComment(options)
        },
        packages,
        relationships,
        hasExtractedLicensingInfos: extracted.length > 0 ? extracted : undefined
    };
    const slug = name.replace(/[^A-Za-z0-9.@-]+/g, '-');
    return withContentId(doc, 'documentNamespace', (uuid) => `${NAMESPACE_BASE}/${sbom_document/* TOOL_NAME */.lH}/${slug}-${uuid}`);
}
/**
 * The document DESCRIBES the root; each edge DEPENDS_ON, or, where it
 * enters the dev part of the graph, DEV_DEPENDENCY_OF the other way; a
 * component CONTAINS what was found inside it.
 */
function toRelationships(prepared, ids, rootId) {
    const relationships = [
        {
            spdxElementId: DOCUMENT_ID,
            relationshipType: 'DESCRIBES',
            relatedSpdxElement: rootId
        }
    ];
    for (const [from, targets] of prepared.edges) {
        const fromDev = prepared.byRef.get(from)?.scope === 'dev';
        for (const to of targets) {
            const entersDev = !fromDev && prepared.byRef.get(to)?.scope === 'dev';
            relationships.push(entersDev
                ? {
                    spdxElementId: ids.get(to),
                    relationshipType: 'DEV_DEPENDENCY_OF',
                    relatedSpdxElement: ids.get(from)
                }
                : {
                    spdxElementId: ids.get(from),
                    relationshipType: 'DEPENDS_ON',
                    relatedSpdxElement: ids.get(to)
                });
        }
    }
    for (const c of prepared.components) {
        const parent = c.containedBy === undefined ? undefined : ids.get(c.containedBy);
        if (parent === undefined || c.containedBy === c.ref)
            continue;
        relationships.push({
            spdxElementId: parent,
            relationshipType: 'CONTAINS',
            relatedSpdxElement: ids.get(c.ref)
        });
    }
    return relationships;
}
function toPackage(c, spdxId, purpose, downloadLocation, refs) {
    const checksums = (0,sbom_document/* cleanHashes */.Qc)(c.hashes).map((h) => ({
        algorithm: CHECKSUM_ALGORITHMS[h.algorithm],
        checksumValue: h.value
    }));
    return {
        SPDXID: spdxId,
        name: c.name,
        versionInfo: c.version || undefined,
        downloadLocation,
        filesAnalyzed: false,
        checksums: checksums.length > 0 ? checksums : undefined,
        licenseConcluded: 'NOASSERTION',
        licenseDeclared: toSpdxLicenseExpression(c.licenses, refs),
        copyrightText: 'NOASSERTION',
        externalRefs: c.purl
            ? [
                {
                    referenceCategory: 'PACKAGE-MANAGER',
                    referenceType: 'purl',
                    referenceLocator: c.purl
                }
            ]
            : undefined,
        primaryPackagePurpose: purpose
    };
}
/** A download location only where the source says where the bytes come from. */
function toDownloadLocation(origin) {
    switch (origin.kind) {
        case 'registry':
            return origin.url || 'NOASSERTION';
        case 'url':
            return origin.url;
        case 'git': {
            // SPDX writes git locations as git+<url>@<revision>.
            const [base = '', fragment] = origin.url.split('#', 2);
            const url = base.startsWith('git+') ? base : `git+${base}`;
            const revision = origin.commit ?? fragment;
            return revision ? `${url}@${revision}` : url;
        }
        default:
            return 'NOASSERTION';
    }
}
function environmentComment(options) {
    const lines = (0,sbom_document/* environmentProperties */.Nv)(options.environment).map(([k, v]) => `${k}=${v}`);
    return lines.length > 0
        ? `Build environment:\n${lines.join('\n')}`
        : undefined;
}

// EXTERNAL MODULE: ./src/lib/sbom/lockfiles.ts
var lockfiles = __webpack_require__(98315);
// EXTERNAL MODULE: ./src/io/sbom/source-graph.ts + 4 modules
var source_graph = __webpack_require__(79014);
// EXTERNAL MODULE: ./src/io/sbom/targets.ts
var sbom_targets = __webpack_require__(31590);
// EXTERNAL MODULE: ./src/io/sbom/validate.ts
var validate = __webpack_require__(34196);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/io/sbom/write-files.ts
/**
 * All-or-nothing writes: each file is written to a hidden temporary name
 * beside its target as soon as it is ready (so its text need not stay in
 * memory: src/io/fs/atomic-write.ts takes every content at once); only when
 * every file is staged are they renamed into place. On any failure the
 * temporary files and the folders created here are removed and the files
 * that were there before are put back.
 */



/** Pieces are gathered into blocks of this many characters per write. */
const WRITE_BLOCK_CHARS = 256 * 1024;
class StagedFiles {
    #staged = [];
    #createdDirs = [];
    /** Writes the text (or its pieces, gathered into blocks) under a temporary name. */
    async add(file, text) {
        const dir = external_node_path_default().dirname(file);
        const created = await (0,promises_.mkdir)(dir, { recursive: true });
        // mkdir gives the first folder it made; every one from there down is new.
        for (let d = dir; created !== undefined; d = external_node_path_default().dirname(d)) {
            this.#createdDirs.push(d);
            if (d === created || d === external_node_path_default().dirname(d))
                break;
        }
        const temp = external_node_path_default().join(dir, `.${external_node_path_default().basename(file)}.${process.pid}-${this.#staged.length}.tmp`);
        this.#staged.push({ target: file, temp });
        const handle = await (0,promises_.open)(temp, 'wx');
        try {
            let block = '';
            for (const piece of typeof text === 'string' ? [text] : text) {
                block += piece;
                if (block.length >= WRITE_BLOCK_CHARS) {
                    await handle.write(block);
                    block = '';
                }
            }
            if (block !== '')
                await handle.write(block);
        }
        finally {
            await handle.close();
        }
    }
    /** Renames every staged file into place; on failure nothing changes. */
    async commit() {
        const done = [];
        try {
            const folder = this.#staged.find((e) => (0,external_node_fs_.statSync)(e.target, { throwIfNoEntry: false })?.isDirectory());
            if (folder) {
                throw Object.assign(new Error(`${folder.target} is a directory`), {
                    code: 'EISDIR'
                });
            }
            for (const entry of this.#staged) {
                if ((0,external_node_fs_.existsSync)(entry.target)) {
                    entry.backup = `${entry.temp}.old`;
                    await (0,promises_.rename)(entry.target, entry.backup);
                }
                await (0,promises_.rename)(entry.temp, entry.target);
                done.push(entry);
            }
        }
        catch (error) {
            for (const entry of done.reverse())
                await (0,promises_.rm)(entry.target, { force: true });
            await this.discard();
            throw error;
        }
        for (const { backup } of this.#staged) {
            if (backup)
                await (0,promises_.rm)(backup, { force: true });
        }
    }
    /** Removes what was staged and puts back what was replaced. */
    async discard() {
        for (const entry of this.#staged) {
            await (0,promises_.rm)(entry.temp, { force: true });
            if (entry.backup && !(0,external_node_fs_.existsSync)(entry.target)) {
                await (0,promises_.rename)(entry.backup, entry.target).catch(() => undefined);
            }
        }
        // Deepest first; a folder that holds anything else stays.
        const dirs = [...this.#createdDirs].sort((a, b) => b.length - a.length);
        for (const dir of dirs)
            await (0,promises_.rmdir)(dir).catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./src/io/sbom/generate.ts
/**
 * The sbom core, shared by the action and the CLI: paths -> graphs (source
 * trees and artifacts) -> CycloneDX and SPDX documents -> validated -> written
 * all together, or nothing written at all.
 */










const BUILDERS = {
    cyclonedx: buildCycloneDxSbom,
    spdx: buildSpdxSbom
};
async function generateSboms(request, options) {
    const { targets, outputDir, workspace } = await (0,sbom_targets/* resolveSbomPaths */.e)(request.fence, request.paths, request.outputDir);
    const read = [];
    const problems = [];
    for (const [i, target] of targets.entries()) {
        request.onProgress?.(i + 1, targets.length, target.display);
        try {
            read.push(await readTarget(target, request.installed));
        }
        catch (error) {
            (0,inputs/* collectInputError */.Vb)(problems, error);
        }
    }
    (0,inputs/* throwCollected */.ml)(problems);
    const labels = chooseLabels(read.map((r) => ({
        kind: r.kind,
        file: r.target.absolute,
        ...(r.name ? { name: r.name } : {})
    })), request.label);
    // Built, validated and staged one by one: a document is garbage once staged.
    const staged = new StagedFiles();
    const files = [];
    const sboms = [];
    try {
        for (const [i, { target, kind, graph }] of read.entries()) {
            const label = labels[i];
            const written = {};
            for (const format of request.formats) {
                const file = external_node_path_default().join(outputDir ?? (0,sbom_targets/* besideTarget */.I)(target, workspace), `sbom-${label}.${format}.json`);
                const built = BUILDERS[format](graph, options);
                (0,validate/* assertValidSbom */.W)(format, built.document, external_node_path_default().basename(file));
                await staged.add(file, built.chunks());
                written[format] = file;
                files.push(file);
            }
            sboms.push({
                subject: target.display,
                kind,
                label,
                graph,
                files: written
            });
        }
    }
    catch (error) {
        await staged.discard();
        throw error instanceof errors/* ProvenantError */.Y$ ? error : writeFailed(error);
    }
    await staged.commit().catch((error) => {
        throw writeFailed(error);
    });
    return { sboms, files };
}
async function readTarget(target, installed) {
    if (target.kind === 'tree') {
        const graph = await (0,source_graph/* buildSourceGraph */.u)(target.absolute, target.display, {
            installed
        });
        return { target, kind: 'source', graph };
    }
    if ((0,lockfiles/* lockfileKind */.W)(target.absolute) !== undefined) {
        const graph = await (0,source_graph/* buildLockfileGraph */.c)(target.absolute, target.display);
        return { target, kind: 'source', graph };
    }
    const image = await openImageTarget(target);
    if (image) {
        const { buildImageSbomGraph } = await Promise.all(/* import() */[__webpack_require__.e(1306), __webpack_require__.e(6010), __webpack_require__.e(7584)]).then(__webpack_require__.bind(__webpack_require__, 7584));
        return {
            target,
            kind: 'image',
            graph: await buildImageSbomGraph(image),
            name: image.repository.slice(image.repository.lastIndexOf('/') + 1)
        };
    }
    const { readArtifact } = await Promise.all(/* import() */[__webpack_require__.e(1306), __webpack_require__.e(6010), __webpack_require__.e(1963)]).then(__webpack_require__.bind(__webpack_require__, 91963));
    const { kind, graph } = await readArtifact(target.absolute, target.display);
    return { target, kind, graph };
}
/**
 * The image a target names: an oci:// reference, or a .tar that holds an
 * image archive; undefined for anything else. The image readers (archives,
 * registries, HTTP) load only here: a tree's SBOM starts faster without them.
 */
async function openImageTarget(target) {
    const isImage = target.kind === 'image';
    if (!isImage && !/\.tar$/i.test(target.absolute))
        return undefined;
    const images = await Promise.all(/* import() */[__webpack_require__.e(1306), __webpack_require__.e(2174), __webpack_require__.e(8483)]).then(__webpack_require__.bind(__webpack_require__, 48483));
    return isImage
        ? images.openImage(target.absolute, target.display)
        : images.readImageArchiveIfAny(target.absolute, target.display);
}
function writeFailed(error) {
    return new errors/* ProvenantError */.Y$('SBOM_WRITE_FAILED', `could not write the SBOM files (nothing was kept): ${error.message}`, { cause: error });
}
/**
 * `source` for a tree, the kind for a package artifact, the file name for
 * any other file; where two SBOMs would share a label, each takes its
 * kind and file or folder name.
 */
/** Kinds labelled by their file name: sbom-<binary name>. */
const NAMED_BY_FILE = new Set([
    'file',
    'go-binary',
    'rust-binary'
]);
function chooseLabels(subjects, override) {
    if (override !== undefined)
        return subjects.map(() => override);
    const slug = (text) => text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+/, '') || 'unnamed';
    const first = subjects.map((s) => NAMED_BY_FILE.has(s.kind)
        ? slug(external_node_path_default().basename(s.file))
        : s.kind === 'image'
            ? `image-${slug(s.name ?? external_node_path_default().basename(s.file))}`
            : s.kind);
    const second = subjects.map((s, i) => count(first, first[i]) > 1 && !NAMED_BY_FILE.has(s.kind)
        ? `${s.kind}-${slug(external_node_path_default().basename(s.file))}`
        : first[i]);
    const clashes = [...new Set(second.filter((l) => count(second, l) > 1))];
    if (clashes.length > 0) {
        throw new errors/* InputError */.dz('SBOM_LABEL_CLASH', `input "path" gives two SBOMs the label ${clashes.join(', ')}: list each path once, or run once per path with "name"`);
    }
    return second;
}
function count(list, value) {
    return list.filter((v) => v === value).length;
}

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
var external_node_v8_default = /*#__PURE__*/__webpack_require__.n(external_node_v8_);
;// CONCATENATED MODULE: ./src/io/sbom/heap.ts
/**
 * The young generation of V8's heap grows from 2 MB to 32 MB (two 16 MB
 * semi-spaces) as soon as a process keeps most of what it allocates, which
 * an SBOM run does: the graph, then each document until it is written.
 * Keeping it at its first size costs no measurable time on a 2,500-package
 * lockfile and lowers peak memory by about 30 MB (bench/sbom.mjs). The flag
 * is read at each resize, so setting it at run time, before the work, is
 * enough; it only ever affects the process that runs the sbom command.
 */

function keepYoungGenerationSmall() {
    external_node_v8_default().setFlagsFromString('--semi-space-growth-factor=1');
}

// EXTERNAL MODULE: ./src/lib/inputs/shared.ts
var shared = __webpack_require__(54476);
;// CONCATENATED MODULE: ./src/lib/sbom/inputs.ts
/**
 * The sbom action's inputs: one table for actions/sbom/action.yml and the
 * `provenant sbom` flags, and the parser both go through. Every problem is
 * collected and reported at once.
 */




const SBOM_INPUTS = (0,inputs/* defineInputs */.pf)({
    path: {
        kind: 'list',
        default: '.',
        description: 'What to describe, paths or globs, newline or space separated, resolved inside the workspace: a directory is a source tree (its lockfiles, or its installed packages when it has none), a lockfile is that lockfile (with its manifest beside it), an OCI image layout folder or a docker-archive tar is a container image, any other file is a built artifact (wheel, sdist, npm .tgz, Go or Rust binary, or any file); oci://registry/repo:tag (or @sha256:...) is an image pulled from a registry.'
    },
    format: {
        kind: 'list',
        default: 'cyclonedx,spdx',
        description: 'SBOM formats to write, separated by commas or spaces: cyclonedx (CycloneDX 1.6 JSON), spdx (SPDX 2.3 JSON).'
    },
    'output-dir': shared/* OUTPUT_DIR_INPUT */.n6,
    name: {
        kind: 'string',
        description: 'Label in the file names (sbom-<label>.cyclonedx.json) instead of source (a directory), the artifact kind (wheel, sdist, npm), image-<repository> (an image), or the file name (a binary or any other file); only with a single path.'
    },
    installed: {
        kind: 'boolean',
        default: 'false',
        description: 'Also describe the packages installed in a source tree (node_modules, Python dist-info and egg-info, Go and Cargo vendor folders) beside its lockfiles; a tree without a lockfile is always described by them.'
    }
});
const LABEL_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
function parseSbomInputs(source) {
    const problems = [];
    const raw = (name) => {
        try {
            return (0,inputs/* readRaw */.hc)(SBOM_INPUTS, source, name);
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.dz))
                throw error;
            problems.push(error);
            return undefined;
        }
    };
    const paths = (0,inputs/* parseList */.E1)(raw('path'));
    if (paths.length === 0) {
        problems.push(new errors/* InputError */.dz('SBOM_NO_PATH', 'input "path" names nothing: give a directory or an artifact file'));
    }
    const formats = [];
    for (const value of (0,inputs/* parseList */.E1)(raw('format')?.replaceAll(',', ' '))) {
        const format = value.toLowerCase();
        if (!sbom_document/* SBOM_FORMATS */.zu.includes(format)) {
            problems.push(new errors/* InputError */.dz('SBOM_FORMAT_UNKNOWN', `input "format" has "${value}": use cyclonedx, spdx, or both (cyclonedx,spdx)`));
        }
        else if (!formats.includes(format))
            formats.push(format);
    }
    if (formats.length === 0 &&
        problems.every((p) => p.code !== 'SBOM_FORMAT_UNKNOWN')) {
        problems.push(new errors/* InputError */.dz('SBOM_NO_FORMAT', 'input "format" names no format: use cyclonedx, spdx, or both'));
    }
    let installed = false;
    try {
        installed = (0,inputs/* parseBoolean */.yG)('installed', raw('installed'));
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        problems.push(error);
    }
    const label = raw('name');
    if (label !== undefined && !LABEL_PATTERN.test(label)) {
        problems.push(new errors/* InputError */.dz('SBOM_NAME_INVALID', `input "name" must be letters, digits, ".", "_" or "-" (starting with a letter or digit, at most 100), not "${label}"`));
    }
    if (label !== undefined && paths.length > 1) {
        problems.push(new errors/* InputError */.dz('SBOM_NAME_WITH_PATHS', `input "name" labels one SBOM, but "path" names ${paths.length}: drop "name" or give one path`));
    }
    if (problems.length > 0)
        throw new errors/* InputErrors */.G(problems);
    return {
        paths,
        formats: sbom_document/* SBOM_FORMATS */.zu.filter((f) => formats.includes(f)),
        outputDir: raw('output-dir'),
        label,
        installed
    };
}

;// CONCATENATED MODULE: ./src/lib/sbom/summary.ts
/**
 * The job summary of an sbom run: one row per SBOM (components per
 * ecosystem, dev-only, gaps), then the components that lack a license or a
 * hash, by name. Cells are HTML, escaped here.
 */


const KIND_NAMES = {
    os: 'OS package',
    language: 'language package',
    vendored: 'vendored',
    'binary-module': 'binary module'
};
function countSbom(label, subject, graph) {
    const ecosystems = new Map();
    const kinds = new Map();
    for (const c of graph.components) {
        ecosystems.set(c.ecosystem, (ecosystems.get(c.ecosystem) ?? 0) + 1);
        const kind = KIND_NAMES[c.kind ?? 'language'];
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    const names = (list) => list
        .map((c) => (c.version ? `${c.name}@${c.version}` : c.name))
        .sort(sbom_document/* compareText */.n6);
    return {
        label,
        subject,
        components: graph.components.length,
        devOnly: graph.components.filter((c) => c.scope === 'dev').length,
        ecosystems: [...ecosystems].sort(([a], [b]) => (0,sbom_document/* compareText */.n6)(a, b)),
        kinds: [...kinds].sort(([a], [b]) => (0,sbom_document/* compareText */.n6)(a, b)),
        withoutLicense: names(graph.components.filter((c) => c.licenses.length === 0)),
        withoutHash: names(graph.components.filter((c) => (0,sbom_document/* cleanHashes */.Qc)(c.hashes).length === 0))
    };
}
/** How many names a list in the summary shows before "and N more". */
const MAX_LISTED_NAMES = 50;
function buildSbomSummary(facts, files) {
    const rows = facts.map((f) => [
        `<code>${escapeHtml(f.label)}</code>`,
        `<code>${escapeHtml(f.subject)}</code>`,
        String(f.components),
        f.ecosystems.map(([e, n]) => `${escapeHtml(e)} ${n}`).join(', ') || '—',
        f.kinds.map(([k, n]) => `${escapeHtml(k)} ${n}`).join(', ') || '—',
        String(f.devOnly),
        String(f.withoutLicense.length),
        String(f.withoutHash.length)
    ]);
    const gaps = facts
        .flatMap((f) => [
        listNames(`${f.label}: without a license`, f.withoutLicense),
        listNames(`${f.label}: without a hash`, f.withoutHash)
    ])
        .filter((s) => s !== '')
        .join('\n');
    const written = files
        .map((file) => `<code>${escapeHtml(file)}</code>`)
        .join('<br>');
    return {
        heading: 'SBOMs',
        header: [
            'SBOM',
            'Path',
            'Components',
            'Per ecosystem',
            'Per kind',
            'Dev-only',
            'No license',
            'No hash'
        ],
        rows,
        gaps: `${gaps}\n<p>Written: ${written}</p>`
    };
}
function listNames(title, names) {
    if (names.length === 0)
        return '';
    const shown = names
        .slice(0, MAX_LISTED_NAMES)
        .map((n) => `<code>${escapeHtml(n)}</code>`);
    const more = names.length > MAX_LISTED_NAMES
        ? ` and ${names.length - MAX_LISTED_NAMES} more`
        : '';
    return `<details><summary>${escapeHtml(title)} (${names.length})</summary>${shown.join(', ')}${more}</details>`;
}

// EXTERNAL MODULE: ./src/cli/progress.ts
var cli_progress = __webpack_require__(9851);
// EXTERNAL MODULE: ./src/cli/input-flags.ts
var input_flags = __webpack_require__(40440);
;// CONCATENATED MODULE: ./src/cli/commands/sbom.ts
/**
 * `provenant sbom <path>...`: the sbom action's core from the command line.
 * Every action input is a flag of the same name (the paths may also be
 * given as arguments); `--json` prints what was written.
 */








const USAGE = 'provenant sbom <path|oci://image>... [--format cyclonedx,spdx] [--output-dir DIR] [--name LABEL] [--installed] [--json]';
const SBOM_FLAGS = { ...SBOM_INPUTS, json: input_flags/* JSON_FLAG */.KH };
const sbomCommand = {
    name: 'sbom',
    summary: 'write CycloneDX and SPDX SBOMs of source trees and built artifacts',
    usage: USAGE,
    details: 'Each path (also given as an argument) is a directory (a source tree: its lockfiles, else its installed packages), a lockfile (that lockfile, with its manifest beside it), a container image (an OCI layout folder, a docker-archive tar, or oci://registry/repo:tag), or a built artifact (wheel, sdist, npm .tgz, Go or Rust binary, or any file). Any path may be given; relative ones start at the current directory.',
    flags: SBOM_FLAGS,
    async run(argv, output) {
        const { values, positionals, flags } = (0,input_flags/* parseInputFlags */.zq)(argv, SBOM_FLAGS);
        const inputs = parseSbomInputs((0,input_flags/* withArguments */.$I)(flags, { path: positionals }));
        keepYoungGenerationSmall();
        const progress = (0,cli_progress/* createProgress */.m)();
        const result = await generateSboms({
            ...inputs,
            fence: (0,path_fence/* openFence */._R)(process.cwd()),
            onProgress: progress.report
        }, readSbomDocumentOptions({
            env: process.env,
            now: () => new Date(),
            nodeVersion: process.version
        })).finally(() => progress.end());
        print(output, result, values.json === true);
        return 0;
    }
};
function print(output, result, json) {
    const facts = result.sboms.map((s) => ({
        sbom: s,
        facts: countSbom(s.label, s.subject, s.graph)
    }));
    if (json) {
        output.out(JSON.stringify({
            files: result.files,
            sboms: facts.map(({ sbom, facts: f }) => ({
                label: f.label,
                path: f.subject,
                kind: sbom.kind,
                components: f.components,
                devOnly: f.devOnly,
                ecosystems: Object.fromEntries(f.ecosystems),
                kinds: Object.fromEntries(f.kinds),
                withoutLicense: f.withoutLicense.length,
                withoutHash: f.withoutHash.length,
                files: sbom.files
            }))
        }, null, 2));
        return;
    }
    for (const { facts: f } of facts) {
        const ecosystems = f.ecosystems.map(([e, n]) => `${e} ${n}`).join(', ');
        output.err(`${f.label} (${f.subject}): ${f.components} components${ecosystems ? ` (${ecosystems})` : ''}, ${f.devOnly} dev-only, ${f.withoutLicense.length} without a license, ${f.withoutHash.length} without a hash`);
    }
    for (const file of result.files)
        output.out(file);
}


/***/ }),

/***/ 9851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ createProgress)
/* harmony export */ });
const MIN_INTERVAL_MS = 100;
function createProgress(stream = process.stderr, now = Date.now) {
    if (!stream.isTTY)
        return { report: () => undefined, end: () => undefined };
    let shown = false;
    let last = -Infinity;
    return {
        report(done, total, label) {
            const at = now();
            if (done < total && at - last < MIN_INTERVAL_MS)
                return;
            last = at;
            const width = Math.max(20, (stream.columns || 80) - 1);
            const line = `[${done}/${total}] ${label}`.slice(0, width);
            stream.write(`\r\u001b[K${line}`);
            shown = true;
        },
        end() {
            if (shown)
                stream.write('\r\u001b[K');
            shown = false;
        }
    };
}


/***/ })

};
