/** VEX documents from --vex files, and the `analysis` inside scanned CycloneDX SBOMs. */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from '../../lib/errors.js'
import { collectInputError, throwCollected } from '../../lib/inputs/index.js'
import {
  isCycloneDxVex,
  readVexDocument,
  type VexStatement
} from '../../lib/scan/vex.js'
import type { DescribedSbom } from './describe.js'

export async function readVexStatements(
  workspace: string,
  files: readonly string[],
  described: readonly DescribedSbom[]
): Promise<VexStatement[]> {
  const statements: VexStatement[] = []
  const problems: InputError[] = []
  for (const file of files) {
    try {
      const text = await readFile(path.resolve(workspace, file), 'utf8').catch(
        (error: unknown) => {
          throw new InputError(
            'SCAN_VEX_NOT_FOUND',
            `--vex ${file} cannot be read (${(error as Error).message}): check the path`,
            { cause: error }
          )
        }
      )
      let value: unknown
      try {
        value = JSON.parse(text)
      } catch (error) {
        throw new InputError(
          'SCAN_VEX_NOT_JSON',
          `--vex ${file} is not JSON (${(error as Error).message}): give an OpenVEX or CycloneDX VEX JSON document`,
          { cause: error }
        )
      }
      statements.push(...readVexDocument(value, file))
    } catch (error) {
      collectInputError(problems, error)
    }
  }
  throwCollected(problems)
  for (const d of described) {
    if (d.document !== undefined && isCycloneDxVex(d.document))
      statements.push(...readVexDocument(d.document, d.sbom.subject))
  }
  return statements
}
