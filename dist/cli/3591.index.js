export const id = 3591;
export const ids = [3591];
export const modules = {

/***/ 77061:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LOCAL_TRUST_DIR: () => (/* binding */ LOCAL_TRUST_DIR),
  printResult: () => (/* binding */ printResult),
  releaseCommand: () => (/* binding */ releaseCommand),
  releaseLocally: () => (/* binding */ releaseLocally)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/lib/errors.ts
var lib_errors = __webpack_require__(97268);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/index.js + 28 modules
var dist = __webpack_require__(34082);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var tinyglobby_dist = __webpack_require__(73382);
;// CONCATENATED MODULE: ./src/local/runner/hash-files.ts
/**
 * `hashFiles(pattern, ...)` as GitHub's runner computes it: the files the
 * glob patterns match inside the workspace (`!` excludes; directories and
 * anything outside the workspace skipped), each hashed with SHA-256, and
 * those digests hashed in turn; '' when nothing matches. Files are taken in
 * path order, so the answer does not depend on the file system's.
 */





function hashFiles(workspace, patterns) {
    if (patterns.length === 0) {
        throw new lib_errors/* InputError */.dz('RUNNER_EXPRESSION', "hashFiles() needs at least one pattern, e.g. hashFiles('**/package-lock.json')");
    }
    const include = patterns.filter((p) => !p.startsWith('!'));
    const ignore = patterns
        .filter((p) => p.startsWith('!'))
        .map((p) => p.slice(1));
    const files = (0,tinyglobby_dist/* globSync */.AZ)(include, {
        cwd: workspace,
        ignore,
        dot: true,
        onlyFiles: true,
        absolute: true,
        followSymbolicLinks: false
    })
        .filter((file) => {
        const relative = external_node_path_default().relative(workspace, file);
        return !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative);
    })
        .sort();
    if (files.length === 0)
        return '';
    const all = (0,external_node_crypto_.createHash)('sha256');
    for (const file of files) {
        all.update((0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(file)).digest());
    }
    return all.digest('hex');
}

// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/index.js
var workflow_parser_dist = __webpack_require__(22657);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/actions/index.js + 5 modules
var actions = __webpack_require__(42146);
;// CONCATENATED MODULE: ./src/local/runner/template.ts
/**
 * Workflow and action files read with GitHub's own parser
 * (@actions/workflow-parser): schema-checked, every `${{ }}` already parsed
 * into an expression. The token tree becomes plain values with `Expr` where
 * an expression stands, evaluated later against the contexts of the moment.
 */






/** An expression where a value stands (`${{ }}` or an `if:`). */
class Expr {
    expr;
    constructor(expr) {
        this.expr = expr;
    }
}
async function loadWorkflowFile(file) {
    const content = await readText(file);
    const result = (0,workflow_parser_dist/* parseWorkflow */.hM)({ name: external_node_path_default().basename(file), content }, new workflow_parser_dist/* NoOperationTraceWriter */.P0());
    return toTree(file, result.context.errors.getErrors(), result.value);
}
async function loadActionFile(file) {
    const content = await readText(file);
    const result = (0,actions/* parseAction */.wE)({ name: external_node_path_default().basename(file), content }, new workflow_parser_dist/* NoOperationTraceWriter */.P0());
    return toTree(file, result.context.errors.getErrors(), result.value);
}
async function readText(file) {
    return (0,promises_.readFile)(file, 'utf8').catch((error) => {
        throw new lib_errors/* InputError */.dz('RUNNER_FILE_MISSING', `cannot read ${file}: give the path of a workflow or action.yml`, { cause: error });
    });
}
function toTree(file, errors, root) {
    if (errors.length > 0 || !root) {
        throw new lib_errors/* InputError */.dz('RUNNER_FILE_INVALID', `${file} does not parse: ${errors.map((e) => e.message).join('; ')}`);
    }
    const tree = toNode(root);
    if (!isMap(tree)) {
        throw new lib_errors/* InputError */.dz('RUNNER_FILE_INVALID', `${file} is not a mapping`);
    }
    return tree;
}
function toNode(token) {
    if ((0,workflow_parser_dist/* isBasicExpression */.hR)(token))
        return new Expr(token.expression);
    if ((0,workflow_parser_dist/* isString */.Kg)(token))
        return token.value;
    if ((0,workflow_parser_dist/* isNumber */.Et)(token))
        return token.value;
    if ((0,workflow_parser_dist/* isBoolean */.Lm)(token))
        return token.value;
    if ((0,workflow_parser_dist/* isSequence */.wZ)(token))
        return [...token].map(toNode);
    if ((0,workflow_parser_dist/* isMapping */.pi)(token)) {
        const map = {};
        for (const { key, value } of token) {
            map[(0,workflow_parser_dist/* isString */.Kg)(key) ? key.value : JSON.stringify(toNode(key))] =
                toNode(value);
        }
        return map;
    }
    return null;
}
function isMap(node) {
    return (typeof node === 'object' &&
        node !== null &&
        !Array.isArray(node) &&
        !(node instanceof Expr));
}
/** The mapping under `key`, or an empty one. */
function mapAt(node, key) {
    const value = node[key];
    return isMap(value) ? value : {};
}

;// CONCATENATED MODULE: ./src/local/runner/expressions.ts
/**
 * `${{ }}` expressions evaluated with GitHub's own evaluator
 * (@actions/expressions), with the status functions of the moment
 * (success(), failure(), always(), cancelled()), hashFiles() over the job's
 * workspace (github.workspace), and the contexts given.
 */




const CONTEXT_NAMES = [
    'github',
    'inputs',
    'needs',
    'steps',
    'matrix',
    'strategy',
    'runner',
    'job',
    'jobs',
    'env',
    'vars',
    'secrets'
];
const STATUS_FUNCTIONS = ['success', 'failure', 'always', 'cancelled'];
function evaluateExpression(expr, contexts, status = { success: true, cancelled: false }) {
    const answers = {
        success: status.success && !status.cancelled,
        failure: !status.success && !status.cancelled,
        always: true,
        cancelled: status.cancelled
    };
    const functions = new Map(STATUS_FUNCTIONS.map((name) => [
        name,
        {
            name,
            minArgs: 0,
            maxArgs: 0,
            call: () => new dist/* data.BooleanData */.p.bo(answers[name])
        }
    ]));
    // The evaluator looks functions up by their lower-case name.
    functions.set('hashfiles', hashFilesFunction(contexts));
    try {
        const tokens = new dist/* Lexer */.JG(expr).lex().tokens;
        const tree = new dist/* Parser */.iX(tokens, CONTEXT_NAMES, [...functions.values()].map(({ name, minArgs, maxArgs }) => ({
            name,
            minArgs,
            maxArgs
        }))).parse();
        const context = JSON.parse(JSON.stringify(contexts), dist/* data.reviver */.p.eD);
        const result = new dist/* Evaluator */.oi(tree, context, functions).evaluate();
        return JSON.parse(JSON.stringify(result, dist/* data.replacer */.p.$U));
    }
    catch (error) {
        throw new lib_errors/* InputError */.dz('RUNNER_EXPRESSION', `\${{ ${expr} }} cannot be evaluated: ${error.message}`, { cause: error });
    }
}
function hashFilesFunction(contexts) {
    return {
        name: 'hashFiles',
        minArgs: 1,
        maxArgs: 255,
        call: (...args) => {
            const github = contexts.github;
            if (typeof github?.workspace !== 'string') {
                throw new Error('hashFiles() is only available inside a job');
            }
            const patterns = args.map((a) => a.coerceString());
            return new dist/* data.StringData */.p.uQ(hashFiles(github.workspace, patterns));
        }
    };
}
/** A node with every expression in it evaluated. */
function evaluateNode(node, contexts, status) {
    if (node instanceof Expr)
        return evaluateExpression(node.expr, contexts, status);
    if (Array.isArray(node))
        return node.map((n) => evaluateNode(n, contexts, status));
    if (isMap(node)) {
        return Object.fromEntries(Object.entries(node).map(([k, v]) => [
            k,
            evaluateNode(v, contexts, status)
        ]));
    }
    return node;
}
/** A value as GitHub puts it in an input or a variable. */
function toText(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean') {
        return String(value);
    }
    return JSON.stringify(value, null, 2);
}
/** A mapping (env:, with:) evaluated into text values. */
function evaluateTextMap(node, contexts) {
    const value = evaluateNode(node, contexts);
    if (value === null || value === undefined)
        return {};
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new lib_errors/* InputError */.dz('RUNNER_EXPRESSION', `expected a mapping, got ${toText(value)}`);
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toText(v)]));
}
/**
 * An `if:` as GitHub reads it: `${{ }}` optional, and `success() && (...)`
 * unless it calls a status function itself.
 */
