import { describe, expect, it } from 'vitest'
import { firstScreenScripts } from './size'

describe('firstScreenScripts', () => {
  it('takes the entry module and its modulepreload links, not stylesheets or fonts', () => {
    const html = `<!doctype html><head>
      <script type="module" crossorigin src="./assets/index-A.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/react-B.js">
      <link rel="stylesheet" crossorigin href="./assets/index-C.css">
      <link rel="preload" as="font" href="./assets/font-D.woff2">
      <link rel="modulepreload" crossorigin href="./assets/react-B.js">
    </head>`
    expect(firstScreenScripts(html)).toEqual(['assets/index-A.js', 'assets/react-B.js'])
  })

  it('finds nothing in a page without module scripts (the figure then fails, never passes)', () => {
    expect(firstScreenScripts('<html><script src="x.js"></script></html>')).toEqual([])
  })
})
