import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { HostNotice } from '../../../common/api/kioskApi'
import { defaultSettings, settingsSchema } from '../../../common/settings/schema'
import { openStore } from '../durableStore'
import { silentLogger } from '../logger/logger'
import { createNoticeBus } from '../noticeBus'
import { createSettingsService } from '../settingsService'
import { contentFixture } from '../testing/contentFixture'
import { adminFiles, AdminAuthError, createAdminService, type AdminService } from './adminService'

let dir: string
let clockMs: number
let hostNow: Date
let notices: HostNotice[]

async function open(): Promise<AdminService> {
  const store = await openStore(join(dir, 'settings.json'), settingsSchema, defaultSettings(), {
    log: silentLogger,
  })
  const bus = createNoticeBus()
  bus.subscribe((n) => notices.push(n))
  return createAdminService({
    dataDir: dir,
    settings: createSettingsService(store, bus, silentLogger),
    content: {
      get: async () => ({ content: contentFixture(3), source: 'factory', sha256: 'a'.repeat(64) }),
    },
    app: {
      info: async () => ({
        name: 'relief-kiosk',
        version: '9.8.7',
        host: 'web',
        now: hostNow.toISOString(),
        clockOverridden: false,
      }),
    },
    errors: {
      entries: () => [
        { at: '2026-01-01T00:00:00.000Z', level: 'warn', area: 'content', message: 'older' },
        { at: '2026-01-02T00:00:00.000Z', level: 'error', area: 'updates', message: 'newer' },
      ],
    },
    clock: { now: () => hostNow, overridden: false },
    log: silentLogger,
    now: () => clockMs,
    scrypt: { N: 1024, r: 8, p: 1, keyLength: 32 },
    firstPinOnScreen: true,
  })
}

async function signedIn(): Promise<{ admin: AdminService; session: string }> {
  const admin = await open()
  const result = await admin.setFirstPin('246810')
  if (!result.ok) throw new Error(result.message)
  return { admin, session: result.session }
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'admin-service-'))
  clockMs = Date.parse('2026-03-01T08:00:00Z')
  hostNow = new Date('2026-03-01T08:00:00Z')
  notices = []
})
afterEach(async () => {
  // An expired session is audited in the background; retry while that last write lands.
  await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 })
})

describe('admin sessions', () => {
  it('setting the first PIN signs the administrator in for two idle minutes', async () => {
    const admin = await open()
    expect(await admin.status()).toMatchObject({ pinSet: false })
    const result = await admin.setFirstPin('246810')
    expect(result).toMatchObject({ ok: true, idleSeconds: 120 })
  })

  it('refuses every protected call without a live session', async () => {
    const { admin, session } = await signedIn()
    await expect(admin.updateSettings('', { idleSeconds: 90 })).rejects.toThrow(AdminAuthError)
    await expect(admin.diagnostics('not-a-token')).rejects.toThrow(AdminAuthError)
    await expect(admin.auditLog(`${session}x`)).rejects.toThrow(AdminAuthError)
    expect((await admin.updateSettings(session, { idleSeconds: 90 })).ok).toBe(true)
  })

  it('ends the session on logout and after two idle minutes', async () => {
    const { admin, session } = await signedIn()
    await admin.logout(session)
    await expect(admin.diagnostics(session)).rejects.toThrow(AdminAuthError)
    const again = await admin.login('246810')
    if (!again.ok) throw new Error('login failed')
    clockMs += 120_000
    await expect(admin.diagnostics(again.session)).rejects.toThrow(AdminAuthError)
  })

  it('counts content freshness on the China day of the host clock, inside a session only', async () => {
    const { admin, session } = await signedIn()
    await expect(admin.contentFreshness('x'.repeat(43))).rejects.toThrow(AdminAuthError)
    hostNow = new Date('2026-03-01T16:30:00Z') // already 2 March in China
    const freshness = await admin.contentFreshness(session)
    expect(freshness.today).toBe('2026-03-02')
    expect(freshness.kinds.map((k) => k.kind)).toContain('kioskSites')
  })

  it('checks a staff PIN without opening or ending a session, audited as a staff check', async () => {
    const { admin, session } = await signedIn()
    expect(await admin.checkStaffPin('135790', 'install')).toMatchObject({ ok: false })
    expect(await admin.checkStaffPin('246810', 'install')).toEqual({ ok: true })
    // The administrator's live session is untouched by a staff install.
    const log = await admin.auditLog(session)
    const staff = log.filter((e) => e.action.startsWith('staff-pin'))
    expect(staff.map((e) => [e.action, e.detail?.split(':')[0]])).toEqual([
      ['staff-pin-accepted', 'for install'],
      ['staff-pin-refused', 'for install'],
    ])
    expect(log.map((e) => e.action).filter((a) => a === 'login' || a === 'logout')).toEqual([])
  })

  it('changes the PIN inside a session, which stays open; only the new PIN works after', async () => {
    const { admin, session } = await signedIn()
    expect(await admin.changePin(session, '12345')).toMatchObject({ ok: false })
    expect(await admin.changePin(session, '97531864')).toEqual({ ok: true })
    expect((await admin.auditLog(session))[0]?.action).toBe('pin-changed')
    await admin.logout(session)
    expect(await admin.login('246810')).toMatchObject({ ok: false, reason: 'wrong-pin' })
    expect(await admin.login('97531864')).toMatchObject({ ok: true })
    await expect(admin.changePin('x'.repeat(43), '11112222')).rejects.toThrow(AdminAuthError)
  })

  it('a wrong PIN gives no session and says how long the pad is locked', async () => {
    const admin = (await signedIn()).admin
    for (const pin of ['111111', '222222']) await admin.login(pin)
    expect(await admin.login('333333')).toMatchObject({
      ok: false,
      reason: 'wrong-pin',
      status: { failures: 3, retryAfterSeconds: 30 },
    })
  })
})

