/**
 * `${{ }}` expressions evaluated with GitHub's own evaluator
 * (@actions/expressions), with the status functions of the moment
 * (success(), failure(), always(), cancelled()), hashFiles() over the job's
 * workspace (github.workspace), and the contexts given.
 */
import { Evaluator, Lexer, Parser, data } from '@actions/expressions'
import type { FunctionDefinition } from '@actions/expressions/funcs/info'
import { InputError } from '../../lib/errors.js'
import { hashFiles } from './hash-files.js'
import type { Node } from './template.js'
import { Expr, isMap } from './template.js'

export type Contexts = Record<string, unknown>

/** What the status functions answer: the job's (or the needed jobs') state. */
export interface Status {
  /** Every earlier step, or every needed job, succeeded. */
  success: boolean
  cancelled: boolean
}

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
]
const STATUS_FUNCTIONS = ['success', 'failure', 'always', 'cancelled']

export function evaluateExpression(
  expr: string,
  contexts: Contexts,
  status: Status = { success: true, cancelled: false }
): unknown {
  const answers: Record<string, boolean> = {
    success: status.success && !status.cancelled,
    failure: !status.success && !status.cancelled,
    always: true,
    cancelled: status.cancelled
  }
  const functions = new Map<string, FunctionDefinition>(
    STATUS_FUNCTIONS.map((name) => [
      name,
      {
        name,
        minArgs: 0,
        maxArgs: 0,
        call: () => new data.BooleanData(answers[name]!)
      }
    ])
  )
  // The evaluator looks functions up by their lower-case name.
  functions.set('hashfiles', hashFilesFunction(contexts))
  try {
    const tokens = new Lexer(expr).lex().tokens
    const tree = new Parser(
      tokens,
      CONTEXT_NAMES,
      [...functions.values()].map(({ name, minArgs, maxArgs }) => ({
        name,
        minArgs,
        maxArgs
      }))
    ).parse()
    const context = JSON.parse(
      JSON.stringify(contexts),
      data.reviver
    ) as data.Dictionary
    const result = new Evaluator(tree, context, functions).evaluate()
    return JSON.parse(JSON.stringify(result, data.replacer)) as unknown
  } catch (error) {
    throw new InputError(
      'RUNNER_EXPRESSION',
      `\${{ ${expr} }} cannot be evaluated: ${(error as Error).message}`,
      { cause: error }
    )
  }
}

function hashFilesFunction(contexts: Contexts): FunctionDefinition {
  return {
    name: 'hashFiles',
    minArgs: 1,
    maxArgs: 255,
    call: (...args: data.ExpressionData[]) => {
      const github = contexts.github as { workspace?: unknown } | undefined
      if (typeof github?.workspace !== 'string') {
        throw new Error('hashFiles() is only available inside a job')
      }
      const patterns = args.map((a) => a.coerceString())
      return new data.StringData(hashFiles(github.workspace, patterns))
    }
  }
}

/** A node with every expression in it evaluated. */
export function evaluateNode(
  node: Node | undefined,
  contexts: Contexts,
  status?: Status
): unknown {
  if (node instanceof Expr)
    return evaluateExpression(node.expr, contexts, status)
  if (Array.isArray(node))
    return node.map((n) => evaluateNode(n, contexts, status))
  if (isMap(node)) {
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => [
        k,
        evaluateNode(v, contexts, status)
      ])
    )
  }
  return node
}

/** A value as GitHub puts it in an input or a variable. */
export function toText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value)
  }
  return JSON.stringify(value, null, 2)
}

/** A mapping (env:, with:) evaluated into text values. */
export function evaluateTextMap(
  node: Node | undefined,
  contexts: Contexts
): Record<string, string> {
  const value = evaluateNode(node, contexts)
  if (value === null || value === undefined) return {}
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(
      'RUNNER_EXPRESSION',
      `expected a mapping, got ${toText(value)}`
    )
  }
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, toText(v)])
  )
}

/**
 * An `if:` as GitHub reads it: `${{ }}` optional, and `success() && (...)`
 * unless it calls a status function itself.
 */
export function evaluateCondition(
  node: Node | undefined,
  contexts: Contexts,
  status: Status
): boolean {
  let expr =
    node instanceof Expr ? node.expr : node === undefined ? '' : toText(node)
  expr = expr.trim()
  if (expr === '') expr = 'success()'
  else if (!/\b(success|failure|always|cancelled)\s*\(/i.test(expr)) {
    expr = `success() && (${expr})`
  }
  const value = evaluateExpression(expr, contexts, status)
  return !(
    value === false ||
    value === null ||
    value === 0 ||
    value === '' ||
    value === undefined
  )
}
