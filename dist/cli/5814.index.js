export const id = 5814;
export const ids = [5814];
export const modules = {

/***/ 25814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rebuildCommand: () => (/* binding */ rebuildCommand)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
;// CONCATENATED MODULE: ./src/lib/rebuild/environment.ts
/**
 * The normalised build environment: a few host variables a build needs to
 * run at all (PATH, HOME, proxies, CA bundles), then the variables that pin
 * what builds commonly leak (time, time zone, locale, hash seeds), then the
 * user's `env` input over both. Nothing else of the host leaks in: no
 * tokens, no runner variables.
 */
const PASSTHROUGH_VARIABLES = [
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'SHELL',
    'TMPDIR',
    'http_proxy',
    'https_proxy',
    'no_proxy',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'ALL_PROXY',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'NODE_EXTRA_CA_CERTS',
    'REQUESTS_CA_BUNDLE',
    'PIP_CERT'
];
function buildNormalisedEnv(committerTime) {
    return {
        SOURCE_DATE_EPOCH: String(committerTime),
        TZ: 'UTC',
        LC_ALL: 'C.UTF-8',
        LANG: 'C.UTF-8',
        PYTHONHASHSEED: '0'
    };
}
function buildRebuildEnv(host, committerTime, extra) {
    const env = {};
    for (const name of PASSTHROUGH_VARIABLES) {
        const value = host[name];
        if (value !== undefined)
            env[name] = value;
    }
    return { ...env, ...buildNormalisedEnv(committerTime), ...extra };
}
/** The environment as recorded in reports: user:password in proxy URLs masked. */
function toRecordedEnv(env) {
    const recorded = {};
    for (const name of Object.keys(env).sort()) {
        recorded[name] = env[name].replace(/\/\/[^/@\s]+@/g, '//***@');
    }
    return recorded;
}

// EXTERNAL MODULE: ./src/lib/rebuild/explain.ts + 6 modules
var explain = __webpack_require__(19277);
// EXTERNAL MODULE: ./src/lib/rebuild/name-patterns.ts
var name_patterns = __webpack_require__(70218);
// EXTERNAL MODULE: ./src/lib/rebuild/compare.ts
var compare = __webpack_require__(49140);
;// CONCATENATED MODULE: ./src/lib/rebuild/report.ts
/**
 * report.json: the whole rebuild in one document. Its top-level
 * `reproducible` is what the provenance action's `reproducible-verdict`
 * reads; everything else says why.
 */

const REPORT_SCHEMA_VERSION = 1;
function buildReport(parts) {
    const reproducible = (0,compare/* isReproducible */.hw)(parts.artifacts);
    return {
        version: REPORT_SCHEMA_VERSION,
        reproducible,
        verdict: reproducible ? 'reproducible' : 'not-reproducible',
        counts: (0,compare/* countByStatus */.x7)(parts.artifacts),
        source: parts.source,
        build: parts.build,
        reference: parts.reference,
        rebuilder: parts.rebuilder,
        explainer: parts.explainer,
        artifacts: parts.artifacts,
        startedOn: parts.startedOn.toISOString(),
        finishedOn: parts.finishedOn.toISOString()
    };
}
/** Names of the artifacts that failed (mismatch or missing), for the `mismatches` output. */
function failedArtifacts(report) {
    return report.artifacts
        .filter((a) => a.status === 'mismatch' || a.status === 'missing')
        .map((a) => a.name);
}

;// CONCATENATED MODULE: ./src/lib/rebuild/rebuilder.ts
const RUNNER_DETAILS = {
    workflowRef: 'GITHUB_WORKFLOW_REF',
    repository: 'GITHUB_REPOSITORY',
    runnerEnvironment: 'RUNNER_ENVIRONMENT',
    runnerOs: 'RUNNER_OS',
    runnerArch: 'RUNNER_ARCH',
    runnerName: 'RUNNER_NAME',
    imageOs: 'ImageOS',
    imageVersion: 'ImageVersion'
};
function toRebuilderIdentity(env, hostname, provenantVersion) {
    const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env;
    if (env.GITHUB_ACTIONS === 'true' && GITHUB_REPOSITORY && GITHUB_RUN_ID) {
        const details = {};
        for (const [key, name] of Object.entries(RUNNER_DETAILS)) {
            const value = env[name];
            if (value)
                details[key] = value;
        }
        const server = GITHUB_SERVER_URL ?? 'https://github.com';
        const attempt = env.GITHUB_RUN_ATTEMPT ?? '1';
        return {
            id: `${server}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}/attempts/${attempt}`,
            kind: 'github-actions',
            provenant: provenantVersion,
            details
        };
    }
    return {
        id: `local:${hostname}`,
        kind: 'local',
        provenant: provenantVersion,
        details: {}
    };
}
/** The repository: its origin remote (credentials dropped), else its directory. */
function toRepositoryUri(remoteUrl, root) {
    if (remoteUrl)
        return remoteUrl.replace(/\/\/[^/@]+@/, '//');
    return `file://${root}`;
}

// EXTERNAL MODULE: ./src/io/rebuild/artifacts.ts
var rebuild_artifacts = __webpack_require__(56611);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/io/rebuild/exec.ts
var exec = __webpack_require__(55039);
;// CONCATENATED MODULE: ./src/io/rebuild/build.ts
/**
 * Runs the build command with `sh` under umask 022 in the checkout, with
 * exactly the environment it is given. Its output goes to build.log and to
 * the log; when it fails, the error carries its exit code and the tail of
 * its output.
 */



const BUILD_UMASK = '022';
/** Lines of output shown when a build fails. */
const FAILED_BUILD_TAIL_LINES = 30;
const TAIL_BYTES = 16 * 1024;
async function runBuild(run) {
    const log = (0,external_node_fs_.createWriteStream)(run.logFile);
    let tail = Buffer.alloc(0);
    const started = performance.now();
    const result = await (0,exec/* execFileCapture */.c)('/bin/sh', ['-c', `umask ${BUILD_UMASK}\n${run.command}`], {
        cwd: run.cwd,
        env: run.env,
        timeoutMs: run.timeoutMs,
        maxOutputBytes: 0,
        onOutput: (chunk) => {
            log.write(chunk);
            run.onOutput?.(chunk);
            tail = Buffer.concat([tail, chunk]).subarray(-TAIL_BYTES);
        }
    }).finally(() => new Promise((resolve) => log.end(resolve)));
    const durationMs = Math.round(performance.now() - started);
    if (result.exitCode === 0 && !result.timedOut)
        return { durationMs };
    const lines = tail.toString('utf8').split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    const shown = lines.slice(-FAILED_BUILD_TAIL_LINES);
    const how = result.timedOut
        ? `was stopped after ${Math.round(run.timeoutMs / 60000)} minute(s) (input "build-timeout-minutes")`
        : result.signal
            ? `was killed by ${result.signal}`
            : `exited with code ${result.exitCode}`;
    throw new errors/* InputError */.dz('REBUILD_BUILD_FAILED', [
        `input "build": the build command ${how}; fix the build (it runs in a clean checkout of the commit, with only the normalised environment and the "env" input). Last ${shown.length} line(s) of its output (all of it in ${run.logFile}):`,
        ...shown.map((line) => `  | ${line}`)
    ].join('\n'));
}

// EXTERNAL MODULE: ./src/io/rebuild/compare.ts + 1 modules
var rebuild_compare = __webpack_require__(36157);
// EXTERNAL MODULE: ./src/io/rebuild/diffoscope.ts
var rebuild_diffoscope = __webpack_require__(51530);
;// CONCATENATED MODULE: ./src/io/rebuild/git.ts
/**
 * The source side of a rebuild: the commit a revision names, its committer
 * time (SOURCE_DATE_EPOCH), where the repository lives, and a fresh
 * worktree of exactly that commit in a temporary directory. The caller's
 * working tree (its untracked and modified files) is never read.
 */




const GIT_TIMEOUT_MS = 5 * 60 * 1000;
async function git(cwd, args) {
    const result = await (0,exec/* execFileCapture */.c)('git', ['-C', cwd, ...args], {
        timeoutMs: GIT_TIMEOUT_MS,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }
    });
    return {
        ok: result.exitCode === 0,
        out: result.stdout.trim(),
        err: result.stderr.trim()
    };
}
async function resolveSourceCommit(source, ref) {
    const top = await git(source, ['rev-parse', '--show-toplevel']);
    if (!top.ok) {
        throw new errors/* InputError */.dz('REBUILD_NOT_A_REPOSITORY', `input "source": ${source} is not a git repository (${top.err || 'git rev-parse failed'}); check out the project first, e.g. with actions/checkout`);
    }
    const commit = await git(source, [
        'rev-parse',
        '--verify',
        '--quiet',
        '--end-of-options',
        `${ref}^{commit}`
    ]);
    if (!commit.ok || !/^[0-9a-f]{40,64}$/.test(commit.out)) {
        throw new errors/* InputError */.dz('REBUILD_UNKNOWN_COMMIT', `input "source-ref": "${ref}" is not a commit of the repository at ${top.out}; fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin ${ref})`);
    }
    const time = await git(source, ['show', '-s', '--format=%ct', commit.out]);
    const remote = await git(source, ['config', '--get', 'remote.origin.url']);
    return {
        root: top.out,
        commit: commit.out,
        committerTime: Number(time.out),
        remoteUrl: remote.ok && remote.out !== '' ? remote.out : undefined
    };
}
/** A detached worktree of `commit` under `tempRoot`; remove() also prunes its record. */
async function createWorktree(source, tempRoot) {
    const parent = await (0,promises_.realpath)(await (0,promises_.mkdtemp)(external_node_path_default().join(tempRoot, 'provenant-rebuild-')));
    const dir = external_node_path_default().join(parent, 'src');
    // No hooks of the caller's repository run for this checkout.
    const added = await git(source.root, [
        '-c',
        'core.hooksPath=/dev/null',
        'worktree',
        'add',
        '--detach',
        '--force',
        dir,
        source.commit
    ]);
    if (!added.ok) {
        await (0,promises_.rm)(parent, { recursive: true, force: true });
        throw new errors/* InputError */.dz('REBUILD_CHECKOUT_FAILED', `cannot check out ${source.commit} into a worktree: ${added.err}`);
    }
    return {
        dir,
        remove: async () => {
            await git(source.root, ['worktree', 'remove', '--force', dir]);
            await (0,promises_.rm)(parent, { recursive: true, force: true });
            await git(source.root, ['worktree', 'prune']);
        }
    };
}

