import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { validContent } from '../../common/content/fixtures/validContent'
import { main } from '../cli'
import { CONFIRM_SHEET } from '../sheet/confirmSheet'
import { cellOf, editWorkbook } from '../sheet/testWorkbook'
import { captureIO } from '../testIO'

let dir: string
const content = structuredClone(validContent)
content.locations[0]!.unconfirmed = ['address', 'openingHours']
content.locations[0]!.leads = [
  { field: 'address', value: '长春市某大路1号', foundIn: '未注明日期的名单 / an undated list' },
]

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-sheet-'))
  writeFileSync(join(dir, 'content.json'), JSON.stringify(content))
  expect(await run('sheet', 'export', 'content.json', '--out', 'content.xlsx')).toMatchObject({
    code: 0,
  })
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

async function run(...args: string[]) {
  const io = captureIO(dir)
  const code = await main(args, io)
  return { code, stdout: io.stdout, stderr: io.stderr }
}
const xlsx = () => join(dir, 'content.xlsx')
const imported = () => JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as typeof content

describe('kiosk-content sheet import', () => {
  it('reads an untouched export back to the same content', async () => {
    expect(await run('sheet', 'import', 'content.xlsx', '--out', 'out.json')).toMatchObject({
      code: 0,
    })
    expect(imported()).toEqual(content)
  })

  it('names the sheet and cell of a value that cannot be read, in Chinese and English, and writes nothing', async () => {
    let latRef = ''
    let typeRef = ''
    await editWorkbook(xlsx(), (wb) => {
      const lat = cellOf(wb, '地点', 'station-office', 'geo.lat')
      lat.value = '四十三'
      latRef = lat.address
      const type = cellOf(wb, '地点', 'station-office', 'type')
      type.value = 'castle'
      typeRef = type.address
    })
    const result = await run('sheet', 'import', 'content.xlsx', '--out', 'out.json')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      `地点!${latRef}: 错误 应为数字，而不是“四十三” / error must be a number, not "四十三"`,
    )
    expect(result.stderr.find((l) => l.startsWith(`地点!${typeRef}:`))).toMatch(
      /不在可选值中.*is not one of/,
    )
    expect(existsSync(join(dir, 'out.json'))).toBe(false)
  })

  it('refuses content the checker refuses, pointing at the cell the problem came from', async () => {
    let ref = ''
    await editWorkbook(xlsx(), (wb) => {
      const cell = cellOf(wb, '地点', 'station-office', 'phoneIds')
      cell.value = 'no-such-phone'
      ref = cell.address
    })
    const result = await run('sheet', 'import', 'content.xlsx', '--out', 'out.json')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      `地点!${ref}: 错误 找不到 id 为“no-such-phone”的电话 / error locations[0].phoneIds[0]: no phone with id "no-such-phone"`,
    )
    expect(existsSync(join(dir, 'out.json'))).toBe(false)
  })

  it('refuses a renamed header and a child row whose parent does not exist', async () => {
    await editWorkbook(xlsx(), (wb) => {
      wb.getWorksheet('地点')!.getCell('C2').value = 'naam'
      const steps = wb.getWorksheet('服务·办理步骤')!
      steps.addRow(['no-such-service', 1, '去窗口'])
    })
    const result = await run('sheet', 'import', 'content.xlsx', '--out', 'out.json')
    expect(result.code).toBe(1)
    expect(result.stderr.some((l) => l.startsWith('地点!C2: 错误 未知字段“naam”'))).toBe(true)
    expect(
      result.stderr.some((l) =>
        /^服务·办理步骤!A\d+: 错误 找不到所属项目“no-such-service”/.test(l),
      ),
    ).toBe(true)
  })

  it('takes a clerk’s edits: a phone number typed as a number, a date typed as a date', async () => {
    await editWorkbook(xlsx(), (wb) => {
      cellOf(wb, '电话', 'civil-affairs', 'number').value = 12345
      cellOf(wb, '服务', 'winter', 'validUntil').value = new Date(Date.UTC(2021, 2, 15))
    })
    expect(await run('sheet', 'import', 'content.xlsx', '--out', 'out.json')).toMatchObject({
      code: 0,
    })
    expect(imported().phones[1]!.number).toBe('12345')
    expect(imported().services.find((s) => s.id === 'winter')!.validUntil).toBe('2021-03-15')
  })

  it('takes what office programs leave behind: rich-text headers, hidden columns, trailing spaces', async () => {
    await editWorkbook(xlsx(), (wb) => {
      const ws = wb.getWorksheet('地点')!
      const header = cellOf(wb, '地点', 'station-office', 'type')
      const name = ws.getCell(2, header.fullAddress.col)
      name.value = { richText: [{ text: 'ty', font: { bold: true } }, { text: 'pe ' }] }
      ws.getColumn(header.fullAddress.col).hidden = true
      cellOf(wb, '电话', 'civil-affairs', 'available24h').value = { formula: 'FALSE()' } as never
      cellOf(wb, '地点', 'station-office', 'name.zh-Hans').value = '车站救助点  '
    })
    expect(await run('sheet', 'import', 'content.xlsx', '--out', 'out.json')).toMatchObject({
      code: 0,
    })
    expect(imported()).toEqual(content)
  })
})

