import type { App } from 'electron'
import type { HostControl } from '../services/kioskServices'
import { relaunchApp } from './selfHealing'

/**
 * What admin mode may do to the Electron app itself: restart it (a fresh process with the same
 * arguments, after the log is flushed) or quit to the desktop. The browser host has neither.
 */
export function createHostControl(
  app: Pick<App, 'relaunch' | 'exit' | 'quit'>,
  flushLog?: () => Promise<void>,
): HostControl {
  return {
    restart: () => relaunchApp(app, 0, flushLog),
    quit: () => app.quit(),
  }
}
