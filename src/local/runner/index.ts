/**
 * The local runner: this repository's workflows (publish.yml,
 * reproducibility.yml, callers of the composite action.yml) read with
 * GitHub's parser and run on this machine against the embedded local stack.
 * A test harness and the laptop path; on GitHub, GitHub runs them.
 */
export { runWorkflow } from './workflow.js'
export type { WorkflowResult, WorkflowSource } from './workflow.js'
export type {
  CallerRepository,
  JobRecord,
  RunContext,
  RunServices,
  WorkflowRepository
} from './run-context.js'
export type { Permissions } from './permissions.js'
