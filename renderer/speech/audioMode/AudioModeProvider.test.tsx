// @vitest-environment jsdom
import { act, cleanup, fireEvent, render } from '@testing-library/react'
import { useMemo, useState, type ReactNode } from 'react'
import { useT } from '../../i18n/useT'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { validContent } from '../../../common/content/fixtures/validContent'
import type { Language } from '../../../common/content/schema'
import { i18n } from '../../i18n'
import { focusableElements } from '../../keypad/focusables'
import { NavigationContext, type Navigation } from '../../navigation/navigationContext'
import { testKiosk } from '../../share/placesTestRender'
import { KioskContext } from '../../state/kioskContext'
import { useKiosk } from '../../state/useKiosk'
import { SpeechContext } from '../speechContext'
import { createSpeechEngine } from '../speechEngine'
import { FakeSynth, fakeSpeechEnv, localVoice } from '../testing/fakeSpeech'
import { AudioModeProvider } from './AudioModeProvider'

// The language key (L) in audio mode: the kiosk's language changes at the key press, but the
// UI strings of a language used for the first time arrive later (a fetched chunk). The new
// screen must be announced once, in the new words — not in the old ones before they arrive
// (lost) and not a second time when i18next's change re-renders the provider (doubled): the
// e2e audio journeys failed about 1 run in 17 this way on a loaded machine.

const nav: Navigation = {
  route: { name: 'home' },
  navigate: () => undefined,
  back: () => undefined,
  home: () => undefined,
  canGoBack: false,
  depth: 1,
}

/** A screen with a UI-string title (i18next) and a content button (the kiosk's language). */
function Screen() {
  const { t } = useT()
  const { lang } = useKiosk()
  return (
    <div data-screen="home">
      <h1>{t('home.title')}</h1>
      <button type="button">{lang}</button>
    </div>
  )
}

/**
 * The kiosk state with a real language switch; `stringsAtOnce` says whether the language's
 * strings are already loaded (i18next switches in the same update) or arrive later (the test
 * switches i18next itself, as the fetched chunk would).
 */
function Kiosk({ children, stringsAtOnce }: { children: ReactNode; stringsAtOnce: boolean }) {
  const [lang, setLang] = useState<Language>('zh-Hans')
  const state = useMemo(
    () => ({
      ...testKiosk({ content: validContent, lang }),
      setLang: (next: Language) => {
        if (stringsAtOnce) void i18n.changeLanguage(next)
        setLang(next)
      },
    }),
    [lang, stringsAtOnce],
  )
  return <KioskContext.Provider value={state}>{children}</KioskContext.Provider>
}

function renderAudioMode(stringsAtOnce: boolean) {
  const synth = new FakeSynth([localVoice('zh-CN'), localVoice('en-US'), localVoice('ko-KR')])
  const engine = createSpeechEngine(fakeSpeechEnv(synth))
  render(
    <SpeechContext.Provider value={engine}>
      <Kiosk stringsAtOnce={stringsAtOnce}>
        <NavigationContext.Provider value={nav}>
          <AudioModeProvider>
            <Screen />
          </AudioModeProvider>
        </NavigationContext.Provider>
      </Kiosk>
    </SpeechContext.Provider>,
  )
  // The first key turns audio mode on (and says how it works); only what follows is checked.
  fireEvent.keyDown(window, { key: 'h' })
  const from = synth.spoken.length
  expect(from).toBeGreaterThan(0)
  return { said: () => synth.spoken.slice(from).map((u) => `${u.lang}: ${u.text}`) }
}

/** The home screen's announcement in `lang`: its title, then how many choices it has. */
const announcement = (lang: Language, voice: string) => {
  const root = document.querySelector('[data-screen]')
  const count = focusableElements(document).filter((el) => root?.contains(el)).length
  return [
    `${voice}: ${i18n.getFixedT(lang)('home.title')}`,
    `${voice}: ${i18n.getFixedT(lang, 'speech')('audio.choices', { count })}`,
  ]
}

beforeEach(async () => {
  vi.useFakeTimers()
  await i18n.changeLanguage('zh-Hans')
})

afterEach(async () => {
  cleanup()
  vi.useRealTimers()
  await i18n.changeLanguage('zh-Hans')
})

describe('audio mode, language key', () => {
  it('waits for strings that arrive late, then announces the screen once, in them', async () => {
    const { said } = renderAudioMode(false)
    act(() => void fireEvent.keyDown(window, { key: 'l' }))
    // However long the strings take, nothing is said in the old words meanwhile.
    act(() => void vi.advanceTimersByTime(3_000))
    expect(said()).toEqual([])

    await act(() => i18n.changeLanguage('en'))
    act(() => void vi.advanceTimersByTime(3_000))
    expect(said()).toEqual(announcement('en', 'en-US'))
  })

  it('announces a language whose strings are loaded once, and the next one once too', async () => {
    const { said } = renderAudioMode(true)
    act(() => void fireEvent.keyDown(window, { key: 'l' }))
    act(() => void vi.advanceTimersByTime(3_000))
    expect(said()).toEqual(announcement('en', 'en-US'))

    act(() => void fireEvent.keyDown(window, { key: 'l' }))
    act(() => void vi.advanceTimersByTime(3_000))
    expect(said()).toEqual([...announcement('en', 'en-US'), ...announcement('ko', 'ko-KR')])
  })
})
