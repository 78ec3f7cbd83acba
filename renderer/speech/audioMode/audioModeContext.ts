import { createContext, useContext } from 'react'

/** Whether the visitor has turned audio mode on (it then owns the keypad's extra keys). */
export type AudioModeState = { active: boolean }

export const AudioModeContext = createContext<AudioModeState>({ active: false })

export const useAudioMode = (): AudioModeState => useContext(AudioModeContext)
