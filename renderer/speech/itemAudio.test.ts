import { describe, expect, it } from 'vitest'
import { validContent } from '../../common/content/fixtures/validContent'
import type { Content } from '../../common/content/schema'
import { audioSource, itemAudio } from './itemAudio'

function withAudio(): Content {
  const content = structuredClone(validContent)
  const service = content.services[0]
  const phone = content.phones[0]
  if (!service || !phone) throw new Error('the fixture lacks a service or phone')
  service.audio = { 'zh-Hans': 'speech/rescue.zh-Hans.wav', en: 'speech/rescue en.wav' }
  phone.audio = { ko: 'speech/police.ko.ogg' }
  return content
}

describe('itemAudio', () => {
  const content = withAudio()
  const serviceId = content.services[0]?.id ?? ''
  const phoneId = content.phones[0]?.id ?? ''

  it("gives the screen item's recording in the visitor's language, as a content-files URL", () => {
    expect(itemAudio(content, { name: 'service', serviceId }, 'en')).toBe(
      'content-files/speech/rescue%20en.wav',
    )
    expect(itemAudio(content, { name: 'hotline', phoneId }, 'ko')).toBe(
      'content-files/speech/police.ko.ogg',
    )
  })

  it('never gives another language, and nothing for screens without one item', () => {
    expect(itemAudio(content, { name: 'service', serviceId }, 'ko')).toBeUndefined()
    expect(itemAudio(content, { name: 'hotline', phoneId }, 'zh-Hans')).toBeUndefined()
    expect(itemAudio(content, { name: 'home' }, 'zh-Hans')).toBeUndefined()
    expect(itemAudio(content, { name: 'service', serviceId: 'gone' }, 'en')).toBeUndefined()
  })
})

describe('audioSource', () => {
  it('refuses paths that could leave the content folder or the app', () => {
    for (const bad of ['../x.wav', 'a/../x.wav', '/etc/x.wav', 'https://e.com/x.mp3', 'a\\x.wav']) {
      expect(audioSource(bad)).toBeUndefined()
    }
  })
})
