import type { Content } from '../../common/content/schema'
import { LANGUAGES } from '../../common/content/schema'
import { fieldLabel, sheetLabel } from '../sheet/labels'
import {
  COLLECTIONS,
  diffContent,
  headlineChanges,
  itemsOf,
  type Item,
  type ItemChange,
} from './diff'
import { PROOF_CSS } from './proofStyle'
import { esc, sameInEveryLanguage, valueRenderer, type Renderer } from './renderValue'
import { visitorViewRow } from './visitorView'

export type ProofOptions = {
  /** The content this one replaces; its differences are highlighted. */
  against?: Content
  /** Shown in the header, e.g. the file names. */
  file: string
  againstFile?: string
  /** When the proof was made (YYYY-MM-DD). */
  today: string
}

const LANGUAGE_HEADINGS = ['中文', 'English', '한국어']
const COLLECTION_EN: Record<string, string> = {
  categories: 'Categories',
  services: 'Services',
  locations: 'Places',
  phones: 'Hotlines',
  notices: 'Notices',
  faqs: 'Questions and answers',
  kioskSites: 'Kiosk sites',
  'screener.questions': 'Screener questions',
  'screener.rules': 'Screener rules',
}

const show = (v: unknown) =>
  v === undefined ? '（无 / none）' : typeof v === 'string' ? v : JSON.stringify(v)

function changeList(changes: readonly { path: string; before?: unknown; after?: unknown }[]) {
  return changes
    .map(
      (c) =>
        `<li><code>${esc(c.path)}</code>: <del>${esc(show(c.before))}</del> → <ins>${esc(show(c.after))}</ins></li>`,
    )
    .join('')
}

function summary(
  changes: readonly ItemChange[],
  unconfirmed: number,
  againstFile: string | undefined,
) {
  const parts = [
    `<section class="summary" aria-labelledby="summary-title"><h2 id="summary-title">变更摘要 Summary of changes</h2>`,
  ]
  if (!againstFile) {
    parts.push('<p>未与旧版本比较（没有 --against）。/ Not compared with an earlier version.</p>')
  } else {
    const { phones, amounts } = headlineChanges(changes)
    const money = (v: unknown) =>
      typeof v === 'number' ? `¥${v.toLocaleString('en-US')}` : show(v)
    const headline = (title: string, list: typeof phones, fmt: (v: unknown) => string = show) =>
      `<h3>${title}</h3>` +
      (list.length === 0
        ? '<p>无变化 / unchanged</p>'
        : `<ul class="headline">${list.map((c) => `<li><strong>${esc(c.item.id)}</strong> <code>${esc(c.path)}</code>: <del>${esc(fmt(c.before))}</del> → <ins>${esc(fmt(c.after))}</ins></li>`).join('')}</ul>`)
    parts.push(`<p>与 ${esc(againstFile)} 比较 / compared with ${esc(againstFile)}</p>`)
    parts.push(headline('电话号码 Phone numbers', phones))
    parts.push(headline('金额 Amounts', amounts, money))
    const rest = changes.map((c) => {
      const label = { added: '新增 added', removed: '删除 removed', changed: '修改 changed' }[
        c.kind
      ]
      const fields = [...new Set(c.changes.map((l) => l.field))].join(', ')
      return `<li>${esc(sheetLabel(c.collection))} <strong>${esc(c.id)}</strong>: ${label}${fields ? ` (${esc(fields)})` : ''}</li>`
    })
    parts.push(`<h3>全部变更 All changes (${changes.length})</h3>`)
    parts.push(rest.length === 0 ? '<p>无变化 / no changes</p>' : `<ul>${rest.join('')}</ul>`)
  }
  parts.push(
    `<p class="unconfirmed-count"><span class="badge unconfirmed">待确认</span> 尚未确认的事实：${unconfirmed} 项 / facts not yet confirmed: ${unconfirmed}</p>`,
  )
  parts.push('</section>')
  return parts.join('\n')
}

