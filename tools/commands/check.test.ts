import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { validContent } from '../../common/content/fixtures/validContent'
import { main } from '../cli'
import { captureIO } from '../testIO'

let dir: string
const good = JSON.stringify(validContent, null, 2)
const dangling = structuredClone(validContent)
dangling.services[0]!.locationIds = ['rescue-station']
const untranslated = structuredClone(validContent)
delete untranslated.faqs[0]!.answer.ko

beforeAll(() => {
  // The fixtures were checked in January 2021; judge their dates on a day soon after.
  vi.stubEnv('KIOSK_NOW', '2021-01-20T10:00:00+08:00')
  dir = mkdtempSync(join(tmpdir(), 'kiosk-check-'))
  mkdirSync(join(dir, 'content'))
  writeFileSync(join(dir, 'content', 'a-good.json'), good)
  writeFileSync(join(dir, 'content', 'b-untranslated.json'), JSON.stringify(untranslated))
  writeFileSync(join(dir, 'content', 'content.schema.json'), '{ "not": "content" }')
  writeFileSync(join(dir, 'content', 'notes.txt'), 'not json')
  writeFileSync(join(dir, 'dangling.json'), JSON.stringify(dangling))
  writeFileSync(join(dir, 'syntax.json'), '{\n  "dataset": {\n    "id": "x",\n  }\n}\n')
  mkdirSync(join(dir, 'empty'))
})
afterAll(() => {
  vi.unstubAllEnvs()
  rmSync(dir, { recursive: true, force: true })
})

async function check(...args: string[]) {
  const io = captureIO(dir)
  const code = await main(['check', ...args], io)
  return { code, stdout: io.stdout, stderr: io.stderr }
}

describe('kiosk-content check', () => {
  it('passes a folder of good content, skipping schema and non-JSON files', async () => {
    expect(await check('content')).toEqual({
      code: 0,
      stdout: [
        'content/b-untranslated.json: warning faqs[0].answer.ko: missing Korean translation (Chinese will be shown)',
        '0 errors, 1 warning in 2 files',
      ],
      stderr: [],
    })
  })

  it('fails on a broken file with the exact path and message', async () => {
    expect(await check('dangling.json')).toEqual({
      code: 1,
      stdout: [
        'dangling.json: error services[0].locationIds[0]: no location with id "rescue-station"',
        '1 error, 0 warnings in 1 file',
      ],
      stderr: [],
    })
  })

  it('reports invalid JSON as file:line:column', async () => {
    const result = await check('syntax.json')
    expect(result.code).toBe(1)
    expect(result.stdout[0]).toBe("syntax.json:3:14: error invalid JSON: trailing comma before '}'")
  })

  it('checks several arguments and fails if any file fails', async () => {
    const result = await check('content/a-good.json', 'dangling.json')
    expect(result.code).toBe(1)
    expect(result.stdout.at(-1)).toBe('1 error, 0 warnings in 2 files')
  })

  it('reports missing paths and empty folders as errors', async () => {
    expect(await check('nowhere.json', 'empty')).toEqual({
      code: 1,
      stdout: [
        'nowhere.json: error (file): no such file or folder',
        'empty: error (file): no content files (*.json) in this folder',
        '2 errors, 0 warnings in 2 files',
      ],
      stderr: [],
    })
  })

  it('prints machine-readable results with --json', async () => {
    const result = await check('--json', 'dangling.json')
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout.join('\n'))).toEqual({
      ok: false,
      errors: 1,
      warnings: 0,
      files: [
        {
          file: 'dangling.json',
          ok: false,
          problems: [
            {
              severity: 'error',
              path: 'services[0].locationIds[0]',
              message: 'no location with id "rescue-station"',
            },
          ],
        },
      ],
    })
  })

  it('warns about old facts, judged on KIOSK_NOW', async () => {
    vi.stubEnv('KIOSK_NOW', '2026-12-02T10:00:00+08:00')
    try {
      const result = await check('content/a-good.json')
      expect(result.code).toBe(0)
      expect(result.stdout).toContain(
        'content/a-good.json: warning services[0].assuredDate: "rescue" was last checked on 2021-01-10, more than a year before 2026-12-02 — check the facts again',
      )
    } finally {
      vi.stubEnv('KIOSK_NOW', '2021-01-20T10:00:00+08:00')
    }
  })

  it('explains its usage when given nothing to check or an unknown flag', async () => {
    expect((await check()).code).toBe(2)
    const flag = await check('--fix', 'dangling.json')
    expect(flag.code).toBe(2)
    expect(flag.stderr[0]).toMatch(/^kiosk-content check: Unknown option '--fix'/)
  })

  it('works as the package bin without a build', () => {
    const bin = resolve(import.meta.dirname, '../bin/kiosk-content.mjs')
    const ok = spawnSync(process.execPath, [bin, 'check', 'content/a-good.json'], {
      cwd: dir,
      encoding: 'utf8',
    })
    expect(ok.stdout).toBe('0 errors, 0 warnings in 1 file\n')
    expect(ok.status).toBe(0)
    const bad = spawnSync(process.execPath, [bin, 'check', 'dangling.json'], {
      cwd: dir,
      encoding: 'utf8',
    })
    expect(bad.status).toBe(1)
  })
})
