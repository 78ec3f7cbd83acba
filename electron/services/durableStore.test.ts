import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { backupPathOf } from './durableFile'
import { DurableJsonAdapter, jsonParserFor, openStore } from './durableStore'
import type { LogRecord } from './logger/logger'

const counterSchema = z.object({ count: z.number().int().min(0), name: z.string() }).strict()

let dir: string
let file: string
let logs: LogRecord[]
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'durable-store-'))
  file = join(dir, 'counter.json')
  logs = []
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const open = () =>
  openStore(file, counterSchema, { count: 0, name: 'start' }, { log: (r) => logs.push(r) })

describe('openStore', () => {
  it('starts from a copy of the defaults and persists writes across reopen', async () => {
    const defaults = { count: 0, name: 'start' }
    const db = await openStore(file, counterSchema, defaults, { log: () => {} })
    await db.update((d) => {
      d.count = 5
    })
    expect(defaults.count).toBe(0)
    expect((await open()).data).toEqual({ count: 5, name: 'start' })
  })

  it('recovers a stored value the schema refuses from the last good copy, naming the field', async () => {
    const db = await open()
    db.data.count = 2
    await db.write()
    await writeFile(file, JSON.stringify({ count: -3, name: 'start' }))
    expect((await open()).data).toEqual({ count: 2, name: 'start' })
    expect(logs[0]?.message).toMatch(/count: Too small/)
  })

  it('reports JSON syntax errors with line and column', async () => {
    await writeFile(file, '{\n  "count": 1,\n}')
    await writeFile(backupPathOf(file), '')
    const db = await open()
    expect(db.data).toEqual({ count: 0, name: 'start' })
    expect(logs.at(-1)?.message).toContain('invalid JSON at line 3, column 1')
  })

  it('refuses to write invalid data and keeps the file as it was', async () => {
    const db = await open()
    await db.write()
    const before = await readFile(file, 'utf8')
    db.data.count = 1.5
    await expect(db.write()).rejects.toThrow(/refusing to store invalid data.*count/)
    expect(await readFile(file, 'utf8')).toBe(before)
  })

  it('does not depend on NODE_ENV (unlike lowdb JSONFilePreset, which uses memory under test)', async () => {
    expect(process.env.NODE_ENV).toBe('test')
    const db = await open()
    await db.write()
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ count: 0, name: 'start' })
  })
})

describe('DurableJsonAdapter', () => {
  it('returns null when nothing is stored, so lowdb keeps its defaults', async () => {
    const adapter = new DurableJsonAdapter(file, counterSchema, { log: () => {} })
    expect(await adapter.read()).toBeNull()
    expect(adapter.lastRead?.source).toBe('defaults')
  })
})

describe('jsonParserFor', () => {
  it('applies schema defaults and reports unknown fields by name', () => {
    const parse = jsonParserFor(z.object({ a: z.number().default(1) }).strict())
    expect(parse('{}')).toEqual({ ok: true, value: { a: 1 } })
    expect(parse('{"b": 2}')).toEqual({ ok: false, reason: 'invalid data: b: unknown field' })
  })
})
