import { useState, type ReactNode } from 'react'
import { createKioskSpeechEngine, SpeechContext } from './speechContext'

/** Gives every visitor screen the one speech engine (created once per page). */
export function SpeechProvider({ children }: { children: ReactNode }) {
  const [engine] = useState(createKioskSpeechEngine)
  return <SpeechContext.Provider value={engine}>{children}</SpeechContext.Provider>
}
