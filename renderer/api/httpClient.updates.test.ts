import { describe, expect, it } from 'vitest'
import { contractRoute } from '../../common/api/contract'
import { createHttpKioskApi, type HttpClientDeps } from './httpClient'

const createHttpUpdatesApi = (deps: HttpClientDeps) => createHttpKioskApi(deps).updates!

type Sent = { path: string; headers: Record<string, string>; body: unknown }

function depsReplying(reply: unknown): HttpClientDeps & { sent: Sent[] } {
  const sent: Sent[] = []
  return {
    sent,
    fetch: async (input, init) => {
      const headers = (init?.headers ?? {}) as Record<string, string>
      sent.push({
        path: String(input),
        headers,
        body: init?.body === undefined ? undefined : JSON.parse(String(init.body)),
      })
      return new Response(JSON.stringify(reply), { status: 200 })
    },
    createEventSource: () => {
      throw new Error('not used')
    },
    token: () => 'tok',
  }
}

describe('createHttpKioskApi: the updates area', () => {
  it('posts the PIN with the launch token and checks the reply against the contract', async () => {
    const deps = depsReplying({ ok: true, status: { state: 'idle' } })
    expect(await createHttpUpdatesApi(deps).install('246810')).toEqual({
      ok: true,
      status: { state: 'idle' },
    })
    expect(deps.sent).toEqual([
      {
        path: contractRoute('updates', 'install').path,
        headers: expect.objectContaining({ 'X-Kiosk-Token': 'tok' }),
        body: ['246810'],
      },
    ])
  })

  it('sends the staff stats choice only when one is given', async () => {
    const deps = depsReplying({ ok: true, status: { state: 'idle' } })
    await createHttpUpdatesApi(deps).install(null, {
      includeStats: true,
      manifestSha256: 'c'.repeat(64),
    })
    expect(deps.sent[0]?.body).toEqual([
      null,
      { includeStats: true, manifestSha256: 'c'.repeat(64) },
    ])
  })

  it('sends an admin method (rollback) with the admin session header, not in the body', async () => {
    const deps = depsReplying({ ok: true })
    await createHttpKioskApi(deps).admin!.rollbackContent('s'.repeat(43))
    expect(deps.sent[0]).toMatchObject({
      path: '/api/admin/rollback-content',
      headers: { 'x-kiosk-admin': 's'.repeat(43) },
      body: [],
    })
  })

  it('rejects a status the contract does not know, rather than showing staff a wrong screen', async () => {
    const deps = depsReplying({ state: 'installing', source: 'x', step: 's', progress: 2 })
    await expect(createHttpUpdatesApi(deps).status()).rejects.toThrow(/unexpected reply/)
  })
})
