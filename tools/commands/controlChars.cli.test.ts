import { spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../cli'
import { captureIO } from '../testIO'

/**
 * Finding 6 of issue 23, through the CLI as the content office runs it: a service name holding
 * `ESC ] 0; … BEL ESC [2J` (retitle and clear the terminal) passed `check` and was printed raw by
 * `confirm-list`.
 */
const bin = resolve(import.meta.dirname, '..', 'bin', 'kiosk-content.mjs')
const ATTACK = '\u001b]0;pwned\u0007\u001b[2J'
let dir: string
let file: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'controls-'))
  const content = JSON.parse(await readFile(resolve('resources/content/changchun.json'), 'utf8'))
  content.services[0].name['zh-Hans'] += ATTACK
  file = join(dir, 'content.json')
  await writeFile(file, JSON.stringify(content, null, 2))
})
afterAll(async () => rm(dir, { recursive: true, force: true }))

const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env } })
// Any C0 other than tab and line feed, DEL, C1, or a bidi control, written raw.
// eslint-disable-next-line no-control-regex -- looking for raw controls is the point
const RAW = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u

describe('control characters through kiosk-content', () => {
  it('check refuses the file, naming the field, and prints no raw control', () => {
    const checked = run('check', file)
    expect(checked.status).toBe(1)
    const output = checked.stdout + checked.stderr
    expect(output).toMatch(/services\[0\]\.name\.zh-Hans.*control character \(U\+001B\)/)
    expect(output).not.toMatch(RAW)
  })

  it('confirm-list shows the name with its controls written out, never raw', async () => {
    const listed = run('confirm-list', file, '--today', '2026-12-07')
    expect(listed.status).toBe(0)
    expect(listed.stdout).toContain('<U+001B>]0;pwned<U+0007><U+001B>[2J')
    expect(listed.stdout + listed.stderr).not.toMatch(RAW)
    // --json in the same process: the value is kept, the controls are \u escapes.
    const io = captureIO(process.cwd())
    expect(await main(['confirm-list', file, '--today', '2026-12-07', '--json'], io)).toBe(0)
    expect(io.stdout.join('\n')).not.toMatch(RAW)
    const entries = JSON.parse(io.stdout.join('\n')) as { name: string }[]
    expect(entries[0]?.name.endsWith(ATTACK)).toBe(true)
  })
})
