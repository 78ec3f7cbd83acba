import { KioskApiError } from '../../../common/api/errors'
import type { AdminApi } from '../../../common/admin/adminApi'
import type { AdminStatus, TrustedKeyInfo } from '../../../common/admin/schemas'

/** An in-memory admin host for renderer tests: one PIN, one session, and a record of patches. */
export function fakeAdminApi(
  opts: {
    pin?: string
    retryAfterSeconds?: number
    hostControl?: boolean
    firstPin?: AdminStatus['firstPin']
  } = {},
) {
  let pin = opts.pin
  let session: string | undefined
  let failures = 0
  const patches: Record<string, unknown>[] = []
  const hostCalls: ('restart' | 'quit')[] = []
  const keys: TrustedKeyInfo[] = [
    { keyId: '0123456789ABCDEF', source: 'shipped' },
    { keyId: 'FEDCBA9876543210', source: 'added' },
  ]
  const status = (): AdminStatus => ({
    pinSet: pin !== undefined,
    failures,
    retryAfterSeconds: opts.retryAfterSeconds ?? 0,
    ...(pin === undefined ? { firstPin: opts.firstPin ?? 'on-screen' } : {}),
  })
  const open = () => {
    session = `session-${'x'.repeat(40)}`
    return { ok: true as const, session, idleSeconds: 120 }
  }
  const requireSession = (s: string) => {
    if (s !== session) throw new KioskApiError('no-session', 'an admin session is required')
  }
  const api: AdminApi = {
    status: async () => status(),
    setFirstPin: async (p) => {
      pin = p
      return open()
    },
    login: async (p) => {
      if (p === pin) return open()
      failures += 1
      return { ok: false, reason: 'wrong-pin', message: 'wrong PIN', status: status() }
    },
    provision: async () => ({ ok: false, reason: 'no USB stick found' }),
    logout: async () => {
      session = undefined
    },
    updateSettings: async (s, patch) => {
      requireSession(s)
      patches.push(patch)
      if (patch.idleSeconds === 10) {
        return {
          ok: false,
          problems: [{ path: 'idleSeconds', message: 'Too small: expected >=20' }],
        }
      }
      return { ok: false, problems: [{ path: '', message: 'this fake stores nothing' }] }
    },
    diagnostics: async (s) => {
      requireSession(s)
      throw new Error('not in this fake')
    },
    contentFreshness: async (s) => {
      requireSession(s)
      return { today: '2026-03-01', past: 2, dueSoon: 5, kinds: [] }
    },
    auditLog: async (s) => {
      requireSession(s)
      return []
    },
    changePin: async (s, p) => {
      requireSession(s)
      pin = p
      return { ok: true }
    },
    findConfigs: async (s) => {
      requireSession(s)
      return []
    },
    applyConfig: async (s) => {
      requireSession(s)
      return { ok: false, reason: 'no package in this fake' }
    },
    rollbackContent: async (s) => {
      requireSession(s)
      return { ok: false, reason: 'no previous content in this fake' }
    },
    confirmInstalledVersions: async (s) => {
      requireSession(s)
      return { ok: false, reason: 'nothing to confirm in this fake' }
    },
    exportDiagnostics: async (s) => {
      requireSession(s)
      return { ok: false, reason: 'no USB stick found' }
    },
    listKeys: async (s) => {
      requireSession(s)
      return keys.map((k) => ({ ...k }))
    },
    addKey: async (s) => {
      requireSession(s)
      return { ok: false, reason: 'no KIOSK-KEY/key.pub found' }
    },
    hostActions: async (s) => {
      requireSession(s)
      return { restart: opts.hostControl ?? false, quit: opts.hostControl ?? false }
    },
    restartApp: async (s) => {
      requireSession(s)
      hostCalls.push('restart')
      return { ok: true }
    },
    quitApp: async (s) => {
      requireSession(s)
      hostCalls.push('quit')
      return { ok: true }
    },
    removeKey: async (s, keyId) => {
      requireSession(s)
      const key = keys.find((k) => k.keyId === keyId)
      if (key?.source !== 'added' || keys.length <= 1) return { ok: false, reason: 'refused' }
      keys.splice(keys.indexOf(key), 1)
      return { ok: true, detail: keyId }
    },
  }
  return { api, patches, keys, hostCalls, session: () => session }
}
