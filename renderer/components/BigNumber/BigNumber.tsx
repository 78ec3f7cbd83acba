import type { ReactNode } from 'react'

/**
 * A number that matters (an amount, a phone number) shown large, with its meaning beside it in
 * normal text, because people scan for the number first.
 */
export function BigNumber({ value, caption }: { value: ReactNode; caption?: ReactNode }) {
  return (
    <span className="big-number">
      <span className="big-number-value">{value}</span>
      {caption !== undefined && <span className="big-number-caption">{caption}</span>}
    </span>
  )
}
