export const id = 81;
export const ids = [81];
export const modules = {

/***/ 40440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ JSON_FLAG),
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   jI: () => (/* binding */ LOCAL_FLAG),
/* harmony export */   zq: () => (/* binding */ parseInputFlags)
/* harmony export */ });
/* unused harmony exports toFlagOptions, normaliseBooleanFlags, toInputSource, joinFlagValues */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/* harmony import */ var _lib_inputs_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65680);



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


/***/ }),

/***/ 30979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NB: () => (/* binding */ allows),
/* harmony export */   YU: () => (/* binding */ resolveWritableDir),
/* harmony export */   _R: () => (/* binding */ openFence),
/* harmony export */   n: () => (/* binding */ workspaceFence),
/* harmony export */   tq: () => (/* binding */ outsideWorkspace),
/* harmony export */   u5: () => (/* binding */ realFence)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97268);
/* harmony import */ var _lib_sign_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60805);
/**
 * Where a command may read and write. An Action is fenced inside
 * GITHUB_WORKSPACE: every path it reads or writes, symbolic links resolved,
 * must stay inside (a workflow's inputs are not a licence to touch the
 * runner). The CLI takes any path the user names, resolved against the
 * current directory, as syft, cosign and gh do. This module is the one place
 * that decides: the Actions build `workspaceFence`, the CLI `openFence`.
 */




/** An Action's fence: everything inside `workspace`, symbolic links resolved. */
function workspaceFence(workspace) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace);
    return { base: root, root };
}
/** The CLI's: any path, relative ones against `cwd`. */
function openFence(cwd) {
    return { base: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd), root: undefined };
}
/** The fence with its root's symbolic links resolved (a workspace under /tmp -> /private/tmp). */
async function realFence(fence) {
    const base = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(fence.base).catch(() => fence.base);
    if (fence.root === undefined)
        return { base, root: undefined };
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(fence.root).catch(() => fence.root);
    return { base, root };
}
/** Whether `absolute` may be used: always on the CLI, inside the root in an Action. */
function allows(fence, absolute) {
    return fence.root === undefined || (0,_lib_sign_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(fence.root, absolute);
}
function outsideWorkspace(fence, problem) {
    return new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(problem.code, `input "${problem.input}" has ${problem.given}${problem.detail ?? ''}, which is outside the workspace ${fence.root ?? fence.base}: give a path inside it (an Action reads and writes only inside GITHUB_WORKSPACE)`);
}
/**
 * A folder to write into, which may not exist yet: absolute, with the links
 * of its nearest existing ancestor resolved. In an Action that real path
 * must lie inside the workspace; an existing file there is an error.
 */
async function resolveWritableDir(fence, problem) {
    const real = await realFence(fence);
    const lexical = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(real.base, problem.given);
    if (!allows(real, lexical)) {
        const { input, given, code } = problem;
        throw outsideWorkspace(real, { input, given, code });
    }
    let existing = lexical;
    let rest = '';
    for (;;) {
        const resolved = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(existing).catch(() => undefined);
        if (resolved !== undefined) {
            if (!allows(real, resolved)) {
                throw outsideWorkspace(real, {
                    input: problem.input,
                    given: problem.given,
                    code: problem.code,
                    detail: ` (through a link to ${resolved})`
                });
            }
            if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(resolved)).isDirectory()) {
                throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(problem.fileCode, `input "${problem.input}" has ${problem.given}, but ${resolved} is a file: give a directory`);
            }
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(resolved, rest);
        }
        rest = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(existing), rest);
        existing = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(existing);
    }
}


/***/ }),

/***/ 81580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ readArtifact)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/lib/archive/limits.ts
var limits = __webpack_require__(46228);
// EXTERNAL MODULE: ./src/lib/archive/zip.ts
var zip = __webpack_require__(88701);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/sbom/python-metadata.ts
var python_metadata = __webpack_require__(94645);
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
    if (tarball.lockfile) {
        const { graph } = tarball.lockfile;
        const rename = (ref) => ref === graph.root.ref ? purl : ref;
        return {
            root,
            components: graph.components
                .filter((c) => c.ref !== purl)
                .map((c) => bundledIds(tarball).has(`${c.name}@${c.version}`)
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
// EXTERNAL MODULE: ./src/lib/sbom/read-source.ts + 26 modules
var read_source = __webpack_require__(12118);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/lib/archive/inflate.ts
var inflate = __webpack_require__(79821);
// EXTERNAL MODULE: ./src/lib/archive/tar.ts
var archive_tar = __webpack_require__(86485);
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
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/lib/sbom/sources/hashes.ts
var hashes = __webpack_require__(23106);
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
var esm = __webpack_require__(51306);
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

;// CONCATENATED MODULE: ./src/lib/sbom/binary/sections.ts
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
    return describeBinary(bytes, { fileName, hashes }, display);
}
/** Bytes already in memory (a file of an image layer, an archive member). */
function describeBinary(bytes, file, display) {
    const executable = readExecutable(bytes);
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
        for (const entry of (0,zip/* readZip */.u)(bytes, new limits/* InflationBudget */.yE(display)))
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


/***/ }),

/***/ 60151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NV: () => (/* binding */ isLayoutFolder),
  UY: () => (/* binding */ openImage),
  V5: () => (/* binding */ readImageArchiveIfAny)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/lib/oci/reference.ts
var oci_reference = __webpack_require__(25996);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/oci/image.ts
var oci_image = __webpack_require__(30876);
// EXTERNAL MODULE: ./src/lib/archive/inflate.ts
var inflate = __webpack_require__(79821);
// EXTERNAL MODULE: ./src/lib/archive/limits.ts
var limits = __webpack_require__(46228);
// EXTERNAL MODULE: ./src/lib/archive/tar.ts
var archive_tar = __webpack_require__(86485);
// EXTERNAL MODULE: ./src/lib/sbom/image/layers.ts
var image_layers = __webpack_require__(37309);
;// CONCATENATED MODULE: ./src/io/sbom/image/image-store.ts
/**
 * Where an image's documents and blobs come from (a registry, an OCI image
 * layout folder or archive), and the walk every store shares: the top
 * document, an index resolved to one platform's manifest, the config, then
 * each layer, every byte checked against its digest.
 */



const DEFAULT_PLATFORM = { os: 'linux', architecture: 'amd64' };
const MAX_INDEX_DEPTH = 4;
const utf8 = new TextDecoder();
async function resolveImage(store, platform = DEFAULT_PLATFORM) {
    let { bytes, digest } = await store.top();
    for (let depth = 0;; depth++) {
        const document = (0,oci_image/* parseImageDocument */.O0)(utf8.decode(bytes), store.display);
        if (document.kind === 'manifest') {
            const configDigest = document.config.digest;
            const config = (0,oci_image/* parseImageConfig */.FB)(utf8.decode(await store.blob(configDigest)), `${store.display} (config ${configDigest})`);
            return { digest, manifest: document, config, configDigest };
        }
        if (depth >= MAX_INDEX_DEPTH) {
            throw new errors/* InputError */.dz('OCI_INDEX_TOO_DEEP', `${store.display}: image indexes nest more than ${MAX_INDEX_DEPTH} deep: name a manifest by digest`);
        }
        const chosen = (0,oci_image/* choosePlatform */.xV)(document, platform, store.display);
        digest = chosen.digest;
        bytes = await store.manifest(digest);
    }
}
/** Fails closed when bytes do not hash to the digest that named them. */
function assertDigest(bytes, digest, where) {
    const actual = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
    if (actual !== digest) {
        throw new errors/* InputError */.dz('OCI_DIGEST_MISMATCH', `${where}: ${digest} has the digest ${actual}: the image store is damaged or was altered; pull or build the image again`);
    }
}
async function loadImage(store, platform = DEFAULT_PLATFORM) {
    const resolved = await resolveImage(store, platform);
    return {
        display: store.display,
        repository: store.repository,
        ...(store.tag ? { tag: store.tag } : {}),
        ...(store.repositoryUrl ? { repositoryUrl: store.repositoryUrl } : {}),
        image: {
            ...resolved,
            layer: (i) => store.blob(resolved.manifest.layers[i].digest)
        }
    };
}

;// CONCATENATED MODULE: ./src/io/sbom/image/layout-store.ts
/**
 * An OCI image layout (image-spec image-layout.md): a folder with
 * `oci-layout`, `index.json` and `blobs/<alg>/<hex>`, or the same files
 * held in memory from an archive (`oci-archive`, skopeo's and umoci's).
 */





const REF_NAME = 'org.opencontainers.image.ref.name';
const layout_store_utf8 = new TextDecoder();
function folderReader(dir) {
    return async (relative) => (0,promises_.readFile)(external_node_path_default().join(dir, relative)).catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    });
}
/** `tag` picks the index entry with that ref name; without it, the index must list one image (or is resolved by platform). */
function createLayoutStore(read, display, name, tag) {
    const blob = async (digest) => {
        if (!(0,oci_image/* isDigest */.Bc)(digest))
            throw missing(display, digest);
        const bytes = await read(`blobs/sha256/${digest.slice('sha256:'.length)}`);
        if (bytes === undefined)
            throw missing(display, digest);
        assertDigest(bytes, digest, display);
        return bytes;
    };
    return {
        display,
        repository: name,
        ...(tag ? { tag } : {}),
        blob,
        manifest: blob,
        async top() {
            const index = await read('index.json');
            if (index === undefined) {
                throw new errors/* InputError */.dz('OCI_LAYOUT_INVALID', `${display}: no index.json: not an OCI image layout; give the folder umoci or skopeo (oci:) wrote`);
            }
            const document = (0,oci_image/* parseImageDocument */.O0)(layout_store_utf8.decode(index), `${display}/index.json`);
            if (document.kind === 'manifest') {
                throw new errors/* InputError */.dz('OCI_LAYOUT_INVALID', `${display}/index.json is a manifest, not an index`);
            }
            const named = tag
                ? document.manifests.filter((m) => m.annotations?.[REF_NAME] === tag)
                : document.manifests;
            if (tag && named.length === 0) {
                const names = document.manifests
                    .map((m) => m.annotations?.[REF_NAME])
                    .filter(Boolean);
                throw new errors/* InputError */.dz('OCI_LAYOUT_TAG_NOT_FOUND', `${display}: the layout has no image tagged ${tag} (it has ${names.join(', ') || 'no tags'})`);
            }
            if (named.length === 1) {
                return { digest: named[0].digest, bytes: await blob(named[0].digest) };
            }
            // Several images: resolved by platform, as an index of its own.
            return { digest: `sha256:${'0'.repeat(64)}`, bytes: index };
        }
    };
}
function missing(display, digest) {
    return new errors/* InputError */.dz('OCI_BLOB_MISSING', `${display}: the blob ${digest} is not in the layout: copy the image again (skopeo copy, umoci)`);
}

;// CONCATENATED MODULE: ./src/io/sbom/image/archive-store.ts
/**
 * An image saved as a tar file: `docker save` / skopeo `docker-archive:`
 * (manifest.json, the config and each layer by path) or skopeo
 * `oci-archive:` (an OCI image layout in a tar). The archive is read once
 * with the project's tar reader, its members held in memory.
 */










/** Largest member of an image archive (a layer) held in memory. */
const MAX_ARCHIVE_MEMBER_BYTES = 4 * 1024 * 1024 * 1024 - 1;
async function readArchiveMembers(file, display) {
    const members = new Map();
    const budget = new limits/* InflationBudget */.yE(display, image_layers/* IMAGE_LAYER_LIMITS */.JU);
    const tar = new archive_tar/* TarReader */.RF({
        budget,
        want: (entry) => entry.type === 'file',
        maxKeptBytes: MAX_ARCHIVE_MEMBER_BYTES,
        onEntry: (entry, data) => {
            if (data)
                members.set(entry.path.replace(/^\.?\//, ''), data);
        }
    });
    let gunzip;
    let first = true;
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(file, {
            highWaterMark: 1 << 20
        })) {
            if (first && chunk[0] === 0x1f && chunk[1] === 0x8b)
                gunzip = new inflate/* BoundedInflater */.Zg('gzip', budget, (data) => tar.push(data));
            first = false;
            if (gunzip)
                gunzip.push(chunk);
            else
                tar.push(chunk);
        }
        gunzip?.push(new Uint8Array(0), true);
        tar.end();
    }
    catch (error) {
        throw new errors/* InputError */.dz('OCI_ARCHIVE_UNREADABLE', `${display}: not a readable image archive (${error.message}); give the tar that docker save or skopeo copy wrote`, { cause: error });
    }
    return members;
}
function isImageArchive(members) {
    return (members.has('manifest.json') ||
        (members.has('oci-layout') && members.has('index.json')));
}
const archive_store_utf8 = new TextDecoder();
/** The image in an archive's members (the first of a docker-archive holding several). */
async function archiveImage(members, display, fallbackName) {
    if (members.has('oci-layout') && members.has('index.json')) {
        const store = createLayoutStore((p) => Promise.resolve(members.get(p)), display, fallbackName, undefined);
        return loadImage(store);
    }
    const bad = (why) => new errors/* InputError */.dz('OCI_ARCHIVE_INVALID', `${display}: not a docker-archive: ${why}; give the tar that docker save wrote`);
    let entries;
    try {
        entries = JSON.parse(archive_store_utf8.decode(members.get('manifest.json')));
    }
    catch {
        throw bad('manifest.json is not JSON');
    }
    const entry = Array.isArray(entries) ? entries[0] : undefined;
    if (!entry ||
        typeof entry.Config !== 'string' ||
        !Array.isArray(entry.Layers))
        throw bad('manifest.json names no Config and Layers');
    const configBytes = members.get(entry.Config);
    if (!configBytes)
        throw bad(`${entry.Config} is missing`);
    const config = (0,oci_image/* parseImageConfig */.FB)(archive_store_utf8.decode(configBytes), `${display} (${entry.Config})`);
    const layers = entry.Layers.filter((l) => typeof l === 'string');
    const tagged = Array.isArray(entry.RepoTags) && typeof entry.RepoTags[0] === 'string'
        ? entry.RepoTags[0]
        : undefined;
    const colon = tagged ? tagged.lastIndexOf(':') : -1;
    const configDigest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(configBytes).digest('hex')}`;
    return {
        display,
        repository: tagged && colon > 0 ? tagged.slice(0, colon) : fallbackName,
        ...(tagged && colon > 0 ? { tag: tagged.slice(colon + 1) } : {}),
        image: {
            // A docker-archive keeps no manifest: the image is named by its config digest (Docker's image ID).
            digest: configDigest,
            configDigest,
            config,
            manifest: {
                kind: 'manifest',
                config: {
                    mediaType: '',
                    digest: configDigest,
                    size: configBytes.length
                },
                layers: layers.map((l, i) => ({
                    mediaType: 'application/vnd.docker.image.rootfs.diff.tar',
                    digest: config.diffIds[i] ?? '',
                    size: members.get(l)?.length ?? -1
                })),
                annotations: {}
            },
            layer: (i) => {
                const bytes = members.get(layers[i]);
                if (!bytes)
                    return Promise.reject(bad(`the layer ${layers[i]} is missing`));
                const uncompressed = !(bytes[0] === 0x1f && bytes[1] === 0x8b);
                if (uncompressed && config.diffIds[i])
                    assertDigest(bytes, config.diffIds[i], display);
                return Promise.resolve(bytes);
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/lib/ports.ts
/**
 * What the core needs from its host (the action, the CLI, a test):
 * somewhere to log, and the time and randomness it runs with. Adapters in
 * src/io and the hosts in src/actions and src/cli implement these.
 */
const SILENT_LOGGER = {
    info: () => undefined,
    warning: () => undefined,
    debug: () => undefined
};

// EXTERNAL MODULE: ./src/lib/sign/retry.ts
var retry = __webpack_require__(17059);
// EXTERNAL MODULE: ./src/io/sign/http.ts
var http = __webpack_require__(60726);
// EXTERNAL MODULE: ./src/io/sign/retry.ts
var sign_retry = __webpack_require__(61254);
;// CONCATENATED MODULE: ./src/io/oci/challenge.ts
function parseChallenge(header) {
    if (!header)
        return undefined;
    const match = /^\s*(\w+)\s*(.*)$/s.exec(header);
    if (!match)
        return undefined;
    const scheme = match[1].toLowerCase();
    if (scheme !== 'bearer' && scheme !== 'basic')
        return undefined;
    const params = {};
    const param = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?/g;
    for (const m of match[2].matchAll(param))
        params[m[1].toLowerCase()] = (m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1');
    return { scheme, params };
}

;// CONCATENATED MODULE: ./src/io/oci/client.ts
/**
 * A small OCI distribution (Docker Registry HTTP API v2) client: manifests
 * and blobs by GET, every byte checked against its digest; a `Bearer`
 * challenge answered with a token from the registry's realm (anonymous, or
 * with the user's credentials), a `Basic` one with the credentials;
 * redirects to blob storage followed without the registry's credentials;
 * network faults and 5xx/429 retried with backoff, bounded.
 *
 * Plain HTTP only for loopback registries (or when `insecure` is asked).
 */








const REQUEST_TIMEOUT_MS = 60_000;
const MAX_REDIRECTS = 5;
const DOCKER_HUB = 'docker.io';
const DEFAULT_RETRY = {
    policy: retry/* DEFAULT_RETRY_POLICY */.cO,
    requestTimeoutMs: REQUEST_TIMEOUT_MS,
    logger: SILENT_LOGGER,
    env: {
        now: () => new Date(),
        random: Math.random,
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
    }
};
function isLoopback(registry) {
    const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\./.test(host);
}
class RegistryClient {
    registry;
    #base;
    #credentials;
    #retry;
    /** Authorization header values by scope. */
    #authorization = new Map();
    constructor(options) {
        this.registry = options.registry;
        const host = options.registry === DOCKER_HUB
            ? 'registry-1.docker.io'
            : options.registry;
        const plain = options.insecure === true || isLoopback(options.registry);
        this.#base = `${plain ? 'http' : 'https'}://${host}/v2/`;
        this.#credentials = options.credentials;
        this.#retry = options.retry ?? DEFAULT_RETRY;
    }
    /** A manifest or index by tag or digest; by digest, its bytes are checked. */
    async getManifest(repository, reference, accept = oci_image/* MANIFEST_ACCEPT */.dY) {
        const response = await this.#get(repository, `${repository}/manifests/${reference}`, {
            accept: accept.join(', ')
        });
        const digest = sha256(response.body);
        const where = `${this.registry}/${repository}@${reference}`;
        if (reference.startsWith('sha256:') && digest !== reference)
            throw mismatch(where, reference, digest);
        const claimed = header(response, 'docker-content-digest');
        if (claimed?.startsWith('sha256:') && claimed !== digest)
            throw mismatch(where, claimed, digest);
        return {
            bytes: response.body,
            digest,
            mediaType: header(response, 'content-type')?.split(';')[0]?.trim() ?? ''
        };
    }
    /** A blob by digest, its bytes checked. */
    async getBlob(repository, digest) {
        const response = await this.#get(repository, `${repository}/blobs/${digest}`, {});
        const actual = sha256(response.body);
        if (actual !== digest)
            throw mismatch(`${this.registry}/${repository}@${digest}`, digest, actual);
        return response.body;
    }
    async #get(repository, path, headers) {
        const scope = `repository:${repository}:pull`;
        const where = `${this.#base}${path}`;
        return (0,sign_retry/* withRetry */.bD)('registry', where, this.#retry, async ({ timeoutMs }) => {
            try {
                return await this.#follow(new URL(where), scope, headers, timeoutMs);
            }
            catch (error) {
                if (!(error instanceof http/* HttpStatusError */.F9) || error.statusCode !== 401)
                    throw error;
                // Answer the challenge once, then ask again.
                await this.#authorize(scope, error, timeoutMs);
                return this.#follow(new URL(where), scope, headers, timeoutMs);
            }
        }).catch((error) => {
            throw this.#explain(error, repository);
        });
    }
    async #follow(url, scope, headers, timeoutMs) {
        let target = url;
        for (let hop = 0;; hop++) {
            const auth = target.host === url.host ? this.#authorization.get(scope) : undefined;
            try {
                return await (0,http/* request */.Em)(target, {
                    method: 'GET',
                    timeoutMs,
                    headers: { ...headers, ...(auth ? { authorization: auth } : {}) }
                });
            }
            catch (error) {
                const redirect = error instanceof http/* HttpStatusError */.F9 &&
                    [301, 302, 303, 307, 308].includes(error.statusCode) &&
                    error.location;
                if (!redirect || hop >= MAX_REDIRECTS)
                    throw error;
                target = new URL(redirect, target);
            }
        }
    }
    async #authorize(scope, error, timeoutMs) {
        const challenge = parseChallenge(error.headers['www-authenticate']);
        if (!challenge)
            throw error;
        if (challenge.scheme === 'basic') {
            if (this.#credentials?.kind !== 'basic')
                throw error;
            const { username, password } = this.#credentials;
            this.#authorization.set(scope, `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`);
            return;
        }
        this.#authorization.set(scope, `Bearer ${await this.#token(challenge, scope, timeoutMs)}`);
    }
    /** The token endpoint of a Bearer challenge (docker's token authentication). */
    async #token(challenge, scope, timeoutMs) {
        const realm = challenge.params.realm;
        if (!realm)
            throw new errors/* ServiceError */._7('registry', `${this.registry} sent a Bearer challenge without a realm`);
        const url = new URL(realm);
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        url.searchParams.set('scope', challenge.params.scope ?? scope);
        const headers = { accept: 'application/json' };
        const credentials = this.#credentials;
        let response;
        if (credentials?.kind === 'identity-token') {
            const body = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: credentials.token,
                service: challenge.params.service ?? '',
                scope: challenge.params.scope ?? scope,
                client_id: 'provenant'
            }).toString();
            response = await (0,http/* request */.Em)(url.origin + url.pathname, {
                method: 'POST',
                timeoutMs,
                headers: {
                    ...headers,
                    'content-type': 'application/x-www-form-urlencoded'
                },
                body
            });
        }
        else {
            if (credentials?.kind === 'basic') {
                const basic = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
                headers.authorization = `Basic ${basic}`;
            }
            response = await (0,http/* request */.Em)(url, { method: 'GET', timeoutMs, headers });
        }
        const json = JSON.parse(response.body.toString('utf8'));
        const token = typeof json.token === 'string' ? json.token : json.access_token;
        if (typeof token !== 'string' || token === '')
            throw new errors/* ServiceError */._7('registry', `the token service of ${this.registry} (${url.origin}) answered without a token`);
        return token;
    }
    #explain(error, repository) {
        const status = statusOf(error);
        const name = `${this.registry}/${repository}`;
        if (status === 401 || status === 403) {
            return new errors/* InputError */.dz('OCI_UNAUTHORIZED', `the registry ${this.registry} refused access to ${name} (HTTP ${status})${this.#credentials ? ' with the credentials found' : ' without credentials'}: log in (docker login or skopeo login ${this.registry}), or set DOCKER_CONFIG or REGISTRY_AUTH_FILE`, { cause: error });
        }
        if (status === 404) {
            return new errors/* InputError */.dz('OCI_NOT_FOUND', `the registry ${this.registry} has no ${name} with that tag or digest (HTTP 404): check the reference`, { cause: error });
        }
        return error;
    }
}
function statusOf(error) {
    for (let e = error; e; e = e.cause) {
        if (e instanceof http/* HttpStatusError */.F9)
            return e.statusCode;
    }
    return undefined;
}
function header(response, name) {
    const value = response.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
function sha256(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
function mismatch(where, expected, actual) {
    return new errors/* InputError */.dz('OCI_DIGEST_MISMATCH', `${where}: the registry sent bytes whose digest is ${actual}, not ${expected}: the registry or a proxy altered them; do not use this image`);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/io/oci/credentials.ts
/**
 * Registry credentials as users already hold them: Docker's config
 * (`$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`) and the
 * containers auth file skopeo and podman write (`$REGISTRY_AUTH_FILE`, else
 * `$XDG_RUNTIME_DIR/containers/auth.json`): `auths.<registry>.auth`
 * (base64 of user:password) or `username`/`password`, and
 * `identitytoken` (an OAuth2 refresh token). Credential helpers are not run.
 */




const DOCKER_HUB_KEYS = [
    'https://index.docker.io/v1/',
    'index.docker.io',
    'docker.io',
    'registry-1.docker.io'
];
function credentialFiles(env) {
    const files = [];
    if (env.REGISTRY_AUTH_FILE)
        files.push(env.REGISTRY_AUTH_FILE);
    else if (env.XDG_RUNTIME_DIR)
        files.push(external_node_path_default().join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'));
    files.push(external_node_path_default().join(env.DOCKER_CONFIG ?? external_node_path_default().join(env.HOME ?? external_node_os_default().homedir(), '.docker'), 'config.json'));
    return files;
}
/** The first credentials any of the files holds for the registry; undefined for none. */
async function findRegistryCredentials(registry, env = process.env) {
    const keys = DOCKER_HUB_KEYS.includes(registry) ? DOCKER_HUB_KEYS : [registry];
    for (const file of credentialFiles(env)) {
        const text = await (0,promises_.readFile)(file, 'utf8').catch((error) => {
            if (error.code === 'ENOENT')
                return undefined;
            throw error;
        });
        if (text === undefined)
            continue;
        let config;
        try {
            config = JSON.parse(text);
        }
        catch (error) {
            throw new errors/* InputError */.dz('OCI_CREDENTIALS_INVALID', `${file} is not JSON: fix it, or log in again (docker login, skopeo login)`, { cause: error });
        }
        for (const [key, entry] of Object.entries(config.auths ?? {})) {
            const host = key.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
            if (!keys.includes(key) && !keys.includes(host))
                continue;
            const found = toCredentials(entry, file);
            if (found)
                return found;
        }
    }
    return undefined;
}
function toCredentials(entry, file) {
    if (typeof entry.identitytoken === 'string' && entry.identitytoken)
        return { kind: 'identity-token', token: entry.identitytoken };
    if (typeof entry.auth === 'string' && entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw new errors/* InputError */.dz('OCI_CREDENTIALS_INVALID', `${file}: an "auth" entry is not base64 of user:password: log in again`);
        }
        return {
            kind: 'basic',
            username: decoded.slice(0, colon),
            password: decoded.slice(colon + 1)
        };
    }
    if (typeof entry.username === 'string' && typeof entry.password === 'string')
        return { kind: 'basic', username: entry.username, password: entry.password };
    return undefined;
}

;// CONCATENATED MODULE: ./src/io/sbom/image/registry-store.ts
/** An image in a registry, by oci:// reference, through the OCI client. */



async function createRegistryStore(reference, env = process.env) {
    const ref = (0,oci_reference/* parseImageReference */.o_)(reference);
    const client = new RegistryClient({
        registry: ref.registry,
        credentials: await findRegistryCredentials(ref.registry, env)
    });
    const display = `oci://${(0,oci_reference/* formatImageReference */.my)(ref)}`;
    return {
        display,
        repository: `${ref.registry}/${ref.repository}`,
        repositoryUrl: `${ref.registry}/${ref.repository}`,
        ...(ref.tag ? { tag: ref.tag } : {}),
        async top() {
            const m = await client.getManifest(ref.repository, ref.digest ?? ref.tag);
            return { bytes: m.bytes, digest: m.digest };
        },
        manifest: async (digest) => (await client.getManifest(ref.repository, digest)).bytes,
        blob: (digest) => client.getBlob(ref.repository, digest)
    };
}

;// CONCATENATED MODULE: ./src/io/sbom/image/image-target.ts
/**
 * The three ways a user names an image, to one NamedImage: an oci://
 * reference (pulled from the registry), an OCI image layout folder, or a
 * tar file (docker-archive or oci-archive).
 */







/** Whether a folder is an OCI image layout (it has the `oci-layout` marker). */
async function isLayoutFolder(dir) {
    const info = await (0,promises_.stat)(external_node_path_default().join(dir, 'oci-layout')).catch(() => undefined);
    return info?.isFile() === true;
}
async function openImage(target, display) {
    if ((0,oci_reference/* isImageReference */.hb)(target))
        return loadImage(await createRegistryStore(target));
    const name = external_node_path_default().basename(target).replace(/\.(tar|tar\.gz|tgz)$/i, '');
    if (await isLayoutFolder(target))
        return loadImage(createLayoutStore(folderReader(target), display, name, undefined));
    const members = await readArchiveMembers(target, display);
    return archiveImage(members, display, name);
}
/** A tar file is read as an image archive when it holds one. */
async function readImageArchiveIfAny(file, display) {
    const members = await readArchiveMembers(file, display);
    if (!isImageArchive(members))
        return undefined;
    return archiveImage(members, display, external_node_path_default().basename(file).replace(/\.(tar|tar\.gz|tgz)$/i, ''));
}


/***/ }),

/***/ 79014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ buildLockfileGraph),
  u: () => (/* binding */ buildSourceGraph)
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/sbom/installed/installed-graph.ts + 2 modules
var installed_graph = __webpack_require__(13547);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/lib/sbom/installed/file-set.ts
var file_set = __webpack_require__(63073);
// EXTERNAL MODULE: ./src/lib/sbom/sources/purl.ts
var sources_purl = __webpack_require__(6379);
// EXTERNAL MODULE: ./src/lib/sbom/document.ts
var sbom_document = __webpack_require__(60860);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/lib/archive/limits.ts
var limits = __webpack_require__(46228);
;// CONCATENATED MODULE: ./src/io/fs/read-bounded.ts
/**
 * Reading a user's text file whole, with a size bound checked before a byte
 * is read: a file over it is refused at once (exit 2) instead of filling
 * memory. Below the bound, the readers that follow are linear in its size.
 */