// EXTERNAL MODULE: ./src/io/rebuild/reference.ts
var rebuild_reference = __webpack_require__(93113);
// EXTERNAL MODULE: ./src/io/fs/path-fence.ts
var path_fence = __webpack_require__(30979);
;// CONCATENATED MODULE: ./src/io/rebuild/tools.ts
/**
 * The tools a build may have used, found on the build's PATH: their version
 * lines, and the operating system. Looked up concurrently, each with a short
 * timeout; a tool that is missing is simply not recorded.
 */



const TOOL_TIMEOUT_MS = 15_000;
/** name -> the command that prints its version. */
const VERSION_COMMANDS = {
    node: ['node', '--version'],
    npm: ['npm', '--version'],
    python3: ['python3', '--version'],
    gcc: ['gcc', '--version'],
    cc: ['cc', '--version'],
    go: ['go', 'version'],
    cargo: ['cargo', '--version'],
    rustc: ['rustc', '--version'],
    git: ['git', '--version']
};
async function detectTools(env, cwd) {
    const found = await Promise.all(Object.entries(VERSION_COMMANDS).map(async ([name, [file, ...args]]) => {
        try {
            const result = await (0,exec/* execFileCapture */.c)(file, args, {
                cwd,
                env,
                timeoutMs: TOOL_TIMEOUT_MS,
                maxOutputBytes: 64 * 1024
            });
            const line = `${result.stdout}\n${result.stderr}`
                .split('\n')
                .map((l) => l.trim())
                .find((l) => l !== '');
            return result.exitCode === 0 && line
                ? [name, line]
                : undefined;
        }
        catch {
            return undefined;
        }
    }));
    return Object.fromEntries(found.filter((f) => f !== undefined));
}
/** `Debian GNU/Linux 12 (bookworm); Linux 6.1.0 x86_64`. */
async function describeOs() {
    const kernel = `${external_node_os_default().type()} ${external_node_os_default().release()} ${external_node_os_default().machine()}`;
    try {
        const text = await (0,promises_.readFile)('/etc/os-release', 'utf8');
        const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(text)?.[1];
        return pretty ? `${pretty}; ${kernel}` : kernel;
    }
    catch {
        return kernel;
    }
}

