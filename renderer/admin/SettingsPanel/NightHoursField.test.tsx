// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { NightSchedule } from '../../../common/settings/nightSchedule'
import { defaultSettings } from '../../../common/settings/schema'
import { i18n } from '../../i18n'
import { NightHoursField } from './NightHoursField'
import { patchFromDraft } from './settingsDraft'

let last: NightSchedule | undefined

function Harness({ initial, problems = [] }: { initial?: NightSchedule; problems?: string[] }) {
  const [value, setValue] = useState(initial)
  return (
    <NightHoursField
      value={value}
      problems={problems}
      onChange={(v) => {
        last = v
        setValue(v)
      }}
    />
  )
}

const timeInput = (end: 'from' | 'to') =>
  document.querySelector<HTMLInputElement>(`[data-night-time="${end}"]`)

beforeEach(async () => {
  last = undefined
  await i18n.changeLanguage('en')
})
afterEach(() => {
  cleanup()
})

describe('night hours setting', () => {
  it('turns on with 22:00–06:00, edits the times, and turns off again', () => {
    render(<Harness />)
    expect(timeInput('from')).toBeNull()
    fireEvent.click(screen.getByRole('checkbox'))
    expect(last).toEqual({ from: '22:00', to: '06:00' })
    const to = timeInput('to')
    if (!to) throw new Error('no end time')
    fireEvent.change(to, { target: { value: '05:30' } })
    expect(last).toEqual({ from: '22:00', to: '05:30' })
    fireEvent.click(screen.getByRole('checkbox'))
    expect(last).toBeUndefined()
    expect(timeInput('to')).toBeNull()
  })

  it('shows the host’s reason next to the field', () => {
    render(
      <Harness
        initial={{ from: '22:00', to: '25:00' }}
        problems={['a time is HH:MM on the 24-hour clock, e.g. 22:30']}
      />,
    )
    const group = screen.getByRole('group', { name: 'Night screen' })
    expect(group.textContent).toContain('a time is HH:MM on the 24-hour clock')
    expect(group.getAttribute('aria-describedby')).toBe('setting-night-problems')
  })

  it('is sent in the settings patch, and null removes it', () => {
    const on = { ...defaultSettings(), nightSchedule: { from: '23:00', to: '05:00' } }
    expect(patchFromDraft(on).nightSchedule).toEqual({ from: '23:00', to: '05:00' })
    expect(patchFromDraft(defaultSettings()).nightSchedule).toBeNull()
  })
})
