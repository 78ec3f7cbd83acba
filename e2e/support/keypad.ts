import type { Locator, Page } from '@playwright/test'

/** A hardware keypad in e2e specs: arrows towards a target, the way a visitor would. */
const MAX_PRESSES = 30

type Box = { x: number; y: number; width: number; height: number }
const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 })

/** The box of the focused element, or undefined when nothing is focused yet. */
const focusedBox = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return undefined
    const r = el.getBoundingClientRect()
    return { x: r.x, y: r.y, width: r.width, height: r.height }
  })

/**
 * Presses arrows towards `target` the way a visitor looking at the screen would (the larger
 * offset first) until it has the focus; fails when it cannot be reached in MAX_PRESSES.
 */
export async function steerTo(page: Page, target: Locator) {
  for (let presses = 0; presses <= MAX_PRESSES; presses++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    const goal = await target.boundingBox()
    const from = await focusedBox(page)
    if (!goal) throw new Error('the target is not on screen')
    if (!from) {
      await page.keyboard.press('ArrowDown')
      continue
    }
    const dx = centre(goal).x - centre(from).x
    const dy = centre(goal).y - centre(from).y
    const vertical = Math.abs(dy) > from.height / 2
    const key = vertical ? (dy > 0 ? 'ArrowDown' : 'ArrowUp') : dx > 0 ? 'ArrowRight' : 'ArrowLeft'
    await page.keyboard.press(key)
  }
  throw new Error(`not reachable with ${MAX_PRESSES} arrow presses`)
}
