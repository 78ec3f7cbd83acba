import type { Benefit, Language, LocalizedText } from '../content/schema'
import { formatCny } from './format'
import type { Translate } from '../i18n/translate'

/** How one benefit reads: the amount (big), what it is counted for, and plain qualifiers. */
export type BenefitWording = {
  /** "up to ¥1,000", "¥500", "¥500 worth of goods"; absent when no amount is given. */
  amount?: string
  /** "per person (approved by the street office)". */
  caption?: string
  /** "In goods: rice, flour and oil", "For selected households — not applied for". */
  notes: string[]
}

/**
 * Words that say what an amount is, so it never reads as a promise: a limit reads "up to", an
 * approval names who decides, goods say what they are, and help for households the office chose
 * says it is not applied for. Pure, so every combination is tested without rendering.
 */
export function benefitWording(
  b: Benefit,
  lang: Language,
  t: Translate,
  text: (value: LocalizedText) => string,
): BenefitWording {
  const notes: string[] = []
  if (b.form === 'goods' && b.items) notes.push(t('service.goods', { items: text(b.items) }))
  if (b.appliedFor === false) notes.push(t('service.notAppliedFor'))
  if (b.amountCny === undefined) return { notes }
  const money = formatCny(b.amountCny, lang)
  const amount =
    b.form === 'goods'
      ? t('service.amount.goodsWorth', { amount: money })
      : b.amountKind === 'limit'
        ? t('service.amount.upTo', { amount: money })
        : money
  const per = b.per ? t(`service.per.${b.per}`) : undefined
  const approved = b.approvedBy ? t('service.approvedBy', { who: text(b.approvedBy) }) : undefined
  // Chinese runs on without a space before its full-width bracket.
  const caption = [per, approved].filter(Boolean).join(lang === 'zh-Hans' ? '' : ' ')
  return { amount, ...(caption ? { caption } : {}), notes }
}