/** Largest lockfile, manifest, checksum file or other text input read whole. */
const MAX_TEXT_INPUT_BYTES = 32 * 1024 * 1024;
/** The file's text, or an InputError naming `label` when it is larger than `maxBytes`. */
function readTextBounded(file, label, maxBytes = MAX_TEXT_INPUT_BYTES) {
    const { size } = (0,external_node_fs_.statSync)(file);
    if (size > maxBytes) {
        throw new errors/* InputError */.dz('INPUT_FILE_TOO_LARGE', `${label}: ${(0,limits/* formatBytes */.z3)(size)}, over the ${(0,limits/* formatBytes */.z3)(maxBytes)} Provenant reads from one text input; give the real file (see docs/limits.md)`);
    }
    return (0,external_node_fs_.readFileSync)(file, 'utf8');
}

// EXTERNAL MODULE: ./src/lib/sbom/lockfiles.ts
var lockfiles = __webpack_require__(98315);
// EXTERNAL MODULE: ./src/io/fs/hash.ts
var hash = __webpack_require__(90808);
;// CONCATENATED MODULE: ./src/lib/sbom/files-graph.ts

function buildFilesGraph(rootName, files) {
    const rootPurl = (0,sources_purl/* genericPurl */.LS)(rootName, '');
    const root = {
        ref: rootPurl,
        ecosystem: 'generic',
        name: rootName,
        version: '',
        purl: rootPurl,
        type: 'application',
        hashes: [],
        licenses: [],
        properties: { 'provenant:source:kind': 'files' }
    };
    const components = [...files]
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .map((file) => {
        const purl = (0,sources_purl/* buildPurl */.Eq)({
            type: 'generic',
            name: file.path,
            qualifiers: { checksum: `sha256:${file.sha256}` }
        });
        return {
            ref: purl,
            ecosystem: 'generic',
            name: file.path,
            version: '',
            purl,
            hashes: [{ algorithm: 'SHA-256', value: file.sha256 }],
            licenses: [],
            scope: 'required',
            origin: { kind: 'file', path: file.path },
            properties: { 'provenant:file': 'source' }
        };
    });
    return {
        root,
        components,
        dependencies: [{ ref: root.ref, dependsOn: components.map((c) => c.ref) }],
        sources: []
    };
}

// EXTERNAL MODULE: ./src/lib/sbom/read-source.ts + 26 modules
var read_source = __webpack_require__(12118);
;// CONCATENATED MODULE: ./src/io/sbom/source-tree.ts
/**
 * A directory on disk as a source tree: the lockfiles in it (which one wins per
 * folder and ecosystem is src/lib/sbom/lockfiles.ts), the manifests (for
 * workspace globs), and a TreeReader over its files.
 *
 * The walk does not descend into installed or generated trees (node_modules,
 * vendor, target, virtualenvs, .git and other VCS folders, Yarn's .yarn) and
 * does not follow symbolic links to folders.
 */









const SKIPPED_FOLDERS = new Set([
    'node_modules',
    '.git',
    '.hg',
    '.svn',
    'vendor',
    'target',
    '.venv',
    '.tox',
    '.yarn',
    '__pycache__'
]);
const MANIFESTS = new Set(['package.json', 'Cargo.toml', 'pyproject.toml']);
const toPosix = (path) => path.split(external_node_path_.sep).join('/');
/** Reads files of `dir` by relative POSIX path; paths leaving the tree and missing files read as undefined. */
function createTreeReader(dir) {
    const root = (0,external_node_path_.resolve)(dir);
    return (relativePath) => {
        const full = (0,external_node_path_.resolve)(root, relativePath);
        const inside = (0,external_node_path_.relative)(root, full);
        if (inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside))
            return undefined;
        try {
            // A link may point anywhere: only a target inside the tree is read.
            const real = (0,external_node_fs_.realpathSync)(full);
            const realInside = (0,external_node_path_.relative)((0,external_node_fs_.realpathSync)(root), real);
            if (realInside.startsWith('..') || (0,external_node_path_.isAbsolute)(realInside))
                return undefined;
            return readTextBounded(full, relativePath);
        }
        catch (error) {
            const code = error.code;
            if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR')
                return undefined;
            throw error;
        }
    };
}
/** A symbolic link whose target is a file (links to folders are not followed). */
function isLinkToFile(full) {
    return (0,external_node_fs_.statSync)(full, { throwIfNoEntry: false })?.isFile() === true;
}
/**
 * Every file below `root` that `keep` wants, as relative POSIX paths: only
 * the folders `enter` allows are entered, symbolic links to folders not
 * followed, unreadable folders passed over.
 */
async function walkFiles(root, enter, keep) {
    const found = [];
    const walk = async (folder) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)((0,external_node_path_.join)(root, folder), { withFileTypes: true });
        }
        catch (error) {
            if (error.code === 'EACCES')
                return;
            throw error;
        }
        const nested = [];
        for (const entry of entries) {
            const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
            if (entry.isDirectory() && enter(path, entry.name, folder))
                nested.push(walk(path));
            else if ((entry.isFile() ||
                (entry.isSymbolicLink() && isLinkToFile((0,external_node_path_.join)(root, path)))) &&
                keep(path, entry.name))
                found.push(path);
        }
        await Promise.all(nested);
    };
    await walk('');
    return found;
}
async function findLockfiles(dir) {
    const root = (0,external_node_path_.resolve)(dir);
    const info = await (0,promises_.stat)(root).catch(() => undefined);
    if (!info?.isDirectory()) {
        throw new errors/* InputError */.dz('SBOM_PATH_NOT_FOUND', `${dir}: no such directory; give the path of the source tree to describe`);
    }
    const found = await walkFiles(root, (_, name) => !SKIPPED_FOLDERS.has(name), (path, name) => MANIFESTS.has(name) || (0,lockfiles/* lockfileKind */.Wd)(path) !== undefined);
    const reader = createTreeReader(root);
    const selection = (0,lockfiles/* selectLockfiles */.jv)(found.map(toPosix), reader);
    const manifests = found.filter((p) => MANIFESTS.has((0,external_node_path_.basename)(p))).sort();
    return {
        dir: root,
        lockfiles: selection.lockfiles,
        skipped: selection.skipped,
        manifests,
        reader
    };
}
/** findLockfiles + readSourceTree; the folder's name is the root's name when no manifest gives one. */
async function readSourceDirectory(dir, options = {}) {
    const tree = await findLockfiles(dir);
    if (tree.lockfiles.length === 0) {
        // source-graph.ts turns this into the installed packages, else the files.
        throw new errors/* InputError */.dz('SBOM_NO_LOCKFILE', `${dir}: no lockfile found (package-lock.json, npm-shrinkwrap.json, yarn.lock, pnpm-lock.yaml, requirements*.txt, poetry.lock, uv.lock, Pipfile.lock, go.mod, Cargo.lock)`);
    }
    return (0,read_source/* readSourceTree */.m)(tree.reader, tree.lockfiles, {
        rootName: options.rootName ?? (0,external_node_path_.basename)(tree.dir),
        manifestPaths: tree.manifests
    });
}
/**
 * One lockfile given as a path: that lockfile alone, with the manifests
 * beside it (package.json, Cargo.toml, pyproject.toml) for the root's name
 * and what is dev-only. The folder's name is the root's name when no
 * manifest gives one.
 */
async function readLockfileGraph(file) {
    const dir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(file));
    const lockfile = (0,external_node_path_.basename)(file);
    const beside = await Promise.all([...MANIFESTS].map(async (name) => (await (0,promises_.stat)((0,external_node_path_.join)(dir, name)).catch(() => undefined))?.isFile()
        ? name
        : undefined));
    return (0,read_source/* readSourceTree */.m)(createTreeReader(dir), [lockfile], {
        rootName: (0,external_node_path_.basename)(dir),
        manifestPaths: beside.filter((n) => n !== undefined).sort()
    });
}
/** A tree with no lockfile and no installed packages, described by its files (each with its SHA-256). */
async function readTreeFiles(dir) {
    const root = (0,external_node_path_.resolve)(dir);
    return buildFilesGraph((0,external_node_path_.basename)(root), await hashTreeFiles(root));
}
/** A tree described by its files stops here: past it, describe a built artifact instead. */
const MAX_TREE_FILES = 50_000;
/** Every regular file of the tree (the walk's skipped folders aside) with its SHA-256. */
async function hashTreeFiles(dir) {
    const paths = [];
    const visit = async (folder) => {
        const entries = await (0,promises_.readdir)((0,external_node_path_.join)(dir, folder), { withFileTypes: true });
        for (const entry of entries) {
            const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
            if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) {
                await visit(path);
            }
            else if (entry.isFile())
                paths.push(path);
            if (paths.length > MAX_TREE_FILES) {
                throw new errors/* InputError */.dz('SBOM_TREE_TOO_LARGE', `${dir}: no lockfile, and more than ${MAX_TREE_FILES} files to describe one by one: commit a lockfile, or give the path of a built artifact instead`);
            }
        }
    };
    await visit('');
    const sorted = paths.sort();
    const digests = await (0,hash/* sha256Files */.Rs)(sorted.map((p) => (0,external_node_path_.join)(dir, p)));
    return sorted.map((path, i) => ({ path, sha256: digests[i].sha256 }));
}

;// CONCATENATED MODULE: ./src/io/sbom/installed-tree.ts
/**
 * A folder's installed packages on disk: every file the installed-package
 * readers may ask for, found by one walk that, unlike the lockfile walk,
 * enters node_modules, vendor folders and virtualenvs (symbolic links to
 * folders are not followed).
 */







const NEVER_ENTERED = new Set(['.git', '.hg', '.svn', '__pycache__']);
/** node_modules/<name> or node_modules/@scope/<name>. */
const PACKAGE_FOLDER = /(^|\/)node_modules\/(@[^/]+\/)?[^@/][^/]*$/;
async function listInstalledFiles(dir) {
    const found = await walkFiles(dir, (_, name, parent) => !NEVER_ENTERED.has(name) &&
        // In a package's folder only its own node_modules holds more packages.
        (!PACKAGE_FOLDER.test(parent) || name === 'node_modules'), (path) => (0,file_set/* isInstalledMetadata */.E)(path));
    const reader = createTreeReader(dir);
    const top = reader('package.json');
    return {
        paths: found.sort(sbom_document/* compareText */.n6),
        read: (path) => (path === 'package.json' ? top : reader(path))
    };
}
/** The tree's installed packages under a root named by its package.json or its folder. */
async function readInstalledTree(dir, display) {
    const files = await listInstalledFiles(dir);
    const graph = (0,installed_graph/* buildInstalledGraph */.fL)(files, treeRoot(files, dir));
    if (graph.components.length === 0) {
        throw new errors/* InputError */.dz('SBOM_NO_LOCKFILE', `${display}: no lockfile found (package-lock.json, npm-shrinkwrap.json, yarn.lock, pnpm-lock.yaml, requirements*.txt, poetry.lock, uv.lock, Pipfile.lock, go.mod, Cargo.lock) and no installed packages (node_modules, *.dist-info, vendor/modules.txt, vendor/*/Cargo.toml); commit your lockfile, or give the path of a built artifact instead`);
    }
    return graph;
}
function treeRoot(files, dir) {
    let manifest = {};
    try {
        manifest = JSON.parse(files.read('package.json') ?? '{}');
    }
    catch {
        // A broken package.json names nothing: the folder does.
    }
    const name = typeof manifest.name === 'string' ? manifest.name : (0,external_node_path_.basename)(dir);
    const version = typeof manifest.version === 'string' ? manifest.version : '';
    const npm = typeof manifest.name === 'string';
    const purl = npm ? (0,sources_purl/* npmPurl */.NP)(name, version) : (0,sources_purl/* genericPurl */.LS)(name, version);
    return {
        ref: purl,
        ecosystem: npm ? 'npm' : 'generic',
        name,
        version,
        purl,
        type: 'application',
        hashes: [],
        licenses: [],
        properties: { 'provenant:installed': 'true' }
    };
}

;// CONCATENATED MODULE: ./src/io/sbom/source-graph.ts
/**
 * A source tree on disk -> its DependencyGraph, through the lockfile readers
 * (io/sbom/source-tree.ts finds the lockfiles, lib/sbom/read-source.ts reads
 * them). Every message names the tree as the user wrote it.
 */




/**
 * The lockfiles' graph; the installed packages when the tree has no
 * lockfile, or beside the lockfiles when `installed` is asked for.
 */
async function buildSourceGraph(dir, display, options = {}) {
    let locked;
    try {
        locked = await readLockfiles(dir, display);
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz && error.code === 'SBOM_NO_LOCKFILE'))
            throw error;
        // No lockfile: the installed packages, else the files themselves.
        return readInstalledTree(dir, display).catch((missing) => {
            if (missing instanceof errors/* InputError */.dz && missing.code === 'SBOM_NO_LOCKFILE')
                return named(dir, display, () => readTreeFiles(dir));
            throw missing;
        });
    }
    if (!options.installed)
        return locked;
    const installed = await readInstalledTree(dir, display).catch((error) => {
        if (error instanceof errors/* InputError */.dz && error.code === 'SBOM_NO_LOCKFILE')
            return undefined;
        throw error;
    });
    return installed ? (0,installed_graph/* withInstalled */.Rc)(locked, installed) : locked;
}
async function readLockfiles(dir, display) {
    return named(dir, display, () => readSourceDirectory(dir));
}
/** A lockfile given as a path: that lockfile, with its manifest beside it. */
async function buildLockfileGraph(file, display) {
    return named(file, display, () => readLockfileGraph(file));
}
async function named(dir, display, read) {
    try {
        return await read();
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        const problems = error instanceof errors/* InputErrors */.G ? error.problems : [error];
        const named = problems.map((p) => new errors/* InputError */.dz(p.code, p.message.startsWith(dir)
            ? `${display}${p.message.slice(dir.length)}`
            : `${display}: ${p.message}`, { cause: p }));
        throw named.length === 1 ? named[0] : new errors/* InputErrors */.G(named);
    }
}


/***/ }),

/***/ 31590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ besideTarget),
/* harmony export */   e: () => (/* binding */ resolveSbomPaths)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73382);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97268);
/* harmony import */ var _lib_oci_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25996);
/* harmony import */ var _lib_sbom_document_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60860);
/* harmony import */ var _image_image_target_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(60151);
/* harmony import */ var _fs_path_fence_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(30979);
/**
 * The paths of the sbom inputs, resolved against the fence's base: each must
 * exist (a directory is a source tree, a file an artifact) and, in an
 * Action, stay inside the workspace, symbolic links followed. A glob (`dist/*.whl`) stands for
 * the files it matches, sorted, SBOMs written earlier left out. Problems are
 * collected and reported together.
 */








const GLOB_CHARS = /[*?[\]{}()!+@]/;
/** What this action writes: never described by a glob that matches it. */
const OWN_OUTPUT = /^sbom-.+\.(cyclonedx|spdx)\.json$/;
/** Where a target's SBOMs go by default: in the tree, or next to the artifact. */
function besideTarget(target, workspace) {
    if ((0,_lib_oci_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .isImageReference */ .hb)(target.absolute))
        return workspace;
    return target.kind === 'tree'
        ? target.absolute
        : node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target.absolute);
}
async function resolveSbomPaths(fence, paths, outputDir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(fence.base).catch((error) => {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('SBOM_WORKSPACE_MISSING', `the workspace ${fence.base} does not exist (GITHUB_WORKSPACE or the current directory)`, { cause: error });
    });
    const real = await (0,_fs_path_fence_js__WEBPACK_IMPORTED_MODULE_6__/* .realFence */ .u5)(fence);
    const problems = [];
    const targets = [];
    for (const given of paths) {
        try {
            if ((0,_lib_oci_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .isImageReference */ .hb)(given)) {
                (0,_lib_oci_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseImageReference */ .o_)(given);
                targets.push({ display: given, absolute: given, kind: 'image' });
                continue;
            }
            for (const display of await expand(real, given)) {
                targets.push(await resolveTarget(real, display));
            }
        }
        catch (error) {
            if (!(error instanceof _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz))
                throw error;
            problems.push(error);
        }
    }
    let out;
    try {
        if (outputDir !== undefined)
            out = await (0,_fs_path_fence_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveWritableDir */ .YU)(real, {
                input: 'output-dir',
                given: outputDir,
                code: 'SBOM_PATH_OUTSIDE_WORKSPACE',
                fileCode: 'SBOM_OUTPUT_NOT_A_DIRECTORY'
            });
    }
    catch (error) {
        if (!(error instanceof _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz))
            throw error;
        problems.push(error);
    }
    if (problems.length > 0)
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputErrors */ .G(problems);
    return { workspace: real.base, targets, outputDir: out };
}
/** A glob's matching files as workspace-relative paths; a plain path as given. */
async function expand(fence, given) {
    if (!GLOB_CHARS.test(given))
        return [given];
    const segments = given.replaceAll('\\', '/').split('/');
    const fixed = segments.slice(0, segments.findIndex((p) => GLOB_CHARS.test(p)));
    if (!(0,_fs_path_fence_js__WEBPACK_IMPORTED_MODULE_6__/* .allows */ .NB)(fence, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(fence.base, fixed.join('/') || '.'))) {
        throw outside(fence, given);
    }
    const matches = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_7__/* .glob */ .TI)(given, {
        cwd: fence.base,
        onlyFiles: true,
        expandDirectories: false,
        followSymbolicLinks: true
    });
    const files = matches
        .filter((m) => !OWN_OUTPUT.test(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(m)))
        .sort(_lib_sbom_document_js__WEBPACK_IMPORTED_MODULE_4__/* .compareText */ .n6);
    if (files.length === 0) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('SBOM_PATH_NO_MATCH', `input "path" has ${given}, which matches no file: check the pattern (and that the build step ran)`);
    }
    return files;
}
function outside(fence, given, detail = '') {
    return (0,_fs_path_fence_js__WEBPACK_IMPORTED_MODULE_6__/* .outsideWorkspace */ .tq)(fence, {
        input: 'path',
        given,
        code: 'SBOM_PATH_OUTSIDE_WORKSPACE',
        detail
    });
}
async function resolveTarget(fence, display) {
    const lexical = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(fence.base, display);
    if (!(0,_fs_path_fence_js__WEBPACK_IMPORTED_MODULE_6__/* .allows */ .NB)(fence, lexical))
        throw outside(fence, display);
    const absolute = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(lexical).catch((error) => {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('SBOM_PATH_NOT_FOUND', `input "path" has ${display}, which does not exist: check the path (and that the build step ran)`, { cause: error });
    });
    if (!(0,_fs_path_fence_js__WEBPACK_IMPORTED_MODULE_6__/* .allows */ .NB)(fence, absolute))
        throw outside(fence, display, ` (a link to ${absolute})`);
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute);
    if (info.isDirectory()) {
        const kind = (await (0,_image_image_target_js__WEBPACK_IMPORTED_MODULE_5__/* .isLayoutFolder */ .NV)(absolute)) ? 'image' : 'tree';
        return { display, absolute, kind };
    }
    if (info.isFile())
        return { display, absolute, kind: 'artifact' };
    throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('SBOM_PATH_NOT_A_FILE', `input "path" has ${display}, which is neither a directory nor a regular file`);
}


/***/ }),

/***/ 96862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ classifyFailure)
/* harmony export */ });
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _lib_sign_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17059);
/**
 * What went wrong with a request, read from whatever the HTTP client threw:
 * @sigstore/sign's HTTPError (statusCode) wrapped in its InternalError,
 * make-fetch-happen's FetchError (code, type), undici's "fetch failed"
 * (cause.code), a timeout, or our own ServiceError.
 */


/** Connection-level failures: the request may not have reached the server. */
const NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'ESOCKETTIMEDOUT',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN',
    'EAI_AGAIN',
    'ERR_STREAM_PREMATURE_CLOSE',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_CLOSED'
]);
function classifyFailure(error) {
    for (const link of causeChain(error)) {
        if (link instanceof _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7) {
            return {
                retryable: link.retryable,
                reason: link.message,
                ...(link.status !== undefined ? { status: link.status } : {})
            };
        }
        const e = link;
        if (typeof e.statusCode === 'number') {
            return {
                retryable: (0,_lib_sign_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .isRetryableStatus */ .PS)(e.statusCode),
                reason: `HTTP ${e.statusCode}${messageAfterStatus(e.message)}`,
                status: e.statusCode,
                ...(typeof e.retryAfterMs === 'number'
                    ? { retryAfterMs: e.retryAfterMs }
                    : {})
            };
        }
        if (e.name === 'TimeoutError' || e.type === 'request-timeout') {
            return { retryable: true, reason: 'no answer before the request timeout' };
        }
        if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) {
            return { retryable: true, reason: `network error ${e.code}` };
        }
        if (e.type === 'system' || /socket hang up/i.test(String(e.message))) {
            return { retryable: true, reason: `network error: ${String(e.message)}` };
        }
    }
    const message = error instanceof Error ? error.message : String(error);
    return { retryable: false, reason: message };
}
function* causeChain(error) {
    const seen = new Set();
    for (let link = error; link !== undefined && link !== null && !seen.has(link); link = link.cause) {
        seen.add(link);
        yield link;
    }
}
/** HTTPError's message is "(503) Service Unavailable": keep the words. */
function messageAfterStatus(message) {
    const text = typeof message === 'string' ? message : '';
    const words = text.replace(/^\(\d+\)\s*/, '').trim();
    return words ? ` ${words}` : '';
}


/***/ }),

/***/ 60726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ request),
/* harmony export */   F9: () => (/* binding */ HttpStatusError),
/* harmony export */   SS: () => (/* binding */ requestJson)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/**
 * A small JSON-over-HTTP client for the per-file calls (Rekor, TSA, the
 * OIDC token): node:http(s) with keep-alive agents, a timeout per request,
 * and HTTP(S)_PROXY / NO_PROXY honoured (Node's `proxyEnv`). It costs about
 * a third of the CPU per request of make-fetch-happen, which @sigstore/sign
 * uses, and that is most of the client's cost when a run signs many files.
 *
 * Failures keep the shapes classifyFailure reads: HttpStatusError
 * (statusCode), Node's network errors (code), and a TimeoutError.
 */


class HttpStatusError extends Error {
    statusCode;
    location;
    retryAfterMs;
    headers;
    constructor(statusCode, message, 
    /** The Location header, e.g. of Rekor's 409 "already exists". */
    location, 
    /** The Retry-After header of a 429 or 503, in milliseconds. */
    retryAfterMs, 
    /** Every response header (a registry's WWW-Authenticate challenge). */
    headers = {}) {
        super(`(${statusCode}) ${message}`);
        this.statusCode = statusCode;
        this.location = location;
        this.retryAfterMs = retryAfterMs;
        this.headers = headers;
        this.name = 'HttpStatusError';
    }
}
const PROXY_VARIABLES = [
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'http_proxy',
    'https_proxy',
    'no_proxy'
];
const agents = new Map();
/** One keep-alive agent per protocol and proxy settings (read when first needed). */
function agentFor(url) {
    const proxyEnv = Object.fromEntries(PROXY_VARIABLES.flatMap((name) => {
        const value = process.env[name];
        return value ? [[name, value]] : [];
    }));
    const key = `${url.protocol}${JSON.stringify(proxyEnv)}`;
    let agent = agents.get(key);
    if (!agent) {
        const options = { keepAlive: true, proxyEnv };
        agent =
            url.protocol === 'https:'
                ? new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)(options)
                : new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)(options);
        agents.set(key, agent);
    }
    return agent;
}
/** Sends one request; resolves for 2xx, rejects with HttpStatusError otherwise. */
function request(target, options) {
    const url = new URL(target);
    const transport = url.protocol === 'https:' ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default());
    return new Promise((resolve, reject) => {
        const req = transport.request(url, {
            method: options.method,
            headers: {
                'user-agent': 'provenant',
                ...(options.body !== undefined
                    ? { 'content-length': String(Buffer.byteLength(options.body)) }
                    : {}),
                ...options.headers
            },
            agent: agentFor(url),
            signal: AbortSignal.timeout(options.timeoutMs)
        }, (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.once('error', reject);
            res.once('end', () => {
                const body = Buffer.concat(chunks);
                const status = res.statusCode ?? 0;
                if (status >= 200 && status < 300) {
                    resolve({ status, headers: res.headers, body });
                    return;
                }
                reject(new HttpStatusError(status, messageOf(body) ?? res.statusMessage ?? '', res.headers.location, retryAfterMs(res.headers['retry-after']), res.headers));
            });
        });
        req.once('error', (error) => {
            // A timeout surfaces as an AbortError whose cause is the TimeoutError.
            // (Compared by name: a DOMException may come from another realm.)
            const cause = error.cause;
            reject(cause?.name === 'TimeoutError' ? cause : error);
        });
        req.end(options.body);
    });
}
async function requestJson(target, options) {
    const response = await request(target, {
        ...options,
        headers: {
            accept: 'application/json',
            ...(options.body !== undefined
                ? { 'content-type': 'application/json' }
                : {}),
            ...options.headers
        }
    });
    return JSON.parse(response.body.toString('utf8'));
}
/** Retry-After: delay-seconds or an HTTP-date. */
function retryAfterMs(value) {
    if (value === undefined)
        return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds) && seconds >= 0)
        return seconds * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
/** Sigstore services answer errors as `{ "code": 409, "message": "..." }`. */
function messageOf(body) {
    try {
        const message = JSON.parse(body.toString('utf8'))
            .message;
        return typeof message === 'string' ? message : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 61254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UF: () => (/* binding */ createRetryContext),
/* harmony export */   bD: () => (/* binding */ withRetry)
/* harmony export */ });
/* unused harmony export SERVICE_NAMES */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/* harmony import */ var _lib_sign_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17059);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96862);
/**
 * Our one retry loop for every call to OIDC, Fulcio, Rekor and a TSA: the
 * clients underneath are told not to retry (`retry: 0`), each attempt gets a
 * timeout no longer than what is left of the budget, and each wait is logged
 * with the service, the attempt, the delay and the reason.
 */




