import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Content } from '../../common/content/schema'
import { importWorkbook } from './importContent'

/**
 * Workbooks actually saved by an office program (fixtures/README.md says how each was made), so
 * CI checks what LibreOffice writes without an office suite: booleans as TRUE()/FALSE()
 * formulas (FALSE's saved 0 is lost by exceljs), headers as rich text, a typed number in a
 * text field, a day number in a date field.
 */
const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, 'fixtures', name))
const source = JSON.parse(fixture('office-source.json').toString('utf8')) as Content

async function imported(name: string): Promise<Content> {
  const outcome = await importWorkbook(fixture(name))
  if (!outcome.ok) {
    const lines = [...outcome.sheetErrors, ...outcome.problems].map((p) => JSON.stringify(p))
    throw new Error(`${name} was refused:\n${lines.join('\n')}`)
  }
  return outcome.content
}

describe('workbooks saved by LibreOffice Calc', () => {
  it('an export opened and saved with no change imports back to identical content', async () => {
    expect(await imported('office-libreoffice.xlsx')).toEqual(source)
  })

  it('a phone number, a yes/no cell and a date changed in it come through, and nothing else', async () => {
    const content = await imported('office-libreoffice-edited.xlsx')
    const expected = structuredClone(source)
    const phone = (id: string) => expected.phones.find((p) => p.id === id)!
    phone('rescue-station-hotline').number = '0431-85086188'
    phone('rescue-station-hotline').reviewBy = '2027-03-15'
    phone('hrss-12333').available24h = true
    expect(content).toEqual(expected)
    // 12345 was saved as a number (t="n") in a text field: it reads as the same text.
    expect(content.phones.find((p) => p.id === 'government-12345')!.number).toBe('12345')
  })
})
