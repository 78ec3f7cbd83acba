import { geoSchema, localizedTextSchema, type Geo } from '../../../common/content/schema'
import type { Settings } from '../../../common/settings/schema'

export type CustomSite = NonNullable<Settings['customSite']>

/** What the administrator typed, as text, before it is a site. */
export type CustomSiteInput = {
  name: string
  nameEn: string
  lat: string
  lng: string
  crs: Geo['crs']
}

export type CustomSiteProblem = 'name' | 'lat' | 'lng'

/** A number typed on the pad, or NaN: '' and partial input such as '43.' or '-' are not numbers. */
function numberFrom(text: string): number {
  const trimmed = text.trim()
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN
}

/**
 * Turns the custom-site form into a site the settings accept, or names each field that is wrong
 * (landmark name missing, latitude outside −90…90, longitude outside −180…180), so the screen can
 * say so next to the field before anything is sent. Checked with the content's own schemas.
 */
export function parseCustomSite(
  input: CustomSiteInput,
): { ok: true; site: CustomSite } | { ok: false; problems: CustomSiteProblem[] } {
  const problems: CustomSiteProblem[] = []
  const name = localizedTextSchema.safeParse({
    'zh-Hans': input.name,
    ...(input.nameEn.trim() ? { en: input.nameEn } : {}),
  })
  if (!name.success) problems.push('name')
  const lat = numberFrom(input.lat)
  const lng = numberFrom(input.lng)
  const geo = geoSchema.safeParse({ lat, lng, crs: input.crs })
  if (!geo.success) {
    for (const issue of geo.error.issues) {
      const field = issue.path[0]
      if ((field === 'lat' || field === 'lng') && !problems.includes(field)) problems.push(field)
    }
  }
  if (!name.success || !geo.success) return { ok: false, problems }
  return { ok: true, site: { name: name.data, geo: geo.data } }
}

/** The form's starting text: the current custom site, or empty in the coordinate system of maps. */
export function inputFromSite(site: CustomSite | undefined): CustomSiteInput {
  if (!site) return { name: '', nameEn: '', lat: '', lng: '', crs: 'gcj02' }
  return {
    name: site.name['zh-Hans'],
    nameEn: site.name.en ?? '',
    lat: String(site.geo.lat),
    lng: String(site.geo.lng),
    crs: site.geo.crs,
  }
}
