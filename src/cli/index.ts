#!/usr/bin/env node
import { enableCompileCache } from 'node:module'
import { runCli } from './main.js'
import { processOutput } from './output.js'

// V8's code cache for the command's chunks, kept in the OS temporary folder
// (NODE_COMPILE_CACHE names another, NODE_DISABLE_COMPILE_CACHE=1 turns it
// off): a repeated run skips compiling what it loads, as tsc does.
enableCompileCache()

process.exitCode = await runCli(process.argv.slice(2), processOutput)
