// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { holidayDay } from '../../../common/domain/holidays'
import { validContent } from '../../../common/content/fixtures/validContent'
import { fakeKioskApi } from '../../test/fakeKioskApi'
import { renderScreen } from '../../test/renderKiosk'
import { screenScript } from '../../speech/screenScript'
import { STEP_LABEL } from '../../../common/speech/spokenText'
import { warningsFor } from '../../../common/present/present'
import { wordsFor } from '../../../common/i18n/words'

afterEach(cleanup)

const english = { defaultLanguage: 'en' as const }

describe('sample and review-date lines', () => {
  it('says on every screen that sample content is a demonstration', async () => {
    const content = structuredClone(validContent)
    content.dataset.sample = true
    for (const route of [
      { name: 'home' as const },
      { name: 'service' as const, serviceId: 'rescue' },
      { name: 'hotlines' as const },
    ]) {
      await renderScreen(fakeKioskApi({ content, settings: english }), route)
      expect(screen.getByRole('note').textContent).toBe(
        'Demonstration content: not confirmed by the offices named. Check with them before you rely on it.',
      )
      cleanup()
    }
  })

  it('shows no sample line for confirmed content', async () => {
    await renderScreen(fakeKioskApi({ content: validContent, settings: english }), { name: 'home' })
    expect(screen.queryByTestId('sample-notice')).toBeNull()
  })

  it('keeps a service past its review date, saying whom to call to check', async () => {
    const content = structuredClone(validContent)
    content.dataset.reviewBy = '2021-01-17'
    const api = fakeKioskApi({ content, settings: english, now: '2021-01-18T10:00:00+08:00' })
    await renderScreen(api, { name: 'service', serviceId: 'rescue' })
    // The rescue service's only hotline is 110: an emergency number is never offered to check.
    expect(screen.getByTestId('stale-notice').textContent).toBe(
      'This information may be out of date — check with the office before you go.',
    )
  })

  it('names the hotline of the same need when there is one', async () => {
    const content = structuredClone(validContent)
    content.dataset.reviewBy = '2021-01-17'
    const api = fakeKioskApi({ content, settings: english, now: '2021-01-18T10:00:00+08:00' })
    await renderScreen(api, { name: 'service', serviceId: 'winter' })
    expect(screen.getByTestId('stale-notice').textContent).toMatch(
      /^This information may be out of date — call 0431.*1234 to check\.$/,
    )
  })

  it('says nothing about review before the review date', async () => {
    const content = structuredClone(validContent)
    content.dataset.reviewBy = '2021-01-18'
    const api = fakeKioskApi({ content, settings: english, now: '2021-01-18T10:00:00+08:00' })
    await renderScreen(api, { name: 'service', serviceId: 'rescue' })
    expect(screen.queryByTestId('stale-notice')).toBeNull()
  })

  it.each(['zh-Hans', 'ko'] as const)(
    'read aloud in %s says both lines with the place, as the slip prints them',
    async (lang) => {
      const content = structuredClone(validContent)
      content.dataset.sample = true
      content.dataset.reviewBy = '2021-01-17'
      const place = content.locations[0]!
      const api = fakeKioskApi({
        content,
        settings: { defaultLanguage: lang },
        now: '2021-01-18T10:00:00+08:00',
      })
      const { container } = await renderScreen(api, { name: 'place', locationId: place.id })
      const root = container.querySelector('[data-screen="place"]')!
      const spoken = screenScript(root, lang, { step: STEP_LABEL[lang], actions: '' })
      const ctx = {
        content,
        lang,
        now: new Date('2021-01-18T10:00:00+08:00'),
        holidayDay,
        t: wordsFor(lang),
      }
      const printed = warningsFor(place, ctx, place.phoneIds).map((w) => w.text)
      expect(printed.map((w) => w.slice(0, 6))).toEqual(
        lang === 'ko' ? ['시연용 내용', '이 정보는 '] : ['演示内容：本', '这条信息可能'],
      )
      for (const line of printed) expect(spoken).toContain(line)
    },
  )
})
