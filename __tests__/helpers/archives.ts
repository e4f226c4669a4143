/** Small archives built in tests: tar (ustar, pax, GNU long names), gzip, zip, wheels. */
import { createHash } from 'node:crypto'
import { gzipSync, strToU8, zipSync } from 'fflate'

export interface TarFile {
  path: string
  data: string | Uint8Array
  /** ustar typeflag; default '0'. */
  type?: string
  /** Write the path's folder into the ustar prefix field. */
  prefix?: string
  /** Octal permission bits; default 644. */
  mode?: string
}

const BLOCK = 512

function header(
  name: string,
  size: number,
  type: string,
  prefix = '',
  mode = '644'
): Uint8Array {
  const h = new Uint8Array(BLOCK)
  const put = (text: string, offset: number, length: number): void => {
    h.set(strToU8(text).subarray(0, length), offset)
  }
  put(name, 0, 100)
  put(`${mode.padStart(7, '0')}\0`, 100, 8)
  put('0000000\0', 108, 8)
  put('0000000\0', 116, 8)
  put(`${size.toString(8).padStart(11, '0')}\0`, 124, 12)
  put('00000000000\0', 136, 12)
  put('        ', 148, 8)
  put(type, 156, 1)
  put('ustar\0', 257, 6)
  put('00', 263, 2)
  put(prefix, 345, 155)
  const sum = h.reduce((a, b) => a + b, 0)
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8)
  return h
}

function padded(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(data.length / BLOCK) * BLOCK)
  out.set(data)
  return out
}

export function tar(files: readonly TarFile[]): Uint8Array {
  const parts: Uint8Array[] = []
  for (const f of files) {
    const data = typeof f.data === 'string' ? strToU8(f.data) : f.data
    parts.push(
      header(f.path, data.length, f.type ?? '0', f.prefix, f.mode),
      padded(data)
    )
  }
  parts.push(new Uint8Array(BLOCK * 2))
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let offset = 0
  for (const p of parts) {
    out.set(p, offset)
    offset += p.length
  }
  return out
}

/** A pax extended header record set ("<len> key=value\n"). */
export function paxRecords(records: Record<string, string>): string {
  return Object.entries(records)
    .map(([key, value]) => {
      const body = ` ${key}=${value}\n`
      let length = body.length + 1
      while (`${length}${body}`.length !== length) length++
      return `${length}${body}`
    })
    .join('')
}

export const tgz = (files: readonly TarFile[]): Uint8Array =>
  gzipSync(tar(files))

export function zip(files: Record<string, string>): Uint8Array {
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))
  )
}

/** A wheel with METADATA and a RECORD that matches (or not) its files. */
export function wheel(options: {
  distInfo: string
  metadata: string
  files?: Record<string, string>
  tamper?: string
}): Uint8Array {
  const files: Record<string, string> = {
    ...(options.files ?? {}),
    [`${options.distInfo}/METADATA`]: options.metadata,
    [`${options.distInfo}/WHEEL`]:
      'Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n'
  }
  const record = Object.entries(files).map(([p, text]) => {
    const digest = createHash('sha256').update(text).digest('base64url')
    return `${p},sha256=${digest},${Buffer.byteLength(text)}`
  })
  record.push(`${options.distInfo}/RECORD,,`)
  if (options.tamper) files[options.tamper] = `${files[options.tamper]}tampered`
  return zip({
    ...files,
    [`${options.distInfo}/RECORD`]: `${record.join('\n')}\n`
  })
}
