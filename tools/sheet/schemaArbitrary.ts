import fc from 'fast-check'
import type { z } from 'zod'

/**
 * fast-check values for any zod schema of the content (test helper), built by walking the
 * schema like the workbook layout does, so a new schema field is covered by the round-trip
 * property without touching the test. Strings come from a few realistic shapes (ids, dates,
 * yearly days, file names, web addresses, Chinese/English/Korean text, phone numbers) filtered by the schema's
 * own checks. Optional lists and groups are absent or non-empty: the workbook treats an empty
 * optional list as absent (documented in docs/content-office.md).
 */
type Schema = z.core.$ZodType
type Def = { type: string } & Record<string, unknown>
const defOf = (s: Schema): Def => (s as unknown as { _zod: { def: Def } })._zod.def
const parses = (s: Schema, v: unknown) => (s as unknown as z.ZodType).safeParse(v).success

const words = fc.constantFrom('救助', '住处', 'help', 'shelter', '도움', '쉼터', '长春 站', 'a-1')
const text = fc.array(words, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' '))
const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/)
const day = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))
const monthDay = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([m, d]) => `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
const instant = day.map((d) => `${d}T10:00:00+08:00`)
const file = fc.constantFrom(
  'audio/a.mp3',
  'b.ogg',
  'maps/site.png',
  'basemap.pmtiles',
  'walkgraph.json',
)
const phone = fc.stringMatching(/^0431[0-9]{8}$/)
const url = fc.constantFrom('https://m.163.com/dy/article/a.html', 'http://www.example.org/b')
const candidates = fc.oneof(id, text, day, monthDay, instant, file, phone, url)

function stringArb(s: Schema): fc.Arbitrary<string> {
  const d = defOf(s)
  if (d.format === 'date') return day
  if (d.format === 'datetime') return instant
  return candidates.filter((v) => parses(s, v))
}

function numberArb(s: Schema): fc.Arbitrary<number> {
  return fc
    .oneof(
      fc.integer({ min: -90, max: 2000 }),
      fc.double({ min: -89, max: 89, noNaN: true, noDefaultInfinity: true }),
    )
    .filter((v) => parses(s, v))
}

function optionalOf(s: Schema): { inner: Schema; optional: boolean } {
  const d = defOf(s)
  return d.type === 'optional'
    ? { inner: d.innerType as Schema, optional: true }
    : { inner: s, optional: false }
}

/** An arbitrary value for the schema; `optional` wrappers make keys that may be absent. */
export function schemaArbitrary(s: Schema, nonEmpty = false): fc.Arbitrary<unknown> {
  const d = defOf(s)
  switch (d.type) {
    case 'string':
      return stringArb(s)
    case 'number':
      return numberArb(s)
    case 'boolean':
      return fc.boolean()
    case 'enum':
      return fc.constantFrom(...Object.values(d.entries as Record<string, string>))
    case 'literal':
      return fc.constantFrom(...(d.values as unknown[]))
    case 'optional':
    case 'default':
      return schemaArbitrary(d.innerType as Schema, true)
    case 'readonly':
      return schemaArbitrary(d.innerType as Schema, nonEmpty)
    case 'tuple':
      return fc.tuple(...(d.items as Schema[]).map((item) => schemaArbitrary(item)))
    case 'array': {
      const element = schemaArbitrary(d.element as Schema)
      return fc
        .array(element, { minLength: nonEmpty ? 1 : 0, maxLength: 3 })
        .filter((v) => parses(s, v))
    }
    case 'record':
      return fc.dictionary(id, schemaArbitrary(d.valueType as Schema, true), {
        minKeys: nonEmpty ? 1 : 0,
        maxKeys: 2,
      })
    case 'union':
      return fc.oneof(...(d.options as Schema[]).map((o) => schemaArbitrary(o)))
    case 'object': {
      const shape = d.shape as Record<string, Schema>
      const required: Record<string, fc.Arbitrary<unknown>> = {}
      const optional: string[] = []
      for (const [key, field] of Object.entries(shape)) {
        const { optional: isOptional } = optionalOf(field)
        required[key] = schemaArbitrary(field)
        if (isOptional) optional.push(key)
      }
      return fc
        .record(required, { requiredKeys: Object.keys(shape).filter((k) => !optional.includes(k)) })
        .filter((v) => !nonEmpty || Object.keys(v).length > 0)
    }
    default:
      throw new Error(`no arbitrary for a ${d.type}`)
  }
}
