import type { Content, Lead, LocationType } from '../../common/content/schema'
import { sheetLabel } from './labels'
import { HEADER_ROWS } from './layout'

/**
 * Who can confirm a fact, derived from the item (documented in docs/content-office.md):
 * a place by its type; a service by its provider, else its places, else its hotlines; a
 * hotline by its name, else the places that list it; a kiosk site by whoever hosts the kiosk;
 * categories, notices, FAQs and the screener by the content office itself.
 */
export const OFFICES = {
  'civil-affairs': {
    zh: '民政部门（民政局、救助管理站、街道办事处）',
    en: 'Civil affairs (bureau, rescue station, street offices)',
  },
  'human-resources': {
    zh: '人社部门（劳动保障监察、劳动人事争议仲裁、12333）',
    en: 'Human resources and social security (labour inspection, arbitration, 12333)',
  },
  'trade-union': { zh: '总工会', en: 'Trade union federation' },
  charity: { zh: '慈善会', en: 'Charity federation' },
  health: { zh: '卫生健康部门、急救中心', en: 'Health commission, emergency centre' },
  police: { zh: '公安机关', en: 'Police' },
  'site-host': {
    zh: '信息亭所在单位（车站、服务大厅、街道）',
    en: 'Where the kiosk stands (station, hall, street)',
  },
  'content-office': {
    zh: '内容办公室（对照来源自行核对）',
    en: 'Content office (check against the sources)',
  },
} as const
export type OfficeKey = keyof typeof OFFICES

const BY_LOCATION_TYPE: Record<LocationType, OfficeKey | undefined> = {
  shelter: 'civil-affairs',
  'rescue-station': 'civil-affairs',
  'civil-affairs-office': 'civil-affairs',
  'street-office': 'civil-affairs',
  'labour-inspection': 'human-resources',
  arbitration: 'human-resources',
  'trade-union': 'trade-union',
  hospital: 'health',
  station: 'site-host',
  other: undefined,
}

/** Words in an office's or hotline's Chinese name that say who runs it (first match wins). */
const BY_NAME: [RegExp, OfficeKey][] = [
  [/民政|救助|街道|乡镇|社区/, 'civil-affairs'],
  [/人力资源|人社|劳动|仲裁|工资/, 'human-resources'],
  [/工会/, 'trade-union'],
  [/慈善/, 'charity'],
  [/急救|医院|卫生/, 'health'],
  [/报警|公安|警察/, 'police'],
]

const byName = (text: string | undefined): OfficeKey | undefined =>
  text === undefined ? undefined : BY_NAME.find(([re]) => re.test(text))?.[1]

/** `unconfirmed` fields, or `(复核)` when a whole item is past its review date. */
export const REVIEW_FIELD = '(复核)'

export type ConfirmEntry = {
  office: OfficeKey
  /** The item's sheet in the workbook and its row there. */
  sheet: string
  row: number
  collection: string
  index: number
  id: string
  name: string
  field: string
  reason: 'unconfirmed' | 'review-due'
  value: string
  /** Numbers a clerk can call to confirm. */
  call: string[]
  /** Values found for this fact that are too weak to show: what to check, and where each was found. */
  leads: { value: string; foundIn: string }[]
}

type Item = {
  id: string
  unconfirmed?: string[]
  leads?: Lead[]
  reviewBy?: string
  [key: string]: unknown
}

function describeValue(value: unknown): string {
  if (value === undefined) return '（空 / empty）'
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value)
  }
  if (Array.isArray(value)) return value.map(describeValue).join('；')
  if (value !== null && typeof value === 'object' && 'zh-Hans' in value) {
    return String((value as Record<string, unknown>)['zh-Hans'])
  }
  if (value !== null && typeof value === 'object' && 'description' in value) {
    return describeValue((value as Record<string, unknown>).description)
  }
  return JSON.stringify(value)
}

function displayName(item: Item): string {
  for (const key of ['name', 'title', 'question', 'text']) {
    const v = item[key]
    if (v && typeof v === 'object' && 'zh-Hans' in v)
      return String((v as Record<string, string>)['zh-Hans'])
  }
  return item.id
}

/**
 * Every fact still unconfirmed or past its review date (`today`, YYYY-MM-DD, China time), with
 * the office that can confirm it and the numbers to call, ordered by office then sheet row.
 */
