import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { appInfoSchema } from '../../common/api/kioskApi'
import { calendarFactsSchema } from '../../common/domain/calendar'
import { createAppInfo, readPackageIdentity } from './appInfo'
import { createClock } from './clock'
import type { LogRecord } from './logger/logger'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'app-info-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('appInfo', () => {
  it('reports name and version from package.json and the pinned clock', async () => {
    const file = join(dir, 'package.json')
    await writeFile(file, JSON.stringify({ name: 'relief-kiosk', version: '1.2.3' }))
    const clock = createClock({ KIOSK_NOW: '2021-01-20T10:00:00+08:00' })
    const info = await createAppInfo(
      await readPackageIdentity(file, () => {}),
      'electron',
      clock,
    ).info()
    expect(appInfoSchema.parse(info)).toEqual({
      name: 'relief-kiosk',
      version: '1.2.3',
      host: 'electron',
      now: '2021-01-20T02:00:00.000Z',
      clockOverridden: true,
    })
  })

  it('sends the calendar facts for the years around the host clock, again when its year changes', async () => {
    let now = new Date('2021-12-31T15:59:00Z') // 23:59 on 31 December in China
    const clock = { now: () => now, overridden: true }
    const app = createAppInfo({ name: 'relief-kiosk', version: '1.2.3' }, 'web', clock)
    const first = await app.calendar()
    expect(calendarFactsSchema.safeParse(first).success).toBe(true)
    expect([first.fromYear, first.untilYear]).toEqual([2019, 2023])
    expect(first.festivals.find((f) => f.year === 2022)?.['spring-festival']).toBe('2022-02-01')
    expect(await app.calendar()).toBe(first) // worked out once per year, not per request
    now = new Date('2021-12-31T16:00:00Z') // midnight in China: 2022
    const next = calendarFactsSchema.parse(await app.calendar())
    expect([next.fromYear, next.untilYear]).toEqual([2020, 2024])
  })

  it('a missing or malformed package.json gives a placeholder and a warning', async () => {
    const logs: LogRecord[] = []
    const bad = join(dir, 'bad.json')
    await writeFile(bad, '{"name": 3}')
    for (const file of [bad, join(dir, 'missing.json')]) {
      expect(await readPackageIdentity(file, (r) => logs.push(r))).toEqual({
        name: 'relief-kiosk',
        version: '0.0.0',
      })
    }
    expect(logs.map((r) => r.file)).toEqual([bad, join(dir, 'missing.json')])
  })
})
