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

const link = (path: string) => `<link rel="preload" href="${path}" as="fetch" crossorigin>`

describe('injectPreloads', () => {
  it('names the long reply before the entry script and the others after it and the stylesheet', () => {
    const html = injectPreloads(BUILT, {
      beforeScript: ['/api/content/get'],
      afterScript: ['/api/settings/get', '/api/app/info'],
    })
    const at = (s: string) => html.indexOf(s)
    const script = at('<script type="module"')
    expect(at(link('/api/content/get'))).toBeGreaterThan(at('<title>'))
    expect(at(link('/api/content/get'))).toBeLessThan(script)
    expect(at(link('/api/settings/get'))).toBeGreaterThan(at('rel="stylesheet"'))
    expect(at(link('/api/app/info'))).toBeGreaterThan(at(link('/api/settings/get')))
    expect(at(link('/api/app/info'))).toBeLessThan(at('</head>'))
    // Nothing of the page is lost or doubled.
    expect(html.match(/<script/g)).toHaveLength(1)
    expect(html.replace(/<link rel="preload"[^>]*>\n {4}/g, '')).toBe(BUILT)
  })

  it('puts them inside the head of a page without a script, after its doctype', () => {
    const page = '<!doctype html><html><head><title>k</title></head><body></body></html>'
    const html = injectPreloads(page, {
      beforeScript: ['/api/content/get'],
      afterScript: ['/api/app/info'],
    })
    expect(html.startsWith('<!doctype html><html><head><title>k</title>')).toBe(true)
    expect(html.indexOf(link('/api/content/get'))).toBeLessThan(html.indexOf(link('/api/app/info')))
    expect(html.indexOf(link('/api/app/info'))).toBeLessThan(html.indexOf('</head>'))
  })

  it('still adds them to a page without a script or a head', () => {
    const html = injectPreloads('<p>k</p>', {
      beforeScript: ['/api/content/get'],
      afterScript: ['/api/app/info'],
    })
    expect(html).toContain(link('/api/content/get'))
    expect(html).toContain(link('/api/app/info'))
  })

  it('refuses a path that is not an API route, so nothing can be injected into the page', () => {
    const order = (path: string) => ({ beforeScript: [], afterScript: [path] })
    expect(() => injectPreloads(BUILT, order('/api/app/info"><script>'))).toThrow(
      /not an API route/,
    )
    expect(() => injectPreloads(BUILT, order('/assets/index-abc.js'))).toThrow(/not an API route/)
    expect(() => injectPreloads(BUILT, { beforeScript: ['/x"><img>'], afterScript: [] })).toThrow(
      /not an API route/,
    )
  })
})
