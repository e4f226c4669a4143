/** Provenant's version, as written into the documents it produces (SBOM tool, ...). */
export const PROVENANT_VERSION = '0.1.0'
