// @vitest-environment jsdom
import { cleanup } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { RendererProblem } from '../../../common/api/rendererProblem'
import { planWalk } from '../../../common/domain/walk'
import { testContent, testLocation } from '../../share/placesTestContent'
import { renderWithKiosk } from '../../share/placesTestRender'
import { MapView } from './MapView'

afterEach(cleanup)

describe('MapView with a street map packed', () => {
  it('on a screen without WebGL draws the sketch and tells the host once, however many pages', () => {
    // A kiosk PC without a usable GPU driver: no WebGL context of either version.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)
    const place = testLocation({ id: 'shelter', geo: { lat: 43.905, lng: 125.31, crs: 'wgs84' } })
    const content = testContent({ locations: [place], basemap: { file: 'basemap.pmtiles' } })
    const walk = planWalk({ id: 'hall', geo: { lat: 43.9, lng: 125.3, crs: 'wgs84' } }, place)
    const problems: RendererProblem[] = []
    for (let page = 0; page < 3; page++) {
      const { container, unmount } = renderWithKiosk(<MapView place={place} walk={walk} />, {
        content,
        problems,
      })
      expect(container.querySelector('[data-map="schematic"]')).not.toBeNull()
      expect(container.querySelector('[data-map="street"]')).toBeNull()
      unmount()
    }
    expect(problems).toEqual([{ kind: 'map-webgl' }])
  })
})
