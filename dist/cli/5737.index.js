export const id = 5737;
export const ids = [5737];
export const modules = {

/***/ 93387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ SILENT_LOGGER)
/* harmony export */ });
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


/***/ }),

/***/ 73239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kZ: () => (/* binding */ matchSboms)
});

// UNUSED EXPORTS: compareFindings, mergeAliases

// EXTERNAL MODULE: ./src/lib/scan/versions/index.ts + 3 modules
var versions = __webpack_require__(33376);
;// CONCATENATED MODULE: ./src/lib/scan/affected.ts

function evaluateAffected(entry, version) {
    if (entry.versions.some((v) => (0,versions/* sameVersion */.r1)(entry.ecosystem, v, version)))
        return { kind: 'affected' };
    const reasons = [];
    let evaluated = entry.versions.length > 0;
    for (const range of entry.ranges) {
        if (range.type === 'GIT') {
            reasons.push(`GIT range of ${range.repo ?? 'an unnamed repository'} (commits, not versions)`);
            continue;
        }
        const compare = (0,versions/* comparatorFor */.IB)(range.type, entry.ecosystem);
        if (!compare) {
            reasons.push(`${range.type} range in ecosystem ${entry.ecosystem} (no version order known)`);
            continue;
        }
        const result = inRange(range, version, compare);
        if (result === undefined) {
            reasons.push(`version ${version} or a bound of a ${range.type} range cannot be ordered in ${entry.ecosystem}`);
            continue;
        }
        evaluated = true;
        if (result)
            return { kind: 'affected' };
    }
    if (!evaluated && reasons.length > 0)
        return { kind: 'not-evaluated', reason: reasons.join('; ') };
    return { kind: 'unaffected' };
}
function boundOf(event) {
    return (event.introduced ?? event.fixed ?? event.last_affected ?? event.limit ?? '');
}
/** true / false, or undefined when a version cannot be ordered. */
function inRange(range, version, compare) {
    const cmp = (a, b) => {
        const result = compare(a, b);
        if (Number.isNaN(result))
            throw new RangeError(`${a} ? ${b}`);
        return result;
    };
    try {
        const limits = range.events.flatMap((e) => e.limit !== undefined ? [e.limit] : []);
        if (limits.length > 0 &&
            !limits.some((l) => l === '*' || cmp(version, l) < 0))
            return false;
        const events = range.events
            .filter((e) => e.limit === undefined && boundOf(e) !== '')
            .sort((a, b) => {
            if (a.introduced === '0')
                return b.introduced === '0' ? 0 : -1;
            if (b.introduced === '0')
                return 1;
            return cmp(boundOf(a), boundOf(b));
        });
        let affected = false;
        for (const event of events) {
            if (event.introduced !== undefined) {
                if (event.introduced === '0' || cmp(version, event.introduced) >= 0)
                    affected = true;
            }
            else if (event.fixed !== undefined) {
                if (cmp(version, event.fixed) >= 0)
                    affected = false;
            }
            else if (event.last_affected !== undefined) {
                if (cmp(version, event.last_affected) > 0)
                    affected = false;
            }
        }
        return affected;
    }
    catch (error) {
        if (error instanceof RangeError)
            return undefined;
        throw error;
    }
}

// EXTERNAL MODULE: ./src/lib/scan/names.ts
var names = __webpack_require__(82849);
// EXTERNAL MODULE: ./src/lib/scan/severity.ts
var severity = __webpack_require__(67918);
;// CONCATENATED MODULE: ./src/lib/scan/findings.ts



