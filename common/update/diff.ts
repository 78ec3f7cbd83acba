import type { Content } from '../content/schema'
import { DIFF_COLLECTIONS, type ContentDiff, type PhoneNumberChange } from './updateStatus'

/** JSON with object keys sorted, so two equal values always compare equal as text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

function diffById(before: readonly { id: string }[], after: readonly { id: string }[]) {
  const old = new Map(before.map((item) => [item.id, canonical(item)]))
  const next = new Set(after.map((item) => item.id))
  let added = 0
  let changed = 0
  for (const item of after) {
    const previous = old.get(item.id)
    if (previous === undefined) added++
    else if (previous !== canonical(item)) changed++
  }
  const removed = before.filter((item) => !next.has(item.id)).length
  return { added, changed, removed }
}

/**
 * What an update changes, for the staff confirmation screen: per collection how many items are
 * added, changed and removed, and every hotline whose number changes or that disappears — a
 * forged or mistyped hotline is the most harmful change a package can make. With no installed
 * content everything counts as added.
 */
export function diffContent(before: Content | undefined, after: Content): ContentDiff {
  const collections = DIFF_COLLECTIONS.map((collection) => ({
    collection,
    ...diffById(before?.[collection] ?? [], after[collection] ?? []),
  }))
  const newPhones = new Map(after.phones.map((p) => [p.id, p]))
  const oldIds = new Set((before?.phones ?? []).map((p) => p.id))
  const phoneNumbers: PhoneNumberChange[] = []
  for (const phone of before?.phones ?? []) {
    const next = newPhones.get(phone.id)
    if (!next)
      phoneNumbers.push({ id: phone.id, name: phone.name['zh-Hans'], before: phone.number })
    else if (next.number !== phone.number) {
      phoneNumbers.push({
        id: phone.id,
        name: phone.name['zh-Hans'],
        before: phone.number,
        after: next.number,
      })
    }
  }
  return {
    ...(before ? { versionBefore: before.dataset.contentVersion } : {}),
    versionAfter: after.dataset.contentVersion,
    collections,
    screenerChanged: canonical(before?.screener) !== canonical(after.screener),
    phoneNumbers,
    phonesAdded: after.phones
      .filter((p) => !oldIds.has(p.id))
      .map((p) => ({ id: p.id, name: p.name['zh-Hans'], number: p.number })),
  }
}
