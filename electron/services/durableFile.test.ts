import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  backupPathOf,
  corruptPathOf,
  readDurable,
  writeFileDurable,
  type ParseOutcome,
} from './durableFile'
import type { LogRecord } from './logger/logger'

interface State {
  seq: number
}
const parse = (text: string): ParseOutcome<State> => {
  try {
    const value: unknown = JSON.parse(text)
    if (
      typeof value === 'object' &&
      value !== null &&
      'seq' in value &&
      typeof value.seq === 'number'
    ) {
      return { ok: true, value: { seq: value.seq } }
    }
    return { ok: false, reason: 'seq is missing' }
  } catch (err) {
    return { ok: false, reason: `invalid JSON: ${String(err)}` }
  }
}

let dir: string
let file: string
let logs: LogRecord[]
const read = () =>
  readDurable(file, parse, { log: (r) => logs.push(r), defaults: () => ({ seq: -1 }) })

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'durable-file-'))
  file = join(dir, 'state.json')
  logs = []
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('writeFileDurable on a real disk', () => {
  it('writes the main file and an identical last-good copy, leaving no temp files', async () => {
    await writeFileDurable(file, '{"seq":1}')
    expect(await readFile(file, 'utf8')).toBe('{"seq":1}')
    expect(await readFile(backupPathOf(file), 'utf8')).toBe('{"seq":1}')
    expect((await readdir(dir)).sort()).toEqual(['state.json', 'state.json.bak'])
  })

  it('serializes concurrent writes to one file so the last call wins', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => writeFileDurable(file, `{"seq":${i}}`)))
    expect((await read()).value).toEqual({ seq: 19 })
  })

  it('a write that fails before its rename leaves the previous state and no temp file', async () => {
    await writeFileDurable(file, '{"seq":1}')
    for (const failAt of ['temp-written', 'temp-synced'] as const) {
      const write = writeFileDurable(file, '{"seq":2}', {
        onStep: (e) => {
          if (e.phase === 'main' && e.step === failAt) throw new Error('disk full')
        },
      })
      await expect(write).rejects.toThrow('disk full')
      expect(await readFile(file, 'utf8')).toBe('{"seq":1}')
      expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([])
    }
  })
})

describe('readDurable recovery', () => {
  const damaged: [string, string | Uint8Array, RegExp][] = [
    ['empty', '', /empty/],
    ['NUL-filled', new Uint8Array(64), /NUL bytes \(64\)/],
    ['garbage', 'Ω≈ç√ garbage !!', /invalid JSON/],
    ['truncated JSON', '{"seq": 4', /invalid JSON/],
    ['not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), /not valid UTF-8/],
    ['valid JSON of the wrong shape', '{"other": true}', /seq is missing/],
  ]

  for (const [name, bytes, reason] of damaged) {
    it(`recovers a ${name} main file from the last good copy and says why`, async () => {
      await writeFileDurable(file, '{"seq":7}')
      await writeFile(file, bytes)

      const result = await read()
      expect(result).toMatchObject({ value: { seq: 7 }, source: 'backup' })
      const warning = logs.find((r) => r.level === 'warn')
      expect(warning?.file).toBe(file)
      expect(warning?.message).toMatch(reason)
      expect(warning?.message).toContain('recovered the last good copy')
      // The damaged bytes are kept for inspection and the main file is whole again.
      expect(new Uint8Array(await readFile(corruptPathOf(file)))).toEqual(
        typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes,
      )
      expect(await readFile(file, 'utf8')).toBe('{"seq":7}')
    })
  }

  it('recovers from the last good copy when the main file is missing', async () => {
    await writeFileDurable(file, '{"seq":3}')
    await rm(file)
    expect(await read()).toMatchObject({ value: { seq: 3 }, source: 'backup' })
    expect(logs[0]?.message).toContain('the file is missing')
  })

  it('starts from the defaults, logging both reasons, when both copies are bad', async () => {
    await writeFile(file, '')
    await writeFile(backupPathOf(file), new Uint8Array(10))
    const result = await read()
    expect(result).toMatchObject({ value: { seq: -1 }, source: 'defaults' })
    expect(result.problems).toEqual([
      'state.json: the file is empty (0 bytes)',
      expect.stringContaining('state.json.bak: the file holds only NUL bytes'),
    ])
    expect(logs).toContainEqual(
      expect.objectContaining({
        level: 'error',
        file,
        message: expect.stringContaining('defaults'),
      }),
    )
  })

  it('starts from the defaults silently on a first start', async () => {
    expect(await read()).toEqual({ value: { seq: -1 }, source: 'defaults', problems: [] })
    expect(logs).toEqual([])
  })

  it('removes temp files left by an interrupted write, and only those', async () => {
    await writeFileDurable(file, '{"seq":1}')
    await writeFile(join(dir, 'state.json.0a1b2c.tmp'), '{"seq":')
    await writeFile(join(dir, 'state.json.bak.3d4e5f.tmp'), '')
    await writeFile(join(dir, 'other.json.0a1b2c.tmp'), 'not ours')
    expect((await read()).value).toEqual({ seq: 1 })
    expect((await readdir(dir)).sort()).toEqual([
      'other.json.0a1b2c.tmp',
      'state.json',
      'state.json.bak',
    ])
    expect(logs.filter((r) => r.message.includes('interrupted write'))).toHaveLength(2)
  })

  it('never throws when the parser itself throws', async () => {
    await writeFile(file, '{"seq":1}')
    const result = await readDurable(
      file,
      () => {
        throw new Error('parser bug')
      },
      { log: () => {}, defaults: () => 0 },
    )
    expect(result.source).toBe('defaults')
    expect(result.problems[0]).toContain('parser bug')
  })
})

describe('readDurable while writing', () => {
  it('waits for a write in progress in the same process and sees its result', async () => {
    await writeFileDurable(file, '{"seq":1}')
    const write = writeFileDurable(file, '{"seq":2}')
    const result = await read()
    await write
    expect(result.value).toEqual({ seq: 2 })
  })
})
