import { describe, expect, it } from 'vitest'
import { auditEntrySchema } from '../../../common/admin/schemas'
import { LANGUAGES } from '../../../common/content/schema'
import { loadResources } from '../../i18n'
import { leafKeys } from '../../i18n/keys'
import { chinaTime } from './AuditPanel'

describe('audit log screen', () => {
  it('has a label for every action the host records, in every language', async () => {
    const resources = await loadResources()
    const actions = auditEntrySchema.shape.action.options
    for (const lang of LANGUAGES) {
      const keys = new Set(leafKeys(resources[lang].admin ?? {}))
      const missing = actions.filter((a) => !keys.has(`audit.actions.${a}`))
      expect(missing, `admin.json in ${lang}`).toEqual([])
    }
  })

  it('shows times in China time, minutes only', () => {
    expect(chinaTime('2026-03-01T16:05:59.123Z')).toBe('2026-03-02 00:05')
    expect(chinaTime('not a date')).toBe('not a date')
  })
})
