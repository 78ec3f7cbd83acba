import { constants } from 'node:fs'
import { open, stat, type FileHandle } from 'node:fs/promises'
import { isPrinterDevicePath } from '../../../common/print/printerAddress'
import { errorCode } from '../durableFs'
import {
  PAPER_STATUS_REQUEST,
  PrintFailure,
  probeFromStatus,
  type PrinterTransport,
  whenAborted,
} from './printerTransport'

/** How long a probe gives a USB printer to answer DLE EOT 4. */
const STATUS_WAIT_MS = 300
/** How long to wait before trying again when the printer's buffer is full (EAGAIN). */
const RETRY_MS = 20

/**
 * Says whether `path` may be written as a printer: true, or why not. The default takes only a
 * printer device path (isPrinterDevicePath) that is a character device right now, so a file —
 * even one a link in /dev points at — is never written. Tests give their own check to stand a
 * FIFO or a plain file in for a printer.
 */
export type DeviceCheck = (path: string) => Promise<true | string>

export const printerDeviceCheck: DeviceCheck = async (path) => {
  if (!isPrinterDevicePath(path)) return 'is not a printer device path'
  // A COM/LPT name is a device by the path rule alone on Windows (no stat tells it there),
  // and names nothing on Linux (it would be a file in the working folder).
  const windowsPort = !path.startsWith('/')
  if (windowsPort) return process.platform === 'win32' ? true : 'is a Windows port name'
  return characterDeviceCheck(path)
}

/** The second half of printerDeviceCheck: a character device right now (stat follows links). */
export const characterDeviceCheck: DeviceCheck = async (path) =>
  (await stat(path)).isCharacterDevice() ? true : 'is not a character device (a printer is one)'

function reason(err: unknown): string {
  const code = errorCode(err)
  if (code === 'ENOENT') return 'is not there (unplugged or switched off?)'
  if (code === 'EACCES' || code === 'EPERM')
    return 'may not be written by this user (see docs/printing.md: udev rule / lp group)'
  if (code === 'EAGAIN' || code === 'EWOULDBLOCK')
    return 'does not take data (out of paper, jammed, or a cover open?)'
  if (code === 'ENXIO') return 'has nothing on the other end'
  return `cannot be used: ${err instanceof Error ? err.message : String(err)}`
}

/** Opens the device without ever blocking a thread (O_NONBLOCK), never creating anything. */
async function openDevice(path: string, check: DeviceCheck, flags: number): Promise<FileHandle> {
  const verdict = await check(path)
  if (verdict !== true) throw new PrintFailure('offline', `device ${path} ${verdict}`)
  return open(path, flags | constants.O_NONBLOCK | constants.O_NOCTTY)
}

/**
 * Reads the paper status: DLE EOT 4 written, one read after a short wait, all non-blocking.
 * A printer that does not answer is "status unknown", which prints anyway; one whose buffer
 * does not take even these 3 bytes is not ready (EAGAIN, named by `reason`).
 */
async function readDeviceStatus(handle: FileHandle): Promise<number | undefined> {
  await handle.write(PAPER_STATUS_REQUEST)
  await new Promise((resolve) => setTimeout(resolve, STATUS_WAIT_MS))
  const buffer = Buffer.alloc(1)
  const { bytesRead } = await handle.read(buffer, 0, 1, null).catch(() => ({ bytesRead: 0 }))
  return bytesRead === 1 ? buffer[0] : undefined
}

/**
 * Writes all of `bytes`, waiting while the device says "later" (EAGAIN), until `signal` aborts.
 * Each write is non-blocking, so none is left holding one of libuv's four I/O threads after the
 * time limit (issue 23, finding 1: a blocking write to a printer out of paper once kept `busy`
 * set for good, and four stuck probes starved every other file read of the process).
 */
async function writeAll(handle: FileHandle, bytes: Buffer, signal: AbortSignal, label: string) {
  let written = 0
  // One promise for the whole slip (one listener on the signal, not one per write).
  const aborted = whenAborted(signal, `writing to ${label}`)
  aborted.catch(() => undefined)
  // However the time limit is noticed (between writes, or while a write is raced), the log says
  // how far the slip got: that tells staff a jammed head from a printer that never took a byte.
  const tooSlow = () =>
    new PrintFailure(
      'timeout',
      `${label} took only ${written} of ${bytes.length} bytes within the time limit`,
    )
  while (written < bytes.length) {
    if (signal.aborted) throw tooSlow()
    try {
      // Raced too, for Windows, where O_NONBLOCK means nothing and a write can still block.
      const { bytesWritten } = await Promise.race([
        handle.write(bytes, written, bytes.length - written),
        aborted,
      ])
      if (bytesWritten === 0) break
      written += bytesWritten
    } catch (err) {
      if (err instanceof PrintFailure) throw err.fault === 'timeout' ? tooSlow() : err
      const code = errorCode(err)
      if (code !== 'EAGAIN' && code !== 'EWOULDBLOCK') throw err
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS))
    }
  }
  if (written < bytes.length)
    throw new PrintFailure('failed', `${label} took ${written} of ${bytes.length} bytes`)
}

/**
 * An ESC/POS printer behind a device: `/dev/usb/lp0` on Linux (usblp), a USB serial port, or a
 * Windows COM/LPT port. Checked to be a printer device (a character device) before every open,
 * opened without O_CREAT so an unplugged printer is a clear "not there", and never opened or
 * written in a way that blocks (see writeAll). A write that stops short is a fault.
 */
export function createDeviceTransport(
  path: string,
  check: DeviceCheck = printerDeviceCheck,
): PrinterTransport {
  const label = `device ${path}`
  return {
    label,
    takes: 'escpos',
    async probe() {
      let handle: FileHandle | undefined
      try {
        // A plain file is only ever here as a test's stand-in (the default check refuses it):
        // being writable is all there is to know. Anything else answers DLE EOT 4 or not.
        const twoWay = !(await stat(path).catch(() => undefined))?.isFile()
        handle = await openDevice(path, check, twoWay ? constants.O_RDWR : constants.O_WRONLY)
        return probeFromStatus(twoWay ? await readDeviceStatus(handle) : undefined, label)
      } catch (err) {
        if (err instanceof PrintFailure) return { state: 'offline', detail: err.message }
        return { state: 'offline', detail: `${label} ${reason(err)}` }
      } finally {
        await handle?.close().catch(() => undefined)
      }
    },
    async send(bytes, signal) {
      let handle: FileHandle
      try {
        handle = await openDevice(path, check, constants.O_WRONLY | constants.O_APPEND)
      } catch (err) {
        if (err instanceof PrintFailure) throw err
        throw new PrintFailure('offline', `${label} ${reason(err)}`)
      }
      try {
        await writeAll(handle, bytes, signal, label)
      } catch (err) {
        if (err instanceof PrintFailure) throw err
        throw new PrintFailure('failed', `${label} failed while printing: ${reason(err)}`)
      } finally {
        // Not awaited: on Windows, where O_NONBLOCK means nothing, a write still in a thread
        // would hold the close until it ends; the visitor's answer must not wait for that.
        void handle.close().catch(() => undefined)
      }
    },
  }
}
