import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { hasDisplay, installedElectron, parseStartArgs } from './start.mjs'

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
