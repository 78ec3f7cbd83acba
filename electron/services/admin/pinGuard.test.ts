import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { silentLogger } from '../logger/logger'
import { LOCKED_ANSWER_MS, openPinGuard, type PinGuardOptions } from './pinGuard'
import type { ScryptParams } from './pinHash'

const FAST: ScryptParams = { N: 1024, r: 8, p: 1, keyLength: 32 }
let dir: string
let file: string
let clockMs: number
const open = (extra: Partial<PinGuardOptions> = {}) =>
  openPinGuard(file, {
    now: () => clockMs,
    scrypt: FAST,
    log: silentLogger,
    firstPinOnScreen: true,
    pause: async () => undefined,
    ...extra,
  })

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pin-guard-'))
  file = join(dir, 'admin', 'pin.json')
  clockMs = Date.parse('2026-03-01T08:00:00Z')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('openPinGuard', () => {
  it('starts with no PIN (no factory PIN) and refuses entries until one is set', async () => {
    const guard = await open()
    expect(guard.status()).toEqual({
      pinSet: false,
      failures: 0,
      retryAfterSeconds: 0,
      firstPin: 'on-screen',
    })
    expect(await guard.attempt('000000')).toMatchObject({ ok: false, reason: 'no-pin' })
  })

  it('sets the first PIN once; a second first-PIN is refused and the PIN stays', async () => {
    const guard = await open()
    expect(await guard.setFirstPin('123456')).toEqual({ ok: true })
    expect(await guard.setFirstPin('999999')).toMatchObject({
      ok: false,
      reason: 'pin-already-set',
    })
    expect(await guard.attempt('123456')).toEqual({ ok: true })
  })

  it('refuses PINs shorter than 6 digits or with other characters, saying why', async () => {
    const guard = await open()
    expect(await guard.setFirstPin('12345')).toMatchObject({
      ok: false,
      reason: 'invalid-pin',
      message: expect.stringContaining('at least 6'),
    })
    expect(await guard.setFirstPin('12345a')).toMatchObject({ reason: 'invalid-pin' })
    expect(guard.status().pinSet).toBe(false)
  })

  it('never writes the PIN itself to disk', async () => {
    const guard = await open()
    await guard.setFirstPin('736251')
    expect(await readFile(file, 'utf8')).not.toContain('736251')
  })

  it('locks after the third wrong PIN and the lock grows: 30 s, then 60 s, then 120 s', async () => {
    const guard = await open()
    await guard.setFirstPin('123456')
    expect(await guard.attempt('000001')).toMatchObject({ reason: 'wrong-pin' })
    expect(await guard.attempt('000002')).toMatchObject({ reason: 'wrong-pin' })
    const third = await guard.attempt('000003')
    expect(third).toMatchObject({
      reason: 'wrong-pin',
      status: { failures: 3, retryAfterSeconds: 30 },
    })

    // While locked even the right PIN is not checked, and the refusal does not count.
    expect(await guard.attempt('123456')).toMatchObject({
      reason: 'locked',
      status: { failures: 3 },
    })
    clockMs += 30_000
    expect(await guard.attempt('000004')).toMatchObject({ status: { retryAfterSeconds: 60 } })
    clockMs += 60_000
    expect(await guard.attempt('000005')).toMatchObject({ status: { retryAfterSeconds: 120 } })
  })

  it('a right PIN after the lock ends resets the count', async () => {
    const guard = await open()
    await guard.setFirstPin('123456')
    for (const pin of ['000001', '000002', '000003']) await guard.attempt(pin)
    clockMs += 30_000
    expect(await guard.attempt('123456')).toEqual({ ok: true })
    expect(guard.status()).toEqual({ pinSet: true, failures: 0, retryAfterSeconds: 0 })
  })

  it('keeps the PIN, the failure count and the lock across a restart', async () => {
    const first = await open()
    await first.setFirstPin('123456')
    for (const pin of ['000001', '000002', '000003', '000004']) {
      await first.attempt(pin)
      clockMs += 30_000
    }
    const before = first.status()
    expect(before.failures).toBe(4)

    const reopened = await open()
    expect(reopened.status()).toEqual(before)
    expect(await reopened.attempt('123456')).toMatchObject({ reason: 'locked' })
    clockMs += 60_000
    expect(await reopened.attempt('123456')).toEqual({ ok: true })
  })

  it('counts a wrong PIN on disk before the check, so a power cut mid-check still counts it', async () => {
    const guard = await open()
    await guard.setFirstPin('123456')
    let checking = 0
    const hanging = await open({
      verify: () => {
        checking += 1
        return new Promise<boolean>(() => {})
      },
    })
    void hanging.attempt('999999')
    void hanging.attempt('999998')
    // The first entry hangs in its check; its count is already on disk. The second waits its turn.
    await expect.poll(() => checking).toBe(1)
    expect((await open()).status().failures).toBe(1)
  })

  it('holds back every "locked" answer, concurrent ones too, without a disk write', async () => {
    const pauses: number[] = []
    const guard = await open({ pause: async (ms) => void pauses.push(ms) })
    await guard.setFirstPin('123456')
    for (const pin of ['000001', '000002', '000003']) await guard.attempt(pin)
    expect(pauses).toEqual([])
    const before = await readFile(file, 'utf8')
    const answers = await Promise.all(Array.from({ length: 20 }, () => guard.attempt('000004')))
    expect(answers.every((a) => !a.ok && a.reason === 'locked')).toBe(true)
    expect(pauses).toEqual(Array.from({ length: 20 }, () => LOCKED_ANSWER_MS))
    expect(await readFile(file, 'utf8')).toBe(before)
  })

  it('never locks longer than the cap, even after the clock was set back a year', async () => {
    const guard = await open()
    await guard.setFirstPin('123456')
    for (const pin of ['000001', '000002', '000003']) await guard.attempt(pin)
    clockMs -= 365 * 24 * 3600_000
    expect(guard.status().retryAfterSeconds).toBeLessThanOrEqual(30 * 60)
  })
})
