import { createContext, useContext } from 'react'

/** Whether the visitor has turned audio mode on (it then owns the keypad's extra keys). */
export type AudioModeState = {
  active: boolean
  /** Speaks phrases in audio mode, at the visitor's speed and volume; nothing otherwise. */
  say(phrases: string[]): void
}

export const AudioModeContext = createContext<AudioModeState>({
  active: false,
  say: () => undefined,
})

export const useAudioMode = (): AudioModeState => useContext(AudioModeContext)
