import { wheelSeed } from './archives.js'
import { artifactTarget } from './artifact-support.js'

export default artifactTarget('x-1.0-py3-none-any.whl', [wheelSeed()], (n) =>
  n.endsWith('.whl')
)
