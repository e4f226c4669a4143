/**
 * @actions/workflow-parser's workflow schema, imported with the JSON import
 * attribute the package leaves out (Jest maps the package's own import here:
 * jest.config.js). Jest's next major refuses JSON imports without it.
 */
import schema from '../../../node_modules/@actions/workflow-parser/dist/workflow-v1.0.min.json' with { type: 'json' }

export default schema
