/**
 * An executable file -> the modules it says it was built from: Go build
 * information, or Rust's `cargo auditable` data. Files of other formats, and
 * executables without either, are left to the caller (a file component).
 */
import { open } from 'node:fs/promises'
import type { ArtifactGraph } from './artifact.js'
import { describeBinary } from '../../lib/sbom/binary/describe.js'
import { streamArtifact } from './artifact-stream.js'

const MAGICS = [
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xfe, 0xed, 0xfa], // Mach-O, big-endian
  [0xce, 0xfa, 0xed, 0xfe], // Mach-O 32, little-endian
  [0xcf, 0xfa, 0xed, 0xfe], // Mach-O 64, little-endian
  [0xca, 0xfe, 0xba, 0xbe], // universal Mach-O
  [0x4d, 0x5a] // PE (MZ)
]

/** Whether the file starts like an executable (read before reading it all). */
export async function looksExecutable(file: string): Promise<boolean> {
  const handle = await open(file, 'r')
  try {
    const head = Buffer.alloc(4)
    const { bytesRead } = await handle.read(head, 0, 4, 0)
    return MAGICS.some(
      (m) => bytesRead >= m.length && m.every((b, i) => head[i] === b)
    )
  } finally {
    await handle.close()
  }
}

/** The binary's graph, or undefined when it carries no module data. */
export async function readBinary(
  file: string,
  display: string,
  fileName: string
): Promise<ArtifactGraph | undefined> {
  const { hashes, bytes } = await streamArtifact(file, {
    display,
    collect: true
  })
  return describeBinary(bytes!, { fileName, hashes }, display)
}