const ID_PREFERENCE = ['GHSA-', 'PYSEC-', 'GO-', 'RUSTSEC-', 'CVE-'];
function idRank(id) {
    const index = ID_PREFERENCE.findIndex((p) => id.startsWith(p));
    return index < 0 ? ID_PREFERENCE.length : index;
}
function matchSboms(index, sboms) {
    const byKey = new Map();
    const notEvaluated = new Map();
    let scanned = 0;
    for (const sbom of sboms) {
        for (const component of sbom.components) {
            if (!component.ecosystem || component.version === '')
                continue;
            scanned++;
            const location = { subject: sbom.subject, ref: component.ref };
            const key = `${component.ecosystem}\u0000${component.name}\u0000${component.version}`;
            const known = byKey.get(key);
            if (known) {
                known.locations.push(location);
                continue;
            }
            const hits = [];
            const entries = [];
            for (const [a, e] of index.byPackage.get((0,names/* packageKey */.MO)(component.ecosystem, component.name)) ?? []) {
                const advisory = index.advisories[a];
                const entry = advisory.affected[e];
                const verdict = evaluateAffected(entry, component.version);
                if (verdict.kind === 'affected') {
                    if (!hits.includes(advisory))
                        hits.push(advisory);
                    entries.push(entry);
                }
                else if (verdict.kind === 'not-evaluated') {
                    notEvaluated.set(`${advisory.id} ${component.purl}`, {
                        advisory: advisory.id,
                        purl: component.purl,
                        reason: verdict.reason
                    });
                }
            }
            byKey.set(key, { component, hits, entries, locations: [location] });
        }
    }
    const findings = [...byKey.values()].flatMap(({ component, hits, entries, locations }) => mergeAliases(hits).map((group) => toFinding(component, group, entries, locations)));
    findings.sort(compareFindings);
    return { findings, notEvaluated: [...notEvaluated.values()], scanned };
}
/** Groups advisories that share an id or alias (connected components). */
function mergeAliases(advisories) {
    const groups = [];
    for (const advisory of advisories) {
        const ids = new Set([advisory.id, ...advisory.aliases]);
        const joined = groups.filter((g) => [...ids].some((id) => g.ids.has(id)));
        const group = { ids, members: [advisory] };
        for (const g of joined) {
            g.ids.forEach((id) => group.ids.add(id));
            group.members.unshift(...g.members);
            groups.splice(groups.indexOf(g), 1);
        }
        groups.push(group);
    }
    return groups.map((g) => g.members);
}
function toFinding(component, group, entries, locations) {
    const own = group
        .map((a) => a.id)
        .sort((a, b) => idRank(a) - idRank(b) || a.localeCompare(b));
    const all = [...new Set([...own, ...group.flatMap((a) => a.aliases)])];
    const id = own[0];
    const mine = entries.filter((e) => group.some((a) => a.affected.includes(e)));
    const fixed = [
        ...new Set(mine.flatMap((e) => e.ranges.flatMap((r) => r.events.flatMap((ev) => (ev.fixed ? [ev.fixed] : [])))))
    ];
    const primary = group.find((a) => a.id === id);
    const finding = {
        id,
        aliases: all.filter((a) => a !== id).sort(),
        advisories: own,
        summary: primary.summary || group.find((a) => a.summary)?.summary || '',
        severity: (0,severity/* worstSeverity */.Lc)(group.map((a) => (0,severity/* severityOf */.xJ)(a, mine.filter((e) => a.affected.includes(e))))),
        ecosystem: component.ecosystem,
        name: component.name,
        version: component.version,
        purl: component.purl,
        fixed,
        locations
    };
    if (primary.url)
        finding.url = primary.url;
    return finding;
}
function compareFindings(a, b) {
    return (b.severity.rank - a.severity.rank ||
        a.name.localeCompare(b.name) ||
        a.version.localeCompare(b.version) ||
        a.id.localeCompare(b.id));
}


/***/ }),

/***/ 65080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ applyGate),
  $: () => (/* binding */ toFailOn)
});

// EXTERNAL MODULE: ./src/lib/scan/severity.ts
var severity = __webpack_require__(67918);
// EXTERNAL MODULE: ./src/lib/scan/versions/maven.ts
var maven = __webpack_require__(3128);
// EXTERNAL MODULE: ./src/lib/scan/versions/index.ts + 3 modules
var versions = __webpack_require__(33376);
// EXTERNAL MODULE: ./src/lib/scan/versions/semver-order.ts
var semver_order = __webpack_require__(57378);
;// CONCATENATED MODULE: ./src/lib/scan/vers.ts
/**
 * Version constraints of VEX statements: one exact version, or a `vers:`
 * range (package-url/purl-spec VERSION-RANGE-SPEC: `vers:<scheme>/<op><v>|...`,
 * constraints sorted, then read as `=`/`!=` points and `<`/`>` intervals).
 */



