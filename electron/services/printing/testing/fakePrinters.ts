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

/** Starts the fake printer on 127.0.0.1, on `port` (to switch one back on) or a free one. */
export async function startFakeTcpPrinter(port = 0): Promise<FakeTcpPrinter> {
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
  await new Promise<void>((resolve) => server.listen({ host: '127.0.0.1', port }, resolve))
  const address = server.address()
  if (address && typeof address === 'object') printer.port = address.port
  return printer
}
