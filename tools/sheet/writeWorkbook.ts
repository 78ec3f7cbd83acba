import ExcelJS from 'exceljs'
import { LIST_SEPARATOR, flattenContent } from './flatten'
import type { Column, Layout, Table } from './layout'
import { HEADER_ROWS, KEY_LABELS, buildLayout } from './layout'

/** The first sheet: what the workbook is and how to fill it; top-level plain values below. */
export const ABOUT_SHEET = '说明'
/** Row on the 说明 sheet where the top-level values (`$schema`) start: path in A, value in B. */
export const META_FIRST_ROW = 10
/** Rows below the data that still offer the drop-down lists, so a clerk can add items. */
const SPARE_ROWS = 50

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8EEF5' },
}
/** Cells of facts still listed in `unconfirmed`: a clerk sees at once what to check. */
export const UNCONFIRMED_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFFFF2B3' },
}

function validationFor(column: Column): ExcelJS.DataValidation | undefined {
  const values =
    column.leaf.kind === 'boolean'
      ? ['TRUE', 'FALSE']
      : column.leaf.kind === 'enum'
        ? column.leaf.values
        : undefined
  if (!values) return undefined
  const list = `"${values.join(',')}"`
  if (list.length > 255) return undefined // Excel's limit for an inline list
  return {
    type: 'list',
    allowBlank: true,
    formulae: [list],
    showErrorMessage: true,
    errorTitle: '只能选列表中的值 / Pick a value from the list',
    error: values.join(', '),
  }
}

function widthFor(column: Column): number {
  if (column.leaf.kind === 'text') return column.path.length > 1 ? 32 : 22
  if (column.leaf.kind === 'list') return 24
  if (column.leaf.kind === 'json') return 30
  return 14
}

/** Confirmation columns go last: a clerk reads id and name first, then the facts. */
const CONFIRMATION = new Set(['lastConfirmed.by', 'lastConfirmed.on', 'reviewBy'])

/** The columns in the order the sheet shows them (import reads by name, so order is free). */
export function displayOrder(table: Table): number[] {
  const rank = (i: number) => {
    const path = table.columns[i]!.path.join('.')
    return path === 'id' ? 0 : CONFIRMATION.has(path) ? 2 : 1
  }
  return table.columns.map((_, i) => i).sort((a, b) => rank(a) - rank(b) || a - b)
}

function writeTable(wb: ExcelJS.Workbook, table: Table, rows: ReturnType<typeof flattenContent>) {
  const keys = table.keys
  const order = displayOrder(table)
  /** Sheet column (1-based) of the layout's column `i`. */
  const sheetColumn = (i: number) => keys.length + order.indexOf(i) + 1
  const idFirst = table.columns[order[0]!]?.path.join('.') === 'id' ? 1 : 0
  const ws = wb.addWorksheet(table.sheet, {
    views: [{ state: 'frozen', ySplit: HEADER_ROWS, xSplit: keys.length + idFirst }],
  })
  const shown = order.map((i) => table.columns[i]!)
  ws.addRow([...keys.map((k) => KEY_LABELS[k]), ...shown.map((c) => c.label)])
  ws.addRow([...keys, ...shown.map((c) => c.path.join('.') || 'value')])
  for (const headerRow of [1, 2]) {
    const row = ws.getRow(headerRow)
    row.font = { bold: headerRow === 1, color: { argb: headerRow === 1 ? 'FF1F2937' : 'FF6B7280' } }
    row.alignment = { wrapText: true, vertical: 'top' }
    row.eachCell((cell) => (cell.fill = HEADER_FILL))
  }
  keys.forEach((_, i) => (ws.getColumn(i + 1).width = 12))
  table.columns.forEach((column, i) => {
    const col = ws.getColumn(sheetColumn(i))
    col.width = widthFor(column)
    // Text stays text: a phone number or a date typed by a clerk must not become a number.
    if (column.leaf.kind !== 'number' && column.leaf.kind !== 'boolean') col.numFmt = '@'
    if (['text', 'list', 'json'].includes(column.leaf.kind)) {
      col.alignment = { wrapText: true, vertical: 'top' }
    }
  })
  const data = rows.get(table) ?? []
  for (const row of data) {
    ws.addRow([...keys.map((k) => row.keys[k]), ...order.map((i) => row.cells[i])])
  }
  // Cells of the facts each row lists as unconfirmed are coloured, so a clerk sees what to check.
  const listed = table.columns.findIndex((c) => c.path.join('.') === 'unconfirmed')
  data.forEach((row, r) => {
    if (listed < 0) return
    const names = String(row.cells[listed] ?? '').split(LIST_SEPARATOR)
    table.columns.forEach((column, i) => {
      if (names.includes(column.path[0]!)) {
        ws.getCell(HEADER_ROWS + 1 + r, sheetColumn(i)).fill = UNCONFIRMED_FILL
      }
    })
  })
  table.columns.forEach((column, i) => {
    const validation = validationFor(column)
    if (!validation) return
    for (let r = HEADER_ROWS + 1; r <= HEADER_ROWS + data.length + SPARE_ROWS; r++) {
      ws.getCell(r, sheetColumn(i)).dataValidation = validation
    }
  })
  return ws
}

const ABOUT_LINES = [
  '救助信息亭内容表 / Relief kiosk content workbook',
  '每张表是一类内容，每行是一项，第1行是中文说明，第2行是英文字段名（导入时按第2行读取，请勿修改第1、2行）。',
  '中文、英文、韩文并排：只有中文必填，英文、韩文留空时信息亭显示中文。',
  '一格多个值（如 id 列表）：每行一个，或用逗号分开。带“·”的表是上一张表的明细（如 服务·办理步骤），按“所属项目 id”和“序号”对应。',
  '黄色格子是尚未确认的事实；确认后，在“待确认”表填写确认人和确认日期，或在该行删掉待确认事项并填写确认人、确认日期。',
  '导入：kiosk-content sheet import 本文件.xlsx --out content.json（有错误时指出表名和格子，不写任何文件）。',
  '详见 docs/content-office.md。',
]

function writeAbout(wb: ExcelJS.Workbook, layout: Layout, content: Record<string, unknown>) {
  const ws = wb.addWorksheet(ABOUT_SHEET)
  ws.getColumn(1).width = 24
  ws.getColumn(2).width = 100
  ABOUT_LINES.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1)
    cell.value = line
    cell.font = { bold: i === 0, size: i === 0 ? 14 : 11 }
  })
  ws.getCell(META_FIRST_ROW - 1, 1).value = '其他字段 / other fields'
  layout.meta.forEach((m, i) => {
    ws.getCell(META_FIRST_ROW + i, 1).value = m.key
    const value = content[m.key]
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      ws.getCell(META_FIRST_ROW + i, 2).value = value
    }
  })
}

/**
 * Writes content into a workbook: 说明 first, then one sheet per table of the layout (an
 * optional top-level list that is absent gets no sheet, so absent stays absent).
 */
export function contentWorkbook(
  content: unknown,
  layout: Layout = buildLayout(),
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'kiosk-content sheet export'
  const record = (content ?? {}) as Record<string, unknown>
  writeAbout(wb, layout, record)
  const rows = flattenContent(layout, content)
  const absent = new Set(
    layout.root.filter((f) => f.t === 'table' && f.table.optional && record[f.key] === undefined),
  )
  for (const table of layout.tables) {
    const skip = [...absent].some(
      (f) => f.t === 'table' && (f.table === table || table.sheet.startsWith(`${f.table.sheet}·`)),
    )
    if (!skip) writeTable(wb, table, rows)
  }
  return wb
}
