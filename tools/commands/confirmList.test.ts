import { resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { captureIO } from '../testIO'
import { confirmListCommand } from './confirmList'

const BUNDLED = resolve('resources/content/changchun.json')

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('kiosk-content confirm-list', () => {
  it('refuses a --today that is not a date, instead of calling every fact overdue', async () => {
    const io = captureIO(process.cwd())
    expect(await confirmListCommand.run([BUNDLED, '--today', 'foo'], io)).toBe(2)
    expect(io.stderr.join('\n')).toContain('--today "foo" is not a date (YYYY-MM-DD)')
    expect(io.stdout).toEqual([])
  })

  it('lists the rescue station address of the bundled content as a lead, with where it was found', async () => {
    const io = captureIO(process.cwd())
    expect(await confirmListCommand.run([BUNDLED, '--today', '2026-12-07'], io)).toBe(0)
    const at = io.stdout.findIndex((l) => l.includes('(changchun-rescue-station)  address:'))
    expect(at).toBeGreaterThan(0)
    expect(io.stdout[at + 1]).toContain(
      '长春市西安大路6560号 — 出处 / found in: 一份未注明日期的第三方救助站名单',
    )
  })

  it('judges KIOSK_NOW as the kiosk and `check` do: a bad value is named, the real clock used', async () => {
    vi.stubEnv('KIOSK_NOW', '2026-12-02')
    const io = captureIO(process.cwd())
    expect(await confirmListCommand.run([BUNDLED, '--json'], io)).toBe(0)
    expect(io.stderr.join('\n')).toContain('KIOSK_NOW="2026-12-02" is not an ISO date-time')
  })
})
