export const id = 206;
export const ids = [206,436];
export const modules = {

/***/ 20206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   demoCommand: () => (/* binding */ demoCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _io_release_local_release_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28196);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97268);
/* harmony import */ var _release_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80436);
/**
 * `provenant demo` (`npm run demo`): the whole suite on this machine with
 * nothing but Node and npm: the npm example released with `release --local`
 * into demo-release/, then verified.
 */






const EXAMPLE = node_path__WEBPACK_IMPORTED_MODULE_1___default().join('examples', 'npm-package');
const demoCommand = {
    name: 'demo',
    summary: 'release the npm example locally into demo-release/ and verify it',
    usage: 'provenant demo [--out DIR] [--json]',
    async run(argv, output) {
        const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args: argv,
            options: {
                out: { type: 'string', default: 'demo-release' },
                json: { type: 'boolean' }
            },
            strict: true
        });
        const project = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(EXAMPLE);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(project, 'package.json'))) {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('DEMO_EXAMPLE_MISSING', `${EXAMPLE} not found: run the demo from the Provenant checkout (npm run demo)`);
        }
        const result = await (0,_io_release_local_release_js__WEBPACK_IMPORTED_MODULE_3__/* .runLocalRelease */ .K)({
            projectDir: project,
            build: 'npm run build',
            artifacts: ['dist/*.tgz'],
            outDir: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(values.out),
            legacySig: true,
            rebuild: true,
            tag: 'v1.0.0',
            cliPath: (0,_release_js__WEBPACK_IMPORTED_MODULE_5__.bundledCliPath)()
        }, (line) => output.err(line));
        (0,_release_js__WEBPACK_IMPORTED_MODULE_5__.printResult)(output, result, values.json === true);
        return 0;
    }
};


/***/ }),

/***/ 80436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bundledCliPath: () => (/* binding */ bundledCliPath),
/* harmony export */   printResult: () => (/* binding */ printResult),
/* harmony export */   releaseCommand: () => (/* binding */ releaseCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _io_release_local_release_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28196);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97268);
/* harmony import */ var _lib_inputs_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65680);
/**
 * `provenant release --local <project-dir> --build "<cmd>" --artifacts "<glob>" --out <dir>`:
 * the whole publish pipeline on this machine with the embedded local stack,
 * then `provenant verify` on the release folder. On GitHub the reusable
 * workflow (.github/workflows/publish.yml) runs the same stages.
 */






const USAGE = 'provenant release --local <project-dir> --build "<cmd>" --artifacts "<glob>" --out <dir> [--legacy-sig] [--no-rebuild] [--tag vX.Y.Z] [--json]';
const releaseCommand = {
    name: 'release',
    summary: 'run the whole publish pipeline locally and verify the release folder',
    usage: USAGE,
    async run(argv, output) {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args: argv,
            options: {
                local: { type: 'boolean' },
                build: { type: 'string' },
                artifacts: { type: 'string' },
                out: { type: 'string' },
                'legacy-sig': { type: 'boolean' },
                rebuild: { type: 'boolean', default: true },
                tag: { type: 'string', default: 'v0.0.0-local' },
                json: { type: 'boolean' }
            },
            allowPositionals: true,
            allowNegative: true,
            strict: true
        });
        const problems = [];
        if (!values.local) {
            problems.push('add --local: this command runs the pipeline on this machine with the embedded local stack (on GitHub, call the reusable workflow publish.yml)');
        }
        if (positionals.length !== 1)
            problems.push('give exactly one <project-dir>');
        if (!values.build)
            problems.push('--build "<command>" is required');
        if (!values.artifacts)
            problems.push('--artifacts "<glob>" is required');
        if (!values.out)
            problems.push('--out <dir> is required');
        if (problems.length > 0) {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('INPUT_USAGE', `${problems.join('; ')}\nusage: ${USAGE}`);
        }
        const result = await (0,_io_release_local_release_js__WEBPACK_IMPORTED_MODULE_3__/* .runLocalRelease */ .K)({
            projectDir: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(positionals[0]),
            build: values.build,
            artifacts: (0,_lib_inputs_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseList */ .E1)(values.artifacts),
            outDir: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(values.out),
            legacySig: values['legacy-sig'] === true,
            rebuild: values.rebuild !== false,
            tag: values.tag,
            cliPath: bundledCliPath()
        }, (line) => output.err(line));
        printResult(output, result, values.json === true);
        return 0;
    }
};
function printResult(output, result, json) {
    if (json) {
        output.out(JSON.stringify(result, null, 2));
        return;
    }
    const total = result.timings.reduce((sum, t) => sum + t.ms, 0);
    output.out(`Release folder: ${result.outDir}`);
    output.out(`  ${result.assets.length} assets, verified; reproducible: ${result.reproducible ?? 'not checked'}`);
    output.out(`  ${(total / 1000).toFixed(2)} s in all`);
    output.out(`Verify it yourself: see ${node_path__WEBPACK_IMPORTED_MODULE_0___default().join(result.outDir, 'VERIFY.md')}`);
}
/** The bundled CLI (dist/cli/index.js) that runs every stage, as a runner step would. */
function bundledCliPath() {
    return (process.env.PROVENANT_CLI ??
        node_path__WEBPACK_IMPORTED_MODULE_0___default().join(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url)), 'index.js'));
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

