/**
 * The proof's only stylesheet, inlined: a plain office document on screen and on A4 paper.
 * System fonts only (a proof must open with no network). Colours keep 7:1 contrast on white.
 */
export const PROOF_CSS = `
:root { color: #111; background: #fff; font: 14px/1.5 "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "Noto Sans CJK KR", "Malgun Gothic", sans-serif; }
body { margin: 0; }
main { max-width: 1100px; margin: 0 auto; padding: 24px; }
h1 { font-size: 22px; margin: 0 0 8px; border-bottom: 3px double #111; padding-bottom: 6px; }
h2 { font-size: 18px; margin: 28px 0 10px; border-bottom: 1px solid #111; }
h3 { font-size: 15px; margin: 16px 0 6px; }
.en { color: #333; font-weight: normal; font-size: 0.85em; }
.id { font: 12px monospace; color: #333; font-weight: normal; margin-left: 8px; }
dl { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 2px 12px; margin: 8px 0; }
dt { font-weight: bold; } dd { margin: 0; }
.sample { border: 2px solid #7a2e00; color: #7a2e00; padding: 4px 8px; font-weight: bold; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 1px solid #555; padding: 4px 6px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
thead th { background: #e8e8e8; }
tbody th { width: 17%; background: #f4f4f4; font-weight: bold; }
td ol, td ul { margin: 0; padding-left: 1.3em; }
.k { color: #333; font-size: 0.85em; }
small.code { font: 11px monospace; color: #444; }
.fallback small { color: #5a3d00; }
tr.changed > td, tr.changed > th { background: #fff1c2; }
tr.unconfirmed > th { border-left: 4px solid #7a2e00; }
tr.was td { font-size: 0.9em; background: #fafafa; }
del { color: #7a0000; } ins { color: #004d1a; text-decoration: underline; }
.badge { display: inline-block; font-size: 11px; font-weight: bold; padding: 0 4px; margin: 2px 0 0 4px; border: 1px solid currentColor; border-radius: 3px; }
.badge.unconfirmed { color: #7a2e00; } .badge.changed { color: #1a3d7a; }
.summary { border: 2px solid #111; padding: 0 12px 8px; }
.summary h2 { border: 0; }
ul.headline li { font-size: 1.1em; }
article.item { break-inside: avoid; page-break-inside: avoid; margin-bottom: 12px; }
.signoff { break-inside: avoid; page-break-inside: avoid; border: 2px solid #111; padding: 0 12px 12px; margin-top: 32px; }
.signoff h2 { border: 0; }
.boxes th { width: 25%; } .boxes td { height: 40px; } .boxes td.tall { height: 80px; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  :root { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .summary { break-after: page; page-break-after: always; }
  tr.changed > td, tr.changed > th, thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`
