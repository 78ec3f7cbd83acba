// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { HostNotice, KioskApi } from '../../common/api/kioskApi'
import type { Content } from '../../common/content/schema'
import { fakeKioskApi } from '../test/fakeKioskApi'
import { oddContent } from '../test/fixtures'
import '../i18n'
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
})
