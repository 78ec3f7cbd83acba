import { spawn } from 'node:child_process'
import { PrintFailure, type PrinterTransport } from './printerTransport'

export interface CupsOptions {
  queue: string
  /** The `lp` program; default `lp` from PATH. */
  command?: string
  /** Environment for `lp` (tests put a stub first on PATH); default: this process's. */
  env?: NodeJS.ProcessEnv
}

/**
 * A CUPS queue printed raw: `lp -d QUEUE -o raw` with the ESC/POS bytes on stdin, spawned without
 * a shell (the queue name is also checked in the settings). CUPS is one-way from here, so the
 * probe cannot see the paper; a fault shows up as `lp` failing, and the next request tries again.
 */
export function createCupsTransport(options: CupsOptions): PrinterTransport {
  const label = `CUPS queue ${options.queue}`
  return {
    label,
    probe: async () => ({ state: 'ready', paperLow: false }),
    send(bytes, signal) {
      return new Promise<void>((resolve, reject) => {
        const child = spawn(options.command ?? 'lp', ['-d', options.queue, '-o', 'raw'], {
          shell: false,
          stdio: ['pipe', 'ignore', 'pipe'],
          env: options.env ?? process.env,
        })
        let stderr = ''
        let settled = false
        const finish = (err?: PrintFailure) => {
          if (settled) return
          settled = true
          signal.removeEventListener('abort', onAbort)
          if (err) reject(err)
          else resolve()
        }
        const onAbort = () => {
          child.kill('SIGKILL')
          finish(new PrintFailure('timeout', `lp for ${label} did not finish in time`))
        }
        if (signal.aborted) return onAbort()
        signal.addEventListener('abort', onAbort, { once: true })
        child.stderr.setEncoding('utf8')
        child.stderr.on('data', (chunk: string) => {
          if (stderr.length < 500) stderr += chunk
        })
        child.on('error', (err: NodeJS.ErrnoException) => {
          const why = err.code === 'ENOENT' ? 'lp is not installed (CUPS missing?)' : err.message
          finish(new PrintFailure('offline', `${label}: ${why}`))
        })
        child.on('close', (code) => {
          if (code === 0) finish()
          else {
            const said = stderr.trim() ? `: ${stderr.trim()}` : ''
            finish(new PrintFailure('failed', `lp for ${label} exited with ${code}${said}`))
          }
        })
        // A closed pipe (lp died early) surfaces as the exit code above.
        child.stdin.on('error', () => undefined)
        child.stdin.end(bytes)
      })
    },
  }
}
