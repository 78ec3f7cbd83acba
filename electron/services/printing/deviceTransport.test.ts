import { execFileSync } from 'node:child_process'
import { closeSync, constants, openSync, readSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { printerSettingsSchema } from '../../../common/print/printerSettings'
import type { SlipBitmap } from '../../../common/print/slipBitmap'
import type { LogRecord } from '../logger/logger'
import { characterDeviceCheck, createDeviceTransport, type DeviceCheck } from './deviceTransport'
import { createPrintService } from './printService'
import { syntheticSlip } from './testing/syntheticSlip'

// Issue 23, finding 1: a printer whose writes block (out of paper mid-slip, a jam) must not jam
// printing for good. A FIFO stands in for the device: with a reader that never reads it takes
// 64 KB and then blocks like /dev/usb/lp0 without paper; with no reader at all, a blocking
// open of it never returns.

let dir: string
const fds: number[] = []
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-device-'))
})
afterEach(async () => {
  for (const fd of fds.splice(0)) closeSync(fd)
  await rm(dir, { recursive: true, force: true })
})

function fifo(): string {
  const path = join(dir, `lp${fds.length}`)
  execFileSync('mkfifo', [path])
  return path
}

/** A printer that never takes anything: the FIFO's reader end, opened and never read. */
function stalledReader(path: string): number {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  fds.push(fd)
  return fd
}

/** Paper back in: reads everything the FIFO holds. */
function drain(fd: number) {
  const buffer = Buffer.alloc(65_536)
  try {
    while (readSync(fd, buffer) > 0);
  } catch {
    // EAGAIN: empty now.
  }
}

/** The longest slip there is: 576 × 4000 dots, ≈ 288 KB of ESC/POS, far past a pipe's 64 KB. */
const longSlip = (): SlipBitmap => ({
  width: 576,
  height: 4000,
  bits: Buffer.alloc(72 * 4000, 0x81).toString('base64'),
})

/**
 * `promise`, or 'still waiting' after `ms` — to fail instead of hanging on a stuck call (on the
 * old code these calls never returned). Generous: making a long slip's bytes alone takes ~2 s of
 * CPU, more on a loaded machine.
 */
const within = <T>(ms: number, promise: T | Promise<T>) =>
  Promise.race([
    Promise.resolve(promise),
    new Promise<'still waiting'>((r) => setTimeout(r, ms, 'still waiting')),
  ])

function serviceFor(path: string, check: DeviceCheck) {
  const logs: LogRecord[] = []
  const service = createPrintService({
    printer: async () =>
      printerSettingsSchema.parse({ kind: 'device', devicePath: '/dev/usb/lp0' }),
    now: () => new Date(),
    log: (r) => logs.push(r),
    count: () => undefined,
    requireAdmin: async () => undefined,
    printTimeoutMs: 2000,
    transport: () => createDeviceTransport(path, check),
  })
  return { service, logs }
}
const visit = 'visit-0001'

describe('a device printer that stops taking data', () => {
  it('is let go at the time limit, shows as not ready, and prints again once it takes data', async () => {
    const path = fifo()
    const reader = stalledReader(path)
    // The test's check lets the FIFO stand in for a character device.
    const { service, logs } = serviceFor(path, async () => true)

    const first = await within(
      20_000,
      service.printSlip({ visit, kind: 'place', slip: longSlip() }),
    )
    expect(first).toMatchObject({ ok: false, fault: 'timeout' })
    expect(logs.find((l) => l.level === 'error')?.message).toMatch(/took only \d+ of \d+ bytes/)

    // Not "busy", and not "ready" while the printer still takes nothing.
    const status = await within(20_000, service.status(visit))
    expect(status).toMatchObject({ ready: false, fault: 'offline' })
    const second = await within(
      20_000,
      service.printSlip({ visit, kind: 'place', slip: longSlip() }),
    )
    expect(second).toMatchObject({ ok: false, fault: 'offline' })
    // An unrelated file read of the process still gets a thread.
    await writeFile(join(dir, 'other.txt'), 'still reading')
    expect(await within(15_000, readFile(join(dir, 'other.txt'), 'utf8'))).toBe('still reading')

    drain(reader) // paper loaded: the printer takes data again
    expect(await within(20_000, service.status(visit))).toMatchObject({ ready: true })
    const small = syntheticSlip(576, 'after the jam')
    expect(
      await within(20_000, service.printSlip({ visit, kind: 'place', slip: small })),
    ).toMatchObject({
      ok: true,
    })
  }, 60_000)

  it('with nothing on the other end, never holds a thread: status answers, other reads go on', async () => {
    const path = fifo() // no reader at all: a blocking open would wait for ever
    const { service } = serviceFor(path, characterDeviceCheck)
    const statuses = await within(
      15_000,
      Promise.all([1, 2, 3, 4].map(() => service.status(visit))),
    )
    expect(statuses).not.toBe('still waiting')
    for (const s of statuses as { ready: boolean; fault?: string }[])
      expect(s).toMatchObject({ ready: false, fault: 'offline' })
    await writeFile(join(dir, 'other.txt'), 'still reading')
    expect(await within(15_000, readFile(join(dir, 'other.txt'), 'utf8'))).toBe('still reading')

    // Even let through as a device (a test's check), it is opened without blocking.
    const standIn = serviceFor(path, async () => true).service
    const printed = await within(
      5000,
      standIn.printSlip({ visit, kind: 'place', slip: longSlip() }),
    )
    expect(printed).toMatchObject({ ok: false, fault: 'offline' })
  })

  it('refuses a path that is not a character device before opening it', async () => {
    const file = join(dir, 'pin.json')
    await writeFile(file, '{"pin":"kept"}')
    const { service, logs } = serviceFor(file, characterDeviceCheck)
    const result = await service.printSlip({ visit, kind: 'place', slip: syntheticSlip(576, 'x') })
    expect(result).toMatchObject({ ok: false, fault: 'offline' })
    expect(logs[0]?.message).toContain('is not a character device')
    expect(await readFile(file, 'utf8')).toBe('{"pin":"kept"}')
  })
})
