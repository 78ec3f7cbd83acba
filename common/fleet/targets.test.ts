import { describe, expect, it } from 'vitest'
import { describeIdentity, groupTarget, targetSchema, targetsMatch } from './targets'

describe('targetsMatch', () => {
  it('matches a kiosk by its id or by any of its groups', () => {
    const who = { kioskId: 'cc-rail-1', groups: ['canary', 'stations'] }
    expect(targetsMatch(['cc-rail-1'], who)).toBe(true)
    expect(targetsMatch(['cc-bus-2', 'group:stations'], who)).toBe(true)
    expect(targetsMatch(['group:canary'], who)).toBe(true)
    expect(targetsMatch(['cc-bus-2', 'group:halls'], who)).toBe(false)
  })

  it('never treats a group name as a kiosk id or the other way round', () => {
    expect(targetsMatch(['canary'], { kioskId: 'cc-rail-1', groups: ['canary'] })).toBe(false)
    expect(targetsMatch(['group:cc-rail-1'], { kioskId: 'cc-rail-1' })).toBe(false)
  })

  it('names the kiosk and its groups for refusals', () => {
    expect(describeIdentity({ kioskId: 'k1' })).toBe('k1')
    expect(describeIdentity({ kioskId: 'k1', groups: [] })).toBe('k1 (in no group)')
    expect(describeIdentity({ kioskId: 'k1', groups: ['canary'] })).toBe('k1 (groups canary)')
  })
})

describe('targetSchema', () => {
  it('takes kiosk ids and group:<name>, refuses anything else with a message', () => {
    expect(targetSchema.parse('group:canary')).toBe('group:canary')
    expect(groupTarget('stations')).toBe('group:stations')
    for (const bad of ['group:', 'Group:x', 'group:a:b', 'site:x', '']) {
      const r = targetSchema.safeParse(bad)
      expect(r.success, bad).toBe(false)
      expect(r.error?.issues[0]?.message).toMatch(/kiosk id or group:<name>/)
    }
  })
})
