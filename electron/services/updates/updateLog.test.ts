import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { UpdateLogEntry } from '../../../common/update/updateStatus'
import { silentLogger } from '../logger/logger'
import { MAX_LOG_ENTRIES, openUpdateLog, updateLogFile } from './updateLog'

const entry = (n: number): UpdateLogEntry => ({
  at: '2026-11-28T16:00:00+08:00',
  source: '/media/kiosk/STICK',
  outcome: 'refused',
  code: 'not-newer',
  reason: `older than the installed content (version ${n} ≤ 9)`,
  contentVersion: n,
})

describe('update log', () => {
  it('keeps entries across restarts and only the most recent ones', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'update-log-'))
    const log = await openUpdateLog(dataDir, silentLogger)
    for (let i = 0; i < MAX_LOG_ENTRIES + 3; i++) await log.append(entry(i))
    const reopened = await openUpdateLog(dataDir, silentLogger)
    expect(reopened.entries()).toHaveLength(MAX_LOG_ENTRIES)
    expect(reopened.entries()[0]?.contentVersion).toBe(3)
    expect(reopened.entries().at(-1)?.contentVersion).toBe(MAX_LOG_ENTRIES + 2)
  })

  it('a NUL-filled log (and backup) starts empty and keeps logging instead of failing', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'update-log-'))
    await mkdir(join(dataDir, 'updates'))
    await writeFile(updateLogFile(dataDir), new Uint8Array(64))
    await writeFile(`${updateLogFile(dataDir)}.bak`, new Uint8Array(64))
    const log = await openUpdateLog(dataDir, silentLogger)
    expect(log.entries()).toEqual([])
    await log.append(entry(1))
    expect((await openUpdateLog(dataDir, silentLogger)).entries()).toEqual([entry(1)])
  })

  it('refuses an entry that does not match the schema, storing nothing', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'update-log-'))
    const log = await openUpdateLog(dataDir, silentLogger)
    await expect(log.append({ ...entry(1), at: 'yesterday' })).rejects.toThrow()
    expect((await openUpdateLog(dataDir, silentLogger)).entries()).toEqual([])
  })
})
