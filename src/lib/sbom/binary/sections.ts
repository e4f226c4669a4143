/**
 * Executable formats -> their named sections, as views of the file's bytes:
 * ELF (32/64-bit, either byte order), Mach-O (32/64-bit, the first slice of
 * a universal binary) and PE/COFF. Pure: bytes in, sections out; a file of
 * none of these formats has no sections.
 */

export type ExecutableFormat = 'elf' | 'macho' | 'pe'

export interface Executable {
  format: ExecutableFormat
  /** Section name -> its bytes in the file (Mach-O names as `__SEGMENT,__section` and the bare section name). */
  sections: Map<string, Uint8Array>
}

const decoder = new TextDecoder('latin1')

/** The executable's format and sections; undefined for any other file. */
export function readExecutable(bytes: Uint8Array): Executable | undefined {
  if (bytes.length < 64) return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const magic = view.getUint32(0, false)
  try {
    if (magic === 0x7f454c46)
      return { format: 'elf', sections: elf(bytes, view) }
    if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(magic))
      return { format: 'macho', sections: machO(bytes, view, 0) }
    if (magic === 0xcafebabe) return universal(bytes, view)
    if (view.getUint16(0, false) === 0x4d5a)
      return { format: 'pe', sections: pe(bytes, view) }
  } catch (error) {
    // A header pointing outside the file: a damaged or foreign file.
    if (error instanceof RangeError) return undefined
    throw error
  }
  return undefined
}

function slice(bytes: Uint8Array, offset: number, size: number): Uint8Array {
  if (offset < 0 || size < 0 || offset + size > bytes.length)
    throw new RangeError('section outside the file')
  return bytes.subarray(offset, offset + size)
}

function cString(bytes: Uint8Array, offset: number, max: number): string {
  let end = offset
  while (end < bytes.length && end - offset < max && bytes[end] !== 0) end++
  return decoder.decode(bytes.subarray(offset, end))
}

function elf(bytes: Uint8Array, view: DataView): Map<string, Uint8Array> {
  const is64 = bytes[4] === 2
  const le = bytes[5] === 1
  const word = (at: number): number =>
    is64 ? Number(view.getBigUint64(at, le)) : view.getUint32(at, le)
  const shoff = word(is64 ? 0x28 : 0x20)
  const shentsize = view.getUint16(is64 ? 0x3a : 0x2e, le)
  const shnum = view.getUint16(is64 ? 0x3c : 0x30, le)
  const shstrndx = view.getUint16(is64 ? 0x3e : 0x32, le)
  const headers = Array.from({ length: shnum }, (_, i) => {
    const at = shoff + i * shentsize
    return {
      name: view.getUint32(at, le),
      type: view.getUint32(at + 4, le),
      offset: word(at + (is64 ? 24 : 16)),
      size: word(at + (is64 ? 32 : 20))
    }
  })
  const sections = new Map<string, Uint8Array>()
  const names = headers[shstrndx]
  if (!names) return sections
  const SHT_NOBITS = 8
  for (const h of headers) {
    if (h.type === SHT_NOBITS || h.type === 0) continue
    const name = cString(bytes, names.offset + h.name, 256)
    sections.set(name, slice(bytes, h.offset, h.size))
  }
  return sections
}

function machO(
  bytes: Uint8Array,
  view: DataView,
  base: number
): Map<string, Uint8Array> {
  const magic = view.getUint32(base, false)
  const le = magic === 0xcefaedfe || magic === 0xcffaedfe
  const is64 = magic === 0xfeedfacf || magic === 0xcffaedfe
  const ncmds = view.getUint32(base + 16, le)
  let at = base + (is64 ? 32 : 28)
  const sections = new Map<string, Uint8Array>()
  const LC_SEGMENT = 0x1
  const LC_SEGMENT_64 = 0x19
  for (let i = 0; i < ncmds; i++) {
    const cmd = view.getUint32(at, le)
    const size = view.getUint32(at + 4, le)
    if (cmd === LC_SEGMENT || cmd === LC_SEGMENT_64) {
      const wide = cmd === LC_SEGMENT_64
      const nsects = view.getUint32(at + (wide ? 64 : 48), le)
      for (let s = 0; s < nsects; s++) {
        const sect = at + (wide ? 72 + s * 80 : 56 + s * 68)
        const name = cString(bytes, sect, 16)
        const segment = cString(bytes, sect + 16, 16)
        const length = wide
          ? Number(view.getBigUint64(sect + 40, le))
          : view.getUint32(sect + 36, le)
        const offset = view.getUint32(sect + (wide ? 48 : 40), le)
        if (offset === 0) continue // zero-fill: no bytes in the file
        const data = slice(bytes, base + offset, length)
        sections.set(`${segment},${name}`, data)
        if (!sections.has(name)) sections.set(name, data)
      }
    }
    if (size < 8) break
    at += size
  }
  return sections
}

/** A universal (fat) Mach-O: the first architecture's slice. */
function universal(bytes: Uint8Array, view: DataView): Executable | undefined {
  const count = view.getUint32(4, false)
  // Java class files share the magic; they have a large "count" (their version).
  if (count === 0 || count > 20) return undefined
  const offset = view.getUint32(8 + 8, false)
  return { format: 'macho', sections: machO(bytes, view, offset) }
}

function pe(bytes: Uint8Array, view: DataView): Map<string, Uint8Array> {
  const header = view.getUint32(0x3c, true)
  if (view.getUint32(header, false) !== 0x50450000)
    throw new RangeError('no PE signature')
  const count = view.getUint16(header + 6, true)
  const optionalSize = view.getUint16(header + 20, true)
  const sections = new Map<string, Uint8Array>()
  for (let i = 0; i < count; i++) {
    const at = header + 24 + optionalSize + i * 40
    const name = cString(bytes, at, 8)
    const virtualSize = view.getUint32(at + 8, true)
    const rawSize = view.getUint32(at + 16, true)
    const rawOffset = view.getUint32(at + 20, true)
    if (rawOffset === 0) continue
    const size = virtualSize > 0 ? Math.min(virtualSize, rawSize) : rawSize
    sections.set(name, slice(bytes, rawOffset, size))
  }
  return sections
}
