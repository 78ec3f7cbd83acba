import type { LocalizedText, Location, Notice, Phone, Service } from '../content/schema'

/**
 * A labelled piece of an item's text that every output shows the same way: the screen as a
 * section (heading + text), the slip as heading + body lines, the QR text as "label: text"
 * (dropped first when the code is full), read-aloud as "label: text", the proof in its
 * "as the visitor reads it" row. `id` names the screen section (`<screen>-<id>`); `label` is a
 * translation key ('places' namespace unless prefixed), absent for text that needs none.
 */
export type FactSpec<T> = {
  id: string
  label?: string
  value: (item: T) => LocalizedText | undefined
}

/**
 * THE place to add a content field a visitor should read (besides the schema): one entry here
 * and the field appears on the item's screen, its printed slip, its QR text, its read-aloud
 * script and the proof, in that order. See docs/architecture.md, "Adding a content field".
 */
export const FACTS: {
  locations: FactSpec<Location>[]
  services: FactSpec<Service>[]
  phones: FactSpec<Phone>[]
  notices: FactSpec<Notice>[]
} = {
  locations: [
    { id: 'transport', label: 'place.transport', value: (l) => l.transport },
    { id: 'access', label: 'place.accessibility', value: (l) => l.accessibility },
  ],
  services: [
    { id: 'who', label: 'common:service.whoFor', value: (s) => s.eligibility.description },
  ],
  phones: [{ id: 'about', label: 'common:hotline.whatFor', value: (p) => p.description }],
  notices: [],
}
