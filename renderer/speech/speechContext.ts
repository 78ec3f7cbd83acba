import { createContext, useContext, useState } from 'react'
import { browserBundledVoice } from './bundled/bundledVoice'
import { browserSpeechEnv, createSpeechEngine, type SpeechEngine } from './speechEngine'

/** The kiosk's one speech engine, shared by read-aloud and audio mode so they never overlap. */
export const SpeechContext = createContext<SpeechEngine | undefined>(undefined)

/** The real engine: system voices, recordings and the bundled espeak-ng worker (made lazily). */
export const createKioskSpeechEngine = (): SpeechEngine =>
  createSpeechEngine(browserSpeechEnv(browserBundledVoice()))

/**
 * The shared engine; outside a SpeechProvider (a component test) an engine of its own over
 * whatever `window.speechSynthesis` the test put there.
 */
export function useSpeechEngine(): SpeechEngine {
  const shared = useContext(SpeechContext)
  const [own] = useState(() => (shared ? undefined : createSpeechEngine(browserSpeechEnv())))
  const engine = shared ?? own
  if (!engine) throw new Error('no speech engine')
  return engine
}
