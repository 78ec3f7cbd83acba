import type { Fact } from '../../../common/present/present'
import { LocalText } from '../LocalText'

type Props = {
  facts: readonly Fact[]
  /** The screen's name, so section ids read `place-transport`, `service-who`. */
  screen: string
}

/**
 * An item's labelled facts (common/present/facts.ts) as sections: a field added there shows on
 * the screen with no change here, as it does on the slip, in the QR text and in speech.
 */
export function FactSections({ facts, screen }: Props) {
  return facts.map((fact) => {
    const id = `${screen}-${fact.id}`
    return (
      <section
        key={fact.id}
        className="detail-section"
        {...(fact.label ? { 'aria-labelledby': id } : {})}
      >
        {fact.label && (
          <h2 id={id} className="section-title">
            {fact.label}
          </h2>
        )}
        <LocalText value={fact.value} as="p" className="body-text" />
      </section>
    )
  })
}
