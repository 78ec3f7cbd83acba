import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseCliArgs, USAGE as BROWSER_HOST_USAGE } from '../electron/web/cliArgs'
import { readKioskCareFlags } from '../electron/main/kioskCare'
import {
  browserHostArgs,
  electronArgs,
  hasDisplay,
  installedElectron,
  parseStartArgs,
} from './start.mjs'

let base: string

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'kiosk-start-'))
  await mkdir(join(base, 'node_modules', 'electron', 'dist'), { recursive: true })
})

afterEach(() => rm(base, { recursive: true, force: true }))

describe('installedElectron', () => {
  it('is undefined when the binary was never downloaded', () => {
    expect(installedElectron(base, {})).toBeUndefined()
  })

  it('is undefined when path.txt names a binary that is not there', async () => {
    await writeFile(join(base, 'node_modules', 'electron', 'path.txt'), 'electron')
    expect(installedElectron(base, {})).toBeUndefined()
  })

  it('finds the downloaded binary', async () => {
    await writeFile(join(base, 'node_modules', 'electron', 'path.txt'), 'electron')
    await writeFile(join(base, 'node_modules', 'electron', 'dist', 'electron'), '')
    expect(installedElectron(base, {})).toBe(
      join(base, 'node_modules', 'electron', 'dist', 'electron'),
    )
  })

  it('prefers ELECTRON_PATH, but only when it exists', async () => {
    const custom = join(base, 'my-electron')
    expect(installedElectron(base, { ELECTRON_PATH: custom })).toBeUndefined()
    await writeFile(custom, '')
    expect(installedElectron(base, { ELECTRON_PATH: custom })).toBe(custom)
  })
})

describe('hasDisplay', () => {
  it('needs X11 or Wayland on Linux', () => {
    expect(hasDisplay('linux', {})).toBe(false)
    expect(hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true)
    expect(hasDisplay('win32', {})).toBe(true)
  })
})

describe('parseStartArgs', () => {
  it('reads the documented flags', () => {
    expect(
      parseStartArgs([
        '--web',
        '--port',
        '9000',
        '--data-dir',
        'd',
        '--no-open',
        '--content',
        'c.json',
      ]),
    ).toEqual({ web: true, port: '9000', 'data-dir': 'd', 'no-open': true, content: 'c.json' })
  })
})

// Finding 15 of the 2026 review: `npm start -- --watch DIR` was refused although the browser
// host takes it. Every flag a host documents goes through npm start to that host.
describe('npm start passes every host flag through', () => {
  const documented = (usage: string) =>
    [...usage.matchAll(/^\s+--([a-z-]+)/gm)].map((m) => m[1]!).filter((f) => f !== 'help')

  it('accepts `npm start -- --watch DIR` as a user types it', () => {
    const start = resolve(import.meta.dirname, 'start.mjs')
    const run = spawnSync(process.execPath, [start, '--watch', 'share', '--watch', 'b', '--help'], {
      encoding: 'utf8',
    })
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/--watch DIR/)
    expect(run.status).toBe(0)
  })

  it('every flag in the browser host usage reaches its own parser with the value given', () => {
    const flags = documented(BROWSER_HOST_USAGE)
    expect(flags).toEqual(
      expect.arrayContaining(['port', 'data-dir', 'content', 'watch', 'no-open']),
    )
    const value = (flag: string) => (flag === 'port' ? '8123' : `${flag}-value`)
    const argv = flags.flatMap((f) => (f === 'no-open' ? [`--${f}`] : [`--${f}`, value(f)]))
    const options = parseStartArgs([...argv, '--watch', 'second'])
    const host = parseCliArgs(browserHostArgs(options, '/kiosk'), '/elsewhere')
    expect(host).toEqual({
      port: 8123,
      dataDir: '/kiosk/data-dir-value',
      contentFile: '/kiosk/content-value',
      open: false,
      watchDirs: ['/kiosk/watch-value', '/kiosk/second'],
      help: false,
    })
  })

  it('the Electron switches reach the main process', () => {
    const options = parseStartArgs([
      '--hide-cursor',
      '--daily-restart',
      '04:30',
      '--display-hours',
      'Mo-Su 06:00-23:00',
      '--data-dir',
      'd',
      '--content',
      'c.json',
    ])
    const args = electronArgs(options, '/kiosk')
    expect(args).toEqual([
      '.',
      '--data-dir=/kiosk/d',
      '--content=/kiosk/c.json',
      '--hide-cursor',
      '--daily-restart=04:30',
      '--display-hours=Mo-Su 06:00-23:00',
    ])
    const flag = (name: string) =>
      args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
    expect(readKioskCareFlags(flag, () => {})).toEqual({
      dailyRestartAt: 270,
      displayHours: 'Mo-Su 06:00-23:00',
    })
  })
})
