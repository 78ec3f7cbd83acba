/** The parts of a WAV file the kiosk's speech files need: 16-bit PCM mono. */
type PcmWav = { sampleRate: number; samples: Int16Array }

const ascii = (bytes: Uint8Array, at: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(at, at + length))

/** Reads a 16-bit mono PCM WAV; undefined for anything else (left as it is by the caller). */
export function readPcmWav(bytes: Uint8Array): PcmWav | undefined {
  if (bytes.length < 12 || ascii(bytes, 0, 4) !== 'RIFF' || ascii(bytes, 8, 4) !== 'WAVE') {
    return undefined
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let sampleRate: number | undefined
  for (let at = 12; at + 8 <= bytes.length;) {
    const id = ascii(bytes, at, 4)
    const size = view.getUint32(at + 4, true)
    const body = at + 8
    if (id === 'fmt ' && size >= 16) {
      const pcm = view.getUint16(body, true) === 1
      const mono = view.getUint16(body + 2, true) === 1
      const bits16 = view.getUint16(body + 14, true) === 16
      if (!pcm || !mono || !bits16) return undefined
      sampleRate = view.getUint32(body + 4, true)
    } else if (id === 'data' && sampleRate !== undefined) {
      const count = Math.floor(Math.min(size, bytes.length - body) / 2)
      const samples = new Int16Array(count)
      for (let i = 0; i < count; i++) samples[i] = view.getInt16(body + i * 2, true)
      return { sampleRate, samples }
    }
    at = body + size + (size % 2)
  }
  return undefined
}

/** Writes 16-bit mono PCM samples as a WAV file with correct chunk sizes. */
export function writePcmWav({ sampleRate, samples }: PcmWav): Uint8Array {
  const bytes = new Uint8Array(44 + samples.length * 2)
  const view = new DataView(bytes.buffer)
  const text = (at: number, s: string) =>
    [...s].forEach((c, i) => (bytes[at + i] = c.charCodeAt(0)))
  text(0, 'RIFF')
  view.setUint32(4, 36 + samples.length * 2, true)
  text(8, 'WAVEfmt ')
  view.setUint32(16, 16, true)
  view.setUint16(20, 1, true)
  view.setUint16(22, 1, true)
  view.setUint32(24, sampleRate, true)
  view.setUint32(28, sampleRate * 2, true)
  view.setUint16(32, 2, true)
  view.setUint16(34, 16, true)
  text(36, 'data')
  view.setUint32(40, samples.length * 2, true)
  samples.forEach((s, i) => view.setInt16(44 + i * 2, s, true))
  return bytes
}

/**
 * Speech at half the sample rate (each pair of samples averaged, a simple low-pass), so a
 * package carries half the bytes; espeak-ng's 22 kHz becomes 11 kHz, still clearer than a
 * telephone. Anything that is not 16-bit mono PCM, or already at 16 kHz or less, is returned
 * unchanged.
 */
export function halveSampleRate(wav: Uint8Array): Uint8Array {
  const pcm = readPcmWav(wav)
  if (!pcm || pcm.sampleRate <= 16_000) return wav
  const half = new Int16Array(Math.floor(pcm.samples.length / 2))
  for (let i = 0; i < half.length; i++) {
    half[i] = Math.round(((pcm.samples[2 * i] ?? 0) + (pcm.samples[2 * i + 1] ?? 0)) / 2)
  }
  return writePcmWav({ sampleRate: Math.floor(pcm.sampleRate / 2), samples: half })
}
