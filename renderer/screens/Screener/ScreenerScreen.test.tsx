// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Content, Phone, Service } from '../../../common/content/schema'
import { testContent } from '../../share/placesTestContent'
import { renderWithKiosk } from '../../share/placesTestRender'
import { ScreenerScreen } from './ScreenerScreen'

afterEach(cleanup)

const service = (id: string, en: string, phoneIds: string[] = []): Service => ({
  id,
  name: { 'zh-Hans': id, en },
  summary: { 'zh-Hans': '说明', en: `About ${en}` },
  eligibility: { description: { 'zh-Hans': '说明' } },
  benefits: [],
  howToApply: [],
  requiredDocuments: [],
  locationIds: [],
  phoneIds,
  categoryIds: ['help'],
  assuredDate: '2021-01-19',
  status: 'active',
})
const phone = (id: string, number: string, en: string, priority: number): Phone => ({
  id,
  number,
  name: { 'zh-Hans': en, en },
  available24h: true,
  priority,
  categoryIds: [],
})

const content: Content = testContent({
  services: [
    service('rescue', 'Rescue station help', ['rescue-line']),
    service('relief', 'Emergency relief'),
  ],
  phones: [
    phone('police', '110', 'Police', 1),
    phone('rescue-line', '043188888888', 'Rescue line', 3),
  ],
  screener: {
    questions: [
      {
        id: 'sleep',
        text: { 'zh-Hans': '今晚有地方睡吗？', en: 'Somewhere to sleep tonight?' },
        kind: 'yesno',
      },
      {
        id: 'from',
        text: { 'zh-Hans': '户口在哪里？', en: 'Where is your hukou?' },
        kind: 'oneOf',
        options: [
          { id: 'here', label: { 'zh-Hans': '本地', en: 'Here' } },
          { id: 'elsewhere', label: { 'zh-Hans': '外地', en: 'Elsewhere' } },
        ],
      },
      // A one-of question without options cannot be answered with a tap: it is skipped.
      { id: 'broken', text: { 'zh-Hans': '坏问题', en: 'Broken question' }, kind: 'oneOf' },
    ],
    rules: [
      { id: 'r1', when: [{ questionId: 'sleep', answer: 'no' }], serviceIds: ['rescue'] },
      {
        id: 'r2',
        when: [{ questionId: 'from', answer: 'elsewhere' }],
        serviceIds: ['relief', 'rescue'],
      },
    ],
  },
})

const tap = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }))

describe('ScreenerScreen', () => {
  it('asks one question at a time, goes back with the answer kept, then suggests services', () => {
    const { moves } = renderWithKiosk(<ScreenerScreen />, { content })
    expect(screen.getByText('Question 1 of 2')).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'Somewhere to sleep tonight?' })).toBeTruthy()
    expect(document.activeElement).toBe(document.body)
    tap('No')
    expect(screen.getByText('Question 2 of 2')).toBeTruthy()
    // A keypad user continues from the first answer of the next question.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Here' }))
    tap('Previous question')
    expect(screen.getByRole('button', { name: 'No' }).getAttribute('aria-pressed')).toBe('true')
    expect(screen.getByRole('button', { name: 'Yes' }).getAttribute('aria-pressed')).toBe('false')
    tap('No')
    tap('Elsewhere')
    expect(screen.queryByText('Broken question')).toBeNull()

    expect(document.activeElement).toBe(
      screen.getByRole('heading', { name: 'You may qualify for' }),
    )
    const suggestions = screen.getAllByRole('button', {
      name: /Rescue station help|Emergency relief/,
    })
    expect(suggestions.map((b) => b.textContent)).toEqual([
      expect.stringContaining('Rescue station help'),
      expect.stringContaining('Emergency relief'),
    ])
    expect(screen.getByText(/Even if nothing is listed, you can still ask/)).toBeTruthy()
    // The suggested service's own line comes first, then the most important hotline.
    const hotlines = screen.getAllByRole('button', { name: /0431-8888-8888|110/ })
    expect(hotlines[0]?.textContent).toContain('0431-8888-8888')
    expect(hotlines[1]?.textContent).toContain('110')

    fireEvent.click(suggestions[1] as HTMLElement)
    expect(moves).toEqual([{ name: 'service', serviceId: 'relief' }])
  })

  it('advises without excluding when nothing matches, and still ends with a hotline', () => {
    renderWithKiosk(<ScreenerScreen />, { content })
    tap('Yes')
    tap('Here')
    expect(screen.getByText('Nothing specific matched your answers.')).toBeTruthy()
    expect(screen.getByText(/Even if nothing is listed, you can still ask/)).toBeTruthy()
    expect(screen.getByRole('button', { name: /110/ })).toBeTruthy()
    tap('Start again')
    expect(screen.getByText('Question 1 of 2')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Yes' }).getAttribute('aria-pressed')).toBe('false')
  })

  it('forgets every answer when the session changes (idle reset)', () => {
    const view = renderWithKiosk(<ScreenerScreen />, { content, sessionId: 1 })
    tap('No')
    expect(screen.getByText('Question 2 of 2')).toBeTruthy()
    view.rerenderWith({ content, sessionId: 2 })
    expect(screen.getByText('Question 1 of 2')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'No' }).getAttribute('aria-pressed')).toBe('false')
  })

  it('with no questions in the content, says so and offers the hotline', () => {
    renderWithKiosk(<ScreenerScreen />, {
      content: { ...content, screener: { questions: [], rules: [] } },
    })
    expect(screen.getByText('There are no questions to answer right now.')).toBeTruthy()
    expect(screen.getByRole('button', { name: /110/ })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Start again' })).toBeNull()
  })

  it('speaks Korean and Chinese too', () => {
    renderWithKiosk(<ScreenerScreen />, { content, lang: 'ko' })
    expect(screen.getByText('질문 1 / 2')).toBeTruthy()
    expect(screen.getByRole('button', { name: '아니요' })).toBeTruthy()
    cleanup()
    renderWithKiosk(<ScreenerScreen />, { content, lang: 'zh-Hans' })
    expect(screen.getByText('第 1 题，共 2 题')).toBeTruthy()
    expect(screen.getByRole('button', { name: '否' })).toBeTruthy()
  })
})
