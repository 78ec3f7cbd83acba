import { describe, expect, it } from 'vitest'
import { createAdminSessions } from './adminSessions'

function clock() {
  let ms = 1_000_000
  return { now: () => ms, advance: (d: number) => (ms += d) }
}

describe('createAdminSessions', () => {
  it('issues a random URL-safe token and recognises only it', () => {
    const sessions = createAdminSessions()
    const token = sessions.open()
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(sessions.touch(token)).toBe(true)
    expect(sessions.touch(`${token.slice(0, -1)}x`)).toBe(false)
    expect(sessions.touch(undefined)).toBe(false)
  })

  it('expires after two idle minutes; each use pushes the expiry back', () => {
    const c = clock()
    let expired = 0
    const sessions = createAdminSessions({ now: c.now, onExpire: () => expired++ })
    const token = sessions.open()
    c.advance(119_000)
    expect(sessions.touch(token)).toBe(true)
    c.advance(119_000)
    expect(sessions.touch(token)).toBe(true)
    c.advance(120_000)
    expect(sessions.touch(token)).toBe(false)
    expect(expired).toBe(1)
  })

  it('ends on logout and when another session opens', () => {
    const sessions = createAdminSessions()
    const a = sessions.open()
    const b = sessions.open()
    expect(sessions.touch(a)).toBe(false)
    expect(sessions.end(b)).toBe(true)
    expect(sessions.touch(b)).toBe(false)
    const c = sessions.open()
    sessions.endAll()
    expect(sessions.touch(c)).toBe(false)
  })
})
