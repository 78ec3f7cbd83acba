/**
 * Whether `host` is an IP literal on the kiosk's own network: loopback or a private range.
 * A network printer is addressed by IP only (no DNS lookups that could point elsewhere), and the
 * kiosk must never send bytes to the internet, so anything public is refused in the settings.
 */
export function isPrivateOrLoopbackIp(host: string): boolean {
  const v4 = parseIpv4(host)
  if (v4) {
    const [a, b] = v4
    return (
      a === 127 || // loopback
      a === 10 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254) // link-local: a printer on a direct cable without DHCP
    )
  }
  const v6 = host.toLowerCase()
  if (v6 === '::1') return true
  // Unique local (fc00::/7) and link-local (fe80::/10) IPv6, written as full hex groups.
  if (!/^[0-9a-f:]+$/.test(v6) || !v6.includes(':')) return false
  const first = parseInt(v6.split(':')[0] || '0', 16)
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80
}

function parseIpv4(host: string): [number, number, number, number] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host)
  if (!m) return undefined
  const parts = m.slice(1).map(Number)
  if (parts.some((n) => n > 255)) return undefined
  return parts as [number, number, number, number]
}
