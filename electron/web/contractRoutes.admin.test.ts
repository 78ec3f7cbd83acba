import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contractRoute, kioskContract } from '../../common/api/contract'
import type { LocalKioskServices } from '../services/createKioskServices'
import { startWebHost, type WebHost } from './server'
import { closeWebHost, jsonPoster, openBundledServices } from './testing/webHostFixture'

let dir: string
let services: LocalKioskServices
let host: WebHost
let logged: string[]

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-admin-routes-'))
  services = await openBundledServices(dir)
  logged = []
  host = await startWebHost({ services, rendererDir: dir, log: (l) => logged.push(l) })
})
afterEach(() => closeWebHost(host, services, dir))

const post = jsonPoster(() => host)
const withToken = (extra: Record<string, string> = {}) => ({
  'X-Kiosk-Token': host.token,
  ...extra,
})

async function signIn(): Promise<string> {
  const reply = await post(r.setFirstPin.path, ['135792'], withToken())
  const result = (await reply.json()) as { ok: boolean; session?: string }
  if (!result.session) throw new Error('no session')
  return result.session
}

const r = Object.fromEntries(
  Object.keys(kioskContract.admin).map((name) => [
    name,
    contractRoute('admin', name as keyof typeof kioskContract.admin),
  ]),
) as { [M in keyof typeof kioskContract.admin]: ReturnType<typeof contractRoute> }

describe('admin routes of the browser host', () => {
  it.each(Object.values(r).map((route) => route.path))(
    '%s refuses a request without the launch token (403)',
    async (path) => {
      const session = await signIn()
      const reply = await post(path, [], { 'X-Kiosk-Admin': session })
      expect(reply.status).toBe(403)
      expect(await reply.json()).toEqual({
        error: { code: 'forbidden', message: expect.stringContaining('X-Kiosk-Token') },
      })
    },
  )

  it.each(
    Object.values(r)
      .filter((route) => route.spec.session)
      .map((route) => route.path),
  )('%s refuses a request with the token but no live admin session (401)', async (path) => {
    const bodies: Record<string, unknown> = {
      [r.updateSettings.path]: [{}],
      [r.applyConfig.path]: ['/media/stick/KIOSK-CONFIG'],
      [r.changePin.path]: ['24681357'],
      [r.removeKey.path]: ['0123456789ABCDEF'],
    }
    const body = bodies[path] ?? []
    expect((await post(path, body, withToken())).status).toBe(401)
    // Logging out of a session that already ended is harmless, so only the others refuse it.
    if (path === r.logout.path) return
    const stale = 'x'.repeat(43)
    expect((await post(path, body, withToken({ 'X-Kiosk-Admin': stale }))).status).toBe(401)
  })

  it('reports restart and exit as unavailable on the browser host, and refuses them', async () => {
    const session = withToken({ 'X-Kiosk-Admin': await signIn() })
    const actions = await post(r.hostActions.path, [], session)
    expect(await actions.json()).toEqual({ restart: false, quit: false })
    const restart = await post(r.restartApp.path, [], session)
    expect(await restart.json()).toMatchObject({ ok: false })
  })

  it('answers GET with 405: admin routes are POST only', async () => {
    const reply = await fetch(new URL(r.status.path, host.url))
    expect(reply.status).toBe(405)
  })

  it('sets the first PIN, then changes settings live inside the session', async () => {
    const session = await signIn()
    const reply = await post(
      r.updateSettings.path,
      [{ idleSeconds: 120, languages: ['zh-Hans', 'ko'] }],
      withToken({ 'X-Kiosk-Admin': session }),
    )
    expect(reply.status).toBe(200)
    expect(await reply.json()).toMatchObject({ ok: true, settings: { idleSeconds: 120 } })
    expect((await services.settings.get()).languages).toEqual(['zh-Hans', 'ko'])
  })

  it('returns field problems for a bad setting and keeps the old value', async () => {
    const session = await signIn()
    const reply = await post(
      r.updateSettings.path,
      [{ idleSeconds: 3 }],
      withToken({ 'X-Kiosk-Admin': session }),
    )
    expect(reply.status).toBe(200)
    const result = (await reply.json()) as { ok: boolean; problems: { path: string }[] }
    expect(result.ok).toBe(false)
    expect(result.problems.map((p) => p.path)).toEqual(['idleSeconds'])
    expect((await services.settings.get()).idleSeconds).toBe(60)
  })

  it('refuses a malformed body with the field named (400), and never logs the PIN', async () => {
    const bad = await post(r.login.path, [135792], withToken())
    expect(bad.status).toBe(400)
    expect(await bad.json()).toEqual({
      error: { code: 'bad-request', message: expect.stringContaining('0: ') },
    })
    await signIn()
    const wrong = await post(r.login.path, ['864209'], withToken())
    expect(await wrong.json()).toMatchObject({ ok: false, reason: 'wrong-pin' })
    expect(logged.join('\n')).not.toMatch(/135792|864209/)
  })

  it('ends the session on logout', async () => {
    const session = await signIn()
    const headers = withToken({ 'X-Kiosk-Admin': session })
    expect((await post(r.diagnostics.path, [], headers)).status).toBe(200)
    expect((await post(r.logout.path, [], headers)).status).toBe(200)
    expect((await post(r.diagnostics.path, [], headers)).status).toBe(401)
  })
})
