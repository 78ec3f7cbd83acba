import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  benefitSchema,
  contentSchema,
  kioskSiteSchema,
  serviceSchema,
} from '../../common/content/schema'
import { buildLayout } from './layout'
import { readWorkbook } from './readWorkbook'
import { schemaArbitrary } from './schemaArbitrary'
import { contentWorkbook } from './writeWorkbook'

/** Through real xlsx bytes, as a clerk's file would travel. */
async function roundTrip(content: unknown, layout = buildLayout()) {
  const bytes = await contentWorkbook(content, layout).xlsx.writeBuffer()
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as ArrayBuffer)
  return readWorkbook(wb, layout)
}

const asJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v))

/** Ids are unique within each list in real content (the checker refuses duplicates). */
function uniqueIds(content: Record<string, unknown>): Record<string, unknown> {
  const lists = [
    content.categories,
    content.services,
    content.locations,
    content.phones,
    content.kioskSites,
    content.notices,
    content.faqs,
    content.maps,
    (content.screener as Record<string, unknown>).questions,
    (content.screener as Record<string, unknown>).rules,
  ]
  for (const list of lists) {
    ;((list as { id: string }[] | undefined) ?? []).forEach(
      (item, i) => (item.id = `${item.id}-${i}`),
    )
  }
  return content
}

const contentArb = schemaArbitrary(contentSchema).map((c) =>
  uniqueIds(c as Record<string, unknown>),
)

describe('workbook round trip', () => {
  it('gives back exactly the bundled content', async () => {
    const bundled: unknown = JSON.parse(readFileSync('resources/content/changchun.json', 'utf8'))
    const result = await roundTrip(bundled)
    expect(result.ok && asJson(result.raw)).toEqual(bundled)
  })

  it('gives back exactly any content the schema accepts (property)', async () => {
    await fc.assert(
      fc.asyncProperty(contentArb, async (content) => {
        expect(contentSchema.safeParse(content).success).toBe(true)
        const result = await roundTrip(content)
        if (!result.ok) expect(result.errors).toEqual([])
        expect(result.ok && asJson(result.raw)).toEqual(asJson(content))
      }),
      { numRuns: 25 },
    )
  }, 120_000)

  it('carries fields added to the schema later, without code changes', async () => {
    // The kind of fields another change adds: an enum on a nested list, a flag on a site.
    const benefit = benefitSchema.extend({ kind: z.enum(['payment', 'limit', 'goods']).optional() })
    // A shape with no columns of its own (a union of text and an object) travels as JSON text.
    const staff = z.union([z.literal('staffed'), z.literal('street')]).optional()
    const amount = z.union([z.string(), z.object({ upTo: z.number() }).strict()]).optional()
    const extended = contentSchema.extend({
      services: z.array(serviceSchema.extend({ benefits: z.array(benefit), amount })),
      kioskSites: z
        .array(kioskSiteSchema.extend({ staffOnHand: z.boolean().optional(), staff }))
        .min(1),
    })
    const layout = buildLayout(extended)
    const sites = layout.tables.find((t) => t.source === 'kioskSites')!
    const leafOf = (table: typeof sites, name: string) =>
      table.columns.find((c) => c.path.join('.') === name)?.leaf
    expect(leafOf(sites, 'staff')).toEqual({ kind: 'enum', values: ['staffed', 'street'] })
    expect(
      leafOf(
        layout.tables.find((t) => t.source === 'services')!,
        'amount',
      ),
    ).toEqual({
      kind: 'json',
    })
    const bundled = JSON.parse(readFileSync('resources/content/changchun.json', 'utf8')) as {
      services: { benefits: { kind?: string }[]; amount?: unknown }[]
      kioskSites: { staffOnHand?: boolean; staff?: string }[]
    }
    bundled.services[0]!.benefits[0]!.kind = 'goods'
    bundled.services[1]!.amount = { upTo: 1000 }
    bundled.services[2]!.amount = 'varies'
    bundled.kioskSites[0]!.staffOnHand = true
    bundled.kioskSites[1]!.staff = 'street'
    expect(extended.safeParse(bundled).success).toBe(true)
    const result = await roundTrip(bundled, layout)
    expect(result.ok && asJson(result.raw)).toEqual(bundled)
  })
})
