/** Entry of actions/sbom: builds the deps and runs inside runWrapper. */
import { readSbomDocumentOptions } from '../../io/sbom/context.js'
import { keepYoungGenerationSmall } from '../../io/sbom/heap.js'
import { runWrapper } from '../common/run-wrapper.js'
import { readInputs } from './inputs.js'
import { run } from './main.js'

keepYoungGenerationSmall()
await runWrapper(async () => {
  const inputs = readInputs()
  await run(inputs, {
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    document: readSbomDocumentOptions({
      env: process.env,
      now: () => new Date(),
      nodeVersion: process.version
    })
  })
})
