import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useT } from '../../i18n/useT'
import type { Language } from '../../../common/content/schema'
import { STEP_LABEL } from '../../../common/speech/spokenText'
import { i18n } from '../../i18n'
import { LISTENING_EVENT } from '../../idle/useIdle'
import { useNavigation } from '../../navigation/useNavigation'
import { useKiosk } from '../../state/useKiosk'
import { screenScript } from '../screenScript'
import { useSpeechEngine } from '../speechContext'
import { speechSink } from '../speechRoute'
import { AudioModeContext } from './audioModeContext'
import { focusWords } from './audioWords'
import {
  audioAction,
  DEFAULT_RATE_STEP,
  NAVIGATION_KEYS,
  RATE_STEPS,
  stepRate,
  stepVolume,
  type AudioAction,
} from './keyMap'
import {
  describeFocus,
  dialogIntro,
  groupIntro,
  screenAnnouncement,
  screenRoot,
} from './spokenFocus'

/** Keys that never start audio mode: modifiers alone, and a staff keyboard's chords. */
const NOT_A_START = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'NumLock', 'Tab'])
/** How long a navigation key that turned audio mode on may take to move focus or screen. */
const INTRO_WAIT_MS = 100
/** While audio mode reads, the idle timer hears "still listening" this often. */
const LISTENING_PING_MS = 5_000

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

/**
 * Audio mode, as at an ATM (issue 26): the first key a visitor presses turns it on. A move,
 * choice or Back key still acts and its result is said after "audio mode is on, H for help";
 * any other key does nothing else and the kiosk says how to use the keypad. From then on every focus change is spoken
 * (name, role, state), every new screen is announced (title, number of choices), dialogs say
 * why they appeared, and the audio keys (keyMap.ts) give help, repeat, whole-screen reading,
 * pause, speed, volume and language. Reading counts as activity for the idle timer. Visitor
 * speed and volume live here, so they end with the session (the provider is keyed by it).
 */
