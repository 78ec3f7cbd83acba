// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Content, Notice } from '../../../common/content/schema'
import { testContent } from '../../share/placesTestContent'
import { renderWithKiosk } from '../../share/placesTestRender'
import { NoticeScreen } from '../Notice'
import { NoticesScreen } from './NoticesScreen'
import { sortNotices } from './sortNotices'

afterEach(cleanup)

const notice = (id: string, severity: Notice['severity'], en?: string): Notice => ({
  id,
  title: { 'zh-Hans': `通知${id}`, ...(en ? { en } : {}) },
  body: { 'zh-Hans': `第一段。\n\n第二段。`, ...(en ? { en: `${en} first.\n${en} second.` } : {}) },
  severity,
  validUntil: '2021-02-28',
})
const content: Content = testContent({
  notices: [notice('a', 'info', 'Info'), notice('b', 'urgent', 'Urgent'), notice('c', 'warning')],
})

describe('sortNotices', () => {
  it('puts urgent first, then warnings, then information', () => {
    expect(sortNotices(content.notices).map((n) => n.id)).toEqual(['b', 'c', 'a'])
  })
})

describe('NoticesScreen and NoticeScreen', () => {
  it('lists notices with their severity in words and opens one', () => {
    const { moves } = renderWithKiosk(<NoticesScreen />, { content })
    const buttons = screen.getAllByRole('button')
    expect(buttons.map((b) => b.textContent)).toEqual([
      expect.stringContaining('UrgentUrgent'),
      expect.stringMatching(/Important通知c/),
      expect.stringContaining('InformationInfo'),
    ])
    fireEvent.click(buttons[0] as HTMLElement)
    expect(moves).toEqual([{ name: 'notice', noticeId: 'b' }])
  })

  it('shows the body as paragraphs, marks a Chinese fallback, and says until when', () => {
    renderWithKiosk(<NoticeScreen route={{ name: 'notice', noticeId: 'c' }} />, { content })
    expect(screen.getByText('第一段。')).toBeTruthy()
    expect(screen.getByText('第二段。')).toBeTruthy()
    expect(screen.getAllByText('shown in Chinese').length).toBe(2)
    expect(screen.getByText('Valid until 2021-02-28')).toBeTruthy()
  })

  it('says so when there are no notices', () => {
    renderWithKiosk(<NoticesScreen />, { content: { ...content, notices: [] } })
    expect(screen.getByText('There are no notices right now.')).toBeTruthy()
  })
})
