/**
 * The library's JSON normalizer, imported by file: its `Serialize` entry
 * also loads the XML serializer and xmlbuilder2 (1 MB of bundle, ~100 ms of
 * start-up), which Provenant never uses.
 */
declare module '*/cyclonedx-library/dist.node/serialize/json/normalize.js' {
  import type { Serialize } from '@cyclonedx/cyclonedx-library'
  export const Factory: typeof Serialize.JSON.Normalize.Factory
}
