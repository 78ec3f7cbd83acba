import type { Locator, Page } from '@playwright/test'
import { CategoryPage } from './pages/CategoryPage'
import { HomePage } from './pages/HomePage'
import { KioskApp } from './pages/KioskApp'
import { ScreenerPage } from './pages/ScreenerPage'
import { byId } from './support/content'
import { installFakeSpeech, speechLog, type FakeVoice } from './support/fakeSpeech'
import { expect, test } from './support/fixtures'
import { t, tp, type Language } from './support/i18n'
import { steerTo } from './support/keypad'
import { CAMPAIGN_NOW, PLACES_CONTENT, suddenHardshipAnswers } from './support/tour'
import { loadContent } from './support/content'

// Issue 26 "Done when": the four journeys by keypad alone, hearing every step, in Chinese and
// English — with no system voice (every phrase synthesised by the bundled engine and played on
// the audio path, which labels each clip with its phrase) and with system voices (a recorder
// stands in for them). That the bundled clips are real, non-silent audio: audioMode.spec.ts.
test.use({ contentFile: PLACES_CONTENT, kioskNow: CAMPAIGN_NOW })
const content = loadContent(PLACES_CONTENT)
const VOICES: FakeVoice[] = [
  { lang: 'zh-CN', name: 'Fake Mandarin' },
  { lang: 'en-US', name: 'Fake English' },
  { lang: 'ko-KR', name: 'Fake Korean' },
]
const VOICE_TAG: Record<Language, string> = { 'zh-Hans': 'zh-CN', en: 'en-US', ko: 'ko-KR' }

/** Who speaks: the system's voices, or (none installed) the bundled engine. */
type Engine = 'system voices' | 'bundled engine'

/**
 * What the page is heard saying: every phrase since `from` — from the system voice of `lang`, or
 * from the bundled engine's clips on the audio path.
 */
class Listener {
  private from = 0
  constructor(
    readonly page: Page,
    public lang: Language,
    readonly engine: Engine,
  ) {}

  private async said(): Promise<string[]> {
    const log = await speechLog(this.page)
    if (this.engine === 'system voices') {
      const spoken = log.spoken.slice(this.from)
      for (const phrase of spoken) expect(phrase.lang, phrase.text).toBe(VOICE_TAG[this.lang])
      return spoken.map((s) => s.text)
    }
    expect(log.spoken, 'no system voice is installed, so none speaks').toEqual([])
    return log.played.slice(this.from).map((clip) => clip.phrase ?? '')
  }

  /** Forgets what was said so far: the next assertions are about the next step only. */
  async mark(): Promise<void> {
    const log = await speechLog(this.page)
    this.from = this.engine === 'system voices' ? log.spoken.length : log.played.length
  }

  async heard(): Promise<string[]> {
    return this.said()
  }

  /** Waits until some phrase said since the mark contains `words`. */
  async expectHeard(words: string): Promise<void> {
    try {
      await expect.poll(async () => (await this.heard()).some((p) => p.includes(words))).toBe(true)
    } catch {
      const all = (await speechLog(this.page)).spoken.map((p) => `${p.lang}: ${p.text}`)
      throw new Error(`"${words}" was not heard after the mark; all so far: ${JSON.stringify(all)}`)
    }
  }

  /** A screen's announcement: its title, and how many choices it has, then the focused item. */
  async expectScreen(title: Locator): Promise<void> {
    await this.expectHeard((await title.innerText()).trim())
    const forms =
      this.lang === 'en' ? ['audio.choices_one', 'audio.choices_other'] : ['audio.choices_other']
    const choices = new RegExp(
      forms
        .map((key) => t(this.lang, key, { count: 999 }, 'speech').replace('999', '\\d+'))
        .join('|'),
    )
    await expect.poll(async () => (await this.heard()).some((p) => choices.test(p))).toBe(true)
  }

  /** Arrows to `target`; the last thing heard is its name and its role. */
  async steer(target: Locator): Promise<void> {
    await steerTo(this.page, target)
    const name = (await target.innerText()).split('\n')[0]?.trim() ?? ''
    await this.expectHeard(name)
    await this.expectHeard(t(this.lang, 'audio.role.button', {}, 'speech'))
  }

  async choose(target: Locator): Promise<void> {
    await this.steer(target)
    await this.mark()
    await this.page.keyboard.press('Enter')
  }
}

