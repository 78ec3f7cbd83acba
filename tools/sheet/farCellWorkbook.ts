import { writeFile } from 'node:fs/promises'
import { contentWorkbook } from './writeWorkbook'

/** The last row Excel and WPS have. */
export const LAST_EXCEL_ROW = 1_048_576

/**
 * For tests (finding 2 of issue 23): a normal export of `content` with one cell typed at the very
 * last row of every sheet — a small file (about 75 KB for the bundled content) whose sheets each
 * reach row 1,048,576.
 */
export async function writeFarCellWorkbook(file: string, content: unknown): Promise<void> {
  const wb = contentWorkbook(content)
  for (const ws of wb.worksheets) ws.getCell(LAST_EXCEL_ROW, 1).value = 'x'
  await writeFile(file, new Uint8Array(await wb.xlsx.writeBuffer()))
}
