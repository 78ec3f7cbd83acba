import { describe, expect, it } from 'vitest'
import type { HostNotice } from '../../common/api/kioskApi'
import { createNoticeBus } from './noticeBus'

describe('createNoticeBus', () => {
  it('delivers to every subscriber until it unsubscribes', () => {
    const bus = createNoticeBus()
    const a: HostNotice[] = []
    const b: HostNotice[] = []
    const stopA = bus.subscribe((n) => a.push(n))
    bus.subscribe((n) => b.push(n))
    bus.emit({ kind: 'settings-changed' })
    stopA()
    bus.emit({ kind: 'content-changed', contentVersion: 2 })
    expect(a).toEqual([{ kind: 'settings-changed' }])
    expect(b).toHaveLength(2)
  })

  it('keeps delivering when a listener throws, and reports the failure', () => {
    const failures: unknown[] = []
    const bus = createNoticeBus((err) => failures.push(err))
    const heard: HostNotice[] = []
    bus.subscribe(() => {
      throw new Error('listener broke')
    })
    bus.subscribe((n) => heard.push(n))
    bus.emit({ kind: 'settings-changed' })
    expect(heard).toHaveLength(1)
    expect(String(failures[0])).toContain('listener broke')
  })

  it('the same function subscribed twice is delivered twice and unsubscribed separately', () => {
    const bus = createNoticeBus()
    let count = 0
    const listener = () => void count++
    const stop = bus.subscribe(listener)
    bus.subscribe(listener)
    stop()
    bus.emit({ kind: 'settings-changed' })
    expect(count).toBe(1)
  })
})
