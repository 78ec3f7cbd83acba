// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { describeFocus, dialogIntro, groupIntro, type FocusWords } from './spokenFocus'

const words: FocusWords = {
  role: { button: 'button', link: 'link', heading: 'heading', dialog: 'message' },
  pressed: 'selected',
  notPressed: 'not selected',
  disabled: 'not available',
  current: 'current page',
  choices: (n) => `${n} choices`,
}
const el = (id: string): Element => {
  const found = document.getElementById(id)
  if (!found) throw new Error(`no #${id}`)
  return found
}

beforeEach(() => {
  document.body.innerHTML = `
    <button id="lang" aria-pressed="true" lang="en">English</button>
    <button id="home" aria-current="page"><svg aria-hidden="true"></svg><span>Home</span></button>
    <button id="back" disabled>Back</button>
    <button id="call"><span lang="zh-Hans">救助站</span><span data-speak="digits">0431-123</span></button>
    <h1 id="title" tabindex="-1">Shelter tonight</h1>
    <fieldset><legend><h2>Do you have a safe place tonight?</h2></legend><p>Answer honestly.</p>
      <div><button id="yes">Yes</button><button id="no">No</button></div></fieldset>
    <div role="alertdialog" aria-labelledby="t" aria-describedby="b">
      <h2 id="t">Still there?</h2><p id="b">The screen will start over.</p>
      <button id="continue">Yes, continue</button><button id="restart">Start over</button></div>`
})

describe('what audio mode says on focus', () => {
  it('says name, role and state, as a screen reader would', () => {
    expect(describeFocus(el('lang'), 'en', words)).toBe('English, button, selected')
    expect(describeFocus(el('home'), 'en', words)).toBe('Home, button, current page')
    expect(describeFocus(el('back'), 'en', words)).toBe('Back, button, not available')
    expect(describeFocus(el('title'), 'en', words)).toBe('Shelter tonight, heading')
  })

  it('leaves out other-language text and reads numbers digit by digit', () => {
    expect(describeFocus(el('call'), 'en', words)).toBe('0 4 3 1, 1 2 3, button')
  })

  it('joins with the Chinese comma in Chinese', () => {
    expect(describeFocus(el('back'), 'zh-Hans', words)).toBe('Back，button，not available')
  })

  it('says a question before its first answer, once, and a dialog before its first button', () => {
    expect(groupIntro(el('yes'), el('title'), 'en')).toEqual([
      'Do you have a safe place tonight?',
      'Answer honestly.',
    ])
    expect(groupIntro(el('no'), el('yes'), 'en')).toEqual([])
    expect(dialogIntro(el('continue'), el('title'), 'en')).toEqual([
      'Still there?',
      'The screen will start over.',
    ])
    expect(dialogIntro(el('restart'), el('continue'), 'en')).toEqual([])
    expect(dialogIntro(el('lang'), null, 'en')).toEqual([])
  })
})
