/**
 * Workflow and action files read with GitHub's own parser
 * (@actions/workflow-parser): schema-checked, every `${{ }}` already parsed
 * into an expression. The token tree becomes plain values with `Expr` where
 * an expression stands, evaluated later against the contexts of the moment.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { parseAction } from '@actions/workflow-parser/actions/index'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index'
import {
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString
} from '@actions/workflow-parser'
import { InputError } from '../../lib/errors.js'

/** An expression where a value stands (`${{ }}` or an `if:`). */
export class Expr {
  constructor(readonly expr: string) {}
}

export type Node =
  string | number | boolean | null | Expr | Node[] | { [key: string]: Node }

export type NodeMap = { [key: string]: Node }

export async function loadWorkflowFile(file: string): Promise<NodeMap> {
  const content = await readText(file)
  const result = parseWorkflow(
    { name: path.basename(file), content },
    new NoOperationTraceWriter()
  )
  return toTree(file, result.context.errors.getErrors(), result.value)
}

export async function loadActionFile(file: string): Promise<NodeMap> {
  const content = await readText(file)
  const result = parseAction(
    { name: path.basename(file), content },
    new NoOperationTraceWriter()
  )
  return toTree(file, result.context.errors.getErrors(), result.value)
}

async function readText(file: string): Promise<string> {
  return readFile(file, 'utf8').catch((error: unknown) => {
    throw new InputError(
      'RUNNER_FILE_MISSING',
      `cannot read ${file}: give the path of a workflow or action.yml`,
      { cause: error }
    )
  })
}

function toTree(
  file: string,
  errors: readonly { message: string }[],
  root: TemplateToken | undefined
): NodeMap {
  if (errors.length > 0 || !root) {
    throw new InputError(
      'RUNNER_FILE_INVALID',
      `${file} does not parse: ${errors.map((e) => e.message).join('; ')}`
    )
  }
  const tree = toNode(root)
  if (!isMap(tree)) {
    throw new InputError('RUNNER_FILE_INVALID', `${file} is not a mapping`)
  }
  return tree
}

export function toNode(token: TemplateToken): Node {
  if (isBasicExpression(token)) return new Expr(token.expression)
  if (isString(token)) return token.value
  if (isNumber(token)) return token.value
  if (isBoolean(token)) return token.value
  if (isSequence(token)) return [...token].map(toNode)
  if (isMapping(token)) {
    const map: NodeMap = {}
    for (const { key, value } of token) {
      map[isString(key) ? key.value : JSON.stringify(toNode(key))] =
        toNode(value)
    }
    return map
  }
  return null
}

export function isMap(node: Node | undefined): node is NodeMap {
  return (
    typeof node === 'object' &&
    node !== null &&
    !Array.isArray(node) &&
    !(node instanceof Expr)
  )
}

/** The mapping under `key`, or an empty one. */
export function mapAt(node: NodeMap, key: string): NodeMap {
  const value = node[key]
  return isMap(value) ? value : {}
}
