// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { edgeOrigin, fromRow, intoRow } from './keypadRows'

let buttons: Record<string, HTMLButtonElement>
let all: HTMLButtonElement[]
const everywhere = () => true

beforeEach(() => {
  document.body.innerHTML = `
    <header data-keypad-row="top"><button id="back"></button><button id="home"></button>
      <button id="zh"></button><button id="en"></button><button id="contrast"></button></header>
    <main><button id="tile1"></button><button id="tile2"></button><button id="tile3"></button></main>
    <aside data-keypad-row="bottom"><button id="hotline1"></button><button id="all"></button></aside>`
  all = [...document.querySelectorAll('button')]
  buttons = Object.fromEntries(all.map((b) => [b.id, b]))
})

describe('keypad rows', () => {
  it('Left/Right follow the row order whatever the layout, and stop at its ends', () => {
    expect(fromRow(buttons.home!, all, 'right', everywhere)).toBe(buttons.zh)
    expect(fromRow(buttons.en!, all, 'left', everywhere)).toBe(buttons.zh)
    expect(fromRow(buttons.contrast!, all, 'right', everywhere)).toBeNull()
    expect(fromRow(buttons.back!, all, 'left', everywhere)).toBeNull()
  })

  it('Up/Down leave a row for the first (or last) control of the screen in view', () => {
    expect(fromRow(buttons.en!, all, 'down', everywhere)).toBe(buttons.tile1)
    expect(fromRow(buttons.en!, all, 'up', everywhere)).toBeNull()
    expect(fromRow(buttons.all!, all, 'up', everywhere)).toBe(buttons.tile3)
    expect(fromRow(buttons.all!, all, 'down', everywhere)).toBeNull()
    const onlyTile2 = (el: HTMLElement) => el !== buttons.tile1 && el !== buttons.tile3
    expect(fromRow(buttons.home!, all, 'down', onlyTile2)).toBe(buttons.tile2)
    // Nothing in view: the screen's own rules (scrolling) decide.
    expect(fromRow(buttons.home!, all, 'down', () => false)).toBeUndefined()
  })

  it('leaves the screen alone, and lands on a row by its first button', () => {
    expect(fromRow(buttons.tile2!, all, 'up', everywhere)).toBeUndefined()
    expect(intoRow(buttons.tile1!, buttons.contrast!, all)).toBe(buttons.back)
    expect(intoRow(buttons.tile3!, buttons.all!, all)).toBe(buttons.hotline1)
    expect(intoRow(buttons.tile1!, buttons.tile2!, all)).toBe(buttons.tile2)
    expect(intoRow(buttons.zh!, buttons.en!, all)).toBe(buttons.en)
  })

  it('starts from the visible edge of the scroll area when focus was scrolled away', () => {
    const region = { left: 0, top: 100, width: 500, height: 800 }
    expect(edgeOrigin(region, 'down')).toEqual({ left: 0, top: 100, width: 500, height: 0 })
    expect(edgeOrigin(region, 'up')).toEqual({ left: 0, top: 900, width: 500, height: 0 })
  })
})
