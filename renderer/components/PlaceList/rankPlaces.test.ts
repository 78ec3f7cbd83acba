import { describe, expect, it } from 'vitest'
import type { Geo, Service } from '../../../common/content/schema'
import { testContent, testLocation } from '../../share/placesTestContent'
import { locationsById, locationsForCategory, rankPlaces, shownCount } from './rankPlaces'

const kiosk: Geo = { lat: 43.9, lng: 125.3, crs: 'wgs84' }
const far = testLocation({ id: 'far', geo: { lat: 43.95, lng: 125.3, crs: 'wgs84' } })
const near = testLocation({ id: 'near', geo: { lat: 43.901, lng: 125.301, crs: 'gcj02' } })
const mid = testLocation({ id: 'mid', geo: { lat: 43.91, lng: 125.3, crs: 'wgs84' } })
const nowhere1 = testLocation({ id: 'nowhere-1' })
const nowhere2 = testLocation({ id: 'nowhere-2' })

describe('rankPlaces', () => {
  it('puts the nearest first and places without coordinates last, in content order', () => {
    const ranked = rankPlaces([nowhere1, far, nowhere2, near, mid], kiosk)
    expect(ranked.map((r) => r.location.id)).toEqual([
      'near',
      'mid',
      'far',
      'nowhere-1',
      'nowhere-2',
    ])
    expect(ranked[0]?.metres).toBeGreaterThan(0)
    // Measured once here: far lies due north of the kiosk.
    expect(ranked[2]?.bearing).toBeCloseTo(0, 3)
    expect(ranked[3]?.metres).toBeUndefined()
  })

  it('keeps content order and no distances when the kiosk has no coordinates', () => {
    const ranked = rankPlaces([far, near, nowhere1], undefined)
    expect(ranked.map((r) => r.location.id)).toEqual(['far', 'near', 'nowhere-1'])
    expect(ranked.every((r) => r.metres === undefined)).toBe(true)
  })
})

describe('locationsForCategory', () => {
  const service = (id: string, categoryIds: string[], locationIds: string[]): Service => ({
    id,
    name: { 'zh-Hans': id },
    summary: { 'zh-Hans': id },
    eligibility: { description: { 'zh-Hans': id } },
    benefits: [],
    howToApply: [],
    requiredDocuments: [],
    locationIds,
    phoneIds: [],
    categoryIds,
    assuredDate: '2021-01-19',
    status: 'active',
  })
  const content = testContent({
    locations: [far, near, mid, nowhere1],
    services: [
      service('a', ['shelter'], ['mid', 'far']),
      service('b', ['shelter', 'food'], ['far', 'unknown-id']),
      service('c', ['food'], ['near']),
    ],
  })

  it('collects each linked location once, in content order, ignoring broken links', () => {
    expect(locationsForCategory(content, 'shelter').map((l) => l.id)).toEqual(['far', 'mid'])
  })

  it('gives every location without a category and none for an empty category', () => {
    expect(locationsForCategory(content).length).toBe(4)
    expect(locationsForCategory(content, 'nothing-here')).toEqual([])
  })

  it('resolves ids and skips unknown ones', () => {
    expect(locationsById(content, ['near', 'ghost']).map((l) => l.id)).toEqual(['near'])
  })
})

describe('shownCount', () => {
  it('grows by one page per tap and never past the total', () => {
    expect(shownCount(45, 20, 0)).toBe(20)
    expect(shownCount(45, 20, 1)).toBe(40)
    expect(shownCount(45, 20, 2)).toBe(45)
    expect(shownCount(3, 20, 0)).toBe(3)
    expect(shownCount(0, 20, 0)).toBe(0)
  })
})