/***/ 56611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ findArtifacts)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73382);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97268);
/**
 * The rebuilt artifacts: files the artifact globs match under the build's
 * working directory, named by their file name (a release is flat, so two
 * artifacts may not share one).
 */




async function findArtifacts(globs, cwd) {
    const matches = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .glob */ .TI)([...globs], {
        cwd,
        onlyFiles: true,
        dot: true,
        expandDirectories: false,
        followSymbolicLinks: false
    });
    if (matches.length === 0) {
        const present = await listSome(cwd, globs);
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('REBUILD_NO_ARTIFACTS', `input "artifacts": ${globs.map((g) => `"${g}"`).join(', ')} matched no file after the build, in ${cwd}${present}; check the globs against where the build writes its artifacts (they are relative to "working-directory")`);
    }
    const byName = new Map();
    const found = [];
    for (const match of matches.sort()) {
        const name = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(match);
        const other = byName.get(name);
        if (other !== undefined) {
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('REBUILD_DUPLICATE_ARTIFACT', `input "artifacts": ${other} and ${match} have the same file name; artifacts are compared by name, so narrow the globs to one of them`);
        }
        byName.set(name, match);
        found.push({ name, path: match, absolute: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, match) });
    }
    return found;
}
/** ` (the directory dist/ holds: a, b)`, to help fix a glob. */
async function listSome(cwd, globs) {
    const first = globs[0] ?? '';
    const dir = first.includes('/') ? first.slice(0, first.lastIndexOf('/')) : '.';
    if (/[*?[{]/.test(dir))
        return '';
    try {
        const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(cwd, dir))).sort();
        const shown = names.slice(0, 10).join(', ');
        return names.length === 0
            ? ` (${dir}/ is empty)`
            : ` (${dir}/ holds: ${shown}${names.length > 10 ? ', ...' : ''})`;
    }
    catch {
        return ` (there is no ${dir}/)`;
    }
}


/***/ }),

/***/ 63360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LO: () => (/* binding */ BUILD_UMASK),
/* harmony export */   cM: () => (/* binding */ runBuild)
/* harmony export */ });
/* unused harmony export FAILED_BUILD_TAIL_LINES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97268);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55039);
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
    const log = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(run.logFile);
    let tail = Buffer.alloc(0);
    const started = performance.now();
    const result = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .execFileCapture */ .c)('/bin/sh', ['-c', `umask ${BUILD_UMASK}\n${run.command}`], {
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
    throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('REBUILD_BUILD_FAILED', [
        `input "build": the build command ${how}; fix the build (it runs in a clean checkout of the commit, with only the normalised environment and the "env" input). Last ${shown.length} line(s) of its output (all of it in ${run.logFile}):`,
        ...shown.map((line) => `  | ${line}`)
    ].join('\n'));
}


/***/ }),

