// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { KioskApi } from '../../../common/api/kioskApi'
import type { UpdateStatus } from '../../../common/update/updateStatus'
import type { InstallOptions, UpdatesApi } from '../../../common/update/updatesApi'
import { fakeKioskApi } from '../../test/fakeKioskApi'
import { oddContent } from '../../test/fixtures'
import { renderApp } from '../../test/renderKiosk'

/** The manifest hash of the package on screen; every install must name it. */
const REVIEWED = 'b'.repeat(64)
const PIN = '246810'
const LABEL = '同时将匿名使用统计保存到此U盘'

function readyStatus(requirePin: boolean): UpdateStatus {
  return {
    state: 'ready',
    source: '/media/staff/STICK',
    requirePin,
    preview: {
      signerKeyId: '820C9F101CF13D30',
      contentVersion: 8,
      createdAt: '2026-11-20T02:00:00Z',
      manifestSha256: REVIEWED,
      diff: {
        versionBefore: 7,
        versionAfter: 8,
        collections: [],
        screenerChanged: false,
        phoneNumbers: [],
        phonesAdded: [],
      },
    },
  }
}

/** A host holding a ready package that records each install call's PIN and choice. */
function hostWith(requirePin: boolean) {
  const installs: { pin: string | null; options: InstallOptions | undefined }[] = []
  let status = readyStatus(requirePin)
  const updates: UpdatesApi = {
    reportActivity: async () => {},
    reportHealth: async () => {},
    status: async () => status,
    checkNow: async () => status,
    async install(pin, options) {
      installs.push({ pin, options })
      status = {
        state: 'installed',
        source: '/media/staff/STICK',
        contentVersion: 8,
        signerKeyId: 'K',
      }
      return { ok: true, status }
    },
    dismiss: async () => (status = { state: 'idle' }),
  }
  const api: KioskApi = { ...fakeKioskApi({ content: oddContent() }), updates }
  return { api, installs }
}

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)))

afterEach(() => {
  cleanup()
  delete document.body.dataset.ready
})

describe('the staff stats choice on the update dialog', () => {
  it('is off by default, so an install sends no stats', async () => {
    const host = hostWith(false)
    await renderApp(host.api)
    await flush()
    const box = screen.getByRole('checkbox', { name: LABEL })
    expect((box as HTMLInputElement).checked).toBe(false)
    fireEvent.click(screen.getByRole('button', { name: '安装此更新' }))
    await flush()
    expect(host.installs).toEqual([
      { pin: null, options: { includeStats: false, manifestSha256: REVIEWED } },
    ])
  })

  it('ticked, it is sent with the install, and kept through the PIN step', async () => {
    const host = hostWith(true)
    await renderApp(host.api)
    await flush()
    fireEvent.click(screen.getByRole('checkbox', { name: LABEL }))
    fireEvent.click(screen.getByRole('button', { name: '安装此更新' }))
    for (const d of PIN) fireEvent.click(screen.getByRole('button', { name: d }))
    fireEvent.click(screen.getByRole('button', { name: /确定|OK/ }))
    await flush()
    expect(host.installs).toEqual([
      { pin: PIN, options: { includeStats: true, manifestSha256: REVIEWED } },
    ])
  })

  it('ticked and unticked again, it sends no stats', async () => {
    const host = hostWith(false)
    await renderApp(host.api)
    await flush()
    const box = screen.getByRole('checkbox', { name: LABEL })
    fireEvent.click(box)
    fireEvent.click(box)
    fireEvent.click(screen.getByRole('button', { name: '安装此更新' }))
    await flush()
    expect(host.installs[0]?.options).toEqual({ includeStats: false, manifestSha256: REVIEWED })
  })
})
