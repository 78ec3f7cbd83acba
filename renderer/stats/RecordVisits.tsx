import { useEffect, useRef } from 'react'
import { useNavigation } from '../navigation/useNavigation'
import { useKiosk } from '../state/useKiosk'
import { useStatsRecorder } from './statsContext'
import { routeEvents } from './visitEvents'

/**
 * Counts what a visitor does without the screens knowing: every screen they move to, and the
 * language they use. A session is counted at the visitor's first move (a tap to another screen
 * or a language change), together with the language it starts in; the screen shown on arrival
 * or after a reset is not counted, since nobody chose it. Mounted once inside the navigation.
 */
export function RecordVisits() {
  const record = useStatsRecorder()
  const { route } = useNavigation()
  const { lang } = useKiosk()
  const last = useRef({ route, lang, started: false })

  useEffect(() => {
    const prev = last.current
    if (prev.route === route && prev.lang === lang) return
    if (!prev.started) {
      record({ kind: 'session' })
      if (prev.lang === lang) record({ kind: 'language', lang })
    }
    if (prev.lang !== lang) record({ kind: 'language', lang })
    if (prev.route !== route) for (const event of routeEvents(route)) record(event)
    last.current = { route, lang, started: true }
  }, [route, lang, record])

  return null
}
