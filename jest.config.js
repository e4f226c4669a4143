/** Jest runs TypeScript as native ESM (swc strips types; node --experimental-vm-modules). */

/**
 * True when jest runs every test file: no file, name or changed-file filter.
 * The coverage floor of src/lib holds for the whole suite, not for a few files.
 */
const WHOLE_SUITE = !process.argv
  .slice(2)
  .some(
    (arg) =>
      !arg.startsWith('-') ||
      /^(-t|-o|--testNamePattern|--testPathPatterns?|--findRelatedTests|--onlyChanged|--changedSince|--lastCommit|--shard|--selectProjects)\b/.test(
        arg
      )
  )

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript' },
          target: 'es2023',
          // `import x from './x.json' with { type: 'json' }` reaches node as written.
          experimental: { keepImportAttributes: true }
        },
        module: { type: 'es6' }
      }
    ]
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // Two tiers: `npm test` needs only Node and npm; `npm run test:interop`
  // runs the *.interop.test.ts files, which check outputs with Debian tools.
  testMatch:
    process.env.PROVENANT_TEST_TIER === 'interop'
      ? ['<rootDir>/__tests__/**/*.interop.test.ts']
      : ['<rootDir>/__tests__/**/*.test.ts'],
  testPathIgnorePatterns:
    process.env.PROVENANT_TEST_TIER === 'interop'
      ? ['/node_modules/']
      : ['/node_modules/', '\\.interop\\.test\\.ts$'],
  testTimeout: 60000,
  maxWorkers: 2,
  // Line coverage of the pure core, reported on every run.
  collectCoverage: true,
  coverageProvider: 'v8',
  collectCoverageFrom: ['src/lib/**/*.ts'],
  coverageReporters: ['text-summary', 'json-summary'],
  ...(WHOLE_SUITE ? { coverageThreshold: { './src/lib/': { lines: 90 } } } : {})
}
