import type { BrowserWindow } from 'electron'

export interface RecoveryPolicy {
  /** Failures tolerated inside `windowMs` before the whole app is relaunched. */
  maxReloads: number
  windowMs: number
}

export const DEFAULT_RECOVERY: RecoveryPolicy = { maxReloads: 3, windowMs: 10 * 60_000 }

export interface RecoveryDeps {
  now: () => number
  /** Restarts the whole app (app.relaunch + app.exit). */
  relaunch: () => void
  log: (line: string) => void
}

/**
 * Self-healing for a kiosk nobody watches: a crashed or hung page is reloaded; if that keeps
 * happening (more than `maxReloads` times inside `windowMs`) the app relaunches itself, and if
 * the app dies the OS supervisor starts it again (build/ units).
 */
export function attachRecovery(
  win: BrowserWindow,
  deps: RecoveryDeps,
  policy: RecoveryPolicy = DEFAULT_RECOVERY,
): void {
  let failures: number[] = []
  const recover = (why: string) => {
    const now = deps.now()
    failures = [...failures.filter((t) => now - t < policy.windowMs), now]
    if (failures.length > policy.maxReloads) {
      deps.log(`Kiosk page failed again (${why}); relaunching the app`)
      deps.relaunch()
      return
    }
    deps.log(`Kiosk page failed (${why}); reloading it`)
    if (!win.isDestroyed()) win.webContents.reload()
  }
  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit') recover(`renderer ${details.reason}`)
  })
  win.on('unresponsive', () => recover('page unresponsive'))
}
