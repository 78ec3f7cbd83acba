import { LANGUAGES } from '../../common/content/primitives'
import { warmFormatters } from '../../common/present/format'
import { whenIdle } from './lazyPart'

/** Steps registered by code fetched after start-up (`warmWhenIdle`). */
const registered: (() => unknown)[] = []

/**
 * Adds a warm-up step for code that arrives in a lazy chunk: the module registers its own step
 * when it is evaluated (the screens are preloaded before the warm-up runs), so the entry never
 * imports it to warm it.
 */
export function warmWhenIdle(step: () => unknown): void {
  registered.push(step)
}

/**
 * What the first visitor's taps would otherwise pay for once per page, done while the kiosk is
 * idle after start-up (issue 25): each language's date and money formatters, then the steps
 * lazy chunks registered (the QR encoder's first runs). Read when the warm-up starts, after the
 * visitor's screens were preloaded.
 */
export function warmUpSteps(): (() => unknown)[] {
  return [...LANGUAGES.map((lang) => () => warmFormatters(lang)), ...registered]
}

/**
 * Runs `steps` one after another, each in its own idle period (the timeout bounds each wait), so
 * a tap meanwhile waits for one step at most. A failed step is logged and the rest still run.
 */
export async function runWhenIdle(win: Window, steps: readonly (() => unknown)[]): Promise<void> {
  for (const step of steps) {
    await whenIdle(win, 1000)
    try {
      await step()
    } catch (error) {
      console.warn('kiosk: warm-up step failed', error)
    }
  }
}
