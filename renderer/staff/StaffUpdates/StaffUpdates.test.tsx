// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { HostNotice, KioskApi } from '../../../common/api/kioskApi'
import type { UpdateStatus } from '../../../common/update/updateStatus'
import type { InstallResponse, UpdatesApi } from '../../../common/update/updatesApi'
import { fakeKioskApi } from '../../test/fakeKioskApi'
import { oddContent } from '../../test/fixtures'
import { renderApp } from '../../test/renderKiosk'
import { STAFF_IDLE_MS } from './UpdateDialog'

const PIN = '246810'
const ready: Extract<UpdateStatus, { state: 'ready' }> = {
  state: 'ready',
  source: '/media/staff/STICK',
  requirePin: true,
  preview: {
    signerKeyId: '820C9F101CF13D30',
    contentVersion: 8,
    createdAt: '2026-11-20T02:00:00Z',
    manifestSha256: 'a'.repeat(64),
    diff: {
      versionBefore: 7,
      versionAfter: 8,
      collections: [
        { collection: 'services', added: 2, changed: 1, removed: 0 },
        { collection: 'phones', added: 0, changed: 1, removed: 1 },
        { collection: 'faqs', added: 0, changed: 0, removed: 0 },
      ],
      screenerChanged: false,
      phoneNumbers: [
        { id: 'relief-line', name: '救助热线', before: '043188888888', after: '043166666666' },
        { id: 'old-line', name: '旧热线', before: '12345' },
      ],
      phonesAdded: [],
    },
  },
}

/** A host whose update state the test drives with notices, recording what the screen asks. */
function hostWith(initial: UpdateStatus) {
  const listeners = new Set<(n: HostNotice) => void>()
  const calls: string[] = []
  let status = initial
  const push = (next: UpdateStatus) => {
    status = next
    act(() => listeners.forEach((l) => l({ kind: 'update-status', status: next })))
  }
  const updates: UpdatesApi = {
    reportActivity: async () => {},
    reportHealth: async () => {},
    status: async () => status,
    checkNow: async () => status,
    async install(pin): Promise<InstallResponse> {
      calls.push(`install:${pin}`)
      if (pin !== PIN) return { ok: false, reason: 'pin-refused', message: 'wrong PIN', status }
      status = { state: 'installed', source: ready.source, contentVersion: 8, signerKeyId: 'K' }
      return { ok: true, status }
    },
    dismiss: async () => {
      calls.push('dismiss')
      status = { state: 'idle' }
      return status
    },
  }
  const api: KioskApi = {
    ...fakeKioskApi({ content: oddContent() }),
    updates,
    events: {
      subscribe(listener) {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
    },
  }
  return { api, calls, push }
}

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)))

afterEach(() => {
  cleanup()
  delete document.body.dataset.ready
})

