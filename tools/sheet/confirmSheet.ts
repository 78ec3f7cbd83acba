import type ExcelJS from 'exceljs'
import { isoDateSchema } from '../../common/content/schema'
import type { Content } from '../../common/content/schema'
import { readCell, type SheetError } from './cells'
import { OFFICES, REVIEW_FIELD, leadText, type ConfirmEntry } from './confirmList'
import { HEADER_ROWS } from './layout'

/** The confirmation sheet: one row per fact to confirm, with the three columns a clerk fills. */
export const CONFIRM_SHEET = '待确认'

const COLUMNS = [
  ['office', '可确认的单位', 34],
  ['sheet', '表', 10],
  ['row', '行', 6],
  ['id', 'id', 22],
  ['name', '名称', 28],
  ['field', '待确认事项', 16],
  ['value', '现在的内容', 40],
  ['leads', '线索（请电话核实）及出处', 40],
  ['call', '可拨打的电话', 18],
  ['confirmedBy', '确认人', 16],
  ['confirmedOn', '确认日期', 14],
  ['reviewBy', '新的复核期限', 14],
] as const
type ColumnName = (typeof COLUMNS)[number][0]
const col = (name: ColumnName) => COLUMNS.findIndex(([n]) => n === name) + 1

/** Adds the 待确认 sheet; the last three columns are left empty for the clerk. */
export function writeConfirmSheet(wb: ExcelJS.Workbook, entries: readonly ConfirmEntry[]): void {
  const ws = wb.addWorksheet(CONFIRM_SHEET, {
    views: [{ state: 'frozen', ySplit: HEADER_ROWS }],
    properties: { tabColor: { argb: 'FFF59E0B' } },
  })
  ws.addRow(COLUMNS.map(([, label]) => label))
  ws.addRow(COLUMNS.map(([name]) => name))
  ws.getRow(1).font = { bold: true }
  ws.getRow(2).font = { color: { argb: 'FF6B7280' } }
  COLUMNS.forEach(([, , width], i) => {
    ws.getColumn(i + 1).width = width
    ws.getColumn(i + 1).numFmt = '@'
    ws.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' }
  })
  for (const e of entries) {
    ws.addRow([
      OFFICES[e.office].zh,
      e.sheet,
      e.row,
      e.id,
      e.name,
      e.field,
      e.value,
      e.leads.map(leadText).join('\n'),
      e.call.join('\n'),
    ])
  }
}

type Confirmation = {
  sheet: string
  id: string
  field: string
  by: string
  on: string
  reviewBy?: string
  ref: string
}

const TEXT = { kind: 'text' } as const
const DATE = { kind: 'date' } as const

/** Reads the rows where a clerk filled 确认人 and 确认日期; half-filled rows are errors. */
function readConfirmations(ws: ExcelJS.Worksheet, errors: SheetError[]): Confirmation[] {
  const out: Confirmation[] = []
  for (let r = HEADER_ROWS + 1; r <= ws.rowCount; r++) {
    const cell = (name: ColumnName) => ws.getCell(r, col(name))
    const text = (name: ColumnName) =>
      readCell(
        name === 'confirmedBy' || name === 'sheet' || name === 'id' || name === 'field'
          ? TEXT
          : DATE,
        cell(name).value,
        cell(name).numFmt,
      ).value as string | undefined
    const by = text('confirmedBy')
    const on = text('confirmedOn')
    const reviewBy = text('reviewBy')
    if (by === undefined && on === undefined && reviewBy === undefined) continue
    const ref = (name: ColumnName) => `${CONFIRM_SHEET}!${cell(name).address}`
    if (by === undefined || on === undefined) {
      errors.push({
        ref: ref(by === undefined ? 'confirmedBy' : 'confirmedOn'),
        zh: '确认人和确认日期要一起填写',
        en: 'fill in both confirmed by and confirmed on',
      })
      continue
    }
    for (const [name, value] of [
      ['confirmedOn', on],
      ['reviewBy', reviewBy],
    ] as const) {
      if (value !== undefined && !isoDateSchema.safeParse(value).success) {
        errors.push({
          ref: ref(name),
          zh: `日期应写成 YYYY-MM-DD，而不是“${value}”`,
          en: `a date is written YYYY-MM-DD, not "${value}"`,
        })
      }
    }
    out.push({
      sheet: text('sheet') ?? '',
      id: text('id') ?? '',
      field: text('field') ?? '',
      by,
      on,
      ...(reviewBy ? { reviewBy } : {}),
      ref: ref('id'),
    })
  }
  return out
}

type Confirmable = {
  id: string
  unconfirmed?: string[]
  leads?: { field: string }[]
  lastConfirmed?: { by: string; on: string }
  reviewBy?: string
}

/**
 * Applies the clerk's confirmations to the imported content: the field leaves `unconfirmed`
 * (the list is dropped when empty) and its leads go, `lastConfirmed` records who and when (the latest date wins
 * when several facts of one item were confirmed), and a new review date replaces the old one.
 */
export function applyConfirmations(
  wb: ExcelJS.Workbook,
  listsBySheet: ReadonlyMap<string, readonly Confirmable[]>,
): SheetError[] {
  const ws = wb.getWorksheet(CONFIRM_SHEET)
  if (!ws) return []
  const errors: SheetError[] = []
  for (const c of readConfirmations(ws, errors)) {
    const item = listsBySheet.get(c.sheet)?.find((i) => i.id === c.id)
    if (!item) {
      errors.push({
        ref: c.ref,
        zh: `在“${c.sheet}”表中找不到 id“${c.id}”`,
        en: `no item "${c.id}" in the sheet "${c.sheet}"`,
      })
      continue
    }
    if (c.field !== REVIEW_FIELD && item.unconfirmed) {
      item.unconfirmed = item.unconfirmed.filter((f) => f !== c.field)
      if (item.unconfirmed.length === 0) delete item.unconfirmed
      // A confirmed fact needs no lead any more: the confirmed value is in the item's own cell.
      const kept = item.leads?.filter((l) => l.field !== c.field)
      if (kept && kept.length > 0) item.leads = kept
      else delete item.leads
    }
    if (!item.lastConfirmed || item.lastConfirmed.on <= c.on)
      item.lastConfirmed = { by: c.by, on: c.on }
    if (c.reviewBy) item.reviewBy = c.reviewBy
  }
  return errors
}

/** The lists a confirmation row can point at, by sheet name (as written in the 表 column). */
export function confirmableLists(
  content: Content | Record<string, unknown>,
  sheetOf: (source: string) => string,
) {
  const c = content as Content
  const entries: [string, readonly Confirmable[] | undefined][] = [
    ['services', c.services],
    ['locations', c.locations],
    ['phones', c.phones],
    ['kioskSites', c.kioskSites],
    ['categories', c.categories],
    ['notices', c.notices],
    ['faqs', c.faqs],
    ['screener.questions', c.screener?.questions],
    ['screener.rules', c.screener?.rules],
  ]
  return new Map(entries.map(([source, list]) => [sheetOf(source), list ?? []]))
}
