/**
 * The project's own ESLint rules (eslint.config.js loads them as the
 * `provenant` plugin):
 * - `pure-lib`: src/lib imports no I/O module (node:fs, os, net, http, ...,
 *   with or without `node:`, subpaths too), no @actions/*, and nothing from
 *   the layers above it (src/io, src/local, src/actions, src/cli), in any
 *   import form: static, `export ... from`, dynamic `import()`, `require`.
 * - `kebab-case-filename`: file names are kebab-case (a leading `_` marks a
 *   private helper; dotted suffixes such as `.test` and `.interop` allowed).
 */
import path from 'node:path'

/** Node modules that reach the file system, the network, processes or the host. */
export const IO_MODULES = [
  'fs',
  'os',
  'net',
  'tls',
  'dns',
  'dgram',
  'http',
  'https',
  'http2',
  'child_process',
  'cluster',
  'process',
  'worker_threads',
  'readline',
  'inspector'
]

/** Source folders a src/lib file may not reach: I/O and hosts live there. */
const UPPER_LAYERS = ['src/io', 'src/local', 'src/actions', 'src/cli']

function ioModuleOf(specifier) {
  const bare = specifier.startsWith('node:') ? specifier.slice(5) : specifier
  const root = bare.split('/')[0]
  return IO_MODULES.includes(root) ? root : undefined
}

/** The upper layer a relative specifier lands in, seen from `file`. */
function upperLayerOf(specifier, file, cwd) {
  if (!specifier.startsWith('.')) return undefined
  const target = path.relative(cwd, path.resolve(path.dirname(file), specifier))
  const posix = target.split(path.sep).join('/')
  return UPPER_LAYERS.find((l) => posix === l || posix.startsWith(`${l}/`))
}

const pureLib = {
  meta: {
    type: 'problem',
    docs: { description: 'src/lib is pure: no I/O modules, no upper layers' },
    schema: [],
    messages: {
      ioModule:
        'src/lib is pure: "{{specifier}}" is I/O ({{module}}); take it as a port (src/lib/ports.ts) and implement it in src/io.',
      actions:
        'src/lib is pure: "{{specifier}}" is the Actions toolkit; read inputs in src/actions, pass values in.',
      upperLayer:
        'src/lib is pure: "{{specifier}}" reaches {{layer}}; dependencies point one way (actions/cli -> io -> lib).'
    }
  },
  create(context) {
    const check = (node, source) => {
      if (!source || source.type !== 'Literal') return
      if (typeof source.value !== 'string') return
      const specifier = source.value
      const module = ioModuleOf(specifier)
      if (module) {
        context.report({
          node,
          messageId: 'ioModule',
          data: { specifier, module }
        })
        return
      }
      if (specifier.startsWith('@actions/')) {
        context.report({ node, messageId: 'actions', data: { specifier } })
        return
      }
      const layer = upperLayerOf(specifier, context.filename, context.cwd)
      if (layer) {
        context.report({
          node,
          messageId: 'upperLayer',
          data: { specifier, layer }
        })
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportEqualsDeclaration: (node) =>
        check(node, node.moduleReference?.expression),
      CallExpression: (node) => {
        if (
          node.callee.type === 'Identifier' &&
          node.callee.name === 'require'
        ) {
          check(node, node.arguments[0])
        }
      }
    }
  }
}

const KEBAB = /^_?[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$/

const kebabCaseFilename = {
  meta: {
    type: 'suggestion',
    docs: { description: 'file names are kebab-case' },
    schema: [],
    messages: {
      notKebab:
        'File name "{{name}}" is not kebab-case; rename it to "{{kebab}}".'
    }
  },
  create(context) {
    return {
      Program(node) {
        const name = path.basename(context.filename)
        const stem = name.replace(/\.[cm]?[jt]s$/, '')
        if (KEBAB.test(stem)) return
        const kebab = stem
          .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
          .replace(/[_\s]+/g, '-')
          .toLowerCase()
        context.report({
          node,
          messageId: 'notKebab',
          data: { name, kebab: name.replace(stem, kebab) }
        })
      }
    }
  }
}

export default {
  meta: { name: 'provenant' },
  rules: { 'pure-lib': pureLib, 'kebab-case-filename': kebabCaseFilename }
}