export function AudioModeProvider({ children }: { children: ReactNode }) {
  const engine = useSpeechEngine()
  // The language whose strings this render shows: useTranslation re-renders on i18next's
  // language change, in the same commit as every screen that shows strings. (Its i18n object is
  // a new wrapper at each change, so helpers below use the app's instance, which is stable.)
  const stringsLang = useT().lang
  const { route } = useNavigation()
  const kiosk = useKiosk()
  const [active, setActive] = useState(false)
  const tune = useRef({
    rateStep: DEFAULT_RATE_STEP,
    volume: kiosk.settings.volume,
    last: [] as string[],
    pendingScreen: false,
    /** Said before whatever comes first after a navigation key turned audio mode on. */
    pendingIntro: [] as string[],
  })
  const latest = useRef({ kiosk, active })
  useLayoutEffect(() => {
    latest.current = { kiosk, active }
  })

  const helpers = useMemo(() => {
    const lang = (): Language => latest.current.kiosk.lang
    const t = () => i18n.getFixedT(lang(), 'speech')
    const say = (phrases: string[]) => {
      const intro = tune.current.pendingIntro
      tune.current.pendingIntro = []
      const spoken = [...intro, ...phrases].filter((p) => p.trim() !== '')
      if (spoken.length === 0) return
      tune.current.last = spoken
      engine.speak({
        lang: lang(),
        phrases: spoken,
        volume: tune.current.volume,
        rate: RATE_STEPS[tune.current.rateStep],
        sinkId: speechSink(latest.current.kiosk.settings),
      })
    }
    const screen = () => screenAnnouncement(document, lang(), focusWords(t()))
    const focused = (from: Element | null = null): string[] => {
      const el = document.activeElement
      if (!el || el === document.body || el.hasAttribute('data-scroll-region')) return []
      const dialog = dialogIntro(el, from, lang())
      return [
        ...dialog,
        ...(dialog.length > 0 ? [t()('audio.anyKey')] : []),
        ...groupIntro(el, from, lang()),
        describeFocus(el, lang(), focusWords(t())),
      ]
    }
    const run = (action: AudioAction) => {
      const words = t()
      switch (action) {
        case 'help':
          return say([words('audio.help')])
        case 'repeat':
          return say(tune.current.last.length > 0 ? tune.current.last : [...screen(), ...focused()])
        case 'readScreen': {
          const root = screenRoot(document)
          const labels = { step: STEP_LABEL[lang()], actions: words('actions') }
          return say(root ? screenScript(root, lang(), labels) : [])
        }
        case 'pause':
          return engine.paused ? engine.resume() : engine.pause()
        case 'slower':
        case 'faster': {
          tune.current.rateStep = stepRate(tune.current.rateStep, action === 'faster' ? 1 : -1)
          // Heard at the new speed, then what was being read, from its start.
          const again = tune.current.last
          say([words(`audio.${action}`), ...again])
          tune.current.last = again
          return
        }
        case 'quieter':
        case 'louder':
          tune.current.volume = stepVolume(tune.current.volume, action === 'louder' ? 1 : -1)
          if (engine.speaking) return engine.setVolume(tune.current.volume)
          return say([words(`audio.${action}`)])
        case 'language': {
          const { languages } = latest.current.kiosk.settings
          const next = languages[(languages.indexOf(lang()) + 1) % languages.length]
          if (next !== undefined) latest.current.kiosk.setLang(next)
          return
        }
      }
    }
    return { say, screen, focused, run, t }
  }, [engine])

  // Keys: the first one turns audio mode on; then the audio keys act, the others pass on.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return
      if (event.altKey || event.ctrlKey || event.metaKey || NOT_A_START.has(event.key)) return
      if (!latest.current.active) {
        latest.current.active = true
        setActive(true)
        const words = helpers.t()
        if (NAVIGATION_KEYS.has(event.key)) {
          // A move, a choice or Back still does what the visitor meant; what it leads to is
          // said after "audio mode is on, H for help".
          tune.current.pendingIntro = [words('audio.on'), words('audio.hint')]
          setTimeout(() => {
            if (tune.current.pendingIntro.length > 0) {
              helpers.say([...helpers.screen(), ...helpers.focused()])
            }
          }, INTRO_WAIT_MS)
          return
        }
        // Any other key does nothing else: it is the visitor asking how this works.
        event.preventDefault()
        helpers.say([
          words('audio.on'),
          words('audio.help'),
          ...helpers.screen(),
          ...helpers.focused(),
        ])
        return
      }
      const action = audioAction(event)
      if (action === undefined) return
      event.preventDefault()
      helpers.run(action)
    }
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [helpers])

  // Focus: say what it landed on, after the screen's announcement when the screen is new.
  useEffect(() => {
    if (!active) return
    const onFocusIn = (event: FocusEvent) => {
      const screen = tune.current.pendingScreen ? helpers.screen() : []
      tune.current.pendingScreen = false
      const from = event.relatedTarget instanceof Element ? event.relatedTarget : null
      helpers.say([...screen, ...helpers.focused(from)])
    }
    document.addEventListener('focusin', onFocusIn)
    return () => document.removeEventListener('focusin', onFocusIn)
  }, [active, helpers])

  // A new screen: announced with the focus the shell gives it (a layout effect runs before the
  // shell moves focus); said on its own if focus does not move.
  useLayoutEffect(() => {
    if (!latest.current.active) return
    tune.current.pendingScreen = true
    const timer = setTimeout(() => {
      if (!tune.current.pendingScreen) return
      tune.current.pendingScreen = false
      helpers.say([...helpers.screen(), ...helpers.focused()])
    }, 50)
    return () => clearTimeout(timer)
  }, [route, helpers])

  // A new language: the screen again, in it, once, when its strings are on screen. The kiosk's
  // language (content) changes at the key press; the UI strings follow when i18next has them,
  // which for a language used for the first time means after a fetch of unknown length. So the
  // announcement waits for the commit in which both are the new language — no timer guesses it
  // (a guess read the old strings on a loaded machine, and a second run said it twice).
  const lang = kiosk.lang
  const announcedLang = useRef(lang)
  useEffect(() => {
    if (stringsLang !== lang || announcedLang.current === lang) return
    announcedLang.current = lang
    if (latest.current.active) helpers.say([...helpers.screen(), ...helpers.focused()])
  }, [lang, stringsLang, helpers])

  // Listening is being there: tell the idle timer while the reading goes on (not when paused).
  useEffect(() => {
    if (!active) return
    const ping = () => {
      if (engine.speaking && !engine.paused) window.dispatchEvent(new Event(LISTENING_EVENT))
    }
    const unsubscribe = engine.onChange(ping)
    const timer = setInterval(ping, LISTENING_PING_MS)
    return () => {
      unsubscribe()
      clearInterval(timer)
    }
  }, [active, engine])

  // The session's end (this provider is keyed by it) ends the reading.
  useEffect(() => () => engine.stop(), [engine])

  const value = useMemo(
    () => ({
      active,
      say: (phrases: string[]) => {
        if (latest.current.active) helpers.say(phrases)
      },
    }),
    [active, helpers],
  )
  return <AudioModeContext.Provider value={value}>{children}</AudioModeContext.Provider>
}
