import type { z } from 'zod'
import { contentSchema } from '../../common/content/schema'
import { fieldLabel, sheetLabel } from './labels'

/**
 * The workbook layout, derived from the content schema (never hand-written), so a field added
 * to `contentSchema` gets its column without a code change here.
 *
 * Mapping rules (documented for clerks in docs/content-office.md):
 * - every list of items at the top of the content (services, locations, …, screener.questions)
 *   is a sheet, one row per item; `dataset` is a sheet with one row;
 * - nested objects become columns named by their path (`name.zh-Hans`, `geo.lat`), so the three
 *   languages of a text sit side by side;
 * - a list of plain values (ids, field names) is one cell, one value per line (or comma-separated);
 * - a list of objects or texts (howToApply, benefits, windows) and a keyed map (directions) is a
 *   child sheet `<parent>·<field>`: one row per element, keyed by the parent's id (`@parent`),
 *   the map key (`@key`) and the element's position (`@index`, 1, 2, 3 …);
 * - a choice of shapes (a window is dates, yearly or festival) is one set of columns: its kind
 *   column says which of the other columns apply; a choice of fixed words is a drop-down;
 * - any other shape (a union of objects, a tuple) is JSON text in one cell, so it still travels;
 * - an optional list or group left empty is the same as absent.
 */

type Schema = z.core.$ZodType
type Def = { type: string } & Record<string, unknown>
const defOf = (s: Schema): Def => (s as unknown as { _zod: { def: Def } })._zod.def

/** `json`: a shape the workbook has no columns for (a union of objects, a tuple …): JSON text. */
export type LeafKind = 'text' | 'date' | 'number' | 'boolean' | 'enum' | 'list' | 'json'
export type Leaf = { kind: LeafKind; values?: readonly string[] }

export type Column = {
  /** Where the value sits inside one row's element, e.g. ['name', 'zh-Hans']. */
  path: string[]
  leaf: Leaf
  /** Chinese meaning for the first header row. */
  label: string
}

export type Node =
  | { t: 'leaf'; col: number; leaf: Leaf }
  | { t: 'object'; fields: { key: string; optional: boolean; node: Node }[] }
  | { t: 'union'; discriminator: string; col: number; options: Map<string, Node> }
  | { t: 'child'; table: Table }

export type KeyColumn = '@parent' | '@key' | '@index'

export type Table = {
  /** Sheet name shown to the clerk (Chinese). */
  sheet: string
  /** JSON path of the list (top level) or the field (child) this sheet holds, for docs/errors. */
  source: string
  /** Top-level tables: 'list' of items or a 'single' object; child tables: 'array' or 'record'. */
  shape: 'list' | 'single' | 'array' | 'record'
  /** Record values that are lists of objects add an index inside each key. */
  keys: KeyColumn[]
  columns: Column[]
  element: Node
  /** Optional top-level lists (maps): no sheet means the list is absent. */
  optional: boolean
}

export type Layout = {
  tables: Table[]
  /** Top-level plain values (e.g. `$schema`), kept on the 说明 sheet. */
  meta: { key: string; leaf: Leaf }[]
  /** Top-level fields in schema order, as [key, table or nested group or meta]. */
  root: RootField[]
}

export type RootField =
  | { key: string; t: 'table'; table: Table }
  | { key: string; t: 'group'; fields: RootField[] }
  | { key: string; t: 'meta'; leaf: Leaf; optional: boolean }

function unwrap(s: Schema): { schema: Schema; optional: boolean } {
  let schema = s
  let optional = false
  for (;;) {
    const d = defOf(schema)
    if (d.type === 'optional' || d.type === 'default') {
      optional = true
      schema = d.innerType as Schema
    } else if (d.type === 'nullable' || d.type === 'readonly') {
      schema = d.innerType as Schema
    } else return { schema, optional }
  }
}

function primitiveLeaf(s: Schema): Leaf | undefined {
  const d = defOf(s)
  switch (d.type) {
    case 'string':
      return { kind: d.format === 'date' ? 'date' : 'text' }
    case 'number':
      return { kind: 'number' }
    case 'boolean':
      return { kind: 'boolean' }
    case 'enum':
      return { kind: 'enum', values: Object.values(d.entries as Record<string, string>) }
    case 'literal':
      return { kind: 'enum', values: (d.values as unknown[]).map(String) }
    case 'union': {
      // A choice of fixed words (`z.union([z.literal('a'), z.literal('b')])`) is one drop-down.
      const options = (d.options as Schema[]).map(primitiveLeaf)
      if (!options.every((o) => o?.kind === 'enum')) return undefined
      return { kind: 'enum', values: options.flatMap((o) => o!.values ?? []) }
    }
    default:
      return undefined
  }
}

const isObjectLike = (s: Schema) => defOf(unwrap(s).schema).type === 'object'

class TableBuilder {
  readonly columns: Column[] = []
  readonly children: Table[] = []
  constructor(readonly sheet: string) {}

  column(path: string[], leaf: Leaf): number {
    const key = path.join('.')
    const found = this.columns.findIndex((c) => c.path.join('.') === key)
    if (found >= 0) return found
    this.columns.push({ path, leaf, label: fieldLabel(path) })
    return this.columns.length - 1
  }

