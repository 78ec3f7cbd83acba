import { describe, expect, it } from 'vitest'
import { chromiumCandidates, findChromium, howToGetChromium } from './findChromium.mjs'

const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path)

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH over every system browser', () => {
    const env = { CHROMIUM_PATH: '/opt/chrome/chrome', PATH: '/usr/bin' }
    expect(findChromium(env, only('/opt/chrome/chrome', '/usr/bin/chromium'), '/pw/chrome')).toBe(
      '/opt/chrome/chrome',
    )
  })

  it('does not fall back silently when CHROMIUM_PATH points nowhere', () => {
    const env = { CHROMIUM_PATH: '/typo/chrome', PATH: '/usr/bin' }
    expect(findChromium(env, only('/usr/bin/chromium'), '/pw/chrome')).toBeUndefined()
  })

  it('takes /usr/bin/chromium before names found on PATH and before Playwright', () => {
    const env = { PATH: '/usr/local/bin' }
    const exists = only('/usr/local/bin/google-chrome', '/usr/bin/chromium', '/pw/chrome')
    expect(findChromium(env, exists, '/pw/chrome')).toBe('/usr/bin/chromium')
  })

  it('finds chromium-browser or google-chrome on PATH', () => {
    const env = { PATH: '/snap/bin:/usr/local/bin' }
    expect(findChromium(env, only('/snap/bin/chromium-browser'), '/pw/chrome')).toBe(
      '/snap/bin/chromium-browser',
    )
  })

  it("uses Playwright's own browser when nothing else exists, and nothing when it is absent", () => {
    const env = { PATH: '/usr/local/bin' }
    expect(findChromium(env, only('/pw/chrome'), '/pw/chrome')).toBe('/pw/chrome')
    expect(findChromium(env, only(), '/pw/chrome')).toBeUndefined()
  })

  it('lists each candidate once', () => {
    const list = chromiumCandidates({ PATH: '/usr/bin:/usr/bin' }, '/pw/chrome')
    expect(new Set(list).size).toBe(list.length)
    expect(list.at(-1)).toBe('/pw/chrome')
  })
})

describe('howToGetChromium', () => {
  it('names the apt packages on Linux and CHROMIUM_PATH everywhere', () => {
    expect(howToGetChromium('linux')).toContain('apt-get install -y chromium fonts-noto-cjk')
    expect(howToGetChromium('win32')).toContain('CHROMIUM_PATH')
    expect(howToGetChromium('darwin')).toContain('npx playwright install chromium')
  })
})