const SCHEMES = {
    npm: 'npm',
    cargo: 'crates.io',
    golang: 'Go',
    pypi: 'PyPI',
    maven: 'Maven',
    gem: 'RubyGems',
    nuget: 'NuGet',
    composer: 'Packagist'
};
/** The scheme's order; generic and unknown schemes use Maven's, which orders dotted numbers and qualifiers sensibly. */
function orderOf(scheme) {
    const ecosystem = SCHEMES[scheme];
    const order = ecosystem ? versions/* ECOSYSTEM_ORDER */.mW[ecosystem] : undefined;
    const base = order ?? (scheme === 'semver' ? semver_order/* compareSemver */.mU : maven/* compareMaven */.L);
    return (a, b) => {
        const result = base(a, b);
        return Number.isNaN(result) ? (0,maven/* compareMaven */.L)(a, b) : result;
    };
}
/** Whether `version` is inside the `vers:` range; undefined when the text is not one. */
function inVersRange(range, version) {
    const match = /^vers:([a-z0-9.+-]+)\/(.+)$/i.exec(range.trim());
    if (!match)
        return undefined;
    const compare = orderOf(match[1].toLowerCase());
    const body = match[2].trim();
    if (body === '*')
        return true;
    const constraints = body.split('|').map((part) => {
        const m = /^(!=|<=|>=|<|>|=)?\s*(.+)$/.exec(part.trim());
        return {
            op: (m[1] ?? '='),
            version: decodeURIComponent(m[2].trim())
        };
    });
    if (constraints.some((c) => c.op === '!=' && compare(version, c.version) === 0))
        return false;
    if (constraints.some((c) => c.op === '=' && compare(version, c.version) === 0))
        return true;
    const bounds = constraints
        .filter((c) => c.op !== '=' && c.op !== '!=')
        .sort((a, b) => compare(a.version, b.version));
    const satisfies = (c) => {
        const r = compare(version, c.version);
        return c.op === '<'
            ? r < 0
            : c.op === '<='
                ? r <= 0
                : c.op === '>'
                    ? r > 0
                    : r >= 0;
    };
    for (let i = 0; i < bounds.length; i++) {
        const c = bounds[i];
        const lower = c.op === '>' || c.op === '>=';
        if (!lower) {
            // An upper bound with no lower bound before it opens the range at -inf.
            if (i === 0 && satisfies(c))
                return true;
            continue;
        }
        const next = bounds[i + 1];
        if (!next || next.op === '>' || next.op === '>=') {
            if (!next && satisfies(c))
                return true;
            continue;
        }
        if (satisfies(c) && satisfies(next))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/lib/scan/vex-match.ts

/** pkg:type/ns/name@version without qualifiers and subpath, lower-cased type. */
function purlCore(purl) {
    const cut = purl.search(/[?#]/);
    const bare = cut < 0 ? purl : purl.slice(0, cut);
    const at = bare.lastIndexOf('@');
    const slash = bare.lastIndexOf('/');
    const base = at > slash ? bare.slice(0, at) : bare;
    const version = at > slash ? decodeURIComponent(bare.slice(at + 1)) : undefined;
    const normalised = base.replace(/^pkg:([^/]+)/, (_, t) => `pkg:${t.toLowerCase()}`);
    return {
        base: decodeURIComponent(normalised),
        ...(version ? { version } : {})
    };
}
function targetMatches(target, candidate) {
    if (target.serialNumber &&
        candidate.serialNumber &&
        target.serialNumber !== candidate.serialNumber)
        return false;
    if (target.serialNumber && !candidate.serialNumber)
        return false;
    let version = candidate.version;
    let named = false;
    if (target.purl && candidate.purl) {
        const want = purlCore(target.purl);
        const have = purlCore(candidate.purl);
        if (want.base === have.base &&
            (!want.version || want.version === have.version)) {
            named = true;
            version = have.version ?? version;
        }
    }
    if (!named &&
        target.ref &&
        (target.ref === candidate.ref || target.ref === candidate.purl))
        named = true;
    if (!named)
        return false;
    if (target.version !== undefined)
        return version === target.version;
    if (target.range !== undefined)
        return version !== undefined && inVersRange(target.range, version) === true;
    return true;
}
function statementApplies(statement, subject) {
    const ids = new Set(subject.ids.map((id) => id.toUpperCase()));
    if (!statement.ids.some((id) => ids.has(id.toUpperCase())))
        return false;
    const component = {
        ...subject.component,
        ...(subject.serialNumber ? { serialNumber: subject.serialNumber } : {})
    };
    const product = subject.product && {
        ...subject.product,
        ...(subject.serialNumber ? { serialNumber: subject.serialNumber } : {})
    };
    const subcomponentOk = statement.subcomponents.length === 0 ||
        statement.subcomponents.some((t) => targetMatches(t, component));
    if (statement.products.length === 0)
        return subcomponentOk;
    if (statement.products.some((t) => targetMatches(t, component)))
        return true;
    return (product !== undefined &&
        subcomponentOk &&
        statement.products.some((t) => targetMatches(t, product)));
}
function findVexStatement(statements, subject) {
    let best;
    statements.forEach((statement, order) => {
        if (!statementApplies(statement, subject))
            return;
        if (!best || later(statement, best.statement) >= 0)
            best = { statement, order };
    });
    return best?.statement;
}
function later(a, b) {
    const x = a.timestamp ? Date.parse(a.timestamp) : Number.NaN;
    const y = b.timestamp ? Date.parse(b.timestamp) : Number.NaN;
    if (Number.isNaN(x) || Number.isNaN(y))
        return 0;
    return Math.sign(x - y);
}

;// CONCATENATED MODULE: ./src/lib/scan/gate.ts


const SUPPRESSING = new Set([
    'not_affected',
    'fixed',
    'ignored'
]);
function applyGate(findings, context) {
    const ignore = new Set(context.ignore.map((id) => id.toUpperCase()));
    const bySubject = new Map(context.sboms.map((s) => [s.subject, s]));
    return findings.map((finding) => {
        const ids = [finding.id, ...finding.aliases];
        const gated = {
            ...finding,
            suppressed: false,
            failing: false
        };
        if (ids.some((id) => ignore.has(id.toUpperCase()))) {
            gated.vex = { status: 'ignored', source: '--ignore' };
            gated.suppressed = true;
        }
        else {
            const verdicts = finding.locations.map((location) => {
                const sbom = bySubject.get(location.subject);
                const statement = findVexStatement(context.statements, {
                    ids,
                    component: {
                        ref: location.ref,
                        purl: finding.purl,
                        version: finding.version
                    },
                    ...(sbom?.product ? { product: sbom.product } : {}),
                    ...(sbom?.serialNumber ? { serialNumber: sbom.serialNumber } : {})
                });
                return statement && toVerdict(statement);
            });
            const keepAt = verdicts.findIndex((v) => !v || !SUPPRESSING.has(v.status));
            const shown = keepAt >= 0 ? (verdicts[keepAt] ?? verdicts.find(Boolean)) : verdicts[0];
            if (shown)
                gated.vex = shown;
            gated.suppressed = verdicts.length > 0 && keepAt < 0;
        }
        gated.failing =
            !gated.suppressed && context.failOn.has(finding.severity.level);
        return gated;
    });
}
function toVerdict(statement) {
    return {
        status: statement.status,
        ...(statement.justification
            ? { justification: statement.justification }
            : {}),
        ...(statement.detail ? { detail: statement.detail } : {}),
        source: statement.source
    };
}
/** "high" -> critical and high; "low" -> every known level; "unknown" only by name; "none" -> nothing. */
function toFailOn(levels) {
    const out = new Set();
    for (const level of levels) {
        if (level === 'none')
            continue;
        if (level === 'unknown')
            out.add('unknown');
        else
            for (const known of ['critical', 'high', 'medium', 'low'])
                if ((0,severity/* rankOf */.IQ)(known) >= (0,severity/* rankOf */.IQ)(level))
                    out.add(known);
    }
    return out;
}


/***/ }),

/***/ 82849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MO: () => (/* binding */ packageKey),
/* harmony export */   nL: () => (/* binding */ osvNameOf),
/* harmony export */   sP: () => (/* binding */ PURL_ECOSYSTEMS),
/* harmony export */   sz: () => (/* binding */ baseEcosystem)
/* harmony export */ });
/* unused harmony exports OSV_ECOSYSTEMS, normalizeName */
/**
 * Package identity: purl types to OSV ecosystems, and names compared the way
 * each registry compares them (npm and NuGet case-insensitively, PyPI by
 * PEP 503, crates.io with "-" and "_" alike, Packagist in lower case).
 */
