/** How serious a log record is: `info` is routine, `warn` means recovered, `error` means lost or refused. */
export type LogLevel = 'info' | 'warn' | 'error'

/** One thing that happened, said plainly enough for staff: which area, what, and which file. */
export interface LogRecord {
  level: LogLevel
  /** The service that logged it, e.g. `durable-file`, `content`, `clock`. */
  area: string
  message: string
  /** The file the record is about, when there is one. */
  file?: string
}

/** Services log through this function so a host can route records to the console and the error log. */
export type Logger = (record: LogRecord) => void

/** Writes each record as one line to stderr; the fallback when no other sink is wired. */
export const consoleLogger: Logger = (record) => {
  const where = record.file ? ` (${record.file})` : ''
  console.error(`[${record.level}] ${record.area}: ${record.message}${where}`)
}

/** A logger that does nothing, for callers that explicitly want silence. */
export const silentLogger: Logger = () => {}
