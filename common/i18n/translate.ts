/**
 * A translation function as every output of an item needs it: a key in, finished text out.
 * Keys are in the 'places' namespace unless prefixed (`common:stale.checkFirst`), as with
 * i18next's fixed `t`. The renderer passes i18next's `t`; Node outputs (the proof, speech
 * packing) and tests pass `wordsFor(lang)` over the same files, so common/ never needs i18next.
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string
