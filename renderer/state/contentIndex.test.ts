import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Content } from '../../common/content/schema'
import { validContent } from '../../common/content/fixtures/validContent'
import * as visibility from '../../common/content/visibility'
import { calendarFromFacts } from '../../common/domain/calendar'
import { calendarFacts, tymeCalendar } from '../../common/domain/tymeCalendar'
import { locationsById, locationsForCategory, rankPlaces } from '../components/PlaceList/rankPlaces'
import {
  indexedLocationsFor,
  indexedServicesIn,
  rankedAll,
  rankedPlacesFor,
  visibleToday as visibleTodayOn,
  warmIndexes,
} from './contentIndex'

const CATEGORIES = ['money', 'shelter', 'food', 'none']
const PLACE_IDS = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']
const DAYS = ['2021-01-10', '2021-01-15', '2021-01-20', '2021-01-25']

// The renderer judges the day by the facts the host sends; the reference is the library itself.
const facts = calendarFromFacts(calendarFacts(2021))
const visibleToday = (content: Content, now: Date) => visibleTodayOn(content, now, facts)
const visibleContent = (content: Content, now: Date) =>
  visibility.visibleContent(content, now, tymeCalendar)

const [serviceTemplate] = validContent.services
const [locationTemplate] = validContent.locations
if (!serviceTemplate || !locationTemplate) throw new Error('the fixture has no service or place')

/** Coordinates on a coarse grid, so equal distances (ties) happen often. */
const geo = fc.option(
  fc.record({
    lat: fc.integer({ min: 0, max: 4 }).map((n) => 43.8 + n / 100),
    lng: fc.integer({ min: 0, max: 4 }).map((n) => 125.3 + n / 100),
    crs: fc.constantFrom('wgs84' as const, 'gcj02' as const),
  }),
  { nil: undefined },
)

