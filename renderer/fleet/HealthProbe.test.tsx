// @vitest-environment jsdom
import { act, cleanup, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { HostNotice, KioskApi } from '../../common/api/kioskApi'
import { validContent } from '../../common/content/fixtures/validContent'
import type { ActivityState, HealthReport } from '../../common/fleet/health'
import { fakeKioskApi } from '../test/fakeKioskApi'
import { renderApp } from '../test/renderKiosk'
import { armTestFaults } from './faultHook'

type Host = {
  api: KioskApi
  reports: HealthReport[]
  activity: ActivityState[]
  emit(n: HostNotice): void
}

/** The app over a fake host whose `updates` area records what the renderer reports. */
function fakeHost(content = structuredClone(validContent)): Host {
  const base = fakeKioskApi({ content })
  const listeners = new Set<(n: HostNotice) => void>()
  const host: Host = {
    reports: [],
    activity: [],
    emit: (n) => act(() => listeners.forEach((l) => l(n))),
    api: {
      ...base,
      events: {
        subscribe: (l) => {
          listeners.add(l)
          return () => listeners.delete(l)
        },
      },
      updates: {
        status: async () => ({ state: 'idle' }),
        checkNow: async () => ({ state: 'idle' }),
        install: async () => ({
          ok: false,
          reason: 'nothing-to-install',
          message: '',
          status: { state: 'idle' },
        }),
        dismiss: async () => ({ state: 'idle' }),
        reportActivity: async (state) => void host.activity.push(state),
        reportHealth: async (report) => void host.reports.push(report),
      },
    },
  }
  return host
}

afterEach(() => {
  cleanup()
  armTestFaults(false)
  // renderApp waits for this signal; the next test's app must raise it again.
  delete document.body.dataset.ready
})

describe('HealthProbe', () => {
  it('waits for the directory before opening the need screens, which list from it', async () => {
    const host = fakeHost()
    let answer: (() => void) | undefined
    const whole = host.api.content.get
    host.api = {
      ...host.api,
      content: {
        ...host.api.content,
        get: () => new Promise((resolve) => (answer = () => resolve(whole()))),
      },
    }
    await renderApp(host.api, { untilDirectory: false })
    const version = validContent.dataset.contentVersion
    host.emit({ kind: 'health-check', contentVersion: version, testFaults: false })
    await waitFor(() => expect(answer).toBeDefined())
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(host.reports).toEqual([])
    await act(async () => answer?.())
    await waitFor(() => expect(host.reports).toHaveLength(1), { timeout: 5000 })
    expect(host.reports[0]).toMatchObject({ ok: true, tilesOpened: validContent.categories.length })
  })

  it('opens home and every need tile off-screen and reports them working', async () => {
    const host = fakeHost()
    await renderApp(host.api)
    const version = validContent.dataset.contentVersion
    host.emit({ kind: 'health-check', contentVersion: version, testFaults: false })
    await waitFor(() => expect(host.reports).toHaveLength(1), { timeout: 5000 })
    expect(host.reports[0]).toMatchObject({
      contentVersion: version,
      ok: true,
      homeReady: true,
      tilesOpened: validContent.categories.length,
      tilesTotal: validContent.categories.length,
    })
    // Off-screen: the visitor's screen never changed.
    expect(document.querySelector('.app-main [data-screen]')?.getAttribute('data-screen')).toBe(
      'home',
    )
  })

  it('reports the need tile that throws (test fault hook armed by the host) and names it', async () => {
    const content = structuredClone(validContent)
    content.categories[1]!.id = 'test-fault-food'
    for (const s of content.services)
      s.categoryIds = s.categoryIds.map((id) =>
        id === validContent.categories[1]!.id ? 'test-fault-food' : id,
      )
    const host = fakeHost(content)
    await renderApp(host.api)
    host.emit({
      kind: 'health-check',
      contentVersion: content.dataset.contentVersion,
      testFaults: true,
    })
    await waitFor(() => expect(host.reports).toHaveLength(1), { timeout: 5000 })
    expect(host.reports[0]).toMatchObject({
      ok: false,
      homeReady: true,
      tilesOpened: host.reports[0]!.tilesTotal - 1,
      problem: expect.stringContaining('need tile "test-fault-food" did not open') as unknown,
    })
  })

  it('waits until the asked version is the one loaded', async () => {
    const host = fakeHost()
    await renderApp(host.api)
    host.emit({ kind: 'health-check', contentVersion: 999, testFaults: false })
    await act(async () => new Promise((r) => setTimeout(r, 50)))
    expect(host.reports).toEqual([])
  })

  it('tells the host the kiosk is in use while a visitor is on a screen', async () => {
    const host = fakeHost()
    await renderApp(host.api)
    await waitFor(() => expect(host.activity).toContain('in-use'))
  })
})
