import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Command, CommandIO } from '../command'
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../command'
import { mergeExports, readExports } from '../stats/mergeExports'
import { buildReport } from '../stats/reportHtml'

const USAGE = 'merge <folder>... --out <report.html>'

async function merge(args: string[], io: CommandIO): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' } } })
  } catch (e) {
    io.err(`kiosk-content stats merge: ${e instanceof Error ? e.message : String(e)}`)
    return EXIT_USAGE
  }
  const out = parsed.values.out
  if (parsed.positionals.length === 0 || !out) {
    io.err(`usage: kiosk-content stats ${USAGE}`)
    return EXIT_USAGE
  }
  const { exports, skipped } = await readExports(parsed.positionals, io.cwd)
  for (const s of skipped) io.err(`skipped ${s.file}: ${s.reason}`)
  if (exports.length === 0) {
    io.err('no kiosk stats exports found; nothing written')
    return EXIT_FAILED
  }
  const kiosks = mergeExports(exports)
  const html = buildReport(kiosks, {
    files: exports.length,
    skipped,
    generatedAt: new Date().toISOString().slice(0, 10),
  })
  await writeFile(resolve(io.cwd, out), html, 'utf8')
  io.out(`wrote ${out}: ${kiosks.length} kiosk(s) from ${exports.length} export file(s)`)
  return EXIT_OK
}

/**
 * `kiosk-content stats merge DIR... --out report.html`: merges kiosk stats exports (from sticks
 * or a share) into one offline HTML report. Damaged files are named and skipped; the exit code
 * is 1 only when no export at all could be read.
 */
export const statsCommand: Command = {
  name: 'stats',
  summary: 'merge kiosk usage-stats exports into one offline HTML report',
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args
    if (sub === 'merge') return merge(rest, io)
    io.err(`usage: kiosk-content stats ${USAGE}`)
    return EXIT_USAGE
  },
}
