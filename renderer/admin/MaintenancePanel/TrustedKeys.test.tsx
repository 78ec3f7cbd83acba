// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { KioskApiError } from '../../../common/api/errors'
import { i18n } from '../../i18n'
import { fakeAdminApi } from '../testing/fakeAdminApi'
import { TrustedKeys } from './TrustedKeys'

async function flush() {
  for (let i = 0; i < 10; i++) {
    await act(async () => {
      await Promise.resolve()
    })
  }
}

async function renderSignedIn() {
  const fake = fakeAdminApi({ pin: '112233' })
  const login = await fake.api.login('112233')
  if (!login.ok) throw new Error('no session')
  let lost = 0
  render(<TrustedKeys admin={fake.api} session={login.session} onSessionLost={() => lost++} />)
  await flush()
  return { fake, lost: () => lost }
}

beforeEach(async () => {
  await i18n.changeLanguage('en')
})
afterEach(() => {
  cleanup()
})

describe('trusted keys in maintenance', () => {
  it('lists each key with where it came from; only added keys can be removed', async () => {
    await renderSignedIn()
    const shipped = document.querySelector('[data-key-id="0123456789ABCDEF"]')
    const added = document.querySelector('[data-key-id="FEDCBA9876543210"]')
    expect(shipped?.textContent).toContain('shipped with the app')
    expect(shipped?.querySelector('button')).toBeNull()
    expect(added?.textContent).toContain('added on this kiosk')
    expect(added?.querySelector('button')?.textContent).toBe('Remove')
  })

  it('removes an added key only after a confirmation, then lists the keys again', async () => {
    const { fake } = await renderSignedIn()
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }))
    expect(fake.keys).toHaveLength(2)
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove it' }))
    await flush()
    expect(fake.keys.map((k) => k.keyId)).toEqual(['0123456789ABCDEF'])
    expect(screen.getByRole('status').textContent).toBe('The key was removed. FEDCBA9876543210')
    expect(document.querySelector('[data-key-id="FEDCBA9876543210"]')).toBeNull()
  })

  it('shows the host’s reason when adding a key is refused', async () => {
    await renderSignedIn()
    fireEvent.click(screen.getByRole('button', { name: /rotation package/ }))
    await flush()
    expect(screen.getByRole('alert').textContent).toContain('no KIOSK-KEY/key.pub found')
  })

  it('keeps the administrator signed in when the host does not answer, and tries again', async () => {
    const fake = fakeAdminApi({ pin: '112233' })
    const login = await fake.api.login('112233')
    if (!login.ok) throw new Error('no session')
    const listKeys = fake.api.listKeys
    Object.assign(fake.api, {
      listKeys: () => Promise.reject(new KioskApiError('unavailable', 'socket hang up')),
    })
    let lost = 0
    render(<TrustedKeys admin={fake.api} session={login.session} onSessionLost={() => lost++} />)
    await flush()
    expect(lost).toBe(0)
    expect(screen.getByRole('alert').textContent).toBe(
      'The kiosk did not answer, or cannot do this here. Try again.',
    )
    Object.assign(fake.api, { listKeys: listKeys })
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    await flush()
    expect(document.querySelector('[data-key-id="FEDCBA9876543210"]')).not.toBeNull()
  })

  it('says why an action failed without ending the session, unless the session is what failed', async () => {
    const { fake, lost } = await renderSignedIn()
    Object.assign(fake.api, { addKey: () => Promise.reject(new KioskApiError('internal', 'EIO')) })
    fireEvent.click(screen.getByRole('button', { name: /rotation package/ }))
    await flush()
    expect(lost()).toBe(0)
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong inside the kiosk')
    Object.assign(fake.api, {
      addKey: () => Promise.reject(new KioskApiError('no-session', 'expired')),
    })
    fireEvent.click(screen.getByRole('button', { name: /rotation package/ }))
    await flush()
    expect(lost()).toBe(1)
  })
})