const RUNS = (['zh-Hans', 'en'] as const).flatMap((lang) =>
  (['bundled engine', 'system voices'] as const).map((engine) => ({ lang, engine })),
)

for (const { lang, engine } of RUNS) {
  test(`keypad only, in ${lang}, ${engine}: language, shelter → place, hotline, screener → result, all heard`, async ({
    kiosk,
  }) => {
    if (engine === 'system voices') await installFakeSpeech(kiosk.page, VOICES)
    else await installFakeSpeech(kiosk.page, [], { endClips: true })
    await kiosk.open()
    const app = new KioskApp(kiosk.page, content)
    const home = await new HomePage(app).shown()
    const ear = new Listener(kiosk.page, 'zh-Hans', engine)

    // The first key turns audio mode on and says how to use the keypad.
    await kiosk.page.keyboard.press('h')
    await ear.expectHeard(t('zh-Hans', 'audio.on', {}, 'speech'))
    await ear.expectHeard(t('zh-Hans', 'audio.help', {}, 'speech'))

    // Language: L goes round every language, each announced in itself, to the journey's one.
    const order: Language[] = ['en', 'ko', 'zh-Hans']
    for (const next of order.slice(0, order.indexOf(lang) + 1)) {
      await ear.mark()
      ear.lang = next
      await kiosk.page.keyboard.press('l')
      await expect(kiosk.page.locator('html')).toHaveAttribute('lang', next)
      app.lang = next
      // A language used for the first time has its strings fetched: the content switches at
      // once, the words of the screen when they arrive. What is heard is checked against them.
      await expect(home.title).toHaveText(app.ui('home.title'))
      await ear.expectScreen(home.title)
    }

    // Shelter tonight → the nearest place, then Back to the place it came from.
    await ear.choose(home.categoryTile('shelter-tonight'))
    const category = await new CategoryPage(app, 'shelter-tonight').shown()
    await ear.expectScreen(category.title)
    const first = category.root.locator('button').first()
    await expect(first, 'a new screen starts on its first control').toBeFocused()
    const nearest = category.placeList.getByRole('button').first()
    await ear.choose(nearest)
    await expect(kiosk.page.locator('[data-screen="place"]')).toBeVisible()
    await ear.expectScreen(kiosk.page.locator('[data-screen="place"] h1'))
    await ear.mark()
    await kiosk.page.keyboard.press('Escape')
    await ear.expectScreen(category.title)
    await expect(nearest, 'Back returns to the item the visitor came from').toBeFocused()

    // A hotline from the hotline bar, its number heard digit by digit.
    const phone = app.hotlineBar.getByRole('button').first()
    const number = (await phone.locator('[data-speak="digits"]').first().innerText()).trim()
    await ear.choose(phone)
    await expect(kiosk.page.locator('[data-screen="hotline"]')).toBeVisible()
    await ear.expectScreen(kiosk.page.locator('[data-screen="hotline"] h1'))
    await ear.mark()
    await kiosk.page.keyboard.press('s')
    await ear.expectHeard([...number.replace(/\D/g, '')].slice(0, 3).join(' '))

    // Do I qualify? → every question heard, answered by keypad, to the result.
    for (let i = 0; i < 3; i++) await kiosk.page.keyboard.press('Escape')
    await new HomePage(app).shown()
    await ear.choose(home.button(t(lang, 'home.screener')))
    const screener = await new ScreenerPage(app).shown()
    const { answers } = suddenHardshipAnswers(app)
    for (const question of content.screener.questions) {
      const result = screener.result
      if (await result.isVisible()) break
      await ear.expectHeard(app.text(question.text))
      const fallback = question.kind === 'yesno' ? 'no' : (question.options?.at(-1)?.id ?? 'no')
      const answer = (answers as Record<string, string>)[question.id] ?? fallback
      const label =
        question.kind === 'yesno'
          ? tp(lang, answer === 'yes' ? 'screener.yes' : 'screener.no')
          : app.text(byId(question.options ?? [], answer, 'option').label)
      await ear.choose(screener.root.getByRole('button', { name: label, exact: true }))
    }
    await expect(screener.result).toBeVisible()
    await ear.expectHeard(tp(lang, 'screener.resultTitle'))
  })
}
