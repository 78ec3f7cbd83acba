import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contractRoute } from '../../common/api/contract'
import { printResultSchema, printerStatusSchema } from '../../common/print/printApi'
import type { LocalKioskServices } from '../services/createKioskServices'
import { decodeEscposImages } from '../services/printing/testing/escposDecode'
import { syntheticSlip } from '../services/printing/testing/syntheticSlip'
import { startWebHost, type WebHost } from './server'
import { closeWebHost, jsonPoster, openBundledServices } from './testing/webHostFixture'

let dir: string
let device: string
let services: LocalKioskServices
let host: WebHost

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-print-routes-'))
  device = join(dir, 'lp0')
  await writeFile(device, '')
  services = await openBundledServices(dir)
  const saved = await services.settings.update({
    printer: { kind: 'device', devicePath: device, paperWidth: 58 },
  })
  expect(saved.ok).toBe(true)
  host = await startWebHost({ services, rendererDir: dir, log: () => undefined })
})
afterEach(() => closeWebHost(host, services, dir))

const post = jsonPoster(() => host)
const token = () => ({ 'X-Kiosk-Token': host.token })
const routes = {
  status: contractRoute('print', 'status').path,
  printSlip: contractRoute('print', 'printSlip').path,
  printTest: contractRoute('print', 'printTest').path,
  setFirstPin: contractRoute('admin', 'setFirstPin').path,
}
const request = (slip = syntheticSlip(384, 'slip')) => ({
  visit: 'visit-0001',
  kind: 'place',
  slip,
})

describe('the print area over the browser host', () => {
  it('says the printer is ready and prints a slip with the launch token', async () => {
    const status = printerStatusSchema.parse(
      await (await post(routes.status, ['visit-0001'])).json(),
    )
    expect(status).toMatchObject({ kind: 'device', ready: true, dots: 384, sessionLeft: 3 })

    const reply = await post(routes.printSlip, [request()], token())
    expect(reply.status).toBe(200)
    expect(printResultSchema.parse(await reply.json())).toMatchObject({ ok: true })
    expect(decodeEscposImages(await readFile(device))).toHaveLength(1)
    const stats = await services.stats.exportData()
    expect(JSON.stringify(stats.days)).toContain('"slip:printed":1')
  })

  it('refuses a print without the token, a malformed slip, and a slip of the wrong width', async () => {
    expect((await post(routes.printSlip, [request()])).status).toBe(403)
    const bad = { ...request(), slip: { width: 384, height: 10, bits: 'AAAA' } }
    const malformed = await post(routes.printSlip, [bad], token())
    expect(malformed.status).toBe(400)
    expect(await malformed.text()).toContain('bits')
    const wide = await post(routes.printSlip, [request(syntheticSlip(576, 'x'))], token())
    expect(wide.status).toBe(422)
    expect(await wide.text()).toContain('this 58 mm printer takes 384')
    expect((await post(routes.status, ['a'])).status).toBe(400)
    expect(await readFile(device)).toHaveLength(0)
  })

  it('prints a test slip only for an admin session', async () => {
    const slip = syntheticSlip(384, 'test')
    expect((await post(routes.printTest, [slip], token())).status).toBe(401)
    const login = await post(routes.setFirstPin, ['135792'], token())
    const { session } = (await login.json()) as { session: string }
    const reply = await post(routes.printTest, [slip], { ...token(), 'x-kiosk-admin': session })
    expect(printResultSchema.parse(await reply.json())).toMatchObject({ ok: true })
    expect(decodeEscposImages(await readFile(device))).toHaveLength(1)
  })
})
