// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { KioskApiError } from '../../../../common/api/errors'
import { foldHourlyDay } from '../../../../common/stats/schema'
import type { StatsApi, StatsOverview } from '../../../../common/stats/statsApi'
import '../../../i18n'
import { KioskProvider } from '../../../state/KioskProvider'
import { StatsProvider } from '../../../stats'
import { fakeKioskApi } from '../../../test/fakeKioskApi'
import { oddContent } from '../../../test/fixtures'
import { StatsPanel } from './StatsPanel'

const overview: StatsOverview = {
  kioskId: 'rail-1',
  today: '2021-01-18',
  days: [
    // 20 days ago: inside 30 days, outside 7.
    foldHourlyDay({
      day: '2020-12-29',
      hours: { '9': { session: 4, 'view:category:medical': 4 } },
    }),
    foldHourlyDay({
      day: '2021-01-17',
      hours: {
        '22': { session: 2, 'view:category:medical': 1, 'language:ko': 1, 'qr-shown:place': 1 },
        '23': { session: 1, 'view:category:chinese-only': 2, 'language:en': 1 },
      },
    }),
  ],
}

async function settle() {
  for (let i = 0; i < 10; i++) await act(async () => Promise.resolve())
}

function renderPanel(stats: StatsApi | undefined, lost: string[] = []) {
  const api = {
    ...fakeKioskApi({ content: oddContent(), settings: { defaultLanguage: 'en' } }),
    stats,
  }
  render(
    <KioskProvider api={api}>
      <StatsProvider api={api}>
        <StatsPanel session="s" onSessionLost={() => lost.push('lost')} />
      </StatsProvider>
    </KioskProvider>,
  )
}

const bars = (chart: string) =>
  [...document.querySelectorAll<SVGGElement>(`[data-chart="${chart}"] [data-bar]`)].map((g) => [
    g.dataset.bar,
    Number(g.dataset.value),
  ])
const number = (key: string) =>
  document.querySelector(`[data-number="${key}"] dd`)?.textContent ?? ''

describe('admin statistics screen', () => {
  afterEach(cleanup)

  const stats = (written: string[] = []): StatsApi => ({
    record: async () => undefined,
    overview: async (session) => {
      if (session !== 's') throw new KioskApiError('no-session', 'expired')
      return overview
    },
    exportToSticks: async () => ({
      written,
      problems: written.length ? [] : ['no USB stick found'],
    }),
  })

  it('charts needs, hours and languages of the last 7 days, then 30', async () => {
    renderPanel(stats())
    await settle()
    expect(number('sessions')).toBe('3')
    expect(bars('needs')).toEqual([
      ['chinese-only', 2],
      ['medical', 1],
    ])
    expect(bars('languages')).toEqual([
      ['en', 1],
      ['ko', 1],
    ])
    const hour = (h: number) =>
      Number(
        document.querySelector<SVGGElement>(`[data-chart="hours"] [data-hour="${h}"]`)?.dataset
          .value,
      )
    expect([hour(9), hour(22), hour(23)]).toEqual([0, 2, 1])
    expect(screen.getByText('Busiest hour: 22:00 (2 sessions)')).toBeTruthy()

    fireEvent.click(screen.getByRole('button', { name: 'Last 30 days' }))
    expect(number('sessions')).toBe('7')
    expect(bars('needs')).toEqual([
      ['medical', 5],
      ['chinese-only', 2],
    ])
    expect([hour(9), hour(22)]).toEqual([4, 2])
  })

  it('says what an export did', async () => {
    renderPanel(stats(['/media/usb/KIOSK-STATS/rail-1-2021-01-18.json']))
    await settle()
    fireEvent.click(screen.getByRole('button', { name: 'Export statistics' }))
    await settle()
    expect(screen.getByRole('status').textContent).toBe('Written to 1 USB stick.')
  })

  it('goes back to the PIN pad when the host refuses the session', async () => {
    const lost: string[] = []
    renderPanel(
      { ...stats(), overview: () => Promise.reject(new KioskApiError('no-session', 'expired')) },
      lost,
    )
    await settle()
    expect(lost).toEqual(['lost'])
  })

  it('says so on a host that keeps no statistics, without ending the session', async () => {
    const lost: string[] = []
    renderPanel(undefined, lost)
    await settle()
    expect(screen.getByText('This kiosk keeps no statistics.')).toBeTruthy()
    expect(lost).toEqual([])
  })
})
