import { useCallback } from 'react'
import { localize } from '../../common/content/localize'
import type { LocalizedText } from '../../common/content/schema'
import { useKiosk } from './useKiosk'

/**
 * Content text in the visitor's language. `fallback` is true when Chinese stands in for a
 * missing translation, so the caller can mark it (LocalText does).
 */
export function useLocalize(): (t: LocalizedText | undefined) => {
  text: string
  fallback: boolean
} {
  const { lang } = useKiosk()
  return useCallback((t: LocalizedText | undefined) => localize(t, lang), [lang])
}
