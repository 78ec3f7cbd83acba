import type ExcelJS from 'exceljs'
import { formatPath, type PathSegment } from '../../common/content/checks/problems'
import { readCell, type SheetError } from './cells'
import type { KeyColumn, Layout, Leaf, Node, RootField, Table } from './layout'
import { HEADER_ROWS, buildLayout } from './layout'
import { ABOUT_SHEET, META_FIRST_ROW } from './writeWorkbook'

/** One data row of a sheet, its cells already read as the schema expects. */
type SheetRow = {
  row: number
  keys: Partial<Record<KeyColumn, string>>
  keyRefs: Partial<Record<KeyColumn, string>>
  values: unknown[]
  refs: string[]
  used: boolean
}

export type ReadResult =
  | { ok: true; raw: Record<string, unknown>; cells: Map<string, string> }
  | { ok: false; errors: SheetError[] }

const KEYS: KeyColumn[] = ['@parent', '@key', '@index']
const KEY_LEAF: Leaf = { kind: 'text' }

function readSheet(ws: ExcelJS.Worksheet, table: Table, errors: SheetError[]): SheetRow[] {
  const ref = (address: string) => `${table.sheet}!${address}`
  const byName = new Map<string, number>()
  ws.getRow(HEADER_ROWS).eachCell((cell, col) => {
    // LibreOffice may save a header as rich text (one run per font); its text is the name.
    const name = String(readCell(KEY_LEAF, cell.value).value ?? '')
    if (name === '') return
    const known =
      KEYS.includes(name as KeyColumn) ||
      table.columns.some((c) => (c.path.join('.') || 'value') === name)
    if (!known) {
      errors.push({
        ref: ref(cell.address),
        zh: `未知字段“${name}”（第2行是字段名，请勿修改）`,
        en: `unknown field "${name}" (row 2 holds field names; do not edit it)`,
      })
    }
    byName.set(name, col)
  })
  const rows: SheetRow[] = []
  for (let r = HEADER_ROWS + 1; r <= ws.rowCount; r++) {
    const line = ws.getRow(r)
    if (!line.hasValues) continue
    const keys: SheetRow['keys'] = {}
    const keyRefs: SheetRow['keyRefs'] = {}
    for (const k of table.keys) {
      const col = byName.get(k)
      keyRefs[k] = col === undefined ? `${table.sheet}!${r}` : ref(line.getCell(col).address)
      const key = col === undefined ? undefined : line.getCell(col)
      const read = key === undefined ? {} : readCell(KEY_LEAF, key.value, key.numFmt)
      if (read.value !== undefined) keys[k] = String(read.value)
    }
    const values: unknown[] = []
    const refs: string[] = []
    let filled = Object.keys(keys).length > 0
    table.columns.forEach((column, i) => {
      const col = byName.get(column.path.join('.') || 'value')
      const cell = col === undefined ? undefined : line.getCell(col)
      refs[i] = cell ? ref(cell.address) : `${table.sheet}!${r}`
      if (!cell) return
      const read = readCell(column.leaf, cell.value, cell.numFmt)
      if (read.error) errors.push({ ref: refs[i]!, ...read.error })
      if (read.value !== undefined) {
        values[i] = read.value
        filled = true
      }
    })
    if (filled) rows.push({ row: r, keys, keyRefs, values, refs, used: false })
  }
  return rows
}

/** A required list or group left empty is empty, not absent (the schema then says if that is fine). */
function emptyRequired(node: Node): unknown {
  if (node.t === 'object') return {}
  if (node.t === 'leaf' && node.leaf.kind === 'list') return []
  if (node.t === 'child') return node.table.shape === 'array' ? [] : {}
  return undefined
}

function leafCols(node: Node, out: Set<number> = new Set()): Set<number> {
  if (node.t === 'leaf') out.add(node.col)
  if (node.t === 'object') node.fields.forEach((f) => leafCols(f.node, out))
  return out
}

/**
 * Reads a workbook written by `contentWorkbook` (and edited by a clerk) back into content.
 * Every cell that cannot be read is reported with its sheet and address; nothing is guessed.
 * `cells` maps each JSON path that came from a cell to that cell, for the checker's problems.
 */
