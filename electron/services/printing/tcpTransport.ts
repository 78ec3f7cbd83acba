import { isIP, Socket } from 'node:net'
import { isPrivateOrLoopbackIp } from '../../../common/print/printerAddress'
import {
  PAPER_STATUS_REQUEST,
  PrintFailure,
  probeFromStatus,
  type PrinterTransport,
} from './printerTransport'

/** How long a probe waits for the status byte before calling the status unknown. */
const STATUS_WAIT_MS = 800
/** How long, after the last byte, a printer may keep the connection open before we close it. */
const CLOSE_GRACE_MS = 2000

function connect(host: string, port: number, signal: AbortSignal, label: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    // Checked again here, with Node's own reading of the address: anything that is not a plain
    // IP literal would go to DNS (issue 23, finding 3), and the settings may predate the rule.
    if (isIP(host) === 0 || !isPrivateOrLoopbackIp(host)) {
      return reject(
        new PrintFailure('offline', `${label}: not an IP address on this kiosk's own network`),
      )
    }
    const socket = new Socket()
    const onAbort = () => {
      socket.destroy()
      reject(new PrintFailure('timeout', `${label} did not answer in time`))
    }
    if (signal.aborted) return onAbort()
    signal.addEventListener('abort', onAbort, { once: true })
    socket.once('error', (err) => {
      signal.removeEventListener('abort', onAbort)
      socket.destroy()
      reject(new PrintFailure('offline', `${label} cannot be reached: ${err.message}`))
    })
    socket.connect({ host, port }, () => {
      signal.removeEventListener('abort', onAbort)
      socket.removeAllListeners('error')
      resolve(socket)
    })
  })
}

/**
 * A network receipt printer on raw TCP (port 9100, "JetDirect"). Two-way: the probe sends
 * DLE EOT 4 and reads the paper status; a printer that stays silent is taken as ready. The
 * address was checked to be on the kiosk's own network when the settings were saved.
 */
export function createTcpTransport(host: string, port: number): PrinterTransport {
  const label = `tcp ${host}:${port}`
  return {
    label,
    takes: 'escpos',
    async probe(signal) {
      let socket: Socket
      try {
        socket = await connect(host, port, signal, label)
      } catch (err) {
        const detail = err instanceof Error ? err.message : String(err)
        return { state: 'offline', detail }
      }
      const byte = await new Promise<number | undefined>((resolve) => {
        const done = (value: number | undefined) => {
          clearTimeout(timer)
          socket.destroy()
          resolve(value)
        }
        const timer = setTimeout(() => done(undefined), STATUS_WAIT_MS)
        socket.once('data', (data: Buffer) => done(data[0]))
        socket.once('error', () => done(undefined))
        signal.addEventListener('abort', () => done(undefined), { once: true })
        socket.write(PAPER_STATUS_REQUEST)
      })
      return probeFromStatus(byte, label)
    },
    async send(bytes, signal) {
      const socket = await connect(host, port, signal, label)
      // The printer's replies (status bytes) are not needed while printing.
      socket.resume()
      await new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          socket.destroy()
          reject(new PrintFailure('timeout', `${label} did not take the slip in time`))
        }
        signal.addEventListener('abort', onAbort, { once: true })
        socket.once('error', (err) => {
          signal.removeEventListener('abort', onAbort)
          socket.destroy()
          reject(new PrintFailure('failed', `${label} broke off while printing: ${err.message}`))
        })
        // Done when the printer has closed its side too: a printer that resets the connection
        // part way (out of paper, power cut) shows up as an error instead of a false success.
        // One that keeps the connection open after taking every byte is let go after a grace.
        socket.once('close', () => {
          clearTimeout(grace)
          signal.removeEventListener('abort', onAbort)
          resolve()
        })
        let grace: NodeJS.Timeout | undefined
        socket.end(bytes, () => {
          grace = setTimeout(() => socket.destroy(), CLOSE_GRACE_MS)
        })
      })
    },
  }
}
