import { NPM_FILES, tgzOf } from './archives.js'
import { artifactTarget } from './artifact-support.js'

export default artifactTarget('x-1.0.0.tgz', [tgzOf(NPM_FILES)], (n) =>
  n.endsWith('.tgz')
)
