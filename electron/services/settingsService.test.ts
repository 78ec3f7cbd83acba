import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { HostNotice } from '../../common/api/kioskApi'
import { defaultSettings, settingsSchema } from '../../common/settings/schema'
import { openStore } from './durableStore'
import { createNoticeBus } from './noticeBus'
import { createSettingsService } from './settingsService'

let dir: string
let file: string
let notices: HostNotice[]
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'settings-'))
  file = join(dir, 'settings.json')
  notices = []
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function open() {
  const store = await openStore(file, settingsSchema, defaultSettings(), { log: () => {} })
  const bus = createNoticeBus()
  bus.subscribe((n) => notices.push(n))
  return createSettingsService(store, bus, () => {})
}

describe('settingsService.update', () => {
  it('applies a valid change, stores it durably and announces it', async () => {
    const settings = await open()
    const result = await settings.update({ idleSeconds: 90, updates: { requirePin: false } })
    expect(result).toMatchObject({ ok: true, settings: { idleSeconds: 90 } })
    expect(notices).toEqual([{ kind: 'settings-changed' }])
    const stored = JSON.parse(await readFile(file, 'utf8'))
    expect(stored.idleSeconds).toBe(90)
    // Nested objects merge: the untouched field keeps its value.
    expect(stored.updates).toMatchObject({ requirePin: false, watchFolders: [], statusMinutes: 15 })
  })

  it('refuses a bad value with its path and a reason, and keeps the old value', async () => {
    const settings = await open()
    await settings.update({ idleSeconds: 90 })
    notices = []
    const result = await settings.update({ idleSeconds: 5, volume: 2 })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.map((p) => p.path)).toEqual(['idleSeconds', 'volume'])
    expect(result.problems[0]?.message).toMatch(/20/)
    expect((await settings.get()).idleSeconds).toBe(90)
    expect((await settings.get()).volume).toBe(0.8)
    expect(JSON.parse(await readFile(file, 'utf8')).idleSeconds).toBe(90)
    expect(notices).toEqual([])
  })

  it('names unknown fields and cross-field problems', async () => {
    const settings = await open()
    expect(await settings.update({ colour: 'red' })).toEqual({
      ok: false,
      problems: [{ path: 'colour', message: 'unknown field' }],
    })
    const mismatch = await settings.update({ languages: ['en'] })
    expect(mismatch).toMatchObject({ ok: false, problems: [{ path: 'defaultLanguage' }] })
  })

  it('refuses a patch that is not an object', async () => {
    const settings = await open()
    for (const patch of [null, 'idleSeconds=5', [1], 42]) {
      expect(await settings.update(patch)).toEqual({
        ok: false,
        problems: [{ path: '', message: 'a settings change must be an object' }],
      })
    }
  })

  it('removes an optional field with null (JSON Merge Patch)', async () => {
    const settings = await open()
    await settings.update({ siteId: 'changchun-railway-station' })
    expect((await settings.get()).siteId).toBe('changchun-railway-station')
    await settings.update({ siteId: null })
    expect((await settings.get()).siteId).toBeUndefined()
  })

  it('runs concurrent updates one after another so none is lost', async () => {
    const settings = await open()
    await Promise.all([
      settings.update({ largeText: true }),
      settings.update({ highContrast: true }),
      settings.update({ idleSeconds: 300 }),
    ])
    const reopened = await open()
    expect(await reopened.get()).toMatchObject({
      largeText: true,
      highContrast: true,
      idleSeconds: 300,
    })
  })

  it('hands out copies: mutating a result does not change the settings', async () => {
    const settings = await open()
    const copy = await settings.get()
    copy.languages.push('en')
    expect((await settings.get()).languages).toEqual(['zh-Hans', 'en', 'ko'])
  })
})
