import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contractRoute } from '../../common/api/contract'
import { dataFiles, type LocalKioskServices } from '../services/createKioskServices'
import { startWebHost, type WebHost } from './server'
import { closeWebHost, jsonPoster, openBundledServices } from './testing/webHostFixture'

let dir: string
let services: LocalKioskServices
let host: WebHost

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-problem-routes-'))
  services = await openBundledServices(dir)
  host = await startWebHost({ services, rendererDir: dir, log: () => undefined })
})
afterEach(() => closeWebHost(host, services, dir))

const post = jsonPoster(() => host)
const token = () => ({ 'X-Kiosk-Token': host.token })
const report = contractRoute('app', 'reportProblem').path
const rendererEntries = () => services.errors.entries().filter((e) => e.area === 'renderer')

describe('app.reportProblem on the browser host', () => {
  it("writes the page's report to the durable error log once, however often the page sends it", async () => {
    for (let i = 0; i < 20; i++) {
      const reply = await post(report, [{ kind: 'map-webgl', detail: 'no context' }], token())
      expect(reply.status).toBe(200)
    }
    expect(rendererEntries()).toEqual([
      expect.objectContaining({
        level: 'warn',
        message: expect.stringMatching(/WebGL.*: no context$/),
      }),
    ])
    await services.errors.flush()
    const onDisk = JSON.parse(await readFile(dataFiles(join(dir, 'data')).errorLog, 'utf8')) as {
      entries: { area: string }[]
    }
    expect(onDisk.entries.filter((e) => e.area === 'renderer')).toHaveLength(1)
  })

  it('refuses a call without the launch token (403) and any report outside the schema (400)', async () => {
    expect((await post(report, [{ kind: 'map-webgl' }])).status).toBe(403)
    const lies = [
      [{ kind: 'disk-full' }],
      [{ kind: 'map-error', detail: 'x'.repeat(10_000) }],
      [{ kind: 'map-error', detail: 'visitor looked at http://127.0.0.1/tiles/15/27000/12000' }],
      [{ kind: 'map-error', visitor: 'someone' }],
      [{ kind: 'map-webgl' }, 'extra'],
    ]
    for (const body of lies) {
      const reply = await post(report, body, token())
      expect(reply.status, JSON.stringify(body).slice(0, 60)).toBe(400)
    }
    expect(rendererEntries()).toEqual([])
  })
})