describe('settings over the admin service', () => {
  it('applies a change live (settings-changed) and records which fields changed', async () => {
    const { admin, session } = await signedIn()
    const result = await admin.updateSettings(session, {
      siteId: 'other-site',
      updates: { requirePin: false },
    })
    expect(result).toMatchObject({ ok: true, settings: { siteId: 'other-site' } })
    expect(notices).toEqual([{ kind: 'settings-changed' }])
    expect((await admin.auditLog(session))[0]).toMatchObject({
      action: 'settings-changed',
      detail: 'siteId, updates.requirePin',
    })
  })

  // One bad value per setting: each is refused with its own path and the stored value stays.
  const badValues: [string, Record<string, unknown>][] = [
    ['kioskId', { kioskId: 'Not An Id!' }],
    ['displayName', { displayName: '' }],
    ['siteId', { siteId: 'Bad Id' }],
    ['customSite', { customSite: { name: {}, geo: { lat: 91, lng: 0 } } }],
    ['defaultLanguage', { defaultLanguage: 'fr' }],
    ['languages', { languages: [] }],
    ['defaultLanguage', { languages: ['en'] }],
    ['idleSeconds', { idleSeconds: 5 }],
    ['stillThereSeconds', { stillThereSeconds: 10 }],
    ['attractScreen', { attractScreen: 'yes' }],
    ['largeText', { largeText: 1 }],
    ['highContrast', { highContrast: 'on' }],
    ['readAloud', { readAloud: 'loud' }],
    ['volume', { volume: 2 }],
    ['updates.requirePin', { updates: { requirePin: 'no' } }],
    ['updates.watchFolders[0]', { updates: { watchFolders: [''] } }],
    ['colour', { colour: 'red' }],
  ]
  it.each(badValues)(
    'refuses a bad %s with its path and keeps the old settings',
    async (path, patch) => {
      const { admin, session } = await signedIn()
      const before = await readFile(join(dir, 'settings.json'), 'utf8').catch(() => undefined)
      const result = await admin.updateSettings(session, patch)
      expect(result.ok).toBe(false)
      if (result.ok) return
      const paths = result.problems.map((p) => p.path)
      expect(
        paths.some((p) => p === path || p.startsWith(`${path}.`) || p.startsWith(`${path}[`)),
      ).toBe(true)
      expect(result.problems.every((p) => p.message.length > 0)).toBe(true)
      expect(await readFile(join(dir, 'settings.json'), 'utf8').catch(() => undefined)).toBe(before)
      expect(notices).toEqual([])
      expect((await admin.auditLog(session))[0]?.action).toBe('settings-refused')
    },
  )
})

describe('diagnostics and the audit log', () => {
  it('reports versions, content origin, errors newest first and a plausible clock', async () => {
    const { admin, session } = await signedIn()
    clockMs += 90_000
    const d = await admin.diagnostics(session)
    expect(d).toMatchObject({
      appVersion: '9.8.7',
      content: { datasetId: 'test-dataset', contentVersion: 3, source: 'factory', sample: true },
      uptimeSeconds: 90,
      updateAttempts: [],
    })
    expect(d.recentErrors.map((e) => e.message)).toEqual(['newer', 'older'])
    // Free space where the data folder is (a real temp folder here).
    expect(d.freeDiskBytes).toBeGreaterThan(0)
    expect(d.clock.warning).toBeUndefined()
  })

  it('warns when the clock is before the content was published, or implausibly old', async () => {
    const { admin, session } = await signedIn()
    hostNow = new Date('2020-06-01T00:00:00Z')
    expect((await admin.diagnostics(session)).clock.warning).toBe('before-content')
    hostNow = new Date('1970-01-01T00:00:10Z')
    expect((await admin.diagnostics(session)).clock.warning).toBe('implausibly-old')
  })

  it('keeps a durable audit of what was done, newest first, without any PIN in it', async () => {
    const { admin, session } = await signedIn()
    await admin.logout(session)
    await admin.login('999999')
    const again = await admin.login('246810')
    if (!again.ok) throw new Error('login failed')
    const reopened = await open()
    const relogin = await reopened.login('246810')
    if (!relogin.ok) throw new Error('login failed')
    const actions = (await reopened.auditLog(relogin.session)).map((e) => e.action)
    expect(actions).toEqual(['login', 'login', 'login-refused', 'logout', 'pin-set'])
    const file = await readFile(adminFiles(dir).audit, 'utf8')
    expect(file).not.toMatch(/246810|999999/)
  })
})
