import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Command, CommandIO } from '../command'
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../command'
import { confirmList } from '../sheet/confirmList'
import { writeConfirmSheet } from '../sheet/confirmSheet'
import { readContentFile, todayInChina, writeFileAtomic } from '../sheet/files'
import { formatImportProblems, importWorkbook } from '../sheet/importContent'
import { contentWorkbook } from '../sheet/writeWorkbook'

const USAGE =
  'export <content.json> --out <content.xlsx> | import <content.xlsx> --out <content.json>'

async function exportSheet(file: string, out: string, io: CommandIO): Promise<number> {
  const read = await readContentFile(resolve(io.cwd, file), file)
  if ('errors' in read) {
    read.errors.forEach((line) => io.err(line))
    return EXIT_FAILED
  }
  const wb = contentWorkbook(read.content)
  const entries = confirmList(
    read.content,
    todayInChina((m) => io.err(`kiosk-content sheet: ${m}`)),
  )
  writeConfirmSheet(wb, entries)
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer())
  await writeFileAtomic(resolve(io.cwd, out), bytes)
  io.out(
    `已导出 ${out}（待确认 ${entries.length} 项）/ wrote ${out} (${entries.length} facts to confirm)`,
  )
  return EXIT_OK
}

async function importSheet(file: string, out: string, io: CommandIO): Promise<number> {
  const bytes = await readFile(resolve(io.cwd, file)).catch((e: unknown) =>
    e instanceof Error ? e : new Error(String(e)),
  )
  if (bytes instanceof Error) {
    io.err(`${file}: 无法读取 / cannot read: ${bytes.message}`)
    return EXIT_FAILED
  }
  const outcome = await importWorkbook(bytes)
  if (!outcome.ok) {
    formatImportProblems(outcome.sheetErrors, outcome.problems).forEach((line) => io.err(line))
    io.err(`未写入任何文件 / nothing written: fix the cells above and import again`)
    return EXIT_FAILED
  }
  formatImportProblems([], outcome.warnings).forEach((line) => io.out(line))
  await writeFileAtomic(resolve(io.cwd, out), `${JSON.stringify(outcome.content, null, 2)}\n`)
  io.out(`已导入 ${out} / wrote ${out}`)
  return EXIT_OK
}

async function run(args: string[], io: CommandIO): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' } } })
  } catch (e) {
    io.err(`kiosk-content sheet: ${e instanceof Error ? e.message : String(e)}`)
    return EXIT_USAGE
  }
  const [verb, file, ...rest] = parsed.positionals
  const out = parsed.values.out
  if (!file || !out || rest.length > 0 || (verb !== 'export' && verb !== 'import')) {
    io.err(`Usage: kiosk-content sheet ${USAGE}`)
    return EXIT_USAGE
  }
  return verb === 'export' ? exportSheet(file, out, io) : importSheet(file, out, io)
}

/**
 * `kiosk-content sheet export|import`: the content office's workbook. Export writes one sheet per
 * kind of item plus the 待确认 list; import reads it back, applies confirmations, runs the
 * checker, and writes the JSON only when nothing is wrong (every error names its cell).
 */
export const sheetCommand: Command = {
  name: 'sheet',
  summary: 'Export content to an Excel/WPS workbook, or import the edited workbook back to JSON.',
  usage: USAGE,
  run,
}
