import { describe, expect, it } from 'vitest'
import { injectPreloads } from './rendererFiles'

const BUILT = `<!doctype html>
<html lang="zh-Hans">
  <head>
    <meta charset="utf-8" />
    <title>k</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-def.css">
  </head>
  <body><div id="root"></div></body>
</html>`

describe('injectPreloads', () => {
  it('names the replies after the entry script and the stylesheet, so the script is asked for first', () => {
    const html = injectPreloads(BUILT, ['/api/content/get', '/api/settings/get'])
    const script = html.indexOf('<script type="module"')
    const css = html.indexOf('rel="stylesheet"')
    const first = html.indexOf(
      '<link rel="preload" href="/api/content/get" as="fetch" crossorigin>',
    )
    const second = html.indexOf(
      '<link rel="preload" href="/api/settings/get" as="fetch" crossorigin>',
    )
    expect(script).toBeGreaterThan(0)
    expect(first).toBeGreaterThan(script)
    expect(first).toBeGreaterThan(css)
    expect(second).toBeGreaterThan(first)
    expect(second).toBeLessThan(html.indexOf('</head>'))
  })

  it('still adds them to a page without a head', () => {
    const html = injectPreloads('<p>k</p>', ['/api/app/info'])
    expect(html).toContain('<link rel="preload" href="/api/app/info" as="fetch" crossorigin>')
  })

  it('refuses a path that is not an API route, so nothing can be injected into the page', () => {
    expect(() => injectPreloads(BUILT, ['/api/app/info"><script>'])).toThrow(/not an API route/)
    expect(() => injectPreloads(BUILT, ['/assets/index-abc.js'])).toThrow(/not an API route/)
  })
})
