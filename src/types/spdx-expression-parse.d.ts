/** spdx-expression-parse ships no types; this is the part Provenant uses. */
declare module 'spdx-expression-parse' {
  interface LicenseInfo {
    license: string
    plus?: true
    exception?: string
  }
  interface ConjunctionInfo {
    conjunction: 'and' | 'or'
    left: LicenseInfo | ConjunctionInfo
    right: LicenseInfo | ConjunctionInfo
  }
  /** Throws on anything that is not a valid SPDX license expression. */
  function parse(source: string): LicenseInfo | ConjunctionInfo
  export default parse
}
