/**
 * Whether `host` is an IP literal on the kiosk's own network: loopback or a private range.
 * A network printer is addressed by IP only (no DNS lookups that could point elsewhere), and the
 * kiosk must never send bytes to the internet, so anything public is refused in the settings.
 * Only canonical literals count (a subset of what Node's `net.isIP` accepts): `010.8.8.8` once
 * read as 10.8.8.8 here but went to DNS in Node, where glibc reads it as octal — 8.8.8.8
 * (issue 23, finding 3). The TCP transport checks again with `net.isIP` before connecting.
 */
export function isPrivateOrLoopbackIp(host: string): boolean {
  const version = ipVersion(host)
  if (version === 4) {
    const [a, b] = host.split('.').map(Number) as [number, number]
    return (
      a === 127 || // loopback
      a === 10 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254) // link-local: a printer on a direct cable without DHCP
    )
  }
  if (version !== 6) return false
  const v6 = host.toLowerCase()
  if (v6 === '::1') return true
  // Unique local (fc00::/7) and link-local (fe80::/10) IPv6. A zone (`fe80::1%eth0`) is refused.
  if (!/^[0-9a-f:]+$/.test(v6)) return false
  const first = parseInt(v6.split(':')[0] || '0', 16)
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80
}

/**
 * Whether `path` names a printer device: a USB printer (`/dev/usb/lp*`, including udev links
 * made there), a USB serial printer (`/dev/ttyUSB*`, `/dev/ttyACM*`), or a Windows port
 * (`COMn`, `LPTn`, `\\.\COMn`). Never a file or a UNC path: a test slip once went 20 KB into
 * `<data>/admin/pin.json`, and `\\host\share` would open SMB to any host (issue 23, finding 4).
 * The transport also checks that it is a character device before writing.
 */
export function isPrinterDevicePath(path: string): boolean {
  return (
    /^\/dev\/usb\/lp[A-Za-z0-9_-]*$/.test(path) ||
    /^\/dev\/tty(USB|ACM)[0-9]+$/.test(path) ||
    /^(\\\\\.\\)?(COM[1-9][0-9]?|LPT[1-9])$/i.test(path)
  )
}

const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])'
const IPV4 = new RegExp(`^${OCTET}(\\.${OCTET}){3}$`)

/**
 * 4 or 6 for a canonical IP literal, else 0: dotted decimal without leading zeros, or IPv6 as
 * hex groups with at most one `::` (no zone, no embedded IPv4). Written here rather than with
 * `node:net` because the renderer's settings form uses the same schema.
 */
function ipVersion(host: string): 0 | 4 | 6 {
  if (IPV4.test(host)) return 4
  if (!/^[0-9A-Fa-f:]+$/.test(host)) return 0
  const halves = host.split('::')
  if (halves.length > 2) return 0
  const groups = halves.map((h) => (h === '' ? [] : h.split(':')))
  if (groups.flat().some((g) => !/^[0-9A-Fa-f]{1,4}$/.test(g))) return 0
  const count = groups.flat().length
  return (halves.length === 2 ? count <= 7 : count === 8) ? 6 : 0
}