// EXTERNAL MODULE: ./src/io/rebuild/write-report.ts + 1 modules
var write_report = __webpack_require__(28404);
// EXTERNAL MODULE: ./src/io/fs/prepare-output-dir.ts
var prepare_output_dir = __webpack_require__(13353);
;// CONCATENATED MODULE: ./src/io/rebuild/run.ts
/**
 * One rebuild, start to end, shared by the action and the CLI: resolve the
 * commit, load the reference, check out a fresh worktree, build in the
 * normalised environment, compare, explain, write the report and the
 * verdict statement (signed through the port when asked).
 */


















async function runRebuild(inputs, deps) {
    const startedOn = deps.now();
    if (inputs.sign && !deps.signStatement) {
        throw new errors/* InputError */.dz('REBUILD_SIGN_UNAVAILABLE', 'input "sign": signing the rebuild verdict is not available yet in this version of Provenant; set sign: false (rebuild.intoto.json is still written, unsigned)');
    }
    const { diffoscope, explainer } = await pickExplainer(inputs, deps);
    const reportFolder = await openReportDir(inputs, deps);
    const source = await resolveSourceCommit(external_node_path_default().resolve(deps.cwd, inputs.source), inputs.sourceRef);
    deps.log(`Rebuilding ${source.commit} (${inputs.sourceRef}) of ${source.root}`);
    const reference = await (0,rebuild_reference/* loadReference */.Q)(inputs.reference, (0,name_patterns/* toNameMatcher */.f)(inputs.artifacts), {
        cwd: deps.cwd,
        tempDir: deps.tempDir,
        github: (0,rebuild_reference/* toReferenceGitHub */.a)(deps.env, inputs.githubToken),
        log: deps.log
    });
    const env = buildRebuildEnv(deps.env, source.committerTime, inputs.env);
    const worktree = await createWorktree(source, deps.tempDir).catch(async (error) => {
        await reference.cleanup();
        throw error;
    });
    try {
        const report = await rebuildAndCompare(inputs, deps, {
            source,
            worktreeDir: worktree.dir,
            reference,
            env,
            explainer,
            diffoscope,
            reportFolder,
            startedOn
        });
        const paths = await (0,write_report/* writeReportFiles */.t4)(report, reportFolder.path, inputs.sign ? deps.signStatement : undefined);
        return { report, paths };
    }
    finally {
        await worktree.remove();
        await reference.cleanup();
    }
}
/** `report-dir`: checked before any work, created only once the inputs have held. */
async function openReportDir(inputs, deps) {
    const reportDir = await (0,path_fence/* resolveWritableDir */.YU)(deps.fence ?? (0,path_fence/* openFence */._R)(deps.cwd), {
        input: 'report-dir',
        given: inputs.reportDir,
        code: 'REBUILD_REPORT_OUTSIDE_WORKSPACE',
        fileCode: 'REBUILD_REPORT_NOT_A_DIRECTORY'
    });
    return (0,prepare_output_dir/* prepareOutputDir */.g)(reportDir, `input "report-dir" (${inputs.reportDir})`);
}
/** diffoscope when it is on PATH and not refused, else the built-in explainer. */
async function pickExplainer(inputs, deps) {
    const diffoscope = inputs.explainer === 'builtin'
        ? undefined
        : await (0,rebuild_diffoscope/* findOnPath */.aY)('diffoscope', deps.env.PATH);
    const explainer = (0,explain/* chooseExplainer */.s7)(inputs.explainer, diffoscope !== undefined);
    return { diffoscope, explainer };
}
/** The build in a clean worktree, its artifacts compared with the reference, as the report. */
async function rebuildAndCompare(inputs, deps, run) {
    const { source, worktreeDir, reference, env, explainer, diffoscope } = run;
    const { reportFolder, startedOn } = run;
    const workdir = external_node_path_default().join(worktreeDir, inputs.workingDirectory);
    const built = await build(inputs, deps, {
        workdir,
        env,
        source,
        reportFolder
    });
    const artifacts = await (0,rebuild_artifacts/* findArtifacts */.n)(inputs.artifacts, workdir);
    const results = await (0,rebuild_compare/* compareWithReference */.V)(artifacts, reference, {
        explainer,
        diffoscope,
        reportDir: reportFolder.path,
        buildPaths: [worktreeDir],
        env: deps.env,
        log: deps.log
    });
    return buildReport({
        source: {
            repository: toRepositoryUri(source.remoteUrl, source.root),
            commit: source.commit,
            ref: inputs.sourceRef,
            committerTime: source.committerTime
        },
        build: built,
        reference: reference.info,
        rebuilder: toRebuilderIdentity(deps.env, deps.hostname, deps.provenantVersion),
        explainer,
        artifacts: results,
        startedOn,
        finishedOn: deps.now()
    });
}
/** The build in the checkout's working directory, its log in the report folder: what the report records of it. */
async function build(inputs, deps, at) {
    if (!(await (0,promises_.stat)(at.workdir).catch(() => undefined))?.isDirectory()) {
        throw new errors/* InputError */.dz('REBUILD_WORKING_DIRECTORY', `input "working-directory": ${inputs.workingDirectory} is not a directory of commit ${at.source.commit}`);
    }
    const [tools, os] = await Promise.all([
        detectTools(at.env, at.workdir),
        describeOs()
    ]);
    await at.reportFolder.create();
    deps.log(`Building with SOURCE_DATE_EPOCH=${at.source.committerTime}: ${inputs.build}`);
    const { durationMs } = await runBuild({
        command: inputs.build,
        cwd: at.workdir,
        env: at.env,
        timeoutMs: inputs.buildTimeoutMinutes * 60_000,
        logFile: external_node_path_default().join(at.reportFolder.path, write_report/* REPORT_FILES */.JL.buildLog),
        onOutput: deps.onBuildOutput
    });
    return {
        command: inputs.build,
        workingDirectory: inputs.workingDirectory,
        artifacts: inputs.artifacts,
        environment: toRecordedEnv(at.env),
        umask: BUILD_UMASK,
        tools,
        os,
        durationMs
    };
}

