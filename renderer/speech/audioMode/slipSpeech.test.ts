import { describe, expect, it } from 'vitest'
import { slipSpeech } from './slipSpeech'

describe('the slip, voiced', () => {
  it('says the lines, the QR code text after its caption, then the footer, in paper order', () => {
    const slip = {
      lines: [
        { text: 'Rescue station', style: 'title' as const },
        { text: '', style: 'body' as const },
        { text: '12 Station Road', style: 'body' as const },
      ],
      qrText: 'Rescue station\n12 Station Road\n\nTel 0431-1234',
      footer: [{ text: 'Checked on 1 December', style: 'small' as const }],
    }
    expect(slipSpeech(slip, 'Your slip says:', 'Scan for the same details')).toEqual([
      'Your slip says:',
      'Rescue station',
      '12 Station Road',
      'Scan for the same details',
      'Rescue station',
      '12 Station Road',
      'Tel 0431-1234',
      'Checked on 1 December',
    ])
  })

  it('leaves the QR caption out when the slip has no code text', () => {
    const slip = { lines: [{ text: 'Hotline', style: 'title' as const }], qrText: '', footer: [] }
    expect(slipSpeech(slip, 'Your slip says:', 'QR')).toEqual(['Your slip says:', 'Hotline'])
  })
})
