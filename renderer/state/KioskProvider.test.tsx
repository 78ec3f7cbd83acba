// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { HostNotice, KioskApi } from '../../common/api/kioskApi'
import type { Content } from '../../common/content/schema'
import { chinaDay } from '../../common/domain/chinaTime'
import { calendarFacts, tymeCalendar } from '../../common/domain/tymeCalendar'
import { fakeKioskApi } from '../test/fakeKioskApi'
import { oddContent } from '../test/fixtures'
import '../i18n'
import { firstLoadSettled, startFirstLoad } from './firstLoad'
import { KioskProvider } from './KioskProvider'
import { useKiosk } from './useKiosk'

function Region() {
  const { content } = useKiosk()
  return <p data-testid="region">{content.dataset.region.en}</p>
}

async function flush() {
  for (let i = 0; i < 10; i++) {
    await act(async () => {
      await Promise.resolve()
    })
  }
}

/** A host whose content.get() answers from a queue of results, with a notice channel. */
function scriptedHost(results: (Content | Error)[]) {
  const base = fakeKioskApi({ content: oddContent() })
  let listener: ((n: HostNotice) => void) | undefined
  const api: KioskApi = {
    ...base,
    content: {
      get: async () => {
        const next = results.shift() ?? new Error('no more scripted results')
        if (next instanceof Error) throw next
        return { content: next, source: 'factory', sha256: '0'.repeat(64) }
      },
    },
    events: {
      subscribe: (l) => {
        listener = l
        return () => (listener = undefined)
      },
    },
  }
  return { api, notify: (n: HostNotice) => listener?.(n) }
}

function withRegion(en: string): Content {
  const c = oddContent()
  return { ...c, dataset: { ...c.dataset, region: { ...c.dataset.region, en } } }
}

describe('KioskProvider', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  })
  afterEach(() => {
    cleanup()
    vi.useRealTimers()
    vi.restoreAllMocks()
    delete document.body.dataset.ready
  })

  it('says plainly when the host cannot give content, then retries until it can', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] })
    const { api } = scriptedHost([new Error('disk unreadable'), withRegion('Recovered City')])
    render(
      <KioskProvider api={api}>
        <Region />
      </KioskProvider>,
    )
    await flush()
    expect(screen.getByRole('alert').textContent).toContain('请拨打求助热线')
    expect(document.body.dataset.ready).toBeUndefined()

    await act(async () => {
      vi.advanceTimersByTime(10_000)
    })
    await flush()
    expect(screen.getByTestId('region').textContent).toBe('Recovered City')
    expect(document.body.dataset.ready).toBe('true')
  })

  it('shows new content when the host announces it, and keeps the last good on a failed reload', async () => {
    const { api, notify } = scriptedHost([
      withRegion('First City'),
      new Error('update half-written'),
      withRegion('Second City'),
    ])
    render(
      <KioskProvider api={api}>
        <Region />
      </KioskProvider>,
    )
    await flush()
    expect(screen.getByTestId('region').textContent).toBe('First City')

    notify({ kind: 'content-changed', contentVersion: 2 })
    await flush()
    expect(screen.getByTestId('region').textContent).toBe('First City')

    notify({ kind: 'content-changed', contentVersion: 3 })
    await flush()
    expect(screen.getByTestId('region').textContent).toBe('Second City')
  })

  it('asks the host for calendar facts again when the day changes, and uses the new ones', async () => {
    const hostNow = '2026-12-31T23:58:00+08:00'
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'], now: new Date(hostNow) })
    const base = fakeKioskApi({ content: oddContent(), now: hostNow })
    const years: number[] = []
    const api: KioskApi = {
      ...base,
      app: {
        ...base.app,
        calendar: async () => {
          const year = Number(chinaDay(new Date()).slice(0, 4))
          years.push(year)
          return calendarFacts(year)
        },
      },
    }
    function Festival() {
      const { calendar } = useKiosk()
      return <p data-testid="festival">{calendar.festivalDay('spring-festival', 2029) ?? 'none'}</p>
    }
    render(
      <KioskProvider api={api}>
        <Festival />
      </KioskProvider>,
    )
    await flush()
    // 2026's facts cover 2024–2028: nothing is guessed for 2029.
    expect(screen.getByTestId('festival').textContent).toBe('none')
    await act(async () => {
      vi.advanceTimersByTime(60_000)
    })
    await flush()
    expect(years).toEqual([2026]) // 23:59, the same day
    await act(async () => {
      vi.advanceTimersByTime(60_000)
    })
    await flush()
    expect(years).toEqual([2026, 2027]) // midnight: asked again
    expect(screen.getByTestId('festival').textContent).toBe(
      tymeCalendar.festivalDay('spring-festival', 2029),
    )
  })

  it('shows the content in its first render when the early load has arrived, and marks ready then', async () => {
    const { api, notify } = scriptedHost([withRegion('Early City'), withRegion('Later City')])
    let asked = 0
    const counting: KioskApi = {
      ...api,
      content: { get: () => (asked++, api.content.get()) },
    }
    startFirstLoad(counting)
    await firstLoadSettled(counting, 1000)
    const seen: string[] = []
    function Recorder() {
      seen.push(document.body.dataset.ready ?? 'not ready')
      return <Region />
    }
    render(
      <KioskProvider api={counting}>
        <Recorder />
      </KioskProvider>,
    )
    // No "Loading…" pass: the content is there at once, and the commit that shows it marks ready.
    expect(screen.queryByRole('status')).toBeNull()
    expect(screen.getByTestId('region').textContent).toBe('Early City')
    expect(seen[0]).toBe('not ready')
    expect(document.body.dataset.ready).toBe('true')
    await flush()
    expect(asked).toBe(1) // the early replies are not asked for twice
    // It still follows the host afterwards.
    act(() => notify({ kind: 'content-changed', contentVersion: 2 }))
    await flush()
    expect(screen.getByTestId('region').textContent).toBe('Later City')
  })
})
