/** Jest runs TypeScript as native ESM (swc strips types; node --experimental-vm-modules). */
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
  maxWorkers: 2
}
