// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { KioskApi } from '../common/api/kioskApi'
import { fakeKioskApi } from './test/fakeKioskApi'
import { oddContent } from './test/fixtures'
import { renderApp } from './test/renderKiosk'

const settings = { idleSeconds: 30, stillThereSeconds: 20 }

async function idleFor(seconds: number) {
  await act(async () => {
    vi.advanceTimersByTime(seconds * 1000)
  })
}

function currentScreen(): string | undefined {
  return document.querySelector<HTMLElement>('[data-screen]')?.dataset.screen
}

describe('App session', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] })
  })
  afterEach(() => {
    cleanup()
    delete document.body.dataset.ready
    vi.useRealTimers()
  })

  it('signals ready and starts at home in the default language', async () => {
    await renderApp(fakeKioskApi({ content: oddContent(), settings }))
    expect(document.body.dataset.ready).toBe('true')
    expect(currentScreen()).toBe('home')
    expect(document.documentElement.lang).toBe('zh-Hans')
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('您需要什么帮助？')
  })

  it('asks "still there?" after the idle time and keeps the session on one tap', async () => {
    await renderApp(fakeKioskApi({ content: oddContent(), settings }))
    fireEvent.click(screen.getByRole('button', { name: 'English' }))
    fireEvent.click(screen.getByRole('button', { name: /Medical emergency/ }))
    await idleFor(30)

    const dialog = screen.getByRole('alertdialog', { name: 'Still there?' })
    expect(dialog.textContent).toContain('20')
    expect(document.activeElement?.textContent).toBe('Yes, continue')
    fireEvent.click(screen.getByRole('button', { name: 'Yes, continue' }))

    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(currentScreen()).toBe('category')
    expect(document.documentElement.lang).toBe('en')
  })

  it('resets everything when nobody answers, then a touch on the attract screen goes home', async () => {
    await renderApp(fakeKioskApi({ content: oddContent(), settings }))
    fireEvent.click(screen.getByRole('button', { name: '한국어' }))
    fireEvent.click(screen.getByRole('button', { name: /큰 글씨/ }))
    fireEvent.click(screen.getByRole('button', { name: /고대비/ }))
    fireEvent.click(screen.getByRole('button', { name: /응급/ }))
    expect(document.documentElement.dataset.largeText).toBe('true')

    await idleFor(30)
    await idleFor(19)
    expect(screen.getByRole('alertdialog')).toBeTruthy()
    await idleFor(1)

    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(currentScreen()).toBe('attract')
    expect(document.documentElement.lang).toBe('zh-Hans')
    expect(document.documentElement.dataset.largeText).toBe('false')
    expect(document.documentElement.dataset.contrast).toBe('normal')

    fireEvent.click(screen.getByRole('button', { name: /请触摸屏幕/ }))
    expect(currentScreen()).toBe('home')
    expect(screen.getByRole('button', { name: /返回/ }).hasAttribute('disabled')).toBe(true)
  })

  it('counts touches as activity', async () => {
    await renderApp(fakeKioskApi({ content: oddContent(), settings }))
    await idleFor(25)
    fireEvent.pointerDown(document.body)
    await idleFor(25)
    expect(screen.queryByRole('alertdialog')).toBeNull()
    await idleFor(5)
    expect(screen.getByRole('alertdialog')).toBeTruthy()
  })

  it.each([
    ['English', /[\u3400-\u9fff\uac00-\ud7af]/],
    ['한국어', /[\u3400-\u9fff]/],
  ])('switching to %s changes every visible string on home', async (name, foreign) => {
    await renderApp(fakeKioskApi({ content: oddContent(), settings }))
    fireEvent.click(screen.getByRole('button', { name }))
    const leftovers: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) {
      const node = walker.currentNode
      const tagged = node.parentElement?.closest('[lang]:not(html)')
      // Language buttons and content marked as Chinese fallback are meant to stay as they are.
      if (tagged && tagged.getAttribute('lang') !== document.documentElement.lang) continue
      if (foreign.test(node.textContent ?? '')) leftovers.push(node.textContent ?? '')
    }
    expect(leftovers).toEqual([])
  })

  it('Escape goes back, like the Back button', async () => {
    await renderApp(fakeKioskApi({ content: oddContent(), settings }))
    fireEvent.click(screen.getByRole('button', { name: /急病受伤/ }))
    expect(currentScreen()).toBe('category')
    fireEvent.keyDown(window, { key: 'Escape' })
    expect(currentScreen()).toBe('home')
  })
})

