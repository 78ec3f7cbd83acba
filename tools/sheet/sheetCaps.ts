import type ExcelJS from 'exceljs'
import { formatSizePair } from '../../electron/services/cappedRead'
import type { SheetError } from './cells'

/**
 * How big a content workbook may be. The reading loops go row by row to each sheet's last row,
 * so one stray cell at row 1,048,576 in every sheet of a normal 78 KB export once took 1 min 29 s
 * and 4.4 GB before V8 aborted. Real content is far smaller: 10,000 places are 10,000 rows.
 */
export type SheetCaps = { bytes: number; rows: number; columns: number; cells: number }

export const SHEET_CAPS: Readonly<SheetCaps> = {
  /** The file as read from disk (the kiosk's own cap for a content JSON file is 32 MB). */
  bytes: 32 * 1024 * 1024,
  /** The last row of any one sheet. */
  rows: 100_000,
  /** The last column of any one sheet (the widest sheet has about 35). */
  columns: 200,
  /** Cells holding something, over the whole workbook. */
  cells: 2_000_000,
}

/** A workbook file too big to open: said before exceljs reads a byte of it. */
export function fileCapError(
  byteLength: number,
  caps: Readonly<SheetCaps> = SHEET_CAPS,
): SheetError | undefined {
  if (byteLength <= caps.bytes) return undefined
  const [size, limit] = formatSizePair(byteLength, caps.bytes)
  return {
    ref: '(file)',
    zh: `文件有 ${size}，超过上限 ${limit}`,
    en: `the file is ${size}, over the ${limit} limit`,
  }
}

/**
 * The sheets that reach past the caps, each named with its last row or column, checked after the
 * workbook is loaded and before any sheet is read row by row. Counting cells visits only rows
 * that exist (exceljs keeps rows sparse), and only in sheets within the row cap.
 */
export function workbookCapErrors(
  wb: ExcelJS.Workbook,
  caps: Readonly<SheetCaps> = SHEET_CAPS,
): SheetError[] {
  const errors: SheetError[] = []
  let cells = 0
  for (const ws of wb.worksheets) {
    if (ws.rowCount > caps.rows) {
      errors.push({
        ref: `${ws.name}!A${ws.rowCount}`,
        zh: `这张表写到了第 ${ws.rowCount} 行，超过上限 ${caps.rows} 行（请删除表格下方远处的单元格）`,
        en: `this sheet reaches row ${ws.rowCount}, beyond the limit of ${caps.rows} rows (delete the stray cells far below the table)`,
      })
    }
    if (ws.columnCount > caps.columns) {
      errors.push({
        ref: `${ws.name}!${ws.getColumn(ws.columnCount).letter}1`,
        zh: `这张表写到了第 ${ws.columnCount} 列，超过上限 ${caps.columns} 列（请删除表格右边远处的单元格）`,
        en: `this sheet reaches column ${ws.columnCount}, beyond the limit of ${caps.columns} columns (delete the stray cells far right of the table)`,
      })
    }
    if (errors.length > 0 || cells > caps.cells) continue
    ws.eachRow((row) => {
      cells += row.actualCellCount
    })
  }
  if (errors.length === 0 && cells > caps.cells) {
    errors.push({
      ref: '(file)',
      zh: `工作簿有 ${cells} 个以上填写的单元格，超过上限 ${caps.cells} 个`,
      en: `the workbook has ${cells} or more filled cells, over the limit of ${caps.cells}`,
    })
  }
  return errors
}
