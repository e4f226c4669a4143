/** The shape of an ajv standalone validator (see scripts/build-sbom-validators.mjs). */
export interface SchemaError {
  instancePath: string
  schemaPath: string
  keyword: string
  message?: string
}
export interface SchemaValidator {
  (data: unknown): boolean
  errors?: SchemaError[] | null
}