// EXTERNAL MODULE: ./src/lib/rebuild/inputs.ts + 1 modules
var rebuild_inputs = __webpack_require__(70294);
// EXTERNAL MODULE: ./src/lib/version.ts
var version = __webpack_require__(87471);
// EXTERNAL MODULE: ./src/io/github/environment.ts
var environment = __webpack_require__(7559);
// EXTERNAL MODULE: ./src/cli/input-flags.ts
var input_flags = __webpack_require__(40440);
// EXTERNAL MODULE: ./src/lib/rebuild/report-md.ts + 1 modules
var report_md = __webpack_require__(74238);
// EXTERNAL MODULE: ./src/lib/rebuild/markdown.ts
var markdown = __webpack_require__(82202);
;// CONCATENATED MODULE: ./src/cli/commands/rebuild-output.ts



function printReport(output, report, paths, json) {
    if (json) {
        output.out(JSON.stringify({
            reproducible: report.reproducible,
            verdict: report.verdict,
            commit: report.source.commit,
            mismatches: failedArtifacts(report),
            artifacts: report.artifacts.map((a) => ({
                name: a.name,
                result: a.status,
                categories: a.explanation?.categories ?? []
            })),
            reportJson: paths.json,
            reportMd: paths.markdown,
            statement: paths.statement,
            bundle: paths.bundle ?? null
        }, null, 2));
        return;
    }
    const c = report.counts;
    output.out(report.reproducible
        ? `reproducible: ${c.match} artifact(s) rebuilt bit for bit from ${report.source.commit}`
        : `not reproducible: ${c.mismatch} differ, ${c.missing} missing, ${c.match} match (commit ${report.source.commit})`);
    for (const a of report.artifacts) {
        const why = a.explanation ? `: ${(0,report_md/* categoryLine */.$c)(a.explanation)}` : '';
        output.out(`  ${markdown/* STATUS_MARK */.Hl[a.status]} ${a.status.padEnd(8)} ${a.name}${why}`);
    }
    output.out(`report: ${paths.markdown}\nverdict: ${paths.statement}`);
}