  objectNode(shape: Record<string, Schema>, path: string[]): Node {
    return {
      t: 'object',
      fields: Object.entries(shape).map(([key, field]) => ({
        key,
        optional: unwrap(field).optional,
        node: this.node(field, [...path, key]),
      })),
    }
  }

  node(schema: Schema, path: string[]): Node {
    const s = unwrap(schema).schema
    const d = defOf(s)
    const leaf = primitiveLeaf(s)
    if (leaf) return { t: 'leaf', col: this.column(path, leaf), leaf }
    if (d.type === 'object') return this.objectNode(d.shape as Record<string, Schema>, path)
    if (d.type === 'union' && typeof d.discriminator === 'string') {
      const discriminator = d.discriminator
      const shapes = (d.options as Schema[]).map((o) => defOf(o).shape as Record<string, Schema>)
      const tags = shapes.map((shape) => primitiveLeaf(shape[discriminator]!)?.values ?? [])
      // The kind column comes first, so a clerk reads which of the next columns apply.
      const col = this.column([...path, discriminator], { kind: 'enum', values: tags.flat() })
      const options = new Map<string, Node>()
      shapes.forEach((shape, i) => {
        const rest = Object.fromEntries(Object.entries(shape).filter(([k]) => k !== discriminator))
        const node = this.objectNode(rest, path)
        for (const value of tags[i]!) options.set(value, node)
      })
      return { t: 'union', discriminator, col, options }
    }
    if (d.type === 'array') {
      const element = unwrap(d.element as Schema).schema
      const plain = primitiveLeaf(element)
      if (plain) {
        const list: Leaf = { kind: 'list', ...(plain.values ? { values: plain.values } : {}) }
        return { t: 'leaf', col: this.column(path, list), leaf: list }
      }
      return { t: 'child', table: this.child(path, 'array', element) }
    }
    if (d.type === 'record') {
      return { t: 'child', table: this.child(path, 'record', d.valueType as Schema) }
    }
    // Anything else a future schema adds still round-trips, as JSON text in one cell.
    const json: Leaf = { kind: 'json' }
    return { t: 'leaf', col: this.column(path, json), leaf: json }
  }

  private child(path: string[], shape: 'array' | 'record', element: Schema): Table {
    const sheet = `${this.sheet}·${fieldLabel(path, true)}`
    const inner = unwrap(element).schema
    const nestedArray =
      shape === 'record' &&
      defOf(inner).type === 'array' &&
      !primitiveLeaf(unwrap(defOf(inner).element as Schema).schema)
    const keys: KeyColumn[] =
      shape === 'array'
        ? ['@parent', '@index']
        : nestedArray
          ? ['@parent', '@key', '@index']
          : ['@parent', '@key']
    const builder = new TableBuilder(sheet)
    const elementSchema = nestedArray ? (defOf(inner).element as Schema) : inner
    const node = builder.node(elementSchema, [])
    const table: Table = {
      sheet,
      source: path.join('.'),
      shape,
      keys,
      columns: builder.columns,
      element: node,
      optional: false,
    }
    this.children.push(table, ...builder.children)
    return table
  }
}

function topTable(path: string[], element: Schema, shape: 'list' | 'single', optional: boolean) {
  const builder = new TableBuilder(sheetLabel(path.join('.')))
  const node = builder.node(element, [])
  const table: Table = {
    sheet: builder.sheet,
    source: path.join('.'),
    shape,
    keys: [],
    columns: builder.columns,
    element: node,
    optional,
  }
  return { table, children: builder.children }
}

/** Builds the layout for a content schema (the real one unless a test passes its own). */
export function buildLayout(schema: Schema = contentSchema): Layout {
  const tables: Table[] = []
  const meta: Layout['meta'] = []
  const walk = (shape: Record<string, Schema>, prefix: string[]): RootField[] =>
    Object.entries(shape).map(([key, field]): RootField => {
      const { schema: s, optional } = unwrap(field)
      const d = defOf(s)
      const path = [...prefix, key]
      if (d.type === 'array' && isObjectLike(d.element as Schema)) {
        const { table, children } = topTable(path, d.element as Schema, 'list', optional)
        tables.push(table, ...children)
        return { key, t: 'table', table }
      }
      if (d.type === 'object') {
        const fields = Object.values(d.shape as Record<string, Schema>)
        const allLists = fields.every((f) => defOf(unwrap(f).schema).type === 'array')
        if (allLists) return { key, t: 'group', fields: walk(d.shape as never, path) }
        const { table, children } = topTable(path, s, 'single', optional)
        tables.push(table, ...children)
        return { key, t: 'table', table }
      }
      const leaf = primitiveLeaf(s) ?? { kind: 'json' }
      meta.push({ key: path.join('.'), leaf })
      return { key, t: 'meta', leaf, optional }
    })
  const root = walk(defOf(schema).shape as Record<string, Schema>, [])
  return { tables, meta, root }
}

/** Header rows: 1 = Chinese meaning, 2 = English field path (what import reads). */
export const HEADER_ROWS = 2

/** Heading of a key column (English name → Chinese meaning). */
export const KEY_LABELS: Record<KeyColumn, string> = {
  '@parent': '所属项目 id',
  '@key': '键（如信息亭位置 id）',
  '@index': '序号',
}
