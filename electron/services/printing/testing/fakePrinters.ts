import { chmod, mkdtemp, writeFile } from 'node:fs/promises'
import { createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A network receipt printer on 127.0.0.1: keeps what it receives, answers DLE EOT 4. */
export type FakeTcpPrinter = {
  port: number
  /** Every byte received on print connections (probe requests excluded). */
  received(): Buffer
  /** The status byte sent for DLE EOT 4 (0x12 = paper present); undefined = stay silent. */
  status: number | undefined
  /** When set, a print connection is cut after this many bytes (a write failing part way). */
  cutAfter: number | undefined
  close(): Promise<void>
}

export async function startFakeTcpPrinter(): Promise<FakeTcpPrinter> {
  const chunks: Buffer[] = []
  const sockets = new Set<Socket>()
  const printer: FakeTcpPrinter = {
    port: 0,
    status: 0x12,
    cutAfter: undefined,
    received: () => Buffer.concat(chunks),
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
  const server: Server = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => undefined)
    let size = 0
    socket.on('data', (data: Buffer) => {
      // A connection that starts with DLE EOT 4 alone is a probe; it gets the status byte.
      if (size === 0 && data.length === 3 && data[0] === 0x10 && data[1] === 0x04) {
        if (printer.status !== undefined) socket.write(Buffer.from([printer.status]))
        return
      }
      size += data.length
      chunks.push(data)
      if (printer.cutAfter !== undefined && size >= printer.cutAfter) socket.resetAndDestroy()
    })
    socket.on('end', () => socket.end())
  })
  await new Promise<void>((resolve) => server.listen({ host: '127.0.0.1', port: 0 }, resolve))
  const address = server.address()
  if (address && typeof address === 'object') printer.port = address.port
  return printer
}

/**
 * A CUPS-like `lp` on PATH: writes its arguments and stdin to files in `dir`, or fails / hangs
 * when `LP_STUB_MODE` says so. Returns the folder to put first on PATH.
 */
export async function createLpStub(): Promise<{ dir: string; args: string; data: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'kiosk-lp-'))
  const args = join(dir, 'args.txt')
  const data = join(dir, 'data.bin')
  const script = `#!/bin/sh
case "$LP_STUB_MODE" in
  fail) echo "lp: The printer or class does not exist." >&2; exit 1 ;;
  hang) exec sleep 60 ;;
esac
printf '%s\\n' "$@" > "${args}"
cat >> "${data}"
echo "request id is kiosk-1 (1 file(s))"
`
  await writeFile(join(dir, 'lp'), script)
  await chmod(join(dir, 'lp'), 0o755)
  return { dir, args, data }
}
