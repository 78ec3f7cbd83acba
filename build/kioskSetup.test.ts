import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import config from './electron-builder.config.cjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const read = (path: string) => readFileSync(join(root, path), 'utf8')
const session = join(root, 'build/linux/relief-kiosk-session')

/** key=value lines of a systemd unit or an env file (comments and sections skipped). */
function settings(text: string): Map<string, string[]> {
  const found = new Map<string, string[]>()
  for (const line of text.split('\n')) {
    const match = /^([A-Za-z_]+)=(.*)$/.exec(line.trim())
    if (match) found.set(match[1]!, [...(found.get(match[1]!) ?? []), match[2]!])
  }
  return found
}

const scratch = mkdtempSync(join(tmpdir(), 'kiosk-setup-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** A stand-in program that prints its arguments, one per line. */
function echoProgram(name: string): string {
  const path = join(scratch, name)
  writeFileSync(path, '#!/bin/sh\nfor a in "$@"; do echo "$a"; done\n')
  chmodSync(path, 0o755)
  return path
}

/** Runs the session script's inner half (as cage would) and returns the app's arguments. */
function launch(env: Record<string, string>) {
  const app = echoProgram('fake-kiosk')
  const result = spawnSync('sh', [session, '--inside-cage'], {
    env: { PATH: `${scratch}:/usr/bin:/bin`, KIOSK_APP: app, ...env },
    encoding: 'utf8',
  })
  return { args: result.stdout.trim().split('\n'), status: result.status, stderr: result.stderr }
}

describe('Linux kiosk session', () => {
  it('the unit restarts the kiosk forever, as the kiosk user in a real session on tty1', () => {
    const unit = settings(read('build/linux/relief-kiosk.service'))
    expect(unit.get('Restart')).toEqual(['always'])
    expect(Number(unit.get('RestartSec')?.[0])).toBeGreaterThan(0)
    expect(unit.get('StartLimitIntervalSec')).toEqual(['0'])
    expect(unit.get('User')).toEqual(['kiosk'])
    expect(unit.get('PAMName')).toEqual(['relief-kiosk'])
    expect(unit.get('TTYPath')).toEqual(['/dev/tty1'])
    expect(unit.get('ExecStart')).toEqual(['/usr/lib/relief-kiosk/relief-kiosk-session'])
    expect(unit.get('EnvironmentFile')).toEqual(['-/etc/relief-kiosk/kiosk.conf'])
  })

  const hasSystemd = spawnSync('systemd-analyze', ['--version']).status === 0
  it.skipIf(!hasSystemd)('the unit passes systemd-analyze verify (where systemd exists)', () => {
    // The launcher is not installed here; point ExecStart at a program that exists.
    const copy = join(scratch, 'relief-kiosk.service')
    writeFileSync(
      copy,
      read('build/linux/relief-kiosk.service').replace(/^ExecStart=.*$/m, 'ExecStart=/bin/true'),
    )
    const result = spawnSync('systemd-analyze', ['verify', copy], { encoding: 'utf8' })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  it('the default app path is where the .deb installs the executable', () => {
    const conf = settings(read('build/linux/kiosk.conf'))
    const expected = `/opt/${config.productName}/${config.linux?.executableName}`
    expect(conf.get('KIOSK_APP')).toEqual([`"${expected}"`])
    expect(read('build/linux/relief-kiosk-session')).toContain(`KIOSK_APP:-${expected}`)
  })
})

// The session script is POSIX sh; it runs on the Linux kiosk, and here wherever sh exists.
describe.skipIf(process.platform === 'win32')('Linux kiosk session script', () => {
  it('passes the settings of kiosk.conf to the app as its switches', () => {
    const { args, status } = launch({
      KIOSK_DAILY_RESTART: '04:00',
      KIOSK_DISPLAY_HOURS: 'Mo-Su 05:30-23:30',
      KIOSK_EXTRA_ARGS: '--data-dir=/srv/kiosk',
    })
    expect(status).toBe(0)
    expect(args).toEqual([
      '--ozone-platform=wayland',
      '--hide-cursor',
      '--daily-restart=04:00',
      '--display-hours=Mo-Su 05:30-23:30',
      '--data-dir=/srv/kiosk',
    ])
  })

  it('leaves out what is switched off or empty', () => {
    const { args } = launch({ KIOSK_HIDE_CURSOR: 'no', KIOSK_DAILY_RESTART: '' })
    expect(args).toEqual(['--ozone-platform=wayland'])
  })

  it('rotates the screen with wlr-randr before starting the app', () => {
    const randr = join(scratch, 'wlr-randr')
    writeFileSync(
      randr,
      `#!/bin/sh\necho "$@" >> ${join(scratch, 'randr.log')}\n[ $# -eq 0 ] && echo 'HDMI-A-1 "Screen"'\nexit 0\n`,
    )
    chmodSync(randr, 0o755)
    const { status } = launch({ KIOSK_ROTATE: '90' })
    expect(status).toBe(0)
    // First the listing (no arguments), then one transform per output found.
    expect(readFileSync(join(scratch, 'randr.log'), 'utf8').split('\n')).toEqual([
      '',
      '--output HDMI-A-1 --transform 90',
      '',
    ])
  })
})

describe('deployment files and the app agree on the switches', () => {
  const mainSources = readdirSync(join(root, 'electron/main'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => read(`electron/main/${f}`))
    .join('\n')
  /**
   * Switches of other programs: Chromium, wlr-randr, systemctl, Node, the script itself, and the
   * office's `kiosk-content pack-config --pin-file` that the recovery table names.
   */
  const notOurs = new Set([
    'ozone-platform',
    'inside-cage',
    'output',
    'transform',
    'now',
    'inspect',
    'pin-file',
  ])

  it.each([
    'build/linux/relief-kiosk-session',
    'build/windows/Setup-Kiosk.ps1',
    'build/windows/ShellLauncherV2.xml',
    'build/windows/README.md',
    'docs/deploy.md',
  ])('every kiosk switch %s uses is one the main process reads', (file) => {
    const used = new Set([...read(file).matchAll(/(?<![\w-])--([a-z][a-z-]+)/g)].map((m) => m[1]!))
    const appSwitches = [...used].filter((name) => !notOurs.has(name))
    expect(appSwitches).toContain('hide-cursor')
    for (const name of appSwitches) {
      expect(mainSources, `--${name} in ${file}`).toMatch(new RegExp(`['\`-]${name}['\`=]`))
    }
  })

  it('the Windows script defaults to the path the NSIS installer uses', () => {
    const script = read('build/windows/Setup-Kiosk.ps1')
    expect(script).toContain(
      `$env:ProgramFiles\\${config.productName}\\${config.win?.executableName}.exe`,
    )
  })
})

describe('the USB mount rule', () => {
  // Finding 1 of the 2026 review: a link on a stick must never lead a kiosk write off the stick.
  it('mounts every stick read-only, without programs, device files or symlink following', () => {
    const rule = read('build/linux/99-relief-kiosk-usb.rules')
    const mounts = [...rule.matchAll(/systemd-mount .*--options=(\S+)/g)].map((m) => m[1]!)
    expect(mounts).toHaveLength(1)
    expect(mounts[0]!.split(',').sort()).toEqual(['nodev', 'noexec', 'nosuid', 'nosymfollow', 'ro'])
  })
})
