// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { holidayDay } from '../../../common/domain/holidays'
import { validContent } from '../../../common/content/fixtures/validContent'
import { LANGUAGES } from '../../../common/content/schema'
import { defaultSettings } from '../../../common/settings/schema'
import { addRampField, ADDED_TEXT } from '../../../common/present/testing/addedField'
import { itemScript } from '../../../common/speech/itemScript'
import { i18n } from '../../i18n'
import { placeSlip } from '../../print/slipContent'
import { placeQrText } from '../../share/qrText'
import { placesTranslate } from '../../share/placesTestI18n'
import { renderWithKiosk } from '../../share/placesTestRender'
import { resolveSite } from '../../state/site'
import { PlaceScreen } from './PlaceScreen'

// docs/architecture.md, "Adding a content field": one entry in common/present/facts.ts, and the
// field is on the screen, the slip, the QR text and in speech (and the proof:
// tools/proof/visitorView.test.ts) with no other change.
const { content, restore } = addRampField(validContent)
const place = content.locations[0]!
const now = new Date('2026-01-14T10:00:00+08:00')
afterEach(cleanup)
afterAll(restore)

describe('a field added in one place', () => {
  it.each(LANGUAGES)(
    'shows on the place page, the slip, the QR text and in speech (%s)',
    (lang) => {
      const words = ADDED_TEXT[lang]
      renderWithKiosk(<PlaceScreen route={{ name: 'place', locationId: place.id }} />, {
        content,
        lang,
        now: now.toISOString(),
      })
      expect(screen.getByText(words)).toBeTruthy()

      const printT = i18n.getFixedT(lang, 'print')
      const slip = placeSlip(place, {
        content,
        lang,
        site: resolveSite(content, defaultSettings()),
        now,
        holidayDay,
        places: placesTranslate(lang),
        print: (key, values) => printT(key, values),
      })
      expect(slip.lines.map((l) => l.text)).toContain(words)

      const qr = placeQrText(place, { content, lang, now, holidayDay, t: placesTranslate(lang) })
      expect(qr).toContain(words)

      expect(itemScript(content, 'locations', place.id, lang)).toContain(words)
    },
  )

  it('is in none of them without the entry: the entry, not the data, puts it there', () => {
    restore()
    renderWithKiosk(<PlaceScreen route={{ name: 'place', locationId: place.id }} />, {
      content,
      now: now.toISOString(),
    })
    expect(screen.queryByText(ADDED_TEXT.en)).toBeNull()
    const qr = placeQrText(place, {
      content,
      lang: 'en',
      now,
      holidayDay,
      t: placesTranslate('en'),
    })
    expect(qr).not.toContain(ADDED_TEXT.en)
    expect(itemScript(content, 'locations', place.id, 'en')).not.toContain(ADDED_TEXT.en)
  })
})
