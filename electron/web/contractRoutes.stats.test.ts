import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contractRoute } from '../../common/api/contract'
import { statsOverviewSchema } from '../../common/stats/statsApi'
import type { LocalKioskServices } from '../services/createKioskServices'
import { startWebHost, type WebHost } from './server'
import { closeWebHost, jsonPoster, openBundledServices } from './testing/webHostFixture'

let dir: string
let services: LocalKioskServices
let host: WebHost

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-stats-routes-'))
  services = await openBundledServices(dir, { KIOSK_NOW: '2026-01-20T22:30:00+08:00' })
  host = await startWebHost({ services, rendererDir: dir, log: () => undefined })
})
afterEach(() => closeWebHost(host, services, dir))

const post = jsonPoster(() => host)
const token = () => ({ 'X-Kiosk-Token': host.token })

async function signIn(): Promise<string> {
  const reply = await post(contractRoute('admin', 'setFirstPin').path, ['135792'], token())
  const { session } = (await reply.json()) as { session?: string }
  if (!session) throw new Error('no session')
  return session
}

const batch = [
  [
    { kind: 'session' },
    { kind: 'view', screen: 'category', id: 'shelter-tonight' },
    { kind: 'language', lang: 'ko' },
  ],
]
const record = contractRoute('stats', 'record').path
const overviewPath = contractRoute('stats', 'overview').path
const exportPath = contractRoute('stats', 'exportToSticks').path
/** The overview is an admin read: POST with the launch token and the session header. */
const readOverview = (headers: Record<string, string>) => post(overviewPath, [], headers)

describe('stats routes of the browser host', () => {
  it('records a batch with the launch token and shows it to the admin session', async () => {
    expect((await post(record, batch, token())).status).toBe(200)
    const session = await signIn()
    const reply = await readOverview({ ...token(), 'X-Kiosk-Admin': session })
    expect(reply.status).toBe(200)
    const overview = statsOverviewSchema.parse(await reply.json())
    expect(overview.today).toBe('2026-01-20')
    expect(overview.days).toEqual([
      {
        day: '2026-01-20',
        counts: { session: 1, 'view:category:shelter-tonight': 1, 'language:ko': 1 },
        hours: { '22': { session: 1, view: 1, language: 1 } },
      },
    ])
  })

  it('refuses recording without the token (403) and a batch with anything but counters (400)', async () => {
    expect((await post(record, batch)).status).toBe(403)
    const bad = await post(
      record,
      [[{ kind: 'screener', step: 'finished', answers: { q1: 'yes' } }]],
      token(),
    )
    expect(bad.status).toBe(400)
    expect(await bad.json()).toEqual({
      error: { code: 'bad-request', message: expect.stringContaining('0.0') },
    })
    const session = await signIn()
    const overview = statsOverviewSchema.parse(
      await (await readOverview({ ...token(), 'X-Kiosk-Admin': session })).json(),
    )
    expect(overview.days).toEqual([])
  })

  it('shows the overview only with a live admin session (401)', async () => {
    expect((await readOverview(token())).status).toBe(401)
    expect((await readOverview({ 'X-Kiosk-Admin': 'x'.repeat(43) })).status).toBe(403)
    const forged = await readOverview({ ...token(), 'X-Kiosk-Admin': 'x'.repeat(43) })
    expect(forged.status).toBe(401)
    expect((await post(exportPath, [], token())).status).toBe(401)
  })
})
