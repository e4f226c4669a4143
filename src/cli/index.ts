#!/usr/bin/env node
import { runCli } from './main.js'
import { processOutput } from './output.js'

process.exitCode = await runCli(process.argv.slice(2), processOutput)
