/**
 * Jest runs TypeScript as native ESM (swc strips types; node --experimental-vm-modules).
 *
 * Two tiers. This one (`npm test`) needs only Node and npm: no ../shared,
 * no Debian tools. Tests that need the corpus beside the checkout or a tool
 * nobody here wrote (minisign, diffoscope, python3, openssl, ...) are named
 * `*.interop.test.ts` and run with `npm run test:interop`
 * (jest.interop.config.js).
 */
export const INTEROP_TEST = '\\.interop\\.test\\.ts$'

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

export const base = {
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
  moduleNameMapper: {
    // @actions/workflow-parser imports its schemas without the JSON import
    // attribute, which Jest's next major refuses: these add it.
    '^\\.\\./(workflow|action)-v1\\.0\\.min\\.json$':
      '<rootDir>/__tests__/helpers/workflow-parser/$1-schema.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1'
  },
  testTimeout: 60000,
  maxWorkers: 2
}

export default {
  ...base,
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', INTEROP_TEST],
  // Line coverage of the pure core, reported on every run of this tier.
  collectCoverage: true,
  coverageProvider: 'v8',
  collectCoverageFrom: ['src/lib/**/*.ts'],
  coverageReporters: ['text-summary', 'json-summary'],
  ...(WHOLE_SUITE ? { coverageThreshold: { './src/lib/': { lines: 90 } } } : {})
}
