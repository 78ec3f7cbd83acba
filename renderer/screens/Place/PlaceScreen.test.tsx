// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Content, KioskMap, Phone } from '../../../common/content/schema'
import { PlaceList } from '../../components/PlaceList'
import { testContent, testLocation } from '../../share/placesTestContent'
import { renderWithKiosk } from '../../share/placesTestRender'
import { PlacesScreen } from '../Places'
import { PlaceScreen } from './PlaceScreen'

afterEach(cleanup)

const LONG = '长春市火车站南广场冬季夜间临时避寒救助点（供无处可去的旅客和流浪人员过夜）'
const line: Phone = {
  id: 'line',
  number: '043188888888',
  name: { 'zh-Hans': '值班电话', en: 'Duty phone' },
  available24h: true,
  priority: 3,
  categoryIds: [],
}
const near = testLocation({
  id: 'near',
  name: { 'zh-Hans': '夜间避寒点', en: 'Night warming point' },
  geo: { lat: 43.901, lng: 125.301, crs: 'wgs84' },
  openingHours: 'Mo-Su 20:00-08:00',
  address: { 'zh-Hans': '南广场东侧', en: 'East side of the south square' },
  phoneIds: ['line'],
  directions: {
    station: [
      { 'zh-Hans': '从南出口出站。', en: 'Leave by the south exit.' },
      { 'zh-Hans': '向东走300米。', en: 'Walk 300 m east.' },
    ],
  },
})
const far = testLocation({
  id: 'far',
  name: { 'zh-Hans': '救助站', en: 'Rescue station' },
  geo: { lat: 43.95, lng: 125.3, crs: 'gcj02' },
  openingHours: '24/7',
})
const chineseOnly = testLocation({ id: 'chinese-only', name: { 'zh-Hans': LONG } })
const content: Content = testContent({ locations: [chineseOnly, far, near], phones: [line] })

describe('PlaceList', () => {
  it('lists nearest first, unknown distance last, with open states', () => {
    const { moves } = renderWithKiosk(<PlaceList />, { content, now: '2021-01-20T22:00:00+08:00' })
    const items = within(screen.getByRole('list', { name: 'Places, nearest first' })).getAllByRole(
      'button',
    )
    expect(items.map((b) => b.textContent)).toEqual([
      expect.stringMatching(/Night warming point.*north-east.*Open now · closes at 08:00/),
      expect.stringMatching(/Rescue station.*km, north.*Open 24 hours/),
      expect.stringMatching(/Distance unknown.*Hours unknown — call ahead/),
    ])
    // A missing translation shows the Chinese name, tagged and marked.
    const fallback = items[2]?.querySelector('[lang="zh-Hans"]')
    expect(fallback?.textContent).toBe(LONG)
    expect(items[2]?.textContent).toContain('shown in Chinese')
    fireEvent.click(items[0] as HTMLElement)
    expect(moves).toEqual([{ name: 'place', locationId: 'near' }])
  })

  it('says so when there is nothing to list', () => {
    renderWithKiosk(<PlaceList locationIds={['gone']} />, { content })
    expect(screen.getByText(/No places are listed here/)).toBeTruthy()
  })

  it('explains an unsorted list when the kiosk has no coordinates', () => {
    const noSite = { ...content, kioskSites: [{ id: 'station', name: { 'zh-Hans': '车站' } }] }
    renderWithKiosk(<PlacesScreen route={{ name: 'places' }} />, { content: noSite })
    expect(screen.getByText(/position is not set/)).toBeTruthy()
    expect(screen.getAllByText('Distance unknown')).toHaveLength(3)
  })
})