// Issue 25: a screen's lower parts may come a frame after the tap's frame (AfterFirstFrame).
describe('App: what a new screen draws in its first frame', () => {
  afterEach(() => {
    cleanup()
    delete document.body.dataset.ready
  })
  const whereToGo = () => screen.queryByRole('heading', { name: 'Where to go' })
  async function openRescueService() {
    await renderApp(fakeKioskApi({ content: oddContent(), settings }))
    fireEvent.click(screen.getByRole('button', { name: 'English' }))
    fireEvent.click(screen.getByRole('button', { name: /A bed tonight/ }))
    fireEvent.click(screen.getByRole('button', { name: /Rescue station/ }))
    expect(currentScreen()).toBe('service')
  }

  it("a touch visitor's tap draws the top of a service, its offices a frame later", async () => {
    await openRescueService()
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Rescue station')
    expect(whereToGo()).toBeNull()
    expect(await screen.findByRole('heading', { name: 'Where to go' })).toBeTruthy()
    expect(screen.getByRole('button', { name: /Station help desk/ })).toBeTruthy()
  })

  it("a keypad visitor's screen is whole at once: focus goes to its first control", async () => {
    await renderApp(fakeKioskApi({ content: oddContent(), settings }))
    fireEvent.click(screen.getByRole('button', { name: 'English' }))
    fireEvent.click(screen.getByRole('button', { name: /A bed tonight/ }))
    fireEvent.keyDown(window, { key: 'ArrowDown' })
    fireEvent.click(screen.getByRole('button', { name: /Rescue station/ }))
    expect(currentScreen()).toBe('service')
    expect(whereToGo()).toBeTruthy()
  })

  // The focus memory itself needs layout (e2e); here: the control it returns to is there at once.
  it('coming Back, the screen is whole at once, so focus can return to an office in it', async () => {
    await openRescueService()
    fireEvent.click(await screen.findByRole('button', { name: /Station help desk/ }))
    expect(currentScreen()).toBe('place')
    fireEvent.click(screen.getByRole('button', { name: 'Back' }))
    expect(currentScreen()).toBe('service')
    expect(whereToGo()).toBeTruthy()
    expect(screen.getByRole('button', { name: /Station help desk/ })).toBeTruthy()
  })
})

describe('App: a tap before the directory is in', () => {
  afterEach(() => {
    cleanup()
    vi.restoreAllMocks()
  })

  /** A host whose whole dataset (`content.get`) comes only when the test says so, or never. */
  function slowDirectory(fails = false) {
    const base = fakeKioskApi({ content: oddContent(), settings })
    const asked: (() => void)[] = []
    const api: KioskApi = {
      ...base,
      content: {
        ...base.content,
        get: () =>
          fails
            ? Promise.reject(new Error('host busy'))
            : new Promise((resolve) => asked.push(() => resolve(base.content.get()))),
      },
    }
    return { api, asked }
  }

  const waitScreen = () => document.querySelector<HTMLElement>('[data-directory-wait]')
  const tapNeed = () => fireEvent.click(screen.getByRole('button', { name: /急病受伤/ }))

  it('says it is loading, then draws the need the visitor tapped, with focus on its heading', async () => {
    const { api, asked } = slowDirectory()
    await renderApp(api, { untilDirectory: false })
    expect(document.body.dataset.directory).toBe('waiting')
    tapNeed()
    expect(currentScreen()).toBeUndefined()
    expect(waitScreen()?.getAttribute('role')).toBe('status')
    expect(waitScreen()?.textContent).toBe('正在加载…')
    expect(document.activeElement).toBe(waitScreen()?.querySelector('h1'))

    await waitFor(() => expect(asked).toHaveLength(1))
    await act(async () => asked[0]?.())
    await waitFor(() => expect(currentScreen()).toBe('category'))
    expect(waitScreen()).toBeNull()
    const heading = screen.getByRole('heading', { level: 1 })
    expect(heading.textContent).toContain('急病受伤')
    expect(document.activeElement).toBe(heading)
  })

  it('says the information could not be loaded while the directory fails, above the hotlines', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { api } = slowDirectory(true)
    await renderApp(api, { untilDirectory: false })
    await waitFor(() => expect(document.body.dataset.directory).toBe('failed'))
    expect(warn).toHaveBeenCalled()
    tapNeed()
    expect(waitScreen()?.getAttribute('role')).toBe('alert')
    expect(waitScreen()?.textContent).toBe('信息暂时无法加载。请拨打求助热线。')
    // The list of every hotline it sends the visitor to needs no directory.
    fireEvent.click(screen.getByRole('button', { name: /全部热线/ }))
    expect(currentScreen()).toBe('hotlines')
    expect(waitScreen()).toBeNull()
    expect(screen.getAllByRole('button', { name: /110/ }).length).toBeGreaterThan(1)
    // Home still works: it is drawn from what did arrive.
    fireEvent.click(screen.getAllByRole('button', { name: /首页|主页/ })[0]!)
    expect(currentScreen()).toBe('home')
  })
})
