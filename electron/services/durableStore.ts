import { Low, type Adapter } from 'lowdb'
import type { z } from 'zod'
import type { DurableFs } from './durableFs'
import { readDurable, writeFileDurable, type DurableRead, type ParseOutcome } from './durableFile'
import { consoleLogger, type Logger } from './logger/logger'
import { describeProblems, parseJsonText, problemsFromZod } from './zodProblems'

export interface DurableStoreOptions {
  log?: Logger
  fs?: DurableFs
}

/** JSON text → a value the schema accepts, or the reason it does not (with line/column or field path). */
export function jsonParserFor<S extends z.ZodType>(schema: S) {
  return (text: string): ParseOutcome<z.output<S>> => {
    const json = parseJsonText(text)
    if (!json.ok) return json
    const result = schema.safeParse(json.value)
    if (result.success) return { ok: true, value: result.data }
    return { ok: false, reason: `invalid data: ${describeProblems(problemsFromZod(result.error))}` }
  }
}

/**
 * lowdb adapter over durable files: reads validate with the schema and recover from the
 * last good copy (never throw on bad data); writes validate too, so an invalid state is never
 * stored, and then go through `writeFileDurable`.
 */
export class DurableJsonAdapter<S extends z.ZodType> implements Adapter<z.output<S>> {
  /** What the last read found, for diagnostics and tests. */
  lastRead: DurableRead<z.output<S> | null> | undefined

  constructor(
    readonly file: string,
    private readonly schema: S,
    private readonly options: DurableStoreOptions = {},
  ) {}

  /** The stored state, or null (lowdb then keeps its defaults) when no usable copy exists. */
  async read(): Promise<z.output<S> | null> {
    this.lastRead = await readDurable<z.output<S> | null>(this.file, jsonParserFor(this.schema), {
      fs: this.options.fs,
      log: this.options.log ?? consoleLogger,
      defaults: () => null,
    })
    return this.lastRead.value
  }

  /** Stores `data` durably; rejects (storing nothing) when the schema refuses it. */
  async write(data: z.output<S>): Promise<void> {
    const result = this.schema.safeParse(data)
    if (!result.success) {
      throw new Error(
        `refusing to store invalid data in ${this.file}: ${describeProblems(problemsFromZod(result.error))}`,
      )
    }
    await writeFileDurable(this.file, `${JSON.stringify(result.data, null, 2)}\n`, {
      fs: this.options.fs,
    })
  }
}

/**
 * Opens a lowdb store kept in `file`: the durable adapter, already read (so `db.data` is the
 * recovered state or a copy of `defaults`). Use this instead of lowdb's JSONFilePreset, which
 * writes without fsync and silently switches to memory under NODE_ENV=test.
 */
export async function openStore<S extends z.ZodType>(
  file: string,
  schema: S,
  defaults: z.output<S>,
  options: DurableStoreOptions = {},
): Promise<Low<z.output<S>>> {
  const db = new Low<z.output<S>>(
    new DurableJsonAdapter(file, schema, options),
    structuredClone(defaults),
  )
  await db.read()
  return db
}
