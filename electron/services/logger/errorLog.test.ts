import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openErrorLog } from './errorLog'

let dir: string
let file: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'error-log-'))
  file = join(dir, 'errors.json')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const at = () => new Date('2026-01-01T00:00:00Z')

describe('openErrorLog', () => {
  it('keeps entries durably across reopen', async () => {
    const log = await openErrorLog(file, { now: at, log: () => {} })
    log.append({ level: 'error', area: 'content', message: 'refused', file: '/x.json' })
    await log.flush()
    const reopened = await openErrorLog(file, { now: at, log: () => {} })
    expect(reopened.entries()).toEqual([
      {
        at: '2026-01-01T00:00:00.000Z',
        level: 'error',
        area: 'content',
        message: 'refused',
        file: '/x.json',
      },
    ])
  })

  it('drops the oldest entries beyond the limit and cuts long messages', async () => {
    const log = await openErrorLog(file, {
      maxEntries: 3,
      maxFieldChars: 10,
      now: at,
      log: () => {},
    })
    for (let i = 1; i <= 5; i++) log.append({ level: 'warn', area: 'x', message: `m${i}` })
    log.append({ level: 'warn', area: 'x', message: 'a'.repeat(50) })
    await log.flush()
    const stored = JSON.parse(await readFile(file, 'utf8')).entries
    expect(stored.map((e: { message: string }) => e.message)).toEqual([
      'm4',
      'm5',
      `${'a'.repeat(9)}…`,
    ])
  })

  it('a burst of appends all reach the disk', async () => {
    const log = await openErrorLog(file, { now: at, log: () => {} })
    for (let i = 0; i < 50; i++) log.append({ level: 'error', area: 'x', message: String(i) })
    await log.flush()
    expect(JSON.parse(await readFile(file, 'utf8')).entries).toHaveLength(50)
  })

  it('a damaged log file starts empty instead of failing', async () => {
    await writeFile(file, '\0\0\0\0')
    const seen: string[] = []
    const log = await openErrorLog(file, { now: at, log: (r) => seen.push(r.message) })
    expect(log.entries()).toEqual([])
    expect(seen.join()).toContain('NUL bytes')
  })
})
