/**
 * Raw sign inputs -> typed SignInputs, every problem collected and reported
 * at once, each naming the input as the user writes it.
 */
import { InputError } from '../errors.js'
import type { InputSource } from '../inputs/index.js'
import {
  collectProblems,
  parseBoolean,
  parseList,
  readRaw
} from '../inputs/index.js'
import type { SignInputName, SignInputs } from './inputs.js'
import { SIGN_INPUTS } from './inputs.js'
import { parseSigningInputs } from './signing-inputs.js'
import { parseOciFormat } from '../oci/format.js'
import { parseImageList, parseInsecureRegistryList } from '../oci/inputs.js'

export function parseSignInputs(source: InputSource): SignInputs {
  const collector = collectProblems()
  const { attempt } = collector
  const raw = (name: SignInputName): string | undefined =>
    attempt(() => readRaw(SIGN_INPUTS, source, name), undefined)
  const flag = (name: SignInputName): boolean =>
    attempt(() => parseBoolean(name, raw(name)), false)

  const files = parseList(raw('files'))
  if (files.length === 0 && source('files')?.trim()) {
    collector.problems.push(
      new InputError(
        'SIGN_NO_FILES',
        'input "files" names no file: give paths or globs, one a line or separated by spaces'
      )
    )
  }
  const images = attempt(() => parseImageList(raw('images')), [])
  if (files.length === 0 && images.length === 0 && !source('files')?.trim()) {
    collector.problems.push(
      new InputError(
        'SIGN_NO_SUBJECTS',
        'nothing to sign: give files (paths or globs) or images (oci://<registry>/<repository>@sha256:<digest>)'
      )
    )
  }
  const key = raw('key')
  const inputs: SignInputs = {
    files,
    images,
    ociFormat: attempt(() => parseOciFormat(raw('oci-format')), 'both'),
    insecureRegistries: attempt(
      () => parseInsecureRegistryList(parseList(raw('insecure-registry'))),
      []
    ),
    outputDir: raw('output-dir'),
    legacySig: flag('legacy-sig'),
    allowEmpty: flag('allow-empty'),
    key,
    ...parseSigningInputs(SIGN_INPUTS, source, collector, key)
  }
  collector.throwIfAny()
  return inputs
}