/***/ 55039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ execFileCapture)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Child processes for the rebuild: a command's output captured (git, tool
 * versions, diffoscope), each with a timeout that kills its whole process
 * group, so nothing outlives the call.
 */

const DEFAULT_MAX_OUTPUT_BYTES = 4 * 1024 * 1024;
function execFileCapture(file, args, options) {
    const max = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
            cwd: options.cwd,
            env: options.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true
        });
        const out = [];
        const err = [];
        let outBytes = 0;
        let errBytes = 0;
        child.stdout.on('data', (chunk) => {
            options.onOutput?.(chunk);
            if (outBytes < max)
                out.push(chunk);
            outBytes += chunk.length;
        });
        child.stderr.on('data', (chunk) => {
            options.onOutput?.(chunk);
            if (errBytes < max)
                err.push(chunk);
            errBytes += chunk.length;
        });
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            killGroup(child.pid);
        }, options.timeoutMs);
        child.once('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
        // Whatever the command left running in the background goes with it,
        // which also closes the pipes such a process would hold open.
        child.once('exit', () => killGroup(child.pid));
        child.once('close', (exitCode, signal) => {
            clearTimeout(timer);
            resolve({
                exitCode,
                signal,
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
                timedOut
            });
        });
    });
}
function killGroup(pid) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, 'SIGKILL');
    }
    catch {
        // already gone
    }
}


/***/ }),

/***/ 81482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   Rs: () => (/* binding */ sha256Files)
/* harmony export */ });
/* unused harmony exports READ_BYTES, WORKER_THRESHOLD_BYTES, MAX_HASH_WORKERS */
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
/**
 * SHA-256 of many files, fast: large reads, and one worker thread per core
 * when there is enough data to keep them busy (Node hashes on the thread
 * that calls update, so a single thread is bound to one core). Small sets
 * are hashed on the main thread, where a worker's start-up would dominate.
 */





/** 4 MiB reads: past this, larger reads gain nothing measurable. */
const READ_BYTES = 4 * 1024 * 1024;
/** Below this many bytes in all, workers cost more than they save. */
const WORKER_THRESHOLD_BYTES = 64 * 1024 * 1024;
const MAX_HASH_WORKERS = 8;
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
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, {
        highWaterMark: READ_BYTES
    })) {
        hash.update(chunk);
    }
    return hash.digest('hex');
}
/** Digests in the order of `paths`. */
async function sha256Files(paths, parallelism = node_os__WEBPACK_IMPORTED_MODULE_3___default().availableParallelism()) {
    const sizes = await Promise.all(paths.map(async (p) => (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(p)).size));
    const total = sizes.reduce((a, b) => a + b, 0);
    const workers = Math.min(parallelism, paths.length, MAX_HASH_WORKERS);
    const digests = workers < 2 || total < WORKER_THRESHOLD_BYTES
        ? await hashInOrder(paths)
        : await hashInWorkers(paths, sizes, workers);
    return paths.map((path, i) => ({
        path,
        sha256: digests[i],
        size: sizes[i]
    }));
}
async function hashInOrder(paths) {
    const out = [];
    for (const path of paths)
        out.push(await sha256File(path));
    return out;
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


/***/ }),

