import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultDataDir, findAppRoot, resolveResourcesDir } from './paths'

describe('defaultDataDir', () => {
  it('uses XDG_CONFIG_HOME on Linux, else ~/.config', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ann')).toBe(
      '/cfg/relief-kiosk',
    )
    expect(defaultDataDir('linux', {}, '/home/ann')).toBe('/home/ann/.config/relief-kiosk')
    // The XDG spec says a relative value is invalid and must be ignored.
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: 'cfg' }, '/home/ann')).toBe(
      '/home/ann/.config/relief-kiosk',
    )
  })

  it('uses %APPDATA% on Windows', () => {
    expect(
      defaultDataDir('win32', { APPDATA: 'C:\\Users\\Ann\\AppData\\Roaming' }, 'C:\\Users\\Ann'),
    ).toBe('C:\\Users\\Ann\\AppData\\Roaming\\relief-kiosk')
    expect(defaultDataDir('win32', {}, 'C:\\Users\\Ann')).toBe(
      'C:\\Users\\Ann\\AppData\\Roaming\\relief-kiosk',
    )
  })

  it('uses Application Support on macOS', () => {
    expect(defaultDataDir('darwin', { XDG_CONFIG_HOME: '/cfg' }, '/Users/ann')).toBe(
      '/Users/ann/Library/Application Support/relief-kiosk',
    )
  })
})

describe('resolveResourcesDir', () => {
  it('finds the repository resources folder from this module', () => {
    const root = findAppRoot()
    expect(root && existsSync(join(root, 'package.json'))).toBe(true)
    expect(resolveResourcesDir()).toBe(join(root ?? '', 'resources'))
    expect(existsSync(resolveResourcesDir())).toBe(true)
  })
})