function evaluateCondition(node, contexts, status) {
    let expr = node instanceof Expr ? node.expr : node === undefined ? '' : toText(node);
    expr = expr.trim();
    if (expr === '')
        expr = 'success()';
    else if (!/\b(success|failure|always|cancelled)\s*\(/i.test(expr)) {
        expr = `success() && (${expr})`;
    }
    const value = evaluateExpression(expr, contexts, status);
    return !(value === false ||
        value === null ||
        value === 0 ||
        value === '' ||
        value === undefined);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/local/runner/process.ts
/**
 * One step's process: output streamed line by line into the run's log
 * (prefixed with the job), the last lines kept for the error message, the
 * whole process group stopped at the timeout.
 */

const TAIL_LINES = 30;
const STEP_TIMEOUT_MS = 60 * 60 * 1000;
function runProcess(file, args, options) {
    return new Promise((resolve) => {
        const tail = [];
        const child = (0,external_node_child_process_.spawn)(file, args, {
            cwd: options.cwd,
            env: options.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true
        });
        const timer = setTimeout(() => {
            if (child.pid)
                process.kill(-child.pid, 'SIGKILL');
        }, STEP_TIMEOUT_MS);
        const lineStream = () => {
            let pending = '';
            return (chunk) => {
                pending += chunk.toString('utf8');
                const lines = pending.split('\n');
                pending = lines.pop();
                for (const line of lines) {
                    options.log(line);
                    tail.push(line);
                    if (tail.length > TAIL_LINES)
                        tail.shift();
                }
            };
        };
        child.stdout.on('data', lineStream());
        child.stderr.on('data', lineStream());
        child.once('error', (error) => {
            clearTimeout(timer);
            resolve({ exitCode: 127, tail: [...tail, error.message] });
        });
        child.once('close', (code, signal) => {
            clearTimeout(timer);
            resolve({ exitCode: code ?? (signal ? 128 : 1), tail });
        });
    });
}

;// CONCATENATED MODULE: ./src/local/runner/file-commands.ts
/**
 * The runner's file commands: GITHUB_OUTPUT, GITHUB_ENV and GITHUB_PATH,
 * `name=value` lines or `name<<DELIMITER` blocks, read after each step.
 */


function parseFileCommand(text, file) {
    const values = {};
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line === '')
            continue;
        const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
        if (heredoc && !line.includes('=')) {
            const [, name, delimiter] = heredoc;
            const body = [];
            for (i++; i < lines.length && lines[i] !== delimiter; i++) {
                body.push(lines[i]);
            }
            if (i >= lines.length) {
                throw new lib_errors/* InputError */.dz('RUNNER_FILE_COMMAND', `${file}: no line "${delimiter}" ends the value of ${name}`);
            }
            values[name] = body.join('\n');
            continue;
        }
        const at = line.indexOf('=');
        if (at <= 0) {
            throw new lib_errors/* InputError */.dz('RUNNER_FILE_COMMAND', `${file}: "${line.slice(0, 80)}" is neither name=value nor name<<DELIMITER`);
        }
        values[line.slice(0, at)] = line.slice(at + 1);
    }
    return values;
}
async function readFileCommand(file, label) {
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => '');
    return parseFileCommand(text, label);
}
async function readPathFile(file) {
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => '');
    return text.split(/\r?\n/).filter((l) => l.trim() !== '');
}

;// CONCATENATED MODULE: ./src/local/runner/steps.ts
/**
 * Steps in order, as the runner runs them: `if:` against the job's status so
 * far, `env:` and `working-directory`, `run:` in bash, `uses:` through
 * actions.ts; each step's outputs, outcome and conclusion in `steps`.
 */







class StepFailure extends lib_errors/* ProvenantError */.Y$ {
    constructor(message) {
        super('RUNNER_STEP_FAILED', message);
    }
}
/** Runs the steps; answers false when one failed (and did not continue on error). */
async function runSteps(steps, scope, results) {
    let success = true;
    const list = Array.isArray(steps) ? steps : [];
    for (const [index, node] of list.entries()) {
        if (!isMap(node))
            continue;
        const id = typeof node.id === 'string' ? node.id : `__step${index + 1}`;
        const contexts = { ...scope.contexts, steps: results };
        const run = evaluateCondition(node.if, contexts, {
            success,
            cancelled: false
        });
        if (!run) {
            results[id] = { outcome: 'skipped', conclusion: 'skipped', outputs: {} };
            continue;
        }
        const label = stepLabel(node, index);
        scope.run.log(`[${scope.jobName}] ▶ ${label}`);
        let result;
        try {
            const outputs = await runStep(node, { ...scope, contexts });
            result = { outcome: 'success', conclusion: 'success', outputs };
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            scope.run.log(`[${scope.jobName}] ✖ ${label}: ${message}`);
            const continueOnError = evaluateNode(node['continue-on-error'], contexts) === true;
            result = {
                outcome: 'failure',
                conclusion: continueOnError ? 'success' : 'failure',
                outputs: {}
            };
            if (!continueOnError)
                success = false;
        }
        results[id] = result;
    }
    return success;
}
/**
 * The post steps, last registered first, each when its `post-if:` holds for
 * the job's status so far; answers whether the job still succeeds.
 */
async function runPosts(scope, success) {
    let ok = success;
    for (const post of [...scope.posts].reverse()) {
        const status = { success: ok, cancelled: false };
        if (!evaluateCondition(post.condition, scope.contexts, status))
            continue;
        scope.run.log(`[${scope.jobName}] ▶ ${post.label}`);
        try {
            await post.run();
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            scope.run.log(`[${scope.jobName}] ✖ ${post.label}: ${message}`);
            ok = false;
        }
    }
    return ok;
}
function stepLabel(node, index) {
    for (const key of ['name', 'uses', 'run']) {
        const value = node[key];
        if (typeof value === 'string')
            return value.split('\n')[0].slice(0, 100);
        if (value instanceof Expr)
            return `\${{ ${value.expr} }}`.slice(0, 100);
    }
    return `step ${index + 1}`;
}
async function runStep(node, scope) {
    if (scope.run.failJobs.has(scope.jobName.split(' ')[0])) {
        throw new StepFailure('injected failure (the run was asked to fail this job)');
    }
    const contexts = scope.contexts;
    const stepEnv = {
        ...scope.env,
        ...evaluateTextMap(node.env, contexts)
    };
    if (node.uses !== undefined) {
        const uses = toText(evaluateNode(node.uses, contexts));
        return scope.runAction(uses, node, scope, stepEnv);
    }
    if (node.run === undefined) {
        throw new lib_errors/* InputError */.dz('RUNNER_STEP', 'a step needs `run:` or `uses:`');
    }
    const script = toText(evaluateNode(node.run, contexts));
    const shell = toText(evaluateNode(node.shell, contexts)) || 'bash';
    const workingDirectory = toText(evaluateNode(node['working-directory'], contexts));
    return runShell(script, shell, scope, stepEnv, workingDirectory);
}
/** A `run:` script in bash (or sh), with fresh GITHUB_OUTPUT/GITHUB_ENV files. */
async function runShell(script, shell, scope, stepEnv, workingDirectory) {
    const [program, args] = shellCommand(shell);
    const files = await stepFiles(scope);
    const scriptFile = external_node_path_default().join(files.dir, 'script.sh');
    await (0,promises_.writeFile)(scriptFile, script);
    const cwd = external_node_path_default().resolve(scope.workspace, workingDirectory || '.');
    const env = withFiles(stepEnv, files, scope);
    const result = await runProcess(program, [...args, scriptFile], {
        cwd,
        env,
        log: (line) => emitLine(scope, line)
    });
    await applyFileCommands(files, scope);
    if (result.exitCode !== 0) {
        throw new StepFailure(`the script exited with ${result.exitCode}`);
    }
    return readFileCommand(files.output, 'GITHUB_OUTPUT');
}
function shellCommand(shell) {
    if (shell === 'bash')
        return ['bash', ['--noprofile', '--norc', '-eo', 'pipefail']];
    if (shell === 'sh')
        return ['sh', ['-e']];
    throw new lib_errors/* InputError */.dz('RUNNER_SHELL', `shell: ${shell} is not supported by the local runner: use bash or sh`);
}
async function stepFiles(scope) {
    const root = external_node_path_default().join(scope.temp, '..', 'steps');
    await (0,promises_.mkdir)(root, { recursive: true });
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(root, 'step-'));
    const files = {
        dir,
        output: external_node_path_default().join(dir, 'output'),
        env: external_node_path_default().join(dir, 'env'),
        path: external_node_path_default().join(dir, 'path'),
        state: external_node_path_default().join(dir, 'state')
    };
    for (const file of [files.output, files.env, files.path, files.state]) {
        await (0,promises_.writeFile)(file, '');
    }
    return files;
}
function withFiles(env, files, scope) {
    return {
        ...env,
        PATH: [...scope.path, env.PATH ?? ''].join((external_node_path_default()).delimiter),
        GITHUB_OUTPUT: files.output,
        GITHUB_ENV: files.env,
        GITHUB_PATH: files.path,
        GITHUB_STATE: files.state,
        GITHUB_STEP_SUMMARY: scope.summaryFile
    };
}
/** GITHUB_ENV and GITHUB_PATH of a step reach the job's later steps. */
async function applyFileCommands(files, scope) {
    const added = await readFileCommand(files.env, 'GITHUB_ENV');
    Object.assign(scope.env, added);
    const envContext = scope.contexts.env;
    if (envContext)
        Object.assign(envContext, added);
    scope.path.unshift(...(await readPathFile(files.path)).reverse());
}
/**
 * One line of a step's output into the log, as the runner shows it:
 * `::add-mask::` registers a secret, and no secret is ever printed.
 */