/** purl type -> OSV ecosystem name. */
const PURL_ECOSYSTEMS = {
    npm: 'npm',
    pypi: 'PyPI',
    golang: 'Go',
    cargo: 'crates.io',
    maven: 'Maven',
    gem: 'RubyGems',
    nuget: 'NuGet',
    composer: 'Packagist'
};
const OSV_ECOSYSTEMS = Object.values(PURL_ECOSYSTEMS);
/** "PyPI", "Debian:11" -> "Debian". */
function baseEcosystem(ecosystem) {
    const colon = ecosystem.indexOf(':');
    return colon < 0 ? ecosystem : ecosystem.slice(0, colon);
}
function normalizeName(ecosystem, name) {
    switch (ecosystem) {
        case 'npm':
        case 'NuGet':
        case 'Packagist':
            return name.toLowerCase();
        case 'PyPI':
            return name.toLowerCase().replace(/[-_.]+/g, '-');
        case 'crates.io':
            return name.toLowerCase().replaceAll('_', '-');
        default:
            return name;
    }
}
/** The index key of a package. */
function packageKey(ecosystem, name) {
    const base = baseEcosystem(ecosystem);
    return `${base}\u0000${normalizeName(base, name)}`;
}
/** A purl's name as OSV writes it (npm "@scope/name", Maven "group:artifact", Go the module path). */
function osvNameOf(type, namespace, name) {
    if (!namespace)
        return name;
    return type === 'maven' ? `${namespace}:${name}` : `${namespace}/${name}`;
}


/***/ }),

/***/ 67918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IQ: () => (/* binding */ rankOf),
/* harmony export */   Lc: () => (/* binding */ worstSeverity),
/* harmony export */   me: () => (/* binding */ SEVERITY_LEVELS),
/* harmony export */   xJ: () => (/* binding */ severityOf)
/* harmony export */ });
/* unused harmony exports UNKNOWN_SEVERITY, levelOfScore, scoreVector */
/* harmony import */ var ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44353);
/* harmony import */ var ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Severity of an advisory: computed from its CVSS v3.x or v4.0 vector (the
 * package's own vectors first, then the advisory's), with the
 * ae-cvss-calculator library, which implements FIRST's v2, v3.0, v3.1 and
 * v4.0 scoring; else the database's own word (GHSA's database_specific
 * severity, LOW / MODERATE / HIGH / CRITICAL); else "unknown", which the
 * gate treats as a level of its own.
 */

