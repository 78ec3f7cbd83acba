import type { KeyColumn, Layout, Leaf, Node, RootField, Table } from './layout'

export type CellValue = string | number | boolean
/** One row of a sheet: its key cells and its field cells (by column index). */
export type RowOut = {
  keys: Partial<Record<KeyColumn, string | number>>
  cells: (CellValue | undefined)[]
}

/** Values of a plain list share one cell, one per line. */
export const LIST_SEPARATOR = '\n'
/** On import a list cell may also be separated by commas (a clerk typing ids on one line). */
export const LIST_SPLIT = /[\n,，、]/

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

function leafCell(leaf: Leaf, value: unknown, where: string): CellValue | undefined {
  if (value === undefined) return undefined
  if (leaf.kind === 'json') return JSON.stringify(value)
  if (leaf.kind === 'list') {
    if (!Array.isArray(value)) throw new Error(`${where}: expected a list`)
    if (value.length === 0) return undefined
    const items = value.map(String)
    const bad = items.find((item) => LIST_SPLIT.test(item) || item.trim() !== item || item === '')
    if (bad !== undefined) {
      throw new Error(`${where}: the list value ${JSON.stringify(bad)} cannot share a cell`)
    }
    return items.join(LIST_SEPARATOR)
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value
  }
  throw new Error(`${where}: expected a plain value`)
}

/**
 * Turns content into sheet rows following the layout. Throws only on content the workbook
 * cannot hold (the schema forbids it anyway: export is given checked content).
 */
export function flattenContent(layout: Layout, content: unknown): Map<Table, RowOut[]> {
  const rows = new Map<Table, RowOut[]>(layout.tables.map((t) => [t, []]))

  const fill = (node: Node, value: unknown, row: RowOut, identity: string, where: string) => {
    if (value === undefined) return
    switch (node.t) {
      case 'leaf':
        row.cells[node.col] = leafCell(node.leaf, value, where)
        return
      case 'object':
        if (!isRecord(value)) throw new Error(`${where}: expected an object`)
        for (const f of node.fields) {
          fill(f.node, value[f.key], row, identity, `${where}.${f.key}`)
        }
        return
      case 'union': {
        if (!isRecord(value)) throw new Error(`${where}: expected an object`)
        const tag = String(value[node.discriminator])
        row.cells[node.col] = tag
        const option = node.options.get(tag)
        if (!option) throw new Error(`${where}: unknown ${node.discriminator} ${tag}`)
        fill(option, value, row, identity, where)
        return
      }
      case 'child':
        addChildRows(node.table, value, identity, where)
    }
  }

  const addRow = (
    table: Table,
    keys: RowOut['keys'],
    value: unknown,
    id: string,
    where: string,
  ) => {
    const row: RowOut = { keys, cells: [] }
    rows.get(table)!.push(row)
    fill(table.element, value, row, id, where)
  }

  const addChildRows = (table: Table, value: unknown, parent: string, where: string) => {
    if (table.shape === 'array') {
      if (!Array.isArray(value)) throw new Error(`${where}: expected a list`)
      value.forEach((element, i) =>
        addRow(
          table,
          { '@parent': parent, '@index': i + 1 },
          element,
          `${parent} / ${i + 1}`,
          `${where}[${i}]`,
        ),
      )
      return
    }
    if (!isRecord(value)) throw new Error(`${where}: expected an object`)
    for (const [key, element] of Object.entries(value)) {
      if (!table.keys.includes('@index')) {
        addRow(
          table,
          { '@parent': parent, '@key': key },
          element,
          `${parent} / ${key}`,
          `${where}.${key}`,
        )
        continue
      }
      if (!Array.isArray(element)) throw new Error(`${where}.${key}: expected a list`)
      element.forEach((item, i) =>
        addRow(
          table,
          { '@parent': parent, '@key': key, '@index': i + 1 },
          item,
          `${parent} / ${key} / ${i + 1}`,
          `${where}.${key}[${i}]`,
        ),
      )
    }
  }

  const walk = (fields: RootField[], value: Record<string, unknown>, prefix: string) => {
    for (const field of fields) {
      const v = value[field.key]
      const where = prefix ? `${prefix}.${field.key}` : field.key
      if (field.t === 'group') walk(field.fields, isRecord(v) ? v : {}, where)
      if (field.t !== 'table' || v === undefined) continue
      const items = field.table.shape === 'single' ? [v] : (v as unknown[])
      items.forEach((item, i) => {
        const id = isRecord(item) && typeof item.id === 'string' ? item.id : String(i + 1)
        addRow(field.table, {}, item, id, `${where}[${i}]`)
      })
    }
  }
  walk(layout.root, isRecord(content) ? content : {}, '')
  return rows
}
