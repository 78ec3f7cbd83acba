import type { ActivityState } from '../../../common/fleet/health'
import { isInClockWindow } from '../../../common/settings/nightSchedule'
import type { AutomaticSettings } from '../../../common/settings/updatesSettings'

/**
 * What the host knows about people at the screen, from the renderer's `reportActivity`: whether
 * the attract (or night) screen is up and when someone last touched. Before the first report
 * the kiosk counts as in use since start-up, so a host whose renderer never connects still waits
 * the idle time before installing (and then fails the health check, which needs the renderer).
 */
export interface Activity {
  report(state: ActivityState): void
  /** Null when an automatic install may start now, else why it waits (for the log and tests). */
  whyWait(settings: AutomaticSettings): string | null
}

export function createActivity(now: () => Date): Activity {
  let onIdleScreen = false
  let lastInUse = now().getTime()
  return {
    report(state) {
      onIdleScreen = state === 'idle-screen'
      if (state === 'in-use') lastInUse = now().getTime()
    },
    whyWait(settings) {
      const at = now()
      if (settings.window && !isInClockWindow(settings.window, at)) {
        return `outside the maintenance hours ${settings.window.from}–${settings.window.to} (China time)`
      }
      if (onIdleScreen) return null
      const idleMs = at.getTime() - lastInUse
      if (idleMs >= settings.idleMinutes * 60_000) return null
      return `the kiosk is in use (last touch ${Math.round(idleMs / 1000)} s ago; waits for the attract screen or ${settings.idleMinutes} min without a touch)`
    },
  }
}
