// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import type { ComponentType } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { validContent } from '../../../common/content/fixtures/validContent'
import type { Content, Language } from '../../../common/content/schema'
import type { Settings } from '../../../common/settings/schema'
import '../../i18n'
import { NavigationProvider } from '../../navigation/NavigationProvider'
import type { Route } from '../../navigation/routes'
import { screens } from '../../navigation/screens'
import { useNavigation } from '../../navigation/useNavigation'
import { FakeAudio, FakeSynth, FakeUtterance, localVoice } from '../../speech/testing/fakeSpeech'
import { KioskProvider } from '../../state/KioskProvider'
import { useKiosk } from '../../state/useKiosk'
import { fakeKioskApi } from '../../test/fakeKioskApi'
import { untilDirectoryIn } from '../../test/renderKiosk'
import { ReadAloudButton } from './ReadAloudButton'

let synth: FakeSynth
let audios: FakeAudio[]

function Harness() {
  const { resetSession, directory } = useKiosk()
  const { route } = useNavigation()
  if (directory !== 'in') return null // as the shell does
  const Current = screens[route.name] as ComponentType<{ route: Route }>
  return (
    <>
      <ReadAloudButton />
      {/* Stands in for the idle timer's reset. */}
      <button type="button" onClick={resetSession}>
        idle reset
      </button>
      <Current route={route} />
    </>
  )
}

const service = validContent.services[0]
if (!service) throw new Error('fixture without a service')

async function renderService(
  lang: Language,
  content: Content = validContent,
  settings: Partial<Settings> = {},
) {
  const api = fakeKioskApi({ content, settings: { defaultLanguage: lang, ...settings } })
  render(
    <KioskProvider api={api}>
      <NavigationProvider initial={{ name: 'service', serviceId: service?.id ?? '' }}>
        <Harness />
      </NavigationProvider>
    </KioskProvider>,
  )
  // The first render loads content and translations (over 1 s on a busy CI machine).
  await untilDirectoryIn()
  await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 })
}

const button = (name: string) => screen.queryByRole('button', { name })

beforeEach(() => {
  synth = new FakeSynth([localVoice('zh-CN'), localVoice('en-US', 'Samantha')])
  audios = []
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true })
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    value: FakeUtterance,
    configurable: true,
  })
  Object.defineProperty(window, 'Audio', {
    value: class extends FakeAudio {
      constructor(src: string) {
        super(src)
        audios.push(this)
      }
    },
    configurable: true,
  })
})
afterEach(cleanup)

describe('ReadAloudButton', () => {
  it('reads the service in English with the English voice; a tap anywhere stops it', async () => {
    await renderService('en', validContent, { volume: 0.5 })
    fireEvent.click(button('Read aloud') ?? document.body)
    expect(synth.spoken[0]?.text).toBe(service.name.en)
    expect(new Set(synth.spoken.map((u) => `${u.lang} ${u.voice?.name} ${u.volume}`))).toEqual(
      new Set(['en-US Samantha 0.5']),
    )
    expect(button('Read aloud')?.getAttribute('aria-pressed')).toBe('true')
    fireEvent.pointerDown(screen.getByRole('heading', { level: 1 }))
    expect(synth.cancels).toBe(1)
    expect(button('Read aloud')?.getAttribute('aria-pressed')).toBe('false')
  })

  it('starts and stops with the R key, and any other key stops it', async () => {
    await renderService('zh-Hans')
    // R works once the button is there (it appears when the voice list has been read).
    await screen.findByRole('button', { name: '朗读' }, { timeout: 10_000 })
    fireEvent.keyDown(document.body, { key: 'r' })
    expect(synth.spoken[0]?.text).toBe(service.name['zh-Hans'])
    expect(synth.spoken[0]?.lang).toBe('zh-CN')
    fireEvent.keyDown(document.body, { key: 'r' })
    expect(synth.cancels).toBe(1)
    fireEvent.keyDown(document.body, { key: 'R' })
    fireEvent.keyDown(document.body, { key: 'ArrowDown' })
    expect(synth.cancels).toBe(2)
    expect(button('朗读')?.getAttribute('aria-pressed')).toBe('false')
  })

  it('stops at idle reset (a new session)', async () => {
    await renderService('en')
    fireEvent.click(button('Read aloud') ?? document.body)
    fireEvent.click(screen.getByRole('button', { name: 'idle reset' }))
    expect(synth.cancels).toBe(1)
  })

  it('is hidden in Korean when there is neither a Korean voice nor Korean audio', async () => {
    await renderService('ko')
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain(service.name.ko)
    expect(button('읽어 주기')).toBeNull()
    fireEvent.keyDown(document.body, { key: 'r' })
    expect(synth.spoken).toEqual([])
  })

  it("plays the service's Korean recording when no Korean voice exists", async () => {
    const content = structuredClone(validContent)
    const first = content.services[0]
    if (first) first.audio = { ko: 'speech/rescue.ko.wav' }
    await renderService('ko', content, { volume: 0.3 })
    fireEvent.click(button('읽어 주기') ?? document.body)
    expect(synth.spoken).toEqual([])
    expect(audios.map((a) => [a.src, a.volume, a.played])).toEqual([
      ['content-files/speech/rescue.ko.wav', 0.3, true],
    ])
  })

  it('is hidden when an administrator turned read-aloud off', async () => {
    await renderService('en', validContent, { readAloud: false })
    expect(button('Read aloud')).toBeNull()
  })
})
