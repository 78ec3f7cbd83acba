/**
 * Chinese phone numbers as dialled inside China: emergency and government short numbers,
 * landlines with their area code, mobiles, and 400/800 service numbers.
 */
type PhoneKind = 'short' | 'landline' | 'mobile' | 'service'
type ParsedPhone = { kind: PhoneKind; digits: string; areaCode?: string }

const SEPARATORS = /[\s\-()（）]/g
/** 110 police, 112, 114 directory, 119 fire, 120 ambulance, 122 traffic accidents. */
const EMERGENCY = new Set(['110', '112', '114', '119', '120', '122'])
/** Government hotlines (12110, 12315, 12333, 12345, 12348, ...) and 95xxx/96xxx service numbers. */
const SHORT_SERVICE = /^(12\d{3}|9[56]\d{3,4})$/
const MOBILE = /^1[3-9]\d{9}$/
const SERVICE = /^[48]00\d{7}$/
/** Beijing (010) and 020–029 are three-digit area codes; every other area code has four. */
const AREA_CODE = /^(010|02\d|0[3-9]\d{2})$/
const SUBSCRIBER = /^[2-9]\d{6,7}$/

function parseLandline(compact: string, raw: string): ParsedPhone | undefined {
  const hyphenated = raw.trim().match(/^\(?(0\d{2,3})\)?[\s-]+(.+)$/)
  if (hyphenated) {
    const [, areaCode = '', rest = ''] = hyphenated
    const subscriber = rest.replace(SEPARATORS, '')
    if (!AREA_CODE.test(areaCode) || !SUBSCRIBER.test(subscriber)) return undefined
    return { kind: 'landline', digits: areaCode + subscriber, areaCode }
  }
  const areaLength = /^(010|02)/.test(compact) ? 3 : 4
  const areaCode = compact.slice(0, areaLength)
  const subscriber = compact.slice(areaLength)
  if (!AREA_CODE.test(areaCode) || !SUBSCRIBER.test(subscriber)) return undefined
  return { kind: 'landline', digits: compact, areaCode }
}

function parsePhone(n: string): ParsedPhone | undefined {
  const compact = n.replace(SEPARATORS, '')
  if (!/^\d+$/.test(compact)) return undefined
  if (EMERGENCY.has(compact) || SHORT_SERVICE.test(compact)) {
    return { kind: 'short', digits: compact }
  }
  if (MOBILE.test(compact)) return { kind: 'mobile', digits: compact }
  if (SERVICE.test(compact)) return { kind: 'service', digits: compact }
  if (compact.startsWith('0')) return parseLandline(compact, n)
  return undefined
}

/** True when `n` is a number a phone in China can dial; spaces, hyphens and brackets are allowed. */
export function isValidChinesePhone(n: string): boolean {
  return parsePhone(n) !== undefined
}

/**
 * Groups digits so a stressed reader can copy them down: 0431-8888-1234, 138-1234-5678,
 * 400-123-4567. Short numbers and anything unrecognised come back unchanged (trimmed).
 */
export function formatPhone(n: string): string {
  const parsed = parsePhone(n)
  if (parsed === undefined) return n.trim()
  const d = parsed.digits
  switch (parsed.kind) {
    case 'short':
      return d
    case 'mobile':
      return `${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`
    case 'service':
      return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`
    case 'landline': {
      const area = parsed.areaCode ?? ''
      const sub = d.slice(area.length)
      const split = sub.length === 8 ? 4 : 3
      return `${area}-${sub.slice(0, split)}-${sub.slice(split)}`
    }
  }
}

/** A `tel:` URI with separators removed, so a phone or QR reader dials exactly the digits. */
export function telUri(n: string): string {
  return `tel:${n.replace(/[^\d+]/g, '')}`
}
