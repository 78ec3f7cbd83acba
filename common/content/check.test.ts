import { describe, expect, it } from 'vitest'
import { checkContent, checkContentText } from './check'
import { validContent } from './fixtures/validContent'
import type { Content } from './schema'

/** A deep copy of the valid fixture with one thing changed by `mutate`. */
function broken(mutate: (c: Content) => void): Content {
  const copy = structuredClone(validContent)
  mutate(copy)
  return copy
}
type Change = [path: (string | number)[], value: unknown]
/**
 * The valid fixture as loose JSON with values set (or, for `undefined`, deleted) at paths,
 * for breakage the schema's types would not allow.
 */
function brokenRaw(...changes: Change[]): unknown {
  const copy: unknown = structuredClone(validContent)
  for (const [path, value] of changes) {
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => {
      if (node === null || typeof node !== 'object') throw new Error(`no ${String(key)}`)
      return Reflect.get(node, key)
    }, copy)
    if (parent === null || typeof parent !== 'object') throw new Error(`bad path ${path.join('.')}`)
    const key = path[path.length - 1] ?? ''
    if (value === undefined) Reflect.deleteProperty(parent, key)
    else Reflect.set(parent, key, value)
  }
  return copy
}

const errorsOf = (raw: unknown) =>
  checkContent(raw)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => `${p.path}: ${p.message}`)
const warningsOf = (raw: unknown) =>
  checkContent(raw)
    .problems.filter((p) => p.severity === 'warning')
    .map((p) => `${p.path}: ${p.message}`)

describe('checkContent on valid content', () => {
  it('accepts the fixture with no problems and returns the content', () => {
    const result = checkContent(validContent)
    expect(result).toEqual({ ok: true, problems: [], content: validContent })
  })
})

describe('shape errors', () => {
  it('names an unknown field by its path', () => {
    const raw = brokenRaw([['services', 1, 'colour'], 'red'])
    expect(errorsOf(raw)).toEqual([
      'services[1].colour: unknown field "colour" — remove it or check its spelling',
    ])
    const result = checkContent(raw)
    expect(result.ok).toBe(false)
    expect(result.content).toBeUndefined()
  })

  it('still checks the rest of a document whose only shape problem is unknown fields', () => {
    const raw = brokenRaw(
      [['services', 0, 'colour'], 'red'],
      [['services', 0, 'locationIds'], ['rescue-station']],
    )
    expect(errorsOf(raw)).toEqual([
      'services[0].colour: unknown field "colour" — remove it or check its spelling',
      'services[0].locationIds[0]: no location with id "rescue-station"',
    ])
    expect(checkContent(raw).content).toBeUndefined()
  })

  it('reports missing zh-Hans text', () => {
    const raw = brokenRaw([['locations', 0, 'name', 'zh-Hans'], undefined])
    expect(errorsOf(raw)).toEqual([
      'locations[0].name.zh-Hans: missing Simplified Chinese (zh-Hans) text — it is required',
    ])
  })

  it('reports wrong types, bad dates, bad enums and missing fields in plain words', () => {
    const raw = brokenRaw(
      [['phones', 0, 'priority'], 'high'],
      [['services', 0, 'assuredDate'], '2021-02-30'],
      [['categories', 0, 'icon'], 'tent'],
      [['services', 1, 'status'], undefined],
    )
    expect(errorsOf(raw)).toEqual([
      'categories[0].icon: the text "tent" is not one of: bed, food, wallet, alert, gift, ambulance, health, phone, info',
      'services[0].assuredDate: the text "2021-02-30" is not a calendar date written YYYY-MM-DD',
      'services[1].status: missing — this field is required',
      'phones[0].priority: should be a number, not the text "high"',
    ])
  })

  it('reports coordinates out of range', () => {
    const raw = brokenRaw([['kioskSites', 0, 'geo', 'lat'], 95])
    expect(errorsOf(raw)).toEqual(['kioskSites[0].geo.lat: must be at most 90'])
  })

  it('never throws on input that is not content at all', () => {
    for (const raw of [null, 42, 'text', [], undefined]) {
      const result = checkContent(raw)
      expect(result.ok).toBe(false)
      expect(result.problems[0]?.path).toBe('(top level)')
    }
  })
})