export function confirmList(content: Content, today: string): ConfirmEntry[] {
  const phoneNumber = new Map(content.phones.map((p) => [p.id, p.number]))
  const numbers = (ids: readonly string[]) => ids.flatMap((id) => phoneNumber.get(id) ?? [])
  const locationOffice = (l: Content['locations'][number]) =>
    BY_LOCATION_TYPE[l.type] ?? byName(l.name['zh-Hans'])
  const phoneOffice = (p: Content['phones'][number]): OfficeKey | undefined =>
    byName(p.name['zh-Hans']) ??
    content.locations
      .filter((l) => l.phoneIds.includes(p.id))
      .map(locationOffice)
      .find(Boolean)
  const locationById = new Map(content.locations.map((l) => [l.id, l]))
  const phoneById = new Map(content.phones.map((p) => [p.id, p]))

  const lists: [
    string,
    readonly Item[],
    (item: never) => { office?: OfficeKey; call: string[] },
  ][] = [
    [
      'services',
      content.services,
      (s: Content['services'][number]) => {
        const places = s.locationIds.flatMap((id) => locationById.get(id) ?? [])
        const office =
          byName(s.provider?.['zh-Hans']) ??
          places.map(locationOffice).find(Boolean) ??
          s.phoneIds
            .map((id) => phoneById.get(id))
            .flatMap((p) => (p ? [phoneOffice(p)] : []))
            .find(Boolean)
        return {
          office,
          call: [...numbers(s.phoneIds), ...places.flatMap((l) => numbers(l.phoneIds))],
        }
      },
    ],
    [
      'locations',
      content.locations,
      (l: Content['locations'][number]) => ({
        office: locationOffice(l),
        call: numbers(l.phoneIds),
      }),
    ],
    [
      'phones',
      content.phones,
      (p: Content['phones'][number]) => ({ office: phoneOffice(p), call: [p.number] }),
    ],
    ['kioskSites', content.kioskSites, () => ({ office: 'site-host', call: [] })],
    ['categories', content.categories, () => ({ call: [] })],
    ['notices', content.notices, () => ({ call: [] })],
    ['faqs', content.faqs, () => ({ call: [] })],
    ['screener.questions', content.screener.questions, () => ({ call: [] })],
    ['screener.rules', content.screener.rules, () => ({ call: [] })],
  ]

  const entries: ConfirmEntry[] = []
  for (const [collection, items, who] of lists) {
    items.forEach((item, index) => {
      const { office = 'content-office', call } = who(item as never)
      const base = {
        office,
        sheet: sheetLabel(collection),
        row: HEADER_ROWS + 1 + index,
        collection,
        index,
        id: item.id,
        name: displayName(item),
        call: [...new Set(call)],
      }
      for (const field of item.unconfirmed ?? []) {
        const leads = (item.leads ?? [])
          .filter((l) => l.field === field)
          .map(({ value, foundIn }) => ({ value, foundIn }))
        const value = describeValue(item[field])
        entries.push({ ...base, field, reason: 'unconfirmed', value, leads })
      }
      const reviewBy = item.reviewBy ?? content.dataset.reviewBy
      if (reviewBy !== undefined && reviewBy < today) {
        entries.push({
          ...base,
          field: REVIEW_FIELD,
          reason: 'review-due',
          value: `复核期限 ${reviewBy}`,
          leads: [],
        })
      }
    })
  }
  const order = Object.keys(OFFICES)
  return entries.sort((a, b) => order.indexOf(a.office) - order.indexOf(b.office))
}

/** A lead as one line: the value to check by phone, then where it was found. */
export function leadText(lead: ConfirmEntry['leads'][number]): string {
  return `线索（请电话核实，勿直接采用）/ lead (check by phone, do not copy): ${lead.value} — 出处 / found in: ${lead.foundIn}`
}

/** The list as plain text for `kiosk-content confirm-list`: one block per office. */
export function confirmListText(entries: readonly ConfirmEntry[]): string[] {
  if (entries.length === 0) return ['没有待确认的事实。/ Nothing to confirm.']
  const lines: string[] = []
  for (const office of Object.keys(OFFICES) as OfficeKey[]) {
    const mine = entries.filter((e) => e.office === office)
    if (mine.length === 0) continue
    lines.push(`== ${OFFICES[office].zh} / ${OFFICES[office].en} (${mine.length})`)
    for (const e of mine) {
      const why = e.reason === 'unconfirmed' ? '待确认 unconfirmed' : '已过复核期限 review due'
      const call = e.call.length > 0 ? `  ☎ ${e.call.join(', ')}` : ''
      lines.push(
        `  ${e.sheet}!${e.row}  ${e.name} (${e.id})  ${e.field}: ${e.value}  [${why}]${call}`,
      )
      for (const lead of e.leads) lines.push(`      ${leadText(lead)}`)
    }
    lines.push('')
  }
  return lines
}
