// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { validContent } from '../../../common/content/fixtures/validContent'
import { i18n } from '../../i18n'
import { testContent } from '../../share/placesTestContent'
import { renderWithKiosk } from '../../share/placesTestRender'
import { LocalText } from './LocalText'

afterEach(cleanup)

const content = testContent({ categories: validContent.categories })
const chineseOnly = { 'zh-Hans': '救助站' }
const translated = { 'zh-Hans': '救助站', en: 'Rescue station' }

describe('LocalText', () => {
  it('shows the visitor language, tagged with it, and no marker when the text has it', () => {
    const { container } = renderWithKiosk(<LocalText value={translated} />, { content, lang: 'en' })
    expect(screen.getByText('Rescue station').getAttribute('lang')).toBe('en')
    expect(container.querySelector('.fallback-mark')).toBeNull()
  })

  it('marks Chinese standing in for a missing translation, in the visitor language', () => {
    renderWithKiosk(<LocalText value={chineseOnly} />, { content, lang: 'ko' })
    expect(screen.getByText('救助站').getAttribute('lang')).toBe('zh-Hans')
    expect(screen.getByText('중국어로 표시됨')).toBeTruthy()
  })

  it('the marker follows a language switch', async () => {
    const view = renderWithKiosk(<LocalText value={chineseOnly} />, { content, lang: 'ko' })
    await act(async () => {
      await i18n.changeLanguage('en')
    })
    view.rerenderWith({ content, lang: 'en' })
    expect(screen.getByText('shown in Chinese')).toBeTruthy()
    expect(screen.queryByText('중국어로 표시됨')).toBeNull()
  })

  it('renders nothing for absent text', () => {
    const { container } = renderWithKiosk(<LocalText value={undefined} />, { content })
    expect(container.innerHTML).toBe('')
  })
})