function emitLine(scope, line) {
    const mask = /^::add-mask::(.+)$/.exec(line.trim());
    if (mask) {
        scope.run.masks.add(mask[1]);
        return;
    }
    let shown = line;
    for (const secret of scope.run.masks) {
        if (secret.length >= 4)
            shown = shown.replaceAll(secret, '***');
    }
    scope.run.log(`[${scope.jobName}]   ${shown}`);
}

;// CONCATENATED MODULE: ./src/local/runner/stand-ins.ts
/**
 * Local stand-ins for the four third-party actions the workflows use:
 * actions/checkout (a clean clone at the commit, or this installation for
 * Provenant's own repository), actions/upload-artifact and
 * actions/download-artifact (an artifact store per run), actions/setup-node
 * (the Node that runs the runner, when new enough).
 */






/** What the Provenant checkout holds: the actions and their bundles. */
const PROVENANT_FILES = ['action.yml', 'actions', 'dist', 'scripts', '.github'];
const STAND_INS = {
    'actions/checkout': checkout,
    'actions/upload-artifact': uploadArtifact,
    'actions/download-artifact': downloadArtifact,
    'actions/setup-node': setupNode
};
function inside(scope, given, input) {
    const target = external_node_path_default().resolve(scope.workspace, given || '.');
    const relative = external_node_path_default().relative(scope.workspace, target);
    if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative)) {
        throw new lib_errors/* InputError */.dz('RUNNER_PATH', `${input}: "${given}" leaves the workspace ${scope.workspace}`);
    }
    return target;
}
async function checkout(inputs, scope) {
    const { caller, provenant } = scope.run;
    const repository = inputs.repository || caller.repository;
    const dest = inside(scope, inputs.path ?? '', 'actions/checkout path');
    if (repository.toLowerCase() === provenant.repository.toLowerCase()) {
        await (0,promises_.mkdir)(dest, { recursive: true });
        for (const name of PROVENANT_FILES) {
            const from = external_node_path_default().join(provenant.root, name);
            if (await (0,promises_.stat)(from).catch(() => undefined)) {
                await (0,promises_.cp)(from, external_node_path_default().join(dest, name), { recursive: true });
            }
        }
        return {};
    }
    if (repository.toLowerCase() !== caller.repository.toLowerCase()) {
        throw new lib_errors/* InputError */.dz('RUNNER_CHECKOUT', `actions/checkout: repository "${repository}" is not known to the local runner: only ${caller.repository} and ${provenant.repository}`);
    }
    // A clean checkout: whatever an earlier step left there goes.
    await (0,promises_.mkdir)(dest, { recursive: true });
    for (const name of await (0,promises_.readdir)(dest)) {
        await (0,promises_.rm)(external_node_path_default().join(dest, name), { recursive: true, force: true });
    }
    const git = async (...args) => {
        const result = await runProcess('git', args, {
            cwd: dest,
            env: scope.env,
            log: () => undefined
        });
        if (result.exitCode !== 0) {
            throw new StepFailure(`actions/checkout: git ${args[0]} failed: ${result.tail.join('\n')}`);
        }
    };
    await git('clone', '--quiet', '--no-hardlinks', caller.dir, dest);
    await git('-C', dest, 'checkout', '--quiet', '--detach', inputs.ref || caller.sha);
    return {};
}
function artifactStore(scope) {
    return external_node_path_default().join(scope.run.runDir, 'artifacts');
}
async function uploadArtifact(inputs, scope) {
    const name = inputs.name || 'artifact';
    if (/[\\/":<>|*?\r\n]/.test(name)) {
        throw new lib_errors/* InputError */.dz('RUNNER_ARTIFACT', `upload-artifact: the name "${name}" has a character artifacts cannot have`);
    }
    const patterns = (inputs.path ?? '')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    const found = await collect(patterns, scope);
    if (found.files.length === 0) {
        const mode = inputs['if-no-files-found'] || 'warn';
        const message = `upload-artifact: no files were found with the provided path: ${patterns.join(', ')}`;
        if (mode === 'error')
            throw new StepFailure(message);
        if (mode === 'warn')
            scope.run.log(`[${scope.jobName}] warning: ${message}`);
        return {};
    }
    const target = external_node_path_default().join(artifactStore(scope), name);
    if (await (0,promises_.stat)(target).catch(() => undefined)) {
        if (inputs.overwrite !== 'true') {
            throw new StepFailure(`upload-artifact: an artifact named "${name}" already exists in this run`);
        }
        await (0,promises_.rm)(target, { recursive: true });
    }
    for (const file of found.files) {
        const to = external_node_path_default().join(target, external_node_path_default().relative(found.root, file));
        await (0,promises_.mkdir)(external_node_path_default().dirname(to), { recursive: true });
        await (0,promises_.cp)(file, to);
    }
    return { 'artifact-id': name };
}
/** The files of every path (file, folder or glob) and their common root. */
async function collect(patterns, scope) {
    const files = [];
    const roots = [];
    for (const pattern of patterns) {
        const absolute = external_node_path_default().resolve(scope.workspace, pattern);
        const info = await (0,promises_.stat)(absolute).catch(() => undefined);
        if (info?.isDirectory()) {
            roots.push(absolute);
            const inside = await (0,tinyglobby_dist.glob)('**/*', {
                cwd: absolute,
                absolute: true,
                dot: true
            });
            files.push(...inside);
        }
        else if (info?.isFile()) {
            roots.push(external_node_path_default().dirname(absolute));
            files.push(absolute);
        }
        else {
            const matched = await (0,tinyglobby_dist.glob)(pattern, {
                cwd: scope.workspace,
                absolute: true,
                dot: true
            });
            roots.push(...matched.map((m) => external_node_path_default().dirname(m)));
            files.push(...matched);
        }
    }
    return { files: [...new Set(files)].sort(), root: commonRoot(roots) };
}
function commonRoot(dirs) {
    if (dirs.length === 0)
        return '/';
    let root = dirs[0];
    for (const dir of dirs.slice(1)) {
        while (root !== external_node_path_default().dirname(root) &&
            external_node_path_default().relative(root, dir).startsWith('..')) {
            root = external_node_path_default().dirname(root);
        }
    }
    return root;
}
async function downloadArtifact(inputs, scope) {
    const store = artifactStore(scope);
    const dest = inside(scope, inputs.path ?? '', 'download-artifact path');
    const names = (await (0,promises_.readdir)(store).catch(() => [])).sort();
    if (inputs.name) {
        if (!names.includes(inputs.name)) {
            throw new StepFailure(`download-artifact: Artifact not found for name: ${inputs.name}`);
        }
        await (0,promises_.cp)(external_node_path_default().join(store, inputs.name), dest, { recursive: true });
        return { 'download-path': dest };
    }
    const pattern = inputs.pattern ? globToRegExp(inputs.pattern) : /.*/;
    const merge = inputs['merge-multiple'] === 'true';
    for (const name of names.filter((n) => pattern.test(n))) {
        await (0,promises_.cp)(external_node_path_default().join(store, name), merge ? dest : external_node_path_default().join(dest, name), {
            recursive: true
        });
    }
    await (0,promises_.mkdir)(dest, { recursive: true });
    return { 'download-path': dest };
}
function globToRegExp(pattern) {
    const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`^${escaped.replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
}
function setupNode(inputs, scope) {
    const wanted = Number.parseInt(inputs['node-version'] || '0', 10);
    const major = Number.parseInt(process.versions.node, 10);
    if (Number.isFinite(wanted) && wanted > major) {
        throw new StepFailure(`actions/setup-node: node-version ${wanted} asked, but the local runner runs Node ${process.versions.node}: run it with Node ${wanted}`);
    }
    scope.path.unshift(external_node_path_default().dirname(process.execPath));
    return Promise.resolve({ 'node-version': `v${process.versions.node}` });
}

;// CONCATENATED MODULE: ./src/local/runner/actions.ts
/**
 * `uses:` of a step: a local action (`./path`, or a path in this
 * installation's repository) run from its action.yml, node24 `main` from
 * dist/ or a composite step by step; the stand-ins for actions/checkout,
 * upload-artifact, download-artifact and setup-node; anything else is
 * refused, naming it.
 */









async function runAction(uses, step, scope, stepEnv) {
    const given = evaluateTextMap(step.with, scope.contexts);
    const name = uses.split('@')[0].toLowerCase();
    const standIn = STAND_INS[name];
    if (standIn)
        return standIn(given, scope);
    const dir = resolveActionDir(uses, scope);
    const action = await loadActionFile(await actionFile(dir, uses));
    const inputs = actionInputs(action, given, scope, uses);
    const runs = mapAt(action, 'runs');
    const using = toText(runs.using);
    if (using === 'composite') {
        return runComposite(action, runs, inputs, dir, scope, stepEnv);
    }
    if (/^node\d+$/.test(using)) {
        const node = { dir, inputs, scope, stepEnv, uses };
        const outputs = await runNodeAction(node, toText(runs.main), {});
        // GITHUB_STATE of the main step reaches its post step as STATE_<name>.
        const post = toText(runs.post);
        if (post) {
            scope.posts.push({
                label: `Post ${uses}`,
                condition: runs['post-if'] ?? 'always()',
                run: async () => {
                    await runNodeAction(node, post, outputs.state);
                }
            });
        }
        return outputs.outputs;
    }
    throw new lib_errors/* InputError */.dz('RUNNER_ACTION', `${uses}: runs.using "${using}" is not supported by the local runner (node and composite actions only)`);
}
function resolveActionDir(uses, scope) {
    if (uses.startsWith('./')) {
        const dir = external_node_path_default().resolve(scope.workspace, uses);
        if (!isInside(scope.workspace, dir)) {
            throw new lib_errors/* InputError */.dz('RUNNER_ACTION', `uses: ${uses} leaves the workspace: a local action lives inside the checkout`);
        }
        return dir;
    }
    const provenant = scope.run.provenant;
    const [repoPath, ref] = uses.split('@');
    const parts = repoPath.split('/');
    const repository = parts.slice(0, 2).join('/');
    if (repository.toLowerCase() === provenant.repository.toLowerCase()) {
        assertProvenantRef(ref, scope, uses);
        return external_node_path_default().join(provenant.root, ...parts.slice(2));
    }
    throw new lib_errors/* InputError */.dz('RUNNER_ACTION_UNKNOWN', `uses: ${uses}: the local runner has no stand-in for this action; it runs local actions (./...), ${provenant.repository}, actions/checkout, actions/upload-artifact, actions/download-artifact and actions/setup-node`);
}
function assertProvenantRef(ref, scope, uses) {
    const { sha, ref: pinned } = scope.run.provenant;
    if (ref === undefined || ref === sha || ref === pinned)
        return;
    if (/^[0-9a-f]{40}$/.test(ref) || ref.startsWith('v') || ref === 'main')
        return;
    throw new lib_errors/* InputError */.dz('RUNNER_ACTION', `uses: ${uses}: the ref "${ref}" is neither a commit nor a tag`);
}
async function actionFile(dir, uses) {
    for (const name of ['action.yml', 'action.yaml']) {
        const file = external_node_path_default().join(dir, name);
        if (await (0,promises_.stat)(file).catch(() => undefined))
            return file;
    }
    throw new lib_errors/* InputError */.dz('RUNNER_ACTION', `uses: ${uses}: no action.yml in ${dir}`);
}
function isInside(root, target) {
    const relative = external_node_path_default().relative(root, target);
    return !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative);
}
/** The inputs as the action sees them: given, else the default (evaluated). */
function actionInputs(action, given, scope, uses) {
    const declared = mapAt(action, 'inputs');
    const unknown = Object.keys(given).filter((k) => !(k in declared));
    if (unknown.length > 0) {
        scope.run.log(`[${scope.jobName}] warning: ${uses}: unexpected input(s) ${unknown.join(', ')}; valid inputs are ${Object.keys(declared).join(', ')}`);
    }
    const inputs = {};
    for (const [name, definition] of Object.entries(declared)) {
        if (name in given)
            inputs[name] = given[name];
        else if (isMap(definition) && definition.default !== undefined) {
            inputs[name] = toText(evaluateNode(definition.default, scope.contexts));
        }
    }
    return inputs;
}
/** One entry point of a node action (main or post): its outputs and saved state. */
async function runNodeAction({ dir, inputs, scope, stepEnv, uses }, entry, state) {
    const files = await stepFiles(scope);
    const env = withFiles({
        ...stepEnv,
        ...Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v])),
        GITHUB_ACTION_PATH: dir,
        ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [
            `INPUT_${k.replace(/ /g, '_').toUpperCase()}`,
            v
        ]))
    }, files, scope);
    const result = await runProcess(process.execPath, [external_node_path_default().join(dir, entry)], {
        cwd: scope.workspace,
        env,
        log: (line) => emitLine(scope, line)
    });
    await applyFileCommands(files, scope);
    if (result.exitCode !== 0) {
        throw new StepFailure(`${uses} (${entry}) exited with ${result.exitCode}`);
    }
    return {
        outputs: await readFileCommand(files.output, 'GITHUB_OUTPUT'),
        state: await readFileCommand(files.state, 'GITHUB_STATE')
    };
}
async function runComposite(action, runs, inputs, dir, scope, stepEnv) {
    const results = {};
    const inner = {
        ...scope,
        env: { ...stepEnv, GITHUB_ACTION_PATH: dir },
        contexts: {
            ...scope.contexts,
            inputs,
            github: { ...scope.contexts.github, action_path: dir }
        },
        actionPath: dir
    };
    const ok = await runSteps(runs.steps, inner, results);
    if (!ok)
        throw new StepFailure('a step of the composite action failed');
    const outputs = mapAt(action, 'outputs');
    return Object.fromEntries(Object.entries(outputs).map(([name, definition]) => [
        name,
        isMap(definition)
            ? toText(evaluateNode(definition.value, {
                ...inner.contexts,
                steps: results
            }))
            : ''
    ]));
}

;// CONCATENATED MODULE: ./src/local/runner/permissions.ts
/**
 * Job permissions as GitHub grants them: `permissions:` of the job, else
 * of the workflow; `{}` grants nothing; a called workflow cannot widen what
 * its caller granted. What a job may reach follows from them: only
 * `id-token: write` gets the OIDC request variables, and the job's GitHub
 * token carries exactly its scopes (the local GitHub API enforces them).
 */

/** The scopes GitHub knows; read-all / write-all expand to these. */
const SCOPES = [
    'actions',
    'attestations',
    'checks',
    'contents',
    'deployments',
    'discussions',
    'id-token',
    'issues',
    'models',
    'packages',
    'pages',
    'pull-requests',
    'repository-projects',
    'security-events',
    'statuses'
];
const RANK = { none: 0, read: 1, write: 2 };
/** `permissions:` as written (undefined: not given). */
function parsePermissions(value, where) {
    if (value === undefined || value === null)
        return undefined;
    if (value === 'read-all' || value === 'write-all') {
        const access = value === 'read-all' ? 'read' : 'write';
        return Object.fromEntries(SCOPES.map((s) => [s, access]));
    }
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new lib_errors/* InputError */.dz('RUNNER_PERMISSIONS', `${where}: permissions must be read-all, write-all or a mapping of scope: read | write | none`);
    }
    const granted = {};
    for (const [scope, access] of Object.entries(value)) {
        if (access !== 'read' && access !== 'write' && access !== 'none') {
            throw new lib_errors/* InputError */.dz('RUNNER_PERMISSIONS', `${where}: permissions.${scope} is "${JSON.stringify(access)}": use read, write or none`);
        }
        granted[scope] = access;
    }
    return granted;
}
/**
 * A called workflow's job asks no more than the caller granted; GitHub
 * refuses such a run before it starts, and so does the runner.
 */
function assertWithin(asked, granted, where) {
    const wider = Object.entries(asked).filter(([scope, access]) => RANK[access] > RANK[granted[scope] ?? 'none']);
    if (wider.length > 0) {
        throw new lib_errors/* InputError */.dz('RUNNER_PERMISSIONS', `${where} asks for ${wider.map(([s, a]) => `${s}: ${a}`).join(', ')}, more than its caller grants (${describe(granted)}): widen the calling job's permissions`);
    }
}
function allows(permissions, scope, access) {
    return RANK[permissions[scope] ?? 'none'] >= RANK[access];
}
function describe(permissions) {
    const given = Object.entries(permissions).filter(([, a]) => a !== 'none');
    return given.length === 0
        ? 'none'
        : given.map(([s, a]) => `${s}: ${a}`).join(', ');
}

