import type { LogRecord } from '../services/logger/logger'

export interface ShellLog {
  /** Writes one line to stderr now and to the durable error log (once attached). */
  log: (line: string) => void
  /** Connects the durable error log; lines logged before are handed over first, in order. */
  attach: (sink: (record: LogRecord) => void, flush: () => Promise<void>) => void
  /** Resolves when every line handed to the durable log is on disk (at once if none is attached). */
  flush: () => Promise<void>
}

/**
 * The main process's log. Everything it logs is unusual (a refusal, a crash, a restart, a bad
 * switch), so each line also goes to the durable error log the diagnostics screen shows. Lines
 * from before the services exist are held (at most `maxHeld`, oldest dropped) until `attach`.
 */
export function createShellLog(write: (line: string) => void, maxHeld = 100): ShellLog {
  let sink: ((record: LogRecord) => void) | undefined
  let flushSink: () => Promise<void> = () => Promise.resolve()
  const held: string[] = []
  const record = (message: string): LogRecord => ({ level: 'warn', area: 'shell', message })
  return {
    log(line) {
      write(`[kiosk] ${line}`)
      if (sink) sink(record(line))
      else {
        held.push(line)
        if (held.length > maxHeld) held.shift()
      }
    },
    attach(next, flush) {
      sink = next
      flushSink = flush
      for (const line of held.splice(0)) next(record(line))
    },
    flush: () => flushSink(),
  }
}
