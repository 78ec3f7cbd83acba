import { describe, expect, it } from 'vitest'
import { findChromium, hasDisplay, kioskBrowserArgs } from './openBrowser'

describe('hasDisplay', () => {
  it('needs X11 or Wayland on Linux, and assumes a desktop on Windows and macOS', () => {
    expect(hasDisplay('linux', {})).toBe(false)
    expect(hasDisplay('linux', { DISPLAY: ':0' })).toBe(true)
    expect(hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true)
    expect(hasDisplay('win32', {})).toBe(true)
    expect(hasDisplay('darwin', {})).toBe(true)
  })
})

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH, then the usual install places', () => {
    const present = new Set(['/opt/my-chromium', '/usr/bin/chromium'])
    const exists = (p: string) => present.has(p)
    expect(findChromium('linux', { CHROMIUM_PATH: '/opt/my-chromium' }, exists)).toBe(
      '/opt/my-chromium',
    )
    expect(findChromium('linux', {}, exists)).toBe('/usr/bin/chromium')
    expect(findChromium('linux', {}, () => false)).toBeUndefined()
  })
})

describe('kioskBrowserArgs', () => {
  it('opens the URL as a full-screen app with its own profile', () => {
    const args = kioskBrowserArgs('http://127.0.0.1:5/', '/tmp/p', false)
    expect(args).toContain('--app=http://127.0.0.1:5/')
    expect(args).toContain('--kiosk')
    expect(args).toContain('--user-data-dir=/tmp/p')
    expect(args).not.toContain('--no-sandbox')
    expect(kioskBrowserArgs('http://127.0.0.1:5/', '/tmp/p', true)).toContain('--no-sandbox')
  })
})