/***/ 28196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ runLocalRelease)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./src/lib/rebuild/checksums.ts
var checksums = __webpack_require__(44759);
// EXTERNAL MODULE: ./src/lib/rebuild/environment.ts
var environment = __webpack_require__(73722);
;// CONCATENATED MODULE: ./src/lib/release/verify-md.ts
function buildVerifyMd(parts) {
    const trust = parts.trustedRoot ? ` --trusted-root ${parts.trustedRoot}` : '';
    const provenant = [
        `provenant verify .${trust}`,
        `--certificate-identity '${parts.certificateIdentity}'`,
        `--certificate-oidc-issuer '${parts.certificateOidcIssuer}'`,
        `--require ${parts.require.join(',')}`,
        ...(parts.rebuilderIdentity
            ? [`--rebuilder-identity '${parts.rebuilderIdentity}'`]
            : [])
    ].join(' ');
    const cosign = parts.signedFiles.map((file) => [
        `cosign verify-blob --bundle '${file}.sigstore.json'`,
        parts.trustedRoot ? `--trusted-root ${parts.trustedRoot}` : '',
        `--certificate-identity '${parts.certificateIdentity}'`,
        `--certificate-oidc-issuer '${parts.certificateOidcIssuer}'`,
        `'${file}'`
    ]
        .filter(Boolean)
        .join(' '));
    return [
        `# Verifying ${parts.title}`,
        '',
        'Run this in the folder that holds the downloaded release: it checks every',
        "artifact's signature, identity, provenance, SBOM, checksum and rebuild verdict.",
        '',
        '```sh',
        provenant,
        '```',
        '',
        '## With cosign',
        '',
        '```sh',
        ...cosign,
        '```',
        '',
        '## With the GitHub CLI (attestations stored with GitHub)',
        '',
        '```sh',
        `gh attestation verify <artifact> --repo ${parts.repository}`,
        '```',
        ''
    ].join('\n');
}
/** The first `provenant verify` command of a VERIFY.md, as its argv. */
function firstVerifyCommand(markdown) {
    const line = markdown
        .split('\n')
        .find((l) => l.startsWith('provenant verify '));
    if (!line)
        return undefined;
    return [...line.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

// EXTERNAL MODULE: ./src/local/stack.ts + 23 modules
var local_stack = __webpack_require__(74841);
// EXTERNAL MODULE: ./src/io/rebuild/artifacts.ts
var artifacts = __webpack_require__(56611);
// EXTERNAL MODULE: ./src/io/rebuild/build.ts
var build = __webpack_require__(63360);
// EXTERNAL MODULE: ./src/io/rebuild/hash.ts
var hash = __webpack_require__(81482);
// EXTERNAL MODULE: ./src/io/rebuild/exec.ts
var exec = __webpack_require__(55039);
;// CONCATENATED MODULE: ./src/io/release/cli-stage.ts
/**
 * One pipeline stage as a child process of the bundled `provenant` CLI,
 * exactly as a runner step would run it, against the stack's environment.
 */


const STAGE_TIMEOUT_MS = 15 * 60 * 1000;
const TAIL_CHARS = 4000;
function createCliStageRunner(cliPath, env, defaultCwd) {
    return async (args, options = {}) => {
        const result = await (0,exec/* execFileCapture */.c)(process.execPath, [cliPath, ...args], {
            cwd: options.cwd ?? defaultCwd,
            env,
            timeoutMs: STAGE_TIMEOUT_MS
        });
        if (result.exitCode !== 0) {
            const output = `${result.stdout}\n${result.stderr}`
                .trim()
                .slice(-TAIL_CHARS);
            throw new errors/* ServiceError */._7(`provenant ${args[0]}`, `provenant ${args[0]} exited with ${result.exitCode ?? result.signal}:\n${output}`);
        }
        return result.stdout;
    };
}

// EXTERNAL MODULE: ./src/io/fs/prepare-output-dir.ts
var prepare_output_dir = __webpack_require__(13353);
;// CONCATENATED MODULE: ./src/io/release/publish.ts
/**
 * The release on GitHub, in the only order immutable releases allow:
 * create a draft, attach every asset, then publish once. A failure before
 * publishing leaves only the draft.
 */



async function publishRelease(target, files) {
    const api = async (method, url, body, type = 'application/json') => {
        const response = await fetch(url, {
            method,
            headers: {
                authorization: `Bearer ${target.token}`,
                accept: 'application/vnd.github+json',
                'content-type': type
            },
            ...(body === undefined ? {} : { body })
        });
        if (!response.ok) {
            throw new errors/* ServiceError */._7('github', `${method} ${new URL(url).pathname} answered ${response.status}: ${await response.text()}`, {
                status: response.status
            });
        }
        return (await response.json());
    };
    const base = `${target.apiUrl}/repos/${target.repository}/releases`;
    const draft = await api('POST', base, JSON.stringify({
        tag_name: target.tag,
        name: target.name,
        body: target.body,
        draft: true,
        target_commitish: target.commit
    }));
    const uploadBase = draft.upload_url.replace(/\{.*\}$/, '');
    const assets = [];
    for (const file of files) {
        const name = external_node_path_default().basename(file);
        await api('POST', `${uploadBase}?name=${encodeURIComponent(name)}`, await (0,promises_.readFile)(file), 'application/octet-stream');
        assets.push(name);
    }
    const published = await api('PATCH', `${base}/${draft.id}`, JSON.stringify({ draft: false }));
    return { id: published.id, htmlUrl: published.html_url, assets };
}

;// CONCATENATED MODULE: ./src/io/release/snapshot.ts
/**
 * The source of a local release: the project folder committed into a fresh
 * git repository, so that the build and the rebuild start from exactly the
 * same commit, as they do on GitHub.
 */




const GIT_TIMEOUT_MS = 60_000;
const SKIPPED = new Set([
    'node_modules',
    '.git',
    'dist',
    'build',
    '__pycache__'
]);
async function snapshotProject(projectDir, into, epoch) {
    await (0,promises_.mkdir)(into, { recursive: true });
    await (0,promises_.cp)(projectDir, into, {
        recursive: true,
        filter: (source) => !SKIPPED.has(external_node_path_default().basename(source)) || source === projectDir
    });
    const date = `@${epoch} +0000`;
    const env = {
        ...process.env,
        GIT_AUTHOR_NAME: 'Provenant',
        GIT_AUTHOR_EMAIL: 'release@provenant.invalid',
        GIT_COMMITTER_NAME: 'Provenant',
        GIT_COMMITTER_EMAIL: 'release@provenant.invalid',
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date
    };
    const git = async (...args) => {
        const result = await (0,exec/* execFileCapture */.c)('git', args, {
            cwd: into,
            env,
            timeoutMs: GIT_TIMEOUT_MS
        });
        if (result.exitCode !== 0) {
            throw new errors/* InputError */.dz('RELEASE_GIT_FAILED', `git ${args[0]} failed in ${into}: ${result.stderr.trim() || result.stdout.trim()}`);
        }
        return result.stdout.trim();
    };
    await git('init', '-q', '-b', 'main');
    await git('add', '-A');
    await git('-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'release source');
    return { dir: into, commit: await git('rev-parse', 'HEAD'), epoch };
}
/** The time of the last commit that touched the folder, or undefined outside git. */
async function lastCommitTime(dir) {
    const result = await (0,exec/* execFileCapture */.c)('git', ['log', '-1', '--format=%ct', '--', '.'], { cwd: dir, timeoutMs: GIT_TIMEOUT_MS }).catch(() => undefined);
    const value = Number(result?.stdout.trim());
    return result?.exitCode === 0 && Number.isInteger(value) && value > 0
        ? value
        : undefined;
}

;// CONCATENATED MODULE: ./src/io/release/stage.ts
function createStageLog(write) {
    const timings = [];
    return {
        timings,
        stage(name) {
            const started = performance.now();
            write(`▶ ${name}`);
            return () => {
                const ms = Math.round(performance.now() - started);
                timings.push({ name, ms });
                write(`✔ ${name} (${(ms / 1000).toFixed(2)} s)`);
            };
        }
    };
}

;// CONCATENATED MODULE: ./src/io/release/local-release.ts
/**
 * `provenant release --local`: the publish pipeline on one machine, against
 * the embedded local stack (Sigstore, OIDC, GitHub API), producing the same
 * release folder the reusable workflow publishes, then verifying it as a
 * consumer would.
 *
 * source -> build -> sbom -> checksums -> sign -> rebuild -> provenance ->
 * VERIFY.md -> release (draft, assets, publish) -> verify
 */
















const BUILD_TIMEOUT_MS = 30 * 60 * 1000;
/** Files of the rebuild report shipped as release assets, and their names there. */
const REBUILD_ASSETS = [
    ['report.json', 'rebuild-report.json'],
    ['report.md', 'rebuild-report.md'],
    ['rebuild.intoto.json', 'rebuild.intoto.json'],
    // The verdict signed by the rebuild: verify counts it for --rebuilder-identity.
    ['rebuild.sigstore.json', 'rebuild.sigstore.json']
];
async function runLocalRelease(options, write) {
    await assertProject(options.projectDir);
    const outDir = (0,prepare_output_dir/* prepareOutputDir */.g)(options.outDir, `--out "${options.outDir}"`);
    const log = createStageLog(write);
    const work = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'provenant-release-'));
    const buildLog = `${work}-build.log`;
    let stack;
    try {
        let done = log.stage('source: the project at one commit');
        const epoch = (await lastCommitTime(options.projectDir)) ??
            Math.floor(Date.now() / 1000);
        const source = await snapshotProject(options.projectDir, external_node_path_default().join(work, 'source'), epoch);
        // The token's claims name the commit being released, as on GitHub.
        stack = await (0,local_stack/* startLocalStack */._z)({ claims: { sha: source.commit } });
        done();
        done = log.stage(`build: ${options.build}`);
        await (0,build/* runBuild */.cM)({
            command: options.build,
            cwd: source.dir,
            env: (0,environment/* buildRebuildEnv */.Th)(process.env, epoch, {}),
            timeoutMs: BUILD_TIMEOUT_MS,
            // Beside the work folder, not in it: a failed build's message names
            // this log, and the work folder is removed on the way out.
            logFile: buildLog
        });
        await (0,promises_.rm)(buildLog, { force: true });
        const release = external_node_path_default().join(work, 'release');
        await (0,promises_.mkdir)(release);
        const built = await (0,artifacts/* findArtifacts */.n)(options.artifacts, source.dir);
        for (const artifact of built) {
            await (0,promises_.cp)(artifact.absolute, external_node_path_default().join(release, artifact.name));
        }
        const artifactNames = built.map((a) => a.name);
        const artifactPaths = artifactNames.map((n) => external_node_path_default().join(release, n));
        done();
        const trust = await stack.writeTrust(external_node_path_default().join(work, 'trust'));
        const trustedRoot = external_node_path_default().join(release, 'trusted_root.json');
        await (0,promises_.cp)(trust.trustedRoot, trustedRoot);
        const env = {
            ...withoutInputs(process.env),
            ...withoutInputs(stack.env),
            GITHUB_WORKSPACE: work
        };
        const cli = createCliStageRunner(options.cliPath, env, work);
        const instance = [
            '--sigstore',
            'custom',
            '--fulcio-url',
            stack.fulcioUrl,
            '--rekor-url',
            stack.rekorUrl,
            '--tsa-url',
            stack.tsaUrl,
            '--trusted-root',
            trustedRoot
        ];
        done = log.stage('sbom: the source tree and every artifact');
        await cli(['sbom', source.dir, ...artifactPaths, '--output-dir', release]);
        done();
        done = log.stage('checksums: SHA256SUMS');
        const entries = await Promise.all(artifactNames.map(async (name) => ({
            name,
            sha256: await (0,hash/* sha256File */.Q3)(external_node_path_default().join(release, name))
        })));
        await (0,promises_.writeFile)(external_node_path_default().join(release, 'SHA256SUMS'), (0,checksums/* formatChecksumFile */.HG)(entries));
        done();
        done = log.stage('sign: artifacts, SBOMs and SHA256SUMS (one certificate)');
        const sboms = (await (0,promises_.readdir)(release)).filter((n) => /^sbom-.*\.json$/.test(n));
        await cli([
            'sign',
            ...artifactPaths,
            ...sboms.map((n) => external_node_path_default().join(release, n)),
            external_node_path_default().join(release, 'SHA256SUMS'),
            '--output-dir',
            release,
            ...(options.legacySig ? ['--legacy-sig'] : []),
            ...instance
        ]);
        done();
        let reproducible;
        const verdictFlags = [];
        if (options.rebuild) {
            done = log.stage('rebuild: a fresh checkout of the same commit, compared');
            const reportDir = external_node_path_default().join(work, 'rebuild');
            await cli([
                'rebuild',
                '--build',
                options.build,
                '--artifacts',
                options.artifacts.join('\n'),
                '--reference',
                external_node_path_default().join(release, 'SHA256SUMS'),
                '--source',
                source.dir,
                '--source-ref',
                source.commit,
                '--report-dir',
                reportDir,
                '--fail-on-mismatch=false',
                '--sign',
                ...instance
            ]);
            for (const [from, to] of REBUILD_ASSETS) {
                await (0,promises_.cp)(external_node_path_default().join(reportDir, from), external_node_path_default().join(release, to));
            }
            const report = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(reportDir, 'report.json'), 'utf8'));
            reproducible = report.reproducible === true;
            verdictFlags.push('--reproducible-verdict', external_node_path_default().join(release, 'rebuild-report.json'));
            done();
        }
        done = log.stage('provenance: SLSA v1, signed, stored with GitHub');
        await cli([
            'attest',
            ...artifactPaths,
            '--output-dir',
            release,
            '--github-token',
            stack.github.token,
            '--oidc-issuer',
            stack.oidc.url,
            ...verdictFlags,
            ...instance
        ]);
        done();
        // Every stage signs with the same workflow identity, the rebuild too.
        const identity = `https://github.com/${stack.oidc.claims.job_workflow_ref}`;
        const require = ['signature', 'provenance', 'sbom', 'checksum'];
        if (reproducible)
            require.push('reproducible');
        const rebuilder = reproducible ? identity : undefined;
        await (0,promises_.writeFile)(external_node_path_default().join(release, 'VERIFY.md'), buildVerifyMd({
            title: `${await projectName(options.projectDir)} ${options.tag}`,
            certificateIdentity: identity,
            certificateOidcIssuer: stack.oidc.url,
            repository: stack.oidc.claims.repository,
            signedFiles: [...artifactNames, ...sboms, 'SHA256SUMS'],
            require,
            trustedRoot: 'trusted_root.json',
            ...(rebuilder ? { rebuilderIdentity: rebuilder } : {})
        }));
        done = log.stage('release: draft, every asset, then publish once');
        const assets = (await (0,promises_.readdir)(release)).sort();
        await publishRelease({
            apiUrl: stack.github.url,
            token: stack.github.token,
            repository: stack.oidc.claims.repository,
            tag: options.tag,
            name: `${await projectName(options.projectDir)} ${options.tag}`,
            body: 'Verify with the commands in VERIFY.md.',
            commit: source.commit
        }, assets.map((n) => external_node_path_default().join(release, n)));
        await outDir.replaceWith(release);
        done();
        done = log.stage('verify: the release folder, as a consumer would');
        await cli([
            'verify',
            '.',
            '--trusted-root',
            'trusted_root.json',
            '--certificate-identity',
            identity,
            '--certificate-oidc-issuer',
            stack.oidc.url,
            '--require',
            require.join(','),
            ...(rebuilder ? ['--rebuilder-identity', rebuilder] : []),
            '--offline'
        ], { cwd: options.outDir });
        done();
        return {
            outDir: options.outDir,
            assets,
            reproducible,
            timings: log.timings
        };
    }
    finally {
        await stack?.close();
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
function withoutInputs(env) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('INPUT_')));
}
async function assertProject(dir) {
    const info = await (0,promises_.stat)(dir).catch(() => undefined);
    if (!info?.isDirectory()) {
        throw new errors/* InputError */.dz('RELEASE_PROJECT_NOT_FOUND', `the project directory "${dir}" does not exist: give the folder that holds the project to release`);
    }
}
/** Replaces only an earlier release folder (one with VERIFY.md), never anything else. */
/** The project's own name (package.json or pyproject.toml), else its folder's. */
async function projectName(dir) {
    const text = await (0,promises_.readFile)(external_node_path_default().join(dir, 'package.json'), 'utf8').catch(() => undefined);
    const npmName = text
        ? JSON.parse(text).name
        : undefined;
    if (typeof npmName === 'string')
        return npmName;
    const pyproject = await (0,promises_.readFile)(external_node_path_default().join(dir, 'pyproject.toml'), 'utf8').catch(() => '');
    return /^name\s*=\s*"([^"]+)"/m.exec(pyproject)?.[1] ?? external_node_path_default().basename(dir);
}


