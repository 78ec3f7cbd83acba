import { LANGUAGES } from '../../common/content/primitives'
import { warmFormatters } from '../../common/present/format'

/**
 * What the first visitor's taps would otherwise pay for once per page, done while the kiosk is
 * idle after start-up (issue 25): each language's date and money formatters, and the QR
 * encoder's first runs (its code is fetched with the screens that show codes). One step per
 * idle period, so a tap meanwhile waits for one step at most.
 */
export const warmUpSteps: readonly (() => unknown)[] = [
  ...LANGUAGES.map((lang) => () => warmFormatters(lang)),
  () => import('../components/QrCode/qrMatrix').then((m) => m.warmQr()),
]

/** Runs `steps` one after another, each in its own idle period (the timeout bounds each wait). */
export async function runWhenIdle(win: Window, steps: readonly (() => unknown)[]): Promise<void> {
  for (const step of steps) {
    await new Promise<void>((resolve) =>
      win.requestIdleCallback(() => resolve(), { timeout: 1000 }),
    )
    try {
      await step()
    } catch (error) {
      console.warn('kiosk: warm-up step failed', error)
    }
  }
}
