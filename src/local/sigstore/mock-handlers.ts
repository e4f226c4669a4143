/**
 * The @sigstore/mock services, imported from their own modules: the package
 * root loads nock, which would patch node:http for the whole process.
 */
export {
  fulcioHandler,
  initializeCA,
  initializeCTLog
} from '@sigstore/mock/dist/fulcio/index.js'
export type { CA } from '@sigstore/mock/dist/fulcio/index.js'
export { initializeTLog } from '@sigstore/mock/dist/rekor/index.js'
export type { TLog } from '@sigstore/mock/dist/rekor/index.js'
export {
  initializeTSA,
  tsaHandler
} from '@sigstore/mock/dist/timestamp/index.js'
export type { TSA } from '@sigstore/mock/dist/timestamp/tsa.js'
export type { Handler } from '@sigstore/mock/dist/shared.types.js'