/***/ }),

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


/***/ }),

/***/ 44759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HG: () => (/* binding */ formatChecksumFile),
/* harmony export */   MP: () => (/* binding */ compareNames),
/* harmony export */   j7: () => (/* binding */ parseChecksumFile)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/**
 * Checksums files as sha256sum writes them (`<hex>  <name>`, `<hex> *<name>`
 * in binary mode, a leading `\` when the name is escaped) and as
 * `shasum -a 256 --tag` / BSD tools write them (`SHA256 (<name>) = <hex>`).
 * Names are keyed by their last path segment: a release is flat.
 */

const GNU_LINE = /^(\\?)([0-9a-fA-F]{64}) [ *](.+)$/;
const BSD_LINE = /^(\\?)SHA256 ?\((.+)\) ?= ?([0-9a-fA-F]{64})$/;
const MAX_LISTED_PROBLEMS = 5;
function parseChecksumFile(text, file, input = 'reference') {
    const entries = new Map();
    const problems = [];
    text.split('\n').forEach((raw, index) => {
        const line = raw.replace(/\r$/, '');
        if (line.trim() === '' || line.startsWith('#'))
            return;
        const parsed = parseLine(line);
        if (!parsed) {
            problems.push(`line ${index + 1}: "${line.slice(0, 80)}"`);
            return;
        }
        const name = baseName(parsed.name);
        const seen = entries.get(name);
        if (seen !== undefined && seen !== parsed.sha256) {
            problems.push(`line ${index + 1}: ${name} listed twice, with two digests`);
        }
        entries.set(name, parsed.sha256);
    });
    if (problems.length > 0) {
        const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
        const more = problems.length - listed.length;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('REBUILD_CHECKSUMS_LINE', `input "${input}": ${file} is not a SHA-256 checksums file (lines "<64 hex>  <name>" as sha256sum writes them, or "SHA256 (<name>) = <64 hex>"): ${listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}`);
    }
    if (entries.size === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('REBUILD_CHECKSUMS_EMPTY', `input "${input}": ${file} lists no file; write it with e.g. \`sha256sum dist/* > SHA256SUMS\``);
    }
    return [...entries].map(([name, sha256]) => ({ name, sha256 }));
}
/** sha256sum's format, names sorted: what `sha256sum -c` reads back. */
function formatChecksumFile(entries) {
    return entries
        .toSorted((a, b) => compareNames(a.name, b.name))
        .map((e) => `${e.sha256}  ${e.name}\n`)
        .join('');
}
function compareNames(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function parseLine(line) {
    const gnu = GNU_LINE.exec(line);
    if (gnu) {
        const name = gnu[1] ? unescapeName(gnu[3]) : gnu[3];
        return { name, sha256: gnu[2].toLowerCase() };
    }
    const bsd = BSD_LINE.exec(line);
    if (bsd) {
        const name = bsd[1] ? unescapeName(bsd[2]) : bsd[2];
        return { name, sha256: bsd[3].toLowerCase() };
    }
    return undefined;
}
/** sha256sum escapes `\` as `\\` and newline as `\n` when it prefixes the line with `\`. */
function unescapeName(name) {
    return name.replace(/\\([\\n])/g, (_, c) => (c === 'n' ? '\n' : '\\'));
}
function baseName(name) {
    const parts = name.split('/');
    return parts[parts.length - 1] || name;
}


/***/ }),

/***/ 73722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Th: () => (/* binding */ buildRebuildEnv),
/* harmony export */   XU: () => (/* binding */ toRecordedEnv)
/* harmony export */ });
/* unused harmony exports PASSTHROUGH_VARIABLES, buildNormalisedEnv */
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


/***/ })

};
