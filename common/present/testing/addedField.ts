import type { Content, Location, LocalizedText } from '../../content/schema'
import { FACTS } from '../facts'

/** The text of a field that no output knows about, in the three languages. */
export const ADDED_TEXT = {
  'zh-Hans': '东门有无障碍坡道',
  en: 'Step-free ramp at the east gate',
  ko: '동문에 경사로가 있습니다',
} satisfies LocalizedText

type WithRamp = Location & { ramp?: LocalizedText }

/**
 * Test helper for docs/architecture.md's "Adding a content field": adds a place field `ramp` the
 * way the recipe says — one entry in FACTS, nothing else — and returns content whose first place
 * carries it, and a function that takes the entry out again. The tests of the five outputs
 * (screen, slip, QR text, speech: renderer/screens/Place/addedField.test.tsx; proof:
 * tools/proof/visitorView.test.ts) each look for ADDED_TEXT.
 */
export function addRampField(content: Content): { content: Content; restore: () => void } {
  const entry = {
    id: 'ramp',
    label: 'place.accessibility',
    value: (l: Location) => (l as WithRamp).ramp,
  }
  FACTS.locations.push(entry)
  const changed = structuredClone(content)
  const place: WithRamp = changed.locations[0]!
  place.ramp = ADDED_TEXT
  return {
    content: changed,
    restore: () => {
      const at = FACTS.locations.indexOf(entry)
      if (at >= 0) FACTS.locations.splice(at, 1)
    },
  }
}