describe('PlaceScreen', () => {
  it('shows phones, directions from this site, a schematic map and a QR code', () => {
    renderWithKiosk(<PlaceScreen route={{ name: 'place', locationId: 'near' }} />, {
      content,
      now: '2021-01-20T12:00:00+08:00',
    })
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Night warming point')
    expect(screen.getByText('Closed now · opens today at 20:00')).toBeTruthy()
    expect(screen.getByText('0431-8888-8888')).toBeTruthy()
    const steps = within(screen.getByRole('region', { name: 'How to get there from here' }))
    expect(steps.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Leave by the south exit.',
      'Walk 300 m east.',
    ])
    expect(screen.getByRole('img', { name: /^Sketch with north up.*You are here/ })).toBeTruthy()
    expect(
      screen.getByRole('img', {
        name: 'QR code with the address, hours and phone of Night warming point',
      }),
    ).toBeTruthy()
  })

  it('pins both points on the site map when the content has one that covers them', () => {
    const map: KioskMap = {
      id: 'area',
      siteId: 'station',
      file: 'maps/area.png',
      width: 1000,
      height: 800,
      bounds: { north: 43.91, south: 43.89, east: 125.32, west: 125.29 },
      crs: 'wgs84',
      alt: { 'zh-Hans': '车站周边', en: 'the station area' },
    }
    const { container } = renderWithKiosk(
      <PlaceScreen route={{ name: 'place', locationId: 'near' }} />,
      { content: { ...content, maps: [map] } },
    )
    const figure = screen.getByRole('img', { name: /Map of the station area.*You are here/ })
    expect(figure.querySelector('img')?.getAttribute('src')).toBe('content-files/maps/area.png')
    const here = container.querySelector<HTMLElement>('.map-marker--here')
    expect(parseFloat(here?.style.left ?? '')).toBeCloseTo(100 / 3, 6)
    expect(parseFloat(here?.style.top ?? '')).toBeCloseTo(50, 6)
    // The far place lies outside the picture: its page falls back to the schematic.
    cleanup()
    renderWithKiosk(<PlaceScreen route={{ name: 'place', locationId: 'far' }} />, {
      content: { ...content, maps: [map] },
    })
    expect(screen.getByRole('img', { name: /^Sketch with north up/ })).toBeTruthy()
  })

  it('explains a missing address, phone and position instead of leaving blanks', () => {
    renderWithKiosk(<PlaceScreen route={{ name: 'place', locationId: 'chinese-only' }} />, {
      content,
    })
    expect(screen.getByText(/Address not yet confirmed/)).toBeTruthy()
    expect(screen.getByText('No phone number is listed.')).toBeTruthy()
    expect(screen.getByText(/No map: the exact position of this place/)).toBeTruthy()
    expect(screen.getAllByText('Hours unknown — call ahead').length).toBeGreaterThan(0)
    expect(screen.queryByRole('region', { name: 'How to get there from here' })).toBeNull()
  })

  it('says the hours once: the badge for 24 hours, the note only when it adds (issue 22)', () => {
    const open = (hoursNote: (typeof far)['hoursNote']) => {
      cleanup()
      const place = { ...far, hoursNote }
      renderWithKiosk(<PlaceScreen route={{ name: 'place', locationId: 'far' }} />, {
        content: { ...content, locations: [place] },
      })
      return document.querySelector('[data-screen="place"]')?.textContent ?? ''
    }
    expect(open(undefined).match(/Open 24 hours/g)).toHaveLength(1)
    expect(screen.queryByRole('region', { name: 'Opening hours' })).toBeNull()
    expect(open({ 'zh-Hans': '24小时开放', en: 'Open 24 hours' }).match(/24 hours/g)).toHaveLength(
      1,
    )
    const withNote = open({ 'zh-Hans': '夜间请按门铃', en: 'At night, ring the bell.' })
    expect(withNote.match(/Open 24 hours/g)).toHaveLength(1)
    const hours = within(screen.getByRole('region', { name: 'Opening hours' }))
    expect(hours.getByText('At night, ring the bell.')).toBeTruthy()
  })

  it("weekly hours: today's state in the badge, the week in the hours section, once each", () => {
    renderWithKiosk(<PlaceScreen route={{ name: 'place', locationId: 'near' }} />, {
      content,
      now: '2021-01-20T12:00:00+08:00',
    })
    expect(screen.getAllByText('Closed now · opens today at 20:00')).toHaveLength(1)
    const hours = within(screen.getByRole('region', { name: 'Opening hours' }))
    expect(hours.getByText('Mon–Sun 20:00–08:00')).toBeTruthy()
  })

  it('shows the not-found page for a place that no longer exists', () => {
    renderWithKiosk(<PlaceScreen route={{ name: 'place', locationId: 'gone' }} />, { content })
    expect(screen.getByRole('button', { name: 'Back to the start' })).toBeTruthy()
  })
})
