import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { WEB_HOST_BUNDLE } from '../../scripts/build.mjs'

export type HostOptions = {
  /** ISO date-time the host pretends it is (`KIOSK_NOW`); undefined = the real clock. */
  kioskNow?: string
  /** A content file to serve instead of the bundled resources/content. */
  contentFile?: string
  /**
   * A data folder to reuse (e.g. to restart a host on the same state). It is kept on stop;
   * without it each host gets a fresh temporary folder, removed on stop.
   */
  dataDir?: string
  /** Folders the host watches for update packages (`--watch DIR`). */
  watch?: string[]
  /** Let a brand-new kiosk take its first PIN on screen (the installer's `KIOSK_FIRST_PIN_ON_SCREEN=1`). */
  firstPinOnScreen?: boolean
  /** Arm the renderer's test-only fault hook (`KIOSK_TEST_FAULTS=1`, see docs/updates.md). */
  testFaults?: boolean
}

export type KioskHost = { url: string; dataDir: string; stop(): Promise<void> }

const READY = /Kiosk ready at (http:\/\/127\.0\.0\.1:\d+\/)/
const START_TIMEOUT_MS = 60_000

/** The browser host bundled by scripts/build.mjs (kept current by the e2e global setup). */
const HOST_BUNDLE = resolve(WEB_HOST_BUNDLE)

/**
 * Starts the browser host (electron/web/cli.ts, run from its bundle) on a free port with its own empty data folder,
 * and resolves once it prints its ready line. Rejects with the host's own output when it exits
 * or stays silent, so a broken host shows why instead of a bare timeout.
 */
export function startKioskHost(options: HostOptions = {}): Promise<KioskHost> {
  const ownDir = options.dataDir === undefined
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'kiosk-e2e-'))
  const args = ['--enable-source-maps', HOST_BUNDLE, '--port', '0']
  args.push('--data-dir', dataDir, '--no-open')
  if (options.contentFile) args.push('--content', resolve(options.contentFile))
  for (const dir of options.watch ?? []) args.push('--watch', resolve(dir))
  const env = { ...process.env }
  delete env.KIOSK_NOW
  if (options.kioskNow) env.KIOSK_NOW = options.kioskNow
  delete env.KIOSK_FIRST_PIN_ON_SCREEN
  if (options.firstPinOnScreen) env.KIOSK_FIRST_PIN_ON_SCREEN = '1'
  delete env.KIOSK_TEST_FAULTS
  if (options.testFaults) env.KIOSK_TEST_FAULTS = '1'
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })

  let output = ''
  const stop = () =>
    stopChild(child).finally(() => {
      if (ownDir) rmSync(dataDir, { recursive: true, force: true })
    })
  return new Promise((resolvePromise, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer)
      void stop()
      reject(new Error(`Browser host ${why}. Its output:\n${output}`))
    }
    const timer = setTimeout(
      () => fail(`did not print "Kiosk ready" within 60 s`),
      START_TIMEOUT_MS,
    )
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = READY.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        child.off('exit', onExit)
        resolvePromise({ url: match[1], dataDir, stop })
      }
    }
    const onExit = (code: number | null) => fail(`exited (code ${code}) before it was ready`)
    child.stdout.on('data', onData)
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', onExit)
  })
}

/** Stops a child process: SIGTERM, then SIGKILL after 5 s; resolves once it has exited. */
export function stopChild(child: ChildProcess): Promise<void> {
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
