import { describe, expect, it } from 'vitest'
import { contentSnapshotSchema } from './hostSchemas'

const snapshot = (content: unknown) => ({ content, source: 'factory', sha256: 'a'.repeat(64) })
const dataset = {
  dataset: { contentVersion: 3 },
  categories: [],
  services: [],
  locations: [],
  phones: [],
  kioskSites: [],
  notices: [],
  faqs: [],
  screener: { questions: [], rules: [] },
}

describe('contentSnapshotSchema', () => {
  it('takes the host-validated dataset as it is, without the full schema a second time', () => {
    // Not a valid dataset by the content schema (no id, no region…), but shaped like one: the
    // host is the one place that validates it.
    expect(contentSnapshotSchema.safeParse(snapshot(dataset)).success).toBe(true)
  })

  it('refuses a reply that is not shaped like a dataset', () => {
    for (const bad of [null, [], { ...dataset, services: {} }, { ...dataset, dataset: {} }]) {
      const parsed = contentSnapshotSchema.safeParse(snapshot(bad))
      expect(parsed.success, JSON.stringify(bad)).toBe(false)
      expect(parsed.error?.issues[0]?.message).toContain('not a content dataset')
    }
  })
})
