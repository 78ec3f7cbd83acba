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
    const extended = contentSchema.extend({
      services: z.array(serviceSchema.extend({ benefits: z.array(benefit) })),
      kioskSites: z.array(kioskSiteSchema.extend({ staffOnHand: z.boolean().optional() })).min(1),
    })
    const layout = buildLayout(extended)
    const bundled = JSON.parse(readFileSync('resources/content/changchun.json', 'utf8')) as {
      services: { benefits: { kind?: string }[] }[]
      kioskSites: { staffOnHand?: boolean }[]
    }
    bundled.services[0]!.benefits[0]!.kind = 'goods'
    bundled.kioskSites[0]!.staffOnHand = true
    expect(extended.safeParse(bundled).success).toBe(true)
    const result = await roundTrip(bundled, layout)
    expect(result.ok && asJson(result.raw)).toEqual(bundled)
  })
})
