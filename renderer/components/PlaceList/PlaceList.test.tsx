// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { testContent, testLocation } from '../../share/placesTestContent'
import { renderWithKiosk } from '../../share/placesTestRender'
import { DrawWholeContext } from '../AfterFirstFrame'
import { FIRST_FRAME_PLACES, PlaceList } from './PlaceList'

afterEach(cleanup)

/** 45 places, place-1 nearest, each one a little further north of the kiosk at 43.9, 125.3. */
const locations = Array.from({ length: 45 }, (_, i) =>
  testLocation({
    id: `place-${i + 1}`,
    geo: { lat: 43.9 + (i + 1) * 0.001, lng: 125.3, crs: 'wgs84' },
    openingHours: '24/7',
  }),
).reverse()
const content = testContent({ locations })

const cards = () =>
  within(screen.getByRole('list', { name: 'Places, nearest first' })).getAllByRole('button')

describe('PlaceList limit', () => {
  it('draws only the nearest page, then the next ones per "show more" tap, focus on the first new', () => {
    renderWithKiosk(<PlaceList page={20} />, { content })
    expect(cards().map((b) => b.textContent?.match(/Place place-\d+/)?.[0])).toEqual(
      Array.from({ length: 20 }, (_, i) => `Place place-${i + 1}`),
    )
    expect(screen.getByText('20 of 45 places shown, nearest first')).toBeTruthy()

    fireEvent.click(screen.getByRole('button', { name: 'Show more places' }))
    expect(cards()).toHaveLength(40)
    expect(document.activeElement).toBe(cards()[20])
    expect(cards()[20]?.textContent).toContain('Place place-21')

    fireEvent.click(screen.getByRole('button', { name: 'Show more places' }))
    expect(cards()).toHaveLength(45)
    expect(screen.queryByRole('button', { name: 'Show more places' })).toBeNull()
    expect(screen.queryByText(/places shown/)).toBeNull()
  })

  it('draws the nearest few in the frame that answers the tap, the rest of the page just after', async () => {
    renderWithKiosk(
      <DrawWholeContext.Provider value={() => false}>
        <PlaceList page={20} />
      </DrawWholeContext.Provider>,
      { content },
    )
    expect(FIRST_FRAME_PLACES).toBeLessThan(20)
    expect(cards()).toHaveLength(FIRST_FRAME_PLACES)
    expect(screen.getByText('20 of 45 places shown, nearest first')).toBeTruthy()
    await waitFor(() => expect(cards()).toHaveLength(20))
    expect(cards().map((b) => b.textContent?.match(/Place place-\d+/)?.[0])).toEqual(
      Array.from({ length: 20 }, (_, i) => `Place place-${i + 1}`),
    )
  })

  it('shows only the nearest few and no "show more" when the screen links to the full list', () => {
    renderWithKiosk(<PlaceList page={5} showMore={false} />, { content })
    expect(cards()).toHaveLength(5)
    expect(cards()[0]?.textContent).toMatch(/Place place-1\D.*Open 24 hours/)
    expect(screen.queryByRole('button', { name: 'Show more places' })).toBeNull()
  })

  it('has no "show more" when every place fits', () => {
    renderWithKiosk(<PlaceList locationIds={['place-3', 'place-1']} />, { content })
    expect(cards().map((b) => b.textContent?.match(/Place place-\d+/)?.[0])).toEqual([
      'Place place-1',
      'Place place-3',
    ])
    expect(screen.queryByRole('button', { name: 'Show more places' })).toBeNull()
  })
})
