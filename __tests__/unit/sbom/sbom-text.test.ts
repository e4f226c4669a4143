import { describe, expect, it } from '@jest/globals'
import {
  toSbomChunks,
  toSbomText,
  uuidFromContent,
  withContentId
} from '../../../src/lib/sbom/sbom-text.js'

describe('SBOM text', () => {
  it.each([
    ['an empty document', {}],
    ['only undefined members', { a: undefined }],
    [
      'arrays longer than a batch',
      { list: Array.from({ length: 600 }, (_, i) => ({ i, s: [i] })), n: [1] }
    ],
    [
      'arrays, nesting, empty values and escaped newlines',
      {
        a: 1,
        skipped: undefined,
        list: [
          { x: 'line\nbreak', y: [1, [2, { z: null }]], e: [] },
          'two',
          [],
          {}
        ],
        empty: [],
        nested: { deep: { list: [true, false] } },
        holes: [undefined, null],
        last: 'end'
      }
    ]
  ])('writes %s in pieces exactly as JSON.stringify would', (_, document) => {
    expect([...toSbomChunks(document)].join('')).toBe(toSbomText(document))
  })

  it('derives an RFC 9562 version 8 UUID from the text, whole or in pieces', () => {
    const uuid = uuidFromContent('abc')
    expect(uuid).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    )
    expect(uuidFromContent(['a', 'bc'])).toBe(uuid)
  })

  it('fills a placeholder from the content, the same for the same document', () => {
    const make = (): { id: string; list: number[] } => ({
      id: '',
      list: [1, 2]
    })
    const first = withContentId(make(), 'id', (u) => `urn:uuid:${u}`)
    const again = withContentId(make(), 'id', (u) => `urn:uuid:${u}`)
    expect(first.document.id).toMatch(/^urn:uuid:/)
    expect([...first.chunks()].join('')).toBe([...again.chunks()].join(''))
    expect([...first.chunks()].join('')).toBe(toSbomText(first.document))
    expect(() => withContentId({ id: 1 }, 'id', (u) => u)).toThrow(
      expect.objectContaining({ code: 'SBOM_CONTENT_ID' })
    )
  })
})
