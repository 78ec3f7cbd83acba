import { describe, expect, it } from 'vitest'
import { mapImageSource } from './mapImageSource'

describe('mapImageSource', () => {
  it('serves relative paths from the content-files folder, encoded', () => {
    expect(mapImageSource('maps/railway station.svg')).toBe(
      'content-files/maps/railway%20station.svg',
    )
  })

  it('passes base64 image data URLs through', () => {
    const url = 'data:image/png;base64,iVBORw0KGgo='
    expect(mapImageSource(url)).toBe(url)
  })

  it('refuses anything that could leave the content folder or the app', () => {
    for (const bad of [
      '../secret.png',
      'maps/../../etc/passwd',
      '/etc/passwd',
      'C:\\maps\\a.png',
      'https://example.com/map.png',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'maps//a.png',
    ]) {
      expect(mapImageSource(bad), bad).toBeUndefined()
    }
  })
})