const SERVICE_NAMES = {
    oidc: 'OIDC token service',
    fulcio: 'Fulcio',
    rekor: 'Rekor',
    tsa: 'TSA',
    registry: 'OCI registry',
    osv: 'OSV database'
};
/** A RetryContext from the inputs, on the real clock unless `environment` says otherwise. */
function createRetryContext(inputs, logger, environment = {}) {
    return {
        policy: {
            ..._lib_sign_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_RETRY_POLICY */ .cO,
            maxAttempts: inputs.maxAttempts,
            budgetMs: inputs.retryBudgetMs
        },
        requestTimeoutMs: inputs.requestTimeoutMs,
        logger,
        env: {
            now: () => new Date(),
            random: Math.random,
            sleep: (ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms),
            ...environment
        }
    };
}
/**
 * Runs `call` until it succeeds, fails for good, or the policy says stop.
 * `where` names the endpoint in messages (a URL, never a secret).
 */
async function withRetry(service, where, context, call) {
    const name = SERVICE_NAMES[service];
    const started = context.env.now().getTime();
    const elapsed = () => context.env.now().getTime() - started;
    for (let number = 1;; number++) {
        const timeoutMs = Math.min(context.requestTimeoutMs, (0,_lib_sign_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .remainingBudgetMs */ .kW)(context.policy, elapsed()));
        try {
            return await call({ number, timeoutMs });
        }
        catch (error) {
            // Our own errors (a bad input, a bad token) are not the service's.
            if (error instanceof _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenantError */ .Y$ && !(error instanceof _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7)) {
                throw error;
            }
            const failure = (0,_failure_js__WEBPACK_IMPORTED_MODULE_3__/* .classifyFailure */ .X)(error);
            if (!failure.retryable) {
                throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7(service, `${name} (${where}) refused the request: ${failure.reason}`, { status: failure.status, retryable: false, cause: error });
            }
            const decision = (0,_lib_sign_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .decideRetry */ .tE)({
                attempt: number,
                elapsedMs: elapsed(),
                policy: context.policy,
                random: context.env.random,
                ...(failure.retryAfterMs !== undefined
                    ? { retryAfterMs: failure.retryAfterMs }
                    : {})
            });
            if (!decision.retry) {
                const bound = decision.reason === 'attempts'
                    ? `${number} attempt${number === 1 ? '' : 's'}`
                    : `${number} attempt${number === 1 ? '' : 's'} in ${(elapsed() / 1000).toFixed(1)} s (retry budget ${context.policy.budgetMs / 1000} s)`;
                throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7(service, `${name} (${where}) failed after ${bound}: ${failure.reason}`, { status: failure.status, retryable: true, cause: error });
            }
            context.logger.info(`${name}: attempt ${number} of ${context.policy.maxAttempts} failed (${failure.reason}); retrying in ${(decision.delayMs / 1000).toFixed(1)} s`);
            await context.env.sleep(decision.delayMs);
        }
    }
}


/***/ }),

/***/ 65680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
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


/***/ }),

/***/ 30876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FB: () => (/* binding */ parseImageConfig),
/* harmony export */   O0: () => (/* binding */ parseImageDocument),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   xV: () => (/* binding */ choosePlatform)
/* harmony export */ });
/* unused harmony export MEDIA_TYPES */
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
        return {
            kind: 'manifest',
            config: descriptor(json.config, bad),
            layers: json.layers.map((d) => descriptor(d, bad)),
            annotations: stringRecord(json.annotations)
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

/***/ 60860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nv: () => (/* binding */ environmentProperties),
/* harmony export */   QS: () => (/* binding */ parseSourceDateEpoch),
/* harmony export */   Qc: () => (/* binding */ cleanHashes),
/* harmony export */   SU: () => (/* binding */ prepareGraph),
/* harmony export */   VW: () => (/* binding */ sortedBy),
/* harmony export */   lH: () => (/* binding */ TOOL_NAME),
/* harmony export */   n6: () => (/* binding */ compareText),
/* harmony export */   zu: () => (/* binding */ SBOM_FORMATS)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/**
 * What both SBOM writers share: the facts that are not in the graph (tool,
 * time, build environment), a locale-independent order, and identifiers
 * derived from content (never random), so that the same graph and the same
 * SOURCE_DATE_EPOCH give byte-identical files on any machine.
 */

/** In the order files are written. */
const SBOM_FORMATS = ['cyclonedx', 'spdx'];
const TOOL_NAME = 'provenant';
/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org): whole seconds since 1970;
 * undefined when not set.
 */
function parseSourceDateEpoch(raw) {
    if (raw === undefined || raw.trim() === '')
        return undefined;
    const seconds = Number(raw.trim());
    if (!/^\d+$/.test(raw.trim()) ||
        !Number.isSafeInteger(seconds) ||
        seconds > MAX_EPOCH_SECONDS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SBOM_SOURCE_DATE_EPOCH', `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 (e.g. git log -1 --format=%ct), not "${raw}"`);
    }
    return new Date(seconds * 1000);
}
/** 9999-12-31T23:59:59Z: SPDX and CycloneDX dates have four-digit years. */
const MAX_EPOCH_SECONDS = 253402300799;
/** Code-point order: the same on every machine, unlike localeCompare. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function sortedBy(items, key) {
    return [...items].sort((a, b) => compareText(key(a), key(b)));
}
/** The environment as `provenant:build:*` name/value pairs, sorted by name. */
function environmentProperties(environment) {
    const entries = [
        ['provenant:build:node-version', environment.nodeVersion],
        ['provenant:build:runner-image', environment.runnerImage],
        ['provenant:build:runner-os', environment.runnerOs]
    ];
    return entries.filter((e) => !!e[1]);
}
function prepareGraph(graph) {
    const components = sortedBy(graph.components, (c) => c.ref);
    const byRef = new Map(components.map((c) => [c.ref, c]));
    if (byRef.size !== components.length || byRef.has(graph.root.ref)) {
        const seen = new Set([graph.root.ref]);
        const twice = components.find((c) => seen.size === seen.add(c.ref).size);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InternalError */ .Gd('SBOM_DUPLICATE_REF', `the dependency graph has two components with the ref "${twice?.ref ?? graph.root.ref}"`);
    }
    const known = (ref) => ref === graph.root.ref || byRef.has(ref);
    const targets = new Map();
    for (const { ref, dependsOn } of graph.dependencies) {
        if (!known(ref))
            continue;
        const set = targets.get(ref) ?? new Set();
        for (const to of dependsOn)
            if (known(to) && to !== ref)
                set.add(to);
        targets.set(ref, set);
    }
    const edges = new Map();
    for (const ref of [...targets.keys()].sort(compareText)) {
        edges.set(ref, [...targets.get(ref)].sort(compareText));
    }
    return { graph, components, byRef, edges };
}
const HEX_LENGTH = {
    MD5: 32,
    'SHA-1': 40,
    'SHA-256': 64,
    'SHA-384': 96,
    'SHA-512': 128
};
/** Well-formed hashes (hex of the algorithm's length), distinct, sorted. */
function cleanHashes(hashes) {
    const seen = new Map();
    for (const h of hashes) {
        const value = h.value.toLowerCase();
        if (value.length !== HEX_LENGTH[h.algorithm] || !/^[0-9a-f]+$/.test(value))
            continue;
        seen.set(`${h.algorithm}:${value}`, { algorithm: h.algorithm, value });
    }
    return [...seen.keys()].sort(compareText).map((k) => seen.get(k));
}


/***/ }),

/***/ 37309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JU: () => (/* binding */ IMAGE_LAYER_LIMITS),
/* harmony export */   cV: () => (/* binding */ applyLayer),
/* harmony export */   w6: () => (/* binding */ readLayer)
/* harmony export */ });
/* unused harmony exports MAX_LAYER_FILE_BYTES, LayerFormatError */
/* harmony import */ var _archive_inflate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79821);
/* harmony import */ var _archive_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46228);
/* harmony import */ var _archive_tar_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86485);
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
/**
 * The bounds of one image layer: a base layer is a whole root filesystem,
 * so it may hold far more than a release archive, but never unbounded.
 */
const IMAGE_LAYER_LIMITS = {
    ..._archive_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_ARCHIVE_LIMITS */ .wP,
    maxInflatedBytes: 16 * 1024 * 1024 * 1024,
    maxEntries: 1_000_000
};
/** Reads one layer (tar, or gzip-compressed tar) for the files `want` names. */
function readLayer(blob, want, source = 'image layer') {
    const budget = new _archive_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .InflationBudget */ .yE(source, IMAGE_LAYER_LIMITS);
    const changes = {
        files: new Map(),
        deleted: new Set(),
        opaque: new Set()
    };
    const tar = new _archive_tar_js__WEBPACK_IMPORTED_MODULE_2__/* .TarReader */ .RF({
        maxKeptBytes: MAX_LAYER_FILE_BYTES,
        budget,
        want: (entry) => isFile(entry) && want(normalize(entry.path)),
        onEntry: (entry, data) => record(changes, entry, data)
    });
    if (blob[0] === 0x1f && blob[1] === 0x8b) {
        new _archive_inflate_js__WEBPACK_IMPORTED_MODULE_0__/* .BoundedInflater */ .Zg('gzip', budget, (chunk) => tar.push(chunk)).push(blob, true);
    }
    else if (blob[0] === 0x28 && blob[1] === 0xb5 && blob[2] === 0x2f) {
        throw new LayerFormatError('zstd-compressed layers are not read yet');
    }
    else {
        for (let at = 0; at < blob.length; at += CHUNK)
            tar.push(blob.subarray(at, at + CHUNK));
    }
    tar.end();
    return changes;
}
class LayerFormatError extends Error {
}
function isFile(entry) {
    return entry.type === 'file';
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
/** Applies a layer's changes on the files of the layers below it. */
function applyLayer(lower, changes) {
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
}


/***/ }),

/***/ 63073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ isInstalledMetadata),
/* harmony export */   R: () => (/* binding */ dirOf)
/* harmony export */ });
/** Which files of a tree an installed-package reader may ask for. */
function isInstalledMetadata(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (name === 'package.json')
        return /(^|\/)node_modules\//.test(path);
    if (name === 'METADATA' || name === 'RECORD' || name === 'top_level.txt')
        return /\.dist-info\/[^/]+$/.test(path);
    if (name === 'PKG-INFO')
        return /\.egg-info\/PKG-INFO$/.test(path);
    if (name === 'vendor.txt')
        return /(^|\/)_vendor\/vendor\.txt$/.test(path);
    if (name === 'modules.txt')
        return /(^|\/)vendor\/modules\.txt$/.test(path);
    if (name === 'Cargo.toml' || name === '.cargo-checksum.json')
        return /(^|\/)vendor\/[^/]+\/[^/]+$/.test(path);
    return false;
}
/** The folder a path is in ('' at the top). */
function dirOf(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}


/***/ }),

/***/ 13547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fL: () => (/* binding */ buildInstalledGraph),
  Rc: () => (/* binding */ withInstalled)
});

// UNUSED EXPORTS: hasInstalledPackages

// EXTERNAL MODULE: ./src/lib/sbom/sources/hashes.ts
var hashes = __webpack_require__(23106);
// EXTERNAL MODULE: ./src/lib/sbom/sources/purl.ts
var sources_purl = __webpack_require__(6379);
// EXTERNAL MODULE: ./src/lib/sbom/installed/file-set.ts
var file_set = __webpack_require__(63073);
;// CONCATENATED MODULE: ./src/lib/sbom/installed/node-modules.ts



const PACKAGE_JSON = /^(.*?)node_modules\/((?:@[^/.][^/]*\/)?[^/.@][^/]*)\/package\.json$/;
/** `rootRef` stands for the tree's own package.json (the SBOM's root). */
function findNodeModules(files, rootRef) {
    const folders = new Map();
    const components = new Map();
    for (const path of files.paths) {
        const match = PACKAGE_JSON.exec(path);
        if (!match || !isPackageOwner(match[1]))
            continue;
        const json = parse(files.read(path));
        if (!json || typeof json.version !== 'string')
            continue;
        const name = typeof json.name === 'string' ? json.name : match[2];
        const ref = (0,sources_purl/* npmPurl */.NP)(name, json.version);
        folders.set((0,file_set/* dirOf */.R)(path), { json, ref });
        if (!components.has(ref))
            components.set(ref, toComponent(name, json, (0,file_set/* dirOf */.R)(path)));
    }
    const dependencies = [];
    const resolve = (from, dep) => {
        for (let dir = from;; dir = parentPackage(dir)) {
            const found = folders.get(`${dir ? `${dir}/` : ''}node_modules/${dep}`);
            if (found)
                return found.ref;
            if (dir === '')
                return undefined;
        }
    };
    const edges = (dir, json) => declared(json)
        .map((dep) => resolve(dir, dep))
        .filter((r) => r !== undefined);
    for (const [dir, { json, ref }] of folders)
        dependencies.push({ ref, dependsOn: edges(dir, json) });
    const tops = parse(files.read('package.json'));
    const topLevel = tops
        ? edges('', tops)
        : [...folders]
            .filter(([d]) => !d
            .slice(0, d.lastIndexOf('node_modules/'))
            .includes('node_modules/'))
            .map(([, f]) => f.ref);
    dependencies.push({ ref: rootRef, dependsOn: topLevel });
    return { components: [...components.values()], dependencies };
}
/** What sits before `node_modules/`: the tree itself, a project folder, or a package folder. */
function isPackageOwner(prefix) {
    if (!prefix.includes('node_modules/'))
        return true;
    return /node_modules\/(@[^/]+\/)?[^/]+\/$/.test(prefix);
}
/** The folder whose node_modules is searched next (Node walks up). */
function parentPackage(dir) {
    const at = dir.lastIndexOf('node_modules/');
    return at <= 0 ? '' : dir.slice(0, at - 1);
}
function declared(json) {
    const names = new Set();
    for (const key of [
        'dependencies',
        'optionalDependencies',
        'peerDependencies'
    ]) {
        const table = json?.[key];
        if (table && typeof table === 'object')
            for (const n of Object.keys(table))
                names.add(n);
    }
    return [...names];
}
function toComponent(name, json, dir) {
    const version = json.version;
    const purl = (0,sources_purl/* npmPurl */.NP)(name, version);
    const resolved = typeof json._resolved === 'string' ? json._resolved : undefined;
    const integrity = typeof json._integrity === 'string' ? json._integrity : undefined;
    const license = typeof json.license === 'string' ? [json.license] : [];
    return {
        ref: purl,
        ecosystem: 'npm',
        name,
        version,
        purl,
        hashes: (0,hashes/* fromSri */.Hq)(integrity),
        licenses: license,
        scope: 'required',
        origin: resolved?.startsWith('http')
            ? { kind: 'registry', url: resolved }
            : { kind: 'registry' },
        properties: { 'provenant:installed:path': dir }
    };
}
function parse(text) {
    if (text === undefined)
        return undefined;
    try {
        const json = JSON.parse(text);
        return json && typeof json === 'object' ? json : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/lib/sbom/installed/python-installed.ts
var python_installed = __webpack_require__(8627);
// EXTERNAL MODULE: ./src/lib/sbom/sources/parse-text.ts
var parse_text = __webpack_require__(82243);
;// CONCATENATED MODULE: ./src/lib/sbom/installed/vendor-folders.ts




function findGoVendored(files) {
    const found = [];
    for (const path of files.paths) {
        if (!/(^|\/)vendor\/modules\.txt$/.test(path))
            continue;
        for (const line of (files.read(path) ?? '').split(/\r?\n/)) {
            const match = /^# (\S+) (\S+)(?: => (\S+)(?: (\S+))?)?$/.exec(line);
            if (!match || match[2] === '=>')
                continue;
            const [, module, version, replacement, replacementVersion] = match;
            const local = replacement !== undefined && replacementVersion === undefined;
            const name = local ? module : (replacement ?? module);
            const used = local ? version : (replacementVersion ?? version);
            const purl = (0,sources_purl/* golangPurl */.av)(name, used);
            found.push({
                ref: purl,
                ecosystem: 'golang',
                name,
                version: used,
                purl,
                hashes: [],
                licenses: [],
                scope: 'required',
                origin: local
                    ? { kind: 'file', path: replacement, directory: true }
                    : { kind: 'registry' },
                properties: {
                    'provenant:vendored:in': (0,file_set/* dirOf */.R)(path),
                    ...(replacement
                        ? { 'provenant:go-replaces': `${module}@${version}` }
                        : {})
                },
                kind: 'vendored'
            });
        }
    }
    return found;
}
function findCargoVendored(files) {
    const found = [];
    for (const path of files.paths) {
        if (!/(^|\/)vendor\/[^/]+\/Cargo\.toml$/.test(path))
            continue;
        let manifest;
        try {
            manifest = (0,parse_text/* parseTomlText */.tT)(files.read(path) ?? '', path);
        }
        catch {
            continue;
        }
        const pkg = manifest.package;
        if (typeof pkg?.name !== 'string' || typeof pkg.version !== 'string')
            continue;
        const checksum = files.read(`${(0,file_set/* dirOf */.R)(path)}/.cargo-checksum.json`);
        const sha = checksum ? checksumOf(checksum) : undefined;
        const hash = typeof sha === 'string' ? (0,hashes/* hexHash */.eP)('SHA-256', sha) : undefined;
        const purl = (0,sources_purl/* cargoPurl */.q$)(pkg.name, pkg.version);
        found.push({
            ref: purl,
            ecosystem: 'cargo',
            name: pkg.name,
            version: pkg.version,
            purl,
            hashes: hash ? [hash] : [],
            licenses: typeof pkg.license === 'string' ? [pkg.license] : [],
            scope: 'required',
            origin: { kind: 'registry' },
            properties: { 'provenant:vendored:in': (0,file_set/* dirOf */.R)((0,file_set/* dirOf */.R)(path)) },
            kind: 'vendored'
        });
    }
    return found;
}
/** `.cargo-checksum.json`'s "package": the SHA-256 of the .crate file. */
function checksumOf(text) {
    try {
        return JSON.parse(text).package;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/lib/sbom/installed/installed-graph.ts



function buildInstalledGraph(files, root) {
    const node = findNodeModules(files, root.ref);
    const python = (0,python_installed/* findPythonDistributions */.l3)(files);
    const vendored = [...findGoVendored(files), ...findCargoVendored(files)].map((c) => ({ ...c, containedBy: root.ref }));
    const components = new Map();
    for (const c of [...node.components, ...python, ...vendored])
        if (c.ref !== root.ref && !components.has(c.ref))
            components.set(c.ref, c);
    const topLevel = [...python, ...vendored]
        .filter((c) => c.containedBy === undefined || c.containedBy === root.ref)
        .map((c) => c.ref);
    const rootEdges = node.dependencies.find((d) => d.ref === root.ref);
    return {
        root,
        components: [...components.values()],
        dependencies: [
            ...node.dependencies.filter((d) => d.ref !== root.ref),
            {
                ref: root.ref,
                dependsOn: [...new Set([...(rootEdges?.dependsOn ?? []), ...topLevel])]
            }
        ],
        sources: files.paths.filter((p) => isSource(p))
    };
}
/** Whether the installed tree holds any package the readers know. */
function hasInstalledPackages(graph) {
    return graph.components.length > 0;
}
/** Installed packages added to a lockfile graph: what the lockfiles already name stays as they say. */
function withInstalled(locked, installed) {
    const known = new Set(locked.components.map((c) => c.ref));
    const rename = (ref) => ref === installed.root.ref ? locked.root.ref : ref;
    const added = installed.components
        .filter((c) => !known.has(c.ref) && c.ref !== locked.root.ref)
        .map((c) => ({
        ...c,
        properties: { ...c.properties, 'provenant:installed': 'true' },
        ...(c.containedBy ? { containedBy: rename(c.containedBy) } : {})
    }));
    return {
        ...locked,
        components: [...locked.components, ...added],
        dependencies: [
            ...locked.dependencies,
            ...installed.dependencies.map((d) => ({
                ref: rename(d.ref),
                dependsOn: d.dependsOn.map(rename)
            }))
        ],
        sources: [...new Set([...locked.sources, ...installed.sources])]
    };
}
function isSource(path) {
    return (/(^|\/)node_modules\/(@[^/]+\/)?[^/]+\/package\.json$/.test(path) ||
        /\.dist-info\/METADATA$|\.egg-info\/PKG-INFO$/.test(path) ||
        /(^|\/)vendor\/modules\.txt$|(^|\/)_vendor\/vendor\.txt$/.test(path) ||
        /(^|\/)vendor\/[^/]+\/Cargo\.toml$/.test(path));
}


/***/ }),

/***/ 8627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ew: () => (/* binding */ findVendoredFolders),
/* harmony export */   l3: () => (/* binding */ findPythonDistributions)
/* harmony export */ });
/* unused harmony export findVendoredPython */
/* harmony import */ var _python_metadata_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94645);
/* harmony import */ var _sources_purl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6379);
/* harmony import */ var _file_set_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63073);



/** Every installed distribution of the tree, vendored code nested in its carrier. */
function findPythonDistributions(files) {
    const found = [];
    const owners = new Map();
    for (const path of files.paths) {
        const metadata = /\.dist-info\/METADATA$/.test(path)
            ? path
            : /\.egg-info\/PKG-INFO$/.test(path)
                ? path
                : undefined;
        if (!metadata || /(^|\/)_vendor\/[^/]+\/[^/]+$/.test(metadata))
            continue;
        const c = distribution(files, metadata);
        if (!c)
            continue;
        found.push(c);
        for (const top of topLevelNames(files, metadata))
            owners.set(`${(0,_file_set_js__WEBPACK_IMPORTED_MODULE_1__/* .dirOf */ .R)((0,_file_set_js__WEBPACK_IMPORTED_MODULE_1__/* .dirOf */ .R)(metadata))}/${top}`.replace(/^\//, ''), c.ref);
    }
    for (const path of files.paths) {
        const match = /^(.*?)([^/]+)\/_vendor\/vendor\.txt$/.exec(path);
        if (!match)
            continue;
        const carrier = owners.get(`${match[1]}${match[2]}`);
        found.push(...findVendoredPython(files, path, carrier));
    }
    return found;
}
function distribution(files, path) {
    const metadata = (0,_python_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCoreMetadata */ .Ug)(files.read(path) ?? '');
    const name = metadata.fields.get('name');
    const version = metadata.fields.get('version');
    if (!name || !version)
        return undefined;
    const purl = (0,_sources_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .pypiPurl */ .iC)(name, version);
    const properties = {
        'provenant:installed:path': (0,_file_set_js__WEBPACK_IMPORTED_MODULE_1__/* .dirOf */ .R)(path)
    };
    const record = path.endsWith('/METADATA')
        ? files.read(`${(0,_file_set_js__WEBPACK_IMPORTED_MODULE_1__/* .dirOf */ .R)(path)}/RECORD`)
        : undefined;
    if (record !== undefined) {
        const entries = (0,_python_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRecord */ .Hh)(record);
        properties['provenant:python:record-files'] = String(entries.length);
        properties['provenant:python:record-hashed'] = String(entries.filter((e) => e.sha256).length);
    }
    return {
        ref: purl,
        ecosystem: 'pypi',
        name: (0,_python_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePythonName */ .L7)(name),
        version,
        purl,
        hashes: [],
        licenses: (0,_python_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .pythonLicenses */ .Vb)(metadata),
        scope: 'required',
        origin: { kind: 'registry' },
        properties
    };
}
/** The import names a distribution installs: top_level.txt, else RECORD's first segments. */
function topLevelNames(files, metadata) {
    const dir = (0,_file_set_js__WEBPACK_IMPORTED_MODULE_1__/* .dirOf */ .R)(metadata);
    const top = files.read(`${dir}/top_level.txt`);
    if (top !== undefined)
        return top.split(/\r?\n/).filter(Boolean);
    const record = files.read(`${dir}/RECORD`);
    if (record === undefined)
        return [];
    return [
        ...new Set((0,_python_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRecord */ .Hh)(record)
            .map((e) => e.path.split('/')[0])
            .filter((p) => !p.endsWith('.dist-info') && !p.includes('.')))
    ];
}
/**
 * `<pkg>/_vendor/vendor.txt` (`name==version`, comments after `#`) and the
 * `_vendor/*.dist-info` beside it: one component per vendored project.
 */
function findVendoredPython(files, vendorTxt, carrier) {
    const folder = (0,_file_set_js__WEBPACK_IMPORTED_MODULE_1__/* .dirOf */ .R)(vendorTxt);
    const byName = new Map();
    for (const line of (files.read(vendorTxt) ?? '').split(/\r?\n/)) {
        const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*==\s*([^\s#;]+)/.exec(line);
        if (match)
            byName.set((0,_python_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePythonName */ .L7)(match[1]), {
                name: match[1],
                version: match[2],
                from: vendorTxt
            });
    }
    for (const path of files.paths) {
        if ((0,_file_set_js__WEBPACK_IMPORTED_MODULE_1__/* .dirOf */ .R)((0,_file_set_js__WEBPACK_IMPORTED_MODULE_1__/* .dirOf */ .R)(path)) !== folder || !/\.dist-info\/METADATA$/.test(path))
            continue;
        const metadata = (0,_python_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCoreMetadata */ .Ug)(files.read(path) ?? '');
        const name = metadata.fields.get('name');
        const version = metadata.fields.get('version');
        if (name && version)
            byName.set((0,_python_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePythonName */ .L7)(name), { name, version, from: path });
    }
    return [...byName.values()].map(({ name, version, from }) => {
        const purl = (0,_sources_purl_js__WEBPACK_IMPORTED_MODULE_2__/* .pypiPurl */ .iC)(name, version);
        return {
            ref: `${purl}#${folder}`,
            ecosystem: 'pypi',
            name: (0,_python_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePythonName */ .L7)(name),
            version,
            purl,
            hashes: [],
            licenses: [],
            scope: 'required',
            origin: { kind: 'registry' },
            properties: {
                'provenant:vendored:in': folder,
                'provenant:vendored:source': from
            },
            kind: 'vendored',
            ...(carrier ? { containedBy: carrier } : {})
        };
    });
}
/** Every `_vendor` folder of an archive (by vendor.txt or a dist-info in it), all carried by `carrier`. */
function findVendoredFolders(files, carrier) {
    const folders = new Set();
    for (const path of files.paths) {
        const match = /^(.*\/)?_vendor\/(vendor\.txt|[^/]+\.dist-info\/METADATA)$/.exec(path);
        if (match)
            folders.add(`${match[1] ?? ''}_vendor`);
    }
    return [...folders]
        .sort()
        .flatMap((folder) => findVendoredPython(files, `${folder}/vendor.txt`, carrier));
}


/***/ }),

/***/ 98315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wd: () => (/* binding */ lockfileKind),
/* harmony export */   jv: () => (/* binding */ selectLockfiles)
/* harmony export */ });
/* unused harmony export isRequirementsFile */
/* harmony import */ var _sources_parse_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82243);

