import { createHash } from 'node:crypto'
import { constants } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'

/** Why a capped read stopped; fs errors (ENOENT, ELOOP for a link…) pass through unchanged. */
export class CappedReadError extends Error {
  constructor(
    readonly kind: 'not-a-file' | 'too-large' | 'changed',
    message: string,
  ) {
    super(message)
  }
}

export interface CappedRead {
  bytes: Uint8Array
  sha256: string
}

/** Called between chunks; tests use it to pull the stick out mid-read. */
export type ReadProgress = (file: string, bytesRead: number) => void | Promise<void>

const CHUNK_BYTES = 1024 * 1024

/**
 * Never through a link (O_NOFOLLOW), and never waiting at the open (O_NONBLOCK): a FIFO planted
 * on a stick would otherwise block a libuv thread until a writer came, before fstat could refuse
 * it — four such opens stall every file read of the process. Windows has neither flag.
 */
const OPEN_FLAGS =
  process.platform === 'win32'
    ? constants.O_RDONLY
    : constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK

/** Human size for messages: "300 MB", "12 KB", "80 bytes". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`
  if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KB`
  return `${n} bytes`
}

// O_NONBLOCK: the open of a FIFO returns at once (and fstat then refuses it) instead of holding a
// libuv thread; a regular file (the only thing read) ignores the flag, so it need not be cleared.
const openNoFollow = (path: string) => open(path, OPEN_FLAGS)

/** fstat of an open file: a regular file of at most `cap` bytes, or a CappedReadError. */
async function checkedStat(handle: FileHandle, cap: number, label: string) {
  const info = await handle.stat()
  if (!info.isFile()) throw new CappedReadError('not-a-file', `${label} is not a regular file`)
  if (info.size > cap) {
    const [size, limit] = formatSizePair(info.size, cap)
    throw new CappedReadError('too-large', `${label} is ${size}, over the ${limit} limit`)
  }
  return info
}

/**
 * Two sizes for one message ("is X, but … allows Y"): rounded as formatBytes does, unless the
 * rounding would make them read the same ("85.3 KB, but … 85.3 KB"), then in exact bytes.
 */
export function formatSizePair(a: number, b: number): [string, string] {
  const [x, y] = [formatBytes(a), formatBytes(b)]
  if (x !== y || a === b) return [x, y]
  const exact = (n: number) => `${n.toLocaleString('en-US')} bytes`
  return [exact(a), exact(b)]
}

/**
 * The one way the services read a file they do not trust to be small: without following links
 * (O_NOFOLLOW + fstat, so a swap after lstat is caught), without blocking on a FIFO or device
 * (O_NONBLOCK + fstat: only a regular file is read), refusing more than `cap` bytes, and
 * stopping as soon as more arrive — a file that grows or lies about its size can never make the
 * kiosk read more than the cap. Returns the bytes and their sha256.
 */
export async function readCappedFile(
  path: string,
  cap: number,
  label: string,
  onProgress?: ReadProgress,
): Promise<CappedRead> {
  const handle = await openNoFollow(path)
  try {
    const info = await checkedStat(handle, cap, label)
    // One buffer of the size fstat reported: no chunk copies. One extra read proves the end.
    const bytes = Buffer.allocUnsafe(info.size)
    let total = 0
    while (total < bytes.length) {
      const length = Math.min(CHUNK_BYTES, bytes.length - total)
      const { bytesRead } = await handle.read(bytes, total, length, null)
      if (bytesRead === 0) break
      total += bytesRead
      await onProgress?.(label, total)
    }
    const { bytesRead: beyond } = await handle.read(Buffer.alloc(1), 0, 1, null)
    if (beyond > 0) throw new CappedReadError('changed', `${label} changed while it was being read`)
    const read = bytes.subarray(0, total)
    return { bytes: read, sha256: createHash('sha256').update(read).digest('hex') }
  } finally {
    await handle.close().catch(() => undefined)
  }
}

/**
 * Reads bytes `start`..`end` (inclusive) of a file the same careful way (no links, `cap` on the
 * whole file's size), for range requests: a 100 MB street map is served a tile at a time and
 * never read whole. Returns the bytes and the file's size at the time of reading.
 */
export async function readCappedRange(
  path: string,
  cap: number,
  label: string,
  range: (size: number) => { start: number; end: number } | undefined,
): Promise<{ bytes: Uint8Array; size: number; start: number; end: number } | { size: number }> {
  const handle = await openNoFollow(path)
  try {
    const info = await checkedStat(handle, cap, label)
    const wanted = range(info.size)
    if (!wanted) return { size: info.size }
    const bytes = Buffer.allocUnsafe(wanted.end - wanted.start + 1)
    let total = 0
    while (total < bytes.length) {
      const { bytesRead } = await handle.read(
        bytes,
        total,
        bytes.length - total,
        wanted.start + total,
      )
      if (bytesRead === 0)
        throw new CappedReadError('changed', `${label} changed while it was being read`)
      total += bytesRead
    }
    return { bytes, size: info.size, start: wanted.start, end: wanted.end }
  } finally {
    await handle.close().catch(() => undefined)
  }
}
