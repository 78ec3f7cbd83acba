// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { counterKey } from '../../common/stats/counters'
import type { StatsEvent } from '../../common/stats/schema'
import type { StatsApi } from '../../common/stats/statsApi'
import { fakeKioskApi } from '../test/fakeKioskApi'
import { oddContent } from '../test/fixtures'
import { renderApp } from '../test/renderKiosk'
import { routeEvents } from './visitEvents'

function recordingApi() {
  const sent: StatsEvent[] = []
  const stats: StatsApi = {
    record: async (events) => void sent.push(...events),
    overview: () => Promise.reject(new Error('not in this test')),
    exportToSticks: () => Promise.reject(new Error('not in this test')),
  }
  const api = { ...fakeKioskApi({ content: oddContent(), settings: { idleSeconds: 30 } }), stats }
  return { api, keys: () => sent.map(counterKey) }
}

async function advance(ms: number) {
  await act(async () => {
    vi.advanceTimersByTime(ms)
  })
}

describe('recording visits', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] })
  })
  afterEach(() => {
    cleanup()
    delete document.body.dataset.ready
    vi.useRealTimers()
  })

  it('counts nothing until a visitor acts', async () => {
    const { api, keys } = recordingApi()
    await renderApp(api)
    await advance(5000)
    expect(keys()).toEqual([])
  })

  it('counts the session, its language, each screen and the idle reset, in batches', async () => {
    const { api, keys } = recordingApi()
    await renderApp(api)
    fireEvent.click(screen.getByRole('button', { name: /急病受伤/ }))
    fireEvent.click(screen.getByRole('button', { name: 'English' }))
    expect(keys()).toEqual([])
    await advance(2000)
    expect(keys()).toEqual(['session', 'language:zh-Hans', 'view:category:medical', 'language:en'])
    await advance(30_000) // idle: "Still there?"
    await advance(20_000) // no answer: the session resets
    await advance(2000)
    expect(keys()).toContain('idle-reset')
    expect(keys().filter((k) => k === 'session')).toHaveLength(1)
  })
})

describe('route events', () => {
  it('adds a QR count on screens that always show one, and the screener start', () => {
    expect(routeEvents({ name: 'hotline', phoneId: '12345' }).map(counterKey)).toEqual([
      'view:hotline:12345',
      'qr-shown:hotline',
    ])
    expect(routeEvents({ name: 'screener' }).map(counterKey)).toEqual([
      'view:screener',
      'screener:started',
    ])
    expect(routeEvents({ name: 'places' }).map(counterKey)).toEqual(['view:places'])
  })
})
