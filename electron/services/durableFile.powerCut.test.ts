import { describe, expect, it } from 'vitest'
import {
  readDurable,
  writeFileDurable,
  type DurableStepEvent,
  type ParseOutcome,
} from './durableFile'
import type { LogRecord } from './logger/logger'
import { PowerCutFs, UNSYNCED_FATES, type UnsyncedFate } from './testing/powerCutFs'

const FILE = '/data/state.json'
const OLD = JSON.stringify({ generation: 'old', items: ['a', 'b', 'c'] })
const NEW = JSON.stringify({ generation: 'new', items: ['a', 'b', 'c', 'd', 'e'] })

const parse = (text: string): ParseOutcome<string> => {
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value === 'object' && value !== null && 'generation' in value) {
      return { ok: true, value: String(value.generation) }
    }
    return { ok: false, reason: 'no generation field' }
  } catch (err) {
    return { ok: false, reason: String(err) }
  }
}

/** Every step a complete write reports, in order (8: two phases × four steps). */
async function allSteps(): Promise<DurableStepEvent[]> {
  const steps: DurableStepEvent[] = []
  await writeFileDurable(FILE, NEW, { fs: new PowerCutFs(), onStep: (e) => void steps.push(e) })
  return steps
}

/** Writes OLD fully, then NEW with the power cut right after step `cutAfter`. */
async function cutDuringWrite(cutAfter: number, fate: UnsyncedFate, withOld = true) {
  const before = new PowerCutFs()
  if (withOld) await writeFileDurable(FILE, OLD, { fs: before })
  let after: PowerCutFs | undefined
  let seen = 0
  const write = writeFileDurable(FILE, NEW, {
    fs: before,
    onStep: () => {
      if (seen++ === cutAfter) {
        after = before.powerCut(fate)
        throw new Error('power cut')
      }
    },
  })
  await expect(write).rejects.toThrow('power cut')
  if (!after) throw new Error(`the write has no step ${cutAfter}`)
  return after
}

describe('writeFileDurable under power cuts (model disk)', () => {
  it('reports the eight steps of the scheme in order', async () => {
    expect((await allSteps()).map((s) => `${s.phase}:${s.step}`)).toEqual([
      'backup:temp-written',
      'backup:temp-synced',
      'backup:renamed',
      'backup:folder-synced',
      'main:temp-written',
      'main:temp-synced',
      'main:renamed',
      'main:folder-synced',
    ])
  })

  const cutPoints = [
    'backup temp written, not synced',
    'backup temp synced, not renamed',
    'backup renamed, folder not synced',
    'backup folder synced',
    'main temp written, not synced',
    'main temp synced, not renamed',
    'main renamed, folder not synced',
    'main folder synced',
  ]
  const stepCount = cutPoints.length
  for (const [cut, label] of cutPoints.entries()) {
    for (const fate of UNSYNCED_FATES) {
      it(`comes back with the old or new state after a cut at "${label}" (unsynced bytes: ${fate})`, async () => {
        const disk = await cutDuringWrite(cut, fate)
        const logs: LogRecord[] = []
        const result = await readDurable(FILE, parse, {
          fs: disk,
          log: (r) => logs.push(r),
          defaults: () => 'defaults',
        })
        expect(['old', 'new']).toContain(result.value)
        // Once the main file's rename is synced, the new state is the only acceptable answer.
        if (cut === stepCount - 1) expect(result.value).toBe('new')
        // No temp file survives start-up.
        expect(disk.names().filter((n) => n.endsWith('.tmp'))).toEqual([])
        // A second start-up reads the same state (the recovery was made durable).
        const again = await readDurable(FILE, parse, { fs: disk, defaults: () => 'defaults' })
        expect(again.value).toBe(result.value)
      })
    }
  }

  it('a first write cut at any step yields the new state or the defaults, never an error', async () => {
    for (let cut = 0; cut < stepCount; cut++) {
      for (const fate of UNSYNCED_FATES) {
        const disk = await cutDuringWrite(cut, fate, false)
        const result = await readDurable(FILE, parse, {
          fs: disk,
          log: () => {},
          defaults: () => 'defaults',
        })
        expect(['new', 'defaults']).toContain(result.value)
      }
    }
  })

  it('the model catches a write that skips fsync (so the tests above can fail)', async () => {
    const disk = new PowerCutFs()
    await writeFileDurable(FILE, OLD, { fs: disk })
    await disk.createFile(`${FILE}.tmp`, new TextEncoder().encode(NEW))
    await disk.rename(`${FILE}.tmp`, FILE)
    await disk.syncFolder('/data')
    await disk.remove(`${FILE}.bak`)
    await disk.syncFolder('/data')
    const after = disk.powerCut('empty')
    const result = await readDurable(FILE, parse, {
      fs: after,
      log: () => {},
      defaults: () => 'defaults',
    })
    expect(result.source).toBe('defaults')
    expect(result.problems.join()).toContain('empty')
  })
})
