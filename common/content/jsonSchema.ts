import { z } from 'zod'
import { contentSchema } from './schema'

/**
 * The content format as a JSON Schema (draft 2020-12), generated from the zod schema so the
 * two can never disagree; content authors point `$schema` at it to get editor validation.
 */
export function contentJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(contentSchema, { target: 'draft-2020-12', io: 'input' }),
    title: 'Relief kiosk content',
    description:
      'Content dataset for the relief kiosk (see DESIGN.md §2). Checked in: regenerate with `kiosk-content schema --out resources/content.schema.json`.',
  }
}

/** The schema as the text checked in at resources/content.schema.json (2-space JSON + newline). */
export function contentJsonSchemaText(): string {
  return `${JSON.stringify(contentJsonSchema(), null, 2)}\n`
}
