// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeKioskApi } from '../../test/fakeKioskApi'
import { oddContent } from '../../test/fixtures'
import { renderApp } from '../../test/renderKiosk'
import { STAFF_CHORD } from '../gesture/secretGesture'
import { fakeAdminApi } from '../testing/fakeAdminApi'

async function later(ms: number) {
  await act(async () => {
    vi.advanceTimersByTime(ms)
  })
}

/** Lets pending promises (fake host replies) settle; findBy* would poll on the faked timers. */
async function flush() {
  for (let i = 0; i < 10; i++) {
    await act(async () => {
      await Promise.resolve()
    })
  }
}

const corner = (name: 'hold' | 'confirm') =>
  document.querySelector<HTMLElement>(`[data-admin-corner="${name}"]`)

async function hold(ms: number) {
  const el = corner('hold')
  if (!el) throw new Error('no hold corner')
  fireEvent.pointerDown(el)
  await later(ms)
  fireEvent.pointerUp(el)
}

function tapConfirm() {
  const el = corner('confirm')
  if (el) fireEvent.click(el)
}

const adminOpen = () => document.querySelector('[data-admin-mode]') !== null

async function renderWithAdmin(admin = fakeAdminApi()) {
  await renderApp({
    ...fakeKioskApi({ content: oddContent(), settings: { languages: ['zh-Hans', 'en'] } }),
    admin: admin.api,
  })
  return admin
}

async function typePin(pin: string) {
  for (const d of pin) fireEvent.click(screen.getByRole('button', { name: d }))
  fireEvent.click(screen.getByRole('button', { name: '确定' }))
  await flush()
}

describe('admin entry', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
    })
  })
  afterEach(() => {
    cleanup()
    delete document.body.dataset.ready
    vi.useRealTimers()
  })

  it('the hold corner is invisible to assistive technology and not focusable', async () => {
    await renderWithAdmin()
    const el = corner('hold')
    expect(el?.getAttribute('aria-hidden')).toBe('true')
    expect(el?.tabIndex).toBe(-1)
    expect(corner('confirm')).toBeNull()
  })

  it('ordinary taps never open admin mode: a tap on the corner, a short hold, taps on the other', async () => {
    await renderWithAdmin()
    await hold(100)
    expect(corner('confirm')).toBeNull()
    await hold(2900)
    expect(corner('confirm')).toBeNull()
    for (const button of screen.getAllByRole('button').slice(0, 6)) fireEvent.click(button)
    expect(adminOpen()).toBe(false)
  })

  it('a 3 s hold offers the confirm corner for 3 s only', async () => {
    await renderWithAdmin()
    await hold(3000)
    expect(corner('confirm')).not.toBeNull()
    tapConfirm()
    await later(3100)
    expect(corner('confirm')).toBeNull()
    expect(adminOpen()).toBe(false)
  })

  it('hold 3 s then two taps on the top-right corner opens the PIN pad', async () => {
    await renderWithAdmin()
    await hold(3000)
    tapConfirm()
    tapConfirm()
    await later(0)
    expect(adminOpen()).toBe(true)
    await flush()
    expect(screen.getByRole('heading', { name: '设置管理员密码' })).toBeTruthy()
  })

  it('a kiosk whose PIN record was lost shows "admin locked", never a first-PIN pad', async () => {
    await renderWithAdmin(fakeAdminApi({ firstPin: 'lost' }))
    fireEvent.keyDown(window, STAFF_CHORD)
    await flush()
    expect(screen.getByRole('heading', { name: '管理功能已锁定' })).toBeTruthy()
    expect(screen.queryByRole('heading', { name: '设置管理员密码' })).toBeNull()
    expect(screen.queryByRole('button', { name: '1' })).toBeNull()
    expect(screen.getByRole('button', { name: '从U盘上的配置包读取密码' })).toBeTruthy()
  })

  it('a brand-new kiosk without the on-screen choice asks for a provisioning package', async () => {
    await renderWithAdmin(fakeAdminApi({ firstPin: 'package' }))
    fireEvent.keyDown(window, STAFF_CHORD)
    await flush()
    expect(screen.getByRole('heading', { name: '用配置包设置管理员密码' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: '1' })).toBeNull()
  })

  it('the staff chord Ctrl+Alt+Shift+K opens it too; the old keypad sequence does not', async () => {
    await renderWithAdmin()
    for (const key of [
      'Escape',
      'Escape',
      'Escape',
      'ArrowUp',
      'ArrowUp',
      'ArrowDown',
      'ArrowDown',
    ]) {
      fireEvent.keyDown(window, { key })
    }
    await later(0)
    expect(adminOpen()).toBe(false)
    fireEvent.keyDown(window, STAFF_CHORD)
    await later(0)
    expect(adminOpen()).toBe(true)
  })

  it('first start: choose a PIN twice, then settings; a refused value shows its field problem', async () => {
    const admin = await renderWithAdmin()
    fireEvent.keyDown(window, STAFF_CHORD)
    await flush()
    screen.getByRole('heading', { name: '设置管理员密码' })
    await typePin('123456')
    await flush()
    screen.getByRole('heading', { name: '请再输入一次新密码' })
    await typePin('123456')
    await flush()
    expect(screen.getByRole('tab', { name: '设置' })).toBeTruthy()

    const less = screen.getByRole('button', { name: /减少：多少秒无操作/ })
    for (let i = 0; i < 5; i++) fireEvent.click(less)
    fireEvent.click(screen.getByRole('button', { name: '保存设置' }))
    await flush()
    expect(screen.getByRole('alert')).toBeTruthy()
    expect(admin.patches.at(-1)).toMatchObject({ idleSeconds: 10, languages: ['zh-Hans', 'en'] })
    expect(
      document.querySelector('[data-field-problems="setting-idleSeconds"]')?.textContent,
    ).toContain('Too small')
  })

  it('closes itself after two idle minutes and ends the host session', async () => {
    const admin = await renderWithAdmin(fakeAdminApi({ pin: '654321' }))
    fireEvent.keyDown(window, STAFF_CHORD)
    await flush()
    screen.getByRole('heading', { name: '管理员密码' })
    await typePin('654321')
    expect(admin.session()).toBeDefined()
    await later(119_000)
    expect(adminOpen()).toBe(true)
    await later(1_000)
    expect(adminOpen()).toBe(false)
    expect(admin.session()).toBeUndefined()
  })
})
