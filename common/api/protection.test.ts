import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { kioskContract } from './contract'
import { method, methodsOf } from './method'

// Issue 24: `audience: 'admin'` looked like protection but nothing read it; only `session`
// protected. Now `access` is the one field, and `session` follows from it.
const methods = methodsOf(kioskContract)

describe('protection follows from the contract table', () => {
  it('every admin method needs a session, except the doors into admin mode', () => {
    const open = methods.filter((m) => m.area === 'admin' && !m.spec.session).map((m) => m.name)
    expect(open.sort()).toEqual(['login', 'provision', 'setFirstPin', 'status'])
    for (const m of methods.filter((x) => x.area === 'admin' && !open.includes(x.name))) {
      expect(m.spec, `admin.${m.name}`).toMatchObject({ access: 'admin', session: true })
    }
  })

  it('a method needs a session exactly when its access is admin, and every door is in admin', () => {
    for (const { area, name, spec } of methods) {
      expect(spec.session, `${area}.${name}`).toBe(spec.access === 'admin')
      if (spec.access === 'admin-entry') expect(area, `${area}.${name}`).toBe('admin')
      if (spec.access === 'admin') expect(spec.token, `${area}.${name}`).toBe(true)
    }
  })

  it('a new entry written for administrators is protected without anything else to remember', () => {
    const entry = method({ args: z.tuple([]), result: z.null(), access: 'admin' })
    expect(entry).toMatchObject({ session: true, token: true })
    expect(method({ args: z.tuple([]), result: z.null(), access: 'visitor' }).session).toBe(false)
  })
})
