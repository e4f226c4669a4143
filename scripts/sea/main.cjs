// The script a single executable starts with. It holds the CLI bundle as
// assets; the first run writes them to a cache folder named by their
// digest (all at once, renamed into place), every run loads them from
// there: a single-executable main script can only require Node's own
// modules, and the bundle is more than one file.
const crypto = require('node:crypto')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { createRequire } = require('node:module')
const sea = require('node:sea')

const manifest = JSON.parse(sea.getAsset('manifest.json', 'utf8'))
const cacheRoot =
  process.env.PROVENANT_CACHE_DIR ||
  path.join(
    process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'),
    'provenant'
  )
const dir = path.join(cacheRoot, `cli-${manifest.digest}`)
const entry = path.join(dir, manifest.entry)

if (!fs.existsSync(entry)) {
  fs.mkdirSync(cacheRoot, { recursive: true })
  const staging = fs.mkdtempSync(path.join(cacheRoot, '.staging-'))
  for (const name of manifest.files) {
    const bytes = Buffer.from(sea.getAsset(name))
    const digest = crypto.createHash('sha256').update(bytes).digest('hex')
    if (digest !== manifest.sha256[name]) {
      throw new Error(`provenant: the embedded ${name} is damaged`)
    }
    fs.mkdirSync(path.dirname(path.join(staging, name)), { recursive: true })
    fs.writeFileSync(path.join(staging, name), bytes)
  }
  fs.writeFileSync(path.join(staging, 'package.json'), '{"type":"commonjs"}\n')
  try {
    fs.renameSync(staging, dir)
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true })
    if (!fs.existsSync(entry)) throw error
  }
}

createRequire(entry)(entry)
