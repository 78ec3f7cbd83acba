import type { Content, ScreenerQuestion } from '../schema'
import { visibleCollections } from './collections'
import type { Problem } from './problems'
import { error } from './problems'

type Target = { noun: string; ids: ReadonlySet<string> }

function targets(content: Content) {
  const ids = (items: readonly { id: string }[]) => new Set(items.map((i) => i.id))
  return {
    category: { noun: 'category', ids: ids(content.categories) },
    service: { noun: 'service', ids: ids(content.services) },
    location: { noun: 'location', ids: ids(content.locations) },
    phone: { noun: 'phone', ids: ids(content.phones) },
    site: { noun: 'kiosk site', ids: ids(content.kioskSites) },
    rule: { noun: 'screener rule', ids: ids(content.screener.rules) },
    question: { noun: 'screener question', ids: ids(content.screener.questions) },
    source: {
      noun: 'source (dataset.sources)',
      ids: new Set(content.dataset.sources?.flatMap((s) => (s.id === undefined ? [] : [s.id]))),
    },
  } satisfies Record<string, Target>
}

function answerProblem(question: ScreenerQuestion, answer: string): string | undefined {
  const allowed =
    question.kind === 'yesno' ? ['yes', 'no'] : (question.options ?? []).map((o) => o.id)
  if (allowed.includes(answer)) return undefined
  return `"${answer}" is not an answer to question "${question.id}" (answers: ${allowed.join(', ')})`
}

function screenerProblems(content: Content): Problem[] {
  const problems: Problem[] = []
  content.screener.questions.forEach((q, i) => {
    const count = q.options?.length ?? 0
    if (q.kind === 'oneOf' && count < 2) {
      problems.push(
        error(`screener.questions[${i}].options`, 'a one-of question needs at least 2 options'),
      )
    }
    if (q.kind === 'yesno' && count > 0) {
      problems.push(
        error(
          `screener.questions[${i}].options`,
          'a yes/no question has no options (its answers are "yes" and "no")',
        ),
      )
    }
  })
  const questions = new Map(content.screener.questions.map((q) => [q.id, q]))
  content.screener.rules.forEach((rule, r) => {
    rule.when.forEach((condition, c) => {
      const question = questions.get(condition.questionId)
      const message = question && answerProblem(question, condition.answer)
      if (message) problems.push(error(`screener.rules[${r}].when[${c}].answer`, message))
    })
  })
  return problems
}

/**
 * Every id that content refers to must exist: a dangling reference would show a visitor an
 * empty map pin or a hotline button that dials nothing.
 */
export function referenceProblems(content: Content): Problem[] {
  const t = targets(content)
  const problems: Problem[] = []
  const check = (path: string, id: string | undefined, target: Target) => {
    if (id !== undefined && !target.ids.has(id)) {
      problems.push(error(path, `no ${target.noun} with id "${id}"`))
    }
  }
  // The path of each listed id is built only when that id is missing.
  const checkAll = (path: string, ids: readonly string[] | undefined, target: Target) =>
    ids?.forEach((id, j) => {
      if (!target.ids.has(id))
        problems.push(error(`${path}[${j}]`, `no ${target.noun} with id "${id}"`))
    })

  check('dataset.defaultSiteId', content.dataset.defaultSiteId, t.site)
  content.categories.forEach((c, i) => check(`categories[${i}].phoneId`, c.phoneId, t.phone))
  content.services.forEach((s, i) => {
    checkAll(`services[${i}].locationIds`, s.locationIds, t.location)
    checkAll(`services[${i}].phoneIds`, s.phoneIds, t.phone)
    checkAll(`services[${i}].categoryIds`, s.categoryIds, t.category)
    checkAll(`services[${i}].eligibility.ruleIds`, s.eligibility.ruleIds, t.rule)
  })
  content.locations.forEach((l, i) => {
    checkAll(`locations[${i}].phoneIds`, l.phoneIds, t.phone)
    for (const siteId of Object.keys(l.directions ?? {})) {
      check(`locations[${i}].directions.${siteId}`, siteId, t.site)
    }
  })
  content.phones.forEach((p, i) => checkAll(`phones[${i}].categoryIds`, p.categoryIds, t.category))
  content.notices.forEach((n, i) =>
    checkAll(`notices[${i}].categoryIds`, n.categoryIds, t.category),
  )
  content.faqs.forEach((f, i) => checkAll(`faqs[${i}].categoryIds`, f.categoryIds, t.category))
  content.screener.rules.forEach((rule, r) => {
    rule.when.forEach((c, j) =>
      check(`screener.rules[${r}].when[${j}].questionId`, c.questionId, t.question),
    )
    checkAll(`screener.rules[${r}].serviceIds`, rule.serviceIds, t.service)
  })
  content.maps?.forEach((m, i) => check(`maps[${i}].siteId`, m.siteId, t.site))
  for (const [path, items] of visibleCollections(content)) {
    items.forEach((item, i) => checkAll(`${path}[${i}].sourceIds`, item.sourceIds, t.source))
  }
  return [...problems, ...screenerProblems(content)]
}
