import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validContent } from '../../common/content/fixtures/validContent'
import { importWorkbook } from './importContent'
import { LAST_EXCEL_ROW, writeFarCellWorkbook } from './farCellWorkbook'
import { fileCapError, SHEET_CAPS, workbookCapErrors } from './sheetCaps'
import { contentWorkbook } from './writeWorkbook'

/**
 * Finding 2 of issue 23: one cell at row 1,048,576 in each sheet of a normal export made
 * `sheet import` run 1 min 29 s and use 4.4 GB before V8 aborted.
 */
const bin = resolve(import.meta.dirname, '..', 'bin', 'kiosk-content.mjs')
let dir: string
let far: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sheet-caps-'))
  far = join(dir, 'far.xlsx')
  await writeFarCellWorkbook(far, validContent)
}, 120_000)
afterAll(async () => rm(dir, { recursive: true, force: true }))

describe('sheet import caps', () => {
  it('refuses a far-cell workbook through the CLI, in a process capped at 256 MB of heap', async () => {
    expect((await stat(far)).size).toBeLessThan(200 * 1024)
    const out = join(dir, 'out.json')
    const run = spawnSync(
      process.execPath,
      ['--max-old-space-size=256', bin, 'sheet', 'import', far, '--out', out],
      { encoding: 'utf8', timeout: 120_000 },
    )
    expect(run.signal).toBeNull() // not killed by the time limit
    expect(run.status).toBe(1) // refused, not aborted (V8 out of memory exits 134)
    expect(run.stderr).toContain(
      `服务!A${LAST_EXCEL_ROW}: 错误 这张表写到了第 ${LAST_EXCEL_ROW} 行，超过上限 100000 行`,
    )
    expect(run.stderr).toContain(`beyond the limit of ${SHEET_CAPS.rows} rows`)
    expect(run.stderr).toContain('nothing written')
    expect(existsSync(out)).toBe(false)
  })

  it('names a sheet that reaches past the column cap', () => {
    const wb = contentWorkbook(validContent)
    const ws = wb.getWorksheet('地点')!
    ws.getCell(5, 300).value = 'x'
    expect(workbookCapErrors(wb)).toEqual([
      expect.objectContaining({ ref: '地点!KN1', en: expect.stringMatching(/reaches column 300/) }),
    ])
  })

  it('counts filled cells over the whole workbook', async () => {
    const wb = contentWorkbook(validContent)
    const caps = { ...SHEET_CAPS, cells: 20 }
    expect(workbookCapErrors(wb, caps)).toEqual([
      expect.objectContaining({
        ref: '(file)',
        en: expect.stringMatching(/over the limit of 20$/),
      }),
    ])
    expect(workbookCapErrors(wb)).toEqual([])
  })

  it('refuses a file over the byte cap before it is opened', async () => {
    expect(fileCapError(SHEET_CAPS.bytes)).toBeUndefined()
    const over = await importWorkbook(new Uint8Array(SHEET_CAPS.bytes + 1))
    expect(over).toMatchObject({
      ok: false,
      sheetErrors: [
        { ref: '(file)', en: 'the file is 33,554,433 bytes, over the 33,554,432 bytes limit' },
      ],
    })
  })
})
