import type ExcelJS from 'exceljs'
import { LIST_SPLIT } from './flatten'
import type { Leaf } from './layout'

/** A problem in one cell, said in Chinese for the clerk and in English for everyone else. */
export type SheetError = { ref: string; zh: string; en: string }
export type CellRead = { value?: unknown; error?: { zh: string; en: string } }

/** What Excel or WPS may have stored in a cell, reduced to a plain value. */
export function plainValue(value: ExcelJS.CellValue): string | number | boolean | Date | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value
  }
  if (value instanceof Date) return value
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('')
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: ExcelJS.CellValue }).result
      return result === undefined ? undefined : plainValue(result)
    }
    if ('hyperlink' in value) return plainValue((value as { text: ExcelJS.CellValue }).text)
  }
  return undefined
}

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
}

/**
 * Reads one cell as the leaf the schema expects. An empty cell (or only spaces) is absent.
 * Text is trimmed: clerks' stray spaces never reach a visitor.
 */
export function readCell(leaf: Leaf, raw: ExcelJS.CellValue): CellRead {
  const v = plainValue(raw)
  if (v === undefined || (typeof v === 'string' && v.trim() === '')) return {}
  switch (leaf.kind) {
    case 'text':
      if (v instanceof Date) return { value: isoDay(v) }
      return { value: String(v).trim() }
    case 'date':
      if (v instanceof Date) return { value: isoDay(v) }
      if (typeof v === 'number') return { value: excelSerialDay(v) }
      return { value: String(v).trim() }
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
