/**
 * A file as chunks of at most `chunkBytes`: a small file in one read of its
 * exact size (no 1 MiB buffer per release note), a large one a chunk at a
 * time so memory stays flat whatever its size.
 */
import { open } from 'node:fs/promises'

export const READ_CHUNK_BYTES = 1024 * 1024

export async function* readChunks(
  path: string,
  chunkBytes = READ_CHUNK_BYTES
): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r')
  try {
    const { size } = await handle.stat()
    if (size <= chunkBytes) {
      yield await handle.readFile()
      return
    }
    for (;;) {
      const buffer = Buffer.allocUnsafe(chunkBytes)
      const { bytesRead } = await handle.read(buffer, 0, chunkBytes, null)
      if (bytesRead === 0) return
      yield buffer.subarray(0, bytesRead)
    }
  } finally {
    await handle.close()
  }
}