describe('confirmations in the 待确认 sheet', () => {
  function confirmRow(wb: Parameters<Parameters<typeof editWorkbook>[1]>[0], field: string) {
    const ws = wb.getWorksheet(CONFIRM_SHEET)!
    for (let r = 3; r <= ws.rowCount; r++) {
      if (ws.getCell(r, 4).value === 'station-office' && ws.getCell(r, 6).value === field) return r
    }
    throw new Error(`no row for ${field}`)
  }
  /** The 待确认 sheet's cell in row `r` under the field name `name` (row 2). */
  function confirmCell(wb: Parameters<typeof confirmRow>[0], r: number, name: string) {
    const ws = wb.getWorksheet(CONFIRM_SHEET)!
    let found = 0
    ws.getRow(2).eachCell((cell, c) => {
      if (cell.value === name) found = c
    })
    if (!found) throw new Error(`no column ${name}`)
    return ws.getCell(r, found)
  }

  it('shows a lead beside its fact, and drops the lead once the fact is confirmed', async () => {
    await editWorkbook(xlsx(), (wb) => {
      const lead = String(confirmCell(wb, confirmRow(wb, 'address'), 'leads').value)
      expect(lead).toContain('长春市某大路1号')
      expect(lead).toContain('未注明日期的名单 / an undated list')
      expect(confirmCell(wb, confirmRow(wb, 'openingHours'), 'leads').value).toBeFalsy()
      cellOf(wb, '地点', 'station-office', 'address.zh-Hans').value = '长春市某大路1号'
      confirmCell(wb, confirmRow(wb, 'address'), 'confirmedBy').value = '市民政局'
      confirmCell(wb, confirmRow(wb, 'address'), 'confirmedOn').value = '2026-12-01'
    })
    expect(await run('sheet', 'import', 'content.xlsx', '--out', 'out.json')).toMatchObject({
      code: 0,
    })
    const place = imported().locations[0]!
    expect(place.address).toEqual({ 'zh-Hans': '长春市某大路1号' })
    expect(place.leads).toBeUndefined()
  })

  it('removes a confirmed field from unconfirmed and records who confirmed it and when', async () => {
    await editWorkbook(xlsx(), (wb) => {
      cellOf(wb, '地点', 'station-office', 'address.zh-Hans').value = '人民大街1号'
      const r = confirmRow(wb, 'address')
      confirmCell(wb, r, 'confirmedBy').value = '市民政局 王科员'
      confirmCell(wb, r, 'confirmedOn').value = '2026-12-01'
      confirmCell(wb, r, 'reviewBy').value = '2027-06-30'
    })
    expect(await run('sheet', 'import', 'content.xlsx', '--out', 'out.json')).toMatchObject({
      code: 0,
    })
    const place = imported().locations[0]!
    expect(place.address).toEqual({ 'zh-Hans': '人民大街1号' })
    expect(place.unconfirmed).toEqual(['openingHours'])
    expect(place.lastConfirmed).toEqual({ by: '市民政局 王科员', on: '2026-12-01' })
    expect(place.reviewBy).toBe('2027-06-30')
  })

  it('refuses a confirmation with a name but no date', async () => {
    let ref = ''
    await editWorkbook(xlsx(), (wb) => {
      const r = confirmRow(wb, 'openingHours')
      confirmCell(wb, r, 'confirmedBy').value = '王科员'
      ref = confirmCell(wb, r, 'confirmedOn').address
    })
    const result = await run('sheet', 'import', 'content.xlsx', '--out', 'out.json')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      `${CONFIRM_SHEET}!${ref}: 错误 确认人和确认日期要一起填写 / error fill in both confirmed by and confirmed on`,
    )
  })
})
