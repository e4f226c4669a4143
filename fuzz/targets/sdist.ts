import { SDIST_FILES, tgzOf } from './archives.js'
import { artifactTarget } from './artifact-support.js'

export default artifactTarget('x-1.0.tar.gz', [tgzOf(SDIST_FILES)], (n) =>
  n.endsWith('.tar.gz')
)
