import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkContent } from '../common/content/check'
import { fillerMap, loadBaseContent, scaledContent } from './dataset'

const root = resolve(import.meta.dirname, '..')
const base = loadBaseContent(root)

describe('scaledContent', () => {
  it('adds the requested places and services, valid for the content checker', () => {
    const content = scaledContent(base, 250)
    expect(content.locations).toHaveLength(base.locations.length + 250)
    expect(content.services).toHaveLength(base.services.length + 250)
    const checked = checkContent(content)
    expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([])
  })

  it('links every generated service to its own place and a real category', () => {
    const content = scaledContent(base, 20)
    const categories = new Set(base.categories.map((c) => c.id))
    const generated = content.services.filter((s) => s.id.startsWith('bench-service-'))
    expect(new Set(generated.map((s) => s.locationIds[0])).size).toBe(20)
    for (const s of generated) expect(categories.has(s.categoryIds[0]!)).toBe(true)
  })

  it('is the same on every run (seeded coordinates)', () => {
    expect(scaledContent(base, 5)).toEqual(scaledContent(base, 5))
  })

  it('keeps map entries for package filler files', () => {
    const content = scaledContent(base, 1, [fillerMap(base, 0, 'maps/bench-0.png')])
    expect(content.maps?.map((m) => m.file)).toContain('maps/bench-0.png')
  })

  it('refuses to produce content a kiosk would reject', () => {
    const broken = fillerMap(base, 0, 'maps/x.png')
    broken.siteId = 'no-such-site'
    expect(() => scaledContent(base, 1, [broken])).toThrow(/generated content is invalid/)
  })
})
