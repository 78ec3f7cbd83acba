import { describe, expect, it } from 'vitest'
import { formatPhone, isValidChinesePhone, telUri } from './phone'

describe('isValidChinesePhone', () => {
  it.each(['110', '119', '120', '122', '12110', '12315', '12333', '12345', '12348', '95588'])(
    'accepts the short service number %s',
    (n) => expect(isValidChinesePhone(n)).toBe(true),
  )

  it.each([
    '0431-88881234',
    '043188881234',
    '0431-8888123',
    '010-62345678',
    '02162345678',
    '0431 8888 1234',
  ])('accepts the landline %s', (n) => expect(isValidChinesePhone(n)).toBe(true))

  it.each(['13812345678', '199 1234 5678', '138-1234-5678'])('accepts the mobile %s', (n) =>
    expect(isValidChinesePhone(n)).toBe(true),
  )

  it.each(['4001234567', '400-123-4567', '8001234567'])('accepts the service number %s', (n) =>
    expect(isValidChinesePhone(n)).toBe(true),
  )

  it.each([
    ['', 'empty'],
    ['123', 'unknown short number'],
    ['12', 'too short'],
    ['1234567', 'local number without area code'],
    ['12812345678', 'mobile prefix 12'],
    ['1381234567', 'mobile one digit short'],
    ['0431-0888123', 'subscriber starting with 0'],
    ['0431-888812345', 'subscriber too long'],
    ['04318888', 'landline too short'],
    ['0431-8888-abcd', 'letters'],
    ['01-88881234', 'area code too short'],
    ['4001234', '400 number too short'],
  ])('rejects %s (%s)', (n) => expect(isValidChinesePhone(n)).toBe(false))
})

describe('formatPhone', () => {
  it('groups an 8-digit landline 4-4 after the area code', () => {
    expect(formatPhone('043188881234')).toBe('0431-8888-1234')
  })

  it('groups a 7-digit landline 3-4', () => {
    expect(formatPhone('0431-8888123')).toBe('0431-888-8123')
  })

  it('keeps a three-digit area code', () => {
    expect(formatPhone('01062345678')).toBe('010-6234-5678')
  })

  it('groups mobiles 3-4-4 and service numbers 3-3-4', () => {
    expect(formatPhone('13812345678')).toBe('138-1234-5678')
    expect(formatPhone('4001234567')).toBe('400-123-4567')
  })

  it('leaves short numbers and unrecognised input unchanged', () => {
    expect(formatPhone('12345')).toBe('12345')
    expect(formatPhone(' not a number ')).toBe('not a number')
  })
})

describe('telUri', () => {
  it('strips separators', () => {
    expect(telUri('0431-8888 1234')).toBe('tel:043188881234')
    expect(telUri('120')).toBe('tel:120')
  })
})