/** Known levels, worst first. */
const SEVERITY_LEVELS = [
    'critical',
    'high',
    'medium',
    'low',
    'unknown'
];
const RANKS = {
    critical: 4,
    high: 3,
    medium: 2,
    low: 1,
    unknown: 0
};
const UNKNOWN_SEVERITY = { level: 'unknown', rank: 0 };
/** CVSS qualitative rating of a score (v3.x and v4.0 share it; 0.0 "none" reads as low). */
function levelOfScore(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    return 'low';
}
const VECTOR = /^CVSS:(3\.[01]|4\.0)\/([A-Z]+:[A-Z]+)(\/[A-Z]+:[A-Z]+)*$/;
/** The base score of a CVSS v3.0, v3.1 or v4.0 vector; undefined when it cannot be read. */
function scoreVector(vector) {
    const match = VECTOR.exec(vector.trim());
    if (!match)
        return undefined;
    try {
        const version = match[1];
        const model = version === '4.0'
            ? new (ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0___default().Cvss4P0)(vector.trim())
            : version === '3.1'
                ? new (ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0___default().Cvss3P1)(vector.trim())
                : new (ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0___default().Cvss3P0)(vector.trim());
        const score = model.calculateScores().overall;
        return Number.isFinite(score) ? score : undefined;
    }
    catch {
        return undefined;
    }
}
function fromVectors(severities) {
    // v4 first when given: it is the newer assessment.
    const ordered = [...severities].sort((a, b) => (b.type === 'CVSS_V4' ? 1 : 0) - (a.type === 'CVSS_V4' ? 1 : 0));
    for (const s of ordered) {
        if (s.type !== 'CVSS_V3' && s.type !== 'CVSS_V4')
            continue;
        const score = scoreVector(s.score);
        if (score === undefined)
            continue;
        const level = levelOfScore(score);
        return { level, rank: RANKS[level], score, vector: s.score, source: s.type };
    }
    return undefined;
}
const DECLARED = {
    critical: 'critical',
    high: 'high',
    moderate: 'medium',
    medium: 'medium',
    low: 'low'
};
function severityOf(advisory, entries) {
    const vector = fromVectors(entries.flatMap((e) => e.severity)) ??
        fromVectors(advisory.severity);
    if (vector)
        return vector;
    const declared = advisory.declaredSeverity &&
        DECLARED[advisory.declaredSeverity.toLowerCase()];
    if (declared)
        return { level: declared, rank: RANKS[declared], source: 'database' };
    return UNKNOWN_SEVERITY;
}
function worstSeverity(severities) {
    return severities.reduce((worst, s) => s.rank > worst.rank ||
        (s.rank === worst.rank && (s.score ?? -1) > (worst.score ?? -1))
        ? s
        : worst, UNKNOWN_SEVERITY);
}
function rankOf(level) {
    return RANKS[level];
}


/***/ }),

/***/ 33376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mW: () => (/* binding */ ECOSYSTEM_ORDER),
  IB: () => (/* binding */ comparatorFor),
  r1: () => (/* binding */ sameVersion)
});

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js
var pep440 = __webpack_require__(63297);
// EXTERNAL MODULE: ./src/lib/scan/versions/maven.ts
var maven = __webpack_require__(3128);
;// CONCATENATED MODULE: ./src/lib/scan/versions/nuget.ts
/**
 * NuGet order (NuGet.Versioning): up to four numeric parts (missing ones are
 * 0), then SemVer 2.0 prerelease labels compared case-insensitively; build
 * metadata is ignored.
 */
