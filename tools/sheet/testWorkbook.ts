import { readFile, writeFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { HEADER_ROWS } from './layout'

/**
 * Edits a workbook file the way a clerk does in Excel or WPS: find the row of an item by its
 * id and the column by its field name (row 2), and type a new value. For tests.
 */
export async function editWorkbook(
  file: string,
  edit: (wb: ExcelJS.Workbook) => void,
): Promise<void> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load((await readFile(file)) as unknown as ArrayBuffer)
  edit(wb)
  await writeFile(file, new Uint8Array(await wb.xlsx.writeBuffer()))
}

/** The cell of `field` in the row whose `keyField` (id by default) is `id`. */
export function cellOf(
  wb: ExcelJS.Workbook,
  sheet: string,
  id: string,
  field: string,
  keyField = 'id',
): ExcelJS.Cell {
  const ws = wb.getWorksheet(sheet)
  if (!ws) throw new Error(`no sheet ${sheet}`)
  const column = (name: string) => {
    let found = 0
    ws.getRow(HEADER_ROWS).eachCell((cell, col) => {
      if (cell.value === name) found = col
    })
    if (!found) throw new Error(`no column ${name} in ${sheet}`)
    return found
  }
  const keyCol = column(keyField)
  for (let r = HEADER_ROWS + 1; r <= ws.rowCount; r++) {
    if (ws.getCell(r, keyCol).value === id) return ws.getCell(r, column(field))
  }
  throw new Error(`no row ${id} in ${sheet}`)
}
