// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { TAP_FLOOR_PAGE } from './referencePages'

type Node = {
  getAttribute(name: string): string | null
  querySelector(selector: string): Node | null
  textContent: string | null
  click(): void
  dataset: Record<string, string>
}
type Doc = {
  body: Node & { outerHTML: string }
  documentElement: { innerHTML: string }
  querySelector(selector: string): Node | null
}
const doc = (globalThis as unknown as { document: Doc }).document

/** Puts the floor page in the test's document and runs its one script, as the browser would. */
function openFloorPage() {
  const body = /<body[^>]*>([\s\S]*)<script>/.exec(TAP_FLOOR_PAGE)?.[1] ?? ''
  const script = /<script>([\s\S]*)<\/script>/.exec(TAP_FLOOR_PAGE)?.[1] ?? ''
  doc.documentElement.innerHTML = `<head></head><body data-ready="true">${body}</body>`
  new Function(script)()
}

/** What the probe compares to see a new screen: the screen's name and its heading. */
function screen(): string {
  const node = doc.querySelector('[data-screen]')
  return `${node?.getAttribute('data-screen')}|${node?.querySelector('h1')?.textContent}`
}

describe('the tap floor page', () => {
  it('changes the screen the probe watches on every tap, and Home goes home', () => {
    openFloorPage()
    expect(doc.body.dataset.ready).toBe('true')
    const seen = [screen()]
    for (let i = 0; i < 3; i++) {
      doc.querySelector('[data-screen] .tile')!.click()
      seen.push(screen())
    }
    doc.querySelector('.top-bar-nav button')!.click()
    seen.push(screen())
    expect(new Set(seen).size).toBe(seen.length)
    doc.querySelector('.top-bar-nav button[data-home]')!.click()
    expect(screen()).toBe('home|首页')
  })
})
