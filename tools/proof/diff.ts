import { formatPath, type PathSegment } from '../../common/content/checks/problems'
import type { Content } from '../../common/content/schema'

/** The lists of items a proof shows, in the order a reader meets them on the kiosk. */
export const COLLECTIONS = [
  'categories',
  'services',
  'locations',
  'phones',
  'notices',
  'faqs',
  'kioskSites',
  'screener.questions',
  'screener.rules',
] as const
export type Collection = (typeof COLLECTIONS)[number]

export type Item = { id: string } & Record<string, unknown>

export function itemsOf(content: Content, collection: Collection): Item[] {
  const [a, b] = collection.split('.') as [string, string | undefined]
  const top = (content as unknown as Record<string, unknown>)[a]
  const list = b === undefined ? top : (top as Record<string, unknown> | undefined)?.[b]
  return Array.isArray(list) ? (list as Item[]) : []
}

/** One changed value: `path` inside the item (`number`, `benefits[0].amountCny`). */
export type LeafChange = { path: string; field: string; before?: unknown; after?: unknown }
export type ItemChange = {
  collection: Collection
  id: string
  kind: 'added' | 'removed' | 'changed'
  changes: LeafChange[]
}

function leaves(value: unknown, path: PathSegment[] = [], out = new Map<string, unknown>()) {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      leaves(v, [...path, Array.isArray(value) ? Number(k) : k], out)
    }
  } else out.set(formatPath(path), value)
  return out
}

/** Item by item (matched by id, so reordering is no change), every value that differs. */
export function diffContent(before: Content, after: Content): ItemChange[] {
  const out: ItemChange[] = []
  for (const collection of COLLECTIONS) {
    const old = new Map(itemsOf(before, collection).map((i) => [i.id, i]))
    const now = itemsOf(after, collection)
    for (const item of now) {
      const previous = old.get(item.id)
      if (!previous) {
        out.push({ collection, id: item.id, kind: 'added', changes: [] })
        continue
      }
      const a = leaves(previous)
      const b = leaves(item)
      const changes: LeafChange[] = []
      for (const path of new Set([...a.keys(), ...b.keys()])) {
        if (a.get(path) === b.get(path)) continue
        const field = path.split(/[.[]/)[0]!
        changes.push({ path, field, before: a.get(path), after: b.get(path) })
      }
      if (changes.length > 0) out.push({ collection, id: item.id, kind: 'changed', changes })
    }
    const kept = new Set(now.map((i) => i.id))
    for (const id of old.keys()) {
      if (!kept.has(id)) out.push({ collection, id, kind: 'removed', changes: [] })
    }
  }
  return out
}

/** Changes a supervisor must read first: phone numbers, then amounts of money. */
export function headlineChanges(changes: readonly ItemChange[]) {
  const flat = changes.flatMap((c) => c.changes.map((leaf) => ({ ...leaf, item: c })))
  return {
    phones: flat.filter((c) => c.item.collection === 'phones' && c.path === 'number'),
    amounts: flat.filter((c) => /amount/i.test(c.path)),
  }
}
