import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface BenchHost {
  url: string
  pid: number
  /** Milliseconds from spawning the process to its "Kiosk ready" line. */
  startMs: number
  stop(): Promise<void>
}

/** Every host started and not yet stopped, including ones still starting up. */
const live = new Set<() => Promise<void>>()

/** Stops every host this process started (used when the bench is interrupted). */
export async function stopAllHosts(): Promise<void> {
  await Promise.allSettled([...live].map((stop) => stop()))
}

const READY = /Kiosk ready at (http:\/\/127\.0\.0\.1:\d+\/)/
const START_TIMEOUT_MS = 90_000

/**
 * Starts the browser host (electron/web/cli.ts) on a free port with a fresh data folder and
 * resolves at its ready line. `kioskNow` pins the host clock so seasonal content is in force;
 * `dataDir` starts it on a prepared data folder instead (kept on stop).
 * Rejects with the host's own output when it exits or stays silent.
 */
export function startHost(
  root: string,
  opts: { contentFile?: string; kioskNow?: string; dataDir?: string } = {},
): Promise<BenchHost> {
  // A data folder given by the caller (seeded with settings and keys) is the caller's to remove.
  const ownDir = opts.dataDir === undefined
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'kiosk-bench-'))
  const args = ['--import', 'tsx', join(root, 'electron/web/cli.ts'), '--port', '0']
  args.push('--data-dir', dataDir, '--no-open')
  if (opts.contentFile) args.push('--content', opts.contentFile)
  const env = { ...process.env }
  delete env.KIOSK_NOW
  if (opts.kioskNow) env.KIOSK_NOW = opts.kioskNow
  const started = performance.now()
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const stop = () =>
    stopChild(child).finally(() => {
      live.delete(stop)
      if (ownDir) rmSync(dataDir, { recursive: true, force: true })
    })
  live.add(stop)
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer)
      void stop()
      reject(new Error(`browser host ${why}; its output:\n${output.slice(-2000)}`))
    }
    const timer = setTimeout(() => fail('printed no ready line in time'), START_TIMEOUT_MS)
    const onExit = (code: number | null) => fail(`exited with code ${code}`)
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const url = READY.exec(output)?.[1]
      if (!url || child.pid === undefined) return
      clearTimeout(timer)
      child.off('exit', onExit)
      resolve({ url, pid: child.pid, startMs: performance.now() - started, stop })
    })
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', onExit)
  })
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000)
    child.once('exit', () => {
      clearTimeout(force)
      done()
    })
    child.kill('SIGTERM')
  })
}

/** Resident set size of a process in MB from /proc (Linux); NaN where /proc is not available. */
export function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1]
    return kb ? Number(kb) / 1024 : Number.NaN
  } catch {
    return Number.NaN
  }
}
