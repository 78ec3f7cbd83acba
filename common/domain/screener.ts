import type { Screener } from '../content/schema'

/**
 * Services the visitor may qualify for, in rule order and without duplicates. A rule matches
 * only when every one of its conditions has been answered exactly so; unanswered questions
 * match nothing. The screener advises and never excludes, so nothing here removes a service.
 */
export function suggestServices(screener: Screener, answers: Record<string, string>): string[] {
  const suggested = new Set<string>()
  for (const rule of screener.rules) {
    const matches = rule.when.every(
      (c) => Object.hasOwn(answers, c.questionId) && answers[c.questionId] === c.answer,
    )
    if (matches) rule.serviceIds.forEach((id) => suggested.add(id))
  }
  return [...suggested]
}