describe('semantic errors', () => {
  it('reports a dangling reference with the path of the reference', () => {
    const raw = broken((c) => (c.services[0]!.locationIds = ['rescue-station']))
    expect(errorsOf(raw)).toEqual([
      'services[0].locationIds[0]: no location with id "rescue-station"',
    ])
  })

  it('checks every kind of reference', () => {
    const raw = broken((c) => {
      c.dataset.defaultSiteId = 'airport'
      c.categories[1]!.phoneId = 'nobody'
      c.services[1]!.eligibility.ruleIds = ['missing-rule']
      c.locations[0]!.directions = { airport: [{ 'zh-Hans': '直走' }] }
      c.faqs[0]!.categoryIds = ['food']
      c.screener.rules[0]!.serviceIds = ['ghost']
      c.screener.rules[1]!.when[0]!.questionId = 'age'
    })
    expect(errorsOf(raw)).toEqual([
      'dataset.defaultSiteId: no kiosk site with id "airport"',
      'categories[1].phoneId: no phone with id "nobody"',
      'services[1].eligibility.ruleIds[0]: no screener rule with id "missing-rule"',
      'locations[0].directions.airport: no kiosk site with id "airport"',
      'faqs[0].categoryIds[0]: no category with id "food"',
      'screener.rules[0].serviceIds[0]: no service with id "ghost"',
      'screener.rules[1].when[0].questionId: no screener question with id "age"',
    ])
  })

  it('reports screener answers that the question cannot give', () => {
    const raw = broken((c) => {
      c.screener.rules[0]!.when[0]!.answer = 'maybe'
      c.screener.rules[1]!.when[0]!.answer = 'food'
    })
    expect(errorsOf(raw)).toEqual([
      'screener.rules[0].when[0].answer: "maybe" is not an answer to question "bed" (answers: yes, no)',
      'screener.rules[1].when[0].answer: "food" is not an answer to question "need" (answers: money, clothes)',
    ])
  })

  it('reports a duplicate id, naming the first use', () => {
    const raw = broken((c) => c.phones.push({ ...c.phones[0]!, number: '120' }))
    expect(errorsOf(raw)).toEqual(['phones[2].id: duplicate id "police" (also used by phones[0])'])
  })

  it('reports a phone number that cannot be dialled', () => {
    const raw = broken((c) => (c.phones[1]!.number = '0431-123'))
    expect(errorsOf(raw)).toEqual([
      'phones[1].number: "0431-123" is not a valid Chinese phone number (a short number like 12345, a landline with area code like 0431-88881234, a mobile, or a 400/800 number)',
    ])
  })

  it('reports opening hours it cannot read, with the parser message', () => {
    const raw = broken((c) => (c.locations[0]!.openingHours = 'Mo-Fr 8:30-5pm'))
    expect(errorsOf(raw)).toEqual([
      'locations[0].openingHours: cannot read opening hours: rule 1 "Mo-Fr 8:30-5pm": "8:30-5pm" is not a time range like 08:30-17:00',
    ])
  })

  it('reports a validity window that ends before it starts', () => {
    const raw = broken((c) => (c.services[1]!.validUntil = '2021-01-01'))
    expect(errorsOf(raw)).toEqual([
      'services[1].validUntil: 2021-01-01 is before validFrom 2021-01-15',
    ])
  })

  it('reports text too long for the screen', () => {
    const raw = broken((c) => (c.services[0]!.name.en = 'x'.repeat(81)))
    expect(errorsOf(raw)).toEqual([
      'services[0].name.en: 81 characters is too long (at most 80) — shorten it to fit the screen',
    ])
  })

  it('counts characters, not UTF-16 units', () => {
    const raw = broken((c) => (c.services[0]!.name['zh-Hans'] = '𠀀'.repeat(80)))
    expect(errorsOf(raw)).toEqual([])
  })

  it('refuses content whose languages leave out Chinese', () => {
    const raw = broken((c) => (c.dataset.languages = ['en', 'ko']))
    expect(errorsOf(raw)).toEqual([
      'dataset.languages: must include "zh-Hans": it is the fallback for every text',
    ])
  })

  it('reports map bounds that enclose nothing', () => {
    const raw = broken((c) => {
      c.maps = [
        {
          id: 'station-map',
          siteId: 'central-station',
          file: 'map.png',
          width: 800,
          height: 600,
          bounds: { north: 43.9, south: 43.95, east: 125.4, west: 125.3 },
          crs: 'wgs84',
          alt: { 'zh-Hans': '车站地图', en: 'Station map', ko: '역 지도' },
        },
      ]
    })
    expect(errorsOf(raw)).toEqual(['maps[0].bounds: north must be greater than south'])
  })
})

