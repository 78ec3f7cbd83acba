import { spawn } from 'node:child_process'
import { PrintFailure, type PrinterTransport } from './printerTransport'

export interface CupsOptions {
  queue: string
  /**
   * Environment of `lp`, `lpstat` and `cancel` (tests set CUPS_SERVER to their own cupsd);
   * default: this process's. The messages are always read in the C locale.
   */
  env?: NodeJS.ProcessEnv
  /** How often a job is looked at while it prints (default 200 ms). */
  pollMs?: number
}

type Run = { code: number | null; stdout: string; stderr: string }

/** Longest output kept from one CUPS command (a queue's job list is a few lines). */
const MAX_OUTPUT = 16_384
/** Time limit of `cancel` after the print's own limit has passed. */
const CANCEL_MS = 3000

/**
 * Runs one CUPS client command without a shell, `input` on stdin, killed when `signal` aborts.
 * Rejects only when the command cannot start (CUPS client missing).
 */
function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  signal: AbortSignal,
  input?: Buffer,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      shell: false,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...env, LC_ALL: 'C', LANG: 'C' },
      signal,
      killSignal: 'SIGKILL',
    })
    const out = { stdout: '', stderr: '' }
    for (const name of ['stdout', 'stderr'] as const) {
      child[name].setEncoding('utf8')
      child[name].on('data', (chunk: string) => {
        if (out[name].length < MAX_OUTPUT) out[name] += chunk
      })
    }
    child.on('error', (err: NodeJS.ErrnoException) => {
      if (err.name === 'AbortError') return
      reject(err)
    })
    child.on('close', (code) => resolve({ code, ...out }))
    // A closed pipe (the command died early) surfaces as its exit code.
    child.stdin.on('error', () => undefined)
    child.stdin.end(input)
  })
}

const said = (r: Run) => (r.stderr.trim() ? `: ${r.stderr.trim().split('\n')[0]}` : '')

/**
 * A CUPS queue printed raw (`lp -d QUEUE -o raw`, the ESC/POS bytes on stdin, no shell; the
 * queue name is checked in the settings). CUPS queues a job even when the printer is off, and
 * prints it whenever the printer comes back — for a visitor long gone (issue 23, finding 12). So:
 * the probe asks CUPS whether the queue is enabled and accepting (`lpstat -p -a`); after `lp` the
 * job is followed (`lpstat -o`) until it has left the queue, and a job still there at the time
 * limit is cancelled (`cancel JOB`) and reported as a fault. Paper status is not visible here.
 */
export function createCupsTransport(options: CupsOptions): PrinterTransport {
  const { queue } = options
  const label = `CUPS queue ${queue}`
  const env = options.env ?? process.env
  const cupsMissing = (err: unknown) =>
    new PrintFailure(
      'offline',
      `${label}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'the CUPS client (lp, lpstat) is not installed' : String(err)}`,
    )

  /** Whether the job is still waiting or printing, and how it ended once it is not. */
  async function jobState(job: string, signal: AbortSignal): Promise<'queued' | 'done' | string> {
    const open = await run('lpstat', ['-o', queue], env, signal)
    if (open.code !== 0) return `lpstat failed${said(open)}`
    if (open.stdout.split('\n').some((line) => line.split(/\s/)[0] === job)) return 'queued'
    const ended = await run('lpstat', ['-l', '-W', 'completed', '-o', queue], env, signal)
    const entry = ended.stdout.split(/\n(?=\S)/).find((block) => block.split(/\s/)[0] === job)
    const alerts = /Alerts:\s*(.*)/.exec(entry ?? '')?.[1] ?? ''
    return /canceled|aborted|stopped/.test(alerts) ? `CUPS ended it (${alerts.trim()})` : 'done'
  }

  async function cancelJob(job: string) {
    await run('cancel', [job], env, AbortSignal.timeout(CANCEL_MS)).catch(() => undefined)
  }

  return {
    label,
    takes: 'escpos',
    async probe(signal) {
      let state: Run
      try {
        state = await run('lpstat', ['-p', queue, '-a', queue], env, signal)
      } catch (err) {
        return { state: 'offline', detail: cupsMissing(err).message }
      }
      if (signal.aborted) return { state: 'offline', detail: `${label}: CUPS did not answer` }
      if (state.code !== 0)
        return { state: 'offline', detail: `${label}: lpstat failed${said(state)}` }
      if (/^printer \S+ disabled/m.test(state.stdout))
        return { state: 'offline', detail: `${label} is paused in CUPS (cupsenable ${queue})` }
      if (/not accepting requests/.test(state.stdout))
        return { state: 'offline', detail: `${label} refuses jobs in CUPS (cupsaccept ${queue})` }
      return { state: 'ready', paperLow: false }
    },
    async send(bytes, signal) {
      let lp: Run
      try {
        lp = await run('lp', ['-d', queue, '-o', 'raw'], env, signal, bytes)
      } catch (err) {
        throw cupsMissing(err)
      }
      if (signal.aborted)
        throw new PrintFailure('timeout', `lp for ${label} did not finish in time`)
      if (lp.code !== 0)
        throw new PrintFailure('failed', `lp for ${label} exited with ${lp.code}${said(lp)}`)
      const job = /request id is (\S+)/.exec(lp.stdout)?.[1]
      if (!job)
        throw new PrintFailure('failed', `lp for ${label} named no job: ${lp.stdout.trim()}`)

      for (;;) {
        if (signal.aborted) {
          await cancelJob(job)
          throw new PrintFailure(
            'timeout',
            `${label}: job ${job} was not printed within the time limit (printer off or not reachable?); it was cancelled so it cannot print later`,
          )
        }
        const state = await jobState(job, signal).catch((err: unknown) => String(err))
        if (state === 'done') return
        if (state !== 'queued' && !signal.aborted) {
          await cancelJob(job)
          throw new PrintFailure('failed', `${label}: job ${job}: ${state}`)
        }
        await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 200))
      }
    },
  }
}
