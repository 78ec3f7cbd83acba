import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const electronDir = join(dirname(fileURLToPath(import.meta.url)), '..')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sources(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

// DESIGN.md §5: nothing in the hosts may open a URL in the OS browser or expose raw IPC.
describe('host source rules', () => {
  const files = ['main', 'preload', 'web'].flatMap((d) => sources(join(electronDir, d)))

  it('finds the host sources', () => {
    expect(files.some((f) => f.endsWith(join('main', 'window.ts')))).toBe(true)
  })

  it.each([
    [
      'shell.openExternal',
      /\bopenExternal\s*\(|\bshell\b.*from 'electron'|\{[^}]*\bshell\b[^}]*\}\s*=\s*require/,
    ],
    ['a generic invoke exposed to the page', /exposeInMainWorld\([^)]*ipcRenderer\b/],
    ['nodeIntegration switched on', /nodeIntegration\w*:\s*true/],
    ['contextIsolation or sandbox switched off', /(contextIsolation|sandbox|webSecurity):\s*false/],
  ])('never uses %s', (_what, pattern) => {
    const offenders = files.filter((f) => pattern.test(readFileSync(f, 'utf8')))
    expect(offenders).toEqual([])
  })
})