function parseNuGetVersion(version) {
    const match = /^v?(\d+(?:\.\d+){0,3})(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(version.trim());
    if (!match)
        return undefined;
    const parts = match[1].split('.').map(Number);
    while (parts.length < 4)
        parts.push(0);
    return {
        parts,
        prerelease: match[2] ? match[2].toLowerCase().split('.') : []
    };
}
function compareNuGet(a, b) {
    const x = parseNuGetVersion(a);
    const y = parseNuGetVersion(b);
    if (!x || !y)
        return a.localeCompare(b);
    for (let i = 0; i < 4; i++) {
        if (x.parts[i] !== y.parts[i])
            return x.parts[i] < y.parts[i] ? -1 : 1;
    }
    return comparePrerelease(x.prerelease, y.prerelease);
}
/** SemVer 2.0 precedence of prerelease labels; none beats any. */
function comparePrerelease(x, y) {
    if (x.length === 0 || y.length === 0)
        return y.length - x.length;
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const l = x[i];
        const r = y[i];
        if (l === r)
            continue;
        if (l === undefined)
            return -1;
        if (r === undefined)
            return 1;
        const ln = /^\d+$/.test(l);
        const rn = /^\d+$/.test(r);
        if (ln && rn)
            return Math.sign(Number(l) - Number(r));
        if (ln !== rn)
            return ln ? -1 : 1;
        return l < r ? -1 : 1;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/lib/scan/versions/packagist.ts
/**
 * Packagist order as Composer compares versions (PHP version_compare after
 * normalising): "v" prefix dropped, "-", "_" and "+" read as ".", a "."
 * between digits and letters; special words rank dev < alpha = a <
 * beta = b < RC = rc < (number) < pl = p; a missing part counts as 0
 * against a number and above a special word ("1.0" > "1.0-beta").
 */
const SPECIAL = {
    dev: 0,
    alpha: 1,
    a: 1,
    beta: 2,
    b: 2,
    rc: 3,
    '#': 4,
    pl: 5,
    p: 5
};
function canonical(version) {
    const parts = version
        .trim()
        .toLowerCase()
        .replace(/^v(?=\d)/, '')
        .replace(/[-_+]/g, '.')
        .replace(/(\d)([a-z])/g, '$1.$2')
        .replace(/([a-z])(\d)/g, '$1.$2')
        .split('.')
        .filter((p) => p !== '');
    // Composer normalises the numeric head to four parts: 1.0 == 1.0.0.0
    let head = 0;
    while (head < parts.length && /^\d+$/.test(parts[head]))
        head++;
    for (let i = head; i < 4; i++)
        parts.splice(i, 0, '0');
    return parts;
}
function rank(part) {
    return SPECIAL[part] ?? -1;
}
function comparePart(l, r) {
    const ln = /^\d+$/.test(l);
    const rn = /^\d+$/.test(r);
    if (ln && rn)
        return Math.sign(Number(l) - Number(r));
    if (!ln && !rn)
        return Math.sign(rank(l) - rank(r));
    // A number against a word: numbers rank as "#".
    return ln
        ? Math.sign(SPECIAL['#'] - rank(r))
        : Math.sign(rank(l) - SPECIAL['#']);
}
function comparePackagist(a, b) {
    const x = canonical(a);
    const y = canonical(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const l = x[i];
        const r = y[i];
        if (l === undefined)
            return /^\d+$/.test(r) ? -1 : rank(r) >= SPECIAL['#'] ? -1 : 1;
        if (r === undefined)
            return /^\d+$/.test(l) ? 1 : rank(l) >= SPECIAL['#'] ? 1 : -1;
        const result = comparePart(l, r);
        if (result !== 0)
            return result;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/lib/scan/versions/rubygems.ts
/**
 * RubyGems order (Gem::Version): segments split at "." and at digit/letter
 * switches; a letter segment makes a prerelease ("1.0.a" < "1.0"); numbers
 * beat letters; trailing zeros do not count. "-" reads as ".pre.".
 */
function parseGemVersion(version) {
    const text = version.trim().replaceAll('-', '.pre.');
    if (!/^[0-9]+(\.[0-9a-zA-Z]+)*$/.test(text))
        return undefined;
    const segments = (text.match(/[0-9]+|[a-z]+/gi) ?? []).map((s) => /^\d/.test(s) ? Number(s) : s);
    // Trailing zeros (before any letter) do not count: 1.0.0 == 1
    while (segments.length > 1 &&
        segments[segments.length - 1] === 0 &&
        segments.slice(0, -1).every((s) => typeof s === 'number')) {
        segments.pop();
    }
    return segments;
}
function compareGem(a, b) {
    const x = parseGemVersion(a);
    const y = parseGemVersion(b);
    if (!x || !y)
        return a.localeCompare(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const l = x[i] ?? 0;
        const r = y[i] ?? 0;
        if (l === r)
            continue;
        if (typeof l === 'string' && typeof r === 'number')
            return -1;
        if (typeof l === 'number' && typeof r === 'string')
            return 1;
        return l < r ? -1 : 1;
    }
    return 0;
}

// EXTERNAL MODULE: ./src/lib/scan/versions/semver-order.ts
var semver_order = __webpack_require__(57378);
;// CONCATENATED MODULE: ./src/lib/scan/versions/index.ts
/**
 * Version order per OSV ecosystem. A comparator returns NaN when either
 * version cannot be read in that ecosystem's scheme: the caller then says
 * so rather than guessing.
 */






function guarded(compare, valid) {
    return (a, b) => (valid(a) && valid(b) ? compare(a, b) : Number.NaN);
}
function comparePep440(a, b) {
    try {
        return pep440.compare(a, b);
    }
    catch {
        return Number.NaN;
    }
}
const ANY = (v) => v.trim() !== '';
/** By OSV ecosystem name (the part before any ":"). */
const ECOSYSTEM_ORDER = {
    npm: semver_order/* compareSemver */.mU,
    'crates.io': semver_order/* compareSemver */.mU,
    Go: semver_order/* compareGo */.Ac,
    PyPI: guarded(comparePep440, (v) => pep440.valid(v) !== null),
    Maven: guarded(maven/* compareMaven */.L, ANY),
    RubyGems: guarded(compareGem, (v) => parseGemVersion(v) !== undefined),
    NuGet: guarded(compareNuGet, (v) => parseNuGetVersion(v) !== undefined),
    Packagist: guarded(comparePackagist, (v) => /\d/.test(v))
};
/** The order of a range: SEMVER ranges are SemVer whatever the ecosystem (Go's included). */
function comparatorFor(rangeType, ecosystem) {
    if (rangeType === 'SEMVER')
        return ecosystem === 'Go' ? semver_order/* compareGo */.Ac : semver_order/* compareSemver */.mU;
    if (rangeType === 'ECOSYSTEM')
        return ECOSYSTEM_ORDER[ecosystem];
    return undefined;
}
/** Whether two versions are the same version in the ecosystem (for `versions` lists). */
function sameVersion(ecosystem, a, b) {
    if (a === b)
        return true;
    const compare = ECOSYSTEM_ORDER[ecosystem];
    return compare !== undefined && compare(a, b) === 0;
}


/***/ }),

/***/ 3128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ compareMaven)
/* harmony export */ });
/* unused harmony export parseMavenVersion */
/**
 * Maven version order (ComparableVersion of maven-artifact): items split at
 * "." and "-" and at digit/letter switches; numbers compare as numbers,
 * qualifiers by their rank (alpha < beta < milestone < rc < snapshot < ""
 * (release) < sp), unknown qualifiers after sp in lexical order; trailing
 * zero items and release qualifiers are dropped ("1.0" = "1").
 */
