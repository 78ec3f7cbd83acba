import { describe, expect, it } from 'vitest'
import type { LogRecord } from '../services/logger/logger'
import { createShellLog } from './shellLog'

describe('createShellLog', () => {
  it('writes every line to stderr at once and to the durable log once attached', () => {
    const written: string[] = []
    const durable: LogRecord[] = []
    const shell = createShellLog((line) => written.push(line))
    shell.log('Refused navigation to https://example.org/')
    expect(written).toEqual(['[kiosk] Refused navigation to https://example.org/'])
    shell.attach(
      (record) => durable.push(record),
      () => Promise.resolve(),
    )
    shell.log('Kiosk page failed (renderer crashed); reloading it')
    expect(durable).toEqual([
      { level: 'warn', area: 'shell', message: 'Refused navigation to https://example.org/' },
      {
        level: 'warn',
        area: 'shell',
        message: 'Kiosk page failed (renderer crashed); reloading it',
      },
    ])
  })

  it('holds a bounded number of early lines, dropping the oldest', () => {
    const durable: string[] = []
    const shell = createShellLog(() => {}, 2)
    for (const line of ['a', 'b', 'c']) shell.log(line)
    shell.attach(
      (record) => durable.push(record.message),
      () => Promise.resolve(),
    )
    expect(durable).toEqual(['b', 'c'])
  })

  it('flush waits for the durable log once attached, and is immediate before', async () => {
    const shell = createShellLog(() => {})
    await expect(shell.flush()).resolves.toBeUndefined()
    let flushed = 0
    shell.attach(
      () => {},
      async () => {
        flushed += 1
      },
    )
    await shell.flush()
    expect(flushed).toBe(1)
  })
})
