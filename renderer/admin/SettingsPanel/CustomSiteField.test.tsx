// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { i18n } from '../../i18n'
import { CustomSiteField } from './CustomSiteField'
import type { CustomSite } from './customSiteDraft'

const input = (field: string) => {
  const el = document.querySelector<HTMLInputElement>(`[data-custom-site="${field}"]`)
  if (!el) throw new Error(`no ${field} input`)
  return el
}
const type = (field: string, value: string) => fireEvent.change(input(field), { target: { value } })

let chosen: CustomSite[]

beforeEach(async () => {
  chosen = []
  await i18n.changeLanguage('en')
  render(<CustomSiteField value={undefined} problems={[]} onChange={(s) => chosen.push(s)} />)
})
afterEach(() => {
  cleanup()
})

describe('custom site entry', () => {
  it('says which fields are wrong and changes nothing', () => {
    type('lat', '95')
    fireEvent.click(screen.getByRole('button', { name: 'Use this site' }))
    const group = screen.getByRole('group', { name: /Custom site/ })
    expect(group.textContent).toContain('Enter the landmark name in Chinese.')
    expect(group.textContent).toContain('Latitude must be a number from -90 to 90')
    expect(group.textContent).toContain('Longitude must be a number from -180 to 180')
    expect(input('lat').getAttribute('aria-invalid')).toBe('true')
    expect(chosen).toEqual([])
  })

  it('hands a valid site to the settings draft, with the chosen coordinate system', () => {
    type('name', '人民广场')
    type('lat', '43.8868')
    type('lng', '125.3245')
    fireEvent.click(screen.getByRole('radio', { name: 'WGS-84 (GPS)' }))
    fireEvent.click(screen.getByRole('button', { name: 'Use this site' }))
    expect(chosen).toEqual([
      { name: { 'zh-Hans': '人民广场' }, geo: { lat: 43.8868, lng: 125.3245, crs: 'wgs84' } },
    ])
    expect(document.querySelector('[data-field-problems]')).toBeNull()
  })
})
