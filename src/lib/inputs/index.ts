export * from './parse.js'
export * from './spec.js'
export * from './shared.js'
export * from './problems.js'
