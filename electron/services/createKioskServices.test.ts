import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { HostNotice } from '../../common/api/kioskApi'
import { createKioskServices, dataFiles } from './createKioskServices'
import { resolveResourcesDir } from './paths'
import type { LogRecord } from './logger/logger'
import { contentFixture } from './testing/contentFixture'

let root: string
let dataDir: string
let resourcesDir: string
let records: LogRecord[]

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kiosk-services-'))
  dataDir = join(root, 'data')
  resourcesDir = join(root, 'resources')
  await mkdir(join(resourcesDir, 'content'), { recursive: true })
  await writeFile(
    join(resourcesDir, 'content', 'changchun.json'),
    JSON.stringify(contentFixture(3)),
  )
  records = []
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

const open = (env: Record<string, string | undefined> = {}) =>
  createKioskServices({ dataDir, resourcesDir, host: 'web', env, log: (r) => records.push(r) })

describe('createKioskServices', () => {
  it('serves factory content, default settings and app info on a fresh data folder', async () => {
    const services = await open()
    const snapshot = await services.content.get()
    expect(snapshot.source).toBe('factory')
    expect(snapshot.content.dataset.contentVersion).toBe(3)
    expect((await services.settings.get()).defaultLanguage).toBe('zh-Hans')
    const info = await services.app.info()
    expect(info).toMatchObject({ name: 'relief-kiosk', host: 'web', clockOverridden: false })
    await services.close()
  })

  it('pins the clock with KIOSK_NOW and reports it in app info', async () => {
    const services = await open({ KIOSK_NOW: '2021-01-20T10:00:00+08:00' })
    const info = await services.app.info()
    expect(info.now).toBe('2021-01-20T02:00:00.000Z')
    expect(info.clockOverridden).toBe(true)
    await services.close()
  })

  it('persists settings across restarts and tells listeners about changes', async () => {
    const first = await open()
    const notices: HostNotice[] = []
    first.onNotice((n) => notices.push(n))
    expect(await first.settings.update({ idleSeconds: 120 })).toMatchObject({ ok: true })
    expect(notices).toEqual([{ kind: 'settings-changed' }])
    await first.close()

    const second = await open()
    expect((await second.settings.get()).idleSeconds).toBe(120)
    await second.close()
  })

  it('recovers damaged settings from the last good copy and records it in the error log', async () => {
    const first = await open()
    await first.settings.update({ displayName: 'Hall B' })
    await first.close()
    await writeFile(dataFiles(dataDir).settings, '{"displayName": "Ha')

    const second = await open()
    expect((await second.settings.get()).displayName).toBe('Hall B')
    await second.close()
    const log = JSON.parse(await readFile(dataFiles(dataDir).errorLog, 'utf8'))
    expect(JSON.stringify(log)).toContain('recovered the last good copy')
  })

  it('previews KIOSK_CONTENT instead of the factory content', async () => {
    const preview = join(root, 'draft.json')
    await writeFile(preview, JSON.stringify(contentFixture(9)))
    const services = await open({ KIOSK_CONTENT: preview })
    const snapshot = await services.content.get()
    expect(snapshot).toMatchObject({ source: 'preview' })
    expect(snapshot.content.dataset.contentVersion).toBe(9)
    await services.close()
  })

  it('serves the bundled Changchun content from the repository resources', async () => {
    const services = await createKioskServices({
      dataDir,
      resourcesDir: resolveResourcesDir(),
      host: 'web',
      env: {},
      log: (r) => records.push(r),
    })
    const snapshot = await services.content.get()
    expect(snapshot.source).toBe('factory')
    expect(snapshot.content.dataset.defaultSiteId).toBe('changchun-railway-station')
    expect(records.filter((r) => r.level === 'error')).toEqual([])
    await services.close()
  })
})

describe('createKioskServices: one source of sticks', () => {
  // Issue 24: `driveRoots` reached the update service only; admin exports and stats exports
  // scanned the real mount folders, so a host (or test) that named its sticks was not obeyed.
  it('admin and stats exports write to the drive roots the host names', async () => {
    const stick = join(root, 'stick')
    await mkdir(stick)
    const services = await createKioskServices({
      dataDir,
      resourcesDir,
      host: 'web',
      env: { KIOSK_FIRST_PIN_ON_SCREEN: '1' },
      log: (r) => records.push(r),
      driveRoots: async () => [stick],
    })
    const login = await services.admin.setFirstPin('135792')
    if (!login.ok) throw new Error(login.message)
    expect(await services.admin.exportDiagnostics(login.session)).toMatchObject({ ok: true })
    const stats = await services.stats.exportToSticks(login.session)
    expect(stats.written).toHaveLength(1)
    expect((await readdir(stick)).sort()).toEqual(['KIOSK-DIAGNOSTICS', 'KIOSK-STATS'])
    await services.close()
  })
})
