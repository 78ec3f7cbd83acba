// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { HostNotice, KioskApi } from '../../common/api/kioskApi'
import type { Content } from '../../common/content/schema'
import { chinaDay } from '../../common/domain/chinaTime'
import { calendarFacts, tymeCalendar } from '../../common/domain/tymeCalendar'
import { homeSnapshot } from '../../common/api/contentHome'
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

/**
 * The replies so far, two animation frames, then the replies they led to: the directory is asked
 * for two frames after the home form is in.
 */
async function painted() {
  await flush()
  await act(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  )
  await flush()
}

/** The provider over `api`, with what the test reads of its state inside. */
const renderProvider = (api: KioskApi, children: ReactNode) =>
  render(<KioskProvider api={api}>{children}</KioskProvider>)

/**
 * A host whose content replies (`home` and `get` alike, in the order asked) come from a queue of
 * results — an entry may be a promise the test settles later — with a notice channel.
 */
function scriptedHost(results: (Content | Error | Promise<Content>)[]) {
  const base = fakeKioskApi({ content: oddContent() })
  let listener: ((n: HostNotice) => void) | undefined
  const asked: string[] = []
  const answer = async (method: 'home' | 'get') => {
    asked.push(method)
    const next = await (results.shift() ?? new Error('no more scripted results'))
    if (next instanceof Error) throw next
    const snapshot = { content: next, source: 'factory' as const, sha256: '0'.repeat(64) }
    return method === 'home' ? homeSnapshot(snapshot) : snapshot
  }
  const api: KioskApi = {
    ...base,
    content: { get: () => answer('get'), home: () => answer('home') },
    events: {
      subscribe: (l) => {
        listener = l
        return () => (listener = undefined)
      },
    },
  }
  return { api, asked, notify: (n: HostNotice) => listener?.(n) }
}

/** What a screen sees of the directory: whether it is in, and how many services it lists. */
function Directory() {
  const { content, directory } = useKiosk()
  return <p data-testid="directory">{`${directory} ${content.services.length}`}</p>
}

