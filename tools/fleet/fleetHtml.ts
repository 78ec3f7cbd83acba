import { chinaMinute } from '../../common/domain/chinaTime'
import { esc } from '../proof/renderValue'
import type { FleetReport, FleetRow } from './assess'

/**
 * The fleet report's only stylesheet, inlined: a plain table that prints on A4 landscape.
 * System fonts only (the report opens with no network); colours keep 7:1 contrast on white.
 */
const FLEET_CSS = `
:root { color: #111; background: #fff; font: 14px/1.45 "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; }
body { margin: 0; } main { padding: 20px; }
h1 { font-size: 21px; margin: 0 0 6px; } h2 { font-size: 17px; margin: 24px 0 8px; border-bottom: 1px solid #111; }
.en { color: #333; font-weight: normal; font-size: 0.85em; }
.summary { font-size: 16px; font-weight: bold; }
.summary.bad { color: #7a0000; } .summary.good { color: #004d1a; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #555; padding: 4px 6px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
thead th { background: #e8e8e8; }
tr.attention td { background: #fff1e0; }
tr.attention td.why { color: #7a0000; font-weight: bold; }
ul { margin: 0; padding-left: 1.2em; }
code { font-size: 12px; }
@page { size: A4 landscape; margin: 12mm; }
@media print { tr.attention td { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`

const heard = (row: FleetRow) =>
  row.minutesSince >= 0
    ? `${esc(chinaMinute(row.writtenAt))}<br><span class="en">${row.minutesSince} 分钟前 / min ago</span>`
    : esc(chinaMinute(row.writtenAt))

function kioskRow(row: FleetRow): string {
  const why =
    row.attention.length === 0
      ? '正常 <span class="en">OK</span>'
      : `<ul>${row.attention.map((a) => `<li data-attention="${a.code}">${esc(a.zh)}<br><span class="en">${esc(a.en)}</span></li>`).join('')}</ul>`
  const install = row.lastInstall
    ? `${esc(row.lastInstall.outcome)}${row.lastInstall.contentVersion !== undefined ? ` v${row.lastInstall.contentVersion}` : ''}<br><span class="en">${esc(chinaMinute(row.lastInstall.at))}</span>`
    : '—'
  return `<tr data-kiosk="${esc(row.kioskId)}"${row.attention.length ? ' class="attention"' : ''}>
<td class="why">${why}</td><td><strong>${esc(row.kioskId)}</strong><br>${esc(row.name)}</td>
<td>${esc(row.site ?? '—')}<br><span class="en">${esc(row.groups.join(', ') || '—')}</span></td>
<td data-content-version="${row.contentVersion}">v${row.contentVersion}</td><td>${install}</td>
<td>${esc(row.printer.state)}</td><td>${row.itemsPastReview}</td><td>${row.errors24h}</td><td>${heard(row)}</td></tr>`
}

/**
 * The report an office reads each morning: every kiosk in one table, those needing a visit first,
 * then the status files that could not be used. One self-contained file in Chinese and English:
 * inline CSS, no script, and a CSP that forbids every request.
 */
export function fleetHtml(report: FleetReport): string {
  const attention = report.kiosks.filter((k) => k.attention.length > 0).length
  const summary =
    report.kiosks.length === 0
      ? '<p class="summary bad">没有找到任何信息亭状态文件 / no kiosk status files found</p>'
      : attention > 0
        ? `<p class="summary bad">${attention} 台信息亭需要处理 / ${attention} of ${report.kiosks.length} kiosks need attention</p>`
        : `<p class="summary good">全部 ${report.kiosks.length} 台信息亭正常 / all ${report.kiosks.length} kiosks OK</p>`
  const pkg = report.newestPackage
    ? `<p>文件夹中最新的更新包 / newest package in the folders: <strong>v${report.newestPackage.contentVersion}</strong> (<code>${esc(report.newestPackage.file)}</code>) — 只比较版本号，未验证签名 / versions compared only, signature not verified</p>`
    : '<p>文件夹中没有更新包 / no update package in the folders</p>'
  const files =
    report.files.length === 0
      ? '<p>无 / none</p>'
      : `<table><thead><tr><th scope="col">文件 File</th><th scope="col">问题 Problem</th><th scope="col">原因 Reason</th></tr></thead><tbody>${report.files
          .map(
            (f) =>
              `<tr data-file-problem="${esc(f.kind)}"><td><code>${esc(f.file)}</code></td><td>${esc(f.kind)}</td><td>${esc(f.reason)}</td></tr>`,
          )
          .join('')}</tbody></table>`
  return `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>信息亭运行报告 Fleet report ${esc(report.generatedAt)}</title>
<style>${FLEET_CSS}</style></head>
<body><main>
<h1>信息亭运行报告 <span class="en">Kiosk fleet report</span></h1>
<p>生成时间 Made: ${esc(chinaMinute(report.generatedAt))}（北京时间 China time） · ${report.offlineAfterMinutes} 分钟无消息视为离线 / silent after ${report.offlineAfterMinutes} min</p>
${summary}
${pkg}
<h2>信息亭 <span class="en">Kiosks</span> (${report.kiosks.length})</h2>
<table><thead><tr><th scope="col">状态 Needs</th><th scope="col">信息亭 Kiosk</th><th scope="col">地点 / 分组 Site / groups</th><th scope="col">内容 Content</th><th scope="col">上次安装 Last install</th><th scope="col">打印机 Printer</th><th scope="col">过期复核 Past review</th><th scope="col">24 h 错误 Errors</th><th scope="col">状态写于 Written</th></tr></thead>
<tbody>
${report.kiosks.map(kioskRow).join('\n')}
</tbody></table>
<h2>无法使用的状态文件 <span class="en">Status files not used</span> (${report.files.length})</h2>
${files}
</main></body></html>
`
}

/**
 * A CSV cell: quoted when it holds a comma, quote or line break, and a leading `= + - @` made
 * inert with an apostrophe — names come from files a sync peer could write, and a spreadsheet
 * would otherwise run them as formulas.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** The same table as CSV (UTF-8 with a BOM so spreadsheet programs read the Chinese). */
export function fleetCsv(report: FleetReport): string {
  const header = [
    'kiosk_id',
    'name',
    'site',
    'groups',
    'content_version',
    'needs_attention',
    'attention_codes',
    'attention_zh',
    'attention_en',
    'last_install',
    'last_install_at',
    'printer',
    'items_past_review',
    'errors_24h',
    'written_at',
    'minutes_since',
    'file',
  ]
  const rows = report.kiosks.map((k) =>
    [
      k.kioskId,
      k.name,
      k.site,
      k.groups.join(' '),
      k.contentVersion,
      k.attention.length > 0 ? 'yes' : 'no',
      k.attention.map((a) => a.code).join(' '),
      k.attention.map((a) => a.zh).join('；'),
      k.attention.map((a) => a.en).join('; '),
      k.lastInstall?.outcome,
      k.lastInstall?.at,
      k.printer.state,
      k.itemsPastReview,
      k.errors24h,
      k.writtenAt,
      k.minutesSince,
      k.file,
    ]
      .map(csvCell)
      .join(','),
  )
  return `\uFEFF${[header.join(','), ...rows].join('\r\n')}\r\n`
}
