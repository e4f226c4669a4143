import type { SchemaValidator } from './schema-validator.cjs'
declare const validate: SchemaValidator
export = validate