// EXTERNAL MODULE: ./src/io/rebuild/sign-verdict.ts
var sign_verdict = __webpack_require__(12875);
// EXTERNAL MODULE: ./src/io/sign/visibility.ts
var visibility = __webpack_require__(73490);
// EXTERNAL MODULE: ./src/cli/output.ts
var cli_output = __webpack_require__(96657);
;// CONCATENATED MODULE: ./src/cli/commands/rebuild.ts
/**
 * `provenant rebuild`: the rebuild action's core from the command line.
 * Every action input is a flag of the same name; exit 0 when the rebuild
 * reproduces the reference, 1 when it does not (unless
 * --fail-on-mismatch=false), 2 for bad input, a failing build included.
 */












const USAGE = 'provenant rebuild --build "<command>" --artifacts "<glob>" --reference <dir | checksums file | release tag> [--source DIR] [--source-ref COMMIT] [--report-dir DIR] [--json] [--<input> VALUE]...';
const REBUILD_FLAGS = {
    ...rebuild_inputs/* REBUILD_INPUTS */.uY,
    artifacts: { ...rebuild_inputs/* REBUILD_INPUTS */.uY.artifacts, multiple: true },
    env: { ...rebuild_inputs/* REBUILD_INPUTS */.uY.env, multiple: true },
    json: input_flags/* JSON_FLAG */.KH
};
const rebuildCommand = {
    name: 'rebuild',
    summary: 'rebuild a commit in a clean checkout and explain any difference from a release',
    usage: USAGE,
    flags: REBUILD_FLAGS,
    async run(argv, output) {
        const { values, flags } = (0,input_flags/* parseInputFlags */.zq)(argv, REBUILD_FLAGS, {
            allowPositionals: false
        });
        const env = process.env;
        const inputs = (0,rebuild_inputs/* parseRebuildInputs */.KH)((name) => name === 'github-token' ? (0,environment/* githubTokenOf */.A2)(flags(name), env) : flags(name));
        const signStatement = inputs.sign
            ? await (0,sign_verdict/* createVerdictSigner */.k)(inputs.signing, {
                env,
                visibility: await (0,visibility/* readRepositoryVisibility */.p)(env),
                resolve: (p) => external_node_path_default().resolve(p),
                logger: (0,cli_output/* stderrLogger */.D)(output),
                onSecret: () => undefined
            })
            : undefined;
        const { report, paths } = await runRebuild(inputs, {
            cwd: process.cwd(),
            env,
            tempDir: external_node_os_default().tmpdir(),
            now: () => new Date(),
            hostname: external_node_os_default().hostname(),
            provenantVersion: version/* PROVENANT_VERSION */.j,
            log: (message) => output.err(message),
            onBuildOutput: (chunk) => output.err(chunk.toString('utf8').replace(/\n$/, '')),
            signStatement
        });
        printReport(output, report, paths, values.json === true);
        return !report.reproducible && inputs.failOnMismatch
            ? errors/* EXIT_VERIFICATION_FAILED */.fQ
            : 0;
    }
};


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

/***/ 13353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ prepareOutputDir)
/* harmony export */ });
/* unused harmony export OUTPUT_MARKER */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97268);
/**
 * The one way Provenant takes an output folder: checked before any work,
 * replaced only when it is empty or was written by Provenant (it leaves a
 * marker file in every folder it fills), never when it is a file or lies
 * under one. A file is never removed; a folder of the user's never emptied.
 */





/** The marker Provenant leaves in each folder it writes. */
const OUTPUT_MARKER = '.provenant-output';
const MARKER_TEXT = 'This folder was written by Provenant; a later run may replace it.\n';
/**
 * Checks `dir` (given to the user as `label`, e.g. `--out "x"`) can take
 * Provenant's output and returns the handle that writes it. Throws an
 * InputError before any work when it cannot.
 */