;// CONCATENATED MODULE: ./src/local/runner/secrets.ts
/**
 * workflow_call secrets as GitHub passes them: a calling job's `secrets:`
 * (a map of expressions, or `inherit` for every secret of the caller), only
 * the ones the called workflow declares under `on.workflow_call.secrets`
 * (an undeclared one is refused, a missing required one too), and
 * `secrets.GITHUB_TOKEN`: a token with the calling job's permissions. Every
 * value is masked in the log.
 */



/** The secrets a called workflow gets from its calling job. */
function passedSecrets(job, contexts, token) {
    const own = (contexts.secrets ?? {});
    const withToken = { ...contexts, secrets: { ...own, GITHUB_TOKEN: token } };
    if (job.secrets === 'inherit')
        return { ...own };
    const given = evaluateNode(job.secrets, withToken);
    if (!given || typeof given !== 'object')
        return {};
    return Object.fromEntries(Object.entries(given).map(([k, v]) => [
        k,
        toText(v)
    ]));
}
/** The called workflow's secrets context: declared ones only, masked. */
function workflowSecrets(call, given, inherited, workflow, run) {
    const declared = mapAt(call, 'secrets');
    const problems = [];
    if (!inherited) {
        for (const name of Object.keys(given)) {
            if (!(name in declared))
                problems.push(`"${name}" is not a secret of ${workflow}`);
        }
    }
    for (const [name, definition] of Object.entries(declared)) {
        const required = isMap(definition) && definition.required === true;
        if (required && !given[name])
            problems.push(`the required secret "${name}" is missing`);
    }
    if (problems.length > 0) {
        throw new lib_errors/* InputError */.dz('RUNNER_SECRETS', `${workflow}: ${problems.join('; ')}`);
    }
    for (const value of Object.values(given))
        if (value)
            run.masks.add(value);
    return inherited
        ? { ...given }
        : Object.fromEntries(Object.keys(declared).map((name) => [name, given[name] ?? '']));
}
/** A GITHUB_TOKEN for the caller's repository with these permissions (a job's own, or a calling job's `secrets.GITHUB_TOKEN`), masked in logs. */
function callToken(run, permissions) {
    const issued = run.services.github.issueToken({
        repository: run.caller.repository,
        permissions
    });
    run.masks.add(issued.token);
    return issued;
}

