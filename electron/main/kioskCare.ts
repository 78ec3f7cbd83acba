import type { App, PowerSaveBlocker } from 'electron'
import { parseOpeningHours } from '../../common/domain/openingHours'
import { keepDisplayOn } from './powerSave'
import { parseClockTime, relaunchApp, scheduleDailyRestart, type Timers } from './selfHealing'

/** Per-kiosk care switches, given on the command line by the OS unit or shortcut. */
export interface KioskCareFlags {
  /** `--daily-restart=HH:MM`: minutes after midnight (China time) of the daily restart. */
  dailyRestartAt?: number
  /** `--display-hours="Mo-Su 06:00-23:00"`: when the screen must stay on; absent = always. */
  displayHours?: string
}

/**
 * Reads the care switches. A malformed value is reported and ignored (never a crash, never a
 * guess): a bad restart time means no daily restart, bad display hours mean always on.
 */
export function readKioskCareFlags(
  flag: (name: string) => string | undefined,
  log: (line: string) => void,
): KioskCareFlags {
  const flags: KioskCareFlags = {}
  const restart = flag('daily-restart')
  if (restart !== undefined) {
    const parsed = parseClockTime(restart)
    if (parsed.ok) flags.dailyRestartAt = parsed.minutes
    else log(`Ignoring --daily-restart: ${parsed.error}; no daily restart`)
  }
  const hours = flag('display-hours')
  if (hours !== undefined) {
    const parsed = parseOpeningHours(hours)
    if (parsed.ok) flags.displayHours = hours
    else log(`Ignoring --display-hours "${hours}": ${parsed.error}; the display stays on`)
  }
  return flags
}

export interface KioskCareElectron {
  app: Pick<App, 'relaunch' | 'exit' | 'on'>
  powerSaveBlocker: Pick<PowerSaveBlocker, 'start' | 'stop'>
}

/**
 * Starts the long-running care once the kiosk is up: the screen kept on during the display
 * hours, the optional daily restart (app.relaunch + exit 0; the OS supervisor would restart a
 * dead app anyway), and a log line for every helper process (GPU, network, audio…) that dies,
 * which Chromium restarts by itself but which a technician should see. Returns a function that
 * stops the timers.
 */
export function startKioskCare(
  electron: KioskCareElectron,
  flags: KioskCareFlags,
  deps: { timers: Timers; log: (line: string) => void; flushLog?: () => Promise<void> },
): () => void {
  electron.app.on('child-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return
    const name = details.name ?? details.serviceName ?? details.type
    deps.log(`Helper process ${name} gone (${details.reason}, exit code ${details.exitCode})`)
  })
  const stopDisplay = keepDisplayOn({
    hours: flags.displayHours,
    blocker: electron.powerSaveBlocker,
    timers: deps.timers,
    log: deps.log,
  })
  const stopRestart =
    flags.dailyRestartAt === undefined
      ? () => {}
      : scheduleDailyRestart({
          at: flags.dailyRestartAt,
          timers: deps.timers,
          log: deps.log,
          restart: () => relaunchApp(electron.app, 0, deps.flushLog, deps.timers),
        })
  return () => {
    stopDisplay()
    stopRestart()
  }
}
