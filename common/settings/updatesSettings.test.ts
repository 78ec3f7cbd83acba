import { describe, expect, it } from 'vitest'
import { settingsSchema } from './schema'

const problems = (input: unknown) => {
  const r = settingsSchema.safeParse(input)
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

describe('update settings (issue 20)', () => {
  it('reads a plain folder path as a staff folder without heartbeat, as older settings hold', () => {
    const s = settingsSchema.parse({ updates: { watchFolders: ['/srv/share'] } })
    expect(s.updates.watchFolders).toEqual([
      { path: '/srv/share', policy: 'staff', sendStatus: false },
    ])
    expect(s.updates).toMatchObject({
      statusMinutes: 15,
      settleSeconds: 0,
      automatic: { idleMinutes: 5, healthCheckSeconds: 60 },
    })
    expect(s.groups).toEqual([])
  })

  it('refuses bad values naming the field', () => {
    expect(
      problems({ updates: { watchFolders: [{ path: '/srv/a', policy: 'sometimes' }] } }),
    ).toEqual([expect.stringMatching(/^updates\.watchFolders\.0\.policy: /)])
    expect(problems({ updates: { watchFolders: ['/srv/a', { path: '/srv/a' }] } })).toEqual([
      'updates.watchFolders: a folder is listed twice',
    ])
    expect(
      problems({ updates: { automatic: { window: { from: '25:00', to: '05:00' } } } }),
    ).toEqual([expect.stringMatching(/^updates\.automatic\.window\.from: a time is HH:MM/)])
    expect(
      problems({ updates: { automatic: { window: { from: '02:00', to: '02:00' } } } }),
    ).toEqual(['updates.automatic.window.to: maintenance hours need different start and end times'])
    expect(problems({ updates: { statusMinutes: 0 } })).toEqual([
      expect.stringMatching(/^updates\.statusMinutes: /),
    ])
    expect(problems({ updates: { watchFolders: [{ path: '/x', sendStatus: 'yes' }] } })).toEqual([
      expect.stringMatching(/^updates\.watchFolders\.0\.sendStatus: /),
    ])
    expect(problems({ groups: ['canary', 'canary'] })).toEqual(['groups: a group is listed twice'])
    expect(problems({ groups: ['group:canary'] })).toEqual([
      expect.stringMatching(/^groups\.0: an id is/),
    ])
  })
})
