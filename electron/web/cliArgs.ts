import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'

/** The browser host's command line, parsed and checked. Paths are absolute. */
export interface CliOptions {
  port: number
  dataDir?: string
  contentFile?: string
  open: boolean
  watchDirs: string[]
  help: boolean
}

export const USAGE = `Usage: node --import tsx electron/web/cli.ts [options]
  --port N          listen on 127.0.0.1:N (0 = any free port; default 0)
  --data-dir DIR    where settings and state live (default: the per-user app data folder)
  --content FILE    preview this content file instead of the installed content
  --watch DIR       a folder to watch for update packages (repeatable)
  --no-open         do not open a browser window
  --help, -h        show this help`

const portSchema = z.coerce
  .number({ error: '--port must be a number' })
  .int('--port must be a whole number')
  .min(0, '--port must be 0..65535')
  .max(65535, '--port must be 0..65535')

/** Thrown for a command line that cannot be used; the message says which flag is wrong. */
export class CliError extends Error {}

/**
 * Parses the browser host's flags. Unknown flags and bad values are refused with a message
 * naming the flag, so a typo in a kiosk's start script fails loudly instead of being ignored.
 */
export function parseCliArgs(argv: string[], cwd = process.cwd()): CliOptions {
  let values
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        content: { type: 'string' },
        watch: { type: 'string', multiple: true },
        'no-open': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values
  } catch (err) {
    throw new CliError(err instanceof Error ? err.message : String(err))
  }
  const port = portSchema.safeParse(values.port ?? '0')
  if (!port.success) throw new CliError(port.error.issues[0]?.message ?? '--port is invalid')
  const path = (flag: string, value: string | undefined) => {
    if (value === undefined) return undefined
    if (value.trim() === '') throw new CliError(`${flag} needs a path`)
    return resolve(cwd, value)
  }
  return {
    port: port.data,
    dataDir: path('--data-dir', values['data-dir']),
    contentFile: path('--content', values.content),
    open: !values['no-open'],
    watchDirs: (values.watch ?? []).map((dir) => resolve(cwd, dir)),
    help: values.help ?? false,
  }
}
