import { describe, expect, it } from 'vitest'
import { scrollStep } from './scrollStep'

// A scrolling region 1000 px tall on screen, 3000 px of content.
const box = { left: 0, top: 100, width: 800, height: 1000 }
const at = (scrollTop: number) => ({ scrollTop, clientHeight: 1000, scrollHeight: 3000, box })
const inView = { box: { left: 0, top: 500, width: 200, height: 100 }, inRegion: true }
const below = { box: { left: 0, top: 1400, width: 200, height: 100 }, inRegion: true }
const outside = { box: { left: 900, top: 300, width: 200, height: 100 }, inRegion: false }

describe('scrollStep', () => {
  it('moves focus when the next element is already in view', () => {
    expect(scrollStep('down', at(0), inView)).toBe(0)
    expect(scrollStep('up', at(500), inView)).toBe(0)
  })

  it('scrolls down a page when the next element is below the fold', () => {
    expect(scrollStep('down', at(0), below)).toBe(600)
  })

  it('reads to the end before leaving the region (e.g. for the hotline bar)', () => {
    expect(scrollStep('down', at(0), outside)).toBe(600)
    expect(scrollStep('down', at(0), undefined)).toBe(600)
    expect(scrollStep('down', at(2000), outside)).toBe(0)
  })

  it('scrolls up when the previous element is above the visible part', () => {
    const above = { box: { left: 0, top: -300, width: 200, height: 100 }, inRegion: true }
    expect(scrollStep('up', at(1200), above)).toBe(-600)
    expect(scrollStep('up', at(0), above)).toBe(0)
  })
})