function prepareOutputDir(dir, label) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(dir);
    const existedBefore = assertUsable(absolute, label);
    let created = false;
    return {
        path: absolute,
        async create() {
            if (assertUsable(absolute, label)) {
                for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(absolute))
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(absolute, name), { recursive: true, force: true });
            }
            else
                created = true;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(absolute, { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(absolute, OUTPUT_MARKER), MARKER_TEXT);
        },
        async replaceWith(staged) {
            assertUsable(absolute, label);
            await swapIn(absolute, staged);
        },
        async discardIfUnused() {
            if (existedBefore || !created)
                return;
            const names = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(absolute, { withFileTypes: false });
            if (names.every((n) => n === OUTPUT_MARKER)) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(absolute, OUTPUT_MARKER), { force: true });
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rmdir)(absolute).catch(() => undefined);
            }
        }
    };
}
/** Throws unless `dir` may be written; says whether it exists. */
function assertUsable(dir, label) {
    const refuse = (why, fix) => new _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('OUTPUT_DIR_REFUSED', `${label}: ${why}; ${fix}`);
    const stats = lstatQuiet(dir);
    if (stats !== undefined) {
        if (stats.isSymbolicLink())
            throw refuse('is a symbolic link', 'give a real folder');
        if (!stats.isDirectory())
            throw refuse('is a file, not a folder', 'choose a new or empty folder');
        const names = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir);
        if (names.length > 0 && !names.includes(OUTPUT_MARKER)) {
            throw refuse('is a folder that holds files Provenant did not write', 'choose a new or empty folder (Provenant only replaces folders it wrote)');
        }
        return true;
    }
    for (let up = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(dir);; up = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(up)) {
        const parent = lstatQuiet(up, true);
        if (parent?.isDirectory())
            return false;
        if (parent !== undefined)
            throw refuse(`cannot be created: ${up} is a file`, 'choose a folder whose parents are folders');
        if (node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(up) === up)
            return false;
    }
}
/** lstat (stat with `follow`), undefined for a path that is missing or lies under a file. */
function lstatQuiet(file, follow = false) {
    try {
        return (follow ? node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync : node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(file, { throwIfNoEntry: false });
    }
    catch (error) {
        if (error.code === 'ENOTDIR')
            return undefined;
        throw error;
    }
}
/** Copies `staged` beside `dir`, then renames it over `dir` (the old one aside, then removed). */
async function swapIn(dir, staged) {
    const tag = `${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
    const parent = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(dir);
    const temp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(parent, `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(dir)}.${tag}.tmp`);
    const old = `${temp}.old`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(parent, { recursive: true });
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.cp)(staged, temp, { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(temp, OUTPUT_MARKER), MARKER_TEXT);
        const exists = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(dir, { throwIfNoEntry: false }) !== undefined;
        if (exists)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(dir, old);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, dir);
        }
        catch (error) {
            if (exists)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(old, dir);
            throw error;
        }
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { recursive: true, force: true });
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(old, { recursive: true, force: true });
}


/***/ }),

/***/ 80721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ signStatements),
/* harmony export */   k: () => (/* binding */ createProvenanceSigner)
/* harmony export */ });
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61040);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/* harmony import */ var _lib_intoto_statement_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(23145);
/* harmony import */ var _lib_sign_concurrency_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(22502);
/* harmony import */ var _sign_credentials_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39558);
/* harmony import */ var _sign_endpoints_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55008);
/* harmony import */ var _sign_self_check_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(653);
/* harmony import */ var _sign_session_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(99378);
/**
 * Provenance signs through the sign feature's core: the same endpoints,
 * credentials and session (one ephemeral key, one Fulcio certificate for
 * the run), each statement as a DSSE envelope; with trusted-root every
 * bundle is verified before anything is written.
 */








async function createProvenanceSigner(inputs, deps) {
    const signingConfig = inputs.signingConfig && deps.resolve(inputs.signingConfig);
    const endpoints = await (0,_sign_endpoints_js__WEBPACK_IMPORTED_MODULE_3__/* .loadEndpoints */ .Z)({ ...inputs, signingConfig, key: undefined }, deps.visibility, deps.retry.env.now());
    const checker = inputs.trustedRoot
        ? await (0,_sign_self_check_js__WEBPACK_IMPORTED_MODULE_4__/* .loadBundleChecker */ .U)(deps.resolve(inputs.trustedRoot))
        : undefined;
    const credentials = (0,_sign_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .createCredentials */ .z)({ key: undefined, identityToken: inputs.identityToken }, endpoints, { env: deps.env, retry: deps.retry, onSecret: deps.onSecret });
    if (credentials.kind !== 'fulcio') {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('PROVENANCE_KEYLESS_ONLY', 'build provenance is signed keyless: the certificate binds the workflow identity');
    }
    const session = (0,_sign_session_js__WEBPACK_IMPORTED_MODULE_5__/* .createSigningSession */ .E)({
        credentials,
        endpoints,
        retry: deps.retry
    });
    return { endpoints, tokens: credentials.tokens, session, checker };
}
/** Signs every statement, `concurrency` at a time, in order. */
async function signStatements(signer, statements, concurrency) {
    await signer.session.start();
    return (0,_lib_sign_concurrency_js__WEBPACK_IMPORTED_MODULE_6__/* .mapWithConcurrency */ .W)(statements, concurrency, async (planned) => {
        const bundle = await signer.session.signDsse((0,_lib_intoto_statement_js__WEBPACK_IMPORTED_MODULE_7__/* .toStatementPayload */ .LL)(planned.statement), _lib_intoto_statement_js__WEBPACK_IMPORTED_MODULE_7__/* .IN_TOTO_PAYLOAD_TYPE */ .T4);
        signer.checker?.check(bundle, signer.session.publicKey, `the statement ${planned.bundleFile}`);
        return { planned, bundle: (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleToJSON)(bundle) };
    });
}


/***/ }),

/***/ 12875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ createVerdictSigner)
/* harmony export */ });
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61040);
/* harmony import */ var _lib_intoto_statement_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23145);
/* harmony import */ var _provenance_signing_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80721);
/* harmony import */ var _net_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69961);
/**
 * Signs the rebuild verdict through the signing core, as provenance signs
 * its statements: one DSSE envelope of the in-toto statement, keyless, with
 * the same instance inputs and retry bounds as the sign action.
 */




async function createVerdictSigner(inputs, deps) {
    const retry = (0,_net_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .createRetryContext */ .UF)(inputs, deps.logger);
    const signer = await (0,_provenance_signing_js__WEBPACK_IMPORTED_MODULE_1__/* .createProvenanceSigner */ .k)(inputs, {
        resolve: deps.resolve,
        env: deps.env,
        visibility: deps.visibility,
        retry,
        onSecret: deps.onSecret
    });
    return async (statement) => {
        await signer.session.start();
        const bundle = await signer.session.signDsse((0,_lib_intoto_statement_js__WEBPACK_IMPORTED_MODULE_3__/* .toStatementPayload */ .LL)(statement), _lib_intoto_statement_js__WEBPACK_IMPORTED_MODULE_3__/* .IN_TOTO_PAYLOAD_TYPE */ .T4);
        signer.checker?.check(bundle, signer.session.publicKey, 'the rebuild verdict');
        return (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleToJSON)(bundle);
    };
}


/***/ }),

/***/ 28404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JL: () => (/* binding */ REPORT_FILES),
  vZ: () => (/* binding */ writeAtomic),
  t4: () => (/* binding */ writeReportFiles)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/lib/rebuild/checksums.ts
var checksums = __webpack_require__(44759);
// EXTERNAL MODULE: ./src/lib/rebuild/report-md.ts + 1 modules
var report_md = __webpack_require__(74238);
;// CONCATENATED MODULE: ./src/lib/rebuild/statement.ts
const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const REBUILD_PREDICATE_TYPE = 'https://provenant.dev/rebuild/v1';
function buildVerdictStatement(report) {
    const { kind, location, repository, tag, url } = report.reference;
    const reference = { kind, location, repository, tag, url };
    const subjects = report.artifacts.flatMap((a) => a.reference
        ? [{ name: a.name, digest: { sha256: a.reference.sha256 } }]
        : []);
    return {
        _type: IN_TOTO_STATEMENT_TYPE,
        subject: subjects,
        predicateType: REBUILD_PREDICATE_TYPE,
        predicate: {
            reproducible: report.reproducible,
            verdict: report.verdict,
            rebuilder: report.rebuilder,
            source: report.source,
            build: report.build,
            reference,
            artifacts: report.artifacts.map((a) => ({
                name: a.name,
                result: a.status,
                ...(a.reference ? { reference: { sha256: a.reference.sha256 } } : {}),
                ...(a.rebuilt ? { rebuilt: { sha256: a.rebuilt.sha256 } } : {}),
                ...(a.explanation ? { categories: a.explanation.categories } : {})
            })),
            startedOn: report.startedOn,
            finishedOn: report.finishedOn
        }
    };
}

;// CONCATENATED MODULE: ./src/io/rebuild/write-report.ts
/**
 * Writes a rebuild's files into the report directory, each atomically
 * (a temporary file renamed into place): report.json, report.md,
 * rebuilt.sha256, rebuild.intoto.json and, when signed, rebuild.sigstore.json.
 */





const REPORT_FILES = {
    json: 'report.json',
    markdown: 'report.md',
    checksums: 'rebuilt.sha256',
    statement: 'rebuild.intoto.json',
    bundle: 'rebuild.sigstore.json',
    buildLog: 'build.log'
};
async function writeAtomic(file, text) {
    const temp = `${file}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(temp, text);
    await (0,promises_.rename)(temp, file);
}
async function writeReportFiles(report, dir, sign) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const at = (name) => external_node_path_default().join(dir, name);
    const statement = buildVerdictStatement(report);
    const rebuilt = report.artifacts.flatMap((a) => a.rebuilt ? [{ name: a.name, sha256: a.rebuilt.sha256 }] : []);
    await writeAtomic(at(REPORT_FILES.json), `${JSON.stringify(report, null, 2)}\n`);
    await writeAtomic(at(REPORT_FILES.markdown), (0,report_md/* toReportMarkdown */.xB)(report));
    await writeAtomic(at(REPORT_FILES.checksums), (0,checksums/* formatChecksumFile */.HG)(rebuilt));
    await writeAtomic(at(REPORT_FILES.statement), `${JSON.stringify(statement, null, 2)}\n`);
    let bundle;
    if (sign) {
        bundle = at(REPORT_FILES.bundle);
        await writeAtomic(bundle, `${JSON.stringify(await sign(statement))}\n`);
    }
    return {
        json: at(REPORT_FILES.json),
        markdown: at(REPORT_FILES.markdown),
        checksums: at(REPORT_FILES.checksums),
        statement: at(REPORT_FILES.statement),
        bundle,
        buildLog: at(REPORT_FILES.buildLog)
    };
}


