/** Jobs in an order that runs every job after the jobs it needs. */
import { InputError } from '../../lib/errors.js'
import type { NodeMap } from './template.js'
import { isMap } from './template.js'
import { toText } from './expressions.js'

export function orderJobs(jobs: NodeMap, workflow: string): string[] {
  const ids = Object.keys(jobs)
  const order: string[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (id: string, from: string[]): void => {
    if (state.get(id) === 'done') return
    if (state.get(id) === 'visiting') {
      throw new InputError(
        'RUNNER_NEEDS',
        `${workflow}: jobs ${[...from, id].join(' -> ')} need each other in a cycle`
      )
    }
    const job = jobs[id]
    if (!isMap(job)) {
      throw new InputError(
        'RUNNER_NEEDS',
        `${workflow}: jobs.${from.at(-1)} needs "${id}", which is not a job`
      )
    }
    state.set(id, 'visiting')
    const needs =
      typeof job.needs === 'string'
        ? [job.needs]
        : Array.isArray(job.needs)
          ? job.needs
          : []
    for (const need of needs) visit(toText(need), [...from, id])
    state.set(id, 'done')
    order.push(id)
  }
  for (const id of ids) visit(id, [])
  return order
}
