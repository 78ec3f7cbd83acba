// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { i18n } from '../../i18n'
import { fakeAdminApi } from '../testing/fakeAdminApi'
import { AppControl } from './AppControl'

async function flush() {
  for (let i = 0; i < 10; i++) {
    await act(async () => {
      await Promise.resolve()
    })
  }
}

async function renderSignedIn(hostControl: boolean) {
  const fake = fakeAdminApi({ pin: '112233', hostControl })
  const login = await fake.api.login('112233')
  if (!login.ok) throw new Error('no session')
  render(<AppControl admin={fake.api} session={login.session} onSessionLost={() => {}} />)
  await flush()
  return fake
}

beforeEach(async () => {
  await i18n.changeLanguage('en')
})
afterEach(() => {
  cleanup()
})

describe('restart and exit in maintenance', () => {
  it('shows nothing where the host cannot restart or quit (browser host)', async () => {
    await renderSignedIn(false)
    expect(document.querySelector('[data-admin-app-control]')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Restart the kiosk app' })).toBeNull()
  })

  it('restarts only after a confirmation', async () => {
    const fake = await renderSignedIn(true)
    fireEvent.click(screen.getByRole('button', { name: 'Restart the kiosk app' }))
    expect(fake.hostCalls).toEqual([])
    fireEvent.click(screen.getByRole('button', { name: 'Yes, restart' }))
    await flush()
    expect(fake.hostCalls).toEqual(['restart'])
    expect(screen.getByRole('status').textContent).toBe('Restarting…')
  })

  it('exits to the desktop after a confirmation, and cancel does nothing', async () => {
    const fake = await renderSignedIn(true)
    fireEvent.click(screen.getByRole('button', { name: 'Exit to the desktop' }))
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(fake.hostCalls).toEqual([])
    fireEvent.click(screen.getByRole('button', { name: 'Exit to the desktop' }))
    fireEvent.click(screen.getByRole('button', { name: 'Yes, exit' }))
    await flush()
    expect(fake.hostCalls).toEqual(['quit'])
  })
})