/***/ }),

/***/ 39558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ createCredentials)
/* harmony export */ });
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72342);
/* harmony import */ var _oidc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57923);
/**
 * What signs: the user's key (keyed mode), or an ephemeral key certified by
 * Fulcio for a token given as input or fetched from the runner.
 */



function createCredentials(inputs, endpoints, deps) {
    if (inputs.key !== undefined) {
        return {
            kind: 'key',
            key: (0,_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePrivateKey */ .Q)(inputs.key, {
                ...(deps.keyLabel ? { label: deps.keyLabel } : {}),
                ...(deps.keyPassphrase !== undefined
                    ? { passphrase: deps.keyPassphrase }
                    : {})
            })
        };
    }
    const fulcioUrl = endpoints.fulcioUrl;
    if (fulcioUrl === undefined) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InternalError */ .Gd('SIGN_NO_FULCIO_URL', 'keyless signing without a Fulcio URL (loadEndpoints should have refused)');
    }
    const tokens = inputs.identityToken
        ? (0,_oidc_js__WEBPACK_IMPORTED_MODULE_2__/* .createStaticTokenSource */ .N8)(inputs.identityToken)
        : (0,_oidc_js__WEBPACK_IMPORTED_MODULE_2__/* .createRunnerTokenSource */ .XL)({
            env: deps.env,
            retry: deps.retry,
            onToken: deps.onSecret
        });
    return { kind: 'fulcio', fulcioUrl, tokens };
}


