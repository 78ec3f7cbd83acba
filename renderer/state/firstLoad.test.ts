import { describe, expect, it } from 'vitest'
import { FIRST_LOAD } from '../../common/api/contract'
import type { KioskApi } from '../../common/api/kioskApi'
import { calendarFromFacts } from '../../common/domain/calendar'
import { testContent } from '../share/placesTestContent'
import { fakeKioskApi } from '../test/fakeKioskApi'
import { firstLoad, startFirstLoad } from './firstLoad'

/** A fake host that counts content requests and can fail its settings request. */
function countingApi(failSettings = false) {
  const base = fakeKioskApi({ content: testContent(), now: '2031-01-01T00:00:00+08:00' })
  const calls = { content: 0 }
  const api: KioskApi = {
    ...base,
    content: { get: () => (calls.content++, base.content.get()) },
    settings: failSettings ? { get: () => Promise.reject(new Error('down')) } : base.settings,
  }
  return { api, calls }
}

describe('firstLoad', () => {
  it('hands out the load started early once, then asks the host again', async () => {
    const { api, calls } = countingApi()
    startFirstLoad(api)
    startFirstLoad(api)
    expect(calls.content).toBe(1)
    const early = await firstLoad(api)
    expect(early.snapshot.content.dataset.id).toBe('test')
    // The host clock (2031) is adopted as an offset from this machine's clock.
    expect(early.clockOffsetMs).toBeGreaterThan(0)
    await firstLoad(api)
    expect(calls.content).toBe(2)
  })

  it('loads fresh when nothing was started, and never reuses a failed early load', async () => {
    const { api, calls } = countingApi()
    await firstLoad(api)
    expect(calls.content).toBe(1)
    const failing = countingApi(true)
    startFirstLoad(failing.api)
    await expect(firstLoad(failing.api)).rejects.toThrow('down')
    await expect(firstLoad(failing.api)).rejects.toThrow('down')
    expect(failing.calls.content).toBe(2)
  })

  it('asks for exactly what the browser host preloads (FIRST_LOAD), with the calendar facts', async () => {
    const base = fakeKioskApi({ content: testContent(), now: '2031-01-01T00:00:00+08:00' })
    const asked: string[] = []
    const recording = Object.fromEntries(
      Object.entries(base).map(([area, methods]) => [
        area,
        Object.fromEntries(
          Object.entries(methods as Record<string, (...a: unknown[]) => unknown>).map(
            ([name, fn]) => [
              name,
              (...args: unknown[]) => (asked.push(`${area}.${name}`), fn(...args)),
            ],
          ),
        ),
      ]),
    ) as unknown as KioskApi
    const loaded = await firstLoad(recording)
    expect(asked.sort()).toEqual(FIRST_LOAD.map(([area, name]) => `${area}.${name}`).sort())
    expect(calendarFromFacts(loaded.calendar).festivalDay('spring-festival', 2031)).toBe(
      '2031-01-23',
    )
  })
})
