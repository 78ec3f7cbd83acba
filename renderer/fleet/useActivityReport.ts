import { useEffect, useRef } from 'react'
import type { KioskApi } from '../../common/api/kioskApi'
import { ACTIVITY_REPORT_EVERY_MS, type ActivityState } from '../../common/fleet/health'

const TOUCH_EVENTS = ['pointerdown', 'keydown', 'wheel'] as const

/**
 * Tells the host when nobody is using the kiosk, so automatic installs (issue 20) wait for it:
 * `idle-screen` when the attract or night screen comes up, `in-use` when it goes and, while
 * someone keeps touching, at most every ACTIVITY_REPORT_EVERY_MS. Nothing about what was touched
 * is sent. A host without updates gets nothing.
 */
export function useActivityReport(updates: KioskApi['updates'], idleScreen: boolean): void {
  const last = useRef(0)
  useEffect(() => {
    if (!updates) return
    const send = (state: ActivityState) =>
      void updates.reportActivity(state).catch(() => {
        // The host may be restarting; the next touch or screen change reports again.
      })
    send(idleScreen ? 'idle-screen' : 'in-use')
    last.current = Date.now()
    if (idleScreen) return
    const onTouch = () => {
      if (Date.now() - last.current < ACTIVITY_REPORT_EVERY_MS) return
      last.current = Date.now()
      send('in-use')
    }
    for (const type of TOUCH_EVENTS) {
      window.addEventListener(type, onTouch, { capture: true, passive: true })
    }
    return () => {
      for (const type of TOUCH_EVENTS) window.removeEventListener(type, onTouch, { capture: true })
    }
  }, [updates, idleScreen])
}
