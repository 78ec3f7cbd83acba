// @vitest-environment jsdom
import { cleanup } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { validContent } from '../../common/content/fixtures/validContent'
import type { Content, Language } from '../../common/content/schema'
import { fakeKioskApi } from '../test/fakeKioskApi'
import { renderScreen } from '../test/renderKiosk'
import { digitsForSpeech } from '../../common/speech/spokenText'
import { screenScript, type ScriptLabels } from './screenScript'

const labels: ScriptLabels = { step: (n) => `Step ${n}`, actions: 'You can touch:' }

function dom(html: string): Element {
  const root = document.createElement('div')
  root.innerHTML = html
  return root
}

afterEach(cleanup)

describe('screenScript over markup', () => {
  it('reads the title, then facts in screen order, then the buttons', () => {
    const root = dom(`
      <h1><svg aria-hidden="true"></svg><span>Rescue station</span></h1>
      <button>Do I qualify?</button>
      <p class="lead">A bed and <strong>meals</strong>.</p>
      <section><h2>How to apply</h2>
        <ol><li><span aria-hidden="true">1</span><span>Go there.</span></li><li>Ask for help.</li></ol>
      </section>
      <section><h2>Other needs</h2><button><span>Food</span><span>Warm clothes</span></button></section>`)
    expect(screenScript(root, 'en', labels)).toEqual([
      'Rescue station',
      'A bed and meals.',
      'How to apply',
      'Step 1: Go there.',
      'Step 2: Ask for help.',
      'You can touch:',
      'Do I qualify?',
      'Other needs',
      'Food Warm clothes',
    ])
  })

  it('reads phone numbers digit by digit and buttons marked as facts in place', () => {
    const root = dom(`
      <h1>Hotline</h1>
      <section data-speak="fact"><h2>Call</h2>
        <button><span data-speak="digits">0431-8888-1234</span><span>Rescue line</span></button>
      </section>
      <p>Checked</p>`)
    expect(screenScript(root, 'en', labels)).toEqual([
      'Hotline',
      'Call',
      '0 4 3 1, 8 8 8 8, 1 2 3 4 Rescue line',
      'Checked',
    ])
  })

  it('leaves out text in another language, hidden parts and skipped markers', () => {
    const root = dom(`
      <h1><span lang="ko">구조소</span></h1>
      <p><span lang="zh-Hans">救助站</span><span data-speak="skip">shown in Chinese</span></p>
      <p hidden>Secret</p><p aria-hidden="true">Decoration</p>
      <p><span lang="en-GB">Open all night</span></p>`)
    expect(screenScript(root, 'en', labels)).toEqual(['Open all night'])
  })
})

describe('digitsForSpeech', () => {
  it('spells short numbers and grouped numbers digit by digit', () => {
    expect(digitsForSpeech('120')).toBe('1 2 0')
    expect(digitsForSpeech('138-0000-1111')).toBe('1 3 8, 0 0 0 0, 1 1 1 1')
  })
})

describe('screenScript over the service screen', () => {
  async function serviceScript(content: Content, lang: Language): Promise<string[]> {
    const service = content.services[0]
    if (!service) throw new Error('fixture without a service')
    const api = fakeKioskApi({ content, settings: { defaultLanguage: lang } })
    const { container } = await renderScreen(api, { name: 'service', serviceId: service.id })
    const root = container.querySelector('[data-screen="service"]')
    if (!root) throw new Error('no service screen')
    return screenScript(root, lang, labels)
  }

  it('speaks name, summary, who, how, where and phone (digit by digit) in screen order', async () => {
    const script = await serviceScript(validContent, 'en')
    const at = (text: string) => script.findIndex((line) => line.includes(text))
    expect(script[0]).toBe('Rescue station')
    expect(script[1]).toBe('A bed and meals.')
    expect(at('Anyone with nowhere to sleep.')).toBeLessThan(at('Step 1: Just go there.'))
    expect(at('Station help desk')).toBeGreaterThan(at('Step 1: Just go there.'))
    expect(at('1 1 0 Police')).toBeGreaterThan(at('Station help desk'))
    expect(script).not.toContain('You can touch:')
  })

  it('leaves out Chinese standing in for a missing Korean translation', async () => {
    const content = structuredClone(validContent)
    const service = content.services[0]
    if (!service) throw new Error('fixture without a service')
    delete service.summary.ko
    const script = await serviceScript(content, 'ko')
    expect(script[0]).toBe('구조소')
    expect(script.join(' ')).not.toContain(service.summary['zh-Hans'])
    expect(script.join(' ')).toContain('잘 곳이 없는 사람.')
  })
})
