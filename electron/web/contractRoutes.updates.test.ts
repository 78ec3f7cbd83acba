import { rm } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contractRoute, kioskContract } from '../../common/api/contract'
import { installResponseSchema } from '../../common/update/updatesApi'
import { updateStatusSchema } from '../../common/update/updateStatus'
import type { LocalKioskServices } from '../services/createKioskServices'
import { makeKioskWithFactoryContent, openKioskServices } from '../services/testing/kioskFixture'
import { buildPackage, type KioskEnv } from '../services/updates/testing/packageFixtures'
import { startWebHost, type WebHost } from './server'
import { jsonPoster } from './testing/webHostFixture'

const PIN = '135792'
let env: KioskEnv
let services: LocalKioskServices
let host: WebHost

beforeEach(async () => {
  env = await makeKioskWithFactoryContent()
  services = await openKioskServices(env)
  host = await startWebHost({ services, rendererDir: env.base, log: () => undefined })
})
afterEach(async () => {
  await host.close()
  await services.close()
  await rm(env.base, { recursive: true, force: true })
})

const r = Object.fromEntries(
  Object.keys(kioskContract.updates).map((name) => [
    name,
    contractRoute('updates', name as keyof typeof kioskContract.updates),
  ]),
) as { [M in keyof typeof kioskContract.updates]: ReturnType<typeof contractRoute> }
const post = jsonPoster(() => host)
const token = () => ({ 'X-Kiosk-Token': host.token })

describe('update routes of the browser host', () => {
  it('refuses every update call without the launch token', async () => {
    for (const route of Object.values(r)) {
      const reply = await post(route.path, route.path === r.install.path ? [PIN] : [])
      expect(reply.status, route.path).toBe(403)
    }
  })

  it('shows a found package, refuses a wrong PIN and installs with the right one', async () => {
    await post(contractRoute('admin', 'setFirstPin').path, [PIN], token())
    expect(updateStatusSchema.parse(await (await post(r.status.path, [], token())).json())).toEqual(
      { state: 'idle' },
    )
    await buildPackage(env, 'stick', 3)
    const found = updateStatusSchema.parse(await (await post(r.checkNow.path, [], token())).json())
    expect(found).toMatchObject({
      state: 'ready',
      requirePin: true,
      preview: { contentVersion: 3 },
    })

    if (found.state !== 'ready') throw new Error('no package ready')
    const reviewed = { includeStats: false, manifestSha256: found.preview.manifestSha256 }
    const wrong = installResponseSchema.parse(
      await (await post(r.install.path, ['000000', reviewed], token())).json(),
    )
    expect(wrong).toMatchObject({ ok: false, reason: 'pin-refused' })
    const right = installResponseSchema.parse(
      await (await post(r.install.path, [PIN, reviewed], token())).json(),
    )
    expect(right).toMatchObject({ ok: true, status: { state: 'installed', contentVersion: 3 } })
    expect((await services.content.get()).content.dataset.contentVersion).toBe(3)
  })

  it('answers 400 for a malformed install body; rollback is an admin route only', async () => {
    expect((await post(r.install.path, [123456], token())).status).toBe(400)
    expect((await post(r.install.path, [PIN, undefined, 1], token())).status).toBe(400)
    for (const options of [{ includeStats: 'yes' }, { includeStats: true, name: 'x' }, null]) {
      expect((await post(r.install.path, [PIN, options], token())).status).toBe(400)
    }
    expect((await post('/api/updates/rollback', [], token())).status).toBe(404)
    const rollback = contractRoute('admin', 'rollbackContent').path
    expect((await post(rollback, [], token())).status).toBe(401)
    const notAdmin = await post(rollback, [], { ...token(), 'X-Kiosk-Admin': 'x'.repeat(43) })
    expect(notAdmin.status).toBe(401)
  })
})
