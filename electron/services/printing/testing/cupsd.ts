import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** A cupsd of the test's own: its own folders and port on 127.0.0.1, never the system one. */
export type TestCupsd = {
  /** Environment for lp/lpstat/cancel/lpadmin: CUPS_SERVER points at this cupsd. */
  env: NodeJS.ProcessEnv
  /** Runs a CUPS admin or client command against this cupsd (lpadmin, cupsdisable …). */
  admin(command: string, args: string[]): Promise<string>
  close(): Promise<void>
}

const CUPSD_PLACES = ['/usr/sbin/cupsd', '/usr/local/sbin/cupsd']
const BACKEND = '/usr/lib/cups/backend/socket'

/** Why a real CUPS test cannot run here, or undefined when it can. */
export function cupsdMissing(): string | undefined {
  if (process.platform !== 'linux') return 'the CUPS tests run on Linux'
  if (!CUPSD_PLACES.some((p) => existsSync(p))) return 'cupsd is not installed (Debian: cups)'
  if (!existsSync(BACKEND)) return `the CUPS socket backend ${BACKEND} is missing`
  return undefined
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen({ host: '127.0.0.1', port: 0 }, resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))
  if (!address || typeof address !== 'object') throw new Error('no free port')
  return address.port
}

/**
 * Starts cupsd in the foreground with a config folder of its own in a temp dir, listening only
 * on 127.0.0.1 at a free port, with no web interface, no browsing and no authentication (the
 * test is the only client). Waits until `lpstat -r` says the scheduler is running.
 */
export async function startTestCupsd(): Promise<TestCupsd> {
  const root = await mkdtemp(join(tmpdir(), 'kiosk-cupsd-'))
  for (const sub of ['spool', 'tmp', 'cache', 'state', 'log', 'ppd']) await mkdir(join(root, sub))
  const port = await freePort()
  await writeFile(
    join(root, 'cups-files.conf'),
    [
      `ServerRoot ${root}`,
      `RequestRoot ${root}/spool`,
      `TempDir ${root}/tmp`,
      `CacheDir ${root}/cache`,
      `StateDir ${root}/state`,
      `ErrorLog ${root}/log/error_log`,
      `AccessLog ${root}/log/access_log`,
      `PageLog ${root}/log/page_log`,
      'FileDevice No',
      'Sandboxing relaxed',
      'SystemGroup root',
      '',
    ].join('\n'),
  )
  await writeFile(
    join(root, 'cupsd.conf'),
    [
      `Listen 127.0.0.1:${port}`,
      'LogLevel warn',
      'Browsing No',
      'WebInterface No',
      'DefaultAuthType None',
      '<Location />',
      '  Order allow,deny',
      '  Allow 127.0.0.1',
      '</Location>',
      '<Location /admin>',
      '  Order allow,deny',
      '  Allow 127.0.0.1',
      '</Location>',
      '<Policy default>',
      '  <Limit All>',
      '    Order deny,allow',
      '  </Limit>',
      '</Policy>',
      '',
    ].join('\n'),
  )
  const cupsd = CUPSD_PLACES.find((p) => existsSync(p)) ?? 'cupsd'
  const child: ChildProcess = spawn(
    cupsd,
    ['-f', '-c', join(root, 'cupsd.conf'), '-s', join(root, 'cups-files.conf')],
    { stdio: 'ignore' },
  )
  const env = { ...process.env, CUPS_SERVER: `127.0.0.1:${port}`, LC_ALL: 'C' }
  const admin = async (command: string, args: string[]) =>
    (await run(command, args, { env, timeout: 10_000 })).stdout
  const close = async () => {
    child.kill('SIGTERM')
    await new Promise((resolve) =>
      child.exitCode === null ? child.once('exit', resolve) : resolve(0),
    )
    await rm(root, { recursive: true, force: true })
  }
  for (let i = 0; i < 100; i++) {
    const up = await admin('lpstat', ['-r']).catch(() => '')
    if (up.includes('scheduler is running')) return { env, admin, close }
    if (child.exitCode !== null) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await close()
  throw new Error(`cupsd did not start (see ${root}/log/error_log)`)
}
