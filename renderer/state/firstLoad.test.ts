import { describe, expect, it, vi } from 'vitest'
import { FIRST_LOAD } from '../../common/api/contract'
import type { KioskApi } from '../../common/api/kioskApi'
import { calendarFromFacts } from '../../common/domain/calendar'
import { testContent } from '../share/placesTestContent'
import { fakeKioskApi } from '../test/fakeKioskApi'
import { oddContent } from '../test/fixtures'
import { arrivedFirstLoad, firstLoad, firstLoadSettled, startFirstLoad } from './firstLoad'

/** A fake host that counts content requests and can fail its settings request. */
function countingApi(failSettings = false) {
  const base = fakeKioskApi({ content: testContent(), now: '2031-01-01T00:00:00+08:00' })
  const calls = { content: 0 }
  const api: KioskApi = {
    ...base,
    content: { ...base.content, home: () => (calls.content++, base.content.home()) },
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
    // Home's form: the directory follows after home (KioskProvider).
    expect(early.directory).toBe('waiting')
    expect(early.snapshot.content.locations).toEqual([])
    expect(early.snapshot.content.categories).toEqual(testContent().categories)
    // The host clock (2031) is adopted as an offset from this machine's clock.
    expect(early.clockOffsetMs).toBeGreaterThan(0)
    await firstLoad(api)
    expect(calls.content).toBe(2)
  })

  it("brings home's form: of each service only what visibility reads, no place at all", async () => {
    const content = oddContent()
    const loaded = await firstLoad(fakeKioskApi({ content }))
    expect(content.services.length).toBeGreaterThan(0)
    expect(loaded.snapshot.content.services.map((s) => s.id)).toEqual(
      content.services.map((s) => s.id),
    )
    for (const stub of loaded.snapshot.content.services) {
      expect(stub).toHaveProperty('categoryIds')
      expect(stub).toHaveProperty('status')
      expect(stub).not.toHaveProperty('name')
      expect(stub).not.toHaveProperty('locationIds')
    }
    expect(content.locations.length).toBeGreaterThan(0)
    expect(loaded.snapshot.content.locations).toEqual([])
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

  it('tells the first render what has arrived, and hands it over to firstLoad once', async () => {
    const { api, calls } = countingApi()
    expect(arrivedFirstLoad(api)).toBeUndefined()
    startFirstLoad(api)
    expect(arrivedFirstLoad(api)).toBeUndefined() // asked, not answered yet
    await firstLoadSettled(api, 10_000)
    const arrived = arrivedFirstLoad(api)
    expect(arrived?.snapshot.content.dataset.id).toBe('test')
    expect(await firstLoad(api)).toBe(arrived)
    expect(arrivedFirstLoad(api)).toBeUndefined()
    expect(calls.content).toBe(1)
  })

  it('waits for the early load no longer than the cap, and not at all when none was started', async () => {
    vi.useFakeTimers()
    try {
      let answer: (() => void) | undefined
      const base = fakeKioskApi({ content: testContent() })
      const slow: KioskApi = {
        ...base,
        content: {
          ...base.content,
          home: () => new Promise((resolve) => (answer = () => resolve(base.content.home()))),
        },
      }
      let settled = false
      startFirstLoad(slow)
      void firstLoadSettled(slow, 300).then(() => (settled = true))
      await vi.advanceTimersByTimeAsync(299)
      expect(settled).toBe(false)
      await vi.advanceTimersByTimeAsync(1)
      expect(settled).toBe(true)
      expect(arrivedFirstLoad(slow)).toBeUndefined() // the provider shows "Loading…" meanwhile
      answer?.()
      await vi.advanceTimersByTimeAsync(0)
      expect(arrivedFirstLoad(slow)).toBeDefined()

      const failing = countingApi(true)
      startFirstLoad(failing.api)
      let failedSettled = false
      void firstLoadSettled(failing.api, 300).then(() => (failedSettled = true))
      await vi.advanceTimersByTimeAsync(0)
      expect(failedSettled).toBe(true) // a failure settles it too: the provider reports it
      expect(arrivedFirstLoad(failing.api)).toBeUndefined()
      await expect(firstLoad(failing.api)).rejects.toThrow('down')

      let none = false
      void firstLoadSettled(countingApi().api, 300).then(() => (none = true))
      await vi.advanceTimersByTimeAsync(0)
      expect(none).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })
})
