import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { contentJsonSchema, contentJsonSchemaText } from '../../common/content/jsonSchema'
import { main } from '../cli'
import { captureIO } from '../testIO'

const checkedIn = resolve(import.meta.dirname, '../../resources/content.schema.json')
const dir = mkdtempSync(join(tmpdir(), 'kiosk-schema-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('content JSON Schema', () => {
  it('is checked in exactly as generated from the zod schema', () => {
    // On failure: npx kiosk-content schema --out resources/content.schema.json
    expect(readFileSync(checkedIn, 'utf8')).toBe(contentJsonSchemaText())
  })

  it('describes the content format, refusing unknown fields', () => {
    const schema = contentJsonSchema()
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      additionalProperties: false,
      required: expect.arrayContaining(['dataset', 'services', 'locations', 'phones']),
    })
  })

  it('writes the file with --out and verifies it with --check', async () => {
    const io = captureIO(dir)
    expect(await main(['schema', '--out', 'out.schema.json'], io)).toBe(0)
    expect(readFileSync(join(dir, 'out.schema.json'), 'utf8')).toBe(contentJsonSchemaText())
    expect(await main(['schema', '--check', 'out.schema.json'], io)).toBe(0)
  })

  it('fails --check for a stale copy', async () => {
    writeFileSync(join(dir, 'stale.schema.json'), '{}\n')
    const io = captureIO(dir)
    expect(await main(['schema', '--check', 'stale.schema.json'], io)).toBe(1)
    expect(io.stderr).toEqual([
      'stale.schema.json is out of date: run kiosk-content schema --out stale.schema.json',
    ])
  })
})
