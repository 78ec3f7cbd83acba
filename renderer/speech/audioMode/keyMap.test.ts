import { describe, expect, it } from 'vitest'
import {
  AUDIO_KEYS,
  audioAction,
  NAVIGATION_KEYS,
  RATE_STEPS,
  stepRate,
  stepVolume,
} from './keyMap'

const press = (
  key: string,
  mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {},
) => audioAction({ key, altKey: false, ctrlKey: false, metaKey: false, ...mods })

describe('audio-mode keypad map', () => {
  it('maps letter, numeric-pad and media keys to the same action', () => {
    expect([press('h'), press('?')]).toEqual(['help', 'help'])
    expect([press('p'), press('0'), press('MediaPlayPause')]).toEqual(['pause', 'pause', 'pause'])
    expect([press('-'), press('+'), press('AudioVolumeUp')]).toEqual([
      'quieter',
      'louder',
      'louder',
    ])
    expect([press('/'), press('*')]).toEqual(['slower', 'faster'])
    expect(press('l')).toBe('language')
  })

  it('leaves navigation keys, unknown keys and modified keys alone', () => {
    for (const key of NAVIGATION_KEYS) expect(press(key)).toBeUndefined()
    expect(press('q')).toBeUndefined()
    expect(press('h', { ctrlKey: true })).toBeUndefined()
    expect(press('r', { altKey: true })).toBeUndefined()
  })

  it('gives each key one action only', () => {
    const keys = Object.values(AUDIO_KEYS).flat()
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('steps rate and volume and holds them at the ends', () => {
    expect(stepRate(0, -1)).toBe(0)
    expect(stepRate(RATE_STEPS.length - 1, 1)).toBe(RATE_STEPS.length - 1)
    expect(stepRate(2, 1)).toBe(3)
    expect(stepVolume(0.8, 1)).toBe(0.95)
    expect(stepVolume(0.95, 1)).toBe(1)
    expect(stepVolume(0.2, -1)).toBe(0.1)
  })
})