const JS_ORDER = [
    'npm-shrinkwrap.json',
    'package-lock.json',
    'pnpm-lock.yaml',
    'yarn.lock'
];
const PY_ORDER = ['uv.lock', 'poetry.lock', 'Pipfile.lock'];
const MANAGER_FILES = new Map([
    ['npm', ['npm-shrinkwrap.json', 'package-lock.json']],
    ['pnpm', ['pnpm-lock.yaml']],
    ['yarn', ['yarn.lock']]
]);
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function isRequirementsFile(path) {
    const name = baseName(path);
    if (!name.toLowerCase().endsWith('.txt'))
        return false;
    return /requirements/i.test(name) || baseName((0,_sources_parse_text_js__WEBPACK_IMPORTED_MODULE_0__/* .dirOf */ .Rw)(path)) === 'requirements';
}
function lockfileKind(path) {
    switch (baseName(path)) {
        case 'package-lock.json':
        case 'npm-shrinkwrap.json':
            return 'npm';
        case 'yarn.lock':
            return 'yarn';
        case 'pnpm-lock.yaml':
            return 'pnpm';
        case 'uv.lock':
            return 'uv';
        case 'poetry.lock':
            return 'poetry';
        case 'Pipfile.lock':
            return 'pipfile';
        case 'go.mod':
            return 'go';
        case 'Cargo.lock':
            return 'cargo';
        default:
            return isRequirementsFile(path) ? 'requirements' : undefined;
    }
}
function packageManager(read, folder) {
    const text = read?.(folder === '' ? 'package.json' : `${folder}/package.json`);
    if (text === undefined)
        return undefined;
    try {
        const data = JSON.parse(text);
        const field = (0,_sources_parse_text_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(data) ? (0,_sources_parse_text_js__WEBPACK_IMPORTED_MODULE_0__/* .asString */ .oJ)(data.packageManager) : undefined;
        return field?.split('@')[0];
    }
    catch {
        return undefined; // the reader of that folder reports a broken package.json
    }
}
function pick(names, order) {
    return order.find((name) => names.includes(name));
}
/** `paths`: every lockfile candidate found, relative POSIX paths. */
function selectLockfiles(paths, read) {
    const byFolder = new Map();
    for (const path of paths) {
        if (lockfileKind(path) === undefined)
            continue;
        const list = byFolder.get((0,_sources_parse_text_js__WEBPACK_IMPORTED_MODULE_0__/* .dirOf */ .Rw)(path)) ?? [];
        list.push(path);
        byFolder.set((0,_sources_parse_text_js__WEBPACK_IMPORTED_MODULE_0__/* .dirOf */ .Rw)(path), list);
    }
    const lockfiles = [];
    const skipped = [];
    for (const [folder, list] of byFolder) {
        const names = list.map(baseName);
        const manager = packageManager(read, folder);
        const js = pick(names, [
            ...(MANAGER_FILES.get(manager ?? '') ?? []),
            ...JS_ORDER
        ]);
        const py = pick(names, PY_ORDER);
        for (const path of list) {
            const kind = lockfileKind(path);
            const name = baseName(path);
            let winner = name;
            if (kind === 'npm' || kind === 'yarn' || kind === 'pnpm')
                winner = js;
            else if (kind === 'uv' || kind === 'poetry' || kind === 'pipfile')
                winner = py;
            else if (kind === 'requirements' && py !== undefined)
                winner = py;
            if (winner === name)
                lockfiles.push(path);
            else
                skipped.push({
                    path,
                    reason: `${folder === '' ? '' : `${folder}/`}${winner} is read for this folder instead`
                });
        }
    }
    const order = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    return {
        lockfiles: lockfiles.sort(order),
        skipped: skipped.sort((a, b) => order(a.path, b.path))
    };
}


/***/ }),

/***/ 94645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ checkRecord),
/* harmony export */   Hh: () => (/* binding */ parseRecord),
/* harmony export */   L7: () => (/* binding */ normalizePythonName),
/* harmony export */   Ug: () => (/* binding */ parseCoreMetadata),
/* harmony export */   Vb: () => (/* binding */ pythonLicenses),
/* harmony export */   pP: () => (/* binding */ parseRequirement)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Python core metadata (a wheel's METADATA, an sdist's PKG-INFO) and a
 * wheel's RECORD: parsed from text, checked against the archive's bytes.
 */

/** RFC 822-style headers; continuation lines start with white space; the body is ignored. */
function parseCoreMetadata(text) {
    const all = new Map();
    let last;
    for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
        if (line === '')
            break;
        if (/^[ \t]/.test(line) && last) {
            last[last.length - 1] += `\n${line.replace(/^( {8}|\t|\s+\|)/, '')}`;
            continue;
        }
        const colon = line.indexOf(':');
        if (colon <= 0) {
            last = undefined;
            continue;
        }
        const key = line.slice(0, colon).trim().toLowerCase();
        last = all.get(key) ?? [];
        last.push(line.slice(colon + 1).trim());
        all.set(key, last);
    }
    const fields = new Map([...all].map(([k, v]) => [k, v[0].trim()]));
    return { fields, all };
}
/** PEP 503 normalised project name. */
function normalizePythonName(name) {
    return name
        .trim()
        .toLowerCase()
        .replace(/[-_.]+/g, '-');
}
/** One Requires-Dist value (PEP 508); undefined when it names no project. */
function parseRequirement(text) {
    const [spec = '', ...rest] = text.split(';');
    const marker = rest.join(';').trim() || undefined;
    const name = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec)?.[1];
    if (!name)
        return undefined;
    const pinned = /(?:^|[\s(,])===?\s*([A-Za-z0-9.+!_-]+)\s*\)?\s*$/.exec(spec.slice(spec.indexOf(name) + name.length));
    return {
        name: normalizePythonName(name),
        version: pinned?.[1] ?? '',
        marker,
        extraOnly: marker !== undefined && /\bextra\s*==/.test(marker),
        text: text.trim()
    };
}
/** The longest License value taken as a license name; longer ones are full texts. */
const MAX_LICENSE_NAME_LENGTH = 100;
/**
 * License-Expression (metadata 2.4) first; else a short one-line License
 * field; else the License :: classifiers by name. A full license text in
 * License is never taken for a license id.
 */
function pythonLicenses(metadata) {
    const expression = metadata.fields.get('license-expression');
    if (expression)
        return [expression];
    const license = metadata.fields.get('license');
    if (license &&
        !license.includes('\n') &&
        license.length <= MAX_LICENSE_NAME_LENGTH &&
        license.toUpperCase() !== 'UNKNOWN') {
        return [license];
    }
    return (metadata.all.get('classifier') ?? [])
        .filter((c) => c.startsWith('License ::'))
        .map((c) => c.split('::').at(-1).trim())
        .filter((c) => c !== '' && c !== 'OSI Approved');
}
/** RECORD is CSV: path,hash,size; quoted fields may hold commas. */
function parseRecord(text) {
    const entries = [];
    for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
        if (line.trim() === '')
            continue;
        const [path = '', hash = ''] = splitCsvLine(line);
        const match = /^sha256=([A-Za-z0-9_-]+)$/.exec(hash);
        entries.push({
            path,
            sha256: match
                ? Buffer.from(match[1], 'base64url').toString('hex')
                : undefined
        });
    }
    return entries;
}
function splitCsvLine(line) {
    const fields = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const char = line[i];
        if (quoted) {
            if (char === '"' && line[i + 1] === '"')
                field += line[++i];
            else if (char === '"')
                quoted = false;
            else
                field += char;
        }
        else if (char === '"')
            quoted = true;
        else if (char === ',') {
            fields.push(field);
            field = '';
        }
        else
            field += char;
    }
    fields.push(field);
    return fields;
}
/** RECORD entries whose file is missing or whose SHA-256 differs: `path (reason)`. */
function checkRecord(entries, files) {
    const problems = [];
    for (const { path, sha256 } of entries) {
        if (sha256 === undefined)
            continue;
        const data = files.get(path);
        if (data === undefined)
            problems.push(`${path} (listed, not in the archive)`);
        else if ((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex') !== sha256)
            problems.push(`${path} (sha256 differs from RECORD)`);
    }
    return problems;
}


/***/ }),

/***/ 12118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ readSourceTree)
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/inputs/clip.ts
var clip = __webpack_require__(19383);
// EXTERNAL MODULE: ./src/lib/sbom/lockfiles.ts
var lockfiles = __webpack_require__(98315);
// EXTERNAL MODULE: ./src/lib/sbom/sources/parse-text.ts
var parse_text = __webpack_require__(82243);
;// CONCATENATED MODULE: ./src/lib/sbom/sources/lock-graph.ts

