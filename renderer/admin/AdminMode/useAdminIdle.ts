import { useEffect, useRef } from 'react'

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'scroll'] as const

/**
 * Calls `onIdle` after `ms` without a touch or key press anywhere, so an administrator who walks
 * away never leaves the kiosk in admin mode. The host ends the session on its own clock too.
 */
export function useAdminIdle(ms: number, onIdle: () => void): void {
  const idleRef = useRef(onIdle)
  useEffect(() => {
    idleRef.current = onIdle
  })
  useEffect(() => {
    let timer = setTimeout(() => idleRef.current(), ms)
    const restart = () => {
      clearTimeout(timer)
      timer = setTimeout(() => idleRef.current(), ms)
    }
    for (const type of ACTIVITY)
      window.addEventListener(type, restart, { capture: true, passive: true })
    return () => {
      clearTimeout(timer)
      for (const type of ACTIVITY) window.removeEventListener(type, restart, { capture: true })
    }
  }, [ms])
}
