// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defaultSettings, settingsSchema, type Settings } from '../../../common/settings/schema'
import { i18n } from '../../i18n'
import { patchFromDraft, splitGroups } from './settingsDraft'
import { UpdatesField } from './UpdatesField'

let last: Settings['updates'] | undefined

function Harness({ problems = {} }: { problems?: Record<string, string[]> }) {
  const [value, setValue] = useState(defaultSettings().updates)
  return (
    <UpdatesField
      value={value}
      problems={(field) => problems[field] ?? []}
      onChange={(v) => {
        last = v
        setValue(v)
      }}
    />
  )
}

beforeEach(async () => {
  last = undefined
  await i18n.changeLanguage('en')
})
afterEach(() => cleanup())

describe('updates settings', () => {
  it('adds a folder as staff, then makes it automatic and send-and-receive', () => {
    render(<Harness />)
    fireEvent.change(screen.getByLabelText('Folder to watch'), {
      target: { value: ' /srv/share ' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Add folder' }))
    expect(last?.watchFolders).toEqual([{ path: '/srv/share', policy: 'staff', sendStatus: false }])
    fireEvent.click(screen.getByRole('radio', { name: 'Automatic when nobody is using the kiosk' }))
    fireEvent.click(
      screen.getByRole('checkbox', { name: "Send this kiosk's status to this folder" }),
    )
    expect(last?.watchFolders).toEqual([
      { path: '/srv/share', policy: 'automatic', sendStatus: true },
    ])
    // What the screen sends is what the host accepts.
    expect(settingsSchema.parse({ updates: last }).updates.watchFolders[0]?.policy).toBe(
      'automatic',
    )
  })

  it('switches maintenance hours on and off; off is sent as null so the stored window goes', () => {
    render(<Harness />)
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Install automatic updates only during these hours' }),
    )
    expect(last?.automatic.window).toEqual({ from: '02:00', to: '05:00' })
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Install automatic updates only during these hours' }),
    )
    expect(last?.automatic.window).toBeUndefined()
    const patch = patchFromDraft({ ...defaultSettings(), updates: last! })
    expect(patch.updates).toMatchObject({ automatic: { window: null } })
  })

  it("shows the host's reason next to the folder it is about", () => {
    render(<Harness problems={{ 'watchFolders[0]': ['a folder path is needed'] }} />)
    fireEvent.change(screen.getByLabelText('Folder to watch'), { target: { value: 'x' } })
    fireEvent.click(screen.getByRole('button', { name: 'Add folder' }))
    expect(screen.getByText('a folder path is needed')).toBeTruthy()
  })

  it('reads groups as typed, with commas or spaces', () => {
    expect(splitGroups('canary, stations，halls  ')).toEqual(['canary', 'stations', 'halls'])
    expect(splitGroups('  ')).toEqual([])
  })
})