;// CONCATENATED MODULE: ./src/local/runner/job.ts
/**
 * One job (one matrix combination) on a fresh workspace: its environment
 * and contexts, the credentials its permissions grant (a GitHub token with
 * exactly its scopes; the OIDC request variables only with id-token: write),
 * its steps, and its outputs.
 */









async function runJob(plan, run) {
    const started = performance.now();
    const dirs = await createJobDirs(plan, run);
    const { oidc } = run.services;
    const token = callToken(run, plan.permissions);
    const grant = allows(plan.permissions, 'id-token', 'write')
        ? oidc.grant(oidcClaims(plan, run))
        : undefined;
    if (grant)
        run.masks.add(grant.requestToken);
    try {
        const scope = jobScope(plan, run, {
            ...dirs,
            token: token.token,
            ...(grant
                ? {
                    oidc: {
                        requestUrl: oidc.requestUrl,
                        requestToken: grant.requestToken
                    }
                }
                : {})
        });
        const results = {};
        const stepsOk = await runSteps(plan.job.steps, scope, results);
        const ok = await runPosts({ ...scope, contexts: { ...scope.contexts, steps: results } }, stepsOk);
        const outputs = Object.fromEntries(Object.entries(mapAt(plan.job, 'outputs')).map(([name, value]) => [
            name,
            toText(evaluateNode(value, { ...scope.contexts, steps: results }))
        ]));
        const ms = Math.round(performance.now() - started);
        return {
            id: plan.id,
            name: plan.name,
            result: ok ? 'success' : 'failure',
            outputs,
            ms
        };
    }
    finally {
        token.revoke();
        grant?.revoke();
    }
}
/** A fresh job folder: workspace, temp and the step summary file. */
async function createJobDirs(plan, run) {
    const root = external_node_path_default().join(run.runDir, 'jobs', `${plan.id}-${Math.random().toString(36).slice(2, 8)}`);
    const workspace = external_node_path_default().join(root, 'workspace');
    const temp = external_node_path_default().join(root, 'temp');
    await (0,promises_.mkdir)(workspace, { recursive: true });
    await (0,promises_.mkdir)(temp, { recursive: true });
    const summaryFile = external_node_path_default().join(root, 'summary.md');
    await (0,promises_.writeFile)(summaryFile, '');
    return { root, workspace, temp, summaryFile };
}
/** What the job's steps see: the runner's variables, the credentials granted, the contexts and the job's env:. */
function jobScope(plan, run, dirs) {
    const { root, workspace, temp, summaryFile } = dirs;
    const githubContext = {
        ...plan.contexts.github,
        job: plan.id,
        token: dirs.token,
        workspace
    };
    const secrets = {
        ...plan.contexts.secrets,
        GITHUB_TOKEN: dirs.token
    };
    const base = { ...plan.contexts, github: githubContext, secrets };
    const env = {
        ...runnerEnv(run, plan, workspace, temp),
        ...(dirs.oidc
            ? {
                ACTIONS_ID_TOKEN_REQUEST_URL: dirs.oidc.requestUrl,
                ACTIONS_ID_TOKEN_REQUEST_TOKEN: dirs.oidc.requestToken
            }
            : {}),
        ...plan.workflowEnv
    };
    const runnerContext = {
        os: 'Linux',
        arch: 'X64',
        name: `local-${plan.id}`,
        temp,
        tool_cache: external_node_path_default().join(root, 'tool-cache'),
        environment: 'github-hosted'
    };
    const contexts0 = {
        ...base,
        runner: runnerContext,
        env: { ...plan.workflowEnv }
    };
    const jobEnv = evaluateTextMap(plan.job.env, contexts0);
    Object.assign(env, jobEnv);
    return {
        run,
        jobName: plan.name,
        workspace,
        temp,
        env,
        contexts: { ...contexts0, env: { ...plan.workflowEnv, ...jobEnv } },
        path: [external_node_path_default().dirname(process.execPath)],
        summaryFile,
        runAction: runAction,
        posts: []
    };
}
function oidcClaims(plan, run) {
    const { caller } = run;
    const [owner] = caller.repository.split('/');
    return {
        repository: caller.repository,
        repository_owner: owner,
        sha: caller.sha,
        ref: caller.ref,
        ref_type: caller.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
        workflow_ref: caller.workflowRef,
        workflow_sha: caller.sha,
        job_workflow_ref: plan.jobWorkflowRef,
        job_workflow_sha: plan.jobWorkflowSha,
        event_name: caller.eventName,
        actor: caller.actor,
        run_id: run.runId
    };
}
function runnerEnv(run, plan, workspace, temp) {
    const { caller } = run;
    const refName = caller.ref.replace(/^refs\/(heads|tags)\//, '');
    return {
        PATH: [external_node_path_default().dirname(process.execPath), process.env.PATH ?? ''].join((external_node_path_default()).delimiter),
        HOME: process.env.HOME ?? external_node_os_default().homedir(),
        LANG: 'C.UTF-8',
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_REPOSITORY: caller.repository,
        GITHUB_REPOSITORY_OWNER: caller.repository.split('/')[0],
        GITHUB_SHA: caller.sha,
        GITHUB_REF: caller.ref,
        GITHUB_REF_NAME: refName,
        GITHUB_REF_TYPE: caller.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
        GITHUB_EVENT_NAME: caller.eventName,
        GITHUB_WORKFLOW_REF: caller.workflowRef,
        GITHUB_JOB: plan.id,
        GITHUB_ACTOR: caller.actor,
        GITHUB_RUN_ID: run.runId,
        GITHUB_RUN_NUMBER: '1',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_API_URL: run.services.github.url,
        RUNNER_TEMP: temp,
        RUNNER_TOOL_CACHE: external_node_path_default().join(temp, '..', 'tool-cache'),
        RUNNER_OS: 'Linux',
        RUNNER_ARCH: 'X64',
        RUNNER_ENVIRONMENT: 'github-hosted',
        NO_PROXY: '127.0.0.1,localhost',
        no_proxy: '127.0.0.1,localhost',
        ...run.services.instanceEnv
    };
}

;// CONCATENATED MODULE: ./src/local/runner/matrix.ts
/** strategy.matrix expanded as GitHub does: the product, minus exclude, plus include. */

function expandMatrix(strategy, job) {
    const matrix = strategy && typeof strategy === 'object'
        ? strategy.matrix
        : undefined;
    if (matrix === undefined || matrix === null)
        return [{}];
    if (typeof matrix !== 'object' || Array.isArray(matrix)) {
        throw new lib_errors/* InputError */.dz('RUNNER_MATRIX', `jobs.${job}.strategy.matrix must be a mapping of lists`);
    }
    const { include, exclude, ...axes } = matrix;
    let combinations = [{}];
    for (const [name, values] of Object.entries(axes)) {
        if (!Array.isArray(values) || values.length === 0) {
            throw new lib_errors/* InputError */.dz('RUNNER_MATRIX', `jobs.${job}.strategy.matrix.${name} must be a non-empty list`);
        }
        combinations = combinations.flatMap((c) => values.map((v) => ({ ...c, [name]: v })));
    }
    const excluded = Array.isArray(exclude) ? exclude : [];
    combinations = combinations.filter((c) => !excluded.some((e) => Object.entries(e).every(([k, v]) => c[k] === v)));
    for (const extra of Array.isArray(include)
        ? include
        : []) {
        const matching = combinations.filter((c) => Object.keys(axes).every((k) => !(k in extra) || c[k] === extra[k]));
        if (matching.length > 0 && Object.keys(axes).some((k) => k in extra)) {
            for (const c of matching)
                Object.assign(c, extra);
        }
        else
            combinations.push({ ...extra });
    }
    return combinations.length > 0 ? combinations : [{}];
}
function matrixLabel(combination) {
    const values = Object.values(combination).map((v) => typeof v === 'string' ? v : JSON.stringify(v));
    return values.length > 0 ? ` (${values.join(', ')})` : '';
}

;// CONCATENATED MODULE: ./src/local/runner/order.ts
/** Jobs in an order that runs every job after the jobs it needs. */



function orderJobs(jobs, workflow) {
    const ids = Object.keys(jobs);
    const order = [];
    const state = new Map();
    const visit = (id, from) => {
        if (state.get(id) === 'done')
            return;
        if (state.get(id) === 'visiting') {
            throw new lib_errors/* InputError */.dz('RUNNER_NEEDS', `${workflow}: jobs ${[...from, id].join(' -> ')} need each other in a cycle`);
        }
        const job = jobs[id];
        if (!isMap(job)) {
            throw new lib_errors/* InputError */.dz('RUNNER_NEEDS', `${workflow}: jobs.${from.at(-1)} needs "${id}", which is not a job`);
        }
        state.set(id, 'visiting');
        const needs = typeof job.needs === 'string'
            ? [job.needs]
            : Array.isArray(job.needs)
                ? job.needs
                : [];
        for (const need of needs)
            visit(toText(need), [...from, id]);
        state.set(id, 'done');
        order.push(id);
    };
    for (const id of ids)
        visit(id, []);
    return order;
}

;// CONCATENATED MODULE: ./src/local/runner/call.ts
/**
 * workflow_call: where a called workflow's file is (the caller's own
 * repository, or this installation for Provenant's), and its typed inputs
 * (boolean, number, string), defaults applied, unknown and missing required
 * ones refused.
 */




function resolveCalledWorkflow(uses, run) {
    const { caller, provenant } = run;
    if (uses.startsWith('./')) {
        const relativePath = external_node_path_default().posix.normalize(uses.slice(2));
        return {
            file: external_node_path_default().join(caller.dir, relativePath),
            repository: caller.repository,
            relativePath,
            ref: caller.ref,
            sha: caller.sha
        };
    }
    const match = /^([^/]+\/[^/]+)\/(.+)@(.+)$/.exec(uses);
    if (!match ||
        match[1].toLowerCase() !== provenant.repository.toLowerCase()) {
        throw new lib_errors/* InputError */.dz('RUNNER_CALL', `uses: ${uses}: the local runner calls only ./.github/workflows/... and ${provenant.repository}'s workflows`);
    }
    const [, , relativePath, ref] = match;
    return {
        file: external_node_path_default().join(provenant.root, relativePath),
        repository: provenant.repository,
        relativePath: relativePath,
        ref: ref,
        sha: /^[0-9a-f]{40}$/.test(ref) ? ref : provenant.sha
    };
}
function workflowInputs(call, given, contexts, workflow) {
    const definitions = mapAt(call, 'inputs');
    const problems = [];
    for (const name of Object.keys(given)) {
        if (!(name in definitions))
            problems.push(`"${name}" is not an input of ${workflow}`);
    }
    const inputs = {};
    for (const [name, definition] of Object.entries(definitions)) {
        const d = isMap(definition) ? definition : {};
        const type = toText(d.type) || 'string';
        let value = name in given ? given[name] : evaluateNode(d.default, contexts);
        if (value === undefined || value === null) {
            if (d.required === true)
                problems.push(`the required input "${name}" is missing`);
            value = type === 'boolean' ? false : type === 'number' ? 0 : '';
        }
        if (type === 'boolean' && typeof value === 'string')
            value = value === 'true';
        if (type === 'number' && typeof value === 'string')
            value = Number(value);
        if (typeof value !== type) {
            problems.push(`input "${name}" must be a ${type}, got ${toText(value)}`);
        }
        inputs[name] = value;
    }
    if (problems.length > 0) {
        throw new lib_errors/* InputError */.dz('RUNNER_INPUTS', `${workflow}: ${problems.join('; ')}`);
    }
    return inputs;
}

;// CONCATENATED MODULE: ./src/local/runner/workflow.ts
/**
 * A workflow run: jobs in `needs` order, each `if:` against its needs'
 * results, matrix jobs expanded (with `strategy.fail-fast`, true by default:
 * a failed combination cancels the ones not yet run; `continue-on-error`
 * keeps a failed job from failing the run), called workflows (`uses:` at job
 * level) run as nested runs within the permissions their caller grants, and
 * the workflow_call outputs evaluated from the jobs. Container jobs are
 * refused up front, naming the job: there is no container engine here.
 */










/**
 * `secrets`: what a calling job passed (`inherited` for `secrets: inherit`);
 * the top workflow sees the caller repository's secrets.
 */
async function runWorkflow(source, given, granted, run, passed) {
    const tree = await loadWorkflowFile(source.file);
    const github = githubContext(run);
    const call = mapAt(mapAt(tree, 'on'), 'workflow_call');
    const inputs = workflowInputs(call, given, { github }, source.relativePath);
    const secrets = passed
        ? workflowSecrets(call, passed.secrets, passed.inherited, source.relativePath, run)
        : topSecrets(run);
    const workflowPermissions = parsePermissions(evaluateNode(tree.permissions, {}), source.relativePath);
    const jobs = mapAt(tree, 'jobs');
    const base = { github, inputs, vars: {}, secrets };
    const workflowEnv = evaluateTextMap(tree.env, base);
    const done = new Map();
    const records = [];
    const order = orderJobs(jobs, source.relativePath);
    assertNoContainers(jobs, order, source.relativePath);
    for (const id of order) {
        const job = mapAt(jobs, id);
        const needs = needsOf(job);
        const needsContext = Object.fromEntries(needs.map((n) => [n, done.get(n)]));
        const contexts = { ...base, needs: needsContext };
        const success = needs.every((n) => done.get(n).result === 'success');
        if (!evaluateCondition(job.if, contexts, { success, cancelled: false })) {
            run.log(`○ ${id}: skipped`);
            done.set(id, { result: 'skipped', outputs: {} });
            records.push({ id, name: id, result: 'skipped', outputs: {}, ms: 0 });
            continue;
        }
        const permissions = jobPermissions(job, id, {
            workflow: workflowPermissions,
            granted,
            file: source.relativePath
        });
        if (job.uses !== undefined) {
            const called = await runCalled(id, job, contexts, permissions, run);
            done.set(id, { result: called.result, outputs: called.outputs });
            records.push(...called.jobs);
            continue;
        }
        const outcome = await runMatrix(id, job, contexts, permissions, workflowEnv, source, run);
        done.set(id, outcome);
        records.push(...outcome.records);
    }
    const outputs = workflowOutputs(call, {
        ...base,
        jobs: Object.fromEntries(done)
    });
    const failed = [...done.values()].some((d) => d.result === 'failure');
    return { result: failed ? 'failure' : 'success', jobs: records, outputs };
}
/** A job's permissions: its own, else the workflow's, else what the caller granted; never more than granted. */
function jobPermissions(job, id, around) {
    const asked = parsePermissions(evaluateNode(job.permissions, {}), `jobs.${id}`);
    const permissions = asked ??
        around.workflow ??
        around.granted ?? { contents: 'read' };
    if (around.granted)
        assertWithin(permissions, around.granted, `${around.file}: jobs.${id}`);
    return permissions;
}
/** The workflow_call outputs, evaluated once every job is done. */
function workflowOutputs(call, contexts) {
    return Object.fromEntries(Object.entries(mapAt(call, 'outputs')).map(([name, definition]) => [
        name,
        isMap(definition) ? toText(evaluateNode(definition.value, contexts)) : ''
    ]));
}
function assertNoContainers(jobs, order, file) {
    for (const id of order) {
        const job = mapAt(jobs, id);
        const key = ['container', 'services'].find((k) => job[k] !== undefined);
        if (key) {
            throw new lib_errors/* InputError */.dz('RUNNER_CONTAINER', `${file}: jobs.${id} uses \`${key}:\`, which the local runner cannot run (it has no container engine): run that job on GitHub, or give it steps that run on the runner itself`);
        }
    }
}
function needsOf(job) {
    const needs = job.needs;
    if (typeof needs === 'string')
        return [needs];
    return Array.isArray(needs) ? needs.map((n) => toText(n)) : [];
}
async function runMatrix(id, job, contexts, permissions, workflowEnv, source, run) {
    const strategy = evaluateNode(job.strategy, contexts);
    const combinations = expandMatrix(strategy, id);
    const failFast = readFailFast(strategy, id);
    const records = [];
    const outputs = {};
    let cancelling = false;
    for (const [index, matrix] of combinations.entries()) {
        const name = `${id}${matrixLabel(matrix)}`;
        if (cancelling) {
            run.log(`⊘ ${name}: cancelled (strategy.fail-fast)`);
            records.push({ id, name, result: 'cancelled', outputs: {}, ms: 0 });
            continue;
        }
        run.log(`▶ ${name}`);
        const plan = {
            id,
            name,
            job,
            permissions,
            contexts: {
                ...contexts,
                matrix,
                strategy: {
                    'job-index': index,
                    'job-total': combinations.length,
                    'fail-fast': failFast
                },
                job: {
                    status: 'success',
                    workflow_repository: source.repository,
                    workflow_sha: source.sha,
                    workflow_ref: `${source.repository}/${source.relativePath}@${source.ref}`,
                    workflow_file_path: source.relativePath
                }
            },
            workflowEnv,
            jobWorkflowRef: `${source.repository}/${source.relativePath}@${source.ref}`,
            jobWorkflowSha: source.sha
        };
        const record = await runJob(plan, run);
        const continueOnError = isTrue(evaluateNode(job['continue-on-error'], { ...contexts, matrix }));
        if (record.result === 'failure' && continueOnError) {
            record.continuedOnError = true;
        }
        else if (record.result === 'failure' && failFast)
            cancelling = true;
        run.log(`${record.result === 'success' ? '✔' : '✖'} ${name}: ${record.result}${record.continuedOnError ? ' (continue-on-error)' : ''} (${(record.ms / 1000).toFixed(2)} s)`);
        records.push(record);
        for (const [k, v] of Object.entries(record.outputs))
            if (v !== '')
                outputs[k] = v;
    }
    const failed = records.some((r) => (r.result === 'failure' && !r.continuedOnError) ||
        r.result === 'cancelled');
    return { result: failed ? 'failure' : 'success', outputs, records };
}
/** strategy.fail-fast: true unless the workflow says false. */
function readFailFast(strategy, id) {
    const value = strategy && typeof strategy === 'object'
        ? strategy['fail-fast']
        : undefined;
    if (value === undefined || value === null)
        return true;
    if (value === true || value === 'true')
        return true;
    if (value === false || value === 'false')
        return false;
    throw new lib_errors/* InputError */.dz('RUNNER_STRATEGY', `jobs.${id}.strategy.fail-fast must be true or false, not ${toText(value)}`);
}
function isTrue(value) {
    return value === true || value === 'true';
}
async function runCalled(id, job, contexts, permissions, run) {
    const uses = toText(evaluateNode(job.uses, contexts));
    const source = resolveCalledWorkflow(uses, run);
    const given = evaluateNode(job.with, contexts);
    run.log(`▶ ${id}: calls ${external_node_path_default().basename(source.file)}`);
    // secrets.GITHUB_TOKEN of the calling job: its permissions, for the call.
    const token = callToken(run, permissions);
    const result = await runWorkflow(source, isMap(given) || (given && typeof given === 'object')
        ? given
        : {}, permissions, run, {
        secrets: passedSecrets(job, contexts, token.token),
        inherited: job.secrets === 'inherit'
    }).finally(() => token.revoke());
    if (!result.jobs.length) {
        throw new lib_errors/* InputError */.dz('RUNNER_CALL', `jobs.${id}: ${uses} has no jobs`);
    }
    return result;
}
/** The caller repository's secrets, masked. */
function topSecrets(run) {
    const secrets = run.caller.secrets ?? {};
    for (const value of Object.values(secrets))
        if (value)
            run.masks.add(value);
    return { ...secrets };
}
function githubContext(run) {
    const { caller } = run;
    return {
        repository: caller.repository,
        repository_owner: caller.repository.split('/')[0],
        sha: caller.sha,
        ref: caller.ref,
        ref_name: caller.ref.replace(/^refs\/(heads|tags)\//, ''),
        ref_type: caller.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
        event_name: caller.eventName,
        event: caller.event,
        workflow_ref: caller.workflowRef,
        actor: caller.actor,
        run_id: run.runId,
        run_number: '1',
        run_attempt: '1',
        server_url: 'https://github.com',
        api_url: run.services.github.url
    };
}

;// CONCATENATED MODULE: ./src/local/runner/index.ts
/**
 * The local runner: this repository's workflows (publish.yml,
 * reproducibility.yml, callers of the composite action.yml) read with
 * GitHub's parser and run on this machine against the embedded local stack.
 * A test harness and the laptop path; on GitHub, GitHub runs them.
 */


// EXTERNAL MODULE: ./src/local/stack.ts + 25 modules
var local_stack = __webpack_require__(33604);
// EXTERNAL MODULE: ./src/io/rebuild/exec.ts
var exec = __webpack_require__(55039);
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
            throw new lib_errors/* InputError */.dz('RELEASE_GIT_FAILED', `git ${args[0]} failed in ${into}: ${result.stderr.trim() || result.stdout.trim()}`);
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

;// CONCATENATED MODULE: ./src/io/release/local-publish.ts
/**
 * `provenant release --local`: the project committed at one commit and
 * tagged, then the reusable workflow publish.yml itself run by the local
 * runner against the embedded local stack (Sigstore, OIDC, GitHub API), as
 * a caller granting contents, id-token and attestations: write. The
 * published release is downloaded into the output folder, as a consumer
 * gets it.
 */








const PUBLISH_WORKFLOW = '.github/workflows/publish.yml';
async function runLocalPublish(options) {
    await assertProject(options.projectDir);
    const work = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'provenant-run-'));
    const stack = options.stack ?? (await (0,local_stack/* startLocalStack */._z)());
    try {
        const epoch = (await lastCommitTime(options.projectDir)) ??
            Math.floor(Date.now() / 1000);
        const source = await snapshotProject(options.projectDir, options.repositoryDir ?? external_node_path_default().join(work, 'repository'), epoch);
        await tag(source.dir, options.tag);
        const trust = await stack.writeTrust(options.trustDir);
        const ref = `refs/tags/${options.tag}`;
        const run = createLocalRun(stack, trust.trustedRoot, {
            caller: {
                repository: options.repository,
                dir: source.dir,
                sha: source.commit,
                ref,
                workflowRef: `${options.repository}/.github/workflows/release.yml@${ref}`,
                eventName: 'push',
                event: { ref },
                actor: options.repository.split('/')[0]
            },
            provenant: options.provenant,
            runDir: external_node_path_default().join(work, 'run'),
            log: options.log,
            failJobs: options.failJobs ?? []
        });
        const result = await runWorkflow({
            file: external_node_path_default().join(options.provenant.root, PUBLISH_WORKFLOW),
            repository: options.provenant.repository,
            relativePath: PUBLISH_WORKFLOW,
            ref: options.provenant.ref,
            sha: options.provenant.sha
        }, 
        // The scan downloads OSV exports from the stack's mirror: no network.
        { 'scan-osv-url': stack.osv.url, ...options.inputs }, { contents: 'write', 'id-token': 'write', attestations: 'write' }, run);
        const assets = result.result === 'success' && options.outDir
            ? await downloadRelease(stack, options.repository, options.tag, options.outDir)
            : [];
        return { ...result, assets, commit: source.commit };
    }
    finally {
        if (!options.stack)
            await stack.close();
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
/** A run of the local runner on the stack: its services, its Sigstore instance. */
function createLocalRun(stack, trustedRoot, options) {
    return {
        runDir: options.runDir,
        caller: options.caller,
        provenant: options.provenant,
        services: {
            oidc: stack.oidc,
            github: stack.github,
            instanceEnv: {
                INPUT_FULCIO_URL: stack.fulcioUrl,
                INPUT_REKOR_URL: stack.rekorUrl,
                INPUT_TSA_URL: stack.tsaUrl,
                INPUT_TRUSTED_ROOT: trustedRoot,
                INPUT_OIDC_ISSUER: stack.oidc.url
            }
        },
        runId: String(Date.now()),
        log: options.log,
        masks: new Set(),
        failJobs: new Set(options.failJobs)
    };
}
async function tag(dir, name) {
    const result = await (0,exec/* execFileCapture */.c)('git', ['tag', name], {
        cwd: dir,
        timeoutMs: 60_000
    });
    if (result.exitCode !== 0) {
        throw new lib_errors/* InputError */.dz('RELEASE_TAG', `--tag ${name} is not a valid git tag: ${result.stderr.trim()}`);
    }
}
/** The published release's assets, as a consumer downloads them. */
async function downloadRelease(stack, repository, tagName, outDir) {
    const [owner, repo] = repository.split('/');
    const release = stack.github.state.releases.find((r) => r.owner === owner && r.repo === repo && r.tagName === tagName && !r.draft);
    if (!release) {
        throw new lib_errors/* ServiceError */._7('github', `the run succeeded but ${repository} has no published release ${tagName}`);
    }
    await (0,promises_.mkdir)(outDir, { recursive: true });
    for (const asset of release.assets) {
        await (0,promises_.writeFile)(external_node_path_default().join(outDir, asset.name), asset.bytes);
    }
    return release.assets.map((a) => a.name).sort();
}
async function assertProject(dir) {
    const info = await (0,promises_.stat)(dir).catch(() => undefined);
    if (!info?.isDirectory()) {
        throw new lib_errors/* InputError */.dz('RELEASE_PROJECT_NOT_FOUND', `the project directory "${dir}" does not exist: give the folder that holds the project to release`);
    }
}

// EXTERNAL MODULE: ./src/io/fs/prepare-output-dir.ts
var prepare_output_dir = __webpack_require__(13353);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/lib/version.ts
var version = __webpack_require__(87471);
;// CONCATENATED MODULE: ./src/io/release/provenant-root.ts
/**
 * This installation as the repository of Provenant's workflows and actions:
 * the folder holding action.yml, actions/, dist/ and .github/workflows/, at
 * its git commit when it is a checkout, else at its version's tag.
 */







/** The repository callers name in `uses:` (the reusable workflow's home). */
const PROVENANT_REPOSITORY = 'provenant-dev/provenant';
async function findProvenant(from = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url))) {
    let dir = from;
    while (!(0,external_node_fs_.existsSync)(external_node_path_default().join(dir, '.github', 'workflows', 'publish.yml'))) {
        const parent = external_node_path_default().dirname(dir);
        if (parent === dir) {
            throw new lib_errors/* InputError */.dz('RELEASE_NO_WORKFLOW', `no .github/workflows/publish.yml above ${from}: run Provenant from its checkout or its npm package`);
        }
        dir = parent;
    }
    const head = await (0,exec/* execFileCapture */.c)('git', ['rev-parse', 'HEAD'], {
        cwd: dir,
        timeoutMs: 30_000
    }).catch(() => undefined);
    const sha = head?.exitCode === 0 ? head.stdout.trim() : '';
    return {
        repository: PROVENANT_REPOSITORY,
        root: dir,
        sha: /^[0-9a-f]{40}$/.test(sha) ? sha : '0'.repeat(40),
        ref: /^[0-9a-f]{40}$/.test(sha) ? sha : `refs/tags/v${version/* PROVENANT_VERSION */.j}`
    };
}
/**
 * The output folder made ready: created when missing, an earlier release
 * folder (one holding VERIFY.md) emptied, anything else refused.
 */
