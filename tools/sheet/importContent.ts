import ExcelJS from 'exceljs'
import { checkContent, type Problem } from '../../common/content/check'
import type { Content } from '../../common/content/schema'
import type { SheetError } from './cells'
import { applyConfirmations, confirmableLists } from './confirmSheet'
import { sheetLabel } from './labels'
import { problemInChinese } from './problemChinese'
import { readWorkbook } from './readWorkbook'
import { fileCapError, workbookCapErrors } from './sheetCaps'

/** A checker problem placed on the cell it came from, when the path maps to one. */
export type PlacedProblem = Problem & { ref?: string }

export type ImportOutcome =
  | { ok: true; content: Content; warnings: PlacedProblem[] }
  | { ok: false; sheetErrors: SheetError[]; problems: PlacedProblem[] }

/** The cell a JSON path came from: itself, else its first cell below, else the nearest above. */
export function cellFor(cells: ReadonlyMap<string, string>, path: string): string | undefined {
  const exact = cells.get(path)
  if (exact) return exact
  for (const [p, ref] of cells) if (p.startsWith(`${path}.`) || p.startsWith(`${path}[`)) return ref
  let best: [string, string] | undefined
  for (const [p, ref] of cells) {
    const above = path.startsWith(`${p}.`) || path.startsWith(`${p}[`)
    if (above && (!best || p.length > best[0].length)) best = [p, ref]
  }
  return best?.[1]
}

/**
 * Reads a clerk's workbook into checked content: size caps first (sheetCaps.ts), then cells
 * (each error names its cell), then the confirmations, then the same checker the kiosk runs.
 * Never throws; `ok` is false when anything would be refused, and then the caller must write
 * nothing.
 */
export async function importWorkbook(bytes: ArrayBuffer | Uint8Array): Promise<ImportOutcome> {
  const tooBig = fileCapError(bytes.byteLength)
  if (tooBig) return { ok: false, sheetErrors: [tooBig], problems: [] }
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(bytes as ArrayBuffer)
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    return {
      ok: false,
      sheetErrors: [
        {
          ref: '(file)',
          zh: `无法读取这个 xlsx 文件（${why}）`,
          en: `not a readable xlsx file (${why})`,
        },
      ],
      problems: [],
    }
  }
  const beyondCaps = workbookCapErrors(wb)
  if (beyondCaps.length > 0) return { ok: false, sheetErrors: beyondCaps, problems: [] }
  const read = readWorkbook(wb)
  if (!read.ok) return { ok: false, sheetErrors: read.errors, problems: [] }
  const confirmErrors = applyConfirmations(wb, confirmableLists(read.raw, sheetLabel))
  if (confirmErrors.length > 0) return { ok: false, sheetErrors: confirmErrors, problems: [] }
  const checked = checkContent(read.raw)
  const placed = checked.problems.map((p): PlacedProblem => {
    const ref = cellFor(read.cells, p.path)
    return ref ? { ...p, ref } : p
  })
  if (!checked.ok || !checked.content) return { ok: false, sheetErrors: [], problems: placed }
  return { ok: true, content: checked.content, warnings: placed }
}

const SEVERITY_ZH = { error: '错误', warning: '提醒' } as const

/** One line per problem, for the terminal: `地点!F7: 错误 … / error …`. */
export function formatImportProblems(
  errors: readonly SheetError[],
  problems: readonly PlacedProblem[],
): string[] {
  return [
    ...errors.map((e) => `${e.ref}: 错误 ${e.zh} / error ${e.en}`),
    ...problems.map(
      (p) =>
        `${p.ref ?? '(内容 content)'}: ${SEVERITY_ZH[p.severity]} ${problemInChinese(p.message)} / ${p.severity} ${p.path}: ${p.message}`,
    ),
  ]
}