const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES = {
    a: 'alpha',
    b: 'beta',
    m: 'milestone',
    cr: 'rc',
    ga: '',
    final: '',
    release: ''
};
function qualifierRank(q) {
    const index = QUALIFIERS.indexOf(q);
    return index >= 0 ? String(index) : `${QUALIFIERS.length}-${q}`;
}
function isNull(item) {
    if (typeof item === 'number')
        return item === 0;
    if (typeof item === 'string')
        return qualifierRank(item) === qualifierRank('');
    return item.length === 0;
}
function trim(list) {
    while (list.length > 0 && isNull(list[list.length - 1]))
        list.pop();
    return list;
}
/** "1.0-beta-2" -> [1, ["beta", [2]]] */
function parseMavenVersion(version) {
    const root = [];
    let list = root;
    const stack = [root];
    const tokens = version.toLowerCase().match(/\d+|[a-z]+|[.-]/g) ?? [];
    let previous = 'sep';
    for (const token of tokens) {
        if (token === '.') {
            previous = 'sep';
            continue;
        }
        if (token === '-') {
            const sub = [];
            list.push(sub);
            list = sub;
            stack.push(sub);
            previous = 'sep';
            continue;
        }
        const digit = /^\d/.test(token);
        if (previous !== 'sep' && !digit) {
            const sub = [];
            list.push(sub);
            list = sub;
            stack.push(sub);
        }
        if (digit)
            list.push(Number(token));
        else {
            const next = ALIASES[token];
            list.push(next ?? token);
        }
        previous = digit ? 'digit' : 'letter';
    }
    for (const l of stack)
        trim(l);
    return root;
}
function compareItem(a, b) {
    if (a === undefined && b === undefined)
        return 0;
    if (a === undefined)
        return -compareItem(b, undefined);
    if (typeof a === 'number') {
        if (b === undefined)
            return a === 0 ? 0 : 1;
        if (typeof b === 'number')
            return Math.sign(a - b);
        return 1; // number > qualifier and > list
    }
    if (typeof a === 'string') {
        if (b === undefined)
            return compareRank(a, '');
        if (typeof b === 'number')
            return -1;
        if (typeof b === 'string')
            return compareRank(a, b);
        return -1; // qualifier < list
    }
    if (b === undefined)
        return a.length === 0 ? 0 : compareItem(a[0], undefined);
    if (typeof b === 'number')
        return -1;
    if (typeof b === 'string')
        return 1;
    return compareLists(a, b);
}
function compareRank(a, b) {
    const x = qualifierRank(a);
    const y = qualifierRank(b);
    return x < y ? -1 : x > y ? 1 : 0;
}
function compareLists(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const result = compareItem(a[i], b[i]);
        if (result !== 0)
            return result;
    }
    return 0;
}
function compareMaven(a, b) {
    return compareLists(parseMavenVersion(a), parseMavenVersion(b));
}


/***/ }),

/***/ 57378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ compareGo),
/* harmony export */   mU: () => (/* binding */ compareSemver)
/* harmony export */ });
/* unused harmony exports parseSemver, toGoSemver */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/**
 * SemVer 2.0 order for npm and crates.io (prereleases included, build
 * metadata ignored), and Go module versions: the "v" prefix, the
 * "+incompatible" suffix (build metadata) and pseudo-versions
 * (v0.0.0-20200101000000-abcdef123456, prereleases by construction) all
 * order as the go command does.
 */

const cache = new Map();
function parseSemver(version) {
    let parsed = cache.get(version);
    if (parsed === undefined) {
        parsed = semver__WEBPACK_IMPORTED_MODULE_0___default().parse(version.trim(), { loose: true });
        if (cache.size > 100_000)
            cache.clear();
        cache.set(version, parsed);
    }
    return parsed ?? undefined;
}
function compareSemver(a, b) {
    const x = parseSemver(a);
    const y = parseSemver(b);
    if (!x || !y)
        return Number.NaN;
    return x.compare(y);
}
/** "v1.2.3+incompatible" -> "1.2.3"; OSV writes Go versions without "v". */
function toGoSemver(version) {
    return version
        .trim()
        .replace(/^v/, '')
        .replace(/\+incompatible$/, '');
}
function compareGo(a, b) {
    return compareSemver(toGoSemver(a), toGoSemver(b));
}


/***/ }),

/***/ 22030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HC: () => (/* binding */ VEX_STATUSES),
/* harmony export */   TX: () => (/* binding */ isCycloneDxVex),
/* harmony export */   _Y: () => (/* binding */ isOpenVex),
/* harmony export */   hK: () => (/* binding */ readVexDocument),
/* harmony export */   ye: () => (/* binding */ readOpenVex)
/* harmony export */ });
/* unused harmony export readCycloneDxVex */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/**
 * VEX statements from OpenVEX (v0.0.1 and v0.2.0) and CycloneDX VEX (a VEX
 * BOM, or `analysis` inside an SBOM), in one shape, and the question the
 * gate asks: what does the VEX say about this vulnerability in this
 * component of this product?
 */