async function prepareOutDir(outDir) {
    // Refused before any work when it is a file or a folder Provenant did not write.
    await (0,prepare_output_dir/* prepareOutputDir */.g)(outDir, `--out (${outDir})`).create();
}

// EXTERNAL MODULE: ./src/lib/release/local-inputs.ts
var local_inputs = __webpack_require__(86906);
// EXTERNAL MODULE: ./src/cli/input-flags.ts
var input_flags = __webpack_require__(40440);
;// CONCATENATED MODULE: ./src/cli/commands/release.ts
/**
 * `provenant release --local <project-dir> --build "<cmd>" --artifacts "<glob>" --out <dir>`:
 * the reusable workflow .github/workflows/publish.yml itself, run on this
 * machine by the local runner against the embedded local stack, with
 * timings per job; the published release is downloaded into --out.
 */






const USAGE = 'provenant release --local <project-dir> --build "<cmd>" --artifacts "<glob>" --out <dir> [--repo owner/name] [--tag vX.Y.Z] [--legacy-sig] [--no-rebuild] [--sbom-targets "<dirs>"] [--json]';
/** The folder, under --out, that keeps the local stack's trusted root (not a release asset). */
const LOCAL_TRUST_DIR = '.local-stack';
const releaseCommand = {
    name: 'release',
    summary: 'run the reusable publish workflow locally and download the release it publishes',
    usage: USAGE,
    flags: local_inputs/* LOCAL_RELEASE_INPUTS */.Au,
    async run(argv, output) {
        const { values, positionals } = (0,input_flags/* parseFlags */.bQ)(argv, local_inputs/* LOCAL_RELEASE_INPUTS */.Au);
        const request = (0,local_inputs/* parseLocalReleaseInputs */.nL)(values, positionals, USAGE);
        const projectDir = external_node_path_default().resolve(request.projectDir);
        const result = await releaseLocally({
            projectDir,
            outDir: external_node_path_default().resolve(request.outDir),
            repository: request.repository ?? `provenant-local/${external_node_path_default().basename(projectDir)}`,
            tag: request.tag,
            inputs: request.inputs
        }, output);
        printResult(output, result, request.json);
        return 0;
    }
};
async function releaseLocally(request, output) {
    await prepareOutDir(request.outDir);
    const result = await runLocalPublish({
        projectDir: request.projectDir,
        repository: request.repository,
        tag: request.tag,
        inputs: request.inputs,
        outDir: request.outDir,
        trustDir: external_node_path_default().join(request.outDir, LOCAL_TRUST_DIR),
        provenant: await findProvenant(),
        log: (line) => output.err(line)
    });
    if (result.result !== 'success') {
        const failed = result.jobs.filter((j) => j.result === 'failure');
        throw new lib_errors/* ServiceError */._7('publish.yml', `the publish workflow failed in ${failed.map((j) => j.name).join(', ')}: see the log above; no release was published`);
    }
    return { ...result, outDir: request.outDir };
}
function printResult(output, result, json) {
    if (json) {
        output.out(JSON.stringify(result, null, 2));
        return;
    }
    const total = result.jobs.reduce((sum, j) => sum + j.ms, 0);
    output.out(`Release folder: ${result.outDir}`);
    for (const job of result.jobs) {
        output.out(`  ${job.result.padEnd(8)} ${job.name} (${(job.ms / 1000).toFixed(2)} s)`);
    }
    output.out(`  ${result.assets.length} assets, published and verified by the workflow's verify job; ${(total / 1000).toFixed(2)} s in all`);
    output.out(`Verify it yourself: see ${external_node_path_default().join(result.outDir, 'VERIFY.md')}`);
}