function emptyGraph(lockfile) {
    return {
        lockfile,
        sources: [lockfile],
        project: undefined,
        rootEdges: [],
        members: [],
        nodes: new Map()
    };
}
/** Reads a file the reader needs, recording it in `sources` when present. */
function readTracked(ctx, graph, path) {
    const text = ctx.read(path);
    if (text !== undefined && !graph.sources.includes(path))
        graph.sources.push(path);
    return text;
}
/** The TOML manifest `name` in `folder` (Cargo.toml, pyproject.toml), read and tracked; undefined when absent. */
function readTomlManifest(ctx, graph, folder, name) {
    const path = (0,parse_text/* joinPath */.uJ)(folder, name);
    const text = readTracked(ctx, graph, path);
    return text === undefined
        ? undefined
        : (0,parse_text/* parseTomlText */.tT)(text, path, parse_text/* MANIFEST_INVALID */.Ix);
}
function isLocal(origin) {
    return (origin.kind === 'workspace' ||
        (origin.kind === 'file' && origin.directory === true));
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/workspaces.ts
/**
 * Workspace member globs (npm/yarn `workspaces`, Cargo `members`) matched
 * against the manifest paths found in the tree: a TreeReader reads files but
 * cannot list folders, so the io layer hands readers the manifests it saw.
 */

/** `packages/*`, `crates/**`, `./tools/x` -> a RegExp over POSIX folder paths. */
function globToRegExp(pattern) {
    const clean = (0,parse_text/* joinPath */.uJ)(pattern.replace(/\/+$/, ''));
    let source = '';
    for (let i = 0; i < clean.length; i++) {
        const c = clean[i];
        if (c === '*' && clean[i + 1] === '*') {
            source += '.*';
            i++;
        }
        else if (c === '*')
            source += '[^/]*';
        else if (c === '?')
            source += '[^/]';
        else
            source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
}
/**
 * Folders (relative to the tree) of the member manifests named `manifestName`
 * under `baseDir` that the patterns select; `!pattern` excludes.
 */
function matchMembers(baseDir, patterns, manifestPaths, manifestName) {
    const include = patterns.filter((p) => !p.startsWith('!')).map(globToRegExp);
    const exclude = patterns
        .filter((p) => p.startsWith('!'))
        .map((p) => globToRegExp(p.slice(1)));
    const prefix = baseDir === '' ? '' : `${baseDir}/`;
    const out = [];
    for (const path of manifestPaths) {
        if (!path.endsWith(`/${manifestName}`) || !path.startsWith(prefix))
            continue;
        const folder = path.slice(prefix.length, path.length - manifestName.length - 1);
        if (include.some((r) => r.test(folder)) &&
            !exclude.some((r) => r.test(folder))) {
            out.push((0,parse_text/* joinPath */.uJ)(baseDir, folder));
        }
    }
    // Literal member paths work without the manifest list.
    for (const pattern of patterns) {
        if (!/[*?![]/.test(pattern)) {
            const folder = (0,parse_text/* joinPath */.uJ)(baseDir, pattern);
            if (!out.includes(folder))
                out.push(folder);
        }
    }
    return out.sort();
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/cargo-manifest.ts



function readCargoToml(ctx, graph, folder) {
    return readTomlManifest(ctx, graph, folder, 'Cargo.toml');
}
function version(pkg, workspace) {
    const own = pkg.version;
    if (typeof own === 'string')
        return own;
    // `version.workspace = true` inherits [workspace.package] version.
    return (0,parse_text/* asString */.oJ)((0,parse_text/* asRecord */.qY)((0,parse_text/* asRecord */.qY)(workspace.workspace).package).version) ?? '';
}
function cargoProject(root) {
    if (!root)
        return undefined;
    const pkg = (0,parse_text/* asRecord */.qY)(root.package);
    const inherited = (0,parse_text/* asRecord */.qY)((0,parse_text/* asRecord */.qY)(root.workspace).package);
    const license = (0,parse_text/* asString */.oJ)(pkg.license) ?? (0,parse_text/* asString */.oJ)(inherited.license);
    if (pkg.name === undefined && root.workspace === undefined)
        return undefined;
    return {
        ecosystem: 'cargo',
        name: (0,parse_text/* asString */.oJ)(pkg.name),
        version: root.package === undefined
            ? ((0,parse_text/* asString */.oJ)(inherited.version) ?? '')
            : version(pkg, root),
        licenses: license ? [license] : []
    };
}
/** Every dependency table of a manifest, with the kind of edge it makes. */
function dependencyTables(data) {
    const tables = [];
    const collect = (owner) => {
        tables.push([(0,parse_text/* asRecord */.qY)(owner.dependencies), 'prod']);
        tables.push([(0,parse_text/* asRecord */.qY)(owner['build-dependencies']), 'prod']);
        tables.push([(0,parse_text/* asRecord */.qY)(owner['build_dependencies']), 'prod']);
        tables.push([(0,parse_text/* asRecord */.qY)(owner['dev-dependencies']), 'dev']);
        tables.push([(0,parse_text/* asRecord */.qY)(owner['dev_dependencies']), 'dev']);
    };
    collect(data);
    for (const target of Object.values((0,parse_text/* asRecord */.qY)(data.target)))
        collect((0,parse_text/* asRecord */.qY)(target));
    return tables;
}
/**
 * Crate name -> edge kind for one local crate: normal/build wins over optional
 * over dev. `shared` is the root's [workspace.dependencies] (`foo.workspace = true`).
 */
function crateEdgeKinds(data, shared) {
    const kinds = new Map();
    const rank = { dev: 0, optional: 1, prod: 2 };
    for (const [table, kind] of dependencyTables(data)) {
        for (const [key, spec] of Object.entries(table)) {
            const inherited = (0,parse_text/* asRecord */.qY)(spec).workspace === true ? (0,parse_text/* asRecord */.qY)(shared[key]) : {};
            const crate = (0,parse_text/* asString */.oJ)((0,parse_text/* asRecord */.qY)(spec).package) ?? (0,parse_text/* asString */.oJ)(inherited.package) ?? key;
            const effective = kind === 'prod' && (0,parse_text/* asRecord */.qY)(spec).optional === true ? 'optional' : kind;
            const current = kinds.get(crate);
            if (current === undefined || rank[effective] > rank[current])
                kinds.set(crate, effective);
        }
    }
    return kinds;
}
/** Local crates by name: the root package, workspace members (globs too), and path dependencies. */
function localCrates(ctx, graph, lockDir, root) {
    const crates = new Map();
    const workspace = (0,parse_text/* asRecord */.qY)(root?.workspace);
    const members = (0,parse_text/* asArray */._j)(workspace.members).filter((m) => typeof m === 'string');
    const excluded = new Set((0,parse_text/* asArray */._j)(workspace.exclude).map((e) => (0,parse_text/* joinPath */.uJ)(lockDir, String(e))));
    const queue = matchMembers(lockDir, members, ctx.manifestPaths, 'Cargo.toml').filter((f) => !excluded.has(f));
    const seen = new Set();
    const visit = (folder, data) => {
        if (seen.has(folder) || data === undefined)
            return;
        seen.add(folder);
        const name = (0,parse_text/* asString */.oJ)((0,parse_text/* asRecord */.qY)(data.package).name);
        if (name !== undefined && !crates.has(name))
            crates.set(name, { folder, data });
        for (const [table] of dependencyTables(data)) {
            for (const spec of Object.values(table)) {
                const path = (0,parse_text/* asString */.oJ)((0,parse_text/* asRecord */.qY)(spec).path);
                if (path !== undefined)
                    queue.push((0,parse_text/* joinPath */.uJ)(folder, path));
            }
        }
    };
    visit(lockDir, root);
    for (const spec of Object.values((0,parse_text/* asRecord */.qY)(workspace.dependencies))) {
        const path = (0,parse_text/* asString */.oJ)((0,parse_text/* asRecord */.qY)(spec).path);
        if (path !== undefined)
            queue.push((0,parse_text/* joinPath */.uJ)(lockDir, path));
    }
    while (queue.length > 0) {
        const folder = queue.shift();
        if (!seen.has(folder))
            visit(folder, readCargoToml(ctx, graph, folder));
    }
    return crates;
}
function readRootCargoToml(ctx, graph, lockDir) {
    return readCargoToml(ctx, graph, lockDir);
}

// EXTERNAL MODULE: ./src/lib/sbom/sources/hashes.ts
var sources_hashes = __webpack_require__(23106);
// EXTERNAL MODULE: ./src/lib/sbom/sources/purl.ts
var sources_purl = __webpack_require__(6379);
;// CONCATENATED MODULE: ./src/lib/sbom/sources/cargo-lock.ts





const CRATES_IO = /^(registry\+https:\/\/github\.com\/rust-lang\/crates\.io-index|sparse\+https:\/\/index\.crates\.io\/?)$/;
function sourceOf(source) {
    if (CRATES_IO.test(source))
        return { origin: { kind: 'registry' }, qualifiers: {} };
    if (source.startsWith('git+')) {
        const url = source.slice(4).replace(/[?#].*$/, '');
        const commit = /#([0-9a-f]+)$/i.exec(source)?.[1];
        return {
            origin: commit ? { kind: 'git', url, commit } : { kind: 'git', url },
            qualifiers: { vcs_url: `git+${url}${commit ? `@${commit}` : ''}` }
        };
    }
    if (source.startsWith('path+'))
        return {
            origin: { kind: 'file', path: source.slice(5), directory: true },
            qualifiers: {}
        };
    const url = source.replace(/^(registry|sparse)\+/, '');
    return {
        origin: { kind: 'registry', url },
        qualifiers: { repository_url: url }
    };
}
function readCargoLock(ctx) {
    const file = ctx.lockfile;
    const text = ctx.read(file) ?? '';
    const data = (0,parse_text/* parseTomlText */.tT)(text, file);
    if (data.version !== undefined && data.version !== 3 && data.version !== 4) {
        throw (0,parse_text/* unknownLockfileVersion */.Qh)(file, (0,parse_text/* whereKey */.pP)(text, 'version', 'version'), data.version, '1 to 4');
    }
    const graph = emptyGraph(file);
    const lockDir = (0,parse_text/* dirOf */.Rw)(file);
    const root = readRootCargoToml(ctx, graph, lockDir);
    graph.project = cargoProject(root);
    const crates = localCrates(ctx, graph, lockDir, root);
    const shared = (0,parse_text/* asRecord */.qY)((0,parse_text/* asRecord */.qY)(root?.workspace).dependencies);
    const legacy = (0,parse_text/* asRecord */.qY)(data.metadata);
    const byName = new Map();
    const byNameVersion = new Map();
    const packages = [];
    if (!Array.isArray(data.package) || data.package.length === 0) {
        throw (0,parse_text/* invalidLockfile */.PR)(file, 'key package', data.package === undefined
            ? 'no [[package]] tables (a Cargo.lock lists at least the crate itself)'
            : 'must be a list of [[package]] tables');
    }
    (0,parse_text/* asArray */._j)(data.package).forEach((raw, index) => {
        const pkg = (0,parse_text/* asRecord */.qY)(raw);
        const name = (0,parse_text/* asString */.oJ)(pkg.name);
        const version = (0,parse_text/* asString */.oJ)(pkg.version);
        if (name === undefined || version === undefined) {
            throw (0,parse_text/* invalidLockfile */.PR)(file, `key package[${index}]`, 'a [[package]] needs name and version');
        }
        const source = (0,parse_text/* asString */.oJ)(pkg.source);
        const id = source === undefined
            ? `${name} ${version}`
            : `${name} ${version} (${source})`;
        const crate = crates.get(name);
        const { origin, qualifiers } = source === undefined
            ? {
                origin: {
                    kind: 'workspace',
                    path: crate?.folder ?? lockDir
                },
                qualifiers: {}
            }
            : sourceOf(source);
        const checksum = (0,parse_text/* asString */.oJ)(pkg.checksum) ?? (0,parse_text/* asString */.oJ)(legacy[`checksum ${id}`]);
        const hash = (0,sources_hashes/* checkedHex */.HQ)('SHA-256', checksum, (problem) => (0,parse_text/* invalidLockfile */.PR)(file, `key package[${index}].checksum`, problem));
        const node = {
            id,
            ecosystem: 'cargo',
            name,
            version,
            purl: (0,sources_purl/* cargoPurl */.q$)(name, version, qualifiers),
            hashes: hash ? [hash] : [],
            licenses: [],
            origin,
            properties: source === undefined && crate === undefined
                ? { 'provenant:manifest-missing': 'true' }
                : {},
            edges: []
        };
        if (source === undefined)
            node.scope = 'required';
        graph.nodes.set(id, node);
        if (!byName.has(name))
            byName.set(name, id);
        if (!byNameVersion.has(`${name} ${version}`))
            byNameVersion.set(`${name} ${version}`, id);
        packages.push([node, pkg]);
    });
    for (const [node, pkg] of packages) {
        const local = node.origin.kind === 'workspace';
        const kinds = local
            ? crateEdgeKinds(crates.get(node.name)?.data ?? {}, shared)
            : undefined;
        for (const dep of (0,parse_text/* asArray */._j)(pkg.dependencies)) {
            // "name", "name version" or "name version (source)": as specific as needed to be unique.
            const spec = String(dep);
            const [name = '', version] = spec.split(' ');
            const to = graph.nodes.has(spec)
                ? spec
                : version
                    ? byNameVersion.get(`${name} ${version}`)
                    : byName.get(name);
            if (to !== undefined && to !== node.id)
                node.edges.push({ to, kind: kinds?.get(name) ?? 'prod' });
        }
        if (!local)
            continue;
        if (node.name === graph.project?.name &&
            crates.get(node.name)?.folder === lockDir) {
            graph.rootEdges = node.edges;
            graph.nodes.delete(node.id);
        }
        else
            graph.members.push(node.id);
    }
    return graph;
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/go-mod.ts
/**
 * go.mod + go.sum. The packages are go.mod's `require` entries (direct and
 * `// indirect`), the only edges recorded are the module's own (go.mod does not
 * say which module needs which). `replace` applies: a module replacement is the
 * code built, so the component is the replacement (the replaced require kept
 * in `provenant:go-replaces`); a local directory replacement is a local folder
 * component (origin file, directory), not a third-party package.
 *
 * go.sum `h1:` is base64 of a SHA-256 over the module's dirhash summary (one
 * `sha256 file` line per file of the module zip), not of the zip itself. It is
 * what `go mod verify` checks, so it is kept as a SHA-256 hash and verbatim in
 * `provenant:go-h1`; a `<module> <version>/go.mod` line hashes only the
 * go.mod file and does not make a package.
 */




const VERBS = new Set([
    'module',
    'go',
    'toolchain',
    'require',
    'replace',
    'exclude',
    'retract',
    'tool',
    'godebug',
    'ignore'
]);
function unquote(token) {
    return /^["`].*["`]$/.test(token) ? token.slice(1, -1) : token;
}
function parseGoMod(text, file) {
    const mod = { module: undefined, requires: [], replaces: [] };
    let block;
    let blockLine = 0;
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        const comment = raw.indexOf('//');
        const indirect = comment !== -1 && /^\/\/\s*indirect\b/.test(raw.slice(comment));
        const body = (comment === -1 ? raw : raw.slice(0, comment)).trim();
        if (body === '')
            continue;
        let verb = block;
        let args = body;
        if (block === undefined) {
            const space = body.search(/[\s(]/);
            verb = space === -1 ? body : body.slice(0, space);
            args = space === -1 ? '' : body.slice(space).trim();
            if (!VERBS.has(verb))
                throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${i + 1}`, `unknown directive "${verb}"`);
            if (args === '(') {
                block = verb;
                blockLine = i + 1;
                continue;
            }
        }
        else if (body === ')') {
            block = undefined;
            continue;
        }
        const tokens = args.split(/\s+/).map(unquote);
        if (verb === 'module')
            mod.module = tokens[0];
        else if (verb === 'require') {
            if (tokens.length < 2)
                throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${i + 1}`, 'a require needs a module path and a version');
            mod.requires.push({
                path: tokens[0],
                version: tokens[1],
                indirect
            });
        }
        else if (verb === 'replace') {
            const arrow = tokens.indexOf('=>');
            if (arrow < 1 || arrow + 1 >= tokens.length)
                throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${i + 1}`, 'a replace needs `old [version] => new [version]`');
            mod.replaces.push({
                path: tokens[0],
                version: tokens[1] === '=>' ? undefined : tokens[1],
                to: tokens[arrow + 1],
                toVersion: tokens[arrow + 2]
            });
        }
    }
    if (block !== undefined)
        throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${blockLine}`, `the ${block} ( block is never closed`);
    return mod;
}
/** go.sum: `<module> <version>[/go.mod] h1:<base64>` -> module@version -> h1 (zip lines only). */
function parseGoSum(text, file) {
    const sums = new Map();
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (line === '')
            continue;
        const [path, version, hash, extra] = line.split(/\s+/);
        if (!path ||
            !version ||
            !hash ||
            extra !== undefined ||
            !/^h\d+:/.test(hash)) {
            throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${i + 1}`, 'expected `<module> <version> h1:<hash>`');
        }
        if (hash.startsWith('h1:') && !(0,sources_hashes/* base64Hash */.m1)('SHA-256', hash.slice(3))) {
            throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${i + 1}`, `"${hash}" is not an h1 (SHA-256) hash`);
        }
        if (!version.endsWith('/go.mod'))
            sums.set(`${path}@${version}`, hash);
    }
    return sums;
}
const isLocalPath = (target) => /^(\.{1,2}\/|\/|[A-Za-z]:\\)/.test(target) ||
    target === '.' ||
    target === '..';
function readGoMod(ctx) {
    const graph = emptyGraph(ctx.lockfile);
    const mod = parseGoMod(ctx.read(ctx.lockfile) ?? '', ctx.lockfile);
    const dir = (0,parse_text/* dirOf */.Rw)(ctx.lockfile);
    const sumPath = (0,parse_text/* joinPath */.uJ)(dir, 'go.sum');
    const sumText = readTracked(ctx, graph, sumPath);
    const sums = sumText === undefined
        ? new Map()
        : parseGoSum(sumText, sumPath);
    if (mod.module !== undefined)
        graph.project = {
            ecosystem: 'golang',
            name: mod.module,
            version: '',
            licenses: []
        };
    for (const req of mod.requires) {
        // A replace with a version applies to that version only; without, to all.
        const replace = mod.replaces.find((r) => r.path === req.path && r.version === req.version) ??
            mod.replaces.find((r) => r.path === req.path && r.version === undefined);
        const properties = {};
        if (req.indirect)
            properties['provenant:go-indirect'] = 'true';
        let path = req.path;
        let version = req.version;
        let origin = { kind: 'registry' };
        if (replace) {
            properties['provenant:go-replaces'] = `${req.path}@${req.version}`;
            if (isLocalPath(replace.to)) {
                version = '';
                origin = {
                    kind: 'file',
                    path: (0,parse_text/* joinPath */.uJ)(dir, replace.to),
                    directory: true
                };
            }
            else {
                path = replace.to;
                version = replace.toVersion ?? req.version;
            }
        }
        const h1 = origin.kind === 'registry' ? sums.get(`${path}@${version}`) : undefined;
        const hash = h1?.startsWith('h1:')
            ? (0,sources_hashes/* base64Hash */.m1)('SHA-256', h1.slice(3))
            : undefined;
        if (h1)
            properties['provenant:go-h1'] = h1;
        const node = {
            id: `${req.path}@${req.version}`,
            ecosystem: 'golang',
            name: path,
            version,
            purl: (0,sources_purl/* golangPurl */.av)(path, version),
            hashes: hash ? [hash] : [],
            licenses: [],
            origin,
            properties,
            scope: 'required',
            edges: []
        };
        graph.nodes.set(node.id, node);
        graph.rootEdges.push({ to: node.id, kind: 'prod' });
    }
    return graph;
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/merge.ts


const RANK = { dev: 0, optional: 1, required: 2 };
function mergeProperty(current, next) {
    if (current === undefined || current === next)
        return next;
    return [...new Set([...current.split(','), ...next.split(',')])]
        .sort()
        .join(',');
}
function originTag(facts) {
    const { origin } = facts;
    const where = 'path' in origin ? origin.path : 'url' in origin ? origin.url : '';
    return `${origin.kind}:${where}`;
}
class GraphBuilder {
    components = new Map();
    refByIdentity = new Map();
    edges = new Map();
    scoped = new Set();
    /** Adds (or merges) a component and returns its ref; `scope` undefined: an entry no walk reached. */
    add(facts, scope) {
        const local = isLocal(facts.origin);
        const identity = local
            ? `${facts.purl}\u0000${JSON.stringify(facts.origin)}`
            : facts.purl;
        let ref = this.refByIdentity.get(identity);
        if (ref === undefined) {
            // The purl is the ref, unless a package of another identity holds it already.
            ref = this.components.has(facts.purl)
                ? `${facts.purl}#${originTag(facts)}`
                : facts.purl;
            this.refByIdentity.set(identity, ref);
            this.components.set(ref, {
                ref,
                ecosystem: facts.ecosystem,
                name: facts.name,
                version: facts.version,
                purl: facts.purl,
                hashes: [...facts.hashes],
                licenses: [...facts.licenses],
                scope: scope ?? 'required',
                origin: facts.origin,
                properties: { ...facts.properties }
            });
            if (scope)
                this.scoped.add(ref);
            return ref;
        }
        const component = this.components.get(ref);
        if (scope && (!this.scoped.has(ref) || RANK[scope] > RANK[component.scope]))
            component.scope = scope;
        if (scope)
            this.scoped.add(ref);
        (0,sources_hashes/* addHashes */.GW)(component.hashes, facts.hashes);
        for (const license of facts.licenses) {
            if (!component.licenses.includes(license))
                component.licenses.push(license);
        }
        for (const [key, value] of Object.entries(facts.properties)) {
            component.properties[key] = mergeProperty(component.properties[key], value);
        }
        if (component.origin.kind === 'alias' && facts.origin.kind !== 'alias')
            component.origin = facts.origin;
        return ref;
    }
    has(ref) {
        return this.components.has(ref);
    }
    edge(from, to) {
        if (from === to)
            return;
        let set = this.edges.get(from);
        if (!set)
            this.edges.set(from, (set = new Set()));
        set.add(to);
    }
    /** Components sorted by ref; one Dependency per component and for the root, dependsOn sorted. */
    build(rootRef) {
        const byRef = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
        const refs = [...this.components.keys()].sort(byRef);
        const dependsOn = (ref) => [...(this.edges.get(ref) ?? [])].sort(byRef);
        return {
            components: refs.map((ref) => this.components.get(ref)),
            dependencies: [rootRef, ...refs].map((ref) => ({
                ref,
                dependsOn: dependsOn(ref)
            }))
        };
    }
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/npm-manifest.ts


function readPackageJson(ctx, graph, folder) {
    const path = (0,parse_text/* joinPath */.uJ)(folder, 'package.json');
    const text = readTracked(ctx, graph, path);
    if (text === undefined)
        return undefined;
    return { path, data: (0,parse_text/* parseJsonText */.lk)(text, path, parse_text/* MANIFEST_INVALID */.Ix) };
}
/** `license` as a string, or the legacy `{type}` / `licenses: [{type}]` forms. */
function npmLicenses(data) {
    const license = data.license;
    if (typeof license === 'string' && license.trim() !== '')
        return [license.trim()];
    const type = (0,parse_text/* asString */.oJ)((0,parse_text/* asRecord */.qY)(license).type);
    if (type)
        return [type];
    return (0,parse_text/* asArray */._j)(data.licenses)
        .map((entry) => (0,parse_text/* asString */.oJ)((0,parse_text/* asRecord */.qY)(entry).type))
        .filter((t) => t !== undefined);
}
function npmProject(data) {
    return {
        ecosystem: 'npm',
        name: (0,parse_text/* asString */.oJ)(data.name),
        version: (0,parse_text/* asString */.oJ)(data.version) ?? '',
        licenses: npmLicenses(data)
    };
}
/**
 * Direct dependencies of a manifest (or of an npm lockfile folder entry, which
 * has the same fields). A name in several tables counts once: optional over
 * prod over dev, as npm and yarn install it.
 */
function manifestDependencies(data) {
    const byName = new Map();
    const tables = [
        ['devDependencies', 'dev'],
        ['dependencies', 'prod'],
        ['optionalDependencies', 'optional']
    ];
    for (const [table, kind] of tables) {
        for (const [name, range] of (0,parse_text/* stringEntries */.iq)(data[table])) {
            byName.set(name, { name, range, kind });
        }
    }
    return [...byName.values()];
}
/** `workspaces: [...]` or `workspaces: {packages: [...]}`. */
function workspacePatterns(data) {
    const raw = Array.isArray(data.workspaces)
        ? data.workspaces
        : (0,parse_text/* asRecord */.qY)(data.workspaces).packages;
    return (0,parse_text/* asArray */._j)(raw).filter((p) => typeof p === 'string');
}
/** Splits `name@range` at the `@` that ends the (possibly scoped) name. */
function splitNameRange(spec) {
    const at = spec.indexOf('@', 1);
    return at === -1 ? [spec, ''] : [spec.slice(0, at), spec.slice(at + 1)];
}
/** yarn `resolutions`: `"trim"`, `"**\/trim"`, `"parent/trim"`, `"trim@0.0.1"` -> what to use instead. */
function yarnResolutions(data) {
    const out = new Map();
    for (const [key, value] of (0,parse_text/* stringEntries */.iq)(data.resolutions)) {
        const segments = key.split('/');
        let last = segments.pop() ?? '';
        const previous = segments[segments.length - 1];
        if (previous?.startsWith('@'))
            last = `${previous}/${last}`;
        const [name, range] = splitNameRange(last);
        const list = out.get(name) ?? [];
        list.push({ name, range: range === '' ? undefined : range, value });
        out.set(name, list);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/npm-origin.ts


const VCS = /^git(?:\+[^:]+)?:|\.git(?:#|$)|^ssh:|^(?:github|gitlab|bitbucket|gist):/i;
const CODELOAD = /^https:\/\/codeload\.github\.com\/([^/]+)\/([^/]+)\/tar\.gz\/([^/?#]+)$/;
const ARCHIVE = /\.(?:tgz|tar\.gz|tar|zip)$/i;
function splitFragment(url) {
    const hash = url.indexOf('#');
    return hash === -1
        ? [url, undefined]
        : [url.slice(0, hash), url.slice(hash + 1)];
}
/** `resolved` relative paths are relative to the lockfile's folder (`lockDir`). */
function npmSource(resolved, name, lockDir) {
    if (resolved === undefined || resolved === '')
        return { origin: { kind: 'registry' }, qualifiers: {} };
    if (/^file:/i.test(resolved)) {
        const path = (0,parse_text/* joinPath */.uJ)(lockDir, resolved.slice(5));
        return ARCHIVE.test(path)
            ? { origin: { kind: 'file', path }, qualifiers: {} }
            : { origin: { kind: 'file', path, directory: true }, qualifiers: {} };
    }
    if (VCS.test(resolved)) {
        const [url, commit] = splitFragment(resolved);
        return {
            origin: commit ? { kind: 'git', url, commit } : { kind: 'git', url },
            qualifiers: { vcs_url: resolved }
        };
    }
    const qualifiers = sources_purl/* NPM_DEFAULT_REGISTRY */.c8.test(resolved)
        ? {}
        : { download_url: resolved };
    const codeload = CODELOAD.exec(resolved);
    if (codeload) {
        const [, owner, repo, commit] = codeload;
        return {
            origin: {
                kind: 'git',
                url: `https://github.com/${owner}/${repo}.git`,
                commit
            },
            qualifiers
        };
    }
    const [url] = splitFragment(resolved);
    if (sources_purl/* NPM_DEFAULT_REGISTRY */.c8.test(url) || url.includes(`/${name}/-/`)) {
        return { origin: { kind: 'registry', url }, qualifiers };
    }
    return { origin: { kind: 'url', url }, qualifiers };
}
/** A dependency spec (`npm:real@1.0.0`) naming an alias target: the real name. */
function aliasTarget(spec) {
    if (!spec.startsWith('npm:'))
        return undefined;
    const rest = spec.slice(4);
    const at = rest.indexOf('@', 1);
    return at === -1 ? rest : rest.slice(0, at);
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/npm-lock-v1.ts






function flagScope(entry) {
    if (entry.dev === true)
        return 'dev';
    return entry.optional === true ? 'optional' : 'required';
}
function readNpmLockV1(ctx, data) {
    const graph = emptyGraph(ctx.lockfile);
    const lockDir = (0,parse_text/* dirOf */.Rw)(ctx.lockfile);
    const manifest = readPackageJson(ctx, graph, lockDir)?.data;
    graph.project = npmProject({ ...data, ...manifest });
    const tree = {
        children: new Map(),
        parent: new Map(),
        entries: new Map()
    };
    collect(ctx, data.dependencies, '', tree);
    for (const [id, entry] of tree.entries) {
        graph.nodes.set(id, buildNode(ctx, graph, id, entry, lockDir));
    }
    const resolve = (from, name) => {
        for (let at = from; at !== undefined; at = tree.parent.get(at)) {
            const hit = tree.children.get(at)?.get(name);
            if (hit !== undefined)
                return hit;
        }
        return undefined;
    };
    for (const [id, entry] of tree.entries) {
        const edges = [];
        for (const name of Object.keys((0,parse_text/* isRecord */.u4)(entry.requires) ? entry.requires : {})) {
            const to = resolve(id, name);
            if (to !== undefined && to !== id)
                edges.push({ to, kind: 'prod' });
        }
        ;
        graph.nodes.get(id).edges = edges;
    }
    if (manifest) {
        for (const dep of manifestDependencies(manifest)) {
            const to = resolve('', dep.name);
            if (to !== undefined)
                graph.rootEdges.push({ to, kind: dep.kind });
        }
    }
    else {
        for (const id of tree.children.get('')?.values() ?? []) {
            const scope = flagScope(tree.entries.get(id));
            graph.rootEdges.push({
                to: id,
                kind: scope === 'required' ? 'prod' : scope
            });
        }
    }
    return graph;
}
function collect(ctx, dependencies, parentId, tree) {
    if (dependencies === undefined)
        return;
    if (!(0,parse_text/* isRecord */.u4)(dependencies)) {
        throw (0,parse_text/* invalidLockfile */.PR)(ctx.lockfile, `key ${parentId || '(root)'}.dependencies`, 'expected an object');
    }
    const own = new Map();
    tree.children.set(parentId, own);
    for (const [name, entry] of Object.entries(dependencies)) {
        const id = `${parentId === '' ? '' : `${parentId}/`}node_modules/${name}`;
        if (!(0,parse_text/* isRecord */.u4)(entry) || typeof entry.version !== 'string') {
            const text = ctx.read(ctx.lockfile) ?? '';
            throw (0,parse_text/* invalidLockfile */.PR)(ctx.lockfile, (0,parse_text/* whereKey */.pP)(text, `"${name}"`, `dependencies.${name}`), 'an entry needs a `version` string');
        }
        own.set(name, id);
        tree.parent.set(id, parentId);
        tree.entries.set(id, entry);
        collect(ctx, entry.dependencies, id, tree);
    }
}
function buildNode(ctx, graph, id, entry, lockDir) {
    const installedAs = id.slice(id.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const spec = entry.version;
    const properties = {};
    if (entry.bundled === true)
        properties['provenant:bundled'] = 'true';
    let name = installedAs;
    let version = spec;
    let source = npmSource((0,parse_text/* asString */.oJ)(entry.resolved), name, lockDir);
    if (spec.startsWith('npm:')) {
        ;
        [name, version] = splitNameRange(spec.slice(4));
        properties['provenant:alias'] = installedAs;
        source = npmSource((0,parse_text/* asString */.oJ)(entry.resolved), name, lockDir);
        if (source.origin.kind === 'registry')
            source = { ...source, origin: { kind: 'alias', alias: installedAs } };
    }
    else if (/^(file:|git\+|git:|github:|gitlab:|bitbucket:|https?:)/.test(spec) ||
        /^[^@/:]+\/[^/]+(#.*)?$/.test(spec)) {
        // Not a version: the spec says where the code comes from, and no version is known.
        source = npmSource(spec.includes(':') ? spec : `github:${spec}`, name, lockDir);
        version = '';
        if (source.origin.kind === 'file' && source.origin.directory) {
            const folder = readPackageJson(ctx, graph, source.origin.path)?.data;
            version = (0,parse_text/* asString */.oJ)(folder?.version) ?? '';
        }
    }
    return {
        id,
        ecosystem: 'npm',
        name,
        version,
        purl: (0,sources_purl/* npmPurl */.NP)(name, version, source.qualifiers),
        hashes: (0,sources_hashes/* checkedSri */.wK)((0,parse_text/* asString */.oJ)(entry.integrity), (problem) => (0,parse_text/* invalidLockfile */.PR)(ctx.lockfile, `key ${id}.integrity`, problem)),
        licenses: [],
        origin: source.origin,
        properties,
        scope: flagScope(entry),
        edges: []
    };
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/npm-lock.ts








const NODE_MODULES = 'node_modules/';
/** The package name an install path gives: `node_modules/@s/a/node_modules/b` -> `b`. */
function nameFromPath(path) {
    const at = path.lastIndexOf(NODE_MODULES);
    return at === -1
        ? (path.split('/').pop() ?? path)
        : path.slice(at + NODE_MODULES.length);
}
/** The folder a lookup moves to when `base/node_modules/<name>` is absent. */
function parentOf(base) {
    const nested = base.lastIndexOf(`/${NODE_MODULES}`);
    if (nested !== -1)
        return base.slice(0, nested);
    if (base.startsWith(NODE_MODULES))
        return '';
    return (0,parse_text/* dirOf */.Rw)(base);
}
function scopeOf(entry) {
    if (entry.dev === true)
        return 'dev';
    if (entry.optional === true || entry.devOptional === true)
        return 'optional';
    return 'required';
}
function platformProperties(entry, into) {
    for (const key of ['os', 'cpu', 'libc']) {
        const value = entry[key];
        if (Array.isArray(value) && value.length > 0)
            into[`provenant:${key}`] = value.join(',');
    }
    if (entry.inBundle === true)
        into['provenant:bundled'] = 'true';
    if (entry.extraneous === true)
        into['provenant:extraneous'] = 'true';
}
/** Fields of a package entry that are text when present. */
const STRING_FIELDS = ['name', 'version', 'resolved', 'integrity', 'license'];
function readNpmLock(ctx) {
    const file = ctx.lockfile;
    const text = ctx.read(file) ?? '';
    const data = (0,parse_text/* parseJsonText */.lk)(text, file);
    const version = data.lockfileVersion;
    if (version === 1)
        return readNpmLockV1(ctx, data);
    if (version !== 2 && version !== 3) {
        throw (0,parse_text/* unknownLockfileVersion */.Qh)(file, (0,parse_text/* whereKey */.pP)(text, '"lockfileVersion"', 'lockfileVersion'), version, '1, 2, 3');
    }
    if (!(0,parse_text/* isRecord */.u4)(data.packages)) {
        throw (0,parse_text/* invalidLockfile */.PR)(file, (0,parse_text/* whereKey */.pP)(text, '"packages"', 'packages'), 'lockfileVersion 2/3 needs a `packages` object');
    }
    return readPackages(ctx, text, data.packages, data);
}
function readPackages(ctx, text, packages, lock) {
    const graph = emptyGraph(ctx.lockfile);
    const lockDir = (0,parse_text/* dirOf */.Rw)(ctx.lockfile);
    const rootEntry = (0,parse_text/* asRecord */.qY)(packages['']);
    const manifest = readPackageJson(ctx, graph, lockDir)?.data;
    const top = { name: lock.name, version: lock.version };
    graph.project = npmProject({ ...top, ...manifest, ...rootEntry });
    const members = workspacePatterns({ ...manifest, ...rootEntry }).map(globToRegExp);
    const links = new Map();
    const entries = [];
    for (const [key, value] of Object.entries(packages)) {
        if (key === '')
            continue;
        if (!(0,parse_text/* isRecord */.u4)(value)) {
            throw (0,parse_text/* invalidLockfile */.PR)(ctx.lockfile, (0,parse_text/* whereKey */.pP)(text, JSON.stringify(key), `packages["${key}"]`), 'expected an object');
        }
        const notText = STRING_FIELDS.find((field) => value[field] !== undefined && typeof value[field] !== 'string');
        if (notText !== undefined) {
            throw (0,parse_text/* invalidLockfile */.PR)(ctx.lockfile, (0,parse_text/* whereKey */.pP)(text, JSON.stringify(key), `packages["${key}"].${notText}`), `"${notText}" must be a string`);
        }
        if (value.link === true)
            links.set(key, (0,parse_text/* joinPath */.uJ)((0,parse_text/* asString */.oJ)(value.resolved) ?? ''));
        else
            entries.push([key, value]);
    }
    const keys = new Set(Object.keys(packages));
    for (const [key, entry] of entries) {
        graph.nodes.set(key, npm_lock_buildNode(ctx, graph, key, entry, lockDir, members));
    }
    const resolve = (from, name) => {
        for (let base = from;; base = parentOf(base)) {
            const candidate = base === ''
                ? `${NODE_MODULES}${name}`
                : `${base}/${NODE_MODULES}${name}`;
            if (keys.has(candidate))
                return links.get(candidate) ?? candidate;
            if (base === '')
                return undefined;
        }
    };
    const edgesOf = (from, entry, local) => {
        const out = [];
        const deps = manifestDependencies(entry).filter((d) => local || d.kind !== 'dev');
        const peerMeta = (0,parse_text/* asRecord */.qY)(entry.peerDependenciesMeta);
        const peers = Object.keys((0,parse_text/* asRecord */.qY)(entry.peerDependencies)).map((name) => ({
            name,
            kind: (0,parse_text/* asRecord */.qY)(peerMeta[name]).optional === true ? 'optional' : 'prod'
        }));
        for (const dep of [...deps, ...peers]) {
            const to = resolve(from, dep.name);
            if (to !== undefined && to !== '' && to !== from)
                out.push({ to, kind: dep.kind });
        }
        return out;
    };
    for (const [key, entry] of entries) {
        const node = graph.nodes.get(key);
        node.edges = edgesOf(key, entry, node.origin.kind === 'workspace');
        if (node.origin.kind === 'workspace')
            graph.members.push(key);
    }
    graph.rootEdges = edgesOf('', { ...manifest, ...rootEntry }, true);
    return graph;
}
function npm_lock_buildNode(ctx, graph, key, entry, lockDir, members) {
    const properties = {};
    platformProperties(entry, properties);
    const folder = !key.includes(NODE_MODULES);
    if (folder) {
        // A folder of the tree: a workspace member or a `file:` directory dependency.
        const manifest = entry.version === undefined
            ? readPackageJson(ctx, graph, (0,parse_text/* joinPath */.uJ)(lockDir, key))?.data
            : undefined;
        const name = (0,parse_text/* asString */.oJ)(entry.name) ?? (0,parse_text/* asString */.oJ)(manifest?.name) ?? nameFromPath(key);
        const version = (0,parse_text/* asString */.oJ)(entry.version) ?? (0,parse_text/* asString */.oJ)(manifest?.version) ?? '';
        const path = (0,parse_text/* joinPath */.uJ)(lockDir, key);
        const workspace = members.some((r) => r.test((0,parse_text/* joinPath */.uJ)(key)));
        return {
            id: key,
            ecosystem: 'npm',
            name,
            version,
            purl: (0,sources_purl/* npmPurl */.NP)(name, version),
            hashes: [],
            licenses: npmLicenses(entry),
            origin: workspace
                ? { kind: 'workspace', path }
                : { kind: 'file', path, directory: true },
            properties,
            scope: 'required',
            edges: []
        };
    }
    const installedAs = nameFromPath(key);
    const name = (0,parse_text/* asString */.oJ)(entry.name) ?? installedAs;
    const version = (0,parse_text/* asString */.oJ)(entry.version) ?? '';
    const resolved = (0,parse_text/* asString */.oJ)(entry.resolved);
    const source = npmSource(resolved, name, lockDir);
    let origin = source.origin;
    if (name !== installedAs) {
        properties['provenant:alias'] = installedAs;
        if (origin.kind === 'registry')
            origin = { kind: 'alias', alias: installedAs };
    }
    return {
        id: key,
        ecosystem: 'npm',
        name,
        version,
        purl: (0,sources_purl/* npmPurl */.NP)(name, version, source.qualifiers),
        hashes: (0,sources_hashes/* checkedSri */.wK)((0,parse_text/* asString */.oJ)(entry.integrity), (problem) => (0,parse_text/* invalidLockfile */.PR)(ctx.lockfile, `key packages["${key}"].integrity`, problem)),
        licenses: npmLicenses(entry),
        origin,
        properties,
        scope: scopeOf(entry),
        edges: []
    };
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/python-project.ts



const PYPI = /^https?:\/\/(pypi\.org|pypi\.python\.org|files\.pythonhosted\.org)\//;
function readPyproject(ctx, graph, folder) {
    return readTomlManifest(ctx, graph, folder, 'pyproject.toml');
}
function licenseOf(value) {
    if (typeof value === 'string' && value.trim() !== '')
        return [value.trim()];
    // `{text = "..."}` is often a whole license text: only short ones are names.
    const text = (0,parse_text/* asString */.oJ)((0,parse_text/* asRecord */.qY)(value).text);
    return text && text.length <= 100 && !text.includes('\n') ? [text] : [];
}
function pythonProject(pyproject) {
    if (!pyproject)
        return undefined;
    const project = (0,parse_text/* asRecord */.qY)(pyproject.project);
    const poetry = (0,parse_text/* asRecord */.qY)((0,parse_text/* asRecord */.qY)(pyproject.tool).poetry);
    const name = (0,parse_text/* asString */.oJ)(project.name) ?? (0,parse_text/* asString */.oJ)(poetry.name);
    if (name === undefined)
        return undefined;
    return {
        ecosystem: 'pypi',
        name: (0,sources_purl/* normalizePypiName */.Ty)(name),
        version: (0,parse_text/* asString */.oJ)(project.version) ?? (0,parse_text/* asString */.oJ)(poetry.version) ?? '',
        licenses: licenseOf(project.license ?? poetry.license)
    };
}
/** The name of a PEP 508 requirement (`Foo[bar]>=1; python_version<'3'` -> foo). */
function requirementName(requirement) {
    const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(requirement);
    return match ? (0,sources_purl/* normalizePypiName */.Ty)(match[1]) : undefined;
}
/** Direct dependencies a pyproject declares: [project], poetry tables, dependency groups. */
function declaredDependencies(pyproject) {
    const out = [];
    const add = (requirement, kind) => {
        const name = requirementName(requirement);
        if (name && name !== 'python')
            out.push({ name, kind });
    };
    const project = (0,parse_text/* asRecord */.qY)(pyproject.project);
    for (const r of (0,parse_text/* asArray */._j)(project.dependencies))
        if (typeof r === 'string')
            add(r, 'prod');
    for (const list of Object.values((0,parse_text/* asRecord */.qY)(project['optional-dependencies']))) {
        for (const r of (0,parse_text/* asArray */._j)(list))
            if (typeof r === 'string')
                add(r, 'optional');
    }
    for (const list of Object.values((0,parse_text/* asRecord */.qY)(pyproject['dependency-groups']))) {
        for (const r of (0,parse_text/* asArray */._j)(list))
            if (typeof r === 'string')
                add(r, 'dev');
    }
    const poetry = (0,parse_text/* asRecord */.qY)((0,parse_text/* asRecord */.qY)(pyproject.tool).poetry);
    for (const [name, spec] of Object.entries((0,parse_text/* asRecord */.qY)(poetry.dependencies))) {
        add(name, (0,parse_text/* asRecord */.qY)(spec).optional === true ? 'optional' : 'prod');
    }
    for (const name of Object.keys((0,parse_text/* asRecord */.qY)(poetry['dev-dependencies'])))
        add(name, 'dev');
    for (const [group, table] of Object.entries((0,parse_text/* asRecord */.qY)(poetry.group))) {
        for (const name of Object.keys((0,parse_text/* asRecord */.qY)((0,parse_text/* asRecord */.qY)(table).dependencies)))
            add(name, group === 'main' ? 'prod' : 'dev');
    }
    return out;
}
/** An index URL -> registry origin; qualifiers only for an index other than PyPI. */
function indexSource(url) {
    if (url === undefined || PYPI.test(url))
        return {
            origin: url ? { kind: 'registry', url } : { kind: 'registry' },
            qualifiers: {}
        };
    return {
        origin: { kind: 'registry', url },
        qualifiers: { repository_url: url }
    };
}
function gitSource(url, commit) {
    const clean = url.replace(/^git\+/, '');
    return {
        origin: commit
            ? { kind: 'git', url: clean, commit }
            : { kind: 'git', url: clean },
        qualifiers: { vcs_url: `git+${clean}${commit ? `@${commit}` : ''}` }
    };
}
const python_project_ARCHIVE = /\.(whl|tar\.gz|tgz|zip|tar\.bz2|tar)$/i;
/** A local path: an archive counts as a package, a folder is the project's own code. */
function pathSource(path) {
    return python_project_ARCHIVE.test(path)
        ? { origin: { kind: 'file', path }, qualifiers: {} }
        : { origin: { kind: 'file', path, directory: true }, qualifiers: {} };
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/pipfile-lock.ts





function pipfile_lock_sourceOf(entry, lockDir, indexes) {
    const path = (0,parse_text/* asString */.oJ)(entry.path);
    if (path !== undefined)
        return pathSource((0,parse_text/* joinPath */.uJ)(lockDir, path));
    const git = (0,parse_text/* asString */.oJ)(entry.git);
    if (git !== undefined)
        return gitSource(git, (0,parse_text/* asString */.oJ)(entry.ref));
    const file = (0,parse_text/* asString */.oJ)(entry.file);
    if (file !== undefined)
        return {
            origin: { kind: 'url', url: file },
            qualifiers: { download_url: file }
        };
    return indexSource(indexes.get((0,parse_text/* asString */.oJ)(entry.index) ?? 'pypi'));
}
function readPipfileLock(ctx) {
    const file = ctx.lockfile;
    const text = ctx.read(file) ?? '';
    const data = (0,parse_text/* parseJsonText */.lk)(text, file);
    const meta = (0,parse_text/* asRecord */.qY)(data._meta);
    const spec = meta['pipfile-spec'];
    if (typeof spec !== 'number' || spec < 1 || spec > 6) {
        throw (0,parse_text/* unknownLockfileVersion */.Qh)(file, (0,parse_text/* whereKey */.pP)(text, '"pipfile-spec"', '_meta.pipfile-spec'), spec, '1 to 6');
    }
    const graph = emptyGraph(file);
    const lockDir = (0,parse_text/* dirOf */.Rw)(file);
    const indexes = new Map();
    for (const source of (0,parse_text/* asArray */._j)(meta.sources).map(parse_text/* asRecord */.qY)) {
        const name = (0,parse_text/* asString */.oJ)(source.name);
        const url = (0,parse_text/* asString */.oJ)(source.url);
        if (name !== undefined && url !== undefined)
            indexes.set(name, url);
    }
    const sections = [
        ['default', 'required'],
        ['develop', 'dev']
    ];
    for (const [section, scope] of sections) {
        for (const [rawName, value] of Object.entries((0,parse_text/* asRecord */.qY)(data[section]))) {
            if (!(0,parse_text/* isRecord */.u4)(value)) {
                throw (0,parse_text/* invalidLockfile */.PR)(file, (0,parse_text/* whereKey */.pP)(text, `"${rawName}"`, `${section}.${rawName}`), 'expected an object');
            }
            const name = (0,sources_purl/* normalizePypiName */.Ty)(rawName);
            const version = ((0,parse_text/* asString */.oJ)(value.version) ?? '').replace(/^===?/, '');
            const source = pipfile_lock_sourceOf(value, lockDir, indexes);
            if (source.origin.kind === 'file' && source.origin.path === lockDir) {
                // `{path = ".", editable = true}`: the project itself, which the Pipfile does not name.
                graph.project ??= { ecosystem: 'pypi', name, version, licenses: [] };
                continue;
            }
            const id = `${section}:${name}`;
            const properties = {};
            if (typeof value.markers === 'string')
                properties['provenant:markers'] = value.markers;
            if ((0,parse_text/* asString */.oJ)(value.version)?.startsWith('==') === false)
                properties['provenant:specifier'] = value.version;
            const node = {
                id,
                ecosystem: 'pypi',
                name,
                version,
                purl: (0,sources_purl/* pypiPurl */.iC)(name, version, source.qualifiers),
                hashes: (0,parse_text/* asArray */._j)(value.hashes)
                    .map((h) => (0,sources_hashes/* checkedPrefixedHex */.GQ)((0,parse_text/* asString */.oJ)(h), (problem) => (0,parse_text/* invalidLockfile */.PR)(file, `key ${section}.${rawName}.hashes`, problem)))
                    .filter((h) => h !== undefined),
                licenses: [],
                origin: source.origin,
                properties,
                scope,
                edges: []
            };
            graph.nodes.set(id, node);
            graph.rootEdges.push({ to: id, kind: scope === 'dev' ? 'dev' : 'prod' });
        }
    }
    return graph;
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/pnpm-keys.ts
/**
 * pnpm dependency paths, per lockfile generation:
 * - 5.x: `/name/1.0.0_peer@2.0.0`
 * - 6.x: `/name@1.0.0(peer@2.0.0)`
 * - 9.x: `name@1.0.0(peer@2.0.0)` in `snapshots`, `name@1.0.0` in `packages`
 * A dependency's reference turns into such a key the way pnpm's own
 * dependency-path `refToRelative` does; a `(...)` suffix (peers, patch hash)
 * is not part of the package's identity.
 */
/** The key without trailing balanced `(...)` groups (they nest: `(a@1(b@2))`). */
function removeSuffix(key) {
    let end = key.length;
    while (end > 0 && key[end - 1] === ')') {
        let depth = 0;
        let i = end - 1;
        for (; i >= 0; i--) {
            if (key[i] === ')')
                depth++;
            else if (key[i] === '(' && --depth === 0)
                break;
        }
        if (i <= 0)
            break;
        end = i;
    }
    return key.slice(0, end);
}
/** The snapshot/package key a dependency reference points at; undefined for `link:` (a workspace). */
function refToKey(reference, name, generation) {
    if (reference.startsWith('link:'))
        return undefined;
    if (generation === 9) {
        if (reference.startsWith('@'))
            return reference;
        const at = reference.indexOf('@');
        if (at === -1)
            return `${name}@${reference}`;
        const colon = reference.indexOf(':');
        const bracket = reference.indexOf('(');
        if ((colon === -1 || at < colon) && (bracket === -1 || at < bracket))
            return reference;
        return `${name}@${reference}`;
    }
    if (reference.startsWith('file:'))
        return reference;
    const bare = removeSuffix(reference);
    if (!bare.includes('/'))
        return generation === 6 ? `/${name}@${reference}` : `/${name}/${reference}`;
    return reference;
}
/** name and version a key spells, when it spells them (`github.com/x/y/sha` does not). */
function parseKey(key, generation) {
    const base = removeSuffix(key);
    if (generation === 5) {
        if (!base.startsWith('/'))
            return undefined;
        const parts = base.slice(1).split('/');
        const scoped = parts[0]?.startsWith('@') === true;
        const name = scoped ? `${parts[0]}/${parts[1]}` : parts[0];
        const version = parts.slice(scoped ? 2 : 1).join('/');
        return { name, version: version.split('_')[0] };
    }
    const bare = generation === 6 ? base.replace(/^\//, '') : base;
    if (generation === 6 && !base.startsWith('/'))
        return undefined;
    const at = bare.indexOf('@', 1);
    return at === -1
        ? undefined
        : { name: bare.slice(0, at), version: bare.slice(at + 1) };
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/pnpm-lock.ts







const DEP_TABLES = [
    ['dependencies', 'prod'],
    ['optionalDependencies', 'optional'],
    ['devDependencies', 'dev']
];
function generationOf(ctx, text, raw) {
    const major = Math.floor(Number.parseFloat(String(raw)));
    if (major === 5 || major === 6 || major === 9)
        return major;
    throw (0,parse_text/* unknownLockfileVersion */.Qh)(ctx.lockfile, (0,parse_text/* whereKey */.pP)(text, 'lockfileVersion', 'lockfileVersion'), raw, "'5.x', '6.x', '9.0'");
}
function pnpm_lock_sourceOf(resolution, name, lockDir) {
    if (resolution.type === 'directory') {
        const path = (0,parse_text/* joinPath */.uJ)(lockDir, (0,parse_text/* asString */.oJ)(resolution.directory) ?? '');
        return { origin: { kind: 'file', path, directory: true }, qualifiers: {} };
    }
    if (resolution.type === 'git') {
        const url = (0,parse_text/* asString */.oJ)(resolution.repo) ?? '';
        const commit = (0,parse_text/* asString */.oJ)(resolution.commit);
        return {
            origin: commit ? { kind: 'git', url, commit } : { kind: 'git', url },
            qualifiers: { vcs_url: commit ? `${url}#${commit}` : url }
        };
    }
    return npmSource((0,parse_text/* asString */.oJ)(resolution.tarball), name, lockDir);
}
function pnpm_lock_flagScope(entry, generation) {
    if (generation === 9)
        return undefined;
    if (entry.dev === true)
        return 'dev';
    return entry.optional === true ? 'optional' : 'required';
}
function readPnpmLock(ctx) {
    const text = ctx.read(ctx.lockfile) ?? '';
    const data = (0,parse_text/* parseYamlText */.cd)(text, ctx.lockfile);
    const generation = generationOf(ctx, text, data.lockfileVersion);
    const graph = emptyGraph(ctx.lockfile);
    const lockDir = (0,parse_text/* dirOf */.Rw)(ctx.lockfile);
    graph.project = npmProject(readPackageJson(ctx, graph, lockDir)?.data ?? {});
    const packages = (0,parse_text/* asRecord */.qY)(data.packages);
    const snapshots = generation === 9 ? (0,parse_text/* asRecord */.qY)(data.snapshots) : packages;
    const addNode = (key, meta, snapshot) => {
        const spelled = parseKey(key, generation);
        const name = (0,parse_text/* asString */.oJ)(meta.name) ?? spelled?.name ?? key;
        const version = (0,parse_text/* asString */.oJ)(meta.version) ?? spelled?.version ?? '';
        const source = pnpm_lock_sourceOf((0,parse_text/* asRecord */.qY)(meta.resolution), name, lockDir);
        const properties = {};
        for (const field of ['os', 'cpu', 'libc']) {
            const value = meta[field];
            if (Array.isArray(value) && value.length > 0)
                properties[`provenant:${field}`] = value.join(',');
        }
        const patch = /\(patch_hash=([^)]+)\)/.exec(key)?.[1];
        if (patch)
            properties['provenant:patch'] = patch;
        const node = {
            id: key,
            ecosystem: 'npm',
            name,
            version,
            purl: (0,sources_purl/* npmPurl */.NP)(name, version, source.qualifiers),
            hashes: (0,sources_hashes/* checkedSri */.wK)((0,parse_text/* asString */.oJ)((0,parse_text/* asRecord */.qY)(meta.resolution).integrity), (problem) => (0,parse_text/* invalidLockfile */.PR)(ctx.lockfile, `key packages["${key}"].resolution`, problem)),
            licenses: [],
            origin: source.origin,
            properties,
            edges: []
        };
        const scope = pnpm_lock_flagScope({ ...meta, ...snapshot }, generation);
        if (scope)
            node.scope = scope;
        graph.nodes.set(key, node);
    };
    const used = new Set();
    for (const [key, snapshot] of Object.entries(snapshots)) {
        const base = generation === 9 ? removeSuffix(key) : key;
        used.add(base);
        addNode(key, (0,parse_text/* asRecord */.qY)(packages[base]), (0,parse_text/* asRecord */.qY)(snapshot));
    }
    for (const [key, meta] of Object.entries(packages)) {
        if (!used.has(key))
            addNode(key, (0,parse_text/* asRecord */.qY)(meta), {});
    }
    const importers = (0,parse_text/* isRecord */.u4)(data.importers) ? data.importers : { '.': data };
    const memberId = (path) => `importer:${(0,parse_text/* joinPath */.uJ)(path) || '.'}`;
    /** A folder of the tree as a node: a workspace member, or a `link:` to another folder. */
    const addFolder = (path, origin, fallbackName) => {
        const id = memberId(path);
        const folder = (0,parse_text/* joinPath */.uJ)(lockDir, path);
        const project = npmProject(readPackageJson(ctx, graph, folder)?.data ?? {});
        const name = project.name ?? fallbackName;
        const facts = { name, version: project.version, licenses: project.licenses };
        const purl = (0,sources_purl/* npmPurl */.NP)(name, project.version);
        graph.nodes.set(id, {
            id,
            ecosystem: 'npm',
            ...facts,
            purl,
            hashes: [],
            origin,
            properties: {},
            scope: 'required',
            edges: []
        });
        return id;
    };
    for (const path of Object.keys(importers)) {
        if ((0,parse_text/* joinPath */.uJ)(path) === '')
            continue;
        const folder = (0,parse_text/* joinPath */.uJ)(lockDir, path);
        graph.members.push(addFolder(path, { kind: 'workspace', path: folder }, folder));
    }
    const target = (from, name, reference) => {
        if (reference.startsWith('link:')) {
            const path = (0,parse_text/* joinPath */.uJ)(from, reference.slice(5));
            const id = memberId(path);
            if (id === 'importer:.')
                return undefined;
            const folder = (0,parse_text/* joinPath */.uJ)(lockDir, path);
            return graph.nodes.has(id)
                ? id
                : addFolder(path, { kind: 'file', path: folder, directory: true }, name);
        }
        const key = refToKey(reference, name, generation);
        return key !== undefined && graph.nodes.has(key) ? key : undefined;
    };
    const edgesOf = (from, entry, withDev, where) => {
        const out = [];
        for (const [table, kind] of DEP_TABLES) {
            if (kind === 'dev' && !withDev)
                continue;
            for (const [name, value] of Object.entries((0,parse_text/* asRecord */.qY)(entry[table]))) {
                const reference = typeof value === 'string' ? value : (0,parse_text/* asString */.oJ)((0,parse_text/* asRecord */.qY)(value).version);
                if (reference === undefined) {
                    throw (0,parse_text/* invalidLockfile */.PR)(ctx.lockfile, `key ${where}.${table}["${name}"]`, 'a dependency needs a version (was the file cut short?)');
                }
                const to = target(from, name, reference);
                if (to !== undefined)
                    out.push({ to, kind });
            }
        }
        return out;
    };
    for (const [key, snapshot] of Object.entries(snapshots)) {
        const node = graph.nodes.get(key);
        node.edges = edgesOf('.', (0,parse_text/* asRecord */.qY)(snapshot), false, `snapshots["${key}"]`);
    }
    for (const [path, importer] of Object.entries(importers)) {
        const edges = edgesOf(path, (0,parse_text/* asRecord */.qY)(importer), true, (0,parse_text/* isRecord */.u4)(data.importers) ? `importers["${path}"]` : 'importers');
        if ((0,parse_text/* joinPath */.uJ)(path) === '')
            graph.rootEdges = edges;
        else
            graph.nodes.get(memberId(path)).edges = edges;
    }
    return graph;
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/version-match.ts
/**
 * Which of several locked versions of one name a dependency constraint means,
 * for the lockfiles that record edges by name only (poetry). Handles the
 * operators poetry writes (`==`, `!=`, `>=`, `<=`, `>`, `<`, `~=`, `^`, `~`,
 * `*`, `1.2.*`, `,` for and, `||` for or) on the numeric release part; when
 * nothing matches, every candidate is kept rather than dropping the edge.
 */
function release(version) {
    const match = /^v?(\d+(?:\.\d+)*)/.exec(version.trim());
    return match ? match[1].split('.').map(Number) : [];
}
function compare(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const diff = (a[i] ?? 0) - (b[i] ?? 0);
        if (diff !== 0)
            return diff;
    }
    return 0;
}
/** The exclusive upper bound of `^v` / `~v` / `~=v`. */
function bump(parts, index) {
    const out = parts.slice(0, index + 1);
    out[index] = (out[index] ?? 0) + 1;
    return out;
}
function clause(version, text) {
    const match = /^(==|!=|>=|<=|>|<|~=|\^|~|=)?\s*(.+)$/.exec(text.trim());
    if (!match || match[2] === '*')
        return true;
    const op = match[1] ?? '==';
    const target = match[2].trim();
    if (target.endsWith('.*')) {
        const prefix = release(target.slice(0, -2));
        const same = prefix.every((n, i) => version[i] === n);
        return op === '!=' ? !same : same;
    }
    const t = release(target);
    const c = compare(version, t);
    switch (op) {
        case '!=':
            return c !== 0;
        case '>=':
            return c >= 0;
        case '<=':
            return c <= 0;
        case '>':
            return c > 0;
        case '<':
            return c < 0;
        case '^': {
            const first = t.findIndex((n) => n !== 0);
            return (c >= 0 &&
                compare(version, bump(t, first === -1 ? t.length - 1 : first)) < 0);
        }
        case '~':
            return c >= 0 && compare(version, bump(t, t.length > 1 ? 1 : 0)) < 0;
        case '~=':
            return c >= 0 && compare(version, bump(t, Math.max(0, t.length - 2))) < 0;
        default:
            return c === 0;
    }
}
function satisfies(version, constraint) {
    const parts = release(version);
    return constraint
        .split('||')
        .some((alternative) => alternative.split(',').every((c) => c.trim() === '' || clause(parts, c)));
}
/** The candidates `constraint` selects, or all of them when it selects none. */
function pickVersions(candidates, constraint) {
    if (candidates.length <= 1 || constraint === undefined)
        return [...candidates];
    const hits = candidates.filter((c) => satisfies(c.version, constraint));
    return hits.length > 0 ? hits : [...candidates];
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/poetry-lock.ts






function poetry_lock_sourceOf(source, lockDir) {
    const url = (0,parse_text/* asString */.oJ)(source.url);
    switch (source.type) {
        case 'git':
            return gitSource(url ?? '', (0,parse_text/* asString */.oJ)(source.resolved_reference) ?? (0,parse_text/* asString */.oJ)(source.reference));
        case 'url':
            return {
                origin: { kind: 'url', url: url ?? '' },
                qualifiers: { download_url: url }
            };
        case 'file':
        case 'directory': {
            const found = pathSource((0,parse_text/* joinPath */.uJ)(lockDir, url ?? ''));
            if (source.type === 'directory' && found.origin.kind === 'file')
                found.origin.directory = true;
            return found;
        }
        default:
            return indexSource(url);
    }
}
function poetry_lock_scopeOf(pkg) {
    const groups = (0,parse_text/* asArray */._j)(pkg.groups);
    const dev = groups.length > 0 ? !groups.includes('main') : pkg.category === 'dev';
    if (dev)
        return 'dev';
    if (groups.length === 0 && pkg.category === undefined)
        return undefined;
    return pkg.optional === true ? 'optional' : 'required';
}
/** The version a wheel or sdist file name carries (`name-1.0-py3-none-any.whl`, `name-1.0.tar.gz`). */
function fileVersion(file) {
    if (file.endsWith('.whl'))
        return file.split('-')[1];
    const stem = file.replace(/\.(tar\.gz|tar\.bz2|zip|tgz|tar)$/, '');
    return stem.slice(stem.lastIndexOf('-') + 1);
}
function readPoetryLock(ctx) {
    const file = ctx.lockfile;
    const text = ctx.read(file) ?? '';
    const data = (0,parse_text/* parseTomlText */.tT)(text, file);
    const metadata = (0,parse_text/* asRecord */.qY)(data.metadata);
    const lockVersion = (0,parse_text/* asString */.oJ)(metadata['lock-version']) ?? '1.0';
    if (!/^[12]\.\d+$/.test(lockVersion)) {
        throw (0,parse_text/* unknownLockfileVersion */.Qh)(file, (0,parse_text/* whereKey */.pP)(text, 'lock-version', 'metadata.lock-version'), lockVersion, '1.x, 2.x');
    }
    const graph = emptyGraph(file);
    const lockDir = (0,parse_text/* dirOf */.Rw)(file);
    const pyproject = readPyproject(ctx, graph, lockDir);
    graph.project = pythonProject(pyproject);
    const legacyFiles = new Map();
    for (const [name, files] of Object.entries((0,parse_text/* asRecord */.qY)(metadata.files)))
        legacyFiles.set((0,sources_purl/* normalizePypiName */.Ty)(name), (0,parse_text/* asArray */._j)(files));
    const versions = new Map();
    for (const raw of (0,parse_text/* asArray */._j)(data.package)) {
        const name = (0,sources_purl/* normalizePypiName */.Ty)((0,parse_text/* asString */.oJ)((0,parse_text/* asRecord */.qY)(raw).name) ?? '');
        versions.set(name, (versions.get(name) ?? new Set()).add((0,parse_text/* asRecord */.qY)(raw).version));
    }
    const byName = new Map();
    const entries = [];
    (0,parse_text/* asArray */._j)(data.package).forEach((raw, index) => {
        const pkg = (0,parse_text/* asRecord */.qY)(raw);
        const rawName = (0,parse_text/* asString */.oJ)(pkg.name);
        const version = (0,parse_text/* asString */.oJ)(pkg.version);
        if (rawName === undefined || version === undefined) {
            throw (0,parse_text/* invalidLockfile */.PR)(file, `key package[${index}]`, 'a [[package]] needs name and version');
        }
        const name = (0,sources_purl/* normalizePypiName */.Ty)(rawName);
        const source = poetry_lock_sourceOf((0,parse_text/* asRecord */.qY)(pkg.source), lockDir);
        const sameName = byName.get(name) ?? [];
        // 1.x lists files per name: with several versions locked, a file's name says which it is.
        const shared = pkg.files === undefined && (versions.get(name)?.size ?? 0) > 1;
        const files = pkg.files !== undefined
            ? (0,parse_text/* asArray */._j)(pkg.files)
            : (legacyFiles.get(name) ?? []);
        const hashes = files
            .map(parse_text/* asRecord */.qY)
            .filter((f) => !shared || fileVersion((0,parse_text/* asString */.oJ)(f.file) ?? '') === version)
            .map((f) => (0,sources_hashes/* checkedPrefixedHex */.GQ)((0,parse_text/* asString */.oJ)(f.hash), (problem) => (0,parse_text/* invalidLockfile */.PR)(file, `key package[${index}].files`, problem)))
            .filter((h) => h !== undefined);
        const properties = {};
        if (typeof pkg.markers === 'string')
            properties['provenant:markers'] = pkg.markers;
        const node = {
            id: `${name}@${version}${sameName.some((n) => n.version === version) ? `#${index}` : ''}`,
            ecosystem: 'pypi',
            name,
            version,
            purl: (0,sources_purl/* pypiPurl */.iC)(name, version, source.qualifiers),
            hashes,
            licenses: [],
            origin: source.origin,
            properties,
            edges: []
        };
        const scope = poetry_lock_scopeOf(pkg);
        if (scope)
            node.scope = scope;
        graph.nodes.set(node.id, node);
        byName.set(name, [...sameName, node]);
        entries.push([node, pkg]);
    });
    for (const [node, pkg] of entries) {
        for (const [dep, spec] of Object.entries((0,parse_text/* asRecord */.qY)(pkg.dependencies))) {
            // A dependency is a constraint string, a table, or a list of tables (per marker).
            const specs = Array.isArray(spec) ? spec : [spec];
            for (const one of specs) {
                const constraint = typeof one === 'string' ? one : (0,parse_text/* asString */.oJ)((0,parse_text/* asRecord */.qY)(one).version);
                const kind = (0,parse_text/* asRecord */.qY)(one).optional === true ? 'optional' : 'prod';
                for (const target of pickVersions(byName.get((0,sources_purl/* normalizePypiName */.Ty)(dep)) ?? [], constraint)) {
                    node.edges.push({ to: target.id, kind });
                }
            }
        }
    }
    const declared = pyproject ? declaredDependencies(pyproject) : [];
    for (const { name, kind } of declared) {
        for (const target of byName.get(name) ?? [])
            graph.rootEdges.push({ to: target.id, kind });
    }
    if (declared.length === 0) {
        for (const [node] of entries)
            graph.rootEdges.push({
                to: node.id,
                kind: node.scope === 'dev' ? 'dev' : 'prod'
            });
    }
    return graph;
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/requirements-lines.ts
/**
 * Line-level pieces of the requirements reader: continuation lines, where a
 * direct URL or path requirement comes from, and the name and version an
 * archive file name spells.
 */


/** Logical lines: continuations joined, with the number of the line each starts on. */
function logicalLines(text) {
    const out = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const start = i + 1;
        let current = lines[i];
        while (current.endsWith('\\') && i + 1 < lines.length)
            current = current.slice(0, -1) + ' ' + lines[++i];
        out.push({ text: current, line: start });
    }
    return out;
}
function urlSource(url, lockDir) {
    if (/^(git|hg|svn|bzr)\+/.test(url)) {
        const clean = url.split('#')[0];
        const at = clean.lastIndexOf('@');
        const hasRef = at > clean.indexOf('://') + 3 && !clean.slice(at).includes('/');
        return gitSource(hasRef ? clean.slice(0, at) : clean, hasRef ? clean.slice(at + 1) : undefined);
    }
    if (/^file:/.test(url))
        return pathSource((0,parse_text/* joinPath */.uJ)(lockDir, url.replace(/^file:(\/\/)?/, '')));
    if (/^[a-z]+:\/\//i.test(url))
        return { origin: { kind: 'url', url }, qualifiers: { download_url: url } };
    return pathSource((0,parse_text/* joinPath */.uJ)(lockDir, url));
}
/** `pkg-1.0.tar.gz` / `pkg-1.0-py3-none-any.whl` -> [name, version]. */
function archiveNameVersion(url) {
    const file = (url.split(/[?#]/)[0] ?? '').split('/').pop() ?? '';
    const parts = file.replace(/\.(whl|tar\.gz|zip|tar\.bz2)$/, '').split('-');
    if (file.endsWith('.whl'))
        return parts.length >= 2
            ? [parts[0], parts[1]]
            : undefined;
    const version = parts.pop();
    return parts.length > 0 && version && /^\d/.test(version)
        ? [parts.join('-'), version]
        : undefined;
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/requirements.ts
/**
 * pip requirements files: `name[extras]==version ; markers --hash=sha256:...`
 * with `\` continuations, `#` comments, `-r` includes (read through the tree),
 * `-e` editables, direct URLs (`name @ url`, `git+...#egg=name`) and local
 * paths. Only `==`/`===` pins give a version; any other requirement is kept
 * with an empty version and its specifier as a property. pip-compile / uv
 * `# via` annotations are the only edges the format records: a pin `via` a
 * package is that package's dependency; one `via -r file`, or without an
 * annotation, is the project's. No dev notion (the corpus rule): all required.
 */







/** A distribution name as PEP 508 spells it. */
const PEP508_NAME = /^([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9])$/;
const NAME = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/;
const SKIPPED_OPTIONS = /^(-c|--constraint|-i|--index-url|--extra-index-url|-f|--find-links|--trusted-host|--no-index|--pre|--require-hashes|--no-binary|--only-binary|--prefer-binary|--use-feature|--config-settings|--global-option)\b/;
function addRequirement(state, file, raw, line, editable) {
    const hashes = [...raw.matchAll(/--hash[=\s]+(\S+)/g)]
        .map((m) => (0,sources_hashes/* checkedPrefixedHex */.GQ)(m[1], (problem) => (0,parse_text/* invalidLockfile */.PR)(file, `line ${line}`, problem)))
        .filter((h) => h !== undefined);
    const [spec = '', markers] = raw
        .replace(/--hash[=\s]+\S+/g, '')
        .split(/;(.*)/s);
    const text = spec.trim();
    const lockDir = (0,parse_text/* dirOf */.Rw)(file);
    let name;
    let version = '';
    let source = indexSource(state.index);
    const properties = {};
    const named = NAME.exec(text);
    if (named &&
        !editable &&
        !/^[a-z+]+:\/\//i.test(text) &&
        !text.startsWith('.')) {
        name = named[1];
        if (named[2])
            properties['provenant:extras'] = named[2].slice(1, -1).trim();
        const rest = (named[3] ?? '').trim();
        if (rest.startsWith('@')) {
            const url = rest.slice(1).trim();
            source = urlSource(url, lockDir);
            version = archiveNameVersion(url)?.[1] ?? '';
        }
        else if (/^===?\s*[^\s,*]+$/.test(rest))
            version = rest.replace(/^===?\s*/, '');
        else if (rest !== '')
            properties['provenant:specifier'] = rest;
    }
    else {
        source = urlSource(text, lockDir);
        const egg = /[#&]egg=([^&\s]+)/.exec(text)?.[1];
        const archive = archiveNameVersion(text);
        const folder = source.origin.kind === 'file' && source.origin.directory
            ? source.origin.path
            : undefined;
        if (folder === lockDir) {
            // `-e .`: the project itself, the root of the graph.
            if (egg && !state.graph.project)
                state.graph.project = {
                    ecosystem: 'pypi',
                    name: (0,sources_purl/* normalizePypiName */.Ty)(egg),
                    version: '',
                    licenses: []
                };
            return;
        }
        const last = (folder ?? text.split(/[?#]/)[0] ?? '')
            .replace(/\/+$/, '')
            .split('/')
            .pop();
        name =
            egg ?? archive?.[0] ?? (last || state.graph.project?.name || 'project');
        version = archive?.[1] ?? '';
    }
    if (!name || !PEP508_NAME.test(name))
        throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${line}`, `cannot read the requirement "${(0,clip/* clipInput */.vz)(text)}" (a requirement starts with a package name, a URL or a path)`);
    if (markers?.trim())
        properties['provenant:markers'] = markers.trim();
    const normalized = (0,sources_purl/* normalizePypiName */.Ty)(name);
    const node = {
        id: `${file}:${line}`,
        ecosystem: 'pypi',
        name: normalized,
        version,
        purl: (0,sources_purl/* pypiPurl */.iC)(normalized, version, source.qualifiers),
        hashes,
        licenses: [],
        origin: source.origin,
        properties,
        scope: 'required',
        edges: []
    };
    state.graph.nodes.set(node.id, node);
    state.pending.push({ node, via: [] });
}
function readFile(state, file, line, from) {
    if (state.stack.includes(file))
        return;
    const text = readTracked(state.ctx, state.graph, file);
    if (text === undefined)
        throw (0,parse_text/* invalidLockfile */.PR)(from, `line ${line}`, `-r ${file}: no such file in the tree`);
    state.stack.push(file);
    let viaOpen = false;
    for (const { text: raw, line: lineNo } of logicalLines(text)) {
        const comment = /^\s*#\s*(via\b)?\s*(.*)$/.exec(raw);
        const last = state.pending[state.pending.length - 1];
        if (comment) {
            if (comment[1])
                viaOpen = true;
            if (viaOpen && last && comment[2])
                last.via.push(...comment[2].split(/,\s*/));
            continue;
        }
        viaOpen = false;
        const body = raw.replace(/(^|\s)#.*$/, '').trim();
        if (body === '')
            continue;
        const option = /^(-r|--requirement|-e|--editable|-i|--index-url)(?:\s*=\s*|\s+|(?=[^-\s]))(\S.*)$/.exec(body);
        if (option && (option[1] === '-r' || option[1] === '--requirement')) {
            readFile(state, (0,parse_text/* joinPath */.uJ)((0,parse_text/* dirOf */.Rw)(file), option[2].trim()), lineNo, file);
        }
        else if (option && (option[1] === '-i' || option[1] === '--index-url'))
            state.index = option[2].trim();
        else if (option)
            addRequirement(state, file, option[2], lineNo, true);
        else if (!body.startsWith('-'))
            addRequirement(state, file, body, lineNo, false);
        else if (!SKIPPED_OPTIONS.test(body))
            throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${lineNo}`, `unknown option "${(0,clip/* clipInput */.vz)(body)}"`);
    }
    state.stack.pop();
}
function readRequirements(ctx) {
    const graph = emptyGraph(ctx.lockfile);
    graph.project = pythonProject(readPyproject(ctx, graph, (0,parse_text/* dirOf */.Rw)(ctx.lockfile)));
    const state = { ctx, graph, pending: [], index: undefined, stack: [] };
    readFile(state, ctx.lockfile, 0, ctx.lockfile);
    const byName = new Map();
    for (const { node } of state.pending)
        byName.set(node.name, node.id);
    for (const { node, via } of state.pending) {
        const parents = via
            .map((v) => v.trim())
            .filter((v) => v !== '' && !v.startsWith('-'));
        const found = parents.map((p) => byName.get((0,sources_purl/* normalizePypiName */.Ty)(p.replace(/\[.*$/, ''))));
        for (const parent of found)
            if (parent !== undefined)
                graph.nodes.get(parent)?.edges.push({ to: node.id, kind: 'prod' });
        if (found.length === 0 ||
            found.includes(undefined) ||
            via.some((v) => v.trim().startsWith('-'))) {
            graph.rootEdges.push({ to: node.id, kind: 'prod' });
        }
    }
    return graph;
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/scopes.ts
/** Marks what `starts` (and the already `seen` nodes) reach through `follow` edges. */
function reach(graph, starts, follow, seen) {
    const stack = [...seen];
    for (const edge of starts) {
        if (follow.includes(edge.kind) && !seen.has(edge.to)) {
            seen.add(edge.to);
            stack.push(edge.to);
        }
    }
    while (stack.length > 0) {
        const node = graph.nodes.get(stack.pop());
        for (const edge of node?.edges ?? []) {
            if (edge.kind !== 'dev' &&
                follow.includes(edge.kind) &&
                !seen.has(edge.to)) {
                seen.add(edge.to);
                stack.push(edge.to);
            }
        }
    }
    return seen;
}
/** Edges of the project and of every member: the walk's starting points. */
function rootEdges(graph) {
    const out = [...graph.rootEdges];
    for (const id of graph.members) {
        out.push({ to: id, kind: 'prod' });
        out.push(...(graph.nodes.get(id)?.edges ?? []));
    }
    return out;
}
function computeScopes(graph) {
    const starts = rootEdges(graph);
    const required = reach(graph, starts, ['prod'], new Set());
    const optional = reach(graph, starts, ['prod', 'optional'], new Set(required));
    const dev = reach(graph, starts, ['prod', 'optional', 'dev'], new Set(optional));
    const scopes = new Map();
    for (const [id, node] of graph.nodes) {
        if (node.scope)
            scopes.set(id, node.scope);
        else if (required.has(id))
            scopes.set(id, 'required');
        else if (optional.has(id))
            scopes.set(id, 'optional');
        else if (dev.has(id))
            scopes.set(id, 'dev');
        // Unreached: no scope here; the merge makes the component `required`
        // unless another entry of the same package was reached.
    }
    return scopes;
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/uv-lock.ts
/**
 * uv.lock (version 1). Editable and virtual packages are the project and its
 * workspace members (not third-party packages); `[manifest] members` names them
 * when the workspace has several. Scope by the walk: members' `dependencies`
 * and `optional-dependencies` are production, `dev-dependencies` (dependency
 * groups) dev. An edge that asks for extras (`extra = ["socks"]`) also reaches
 * that package's `optional-dependencies.socks`: each requested extra is a node
 * of its own with the package's facts, so it merges into the same component.
 */





function uv_lock_sourceOf(source, lockDir) {
    const path = (key) => (0,parse_text/* joinPath */.uJ)(lockDir, (0,parse_text/* asString */.oJ)(source[key]) ?? '');
    if (source.editable !== undefined || source.virtual !== undefined) {
        const folder = path(source.editable !== undefined ? 'editable' : 'virtual');
        return {
            origin: { kind: 'workspace', path: folder },
            qualifiers: {},
            local: true
        };
    }
    if (source.directory !== undefined)
        return { ...pathSource(path('directory')), local: true };
    if (source.path !== undefined)
        return { ...pathSource(path('path')), local: false };
    const git = (0,parse_text/* asString */.oJ)(source.git);
    if (git !== undefined) {
        const [url, commit] = git.split('#');
        return { ...gitSource(url.replace(/\?.*$/, ''), commit), local: false };
    }
    const url = (0,parse_text/* asString */.oJ)(source.url);
    if (url !== undefined)
        return {
            origin: { kind: 'url', url },
            qualifiers: { download_url: url },
            local: false
        };
    return { ...indexSource((0,parse_text/* asString */.oJ)(source.registry)), local: false };
}
function readUvLock(ctx) {
    const file = ctx.lockfile;
    const text = ctx.read(file) ?? '';
    const data = (0,parse_text/* parseTomlText */.tT)(text, file);
    if (data.version !== 1) {
        throw (0,parse_text/* unknownLockfileVersion */.Qh)(file, (0,parse_text/* whereKey */.pP)(text, 'version', 'version'), data.version, '1');
    }
    const graph = emptyGraph(file);
    const lockDir = (0,parse_text/* dirOf */.Rw)(file);
    graph.project = pythonProject(readPyproject(ctx, graph, lockDir));
    const members = new Set((0,parse_text/* asArray */._j)((0,parse_text/* asRecord */.qY)(data.manifest).members).map((m) => (0,sources_purl/* normalizePypiName */.Ty)(String(m))));
    const byName = new Map();
    const packages = [];
    (0,parse_text/* asArray */._j)(data.package).forEach((raw, index) => {
        const pkg = (0,parse_text/* asRecord */.qY)(raw);
        const rawName = (0,parse_text/* asString */.oJ)(pkg.name);
        if (rawName === undefined)
            throw (0,parse_text/* invalidLockfile */.PR)(file, `key package[${index}]`, 'a [[package]] needs a name');
        const name = (0,sources_purl/* normalizePypiName */.Ty)(rawName);
        const version = (0,parse_text/* asString */.oJ)(pkg.version) ?? '';
        const source = uv_lock_sourceOf((0,parse_text/* asRecord */.qY)(pkg.source), lockDir);
        const hashes = [(0,parse_text/* asRecord */.qY)(pkg.sdist), ...(0,parse_text/* asArray */._j)(pkg.wheels).map(parse_text/* asRecord */.qY)]
            .map((f) => (0,sources_hashes/* checkedPrefixedHex */.GQ)((0,parse_text/* asString */.oJ)(f.hash), (problem) => (0,parse_text/* invalidLockfile */.PR)(file, `key package[${index}]`, problem)))
            .filter((h) => h !== undefined);
        const node = {
            id: `${name}@${version}@${index}`,
            ecosystem: 'pypi',
            name,
            version,
            purl: (0,sources_purl/* pypiPurl */.iC)(name, version, source.qualifiers),
            hashes,
            licenses: [],
            origin: source.origin,
            properties: {},
            edges: []
        };
        if (source.local)
            node.scope = 'required';
        graph.nodes.set(node.id, node);
        byName.set(name, [...(byName.get(name) ?? []), node]);
        packages.push([node, pkg]);
    });
    const find = (dep) => {
        const candidates = byName.get((0,sources_purl/* normalizePypiName */.Ty)((0,parse_text/* asString */.oJ)(dep.name) ?? '')) ?? [];
        const version = (0,parse_text/* asString */.oJ)(dep.version);
        const hits = version === undefined
            ? candidates
            : candidates.filter((c) => c.version === version);
        return hits.length > 0 ? hits : candidates;
    };
    const extras = new Map(packages.map(([node, pkg]) => [
        node.id,
        (0,parse_text/* asRecord */.qY)(pkg['optional-dependencies'])
    ]));
    const edgesTo = (list, kind) => {
        const out = [];
        for (const dep of (0,parse_text/* asArray */._j)(list).map(parse_text/* asRecord */.qY)) {
            for (const target of find(dep)) {
                out.push({ to: target.id, kind });
                for (const extra of (0,parse_text/* asArray */._j)(dep.extra)) {
                    const id = `${target.id}[${String(extra)}]`;
                    if (!graph.nodes.has(id)) {
                        const extraNode = { ...target, id, edges: [] };
                        graph.nodes.set(id, extraNode);
                        extraNode.edges = edgesTo(extras.get(target.id)?.[String(extra)], 'prod');
                    }
                    out.push({ to: id, kind });
                }
            }
        }
        return out;
    };
    const rootName = graph.project?.name;
    for (const [node, pkg] of packages) {
        node.edges = edgesTo(pkg.dependencies, 'prod');
        if (node.origin.kind !== 'workspace')
            continue;
        for (const list of Object.values((0,parse_text/* asRecord */.qY)(pkg['optional-dependencies'])))
            node.edges.push(...edgesTo(list, 'optional'));
        for (const list of Object.values((0,parse_text/* asRecord */.qY)(pkg['dev-dependencies'])))
            node.edges.push(...edgesTo(list, 'dev'));
        const isMember = members.size === 0 || members.has(node.name);
        if (isMember &&
            node.origin.path === lockDir &&
            (rootName === undefined || node.name === rootName)) {
            // The project itself: its dependencies are the root's.
            graph.project ??= {
                ecosystem: 'pypi',
                name: node.name,
                version: node.version,
                licenses: []
            };
            graph.rootEdges = node.edges;
            graph.nodes.delete(node.id);
        }
        else if (isMember)
            graph.members.push(node.id);
    }
    return graph;
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/yarn-berry-manifests.ts


/** The edge kind of each dependency of a workspace, from its package.json (the lockfile merges the tables). */
function workspaceKinds(ctx, graph, folder) {
    const data = readPackageJson(ctx, graph, folder)?.data ?? {};
    const kinds = new Map();
    for (const name of Object.keys((0,parse_text/* asRecord */.qY)(data.devDependencies)))
        kinds.set(name, 'dev');
    for (const name of Object.keys((0,parse_text/* asRecord */.qY)(data.dependencies)))
        kinds.set(name, 'prod');
    for (const name of Object.keys((0,parse_text/* asRecord */.qY)(data.optionalDependencies)))
        kinds.set(name, 'optional');
    return kinds;
}
/** `.yarnrc.yml` catalogs: `catalog` (the default) and `catalogs.<name>`, keyed `<catalog>\0<package>`. */
function readCatalogs(ctx, graph, lockDir) {
    const out = new Map();
    const path = (0,parse_text/* joinPath */.uJ)(lockDir, '.yarnrc.yml');
    const text = ctx.read(path);
    if (text === undefined || !/^catalogs?:/m.test(text))
        return out;
    graph.sources.push(path);
    const rc = (0,parse_text/* parseYamlText */.cd)(text, path);
    const add = (catalog, table) => {
        for (const [name, range] of Object.entries((0,parse_text/* asRecord */.qY)(table))) {
            if (typeof range === 'string')
                out.set(`${catalog}\u0000${name}`, range);
        }
    };
    add('default', rc.catalog);
    for (const [catalog, table] of Object.entries((0,parse_text/* asRecord */.qY)(rc.catalogs)))
        add(catalog, table);
    return out;
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/yarn-lock-text.ts
/**
 * The yarn.lock syntax of both generations, parsed line by line: classic
 * (`key "value"`, `"a@^1", b@^2:` blocks) and berry (`key: value`, a YAML
 * subset written by Yarn's own serializer and read back by Yarn's own parser).
 * One linear pass with line numbers, so a truncated or mangled file is
 * reported at its line; a full YAML parser would be several times slower on
 * 10,000-line lockfiles and would lose the classic form.
 */

/** Reads one quoted ("...") or plain token from `pos`; plain stops at `,`, blank, or `:` + blank/end. */
function readToken(line, pos, file, lineNo) {
    if (line[pos] === '"') {
        let end = pos + 1;
        while (end < line.length && line[end] !== '"')
            end += line[end] === '\\' ? 2 : 1;
        if (end >= line.length)
            throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${lineNo}`, 'unterminated quoted string');
        try {
            return [JSON.parse(line.slice(pos, end + 1)), end + 1];
        }
        catch (error) {
            throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${lineNo}`, 'bad escape in a quoted string', error);
        }
    }
    let end = pos;
    while (end < line.length) {
        const c = line[end];
        if (c === ',' ||
            c === ' ' ||
            (c === ':' && (end + 1 === line.length || line[end + 1] === ' ')))
            break;
        end++;
    }
    return [line.slice(pos, end), end];
}
function parseValue(raw, file, lineNo) {
    const value = raw.trim();
    if (value.startsWith('"')) {
        const [text, end] = readToken(value, 0, file, lineNo);
        if (end !== value.length)
            throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${lineNo}`, 'text after a quoted value');
        return text;
    }
    return value;
}
function parseYarnLockText(text, file) {
    const blocks = [];
    let metadata;
    const stack = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].replace(/\r$/, '');
        const lineNo = i + 1;
        const body = line.trimStart();
        if (body === '' || body.startsWith('#'))
            continue;
        const indent = line.length - body.length;
        if (line[indent - 1] === '\t')
            throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${lineNo}`, 'tab indentation');
        while (stack.length > 0 &&
            stack[stack.length - 1].indent >= indent)
            stack.pop();
        const keys = [];
        let pos = 0;
        for (;;) {
            const [key, end] = readToken(body, pos, file, lineNo);
            keys.push(key);
            pos = end;
            if (body.startsWith(', ', pos))
                pos += 2;
            else
                break;
        }
        let value;
        if (body[pos] === ':')
            value =
                body.slice(pos + 1).trim() === ''
                    ? undefined
                    : parseValue(body.slice(pos + 1), file, lineNo);
        else if (body[pos] === ' ')
            value = parseValue(body.slice(pos + 1), file, lineNo);
        else
            throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${lineNo}`, `cannot read "${body}"`);
        if (indent === 0) {
            if (value !== undefined)
                continue; // top-level scalars: berry's none, classic's none
            const data = Object.create(null);
            stack.push({ indent, map: data });
            if (keys.length === 1 && keys[0] === '__metadata')
                metadata = data;
            else
                blocks.push({
                    keys: keys.flatMap((k) => k.split(', ')),
                    line: lineNo,
                    data
                });
            continue;
        }
        const parent = stack[stack.length - 1];
        if (parent === undefined)
            throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${lineNo}`, 'indented line outside any entry');
        const key = keys.join(', ');
        if (value === undefined) {
            const child = Object.create(null);
            parent.map[key] = child;
            stack.push({ indent, map: child });
        }
        else
            parent.map[key] = value;
    }
    return { blocks, metadata };
}
function yarnString(data, key) {
    const value = data[key];
    return typeof value === 'string' ? value : undefined;
}
function yarnMap(data, key) {
    const value = data[key];
    return typeof value === 'object' ? value : {};
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/yarn-resolve.ts
class YarnResolver {
    resolutions;
    normalizeRange;
    descriptors = new Map();
    byName = new Map();
    constructor(resolutions, 
    /** berry writes `npm:^1.0.0` where package.json says `^1.0.0`. */
    normalizeRange = (range) => range) {
        this.resolutions = resolutions;
        this.normalizeRange = normalizeRange;
    }
    register(name, range, id) {
        this.descriptors.set(`${name}@${range}`, id);
        let ids = this.byName.get(name);
        if (!ids)
            this.byName.set(name, (ids = new Set()));
        ids.add(id);
    }
    /** Registers a descriptor only when nothing else claimed it (e.g. the base range inside a patch). */
    registerFallback(name, range, id) {
        if (!this.descriptors.has(`${name}@${range}`))
            this.register(name, range, id);
    }
    resolve(name, range) {
        const direct = this.descriptors.get(`${name}@${range}`) ??
            this.descriptors.get(`${name}@${this.normalizeRange(range)}`);
        if (direct !== undefined)
            return direct;
        for (const override of this.resolutions.get(name) ?? []) {
            if (override.range !== undefined && override.range !== range)
                continue;
            const hit = this.descriptors.get(`${name}@${override.value}`) ??
                this.descriptors.get(`${name}@${this.normalizeRange(override.value)}`);
            if (hit !== undefined)
                return hit;
        }
        const ids = this.byName.get(name);
        return ids?.size === 1 ? [...ids][0] : undefined;
    }
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/yarn-berry.ts
/**
 * yarn.lock berry (Yarn 2+, `__metadata`). One node per `resolution` locator;
 * the header descriptors, package.json `resolutions` and catalogs resolve the
 * `dependencies` of each entry. A `patch:` entry is the package it patches
 * (same name, version and purl, so the two merge into one component; the patch
 * locator is kept as a property). Workspaces are entries of the lockfile; their
 * own package.json says which of their dependencies are dev-only.
 *
 * `checksum` (`<cacheKey>/<hex>`) is the SHA-512 Yarn computes over the zip
 * archive it stores in its cache (hashUtils.checksumFile), not over the
 * registry tarball: it is kept as a SHA-512 hash (what the lockfile pins) and
 * verbatim in `provenant:yarn-checksum`, so nobody compares it to npm's
 * `dist.integrity` unawares.
 */










const SUPPORTED = 'berry __metadata.version 3 to 10';
/** A locator reference -> where the code comes from (paths relative to the lockfile folder). */
function berrySource(name, reference, lockDir) {
    const ref = reference.split('::')[0];
    if (ref.startsWith('npm:'))
        return { origin: { kind: 'registry' }, qualifiers: {} };
    if (/^(link|portal):/.test(ref)) {
        return {
            origin: {
                kind: 'file',
                path: (0,parse_text/* joinPath */.uJ)(lockDir, ref.replace(/^\w+:/, '')),
                directory: true
            },
            qualifiers: {}
        };
    }
    if (ref.includes('#commit=')) {
        const url = ref.slice(0, ref.indexOf('#'));
        const commit = ref.slice(ref.indexOf('#commit=') + 8);
        return {
            origin: { kind: 'git', url, commit },
            qualifiers: { vcs_url: `${url}#${commit}` }
        };
    }
    return npmSource(ref, name, lockDir);
}
/** A package name as a berry locator starts: `name` or `@scope/name`. */
const LOCATOR_NAME = /^(@[^\s/@]+\/)?[^\s/@]+$/;
function readYarnBerry(ctx, text, parsed) {
    const file = ctx.lockfile;
    const lockVersion = Number(yarnString(parsed.metadata ?? {}, 'version'));
    if (!Number.isInteger(lockVersion) || lockVersion < 3 || lockVersion > 10) {
        throw (0,parse_text/* unknownLockfileVersion */.Qh)(file, (0,parse_text/* whereKey */.pP)(text, '__metadata', '__metadata.version'), yarnString(parsed.metadata ?? {}, 'version'), SUPPORTED);
    }
    const graph = emptyGraph(file);
    const lockDir = (0,parse_text/* dirOf */.Rw)(file);
    const manifest = readPackageJson(ctx, graph, lockDir)?.data ?? {};
    graph.project = npmProject(manifest);
    const resolver = new YarnResolver(yarnResolutions(manifest), (r) => /^[a-z]+:/.test(r) ? r : `npm:${r}`);
    const blocks = new Map();
    let rootId;
    const compat = [];
    const patchBases = new Map();
    for (const block of parsed.blocks) {
        const resolution = yarnString(block.data, 'resolution');
        const locked = yarnString(block.data, 'version');
        if (resolution === undefined || locked === undefined) {
            throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${block.line}`, `entry "${block.keys.join(', ')}" needs resolution and version`);
        }
        const [name, reference] = splitNameRange(resolution);
        if (!LOCATOR_NAME.test(name) || !reference.includes(':')) {
            throw (0,parse_text/* invalidLockfile */.PR)(file, `line ${block.line}`, `resolution "${(0,clip/* clipInput */.vz)(resolution)}" is not a locator (name@protocol:reference)`);
        }
        const properties = {};
        let source = berrySource(name, reference, lockDir);
        const checksum = yarnString(block.data, 'checksum');
        const digest = (0,sources_hashes/* checkedHex */.HQ)('SHA-512', checksum?.slice(checksum.lastIndexOf('/') + 1), (problem) => (0,parse_text/* invalidLockfile */.PR)(file, `line ${block.line}`, `checksum ${problem}`));
        if (reference.startsWith('patch:')) {
            const base = decodeURIComponent(reference.slice(6).split('#')[0]);
            patchBases.set(resolution, base);
            source = berrySource(name, splitNameRange(base)[1], lockDir);
            properties['provenant:patch'] = resolution;
            if (checksum)
                properties['provenant:yarn-patched-checksum'] = checksum;
        }
        else if (checksum)
            properties['provenant:yarn-checksum'] = checksum;
        const conditions = yarnString(block.data, 'conditions');
        if (conditions)
            properties['provenant:conditions'] = conditions;
        const aliases = [];
        for (const key of block.keys) {
            const [descName, descRange] = splitNameRange(key);
            resolver.register(descName, descRange, resolution);
            if (descName !== name)
                aliases.push(descName);
            if (descRange.startsWith('patch:')) {
                // Yarn swaps a dependency on the base descriptor for its built-in compat patch.
                const inner = splitNameRange(decodeURIComponent(descRange.slice(6).split('#')[0]));
                if (descRange.includes('builtin<compat/'))
                    compat.push([inner[0], inner[1], resolution]);
                else
                    resolver.registerFallback(inner[0], inner[1], resolution);
            }
        }
        if (aliases.length > 0)
            properties['provenant:alias'] = [...new Set(aliases)].sort().join(',');
        let origin = source.origin;
        if (aliases.length === block.keys.length && origin.kind === 'registry')
            origin = { kind: 'alias', alias: aliases[0] };
        const workspace = reference.startsWith('workspace:');
        const path = (0,parse_text/* joinPath */.uJ)(lockDir, reference.slice('workspace:'.length));
        if (workspace)
            origin = { kind: 'workspace', path };
        if (workspace && path === lockDir)
            rootId = resolution;
        // A workspace is locked as `0.0.0-use.local`: its package.json has the version.
        const own = workspace
            ? npmProject(readPackageJson(ctx, graph, path)?.data ?? {})
            : undefined;
        const version = own ? own.version : locked;
        const node = {
            id: resolution,
            ecosystem: 'npm',
            name,
            version,
            purl: (0,sources_purl/* npmPurl */.NP)(name, version, source.qualifiers),
            hashes: digest && !reference.startsWith('patch:') ? [digest] : [],
            licenses: own?.licenses ?? [],
            origin,
            properties,
            edges: []
        };
        if (workspace)
            node.scope = 'required';
        graph.nodes.set(resolution, node);
        blocks.set(resolution, block.data);
        if (workspace && path !== lockDir)
            graph.members.push(resolution);
    }
    for (const [name, range, id] of compat)
        resolver.register(name, range, id);
    // A patched package is built from its base: the one edge the lockfile implies.
    for (const [id, base] of patchBases) {
        if (graph.nodes.has(base))
            graph.nodes.get(id).edges.push({ to: base, kind: 'prod' });
    }
    const catalogs = readCatalogs(ctx, graph, lockDir);
    for (const [id, data] of blocks) {
        const node = graph.nodes.get(id);
        const meta = yarnMap(data, 'dependenciesMeta');
        const kinds = node.origin.kind === 'workspace'
            ? workspaceKinds(ctx, graph, node.origin.path)
            : undefined;
        for (const [dep, value] of Object.entries(yarnMap(data, 'dependencies'))) {
            if (typeof value !== 'string')
                continue;
            const range = value.startsWith('catalog:')
                ? (catalogs.get(`${value.slice(8) || 'default'}\u0000${dep}`) ?? value)
                : value;
            const to = resolver.resolve(dep, range);
            const optional = yarnString(yarnMap(meta, dep), 'optional') === 'true';
            const kind = optional ? 'optional' : (kinds?.get(dep) ?? 'prod');
            if (to !== undefined && to !== id)
                node.edges.push({ to, kind });
        }
    }
    if (rootId !== undefined) {
        graph.rootEdges = graph.nodes.get(rootId).edges;
        graph.nodes.delete(rootId);
    }
    return graph;
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/yarn-classic.ts
/**
 * yarn.lock classic (v1). Each block is one package; its header lists the
 * descriptors (`name@range`) that resolved to it. An alias descriptor
 * (`prettier-2@npm:prettier@^2`) is counted under the real name. The lockfile
 * has no workspace or root entries: those come from package.json and the
 * member manifests its `workspaces` globs select. Scope by the graph walk.
 */









function readYarnClassic(ctx, parsed) {
    const graph = emptyGraph(ctx.lockfile);
    const lockDir = (0,parse_text/* dirOf */.Rw)(ctx.lockfile);
    const manifest = readPackageJson(ctx, graph, lockDir)?.data ?? {};
    graph.project = npmProject(manifest);
    const resolver = new YarnResolver(yarnResolutions(manifest));
    const blocks = new Map();
    for (const block of parsed.blocks) {
        const id = block.keys[0];
        const version = yarnString(block.data, 'version');
        if (version === undefined) {
            throw (0,parse_text/* invalidLockfile */.PR)(ctx.lockfile, `line ${block.line}`, `entry "${id}" has no version`);
        }
        const specs = block.keys.map(splitNameRange);
        const realNames = specs.map(([name, range]) => aliasTarget(range) ?? name);
        const plain = specs.find(([, range]) => aliasTarget(range) === undefined);
        const name = plain?.[0] ?? realNames[0] ?? id;
        const aliases = specs
            .filter(([, range]) => aliasTarget(range) !== undefined)
            .map(([alias]) => alias);
        const resolved = yarnString(block.data, 'resolved');
        const range = (plain ?? specs[0])?.[1] ?? '';
        // A local folder or archive: the range says where, there is no `resolved`.
        const local = /^(link|portal|file):/.test(range) && resolved === undefined;
        const source = npmSource(local ? `file:${range.replace(/^\w+:/, '')}` : resolved, name, lockDir);
        if (/^(link|portal):/.test(range) && source.origin.kind === 'file')
            source.origin.directory = true;
        let origin = source.origin;
        if (plain === undefined && origin.kind === 'registry')
            origin = { kind: 'alias', alias: aliases[0] };
        const hashes = (0,sources_hashes/* checkedSri */.wK)(yarnString(block.data, 'integrity'), (problem) => (0,parse_text/* invalidLockfile */.PR)(ctx.lockfile, `line ${block.line}`, problem));
        const sha1 = /#([0-9a-f]{40})$/i.exec(resolved ?? '')?.[1];
        const fragment = sha1 ? (0,sources_hashes/* hexHash */.eP)('SHA-1', sha1) : undefined;
        if (fragment && !hashes.some((h) => h.algorithm === 'SHA-1'))
            hashes.push(fragment);
        const node = {
            id,
            ecosystem: 'npm',
            name,
            version,
            purl: (0,sources_purl/* npmPurl */.NP)(name, version, source.qualifiers),
            hashes,
            licenses: [],
            origin,
            properties: aliases.length > 0
                ? { 'provenant:alias': aliases.sort().join(',') }
                : {},
            edges: []
        };
        graph.nodes.set(id, node);
        blocks.set(id, block.data);
        specs.forEach(([specName, specRange]) => resolver.register(specName, specRange, id));
    }
    const members = addMembers(ctx, graph, lockDir, manifest);
    const edgesOf = (data, withDev) => {
        const out = [];
        for (const dep of manifestDependencies(data)) {
            if (dep.kind === 'dev' && !withDev)
                continue;
            const to = members.get(dep.name) ?? resolver.resolve(dep.name, dep.range);
            if (to !== undefined)
                out.push({ to, kind: dep.kind });
        }
        return out;
    };
    for (const [id, data] of blocks) {
        const deps = {
            dependencies: yarnMap(data, 'dependencies'),
            optionalDependencies: yarnMap(data, 'optionalDependencies')
        };
        graph.nodes.get(id).edges = edgesOf(deps, false);
    }
    for (const [folder, id] of memberFolders(graph)) {
        const data = readPackageJson(ctx, graph, folder)?.data ?? {};
        graph.nodes.get(id).edges = edgesOf(data, true);
    }
    graph.rootEdges = edgesOf(manifest, true);
    return graph;
}
function memberFolders(graph) {
    return graph.members.map((id) => [id.slice('workspace:'.length), id]);
}
/** Workspace members as local nodes; returns member name -> node id. */
function addMembers(ctx, graph, lockDir, manifest) {
    const byName = new Map();
    for (const folder of matchMembers(lockDir, workspacePatterns(manifest), ctx.manifestPaths, 'package.json')) {
        const data = readPackageJson(ctx, graph, folder)?.data;
        if (data === undefined || folder === lockDir)
            continue;
        const project = npmProject(data);
        const name = project.name ?? folder;
        const id = `workspace:${folder}`;
        graph.nodes.set(id, {
            id,
            ecosystem: 'npm',
            name,
            version: project.version,
            purl: (0,sources_purl/* npmPurl */.NP)(name, project.version),
            hashes: [],
            licenses: project.licenses,
            origin: { kind: 'workspace', path: folder },
            properties: {},
            scope: 'required',
            edges: []
        });
        graph.members.push(id);
        byName.set(name, id);
    }
    return byName;
}

;// CONCATENATED MODULE: ./src/lib/sbom/sources/yarn-lock.ts




function readYarnLock(ctx) {
    const text = ctx.read(ctx.lockfile) ?? '';
    const parsed = parseYarnLockText(text, ctx.lockfile);
    if (parsed.metadata !== undefined)
        return readYarnBerry(ctx, text, parsed);
    if (/^# yarn lockfile v1\s*$/m.test(text))
        return readYarnClassic(ctx, parsed);
    const header = /^# yarn lockfile v(\d+)/m.exec(text)?.[1];
    throw (0,parse_text/* unknownLockfileVersion */.Qh)(ctx.lockfile, 'line 1', header ?? 'none', 'classic (# yarn lockfile v1) or berry (__metadata)');
}

;// CONCATENATED MODULE: ./src/lib/sbom/read-source.ts
/**
 * A source tree's lockfiles -> one DependencyGraph. Each lockfile is read by
 * its own reader (src/lib/sbom/sources/); their nodes are merged by purl.
 *
 * The root component is the project of the shallowest lockfile that has a
 * manifest (package.json, pyproject.toml, go.mod, Cargo.toml), ties broken by
 * the order of `lockfilePaths`; the projects of the other lockfiles become
 * `workspace` components the root depends on. Without any manifest (only
 * requirements files or a Pipfile.lock) the root is `pkg:generic/<rootName>`.
 * Every problem of every lockfile is collected and reported once.
 */
















const READERS = {
    npm: readNpmLock,
    yarn: readYarnLock,
    pnpm: readPnpmLock,
    uv: readUvLock,
    poetry: readPoetryLock,
    pipfile: readPipfileLock,
    requirements: readRequirements,
    go: readGoMod,
    cargo: readCargoLock
};
function readOne(reader, path, manifestPaths) {
    const kind = (0,lockfiles/* lockfileKind */.Wd)(path);
    if (kind === undefined) {
        throw new errors/* InputError */.dz('SBOM_LOCKFILE_UNKNOWN', `${path}: not a lockfile Provenant reads (package-lock.json, npm-shrinkwrap.json, yarn.lock, pnpm-lock.yaml, requirements*.txt, poetry.lock, uv.lock, Pipfile.lock, go.mod, Cargo.lock)`);
    }
    const text = reader(path);
    if (text === undefined) {
        throw new errors/* InputError */.dz('SBOM_LOCKFILE_MISSING', `${path}: no such file in the source tree`);
    }
    assertText(path, text);
    return READERS[kind]({ read: reader, lockfile: path, manifestPaths });
}
/** A lockfile is text: a NUL byte or bytes that are not UTF-8 mean it is not one. */
function assertText(path, text) {
    const found = [text.indexOf('\u0000'), text.indexOf('\ufffd')].filter((i) => i !== -1);
    if (found.length === 0)
        return;
    const at = Math.min(...found);
    throw (0,parse_text/* invalidLockfile */.PR)(path, `line ${(0,parse_text/* lineAt */.mh)(text, at)}`, text[at] === '\u0000'
        ? 'a NUL byte: this is a binary file, not a lockfile'
        : 'bytes that are not UTF-8 text');
}
function projectPurl(project, name) {
    switch (project.ecosystem) {
        case 'npm':
            return (0,sources_purl/* npmPurl */.NP)(name, project.version);
        case 'pypi':
            return (0,sources_purl/* pypiPurl */.iC)(name, project.version);
        case 'golang':
            return (0,sources_purl/* golangPurl */.av)(name, project.version);
        case 'cargo':
            return (0,sources_purl/* cargoPurl */.q$)(name, project.version);
        default:
            return (0,sources_purl/* genericPurl */.LS)(name, project.version);
    }
}
/** A reader's error with its message bounded: a hostile lockfile's text is never printed at length. */
function bounded(error) {
    const message = (0,clip/* clipMessage */.Io)(error.message);
    return message === error.message
        ? error
        : new errors/* InputError */.dz(error.code, message, { cause: error });
}
const depth = (path) => (0,parse_text/* dirOf */.Rw)(path) === '' ? 0 : (0,parse_text/* dirOf */.Rw)(path).split('/').length;
function readSourceTree(reader, lockfilePaths, options = {}) {
    const graphs = [];
    const problems = [];
    for (const path of lockfilePaths) {
        try {
            graphs.push(readOne(reader, path, options.manifestPaths ?? []));
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.dz))
                throw error;
            problems.push(bounded(error));
        }
    }
    if (problems.length === 1)
        throw problems[0];
    if (problems.length > 1)
        throw new errors/* InputErrors */.G(problems);
    const fallbackName = options.rootName ?? 'source';
    const main = graphs
        .filter((g) => g.project !== undefined)
        .sort((a, b) => depth(a.lockfile) - depth(b.lockfile))[0];
    const rootProject = main?.project;
    const rootName = rootProject?.name ?? fallbackName;
    const rootPurl = rootProject
        ? projectPurl(rootProject, rootName)
        : (0,sources_purl/* genericPurl */.LS)(rootName, '');
    const root = {
        ref: rootPurl,
        ecosystem: rootProject?.ecosystem ?? 'generic',
        name: rootName,
        version: rootProject?.version ?? '',
        purl: rootPurl,
        type: 'application',
        hashes: [],
        licenses: rootProject?.licenses ?? []
    };
    const builder = new GraphBuilder();
    // First every component (so the root's ref can avoid theirs), then the edges.
    const added = graphs.map((graph) => {
        const scopes = computeScopes(graph);
        let projectRef;
        const name = graph.project?.name ?? (0,parse_text/* dirOf */.Rw)(graph.lockfile);
        const purl = graph.project ? projectPurl(graph.project, name) : rootPurl;
        // Another project of the tree (not one more lockfile of the root's own, like requirements-dev.txt).
        if (graph.project !== undefined && purl !== rootPurl) {
            const origin = { kind: 'workspace', path: (0,parse_text/* dirOf */.Rw)(graph.lockfile) };
            const facts = {
                ...graph.project,
                name,
                purl,
                hashes: [],
                origin,
                properties: {}
            };
            projectRef = builder.add(facts, 'required');
        }
        const refs = new Map();
        for (const [id, node] of graph.nodes)
            refs.set(id, builder.add(node, scopes.get(id)));
        return { graph, projectRef, refs };
    });
    if (builder.has(root.ref))
        root.ref = `${root.purl}#root`;
    for (const { graph, projectRef, refs } of added) {
        const from = projectRef ?? root.ref;
        if (projectRef !== undefined)
            builder.edge(root.ref, projectRef);
        for (const [id, node] of graph.nodes) {
            for (const edge of node.edges) {
                const to = refs.get(edge.to);
                if (to !== undefined)
                    builder.edge(refs.get(id), to);
            }
        }
        for (const edge of [
            ...graph.rootEdges,
            ...graph.members.map((to) => ({ to }))
        ]) {
            const to = refs.get(edge.to);
            if (to !== undefined)
                builder.edge(from, to);
        }
    }
    const { components, dependencies } = builder.build(root.ref);
    const sources = [...new Set(graphs.flatMap((g) => g.sources))].sort();
    return { root, components, dependencies, sources };
}


/***/ }),

/***/ 23106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GQ: () => (/* binding */ checkedPrefixedHex),
/* harmony export */   GW: () => (/* binding */ addHashes),
/* harmony export */   HQ: () => (/* binding */ checkedHex),
/* harmony export */   Hq: () => (/* binding */ fromSri),
/* harmony export */   eP: () => (/* binding */ hexHash),
/* harmony export */   m1: () => (/* binding */ base64Hash),
/* harmony export */   wK: () => (/* binding */ checkedSri)
/* harmony export */ });
/* unused harmony export fromPrefixedHex */
const BY_NAME = new Map([
    ['md5', 'MD5'],
    ['sha1', 'SHA-1'],
    ['sha256', 'SHA-256'],
    ['sha384', 'SHA-384'],
    ['sha512', 'SHA-512']
]);
const HEX_LENGTH = {
    MD5: 32,
    'SHA-1': 40,
    'SHA-256': 64,
    'SHA-384': 96,
    'SHA-512': 128
};
function hexHash(algorithm, hex) {
    const value = hex.toLowerCase();
    if (value.length !== HEX_LENGTH[algorithm] || !/^[0-9a-f]+$/.test(value))
        return undefined;
    return { algorithm, value };
}
function base64Hash(algorithm, base64) {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64))
        return undefined;
    const value = Buffer.from(base64, 'base64').toString('hex');
    return value.length === HEX_LENGTH[algorithm]
        ? { algorithm, value }
        : undefined;
}
/** One SRI token: its hash, `undefined` for a known algorithm that does not decode, `null` for an unknown one. */
function sriToken(token) {
    const dash = token.indexOf('-');
    const algorithm = dash > 0 ? BY_NAME.get(token.slice(0, dash).toLowerCase()) : undefined;
    if (!algorithm)
        return null;
    // An SRI token may carry options after `?`.
    const question = token.indexOf('?', dash);
    return base64Hash(algorithm, token.slice(dash + 1, question === -1 ? undefined : question));
}
/** npm/pnpm/yarn `integrity`: space-separated SRI, e.g. `sha512-<base64> sha1-<base64>`. */
function fromSri(integrity) {
    const out = [];
    for (const token of integrity ? integrity.trim().split(/\s+/) : []) {
        const hash = sriToken(token);
        if (hash)
            out.push(hash);
    }
    return out;
}
/** pip/poetry/uv/Pipfile `sha256:<hex>`. */
function fromPrefixedHex(text) {
    if (!text)
        return undefined;
    const colon = text.indexOf(':');
    const algorithm = BY_NAME.get(text.slice(0, colon).toLowerCase());
    return algorithm ? hexHash(algorithm, text.slice(colon + 1)) : undefined;
}
/** Appends hashes not already present (same algorithm and value). */
function addHashes(into, more) {
    for (const hash of more) {
        if (!into.some((h) => h.algorithm === hash.algorithm && h.value === hash.value)) {
            into.push(hash);
        }
    }
}
const preview = (text) => text.length > 24 ? `${text.slice(0, 24)}...` : text;
function checkedSri(integrity, fail) {
    const out = [];
    for (const token of integrity ? integrity.trim().split(/\s+/) : []) {
        const hash = sriToken(token);
        if (hash === undefined)
            throw fail(`integrity "${preview(token)}" is not a valid digest`);
        if (hash)
            out.push(hash);
    }
    return out;
}
function checkedPrefixedHex(text, fail) {
    if (!text)
        return undefined;
    const algorithm = BY_NAME.get(text.slice(0, text.indexOf(':')).toLowerCase());
    const hash = fromPrefixedHex(text);
    if (algorithm && !hash)
        throw fail(`hash "${preview(text)}" is not a valid ${algorithm} digest`);
    return hash;
}
function checkedHex(algorithm, hex, fail) {
    if (hex === undefined)
        return undefined;
    const hash = hexHash(algorithm, hex);
    if (!hash)
        throw fail(`"${preview(hex)}" is not a ${algorithm} hex digest`);
    return hash;
}


/***/ }),

/***/ 82243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ix: () => (/* binding */ MANIFEST_INVALID),
/* harmony export */   PR: () => (/* binding */ invalidLockfile),
/* harmony export */   Qh: () => (/* binding */ unknownLockfileVersion),
/* harmony export */   Rw: () => (/* binding */ dirOf),
/* harmony export */   _j: () => (/* binding */ asArray),
/* harmony export */   cd: () => (/* binding */ parseYamlText),
/* harmony export */   iq: () => (/* binding */ stringEntries),
/* harmony export */   lk: () => (/* binding */ parseJsonText),
/* harmony export */   mh: () => (/* binding */ lineAt),
/* harmony export */   oJ: () => (/* binding */ asString),
/* harmony export */   pP: () => (/* binding */ whereKey),
/* harmony export */   qY: () => (/* binding */ asRecord),
/* harmony export */   tT: () => (/* binding */ parseTomlText),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   uJ: () => (/* binding */ joinPath)
/* harmony export */ });
/* unused harmony exports LOCKFILE_INVALID, LOCKFILE_VERSION */
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97268);
/**
 * Text -> data for lockfiles and manifests (JSON, TOML, YAML), turning every
 * parser failure into an InputError that names the file and the line, and
 * small guards for reading untyped parsed data.
 */



const LOCKFILE_INVALID = 'SBOM_LOCKFILE_INVALID';
const LOCKFILE_VERSION = 'SBOM_LOCKFILE_VERSION';
const MANIFEST_INVALID = 'SBOM_MANIFEST_INVALID';
/** `where` is "line 12" or "key packages.foo"; the message says what to do about it. */
function invalidLockfile(file, where, problem, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(LOCKFILE_INVALID, `${file} (${where}): ${problem}; the lockfile is malformed or truncated: restore it or regenerate it with its package manager`, { cause });
}
function unknownLockfileVersion(file, where, found, supported) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(LOCKFILE_VERSION, `${file} (${where}): unknown lockfile version ${JSON.stringify(found)}; supported: ${supported}`);
}
/** 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    const end = Math.min(offset, text.length);
    for (let i = text.indexOf('\n'); i !== -1 && i < end;) {
        line++;
        i = text.indexOf('\n', i + 1);
    }
    return line;
}
/** "line N" of the first occurrence of `needle` (e.g. `"lockfileVersion"`), else "key <key>". */
function whereKey(text, needle, key) {
    const at = text.indexOf(needle);
    return at === -1 ? `key ${key}` : `line ${lineAt(text, at)}, key ${key}`;
}
function failure(code, file, where, why, cause) {
    return code === LOCKFILE_INVALID
        ? invalidLockfile(file, where, why, cause)
        : new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(code, `${file} (${where}): ${why}; fix the file`, {
            cause
        });
}
function parseJsonText(text, file, code = LOCKFILE_INVALID) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const position = /position (\d+)/.exec(message);
        const line = position
            ? lineAt(text, Number(position[1]))
            : lineAt(text, text.length);
        throw failure(code, file, `line ${line}`, `not valid JSON: ${message.split('\n')[0]}`, error);
    }
    if (!isRecord(data))
        throw failure(code, file, 'line 1', 'expected a JSON object', undefined);
    return data;
}
function parseTomlText(text, file, code = LOCKFILE_INVALID) {
    try {
        return (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (error) {
        const line = error instanceof smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .TomlError */ .zx ? error.line : lineAt(text, text.length);
        const first = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw failure(code, file, `line ${line}`, `not valid TOML: ${first}`, error);
    }
}
function parseYamlText(text, file, code = LOCKFILE_INVALID) {
    let data;
    try {
        // uniqueKeys off: its duplicate check is quadratic in the size of a mapping.
        data = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text, { uniqueKeys: false, merge: false });
    }
    catch (error) {
        const line = error instanceof yaml__WEBPACK_IMPORTED_MODULE_1__/* .YAMLParseError */ .XT ? (error.linePos?.[0].line ?? 1) : 1;
        const first = error instanceof Error
            ? (error.message.split('\n')[0] ?? '')
            : String(error);
        const message = first.replace(/ at line \d+, column \d+:?$/, '');
        throw failure(code, file, `line ${line}`, `not valid YAML: ${message}`, error);
    }
    if (!isRecord(data))
        throw failure(code, file, 'line 1', 'expected a YAML mapping', undefined);
    return data;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function asRecord(value) {
    return isRecord(value) ? value : {};
}
function asString(value) {
    return typeof value === 'string' ? value : undefined;
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
/** A `{name: range}` table as entries; non-string values are skipped. */
function stringEntries(value) {
    const out = [];
    for (const [key, range] of Object.entries(asRecord(value))) {
        if (typeof range === 'string')
            out.push([key, range]);
    }
    return out;
}
/** POSIX dirname of a relative path; '' for a top-level file. */
function dirOf(path) {
    const i = path.lastIndexOf('/');
    return i === -1 ? '' : path.slice(0, i);
}
/** Joins relative POSIX paths and resolves `.`/`..`; '' is the tree root. */
function joinPath(...parts) {
    const out = [];
    for (const segment of parts.join('/').split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..')
            out.pop();
        else
            out.push(segment);
    }
    return out.join('/');
}


/***/ }),

/***/ 6379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eq: () => (/* binding */ buildPurl),
/* harmony export */   LS: () => (/* binding */ genericPurl),
/* harmony export */   NP: () => (/* binding */ npmPurl),
/* harmony export */   Ty: () => (/* binding */ normalizePypiName),
/* harmony export */   av: () => (/* binding */ golangPurl),
/* harmony export */   c8: () => (/* binding */ NPM_DEFAULT_REGISTRY),
/* harmony export */   iC: () => (/* binding */ pypiPurl),
/* harmony export */   q$: () => (/* binding */ cargoPurl)
/* harmony export */ });
/**
 * Package URLs built per the purl spec, encoded exactly as packageurl-js
 * encodes them (the tests compare the two), without its per-call validation
 * cost: a large lockfile builds thousands.
 */
/** The default registries: no qualifier is written for them. */
const NPM_DEFAULT_REGISTRY = /^https?:\/\/registry\.(npmjs\.org|yarnpkg\.com)\//;
function buildPurl(parts) {
    let out = `pkg:${parts.type}/`;
    if (parts.namespace) {
        out += `${encodeURIComponent(parts.namespace).replace(/%3A/g, ':').replace(/%2F/g, '/')}/`;
    }
    out += encodeURIComponent(parts.name);
    if (parts.version) {
        out += `@${encodeURIComponent(parts.version).replace(/%3A/g, ':').replace(/%2B/g, '+')}`;
    }
    const keys = Object.keys(parts.qualifiers ?? {})
        .filter((key) => parts.qualifiers?.[key])
        .sort();
    if (keys.length > 0) {
        const params = new URLSearchParams();
        for (const key of keys)
            params.set(key, parts.qualifiers?.[key] ?? '');
        out += `?${params.toString().replace(/\+/g, '%20')}`;
    }
    if (parts.subpath)
        out += `#${encodeURIComponent(parts.subpath).replace(/%2F/g, '/')}`;
    return out;
}
/** pkg:npm/%40scope/name@version; names lower-cased as packageurl-js does. */
function npmPurl(name, version, qualifiers) {
    const lower = name.toLowerCase();
    const slash = lower.startsWith('@') ? lower.indexOf('/') : -1;
    return buildPurl({
        type: 'npm',
        namespace: slash > 0 ? lower.slice(0, slash) : undefined,
        name: slash > 0 ? lower.slice(slash + 1) : lower,
        version,
        qualifiers
    });
}
/** PEP 503: lower case, runs of `-`, `_`, `.` become one `-`. */
function normalizePypiName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
function pypiPurl(name, version, qualifiers) {
    return buildPurl({
        type: 'pypi',
        name: normalizePypiName(name),
        version,
        qualifiers
    });
}
/** pkg:golang/github.com/x/y@v1.2.3: the module path is namespace + name, case kept. */
function golangPurl(modulePath, version) {
    const slash = modulePath.lastIndexOf('/');
    return buildPurl({
        type: 'golang',
        namespace: slash > 0 ? modulePath.slice(0, slash) : undefined,
        name: slash > 0 ? modulePath.slice(slash + 1) : modulePath,
        version
    });
}
function cargoPurl(name, version, qualifiers) {
    return buildPurl({ type: 'cargo', name, version, qualifiers });
}
function genericPurl(name, version) {
    return buildPurl({ type: 'generic', name, version });
}


/***/ }),

/***/ 60805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ dropOwnOutputs),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Hf: () => (/* binding */ fixedDirectoryOf),
/* harmony export */   iS: () => (/* binding */ planOutputs),
/* harmony export */   rP: () => (/* binding */ toWorkspacePattern)
/* harmony export */ });
/* unused harmony exports BUNDLE_SUFFIX, SIGNATURE_SUFFIX, CERTIFICATE_SUFFIX */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/**
 * Where files come from and where their signatures go: patterns confined to
 * the workspace, and one output path per file with no two files writing
 * the same name.
 */


const BUNDLE_SUFFIX = '.sigstore.json';
const SIGNATURE_SUFFIX = '.sig';
const CERTIFICATE_SUFFIX = '.crt';
const OUTPUT_SUFFIXES = [BUNDLE_SUFFIX, SIGNATURE_SUFFIX, CERTIFICATE_SUFFIX];
const GLOB_CHARS = /[*?[\]{}()!+@]/;
function isInside(root, candidate) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, candidate);
    const escapes = relative === '..' ||
        relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)}`) ||
        node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative);
    return !escapes;
}
/**
 * A pattern as tinyglobby takes it, relative to the workspace; an InputError
 * when its fixed part (before the first glob character) leaves the workspace.
 */
function toWorkspacePattern(workspace, pattern) {
    const segments = pattern.replaceAll('\\', '/').split('/');
    const firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s));
    const fixed = firstGlob < 0 ? segments : segments.slice(0, firstGlob);
    const rest = firstGlob < 0 ? [] : segments.slice(firstGlob);
    const base = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workspace, fixed.join('/') || '.');
    if (!isInside(workspace, base) || rest.includes('..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('SIGN_PATH_OUTSIDE_WORKSPACE', `input "files": "${pattern}" is outside the workspace ${workspace}; copy the file into the workspace or set GITHUB_WORKSPACE`);
    }
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(workspace, base).replaceAll('\\', '/');
    return [relative, ...rest].filter((s) => s !== '').join('/') || '.';
}
/**
 * Drops matches that are signatures of another match (`a.sigstore.json`
 * when `a` is matched too), so `dist/*` signs the same files on a re-run.
 */
function dropOwnOutputs(files) {
    const all = new Set(files);
    const kept = [];
    const dropped = [];
    for (const file of files) {
        const suffix = OUTPUT_SUFFIXES.find((s) => file.endsWith(s));
        if (suffix && all.has(file.slice(0, -suffix.length)))
            dropped.push(file);
        else
            kept.push(file);
    }
    return { kept, dropped };
}
/** Output paths per file (absolute), beside each file or in `outputDir`. */
function planOutputs(files, options) {
    const byName = new Map();
    const problems = [];
    const plans = files.map((file) => {
        const base = options.outputDir
            ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(options.outputDir, node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(file))
            : file;
        const earlier = byName.get(base);
        if (earlier !== undefined) {
            problems.push(`"${earlier}" and "${file}" would both write ${node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(base)}${BUNDLE_SUFFIX}`);
        }
        byName.set(base, file);
        return {
            bundle: `${base}${BUNDLE_SUFFIX}`,
            signature: options.legacySig ? `${base}${SIGNATURE_SUFFIX}` : undefined,
            certificate: options.legacySig && !options.keyed
                ? `${base}${CERTIFICATE_SUFFIX}`
                : undefined
        };
    });
    if (problems.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('SIGN_OUTPUT_COLLISION', `input "output-dir": ${problems.join('; ')}; sign them in separate steps or leave "output-dir" empty to write beside each file`);
    }
    return plans;
}
/** The directory a pattern's fixed part names: `dist` for `dist/*.tgz` and `dist/a.tgz`. */
function fixedDirectoryOf(pattern) {
    const segments = pattern.replaceAll('\\', '/').split('/');
    const firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s));
    const fixed = firstGlob < 0 ? segments.slice(0, -1) : segments.slice(0, firstGlob);
    return fixed.join('/') || (pattern.startsWith('/') ? '/' : '.');
}


/***/ }),

/***/ 17059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   kW: () => (/* binding */ remainingBudgetMs),
/* harmony export */   tE: () => (/* binding */ decideRetry)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_BUDGET_MS, DEFAULT_BASE_DELAY_MS, DEFAULT_MAX_DELAY_MS, backoffDelayMs */
/**
 * Retry policy for calls to Sigstore services and the OIDC issuer:
 * exponential backoff with full jitter, bounded by a number of attempts and
 * by a time budget for the whole call. Randomness and time are parameters.
 */
const DEFAULT_MAX_ATTEMPTS = 5;
const DEFAULT_RETRY_BUDGET_MS = 120_000;
const DEFAULT_BASE_DELAY_MS = 500;
const DEFAULT_MAX_DELAY_MS = 20_000;
const DEFAULT_RETRY_POLICY = {
    maxAttempts: DEFAULT_MAX_ATTEMPTS,
    budgetMs: DEFAULT_RETRY_BUDGET_MS,
    baseDelayMs: DEFAULT_BASE_DELAY_MS,
    maxDelayMs: DEFAULT_MAX_DELAY_MS
};
/** HTTP statuses worth another try: timeouts, rate limits, server errors. */
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status <= 599);
}
/**
 * The wait after failed attempt `attempt` (1-based): "full jitter", a
 * uniform draw in [0, min(max, base * 2^(attempt-1))). `random` is in [0, 1).
 */
function backoffDelayMs(attempt, policy, random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
    return Math.floor(random() * ceiling);
}
/**
 * After failed attempt `attempt` (1-based), `elapsedMs` into the call:
 * whether to try again and after how long. A server's Retry-After wins over
 * the backoff when it is longer, but never past the budget.
 */
function decideRetry(input) {
    const { attempt, elapsedMs, policy } = input;
    if (attempt >= policy.maxAttempts)
        return { retry: false, reason: 'attempts' };
    const delayMs = Math.max(backoffDelayMs(attempt, policy, input.random), Math.min(input.retryAfterMs ?? 0, policy.maxDelayMs));
    if (elapsedMs + delayMs >= policy.budgetMs) {
        return { retry: false, reason: 'budget' };
    }
    return { retry: true, delayMs };
}
/** The time left in the budget for one more attempt (at least 1 ms). */
function remainingBudgetMs(policy, elapsedMs) {
    return Math.max(1, policy.budgetMs - elapsedMs);
}


/***/ })

};
