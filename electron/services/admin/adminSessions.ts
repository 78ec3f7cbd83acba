import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** An admin session ends after this long without an admin call (DESIGN: 2 minutes). */
export const ADMIN_IDLE_MS = 2 * 60_000

export interface AdminSessions {
  /** Starts a session, ending any other (one screen, one administrator). Returns its token. */
  open(): string
  /** True while `token` is the live session; a successful check counts as activity. */
  touch(token: string | undefined): boolean
  end(token: string | undefined): boolean
  /** Ends whatever session is open (visitor reset, host shutdown). */
  endAll(): void
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest()

/** Constant-time token comparison (both sides hashed first so their lengths always match). */
function sameToken(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b))
}

/**
 * Admin sessions, kept in memory only, so a restart ends them. A token is 32 random bytes; it
 * dies on logout, after two minutes without an admin call, or when another session opens.
 */
export function createAdminSessions(
  options: { idleMs?: number; now?: () => number; onExpire?: () => void } = {},
): AdminSessions {
  const idleMs = options.idleMs ?? ADMIN_IDLE_MS
  const now = options.now ?? Date.now
  let live: { token: string; lastUsed: number } | undefined

  function current(): typeof live {
    if (live && now() - live.lastUsed >= idleMs) {
      live = undefined
      options.onExpire?.()
    }
    return live
  }

  return {
    open() {
      const token = randomBytes(32).toString('base64url')
      live = { token, lastUsed: now() }
      return token
    },
    touch(token) {
      const session = current()
      if (!session || token === undefined || !sameToken(session.token, token)) return false
      session.lastUsed = now()
      return true
    },
    end(token) {
      const session = current()
      if (!session || token === undefined || !sameToken(session.token, token)) return false
      live = undefined
      return true
    },
    endAll() {
      live = undefined
    },
  }
}