const VEX_STATUSES = [
    'not_affected',
    'affected',
    'fixed',
    'under_investigation'
];
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => typeof v === 'string' && v !== '' ? v : undefined;
const list = (v) => (Array.isArray(v) ? v : []);
function isOpenVex(value) {
    return (isRecord(value) &&
        typeof value['@context'] === 'string' &&
        value['@context'].startsWith('https://openvex.dev/ns'));
}
function isCycloneDxVex(value) {
    return (isRecord(value) &&
        value.bomFormat === 'CycloneDX' &&
        Array.isArray(value.vulnerabilities));
}
/** Any VEX document; `source` names it in errors and reasons. */
function readVexDocument(value, source) {
    if (isOpenVex(value))
        return readOpenVex(value, source);
    if (isCycloneDxVex(value))
        return readCycloneDxVex(value, source);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SCAN_VEX_UNRECOGNISED', `--vex ${source} is neither OpenVEX (@context https://openvex.dev/ns) nor CycloneDX with "vulnerabilities": give an OpenVEX or CycloneDX VEX JSON document`);
}
function openVexTarget(value) {
    if (typeof value === 'string')
        return value.startsWith('pkg:') ? { purl: value } : { ref: value };
    if (!isRecord(value))
        return undefined;
    const id = str(value['@id']);
    const identifiers = isRecord(value.identifiers) ? value.identifiers : {};
    const purl = str(identifiers.purl) ?? (id?.startsWith('pkg:') ? id : undefined);
    if (!id && !purl)
        return undefined;
    return { ...(id ? { ref: id } : {}), ...(purl ? { purl } : {}) };
}
function readOpenVex(doc, source) {
    const problems = [];
    const out = list(doc.statements).flatMap((s, i) => {
        if (!isRecord(s))
            return [];
        const v = s.vulnerability;
        const ids = isRecord(v)
            ? [str(v.name), str(v['@id']), ...list(v.aliases).map(str)]
            : [str(v)];
        const status = str(s.status);
        if (!status || !VEX_STATUSES.includes(status)) {
            problems.push(`statement ${i + 1} has status "${String(s.status)}"`);
            return [];
        }
        const products = list(s.products)
            .map(openVexTarget)
            .filter((t) => !!t);
        const subs = [
            ...list(s.subcomponents),
            ...list(s.products).flatMap((p) => isRecord(p) ? list(p.subcomponents) : [])
        ];
        const statement = {
            ids: ids.filter((id) => !!id),
            products,
            subcomponents: subs.map(openVexTarget).filter((t) => !!t),
            status,
            source
        };
        const justification = str(s.justification);
        const detail = str(s.impact_statement) ?? str(s.action_statement) ?? str(s.status_notes);
        const timestamp = str(s.timestamp) ?? str(doc.timestamp);
        if (justification)
            statement.justification = justification;
        if (detail)
            statement.detail = detail;
        if (timestamp)
            statement.timestamp = timestamp;
        return [statement];
    });
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('SCAN_VEX_STATUS', `--vex ${source}: ${problems.join('; ')}; use not_affected, affected, fixed or under_investigation`);
    return out;
}
const CDX_STATES = {
    resolved: 'fixed',
    resolved_with_pedigree: 'fixed',
    exploitable: 'affected',
    in_triage: 'under_investigation',
    false_positive: 'not_affected',
    not_affected: 'not_affected'
};
/** A `ref`: plain bom-ref, a purl, or BOM-Link urn:cdx:<serial>/<version>#<bom-ref>. */
function cdxTarget(ref) {
    const link = /^urn:cdx:([^/]+)\/\d+#(.+)$/.exec(ref);
    const inner = link ? decodeURIComponent(link[2]) : ref;
    return {
        ...(link ? { serialNumber: `urn:uuid:${link[1]}` } : {}),
        ref: inner,
        ...(inner.startsWith('pkg:') ? { purl: inner } : {})
    };
}
function readCycloneDxVex(doc, source) {
    const timestamp = isRecord(doc.metadata)
        ? str(doc.metadata.timestamp)
        : undefined;
    return list(doc.vulnerabilities).flatMap((v) => {
        if (!isRecord(v) || !isRecord(v.analysis))
            return [];
        const state = str(v.analysis.state);
        const status = state ? CDX_STATES[state] : undefined;
        if (!status)
            return [];
        const ids = [
            str(v.id),
            ...list(v.references).map((r) => (isRecord(r) ? str(r.id) : undefined))
        ].filter((id) => !!id);
        const base = {
            ids,
            subcomponents: [],
            source
        };
        const justification = str(v.analysis.justification);
        const detail = str(v.analysis.detail);
        if (justification)
            base.justification = justification;
        if (detail)
            base.detail = detail;
        const when = str(v.updated) ?? str(v.published) ?? timestamp;
        if (when)
            base.timestamp = when;
        const affects = list(v.affects).filter(isRecord);
        if (affects.length === 0)
            return [{ ...base, products: [], status }];
        return affects.flatMap((a) => {
            const target = cdxTarget(str(a.ref) ?? '');
            const versions = list(a.versions).filter(isRecord);
            if (versions.length === 0)
                return [{ ...base, products: [target], status }];
            return versions.map((entry) => ({
                ...base,
                products: [{ ...target, ...versionOf(entry) }],
                status: versionStatus(str(entry.status), status)
            }));
        });
    });
}
function versionOf(entry) {
    const version = str(entry.version);
    const range = str(entry.range);
    return { ...(version ? { version } : {}), ...(range ? { range } : {}) };
}
/** A version's own status (default "affected") read against the analysis state. */
function versionStatus(status, state) {
    if (status === 'unaffected')
        return state === 'fixed' ? 'fixed' : 'not_affected';
    if (status === 'unknown')
        return 'under_investigation';
    return state;
}


/***/ })

};
