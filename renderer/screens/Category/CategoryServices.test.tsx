// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { validContent } from '../../../common/content/fixtures/validContent'
import { testContent } from '../../share/placesTestContent'
import { DrawWholeContext } from '../../components/AfterFirstFrame'
import { renderWithKiosk } from '../../share/placesTestRender'
import { CategoryScreen } from './CategoryScreen'
import { FIRST_FRAME_SERVICES, SERVICES_PAGE } from './CategoryServices'

afterEach(cleanup)

const [template] = validContent.services
const [need] = validContent.categories
if (!template || !need) throw new Error('the fixture has no service or need')

/** One need with 45 active services (and one inactive one that must never be listed). */
function contentWith(count: number) {
  const services = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `svc-${i + 1}`,
    name: { 'zh-Hans': `服务 ${i + 1}`, en: `Service ${i + 1}` },
    locationIds: [],
    phoneIds: [],
    categoryIds: [need.id],
    status: 'active' as const,
  }))
  const inactive = {
    ...template,
    id: 'svc-off',
    categoryIds: [need.id],
    status: 'inactive' as const,
  }
  return testContent({ categories: [need], services: [...services, inactive] })
}

const cards = () =>
  within(screen.getByRole('region', { name: 'Help you can get' })).getAllByRole('button', {
    name: /^Service \d+/,
  })

describe('a need with many services', () => {
  it('draws the first page, then the next per "show more" tap, focus on the first new', () => {
    const route = { name: 'category' as const, categoryId: need.id }
    renderWithKiosk(<CategoryScreen route={route} />, { content: contentWith(45) })
    expect(cards()).toHaveLength(SERVICES_PAGE)
    expect(cards()[0]?.textContent).toContain('Service 1')
    expect(screen.getByText(`${SERVICES_PAGE} of 45 services shown`)).toBeTruthy()

    fireEvent.click(screen.getByRole('button', { name: 'Show more services' }))
    expect(cards()).toHaveLength(2 * SERVICES_PAGE)
    expect(document.activeElement).toBe(cards()[SERVICES_PAGE])
    expect(cards()[SERVICES_PAGE]?.textContent).toContain(`Service ${SERVICES_PAGE + 1}`)

    fireEvent.click(screen.getByRole('button', { name: 'Show more services' }))
    expect(cards()).toHaveLength(45)
    expect(screen.queryByRole('button', { name: 'Show more services' })).toBeNull()
    expect(screen.queryByText(/services shown/)).toBeNull()
  })

  it('draws the first few in the frame that answers the tap, the rest of the page just after', async () => {
    const route = { name: 'category' as const, categoryId: need.id }
    renderWithKiosk(
      <DrawWholeContext.Provider value={() => false}>
        <CategoryScreen route={route} />
      </DrawWholeContext.Provider>,
      { content: contentWith(45) },
    )
    expect(FIRST_FRAME_SERVICES).toBeLessThan(SERVICES_PAGE)
    expect(cards()).toHaveLength(FIRST_FRAME_SERVICES)
    await waitFor(() => expect(cards()).toHaveLength(SERVICES_PAGE))
    expect(cards().map((b) => b.textContent?.match(/Service \d+/)?.[0])).toEqual(
      Array.from({ length: SERVICES_PAGE }, (_, i) => `Service ${i + 1}`),
    )
  })

  it('shows every service and no "show more" when they fit (what every need has today)', () => {
    const route = { name: 'category' as const, categoryId: need.id }
    renderWithKiosk(<CategoryScreen route={route} />, { content: contentWith(SERVICES_PAGE) })
    expect(cards()).toHaveLength(SERVICES_PAGE)
    expect(screen.queryByRole('button', { name: 'Show more services' })).toBeNull()
  })
})
