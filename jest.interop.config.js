/**
 * The second tier (`npm run test:interop`): the tests that check our output
 * with tools nobody here wrote and against the real-world corpus. Before any
 * test runs, __tests__/helpers/interop-setup.mjs checks that every tool and
 * the corpus are there and fails the run, naming what is missing, if not.
 */
import { base } from './jest.config.js'

export default {
  ...base,
  testMatch: ['<rootDir>/__tests__/**/*.interop.test.ts'],
  globalSetup: '<rootDir>/__tests__/helpers/interop-setup.mjs'
}