function itemRows(item: Item, render: Renderer, change: ItemChange | undefined): string {
  const unconfirmed = new Set((item.unconfirmed as string[] | undefined) ?? [])
  const changed = new Set(change?.changes.map((c) => c.field) ?? [])
  const rows: string[] = []
  for (const [key, value] of Object.entries(item)) {
    if (key === 'id' || key === 'unconfirmed') continue
    const marks = [
      unconfirmed.has(key) ? '<span class="badge unconfirmed">待确认 unconfirmed</span>' : '',
      changed.has(key) ? '<span class="badge changed">已修改 changed</span>' : '',
    ].join('')
    const cls = [unconfirmed.has(key) ? 'unconfirmed' : '', changed.has(key) ? 'changed' : '']
      .join(' ')
      .trim()
    const head = `<th scope="row">${esc(fieldLabel([key]))}<br><span class="en">${esc(key)}</span>${marks}</th>`
    const cells = sameInEveryLanguage(render, key, value)
      ? `<td colspan="3">${render(key, value, 'zh-Hans')}</td>`
      : LANGUAGES.map((lang) => `<td lang="${lang}">${render(key, value, lang)}</td>`).join('')
    rows.push(`<tr${cls ? ` class="${cls}"` : ''}>${head}${cells}</tr>`)
    const was = change?.changes.filter((c) => c.field === key) ?? []
    if (was.length > 0)
      rows.push(
        `<tr class="was"><th scope="row">原为 was</th><td colspan="3"><ul>${changeList(was)}</ul></td></tr>`,
      )
  }
  for (const key of unconfirmed) {
    if (key in item) continue
    // A name like `amountCny` may sit inside another field (benefits); say where to look.
    const note = JSON.stringify(item).includes(`"${key}":`)
      ? '（在上面的字段里 / inside a field above）'
      : '（空：信息亭不显示 / empty: not shown）'
    rows.push(
      `<tr class="unconfirmed"><th scope="row">${esc(fieldLabel([key]))}<br><span class="en">${esc(key)}</span><span class="badge unconfirmed">待确认 unconfirmed</span></th><td colspan="3">${note}</td></tr>`,
    )
  }
  return rows.join('\n')
}

function itemArticle(
  item: Item,
  render: Renderer,
  change: ItemChange | undefined,
  visitorView: string,
): string {
  const name = item.name ?? item.title ?? item.question ?? item.text
  const title = name && typeof name === 'object' ? render('name', name, 'zh-Hans') : esc(item.id)
  const added = change?.kind === 'added' ? '<span class="badge changed">新增 new</span>' : ''
  const head = `<tr><th scope="col">字段 Field</th>${LANGUAGE_HEADINGS.map((h, i) => `<th scope="col" lang="${LANGUAGES[i]}">${h}</th>`).join('')}</tr>`
  return `<article class="item${change ? ' has-changes' : ''}">
<h3>${title} <span class="id">${esc(item.id)}</span>${added}</h3>
<table><thead>${head}</thead><tbody>
${visitorView}
${itemRows(item, render, change)}
</tbody></table></article>`
}

const SIGN_OFF = `<section class="signoff" aria-labelledby="signoff-title">
<h2 id="signoff-title">审核签字 Sign-off</h2>
<p>本人已核对以上全部内容（含三种语言、电话号码和金额），同意打包发布。/ I have checked everything above (all three languages, phone numbers and amounts) and approve it for packing.</p>
<table class="boxes"><tbody>
<tr><th scope="row">校对人 Checked by</th><td></td></tr>
<tr><th scope="row">日期 Date</th><td></td></tr>
<tr><th scope="row">签字 Signature</th><td class="tall"></td></tr>
</tbody></table></section>`

/**
 * The proof a supervisor signs before a package is packed: every item in the three languages
 * side by side, changes against the previous content first, unconfirmed facts marked. One
 * self-contained file: inline CSS, no script, and a CSP that forbids any request.
 */
export function proofHtml(content: Content, options: ProofOptions): string {
  const render = valueRenderer(content)
  const changes = options.against ? diffContent(options.against, content) : []
  const changeOf = (collection: string, id: string) =>
    changes.find((c) => c.collection === collection && c.id === id)
  let unconfirmed = 0
  const sections = COLLECTIONS.map((collection) => {
    const items = itemsOf(content, collection)
    unconfirmed += items.reduce(
      (n, i) => n + ((i.unconfirmed as unknown[] | undefined)?.length ?? 0),
      0,
    )
    const id = `list-${collection.replace('.', '-')}`
    const body =
      items.length === 0
        ? '<p>（无 / none）</p>'
        : items
            .map((i) =>
              itemArticle(
                i,
                render,
                changeOf(collection, i.id),
                visitorViewRow(content, collection, i.id, options.today),
              ),
            )
            .join('\n')
    return `<section aria-labelledby="${id}"><h2 id="${id}">${esc(sheetLabel(collection))} ${COLLECTION_EN[collection] ?? collection} (${items.length})</h2>\n${body}</section>`
  })
  const d = content.dataset
  const sample = d.sample
    ? '<p class="sample">示例内容，未经有关部门确认 / SAMPLE content, not confirmed by the offices</p>'
    : ''
  return `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>内容校样 Content proof — ${esc(d.region['zh-Hans'])} v${d.contentVersion}</title>
<style>${PROOF_CSS}</style></head>
<body><main>
<header class="doc"><h1>救助信息亭内容校样 <span class="en">Relief kiosk content proof</span></h1>
<dl><dt>地区 Region</dt><dd>${esc(d.region['zh-Hans'])}</dd><dt>内容版本 Version</dt><dd>${d.contentVersion}</dd>
<dt>发布时间 Published</dt><dd>${esc(d.publishedAt)}</dd><dt>文件 File</dt><dd>${esc(options.file)}</dd><dt>校样日期 Proof made</dt><dd>${esc(options.today)}</dd></dl>
${sample}</header>
${summary(changes, unconfirmed, options.againstFile)}
${sections.join('\n')}
${SIGN_OFF}
</main></body></html>
`
}
