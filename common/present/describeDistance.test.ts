import { describe, expect, it } from 'vitest'
import type { Geo } from '../content/schema'
import { wgs84ToGcj02 } from '../domain/geo'
import { wordsFor } from '../i18n/words'
import { describeDistance, formatDistance } from './describeDistance'

const en = wordsFor('en')
const kiosk: Geo = { lat: 43.9, lng: 125.3, crs: 'wgs84' }
/** A point `north` metres north and `east` metres east of the kiosk (small-distance approximation). */
function offset(north: number, east: number): Geo {
  const lat = kiosk.lat + north / 111_195
  const lng = kiosk.lng + east / (111_195 * Math.cos((kiosk.lat * Math.PI) / 180))
  return { lat, lng, crs: 'wgs84' }
}

describe('formatDistance', () => {
  it('uses tens of metres below a kilometre and one decimal below ten kilometres', () => {
    expect(formatDistance(4, en)).toBe('10 m')
    expect(formatDistance(847, en)).toBe('850 m')
    expect(formatDistance(1234, en)).toBe('1.2 km')
    expect(formatDistance(12_400, en)).toBe('12 km')
  })

  it('localizes the units', () => {
    expect(formatDistance(1234, wordsFor('zh-Hans'))).toBe('1.2 公里')
    expect(formatDistance(500, wordsFor('ko'))).toBe('500m')
  })
})

describe('describeDistance', () => {
  it('gives distance and the eight compass points', () => {
    expect(describeDistance(kiosk, offset(850, 850), en)).toBe('1.2 km, north-east')
    expect(describeDistance(kiosk, offset(-500, 0), en)).toBe('500 m, south')
    expect(describeDistance(kiosk, offset(0, -2000), en)).toBe('2.0 km, west')
    expect(describeDistance(kiosk, offset(300, -300), en)).toBe('420 m, north-west')
  })

  it('reads naturally in Chinese and Korean', () => {
    expect(describeDistance(kiosk, offset(850, 850), wordsFor('zh-Hans'))).toBe('向东北 1.2 公里')
    expect(describeDistance(kiosk, offset(0, 700), wordsFor('ko'))).toBe('동쪽 700m')
  })

  it('converts a GCJ-02 destination before measuring', () => {
    const target = offset(0, 1000)
    const gcj: Geo = { ...wgs84ToGcj02(target), crs: 'gcj02' }
    expect(describeDistance(kiosk, gcj, en)).toBe('1.0 km, east')
  })

  it('says unknown when either side lacks coordinates, and drops direction when very close', () => {
    expect(describeDistance(undefined, kiosk, en)).toBe('Distance unknown')
    expect(describeDistance(kiosk, undefined, en)).toBe('Distance unknown')
    expect(describeDistance(kiosk, offset(10, 0), en)).toBe('Right here')
  })
})
