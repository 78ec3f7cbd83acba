import { isIP } from 'node:net'
import { describe, expect, it } from 'vitest'
import { isPrivateOrLoopbackIp } from '../../../common/print/printerAddress'
import { createTcpTransport } from './tcpTransport'

// Issue 23, finding 3: an address the settings check read one way and the socket another.
describe('network printer addresses', () => {
  it('takes only IP literals that Node reads the same way (no leading zeros, no short forms)', () => {
    // Node's isIP refuses these, so a socket would look them up in DNS, where glibc reads
    // 010.8.8.8 as octal: 8.8.8.8 (issue 23, finding 3).
    for (const odd of ['010.8.8.8', '10.08.1.1', '0x7f.0.0.1', '127.1', '10.1', '0177.0.0.1']) {
      expect(isIP(odd), odd).toBe(0)
      expect(isPrivateOrLoopbackIp(odd), odd).toBe(false)
    }
    for (const ok of ['10.8.8.8', '127.0.0.1', '::1', 'fd00::1:2', 'fe80:0:0:0:0:0:0:1']) {
      expect(isIP(ok), ok).not.toBe(0)
      expect(isPrivateOrLoopbackIp(ok), ok).toBe(true)
    }
    for (const bad of ['fd00:::1', 'fd00::1::2', 'fd00:12345::1', 'fe80::1%eth0', '1:2:3:4:5:6:7'])
      expect(isPrivateOrLoopbackIp(bad), bad).toBe(false)
  })

  it('checks the address again before connecting (settings may predate the rule)', async () => {
    for (const host of ['010.8.8.8', '8.8.8.8', 'printer.example.com']) {
      const transport = createTcpTransport(host, 9100)
      expect(await transport.probe(AbortSignal.timeout(2000)), host).toEqual({
        state: 'offline',
        detail: `tcp ${host}:9100: not an IP address on this kiosk's own network`,
      })
      await expect(
        transport.send(Buffer.from('slip'), AbortSignal.timeout(2000)),
        host,
      ).rejects.toThrow('not an IP address')
    }
  })
})
