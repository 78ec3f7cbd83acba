import { useState } from 'react'
import { isNightTime } from '../../../common/settings/nightSchedule'
import { useKiosk } from '../../state/useKiosk'

/**
 * Whether the night screen shows now: during the settings' night hours until a visitor touches
 * it. The dismissal lasts for this visitor session (the shell is rebuilt at every reset), so the
 * next visitor at night sees the night screen again.
 */
export function useNightScreen(): { show: boolean; dismiss(): void } {
  const { settings, now } = useKiosk()
  const [dismissed, setDismissed] = useState(false)
  const night = isNightTime(settings.nightSchedule, now())
  return { show: night && !dismissed, dismiss: () => setDismissed(true) }
}