/** Content like a province's: services in several needs, linked to shared places, some inactive or out of their dates. */
const contentArb: fc.Arbitrary<Content> = fc
  .record({
    locations: fc.uniqueArray(fc.record({ id: fc.constantFrom(...PLACE_IDS), geo }), {
      selector: (l) => l.id,
      maxLength: PLACE_IDS.length,
    }),
    services: fc.array(
      fc.record({
        categoryIds: fc.array(fc.constantFrom(...CATEGORIES), { maxLength: 3 }),
        locationIds: fc.array(fc.constantFrom(...PLACE_IDS, 'missing'), { maxLength: 4 }),
        active: fc.boolean(),
        validFrom: fc.option(fc.constantFrom(...DAYS), { nil: undefined }),
        validUntil: fc.option(fc.constantFrom(...DAYS), { nil: undefined }),
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ locations, services }) => ({
    ...validContent,
    locations: locations.map((l) => ({ ...locationTemplate, id: l.id, geo: l.geo })),
    services: services.map((s, i) => ({
      ...serviceTemplate,
      id: `s${i}`,
      categoryIds: s.categoryIds,
      locationIds: s.locationIds,
      status: s.active ? ('active' as const) : ('inactive' as const),
      validFrom: s.validFrom,
      validUntil: s.validUntil,
    })),
  }))

/** The per-render code the index replaces: a scan of every service on each call. */
const scanServicesIn = (content: Content, categoryId: string) =>
  content.services.filter((s) => s.status === 'active' && s.categoryIds.includes(categoryId))

describe('contentIndex gives the same answers as scanning the content on every render', () => {
  it('services by need, places by need, and ranked places for a need, a service or all', () => {
    fc.assert(
      fc.property(contentArb, geo, fc.subarray([...PLACE_IDS, 'missing']), (content, from, ids) => {
        for (const categoryId of CATEGORIES) {
          expect(indexedServicesIn(content, categoryId)).toEqual(
            scanServicesIn(content, categoryId),
          )
          expect(indexedLocationsFor(content, categoryId)).toEqual(
            locationsForCategory(content, categoryId),
          )
          expect(rankedPlacesFor(content, from, { categoryId })).toEqual(
            rankPlaces(locationsForCategory(content, categoryId), from),
          )
        }
        expect(rankedPlacesFor(content, from, { locationIds: ids })).toEqual(
          rankPlaces(locationsById(content, ids), from),
        )
        expect(rankedPlacesFor(content, from, {})).toEqual(rankPlaces(content.locations, from))
      }),
    )
  })

  it('what is visible: the same as visibleContent at any time of any day, and one object per day', () => {
    const times = fc.constantFrom(
      '2020-12-31T12:00:00+08:00', // before the fixture's publication: clock suspect
      ...DAYS.flatMap((d) => [`${d}T00:00:00+08:00`, `${d}T10:00:00+08:00`, `${d}T23:59:00+08:00`]),
    )
    fc.assert(
      fc.property(contentArb, fc.array(times, { minLength: 1, maxLength: 6 }), (content, at) => {
        for (const time of at) {
          const now = new Date(time)
          expect(visibleToday(content, now)).toEqual(visibleContent(content, now))
        }
      }),
    )
  })

  it('keeps one visible object through a day and makes a new one the next day', () => {
    const content = structuredClone(validContent)
    const morning = visibleToday(content, new Date('2021-01-20T08:00:00+08:00'))
    expect(visibleToday(content, new Date('2021-01-20T22:59:00+08:00'))).toBe(morning)
    const nextDay = visibleToday(content, new Date('2021-01-21T00:01:00+08:00'))
    expect(nextDay).not.toBe(morning)
    expect(nextDay).toEqual(visibleContent(content, new Date('2021-01-21T00:01:00+08:00')))
  })

  it('works the day out again when new calendar facts arrive (asked for each day)', () => {
    const content = structuredClone(validContent)
    const at = new Date('2021-01-20T08:00:00+08:00')
    const before = visibleToday(content, at)
    const refreshed = calendarFromFacts(calendarFacts(2021))
    expect(visibleTodayOn(content, at, refreshed)).not.toBe(before)
    expect(visibleTodayOn(content, at, refreshed)).toEqual(before)
  })

  it('measures distances once per content and site, not per list', () => {
    const content = structuredClone(validContent)
    const site = validContent.kioskSites[0]?.geo
    expect(rankedAll(content, site)).toBe(rankedAll(content, site))
    expect(rankedAll(structuredClone(content), site)).not.toBe(rankedAll(content, site))
  })

  it("keeps a need's places with the ranking, and lists a service's places once each", () => {
    const content = structuredClone(validContent)
    const site = validContent.kioskSites[0]?.geo
    const need = content.categories[0]!.id
    const list = rankedPlacesFor(content, site, { categoryId: need })
    expect(list.length).toBeGreaterThan(0)
    expect(rankedPlacesFor(content, site, { categoryId: need })).toBe(list)
    expect(rankedPlacesFor(structuredClone(content), site, { categoryId: need })).not.toBe(list)
    const ids = content.locations.map((l) => l.id)
    const twice = [...ids].reverse().concat(ids, ['missing'])
    expect(rankedPlacesFor(content, site, { locationIds: twice })).toEqual(rankedAll(content, site))
    const one = rankedPlacesFor(content, site, { locationIds: [ids[0]!] })
    expect(rankedPlacesFor(content, site, { locationIds: [ids[0]!] })).toBe(one)
    // Bounded: after 64 other lists the first is worked out again (the same places).
    for (let k = 0; k < 64; k++) rankedPlacesFor(content, site, { locationIds: [`other${k}`] })
    const again = rankedPlacesFor(content, site, { locationIds: [ids[0]!] })
    expect(again).not.toBe(one)
    expect(again).toEqual(one)
  })

  it('warming builds what a first tap reads, so the tap gets the very same objects', () => {
    const content = structuredClone(validContent)
    const site = validContent.kioskSites[0]?.geo
    warmIndexes(content, site)
    const ranked = rankedAll(content, site)
    const need = content.categories[0]!.id
    const services = indexedServicesIn(content, need)
    warmIndexes(content, site)
    expect(rankedAll(content, site)).toBe(ranked)
    expect(indexedServicesIn(content, need)).toBe(services)
  })
})
