import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ensureDeps, installMatchesLock } from './ensureDeps.mjs'

let base: string
const write = (path: string, value: unknown) => {
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, JSON.stringify(value))
}
const lock = (packages: Record<string, object>) =>
  write(join(base, 'project', 'package-lock.json'), { lockfileVersion: 3, packages })
const installed = (dir: string, packages: Record<string, object>) =>
  write(join(dir, '.package-lock.json'), { lockfileVersion: 3, packages })

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'kiosk-deps-'))
  lock({
    '': { name: 'relief-kiosk' },
    'node_modules/zod': { version: '4.6.7' },
    'node_modules/@esbuild/win32-x64': { version: '0.28.2', optional: true },
  })
})
afterEach(() => rmSync(base, { recursive: true, force: true }))

describe('installMatchesLock', () => {
  const project = () => join(base, 'project')

  it('is false with nothing installed', () => {
    expect(installMatchesLock(project())).toBe(false)
  })

  it('is true when every locked package is installed at its version, optional ones aside', () => {
    installed(join(project(), 'node_modules'), { 'node_modules/zod': { version: '4.6.7' } })
    expect(installMatchesLock(project())).toBe(true)
  })

  it('is false when a locked package is missing or at another version', () => {
    installed(join(project(), 'node_modules'), { 'node_modules/zod': { version: '3.0.0' } })
    expect(installMatchesLock(project())).toBe(false)
    installed(join(project(), 'node_modules'), {})
    expect(installMatchesLock(project())).toBe(false)
  })
})

describe('ensureDeps', () => {
  it('never reinstalls a node_modules that links to a shared install, and says so', () => {
    const shared = join(base, 'shared-node_modules')
    installed(shared, {})
    symlinkSync(shared, join(base, 'project', 'node_modules'))
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      expect(ensureDeps(join(base, 'project'))).toBe(false)
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('shared install'))
    } finally {
      warn.mockRestore()
    }
  })

  it('does nothing when the install matches the lock', () => {
    installed(join(base, 'project', 'node_modules'), { 'node_modules/zod': { version: '4.6.7' } })
    expect(ensureDeps(join(base, 'project'))).toBe(false)
  })
})
