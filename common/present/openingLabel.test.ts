import { describe, expect, it } from 'vitest'
import { holidayDay } from '../domain/holidays'
import { openingState } from '../domain/openingHours'
import { wordsFor } from '../i18n/words'
import { openingLabel } from './openingLabel'
import { readableHours } from './readableHours'

const en = wordsFor('en')
/** Wednesday 2026-01-14 at the given China-time wall clock. */
const wednesdayAt = (hhmm: string): Date => new Date(`2026-01-14T${hhmm}:00+08:00`)
const label = (spec: string | undefined, at: Date, t = en) =>
  openingLabel(openingState(spec, at, holidayDay), at, t)

describe('openingLabel', () => {
  it('says when an open place closes', () => {
    expect(label('Mo-Fr 08:30-17:00', wednesdayAt('10:00'))).toEqual({
      tone: 'open',
      text: 'Open now · closes at 17:00',
    })
  })

  it('handles overnight hours on both sides of midnight', () => {
    expect(label('Mo-Su 20:00-08:00', wednesdayAt('23:30')).text).toBe('Open now · closes at 08:00')
    expect(label('Mo-Su 20:00-08:00', wednesdayAt('03:00')).text).toBe('Open now · closes at 08:00')
    expect(label('Mo-Su 20:00-08:00', wednesdayAt('12:00')).text).toBe(
      'Closed now · opens today at 20:00',
    )
  })

  it('says open 24 hours for 24/7', () => {
    expect(label('24/7', wednesdayAt('04:00'))).toEqual({ tone: 'open', text: 'Open 24 hours' })
  })

  it('never says closed when hours are missing or unreadable', () => {
    expect(label(undefined, wednesdayAt('10:00'))).toEqual({
      tone: 'unknown',
      text: 'Hours unknown — call ahead',
    })
    expect(label('ask at the gate', wednesdayAt('10:00')).tone).toBe('unknown')
  })

  it('says an office is closed for a public holiday and names the day it opens (2026)', () => {
    const nationalDay = new Date('2026-10-01T10:00:00+08:00')
    expect(label('Mo-Fr 08:30-17:00', nationalDay)).toEqual({
      tone: 'closed',
      text: 'Closed for the public holiday · opens 8 October at 08:30',
    })
    expect(label('Mo-Fr 08:30-17:00', nationalDay, wordsFor('zh-Hans')).text).toBe(
      '法定节假日休息 · 10月8日 08:30 开门',
    )
    expect(label('Mo-Fr 08:30-17:00', nationalDay, wordsFor('ko')).text).toBe(
      '공휴일 휴무 · 10월 8일 08:30에 엶',
    )
    const makeUpSaturday = new Date('2026-10-10T10:00:00+08:00')
    expect(label('Mo-Fr 08:30-17:00', makeUpSaturday).text).toBe('Open now · closes at 17:00')
  })

  it('adds a note in a year whose public holidays are not published (2027)', () => {
    expect(label('Mo-Fr 08:30-17:00', new Date('2027-02-05T10:00:00+08:00'))).toEqual({
      tone: 'open',
      text: 'Open now · closes at 17:00',
      note: 'This year’s public-holiday schedule is not on this kiosk yet: holiday hours may differ, so call first.',
    })
    expect(label('24/7', new Date('2027-02-05T10:00:00+08:00')).note).toBeUndefined()
  })

  it('names tomorrow or the weekday of the next opening', () => {
    expect(label('Mo-Fr 08:30-17:00', wednesdayAt('18:00')).text).toBe(
      'Closed now · opens tomorrow at 08:30',
    )
    const friday = new Date('2026-01-16T18:00:00+08:00')
    expect(label('Mo-Fr 08:30-17:00', friday).text).toBe('Closed now · opens Mon at 08:30')
    expect(label('Mo-Fr 08:30-17:00', friday, wordsFor('zh-Hans')).text).toBe(
      '现在关门 · 周一 08:30 开门',
    )
  })
})

describe('readableHours', () => {
  it('translates day names and keeps times', () => {
    expect(readableHours('Mo-Fr 08:30-12:00,13:30-17:00; PH off', en)).toBe(
      'Mon–Fri 08:30–12:00,13:30–17:00; public holidays closed',
    )
    expect(readableHours('Sa,Su 09:00-15:00', wordsFor('ko'))).toBe('토,일 09:00–15:00')
    expect(readableHours('24/7', wordsFor('zh-Hans'))).toBe('24小时开放')
  })
})
