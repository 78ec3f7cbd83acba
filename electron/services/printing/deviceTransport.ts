import { constants } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import { errorCode } from '../durableFs'
import {
  PAPER_STATUS_REQUEST,
  PrintFailure,
  probeFromStatus,
  whenAborted,
  type PrinterTransport,
} from './printerTransport'

/** How long a probe gives a USB printer to answer DLE EOT 4. */
const STATUS_WAIT_MS = 300

function reason(err: unknown): string {
  const code = errorCode(err)
  if (code === 'ENOENT') return 'is not there (unplugged or switched off?)'
  if (code === 'EACCES' || code === 'EPERM')
    return 'may not be written by this user (see docs/printing.md: udev rule / lp group)'
  return `cannot be used: ${err instanceof Error ? err.message : String(err)}`
}

/**
 * Reads the paper status from a character device (a USB printer on Linux, /dev/usb/lpN) without
 * ever blocking: opened non-blocking, DLE EOT 4 written, one read after a short wait. A printer
 * that does not answer is "status unknown", which prints anyway.
 */
async function readDeviceStatus(path: string): Promise<number | undefined> {
  const handle = await open(path, constants.O_RDWR | constants.O_NONBLOCK)
  try {
    await handle.write(PAPER_STATUS_REQUEST)
    await new Promise((resolve) => setTimeout(resolve, STATUS_WAIT_MS))
    const buffer = Buffer.alloc(1)
    const { bytesRead } = await handle.read(buffer, 0, 1, null).catch(() => ({ bytesRead: 0 }))
    return bytesRead === 1 ? buffer[0] : undefined
  } finally {
    await handle.close()
  }
}

/**
 * An ESC/POS printer behind a device file: `/dev/usb/lp0` on Linux (usblp), or a file a test
 * reads back. The file is opened for writing without O_CREAT, so an unplugged printer is a
 * clear "not there" instead of a new file, and with O_APPEND so a test file keeps every slip.
 * A write that stops short of the whole slip is a fault, never a silent success.
 */
export function createDeviceTransport(path: string): PrinterTransport {
  const label = `device ${path}`
  return {
    label,
    async probe() {
      try {
        const info = await stat(path)
        if (!info.isCharacterDevice()) {
          // A plain file (tests, a spool file): writable is all there is to know.
          const handle = await open(path, constants.O_WRONLY | constants.O_APPEND)
          await handle.close()
          return { state: 'ready', paperLow: false }
        }
        return probeFromStatus(await readDeviceStatus(path), label)
      } catch (err) {
        return { state: 'offline', detail: `${label} ${reason(err)}` }
      }
    },
    async send(bytes, signal) {
      let handle
      try {
        handle = await open(path, constants.O_WRONLY | constants.O_APPEND)
      } catch (err) {
        throw new PrintFailure('offline', `${label} ${reason(err)}`)
      }
      try {
        let written = 0
        while (written < bytes.length) {
          const { bytesWritten } = await Promise.race([
            handle.write(bytes, written, bytes.length - written),
            whenAborted(signal, `writing to ${label}`),
          ])
          if (bytesWritten === 0) break
          written += bytesWritten
        }
        if (written < bytes.length)
          throw new PrintFailure('failed', `${label} took ${written} of ${bytes.length} bytes`)
      } catch (err) {
        if (err instanceof PrintFailure) throw err
        throw new PrintFailure('failed', `${label} failed while printing: ${String(err)}`)
      } finally {
        await handle.close().catch(() => undefined)
      }
    },
  }
}