/** A promise and the functions that settle it, for replies a test answers later. */
function later<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: Error) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
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
    delete document.body.dataset.directory
  })

  it('says plainly when the host cannot give content, then retries until it can', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] })
    const { api } = scriptedHost([
      new Error('disk unreadable'),
      withRegion('Recovered City'),
      withRegion('Recovered City'),
    ])
    renderProvider(api, <Region />)
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
    const { api, asked, notify } = scriptedHost([
      withRegion('First City'),
      withRegion('First City'),
      new Error('update half-written'),
      withRegion('Second City'),
    ])
    renderProvider(api, <Region />)
    await painted()
    expect(screen.getByTestId('region').textContent).toBe('First City')
    expect(asked).toEqual(['home', 'get'])

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
    renderProvider(api, <Festival />)
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
    const { api, asked, notify } = scriptedHost([
      withRegion('Early City'),
      withRegion('Early City'),
      withRegion('Later City'),
    ])
    startFirstLoad(api)
    await firstLoadSettled(api, 1000)
    const seen: string[] = []
    function Recorder() {
      seen.push(document.body.dataset.ready ?? 'not ready')
      return <Region />
    }
    renderProvider(api, <Recorder />)
    // No "Loading…" pass: the content is there at once, and the commit that shows it marks ready.
    expect(screen.queryByRole('status')).toBeNull()
    expect(screen.getByTestId('region').textContent).toBe('Early City')
    expect(seen[0]).toBe('not ready')
    expect(document.body.dataset.ready).toBe('true')
    await painted()
    // The early replies are not asked for twice; the directory follows once.
    expect(asked).toEqual(['home', 'get'])
    // It still follows the host afterwards.
    act(() => notify({ kind: 'content-changed', contentVersion: 2 }))
    await flush()
    expect(screen.getByTestId('region').textContent).toBe('Later City')
  })

  it('draws from the home form first, then puts the whole dataset in its place', async () => {
    const whole = later<Content>()
    const content = oddContent()
    const { api, asked } = scriptedHost([content, whole.promise])
    renderProvider(api, <Directory />)
    await flush()
    expect(asked).toEqual(['home']) // not before home is painted
    expect(screen.getByTestId('directory').textContent).toBe('waiting 0')
    await painted()
    expect(asked).toEqual(['home', 'get'])
    expect(screen.getByTestId('directory').textContent).toBe('waiting 0')
    expect(document.body.dataset.ready).toBe('true')
    expect(document.body.dataset.directory).toBe('waiting')

    whole.resolve(content)
    await flush()
    const listed = content.services.filter((s) => s.status === 'active').length
    expect(listed).toBeGreaterThan(0)
    expect(screen.getByTestId('directory').textContent).toBe(`in ${listed}`)
    expect(document.body.dataset.directory).toBe('in')
  })

  it('says the directory failed, keeps home, and asks again until it comes', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    })
    const content = withRegion('Home City')
    const { api, asked } = scriptedHost([content, new Error('host busy'), content])
    renderProvider(
      api,
      <>
        <Region />
        <Directory />
      </>,
    )
    await flush()
    await act(async () => {
      vi.advanceTimersByTime(40) // two frames
    })
    await flush()
    expect(screen.getByTestId('directory').textContent).toBe('failed 0')
    expect(screen.getByTestId('region').textContent).toBe('Home City')
    expect(document.body.dataset.directory).toBe('failed')

    await act(async () => {
      vi.advanceTimersByTime(10_000)
    })
    await flush()
    expect(asked).toEqual(['home', 'get', 'get'])
    expect(screen.getByTestId('directory').textContent).toMatch(/^in [1-9]/)
  })

  it('keeps newer content that came first over a directory that was asked for earlier', async () => {
    const early = later<Content>()
    const { api, notify } = scriptedHost([
      withRegion('First City'),
      early.promise,
      withRegion('New City'),
    ])
    renderProvider(
      api,
      <>
        <Region />
        <Directory />
      </>,
    )
    await painted()
    notify({ kind: 'content-changed', contentVersion: 2 })
    await flush()
    expect(screen.getByTestId('region').textContent).toBe('New City')
    expect(screen.getByTestId('directory').textContent).toMatch(/^in [1-9]/)

    early.resolve(withRegion('First City'))
    await flush()
    expect(screen.getByTestId('region').textContent).toBe('New City')
  })

  it("shows home today's needs and screener before the directory is in, as after it", async () => {
    const content = oddContent()
    const first = content.services[0]!
    content.categories.push(
      { id: 'unpaid', name: { 'zh-Hans': '欠薪' }, icon: 'wallet', order: 8 },
      { id: 'gone', name: { 'zh-Hans': '过期' }, icon: 'wallet', order: 9 },
    )
    content.services.push(
      { ...first, id: 'wages', categoryIds: ['unpaid'] },
      { ...first, id: 'old', categoryIds: ['gone'], validUntil: '2020-01-01' },
    )
    function Home() {
      const { content: shown } = useKiosk()
      const needs = shown.categories.map((c) => c.id).join(' ')
      return <p data-testid="home">{`${needs} | ${shown.screener.questions.length} questions`}</p>
    }
    const whole = later<Content>()
    const { api } = scriptedHost([content, whole.promise])
    renderProvider(
      api,
      <>
        <Home />
        <Directory />
      </>,
    )
    await painted()
    expect(screen.getByTestId('directory').textContent).toBe('waiting 0')
    const before = screen.getByTestId('home').textContent
    // Needs only services make are there, the one whose only service has expired is not.
    expect(before).toMatch(/\bunpaid\b/)
    expect(before).not.toMatch(/\bgone\b/)
    expect(before).toMatch(/\| [1-9]\d* questions/)
    whole.resolve(content)
    await flush()
    expect(screen.getByTestId('directory').textContent).toMatch(/^in [1-9]/)
    expect(screen.getByTestId('home').textContent).toBe(before)
  })
})