/***/ }),

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

/***/ 8899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/** The `sha256:<hex>` digest of some bytes, as OCI registries and GitHub write it. */

function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
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


/***/ }),

/***/ 86906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ LOCAL_RELEASE_INPUTS),
/* harmony export */   JI: () => (/* binding */ LOCAL_STACK_INPUTS),
/* harmony export */   dx: () => (/* binding */ DEFAULT_DEMO_OUT),
/* harmony export */   nL: () => (/* binding */ parseLocalReleaseInputs),
/* harmony export */   wE: () => (/* binding */ DEMO_INPUTS)
/* harmony export */ });
/* unused harmony export DEFAULT_LOCAL_TAG */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97268);
/* harmony import */ var _inputs_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65680);
/**
 * The flags of the commands that run on the embedded local stack: `provenant
 * release --local` (publish.yml on this machine), `provenant demo` and
 * `provenant local`. One table each for the flags and their help, and the
 * parser of `release --local` into the typed request.
 */


const DEFAULT_LOCAL_TAG = 'v0.0.0-local';
const DEFAULT_DEMO_OUT = 'demo-release';
const LOCAL_RELEASE_INPUTS = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .defineInputs */ .pf)({
    local: {
        kind: 'boolean',
        required: true,
        description: 'Run the reusable workflow publish.yml on this machine with the embedded local stack (on GitHub, call publish.yml instead).'
    },
    build: {
        kind: 'string',
        required: true,
        description: 'Shell command that builds the artifacts in the project folder (the workflow input build-command).',
        example: 'npm pack --pack-destination dist'
    },
    artifacts: {
        kind: 'string',
        required: true,
        description: 'Globs of the built artifacts, relative to the project folder, newline or space separated.',
        example: 'dist/*'
    },
    out: {
        kind: 'string',
        required: true,
        description: 'Folder to download the published release into (assets, signatures, SBOMs, provenance, VERIFY.md); it must be new, empty or one Provenant wrote.',
        example: 'release'
    },
    repo: {
        kind: 'string',
        description: 'The owner/name the local release is published under (default: provenant-local/<project folder name>).',
        example: 'acme/widget'
    },
    'legacy-sig': {
        kind: 'boolean',
        description: 'Also write cosign-style .sig and .crt files beside each bundle.'
    },
    rebuild: {
        kind: 'boolean',
        default: 'true',
        description: 'Rebuild the commit in a clean checkout and hold the release to it (--no-rebuild skips it).'
    },
    'sbom-targets': {
        kind: 'string',
        description: 'Source folders to describe, inside the project, newline or space separated (default: the project folder).',
        example: 'src tools'
    },
    tag: {
        kind: 'string',
        default: DEFAULT_LOCAL_TAG,
        description: 'The tag the local GitHub release is published under.',
        example: 'v1.2.3'
    },
    json: _inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .JSON_INPUT */ .sz
});
const DEMO_INPUTS = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .defineInputs */ .pf)({
    out: {
        kind: 'string',
        default: DEFAULT_DEMO_OUT,
        description: 'Folder to download the release into; replaced only when Provenant wrote it before.',
        example: 'my-demo'
    },
    json: _inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .JSON_INPUT */ .sz
});
const LOCAL_STACK_INPUTS = (0,_inputs_index_js__WEBPACK_IMPORTED_MODULE_1__/* .defineInputs */ .pf)({
    'trust-dir': {
        kind: 'string',
        description: 'Folder to write the local trusted_root.json and signing_config.json into (created when missing); a new temp folder when not given.',
        example: 'local-trust'
    }
});
/** The flags and the one <project-dir> into a request; every problem at once, with the usage. */
function parseLocalReleaseInputs(values, positionals, usage) {
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
    if (values.repo !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(values.repo)) {
        problems.push(`--repo "${values.repo}" is not owner/name`);
    }
    if (problems.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('INPUT_USAGE', `${problems.join('; ')}\nusage: ${usage}`);
    }
    return {
        projectDir: positionals[0],
        outDir: values.out,
        ...(values.repo !== undefined ? { repository: values.repo } : {}),
        tag: values.tag ?? DEFAULT_LOCAL_TAG,
        inputs: {
            'build-command': values.build,
            artifacts: values.artifacts,
            'legacy-sig': values['legacy-sig'] === true,
            rebuild: values.rebuild !== false,
            ...(values['sbom-targets']
                ? { 'sbom-targets': values['sbom-targets'] }
                : {})
        },
        json: values.json === true
    };
}


/***/ })

};
