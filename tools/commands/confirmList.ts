import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { jsonWithoutControls, showControls } from '../../common/content/checks/controlChars'
import { isoDateSchema } from '../../common/content/schema'
import type { Command, CommandIO } from '../command'
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../command'
import { confirmList, confirmListText } from '../sheet/confirmList'
import { readContentFile, todayInChina } from '../sheet/files'

async function run(args: string[], io: CommandIO): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { today: { type: 'string' }, json: { type: 'boolean' } },
    })
  } catch (e) {
    io.err(`kiosk-content confirm-list: ${e instanceof Error ? e.message : String(e)}`)
    return EXIT_USAGE
  }
  const today = parsed.values.today
  if (today !== undefined && !isoDateSchema.safeParse(today).success) {
    io.err(`kiosk-content confirm-list: --today "${today}" is not a date (YYYY-MM-DD)`)
    return EXIT_USAGE
  }
  const [file] = parsed.positionals
  if (!file || parsed.positionals.length > 1) {
    io.err(`Usage: kiosk-content confirm-list ${confirmListCommand.usage}`)
    return EXIT_USAGE
  }
  const read = await readContentFile(resolve(io.cwd, file), file)
  if ('errors' in read) {
    read.errors.forEach((line) => io.err(line))
    return EXIT_FAILED
  }
  const day = today ?? todayInChina((m) => io.err(`kiosk-content confirm-list: ${m}`))
  const entries = confirmList(read.content, day)
  // Content text may hold controls (the check refuses them, but this list is for content that
  // is still being fixed): never hand them to the terminal raw.
  if (parsed.values.json) io.out(jsonWithoutControls(JSON.stringify(entries, null, 2)))
  else confirmListText(entries).forEach((line) => io.out(showControls(line)))
  return EXIT_OK
}

/**
 * `kiosk-content confirm-list <content.json>`: every fact still unconfirmed or past its review
 * date, grouped by the office that can confirm it, with the numbers to call.
 */
export const confirmListCommand: Command = {
  name: 'confirm-list',
  summary: 'List facts still unconfirmed or past their review date, grouped by office.',
  usage: '<content.json> [--today YYYY-MM-DD] [--json]',
  run,
}
