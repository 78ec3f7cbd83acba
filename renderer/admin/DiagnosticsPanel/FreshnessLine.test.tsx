// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '../../i18n'
import { fakeAdminApi } from '../testing/fakeAdminApi'
import { FreshnessLine } from './FreshnessLine'

async function renderIn(language: string) {
  await i18n.changeLanguage(language)
  const fake = fakeAdminApi({ pin: '112233' })
  const login = await fake.api.login('112233')
  if (!login.ok) throw new Error('no session')
  render(<FreshnessLine admin={fake.api} session={login.session} onSessionLost={() => {}} />)
  for (let i = 0; i < 5; i++) await act(async () => Promise.resolve())
}

afterEach(() => cleanup())

describe('the content freshness line on the Diagnostics tab', () => {
  it('says how many items are past their review date and how many are due soon', async () => {
    await renderIn('en')
    expect(screen.getByText('2 items past their review date, 5 due within 30 days')).toBeTruthy()
  })

  it('says it in Chinese and Korean too', async () => {
    await renderIn('zh-Hans')
    expect(document.querySelector('[data-content-freshness="2/5"]')?.textContent).toContain('30')
    cleanup()
    await renderIn('ko')
    expect(document.querySelector('[data-content-freshness]')?.textContent).toContain('2')
  })
})
