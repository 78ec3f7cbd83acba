import { useCallback, useContext, useEffect, useRef, useSyncExternalStore } from 'react'
import { useT } from '../i18n/useT'
import { STEP_LABEL } from '../../common/speech/spokenText'
import { useNavigation } from '../navigation/useNavigation'
import { useKiosk } from '../state/useKiosk'
import { itemAudio } from './itemAudio'
import { screenScript, type ScriptLabels } from './screenScript'
import { SpeechContext, useSpeechEngine } from './speechContext'
import type { SpeechEngine } from './speechEngine'
import { speechSink } from './speechRoute'

/** Keypad keys that start and stop read-aloud ("R", or a keypad's play/pause key). */
export const READ_ALOUD_KEYS: ReadonlySet<string> = new Set(['r', 'R', 'MediaPlayPause'])

/** Marks the read-aloud control, so a tap or Enter on it toggles instead of only stopping. */
export const READ_ALOUD_ATTRIBUTE = 'data-read-aloud'

export type ReadAloud = {
  /** False when neither a voice nor a recording speaks the visitor's language here. */
  available: boolean
  speaking: boolean
  toggle(): void
}

const insideControl = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest(`[${READ_ALOUD_ATTRIBUTE}]`) !== null

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

/**
 * Any tap stops reading. Keys: outside audio mode's reach (a component test, no provider) any
 * key stops reading and the read-aloud key toggles it; on the kiosk the keys belong to audio mode
 * (the first key turns it on, then speech runs until the visitor moves on).
 */
function useInterruptions(
  engine: SpeechEngine,
  toggle: () => void,
  enabled: boolean,
  keysToAudioMode: boolean,
): void {
  const toggleRef = useRef(toggle)
  useEffect(() => {
    toggleRef.current = toggle
  }, [toggle])
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (engine.speaking && !insideControl(event.target)) engine.stop()
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (keysToAudioMode || isTyping(event.target)) return
      const plain = !event.altKey && !event.ctrlKey && !event.metaKey
      if (plain && READ_ALOUD_KEYS.has(event.key)) {
        if (!enabled) return
        event.preventDefault()
        toggleRef.current()
        return
      }
      const activatesControl =
        insideControl(event.target) && (event.key === 'Enter' || event.key === ' ')
      if (engine.speaking && !activatesControl) engine.stop()
    }
    window.addEventListener('pointerdown', onPointerDown, true)
    window.addEventListener('keydown', onKeyDown, true)
    return () => {
      window.removeEventListener('pointerdown', onPointerDown, true)
      window.removeEventListener('keydown', onKeyDown, true)
    }
  }, [engine, enabled, keysToAudioMode])
}

/**
 * Read-aloud for the current screen: the screen's own text in the visitor's language (system
 * voice), else the item's recording in that language, else unavailable. Stops on any tap or
 * key, on navigation, on a language change and at idle reset (a new session).
 */
export function useReadAloud(): ReadAloud {
  const { t } = useT('speech')
  const { route } = useNavigation()
  const { content, lang, settings, sessionId } = useKiosk()
  const engine = useSpeechEngine()
  const audioUrl = itemAudio(content, route, lang)

  const speaking = useSyncExternalStore(engine.onChange, () => engine.speaking)
  const sink = speechSink(settings)
  const mode = useSyncExternalStore(engine.onVoicesChanged, () =>
    engine.modeFor(lang, audioUrl, sink !== undefined),
  )
  const available = settings.readAloud && mode !== undefined

  const toggle = useCallback(() => {
    if (engine.speaking) {
      engine.stop()
      return
    }
    const labels: ScriptLabels = { step: STEP_LABEL[lang], actions: t('actions') }
    const root = document.querySelector('[data-screen]')
    const phrases = root ? screenScript(root, lang, labels) : []
    engine.speak({ lang, phrases, audioUrl, volume: settings.volume, sinkId: sink })
  }, [engine, t, lang, audioUrl, settings.volume, sink])

  useInterruptions(engine, toggle, available, useContext(SpeechContext) !== undefined)
  useEffect(() => () => engine.stop(), [engine, route, lang, sessionId, available])

  return { available, speaking, toggle }
}
