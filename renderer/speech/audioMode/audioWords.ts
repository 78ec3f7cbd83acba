import type { TFunction } from 'i18next'
import type { FocusWords } from './spokenFocus'

/** Audio mode's words in one language, from the `speech` namespace (`audio.*`). */
export function focusWords(t: TFunction): FocusWords {
  return {
    role: {
      button: t('audio.role.button'),
      link: t('audio.role.link'),
      heading: t('audio.role.heading'),
      dialog: t('audio.role.dialog'),
    },
    pressed: t('audio.pressed'),
    notPressed: t('audio.notPressed'),
    disabled: t('audio.disabled'),
    current: t('audio.current'),
    choices: (count) => t('audio.choices', { count }),
  }
}