describe('staff update screen', () => {
  it('names the reviewed package in the install; a swapped stick returns to the review', async () => {
    const host = hostWith(ready)
    const sent: unknown[] = []
    const updates = host.api.updates as { install: UpdatesApi['install'] }
    updates.install = async (_pin, options) => {
      sent.push(options?.manifestSha256)
      const swapped = { ...ready, preview: { ...ready.preview, manifestSha256: 'f'.repeat(64) } }
      return { ok: false, reason: 'package-changed', message: 'changed', status: swapped }
    }
    await renderApp(host.api)
    await flush()
    fireEvent.click(screen.getByRole('button', { name: '安装此更新' }))
    for (const d of PIN) fireEvent.click(screen.getByRole('button', { name: d }))
    fireEvent.click(screen.getByRole('button', { name: /确定|OK/ }))
    await flush()
    expect(sent).toEqual([ready.preview.manifestSha256])
    expect(screen.getByRole('alert').textContent).toContain('被换过了')
    expect(screen.getByRole('button', { name: '安装此更新' })).toBeTruthy()
  })

  it('shows signer, version, counts and every changed or removed number, then installs with the PIN', async () => {
    const host = hostWith(ready)
    await renderApp(host.api)
    await flush()
    const dialog = screen.getByRole('dialog', { name: '发现内容更新' })
    expect(document.querySelector('.app')?.hasAttribute('inert')).toBe(true)
    expect(dialog.textContent).toContain('820C9F101CF13D30')
    expect(dialog.textContent).toContain('内容版本 7 → 8')
    const services = dialog.querySelector('[data-collection="services"]')
    expect([...(services?.querySelectorAll('td') ?? [])].map((td) => td.textContent)).toEqual([
      '2',
      '1',
      '0',
    ])
    expect(dialog.querySelector('[data-collection="faqs"]')).toBeNull()
    expect(dialog.querySelector('[data-phone="relief-line"]')?.textContent).toContain(
      '0431-8888-8888',
    )
    expect(dialog.querySelector('[data-phone="relief-line"]')?.textContent).toContain(
      '0431-6666-6666',
    )
    expect(dialog.querySelector('[data-phone="old-line"]')?.getAttribute('data-change')).toBe(
      'removed',
    )

    fireEvent.click(screen.getByRole('button', { name: '安装此更新' }))
    for (const d of '111111') fireEvent.click(screen.getByRole('button', { name: d }))
    fireEvent.click(screen.getByRole('button', { name: /确定|OK/ }))
    await flush()
    expect(host.calls).toEqual(['install:111111'])
    expect(screen.getByRole('alert').textContent).toContain('wrong PIN')

    for (const d of PIN) fireEvent.click(screen.getByRole('button', { name: d }))
    fireEvent.click(screen.getByRole('button', { name: /确定|OK/ }))
    await flush()
    expect(host.calls).toEqual(['install:111111', `install:${PIN}`])
    expect(screen.getByRole('dialog', { name: '更新已安装' })).toBeTruthy()

    fireEvent.click(screen.getByRole('button', { name: '关闭' }))
    await flush()
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(host.calls.at(-1)).toBe('dismiss')
    expect(document.querySelector('.app')?.hasAttribute('inert')).toBe(false)
  })

  it('shows install progress from the host notices as a progress bar', async () => {
    const host = hostWith({ state: 'idle' })
    await renderApp(host.api)
    await flush()
    host.push({ state: 'installing', source: ready.source, step: 'files', progress: 0.42 })
    const bar = screen.getByRole('progressbar')
    expect(bar.getAttribute('aria-valuenow')).toBe('42')
  })

  it('shows a refused stick as a small note that leaves the visitor screen usable', async () => {
    const host = hostWith({ state: 'idle' })
    await renderApp(host.api)
    await flush()
    fireEvent.click(screen.getByRole('button', { name: 'English' }))
    const heading = screen.getByRole('heading', { level: 1 }).textContent
    host.push({
      state: 'refused',
      source: '/media/x/STICK',
      code: 'unknown-key',
      reason: 'signed by an unknown key (key id 1234567890ABCDEF)',
    })
    expect(screen.queryByRole('dialog')).toBeNull()
    const note = screen.getByRole('complementary', { name: 'Update stick' })
    expect(note.textContent).toContain('it is signed by an unknown key.')
    expect(note.textContent).toContain('1234567890ABCDEF')
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(heading)
    expect(document.activeElement?.closest('.staff-indicator')).toBeNull()
    host.push({ state: 'idle' })
    expect(screen.queryByRole('complementary', { name: 'Update stick' })).toBeNull()
  })

  it('gives the kiosk back to visitors when staff leave the screen alone, not while they use it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] })
    try {
      const host = hostWith(ready)
      await renderApp(host.api)
      const wait = (ms: number) => act(async () => void vi.advanceTimersByTime(ms))
      await wait(0)
      expect(screen.getByRole('dialog', { name: '发现内容更新' })).toBeTruthy()
      await wait(STAFF_IDLE_MS - 1000)
      fireEvent.pointerDown(screen.getByRole('dialog'))
      await wait(STAFF_IDLE_MS - 1000)
      expect(host.calls).toEqual([])
      await wait(2000)
      expect(host.calls).toEqual(['dismiss'])
      expect(screen.queryByRole('dialog')).toBeNull()
    } finally {
      vi.useRealTimers()
    }
  })
})
