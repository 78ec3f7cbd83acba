// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Category, Content, Faq } from '../../../common/content/schema'
import { testContent } from '../../share/placesTestContent'
import { renderWithKiosk } from '../../share/placesTestRender'
import { FaqsScreen } from './FaqsScreen'
import { groupFaqs } from './groupFaqs'

afterEach(cleanup)

const category = (id: string, en: string, order: number): Category => ({
  id,
  name: { 'zh-Hans': id, en },
  icon: 'info',
  order,
})
const faq = (id: string, categoryIds: string[]): Faq => ({
  id,
  question: { 'zh-Hans': `问题${id}`, en: `Question ${id}?` },
  answer: { 'zh-Hans': `回答${id}`, en: `Answer ${id}.` },
  categoryIds,
})
const content: Content = testContent({
  categories: [category('wages', 'Unpaid wages', 2), category('shelter', 'Shelter', 1)],
  faqs: [faq('a', ['wages']), faq('b', ['shelter', 'wages']), faq('c', ['retired-category'])],
})

describe('groupFaqs', () => {
  it('groups by category order, repeats shared FAQs and keeps orphans last', () => {
    const groups = groupFaqs(content)
    expect(groups.map((g) => [g.category?.id, g.faqs.map((f) => f.id)])).toEqual([
      ['shelter', ['b']],
      ['wages', ['a', 'b']],
      [undefined, ['c']],
    ])
    expect(groupFaqs(content, 'wages').map((g) => g.category?.id)).toEqual(['wages'])
    expect(groupFaqs(content, 'nothing')).toEqual([])
  })
})

describe('FaqsScreen', () => {
  it('opens and closes an answer with a tap on its question', () => {
    renderWithKiosk(<FaqsScreen route={{ name: 'faqs', categoryId: 'wages' }} />, { content })
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Questions and answers')
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Unpaid wages',
    ])
    const question = screen.getByRole('button', { name: /Question a\?/ })
    const answer = screen.getByText('Answer a.').parentElement as HTMLElement
    expect(question.getAttribute('aria-expanded')).toBe('false')
    expect(answer.closest('[hidden]')).not.toBeNull()
    fireEvent.click(question)
    expect(question.getAttribute('aria-expanded')).toBe('true')
    expect(answer.closest('[hidden]')).toBeNull()
    expect(question.textContent).toContain('Hide answer')
    fireEvent.click(question)
    expect(answer.closest('[hidden]')).not.toBeNull()
  })

  it('says so when there are no FAQs', () => {
    renderWithKiosk(<FaqsScreen route={{ name: 'faqs' }} />, { content: { ...content, faqs: [] } })
    expect(screen.getByText('There are no questions and answers here yet.')).toBeTruthy()
  })
})
