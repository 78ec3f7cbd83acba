import { mkdir } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createClock } from '../../electron/services/clock'
import type { Command, CommandIO } from '../command'
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../command'
import { assessFleet, parseDuration, type FleetReport } from '../fleet/assess'
import { fleetCsv, fleetHtml } from '../fleet/fleetHtml'
import { readFleet } from '../fleet/readFleet'
import { writeFileAtomic } from '../sheet/files'

const DEFAULT_OFFLINE_AFTER = '2h'

/** The report as lines for a terminal or a scheduled task's log: kiosks needing attention first. */
function printText(report: FleetReport, io: CommandIO): void {
  for (const k of report.kiosks) {
    const why = k.attention.map((a) => a.en).join('; ')
    io.out(
      `${k.attention.length ? 'ATTENTION' : 'ok       '} ${k.kioskId} v${k.contentVersion}${why ? ` — ${why}` : ''}`,
    )
  }
  for (const f of report.files) io.out(`file ${f.file}: ${f.kind}: ${f.reason}`)
  const needing = report.kiosks.filter((k) => k.attention.length > 0).length
  io.out(
    `${report.kiosks.length} kiosk(s), ${needing} need attention, ${report.files.length} status file(s) not used` +
      (report.newestPackage
        ? `; newest package v${report.newestPackage.contentVersion} (signature not checked)`
        : ''),
  )
}

async function run(args: string[], io: CommandIO): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        json: { type: 'boolean' },
        'offline-after': { type: 'string' },
      },
    })
  } catch (e) {
    io.err(`kiosk-content fleet: ${e instanceof Error ? e.message : String(e)}`)
    return EXIT_USAGE
  }
  const { out, json } = parsed.values
  const offlineText = parsed.values['offline-after'] ?? DEFAULT_OFFLINE_AFTER
  const offlineAfterMs = parseDuration(offlineText)
  if (parsed.positionals.length === 0) {
    io.err(`Usage: kiosk-content fleet ${fleetCommand.usage}`)
    return EXIT_USAGE
  }
  if (offlineAfterMs === undefined) {
    io.err(
      `kiosk-content fleet: --offline-after "${offlineText}" is not a duration (examples: 90m, 2h, 1d)`,
    )
    return EXIT_USAGE
  }
  if (out !== undefined && !out.toLowerCase().endsWith('.html')) {
    io.err(`kiosk-content fleet: --out "${out}" must name an .html file (the .csv goes beside it)`)
    return EXIT_USAGE
  }
  const clock = createClock(process.env)
  if (clock.warning) io.err(`kiosk-content fleet: ${clock.warning}`)
  const input = await readFleet(parsed.positionals, io.cwd)
  const report = assessFleet(input, clock.now(), offlineAfterMs)
  if (out !== undefined) {
    const csv = out.replace(/\.html$/i, '.csv')
    await mkdir(dirname(resolve(io.cwd, out)), { recursive: true })
    await writeFileAtomic(resolve(io.cwd, out), fleetHtml(report))
    await writeFileAtomic(resolve(io.cwd, csv), fleetCsv(report))
    if (!json) io.out(`已写出 ${out} 和 ${csv} / wrote ${out} and ${csv}`)
  }
  if (json) io.out(JSON.stringify(report, null, 2))
  else printText(report, io)
  return report.needsAttention ? EXIT_FAILED : EXIT_OK
}

/**
 * `kiosk-content fleet <folder>... [--out fleet.html] [--json] [--offline-after 2h]`: reads the
 * status files kiosks leave in synced folders (`KIOSK-STATUS/*.json`) and reports every kiosk,
 * those needing a visit first. Exit 1 when any kiosk needs attention or a status file could not
 * be used, so a scheduled task can alert; 0 when all is well; 2 on a usage error.
 */
export const fleetCommand: Command = {
  name: 'fleet',
  summary:
    'Report every kiosk from the status files in synced folders; exit 1 when any needs attention.',
  usage: '<folder>... [--out <fleet.html>] [--json] [--offline-after <2h>]',
  run,
}
