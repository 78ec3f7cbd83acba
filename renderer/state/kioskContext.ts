import { createContext } from 'react'
import type { RendererProblem } from '../../common/api/rendererProblem'
import type { Content, Geo, Language, LocalizedText } from '../../common/content/schema'
import type { ChinaCalendar } from '../../common/domain/calendar'
import type { Settings } from '../../common/settings/schema'
import type { Directory } from './firstLoad'

/** Where this kiosk stands: the "you are here" of every distance and direction. */
export type KioskSiteInfo = {
  id?: string
  name: LocalizedText
  geo?: Geo
  /** Staff are on hand where the kiosk stands; otherwise screens point to a hotline instead. */
  staffOnHand: boolean
}

/** Everything a screen needs about the kiosk and the current visitor's session. */
export type KioskState = {
  /**
   * Only what is valid today by the host clock (visibleContent applied). Until `directory` is
   * `in`, its services and locations are empty: only home (and attract) may be drawn from it.
   */
  content: Content
  /** Whether `content` holds the directory yet (see firstLoad.ts). */
  directory: Directory
  settings: Settings
  site: KioskSiteInfo
  /** The host's clock, including a KIOSK_NOW override, so the UI and the host agree on "today". */
  now(): Date
  /** Festival days and statutory holidays, from the facts the host sent (`app.calendar`). */
  calendar: ChinaCalendar
  /** True when the host clock is earlier than the dataset's publication (nothing was hidden). */
  clockSuspect: boolean
  lang: Language
  setLang(lang: Language): void
  largeText: boolean
  highContrast: boolean
  toggleLargeText(): void
  toggleHighContrast(): void
  /** Increments at every idle reset; components keyed by it start fresh for the next visitor. */
  sessionId: number
  /** Ends the visitor's session: default language and display, then a new sessionId. */
  resetSession(): void
  /** Writes a problem the page worked around to the host's error log (`app.reportProblem`). */
  reportProblem(problem: RendererProblem): Promise<void>
}

export const KioskContext = createContext<KioskState | undefined>(undefined)
