import type ExcelJS from 'exceljs'
import { normalizeDayText, numberAsText, plainValue } from './cellValue'
import { LIST_SPLIT } from './flatten'
import type { Leaf } from './layout'

/** A problem in one cell, said in Chinese for the clerk and in English for everyone else. */
export type SheetError = { ref: string; zh: string; en: string }
export type CellRead = { value?: unknown; error?: { zh: string; en: string } }

const isoDay = (d: Date) => d.toISOString().slice(0, 10)
/** Excel counts days from 1899-12-30; a date typed into a number cell arrives as that count. */
const excelSerialDay = (n: number) => isoDay(new Date(Date.UTC(1899, 11, 30) + n * 86_400_000))

const BOOLEAN_WORDS: Record<string, boolean> = {
  true: true,
  false: false,
  是: true,
  否: false,
  yes: true,
  no: false,
  1: true,
  0: false,
}

/**
 * Reads one cell as the leaf the schema expects. An empty cell (or only spaces) is absent.
 * Text is trimmed: clerks' stray spaces never reach a visitor. What office programs do to cells
 * is undone only where the field says what was meant (cellValue.ts): a number in a text field is
 * written out in full (its leading zeros only from the cell's `numFmt`), a day number only in a
 * date field, 1/0 only in a yes/no field.
 */
export function readCell(leaf: Leaf, raw: ExcelJS.CellValue, numFmt?: string): CellRead {
  const plain = plainValue(raw)
  if ('error' in plain) return plain
  const v = plain.value
  if (v === undefined || (typeof v === 'string' && v.trim() === '')) return {}
  switch (leaf.kind) {
    case 'text':
      if (v instanceof Date) return { value: isoDay(v) }
      if (typeof v === 'number') return numberAsText(v, numFmt)
      return { value: String(v).trim() }
    case 'date':
      if (v instanceof Date) return { value: isoDay(v) }
      if (typeof v === 'number') return { value: excelSerialDay(v) }
      return { value: normalizeDayText(String(v).trim()) }
    case 'number': {
      const n = typeof v === 'number' ? v : Number(String(v).trim())
      if (typeof v === 'boolean' || v instanceof Date || !Number.isFinite(n)) {
        return {
          error: {
            zh: `应为数字，而不是“${String(v)}”`,
            en: `must be a number, not "${String(v)}"`,
          },
        }
      }
      return { value: n }
    }
    case 'boolean': {
      if (typeof v === 'boolean') return { value: v }
      const word = BOOLEAN_WORDS[String(v).trim().toLowerCase()]
      if (word === undefined) {
        return { error: { zh: '应为 TRUE 或 FALSE（是/否）', en: 'must be TRUE or FALSE' } }
      }
      return { value: word }
    }
    case 'enum': {
      const text = String(v).trim()
      if (leaf.values && !leaf.values.includes(text)) {
        const list = leaf.values.join(', ')
        return {
          error: { zh: `“${text}”不在可选值中：${list}`, en: `"${text}" is not one of: ${list}` },
        }
      }
      return { value: text }
    }
    case 'json':
      try {
        return { value: JSON.parse(String(v)) as unknown }
      } catch {
        return { error: { zh: '应为 JSON 文本（请勿手改此格的格式）', en: 'must be JSON text' } }
      }
    case 'list': {
      const items = String(v)
        .split(LIST_SPLIT)
        .map((s) => s.trim())
        .filter((s) => s !== '')
      if (leaf.values) {
        const bad = items.find((item) => !leaf.values!.includes(item))
        if (bad !== undefined) {
          const list = leaf.values.join(', ')
          return {
            error: { zh: `“${bad}”不在可选值中：${list}`, en: `"${bad}" is not one of: ${list}` },
          }
        }
      }
      return { value: items.length === 0 ? undefined : items }
    }
  }
}
