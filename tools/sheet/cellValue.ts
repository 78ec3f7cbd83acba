import type ExcelJS from 'exceljs'

/** A cell reduced to one plain value, or the reason it has none a clerk can fix. */
export type Plain =
  { value: string | number | boolean | Date | undefined } | { error: { zh: string; en: string } }

/**
 * Formulas the import evaluates itself when the office program saved no result. LibreOffice
 * writes a typed TRUE/FALSE as the formula `TRUE()`/`FALSE()` and exceljs loses a cached `0`
 * (false) result, so a yes/no cell arrives as a bare formula; a constant (`="0431"`, `=42`) is
 * as safe to read. Anything that needs calculating is refused rather than guessed.
 */
function constantFormula(formula: string): string | number | boolean | undefined {
  const f = formula.trim().replace(/^=/, '')
  const bool = /^(TRUE|FALSE)(\(\))?$/i.exec(f)
  if (bool) return bool[1]!.toUpperCase() === 'TRUE'
  const text = /^"((?:[^"]|"")*)"$/.exec(f)
  if (text) return text[1]!.replaceAll('""', '"')
  if (/^-?\d+(\.\d+)?$/.test(f)) return Number(f)
  return undefined
}

/**
 * What Excel, WPS or LibreOffice may have stored in a cell, reduced to a plain value: text,
 * rich text (LibreOffice writes mixed-font headers and text that way), a formula's saved result
 * (or a constant formula's own value), a hyperlink's text, a number, a yes/no, a date. An error
 * value (`#VALUE!`) or a calculated formula without a saved result is a problem, never "empty".
 */
export function plainValue(value: ExcelJS.CellValue): Plain {
  if (value === null || value === undefined) return { value: undefined }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return { value }
  }
  if (value instanceof Date) return { value }
  if ('richText' in value) return { value: value.richText.map((r) => r.text).join('') }
  if ('error' in value) {
    const code = String(value.error)
    return {
      error: {
        zh: `单元格显示错误 ${code}，请填写内容本身`,
        en: `the cell shows the error ${code}`,
      },
    }
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const { result, formula, sharedFormula } = value as {
      result?: ExcelJS.CellValue
      formula?: string
      sharedFormula?: string
    }
    if (result !== undefined && result !== null) return plainValue(result)
    const constant = constantFormula(formula ?? sharedFormula ?? '')
    if (constant !== undefined) return { value: constant }
    const shown = formula ?? sharedFormula ?? ''
    return {
      error: {
        zh: `公式“=${shown}”没有保存结果，请直接填写内容（不要用公式）`,
        en: `the formula "=${shown}" has no saved result; type the value itself`,
      },
    }
  }
  if ('hyperlink' in value) return plainValue(value.text)
  return { value: undefined }
}

/** Significant digits an office program keeps in a number: a longer one was already rounded. */
const MAX_DIGITS = 15

/**
 * A number found where the field is text (a phone number typed as a number). Written out in
 * full, never as `1.2e+21`; padded with its leading zeros only when the cell's own number
 * format says so (`00000000000`); refused when it has more digits than the program keeps.
 */
export function numberAsText(n: number, numFmt: string | undefined): Plain {
  const digits = Number.isInteger(n) ? BigInt(Math.abs(n)).toString() : String(Math.abs(n))
  if (digits.replace(/\D/g, '').replace(/^0+/, '').length > MAX_DIGITS) {
    return {
      error: {
        zh: `数字超过15位，办公软件已把它改动了：请把单元格设为文本后重新输入`,
        en: `a number of more than 15 digits has already been rounded by the office program; format the cell as text and type it again`,
      },
    }
  }
  const text = (n < 0 ? '-' : '') + digits
  const zeros = numFmt !== undefined && /^0+$/.test(numFmt) ? numFmt.length : 0
  return { value: Number.isInteger(n) && n >= 0 ? text.padStart(zeros, '0') : text }
}

/** `2027/3/15`, `2027.3.15`, `2027年3月15日` → `2027-03-15`; anything else as it was. */
export function normalizeDayText(text: string): string {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text)
  if (!m) return text
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`
}
