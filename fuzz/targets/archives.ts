/** Seeds shared by the archive targets: small valid archives built here. */
import { gzipSync, strToU8, zipSync } from 'fflate'

const BLOCK = 512

function tarHeader(name: string, size: number, type = '0'): Uint8Array {
  const h = new Uint8Array(BLOCK)
  const put = (text: string, at: number): void => h.set(strToU8(text), at)
  put(name, 0)
  put('0000644\0', 100)
  put('0000000\0', 108)
  put('0000000\0', 116)
  put(`${size.toString(8).padStart(11, '0')}\0`, 124)
  put('00000000000\0', 136)
  put('        ', 148)
  put(type, 156)
  put('ustar\0', 257)
  put('00', 263)
  const sum = h.reduce((a, b) => a + b, 0)
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148)
  return h
}

export function tarOf(files: Record<string, string>): Buffer {
  const parts: Uint8Array[] = []
  for (const [name, text] of Object.entries(files)) {
    const data = strToU8(text)
    const padded = new Uint8Array(Math.ceil(data.length / BLOCK) * BLOCK)
    padded.set(data)
    parts.push(tarHeader(name, data.length), padded)
  }
  parts.push(new Uint8Array(BLOCK * 2))
  return Buffer.concat(parts)
}

export const NPM_FILES = {
  'package/package.json': JSON.stringify({
    name: 'x',
    version: '1.0.0',
    dependencies: { a: '^1' },
    bundleDependencies: ['a']
  }),
  'package/node_modules/a/package.json': '{"name":"a","version":"1.2.0"}',
  'package/index.js': 'module.exports = 1\n'
}

export const SDIST_FILES = {
  'x-1.0/PKG-INFO':
    'Metadata-Version: 2.1\nName: x\nVersion: 1.0\nRequires-Dist: a>=1\nLicense: MIT\n',
  'x-1.0/setup.py': 'print(1)\n'
}

const WHEEL_FILES: Record<string, string> = {
  'x/__init__.py': '',
  'x-1.0.dist-info/METADATA':
    'Metadata-Version: 2.1\nName: x\nVersion: 1.0\nRequires-Dist: a (>=1)\nRequires-Dist: b; extra == "t"\n',
  'x-1.0.dist-info/WHEEL': 'Wheel-Version: 1.0\n'
}

export function wheelSeed(): Buffer {
  const record = Object.keys(WHEEL_FILES)
    .map((p) => `${p},,`)
    .concat('x-1.0.dist-info/RECORD,,')
    .join('\n')
  const files = { ...WHEEL_FILES, 'x-1.0.dist-info/RECORD': record }
  return Buffer.from(
    zipSync(
      Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))
    )
  )
}

export const tgzOf = (files: Record<string, string>): Buffer =>
  Buffer.from(gzipSync(tarOf(files)))
