import { describe, expect, it } from 'vitest'
import { settingsSchema } from '../../../common/settings/schema'
import { inputFromSite, parseCustomSite, type CustomSiteInput } from './customSiteDraft'

const good: CustomSiteInput = {
  name: '长春站北广场',
  nameEn: 'Changchun Station north square',
  lat: '43.9046',
  lng: '125.3268',
  crs: 'gcj02',
}

describe('custom site form', () => {
  it('turns valid input into a site the settings accept', () => {
    const parsed = parseCustomSite(good)
    expect(parsed).toEqual({
      ok: true,
      site: {
        name: { 'zh-Hans': '长春站北广场', en: 'Changchun Station north square' },
        geo: { lat: 43.9046, lng: 125.3268, crs: 'gcj02' },
      },
    })
    if (!parsed.ok) return
    expect(settingsSchema.safeParse({ customSite: parsed.site }).success).toBe(true)
  })

  it('leaves out an empty English name', () => {
    const parsed = parseCustomSite({ ...good, nameEn: ' ', crs: 'wgs84', lat: '-12', lng: '0' })
    expect(parsed).toMatchObject({ ok: true, site: { name: { 'zh-Hans': '长春站北广场' } } })
    if (parsed.ok) expect(parsed.site.name.en).toBeUndefined()
  })

  it('names each wrong field: missing name, out-of-range or non-numeric coordinates', () => {
    expect(parseCustomSite({ ...good, name: '  ' })).toEqual({ ok: false, problems: ['name'] })
    expect(parseCustomSite({ ...good, lat: '91' })).toEqual({ ok: false, problems: ['lat'] })
    expect(parseCustomSite({ ...good, lng: '-180.5' })).toEqual({ ok: false, problems: ['lng'] })
    expect(parseCustomSite({ ...good, lat: '43.', lng: 'east' })).toEqual({
      ok: false,
      problems: ['lat', 'lng'],
    })
    expect(parseCustomSite({ ...good, name: '', lat: '', lng: '' })).toEqual({
      ok: false,
      problems: ['name', 'lat', 'lng'],
    })
  })

  it('starts from the current custom site, or empty in GCJ-02', () => {
    const parsed = parseCustomSite(good)
    if (!parsed.ok) throw new Error('expected a site')
    expect(inputFromSite(parsed.site)).toEqual(good)
    expect(inputFromSite(undefined)).toEqual({
      name: '',
      nameEn: '',
      lat: '',
      lng: '',
      crs: 'gcj02',
    })
  })
})
