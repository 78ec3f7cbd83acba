// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { findMark, firstControl, markOf } from './focusMemory'

afterEach(() => document.body.replaceChildren())

/** jsdom lays nothing out: give every element a box, as a rendered screen has. */
function screenWith(html: string): Element {
  document.body.innerHTML = `<main><div data-screen="x">${html}</div></main><nav><button>Back</button></nav>`
  for (const el of document.querySelectorAll<HTMLElement>('*'))
    el.getBoundingClientRect = () => ({ width: 10, height: 10 }) as DOMRect
  return document.querySelector('[data-screen]')!
}

describe('focus memory', () => {
  it('marks a control by its place and words, and finds it again', () => {
    const root = screenWith('<h1 tabindex="-1">Title</h1><button>One</button><button>Two</button>')
    const two = root.querySelectorAll('button')[1]!
    const mark = markOf(two, root)
    expect(mark).toEqual({ index: 1, text: 'Two' })
    expect(findMark(root, mark!)).toBe(two)
    expect(firstControl(root)?.textContent).toBe('One')
  })

  it('gives no mark for the heading (where focus lands after a tap) or a control off the screen', () => {
    const root = screenWith('<h1 tabindex="-1">Title</h1><button>One</button>')
    expect(markOf(root.querySelector('h1')!, root)).toBeUndefined()
    expect(markOf(document.querySelector('nav button')!, root)).toBeUndefined()
  })

  it('gives no mark for a disabled button', () => {
    const root = screenWith('<button disabled>Off</button><button>On</button>')
    expect(markOf(root.querySelector('button[disabled]')!, root)).toBeUndefined()
    expect(markOf(root.querySelectorAll('button')[1]!, root)).toEqual({ index: 0, text: 'On' })
  })
})
