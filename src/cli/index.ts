#!/usr/bin/env node
import module from 'node:module'
import { EXIT_INPUT } from '../lib/errors.js'
import { unsupportedNode } from '../lib/runtime.js'
import { runCli } from './main.js'
import { processOutput } from './output.js'

const unsupported = unsupportedNode(process.versions.node)
if (unsupported) {
  process.stderr.write(`${unsupported}\n`)
  process.exit(EXIT_INPUT)
}

// V8's code cache for the command's chunks, kept in the OS temporary folder
// (NODE_COMPILE_CACHE names another, NODE_DISABLE_COMPILE_CACHE=1 turns it
// off): a repeated run skips compiling what it loads, as tsc does.
module.enableCompileCache()

process.exitCode = await runCli(process.argv.slice(2), processOutput)
