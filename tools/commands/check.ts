import { readdir, readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { checkContentText } from '../../common/content/check'
import { chinaDay } from '../../common/content/visibility'
import { createClock } from '../../electron/services/clock'
import type { Problem } from '../../common/content/check'
import type { Command, CommandIO } from '../command'
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../command'

type FileReport = { file: string; problems: Problem[] }

/** Content files in a folder: every `*.json` except JSON Schema files, in a stable order. */
async function contentFilesIn(folder: string, cwd: string): Promise<string[]> {
  const entries = await readdir(resolve(cwd, folder), { withFileTypes: true })
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json') && !e.name.endsWith('.schema.json'))
    .map((e) => join(folder, e.name))
    .sort()
}

const problem = (message: string): Problem => ({ severity: 'error', path: '(file)', message })

/** Expands each argument into the reports of the files it names; unreadable paths become errors. */
async function checkTarget(target: string, cwd: string, today: string): Promise<FileReport[]> {
  const info = await stat(resolve(cwd, target)).catch(() => undefined)
  if (info === undefined) return [{ file: target, problems: [problem('no such file or folder')] }]
  const files = info.isDirectory() ? await contentFilesIn(target, cwd) : [target]
  if (files.length === 0) {
    return [{ file: target, problems: [problem('no content files (*.json) in this folder')] }]
  }
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(resolve(cwd, file), 'utf8').catch((e: unknown) =>
        e instanceof Error ? e : new Error(String(e)),
      )
      if (text instanceof Error)
        return { file, problems: [problem(`cannot read: ${text.message}`)] }
      return { file, problems: checkContentText(text, file, { today }).problems }
    }),
  )
}

/** `file: severity path: message`; a JSON syntax error already names `file:line:column`. */
function formatProblem(file: string, p: Problem): string {
  if (p.path.startsWith(`${file}:`)) return `${p.path}: ${p.severity} ${p.message}`
  return `${file}: ${p.severity} ${p.path}: ${p.message}`
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`

function count(reports: FileReport[], severity: Problem['severity']): number {
  return reports.reduce((n, r) => n + r.problems.filter((p) => p.severity === severity).length, 0)
}

async function run(args: string[], io: CommandIO): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } })
  } catch (e) {
    io.err(`kiosk-content check: ${e instanceof Error ? e.message : String(e)}`)
    return EXIT_USAGE
  }
  if (parsed.positionals.length === 0) {
    io.err(`Usage: kiosk-content check ${checkCommand.usage}`)
    return EXIT_USAGE
  }
  // Review and checked-on dates are judged on today in China (KIOSK_NOW pins it, as on a kiosk).
  const clock = createClock(process.env)
  if (clock.warning) io.err(`kiosk-content check: ${clock.warning}`)
  const today = chinaDay(clock.now())
  const reports = (
    await Promise.all(parsed.positionals.map((target) => checkTarget(target, io.cwd, today)))
  ).flat()
  const errors = count(reports, 'error')
  const warnings = count(reports, 'warning')
  if (parsed.values.json) {
    const files = reports.map((r) => ({
      ...r,
      ok: r.problems.every((p) => p.severity !== 'error'),
    }))
    io.out(JSON.stringify({ ok: errors === 0, errors, warnings, files }, null, 2))
  } else {
    for (const r of reports) r.problems.forEach((p) => io.out(formatProblem(r.file, p)))
    io.out(
      `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(reports.length, 'file')}`,
    )
  }
  return errors > 0 ? EXIT_FAILED : EXIT_OK
}

/**
 * `kiosk-content check <file-or-folder>...`: validates content files exactly as the kiosk
 * will, prints every problem with its JSON path, and fails (exit 1) when any file would be
 * refused, so CI and staff catch broken content before it reaches a USB stick.
 */
export const checkCommand: Command = {
  name: 'check',
  summary: 'Check content JSON files (or every *.json in a folder); exit 1 on errors.',
  usage: '<file-or-folder>... [--json]',
  run,
}
