import { formatPhone } from '../../../common/domain/phone'

/**
 * A phone number grouped for copying down (0431-8888-1234). Always left-to-right and never broken
 * across lines, so a reader sees the number as one unit.
 */
export function PhoneNumber({ number, className }: { number: string; className?: string }) {
  return (
    <span
      className={className ? `phone-number ${className}` : 'phone-number'}
      dir="ltr"
      data-speak="digits"
    >
      {formatPhone(number)}
    </span>
  )
}
