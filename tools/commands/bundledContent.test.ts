import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkContentText } from '../../common/content/check'

const folder = resolve(import.meta.dirname, '../../resources/content')
const files = readdirSync(folder).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))

describe('bundled content', () => {
  it('exists', () => {
    expect(files).toContain('changchun.json')
  })

  it.each(files)('%s has no errors, only sample/unconfirmed warnings', (file) => {
    const result = checkContentText(readFileSync(join(folder, file), 'utf8'), file)
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([])
    const unexpected = result.problems.filter(
      (p) => p.path !== 'dataset.sample' && !p.message.startsWith('unconfirmed'),
    )
    expect(unexpected).toEqual([])
  })
})
