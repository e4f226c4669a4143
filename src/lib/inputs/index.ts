export * from './parse.js'
export * from './spec.js'