/***/ }),

/***/ 73490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ readRepositoryVisibility)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The repository's visibility, from the event payload the runner writes at
 * GITHUB_EVENT_PATH. In Actions, when the payload does not say, it is taken
 * as private (as actions/attest does): a private repository's file names
 * must not land in the public transparency log by accident.
 */

async function readRepositoryVisibility(env) {
    const inActions = env.GITHUB_ACTIONS === 'true';
    const eventPath = env.GITHUB_EVENT_PATH;
    let payload;
    if (eventPath) {
        payload = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(eventPath, 'utf8').then((text) => JSON.parse(text), () => undefined);
    }
    const repository = payload?.repository;
    const visibility = repository?.visibility;
    if (visibility === 'public' ||
        visibility === 'private' ||
        visibility === 'internal') {
        return visibility;
    }
    if (typeof repository?.private === 'boolean') {
        return repository.private ? 'private' : 'public';
    }
    return inActions ? 'private' : undefined;
}


/***/ }),

/***/ 23145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ MAX_SUBJECTS_PER_STATEMENT),
/* harmony export */   LL: () => (/* binding */ toStatementPayload),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   Y5: () => (/* binding */ buildStatement),
/* harmony export */   sL: () => (/* binding */ splitEvenly)
/* harmony export */ });
/* unused harmony export IN_TOTO_STATEMENT_V1_TYPE */
const IN_TOTO_STATEMENT_V1_TYPE = 'https://in-toto.io/Statement/v1';
/** The DSSE payload type of an in-toto statement. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/**
 * Subjects per statement. actions/attest refuses more than 1,024 subjects in
 * all; Provenant splits instead, below that cap so that every statement
 * stays well inside what GitHub's attestation store and verifiers accept.
 */
const MAX_SUBJECTS_PER_STATEMENT = 1000;
function buildStatement(subjects, predicateType, predicate) {
    return {
        _type: IN_TOTO_STATEMENT_V1_TYPE,
        subject: subjects.map((s) => ({ name: s.name, digest: { ...s.digest } })),
        predicateType,
        predicate
    };
}
/**
 * `items` in order, cut into the fewest chunks of at most `max` items, the
 * chunks as even as possible (2,001 items -> 667, 667, 667).
 */
function splitEvenly(items, max) {
    if (!Number.isInteger(max) || max < 1) {
        throw new RangeError('chunk size must be a positive integer');
    }
    if (items.length === 0)
        return [];
    const count = Math.ceil(items.length / max);
    const chunks = [];
    let start = 0;
    for (let i = 0; i < count; i++) {
        const size = Math.ceil((items.length - start) / (count - i));
        chunks.push(items.slice(start, start + size));
        start += size;
    }
    return chunks;
}
/** The bytes that are signed: the statement as JSON, UTF-8. */
function toStatementPayload(statement) {
    return Buffer.from(JSON.stringify(statement), 'utf8');
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


/***/ })

};
