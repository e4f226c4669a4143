export const id = 89;
export const ids = [89];
export const modules = {

/***/ 5089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readSourceTree: () => (/* binding */ readSourceTree)
});

// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/lib/inputs/clip.ts
var clip = __webpack_require__(9383);
// EXTERNAL MODULE: ./src/lib/sbom/sources/hashes.ts
var hashes = __webpack_require__(3106);
// EXTERNAL MODULE: ./src/lib/sbom/sources/lock-graph.ts
var lock_graph = __webpack_require__(1648);
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
        const local = (0,lock_graph/* isLocal */.IX)(facts.origin);
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
        (0,hashes/* addHashes */.GW)(component.hashes, facts.hashes);
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

// EXTERNAL MODULE: ./src/lib/sbom/sources/lockfile-formats.ts + 25 modules
var lockfile_formats = __webpack_require__(16);
// EXTERNAL MODULE: ./src/lib/sbom/sources/parse-text.ts + 9 modules
var parse_text = __webpack_require__(7366);
// EXTERNAL MODULE: ./src/lib/sbom/sources/purl.ts
var purl = __webpack_require__(6379);
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







function readOne(reader, path, manifestPaths) {
    const format = (0,lockfile_formats/* lockfileFormat */.fq)(path);
    if (format === undefined) {
        throw new errors/* InputError */.dz('SBOM_LOCKFILE_UNKNOWN', `${path}: not a lockfile Provenant reads (${lockfile_formats/* LOCKFILE_NAMES */.dD})`);
    }
    const text = reader(path);
    if (text === undefined) {
        throw new errors/* InputError */.dz('SBOM_LOCKFILE_MISSING', `${path}: no such file in the source tree`);
    }
    assertText(path, text);
    return format.read({ read: reader, lockfile: path, manifestPaths });
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
            return (0,purl/* npmPurl */.NP)(name, project.version);
        case 'pypi':
            return (0,purl/* pypiPurl */.iC)(name, project.version);
        case 'golang':
            return (0,purl/* golangPurl */.av)(name, project.version);
        case 'cargo':
            return (0,purl/* cargoPurl */.q$)(name, project.version);
        default:
            return (0,purl/* genericPurl */.LS)(name, project.version);
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
/** Every lockfile read; every problem of every lockfile reported at once. */
function readAll(reader, lockfilePaths, manifestPaths) {
    const graphs = [];
    const problems = [];
    for (const path of lockfilePaths) {
        try {
            graphs.push(readOne(reader, path, manifestPaths));
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
    return graphs;
}
/** The project of the shallowest lockfile with a manifest; `pkg:generic/<fallbackName>` without any. */
function rootOf(graphs, fallbackName) {
    const main = graphs
        .filter((g) => g.project !== undefined)
        .sort((a, b) => depth(a.lockfile) - depth(b.lockfile))[0];
    const rootProject = main?.project;
    const rootName = rootProject?.name ?? fallbackName;
    const rootPurl = rootProject
        ? projectPurl(rootProject, rootName)
        : (0,purl/* genericPurl */.LS)(rootName, '');
    return {
        ref: rootPurl,
        ecosystem: rootProject?.ecosystem ?? 'generic',
        name: rootName,
        version: rootProject?.version ?? '',
        purl: rootPurl,
        type: 'application',
        hashes: [],
        licenses: rootProject?.licenses ?? []
    };
}
function readSourceTree(reader, lockfilePaths, options = {}) {
    const graphs = readAll(reader, lockfilePaths, options.manifestPaths ?? []);
    const root = rootOf(graphs, options.rootName ?? 'source');
    const rootPurl = root.purl;
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


/***/ })

};
