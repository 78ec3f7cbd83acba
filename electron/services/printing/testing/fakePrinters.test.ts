import { createServer, type Server } from 'node:net'
import { describe, expect, it } from 'vitest'
import { startFakeTcpPrinter } from './fakePrinters'

const listening = (server: Server, port: number) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen({ host: '127.0.0.1', port }, resolve)
  })

describe('the fake network printer', () => {
  it('listens below the ephemeral range, where no outgoing connection can take its port', async () => {
    const printer = await startFakeTcpPrinter()
    try {
      expect(printer.port).toBeGreaterThanOrEqual(20_000)
      expect(printer.port).toBeLessThan(32_768)
    } finally {
      await printer.close()
    }
  })

  it('switched back on while its port is still taken, waits for the port instead of failing', async () => {
    const first = await startFakeTcpPrinter()
    const port = first.port
    await first.close()
    const squatter = createServer()
    await listening(squatter, port)
    setTimeout(() => squatter.close(), 300)
    const again = await startFakeTcpPrinter(port)
    try {
      expect(again.port).toBe(port)
    } finally {
      await again.close()
    }
  })

  it('fails at once on a port it can never have, instead of trying again', async () => {
    await expect(startFakeTcpPrinter(70_000)).rejects.toThrow(/port/i)
  })
})
