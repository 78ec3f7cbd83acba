import { describe, expect, it } from 'vitest'
import { halveSampleRate, readPcmWav, writePcmWav } from './wav'

describe('halveSampleRate', () => {
  it('averages pairs of samples and halves the rate, with a readable header', () => {
    const wav = writePcmWav({ sampleRate: 22050, samples: Int16Array.from([0, 100, -50, -150, 7]) })
    const halved = halveSampleRate(wav)
    expect(readPcmWav(halved)).toEqual({ sampleRate: 11025, samples: Int16Array.from([50, -100]) })
    expect(halved.length).toBe(44 + 2 * 2)
  })

  it('leaves other audio and already-low rates alone', () => {
    const low = writePcmWav({ sampleRate: 8000, samples: Int16Array.from([1, 2]) })
    expect(halveSampleRate(low)).toBe(low)
    const notWav = new TextEncoder().encode('ID3 this is an mp3')
    expect(halveSampleRate(notWav)).toBe(notWav)
    const stereo = writePcmWav({ sampleRate: 22050, samples: Int16Array.from([1, 2]) })
    stereo[22] = 2 // two channels
    expect(halveSampleRate(stereo)).toBe(stereo)
  })
})