describe('warnings', () => {
  it('reports each missing translation for a promised language and still accepts the content', () => {
    const raw = broken((c) => {
      delete c.services[0]!.name.ko
      delete c.faqs[0]!.answer.en
    })
    expect(warningsOf(raw)).toEqual([
      'services[0].name.ko: missing Korean translation (Chinese will be shown)',
      'faqs[0].answer.en: missing English translation (Chinese will be shown)',
    ])
    expect(checkContent(raw).ok).toBe(true)
  })

  it('does not ask for languages the dataset does not promise', () => {
    const raw = broken((c) => {
      c.dataset.languages = ['zh-Hans', 'en']
      delete c.services[0]!.name.ko
    })
    expect(warningsOf(raw)).toEqual([])
  })

  it('reports unconfirmed facts and sample content', () => {
    const raw = broken((c) => {
      c.dataset.sample = true
      c.locations[0]!.unconfirmed = ['address', 'geo']
    })
    expect(warningsOf(raw)).toEqual([
      'dataset.sample: sample content for demonstration — confirm every fact before a real deployment',
      'locations[0].address: unconfirmed — not in the source; confirm before deployment',
      'locations[0].geo: unconfirmed — not in the source; confirm before deployment',
    ])
  })

  it('names a lead beside its unconfirmed fact, and a lead for a fact already confirmed', () => {
    const raw = broken((c) => {
      c.locations[0]!.unconfirmed = ['address']
      c.locations[0]!.leads = [
        { field: 'address', value: '长春市某路1号', foundIn: 'an undated list' },
        { field: 'geo', value: '43.9, 125.3', foundIn: 'a map sketch' },
      ]
    })
    expect(warningsOf(raw)).toEqual([
      'locations[0].address: unconfirmed — not in the source; a lead to check by phone: "长春市某路1号" (an undated list); confirm before deployment',
      'locations[0].leads[1].field: a lead for "geo", which is not in unconfirmed — remove the lead once the fact is confirmed',
    ])
  })

  it('refuses a source id nobody declared, a repeated source id and a source address that is not a web address', () => {
    const source = {
      title: { 'zh-Hans': '报道' },
      publisher: { 'zh-Hans': '报社' },
      date: '2026-02-02',
    }
    const raw = broken((c) => {
      c.dataset.sources = [
        { ...source, id: 'paper' },
        { ...source, id: 'paper' },
      ]
      c.phones[0]!.sourceIds = ['paper', 'radio']
    })
    expect(errorsOf(raw)).toEqual([
      'dataset.sources[1].id: duplicate id "paper" (also used by dataset.sources[0])',
      'phones[0].sourceIds[1]: no source (dataset.sources) with id "radio"',
    ])
    const withUrl = (url: string) => brokenRaw([['dataset', 'sources'], [{ ...source, url }]])
    expect(errorsOf(withUrl('javascript:alert(1)'))).toHaveLength(1)
    expect(errorsOf(withUrl('https://m.163.com/dy/article/KKU4JUVT05568W0A.html'))).toEqual([])
  })

  it('warns about coordinates outside China', () => {
    const raw = broken((c) => (c.kioskSites[0]!.geo = { lat: 125.3, lng: 43.9, crs: 'wgs84' }))
    // lat 125.3 is out of range for the schema: a shape error, so try a plausible swap instead.
    expect(errorsOf(raw)).toEqual(['kioskSites[0].geo.lat: must be at most 90'])
    const swapped = broken((c) => (c.kioskSites[0]!.geo = { lat: 43.9, lng: 25.3, crs: 'wgs84' }))
    expect(warningsOf(swapped)).toEqual([
      'kioskSites[0].geo: 43.9, 25.3 lies outside China — check that lat and lng are not swapped',
    ])
  })
})

describe('checkContentText', () => {
  it('checks valid JSON text like parsed content, allowing a byte-order mark', () => {
    const result = checkContentText(`\uFEFF${JSON.stringify(validContent)}`, 'city.json')
    expect(result.ok).toBe(true)
    expect(result.problems).toEqual([])
  })

  it('reports invalid JSON as file:line:column', () => {
    const text = '{\n  "dataset": {\n    "id": "x",\n  }\n}\n'
    expect(checkContentText(text, 'city.json')).toEqual({
      ok: false,
      problems: [
        {
          severity: 'error',
          path: 'city.json:3:14',
          message: "invalid JSON: trailing comma before '}'",
        },
      ],
    })
  })

  it('reports a truncated file at its end', () => {
    expect(checkContentText('{"dataset": {"id": "x"', 'cut.json').problems).toEqual([
      {
        severity: 'error',
        path: 'cut.json:1:23',
        message: "invalid JSON: unexpected end of file: missing '}'",
      },
    ])
  })

  it('reports an empty file', () => {
    expect(checkContentText('', 'empty.json').problems).toEqual([
      {
        severity: 'error',
        path: 'empty.json:1:1',
        message: 'invalid JSON: unexpected end of file: a value is missing',
      },
    ])
  })
})
