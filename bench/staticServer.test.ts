import { afterEach, describe, expect, it } from 'vitest'
import { startBareServer, startReactFloorServer, type StaticServer } from './staticServer'

let server: StaticServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

describe('start-up reference pages', () => {
  it('serves the bare page, already marked ready, with one tile', async () => {
    server = await startBareServer()
    const html = await (await fetch(server.url)).text()
    expect(html).toContain('<body data-ready="true">')
    expect(html).toContain('class="tile"')
  })

  it("serves the React floor: a page with no tile of its own and React's production build", async () => {
    server = await startReactFloorServer()
    const html = await (await fetch(server.url)).text()
    expect(html).toContain('<script type="module" src="/app.js">')
    expect(html).not.toContain('data-ready')
    const reply = await fetch(new URL('/app.js', server.url))
    expect(reply.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    const script = await reply.text()
    // The tile and the ready mark come from the script; the development build is not in it.
    expect(script).toContain('"tile"')
    expect(script).toContain('ready')
    expect(script).not.toContain('process.env.NODE_ENV')
    expect(script).not.toContain('react-dom.development')
    expect(script.length).toBeGreaterThan(100_000)
  })
})
