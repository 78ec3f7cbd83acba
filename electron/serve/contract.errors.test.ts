import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { kioskApiOverBridge } from '../../common/api/bridge'
import { contractRoute } from '../../common/api/contract'
import { apiErrorSchema, type ApiError } from '../../common/api/errors'
import type { KioskApi } from '../../common/api/kioskApi'
import { createKioskBridge } from '../preload/kioskBridge'
import { registerIpc, type IpcOptions } from '../main/ipc'
import { FakeIpcMain, FakeWebContents } from '../main/testing/fakeElectron'
import { startWebHost, type WebHost } from '../web/server'
import { fakeServices, realAdminService, type FakeServices } from './testSupport'

// The same failures must reach the renderer with the same code whichever host serves it, so a
// screen can decide by code (issue 24): here the real admin service behind both hosts.
let dir: string
let clock: number
let services: FakeServices
let web: WebHost
let overIpc: KioskApi

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'contract-errors-'))
  clock = 1_000_000
  services = fakeServices('web')
  services.admin = await realAdminService(services, dir, { now: () => clock, idleMs: 60_000 })
  web = await startWebHost({ services, rendererDir: '/nonexistent', log: () => undefined })
  const ipcMain = new FakeIpcMain()
  const kiosk = new FakeWebContents()
  registerIpc(ipcMain as unknown as Parameters<typeof registerIpc>[0], services, {
    kioskContents: () => kiosk as unknown as ReturnType<IpcOptions['kioskContents']>,
    log: () => undefined,
  })
  const ipc = {
    invoke: (channel: string, ...args: unknown[]) =>
      ipcMain.invoke(channel, { sender: kiosk, senderFrame: kiosk.mainFrame }, ...args),
    on: () => ipc,
    removeListener: () => ipc,
  }
  overIpc = kioskApiOverBridge(createKioskBridge(ipc as never))
})
afterEach(async () => {
  await web.close()
  // An expired session's audit entry is written in the background: retry as adminService.test does.
  await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 })
})

/** One admin call over the browser host's route; the reply's status and contract error. */
async function overHttp(name: 'diagnostics' | 'auditLog', session: string) {
  const route = contractRoute('admin', name)
  const reply = await fetch(new URL(route.path, web.url), {
    method: route.method,
    headers: {
      'Content-Type': 'application/json',
      'X-Kiosk-Token': web.token,
      'X-Kiosk-Admin': session,
    },
    body: '[]',
  })
  const body = (await reply.json()) as { error?: unknown }
  return { status: reply.status, error: apiErrorSchema.safeParse(body.error).data }
}

async function ipcError(call: Promise<unknown>): Promise<ApiError> {
  const err = await call.then(
    () => undefined,
    (e: unknown) => e,
  )
  return apiErrorSchema.parse(JSON.parse(JSON.stringify(err)))
}

describe('contract errors are the same over IPC and HTTP', () => {
  it('an expired admin session is no-session on both hosts', async () => {
    const first = await overIpc.admin!.setFirstPin('135792')
    if (!first.ok) throw new Error(first.message)
    expect((await overIpc.admin!.diagnostics(first.session)).host).toBe('web')
    clock += 61_000 // two idle minutes are the default; this service was given one
    const viaIpc = await ipcError(overIpc.admin!.diagnostics(first.session))
    const viaHttp = await overHttp('diagnostics', first.session)
    expect(viaIpc.code).toBe('no-session')
    expect(viaHttp).toEqual({ status: 401, error: viaIpc })
  })

  it('a malformed session is bad-request over IPC and no-session (a missing header) over HTTP', async () => {
    // Over IPC the session is an argument, checked with the others; over HTTP it is a header,
    // and a header that is not a session is no session at all. Both say which.
    expect((await ipcError(overIpc.admin!.auditLog('short'))).code).toBe('bad-request')
    expect((await overHttp('auditLog', 'short')).error?.code).toBe('no-session')
  })

  it('a service that fails unexpectedly is internal on both hosts, and its cause stays in the host', async () => {
    services.admin!.diagnostics = () => Promise.reject(new Error('EIO: /var/kiosk/secret'))
    const first = await overIpc.admin!.setFirstPin('135792')
    if (!first.ok) throw new Error(first.message)
    const viaIpc = await ipcError(overIpc.admin!.diagnostics(first.session))
    const viaHttp = await overHttp('diagnostics', first.session)
    expect(viaIpc.code).toBe('internal')
    expect(viaHttp).toEqual({ status: 500, error: viaIpc })
    expect(JSON.stringify(viaIpc)).not.toContain('secret')
  })
})
