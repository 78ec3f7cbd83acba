import { createServer, type Server, type Socket } from 'node:net'

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

/**
 * Where a fake printer listens when no port is given: below Linux's ephemeral range (32768–60999
 * by default), so the kernel never hands its port to an outgoing connection while it is switched
 * off. With a kernel-chosen port, a CUPS backend's connection once took the port of a printer
 * switched off for a test, and switching it back on failed with EADDRINUSE.
 */
const FAKE_PORTS = { from: 20_000, to: 32_000 }
/** Tries before giving up: another port (none given), or the same one again after a pause. */
const LISTEN_TRIES = 50

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => {
      server.off('listening', onListening)
      reject(err)
    }
    const onListening = () => {
      server.off('error', onError)
      resolve()
    }
    server.once('error', onError)
    server.once('listening', onListening)
    server.listen({ host: '127.0.0.1', port })
  })
}

const inUse = (err: unknown) =>
  err instanceof Error && (err as NodeJS.ErrnoException).code === 'EADDRINUSE'

/**
 * Starts the fake printer on 127.0.0.1, on `port` (to switch one back on) or a free one. A port in
 * use is tried again (a given one after a pause, its other user being short-lived) before failing.
 */
export async function startFakeTcpPrinter(port?: number): Promise<FakeTcpPrinter> {
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
  for (let attempt = 1; ; attempt++) {
    const at =
      port ?? FAKE_PORTS.from + Math.floor(Math.random() * (FAKE_PORTS.to - FAKE_PORTS.from))
    try {
      await listen(server, at)
      break
    } catch (err) {
      if (!inUse(err) || attempt >= LISTEN_TRIES) throw err
      if (port !== undefined) await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  const address = server.address()
  if (address && typeof address === 'object') printer.port = address.port
  return printer
}
