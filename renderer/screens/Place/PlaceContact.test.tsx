// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Content, Phone } from '../../../common/content/schema'
import { testContent, testLocation } from '../../share/placesTestContent'
import { renderWithKiosk } from '../../share/placesTestRender'
import { PlaceScreen } from './PlaceScreen'

afterEach(cleanup)

const hotline: Phone = {
  id: 'wages',
  number: '12333',
  name: { 'zh-Hans': '人社热线', en: 'Labour hotline' },
  available24h: false,
  priority: 2,
  categoryIds: [],
}
const noAddress = testLocation({ id: 'office', name: { 'zh-Hans': '办事处', en: 'Office' } })

function contentWithStaff(staffOnHand: boolean | undefined): Content {
  const content = testContent({ locations: [noAddress], phones: [hotline] })
  if (staffOnHand !== undefined) content.kioskSites[0]!.staffOnHand = staffOnHand
  return content
}

const route = { name: 'place' as const, locationId: 'office' }

describe('"ask staff" only where staff are on hand', () => {
  it('at a station with staff, a missing address says to ask staff', () => {
    renderWithKiosk(<PlaceScreen route={route} />, { content: contentWithStaff(true) })
    expect(
      screen.getByText('Address not yet confirmed — please ask staff at this station.'),
    ).toBeTruthy()
  })

  it('on a street without staff, it points to the hotline instead', () => {
    renderWithKiosk(<PlaceScreen route={route} />, { content: contentWithStaff(false) })
    expect(screen.queryByText(/ask staff/i)).toBeNull()
    expect(
      screen.getByText(/^Address not yet confirmed — call the hotline 12333 to ask\.$/),
    ).toBeTruthy()
  })

  it('counts a site that does not say as one without staff', () => {
    renderWithKiosk(<PlaceScreen route={route} />, { content: contentWithStaff(undefined) })
    expect(screen.queryByText(/ask staff/i)).toBeNull()
  })
})