export function readWorkbook(wb: ExcelJS.Workbook, layout: Layout = buildLayout()): ReadResult {
  const errors: SheetError[] = []
  const cells = new Map<string, string>()
  const sheets = new Map<Table, SheetRow[] | undefined>()
  for (const table of layout.tables) {
    const ws = wb.getWorksheet(table.sheet)
    if (!ws && !table.optional && !table.sheet.includes('·')) {
      errors.push({
        ref: `${table.sheet}!A1`,
        zh: `缺少工作表“${table.sheet}”`,
        en: `the sheet "${table.sheet}" is missing`,
      })
    }
    sheets.set(table, ws ? readSheet(ws, table, errors) : undefined)
  }

  const build = (node: Node, row: SheetRow, identity: string, path: PathSegment[]): unknown => {
    switch (node.t) {
      case 'leaf':
        cells.set(formatPath(path), row.refs[node.col]!)
        return row.values[node.col]
      case 'object': {
        const out: Record<string, unknown> = {}
        for (const f of node.fields) {
          let v = build(f.node, row, identity, [...path, f.key])
          if (v === undefined && !f.optional) v = emptyRequired(f.node)
          if (v !== undefined) out[f.key] = v
        }
        return Object.keys(out).length === 0 ? undefined : out
      }
      case 'union': {
        cells.set(formatPath([...path, node.discriminator]), row.refs[node.col]!)
        const tag = row.values[node.col]
        const option = typeof tag === 'string' ? node.options.get(tag) : undefined
        const allowed = option ? leafCols(option) : new Set<number>()
        const stray = [
          ...leafCols({
            t: 'object',
            fields: [...node.options.values()].map((n) => ({ key: '', optional: true, node: n })),
          }),
        ].filter((col) => !allowed.has(col) && row.values[col] !== undefined)
        for (const col of stray) {
          errors.push(
            tag === undefined
              ? { ref: row.refs[node.col]!, zh: '请先填写种类', en: 'fill in the kind first' }
              : {
                  ref: row.refs[col]!,
                  zh: `种类“${String(tag)}”不用这一列`,
                  en: `this column does not apply to kind "${String(tag)}"`,
                },
          )
        }
        if (!option) return undefined
        const value = build(option, row, identity, path)
        return { [node.discriminator]: tag, ...(value as object | undefined) }
      }
      case 'child':
        return childValue(node.table, identity, path)
    }
  }

  const childValue = (table: Table, parent: string, path: PathSegment[]): unknown => {
    const rows = (sheets.get(table) ?? []).filter((r) => r.keys['@parent'] === parent)
    rows.forEach((r) => (r.used = true))
    const index = (r: SheetRow) => Number(r.keys['@index'] ?? NaN)
    for (const r of rows) {
      if (table.keys.includes('@index') && !Number.isFinite(index(r))) {
        errors.push({
          ref: r.keyRefs['@index']!,
          zh: '序号应为数字',
          en: 'the position (@index) must be a number',
        })
      }
    }
    const ordered = [...rows].sort((a, b) => index(a) - index(b) || a.row - b.row)
    const element = (r: SheetRow, at: PathSegment[]) => {
      const id = [parent, r.keys['@key'], r.keys['@index']]
        .filter((p) => p !== undefined)
        .join(' / ')
      return build(table.element, r, id, at) ?? {}
    }
    if (table.shape === 'array') {
      if (ordered.length === 0) return undefined
      return ordered.map((r, i) => element(r, [...path, i]))
    }
    const out: Record<string, unknown> = {}
    for (const r of ordered) {
      const key = r.keys['@key']
      if (key === undefined) {
        errors.push({ ref: r.keyRefs['@key']!, zh: '缺少键', en: 'the key (@key) is empty' })
        continue
      }
      if (table.keys.includes('@index')) {
        const list = (out[key] ??= []) as unknown[]
        list.push(element(r, [...path, key, list.length]))
      } else out[key] = element(r, [...path, key])
    }
    return Object.keys(out).length === 0 ? undefined : out
  }

  const topItems = (table: Table, path: PathSegment[]): unknown[] | undefined => {
    const rows = sheets.get(table)
    if (rows === undefined) return undefined
    const seen = new Map<string, string>()
    const idCol = table.columns.findIndex((c) => c.path.join('.') === 'id')
    return rows.map((r, i) => {
      const id =
        idCol >= 0 && typeof r.values[idCol] === 'string'
          ? (r.values[idCol] as string)
          : String(i + 1)
      if (seen.has(id)) {
        errors.push({
          ref: r.refs[idCol]!,
          zh: `id“${id}”在本表出现两次（另见 ${seen.get(id)}）`,
          en: `the id "${id}" appears twice in this sheet (also ${seen.get(id)})`,
        })
      }
      seen.set(id, r.refs[idCol] ?? `${table.sheet}!${r.row}`)
      cells.set(formatPath([...path, i]), `${table.sheet}!A${r.row}`)
      return build(table.element, r, id, [...path, i]) ?? {}
    })
  }

  const assemble = (fields: RootField[], prefix: PathSegment[]): Record<string, unknown> => {
    const out: Record<string, unknown> = {}
    for (const field of fields) {
      const path = [...prefix, field.key]
      let value: unknown
      if (field.t === 'group') value = assemble(field.fields, path)
      else if (field.t === 'meta') value = readMeta(wb, field.key, field.leaf, errors)
      else if (field.table.shape === 'list') {
        value = topItems(field.table, path) ?? (field.table.optional ? undefined : [])
      } else {
        const items = topItems(field.table, [])
        if (items !== undefined && items.length !== 1) {
          errors.push({
            ref: `${field.table.sheet}!A${HEADER_ROWS + 1}`,
            zh: '这张表应正好有一行内容',
            en: 'this sheet must have exactly one row',
          })
        }
        value = items?.[0]
        // The single row's cells were recorded as `[0]…`; record them under the field instead.
        for (const [p, ref] of [...cells]) {
          if (p.startsWith('[0]')) {
            cells.delete(p)
            cells.set(formatPath(path) + p.slice(3), ref)
          }
        }
      }
      if (value !== undefined) out[field.key] = value
    }
    return out
  }

  const raw = assemble(layout.root, [])
  for (const [table, rows] of sheets) {
    for (const r of rows ?? []) {
      if (table.keys.length === 0 || r.used) continue
      errors.push({
        ref: r.keyRefs['@parent']!,
        zh: `找不到所属项目“${r.keys['@parent'] ?? ''}”`,
        en: `no item "${r.keys['@parent'] ?? ''}" for this row to belong to`,
      })
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, raw, cells }
}

function readMeta(
  wb: ExcelJS.Workbook,
  key: string,
  leaf: Layout['meta'][number]['leaf'],
  errors: SheetError[],
) {
  const ws = wb.getWorksheet(ABOUT_SHEET)
  if (!ws) return undefined
  for (let r = META_FIRST_ROW; r <= ws.rowCount; r++) {
    if (readCell(KEY_LEAF, ws.getCell(r, 1).value).value !== key) continue
    const read = readCell(leaf, ws.getCell(r, 2).value, ws.getCell(r, 2).numFmt)
    if (read.error) errors.push({ ref: `${ABOUT_SHEET}!B${r}`, ...read.error })
    return read.value
  }
  return undefined
}
