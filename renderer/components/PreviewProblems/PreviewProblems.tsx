import { useEffect, useState } from 'react'
import { useT } from '../../i18n/useT'
import type { HostNotice, KioskApi } from '../../../common/api/kioskApi'
import './PreviewProblems.css'

type Problems = Extract<HostNotice, { kind: 'preview-problems' }>
/** More would push the kiosk's own screen away; the terminal lists them all. */
const SHOWN = 8

/**
 * For content authors only: while a previewed file (`npm start -- --content FILE`) has problems,
 * the host says so and this panel lists them over the last good content, until the file is fixed.
 * On a kiosk no such notice is ever sent, so visitors never see it.
 */
export function PreviewProblems({ api }: { api: Pick<KioskApi, 'events'> }) {
  const { t } = useT('preview')
  const [notice, setNotice] = useState<Problems | undefined>()
  useEffect(
    () =>
      api.events.subscribe((n) => {
        if (n.kind === 'preview-problems') setNotice(n.problems.length > 0 ? n : undefined)
      }),
    [api],
  )
  if (!notice) return null
  const more = notice.problems.length - SHOWN
  return (
    <aside className="preview-problems" role="alert" aria-labelledby="preview-problems-title">
      <h2 id="preview-problems-title">
        {t('title', { count: notice.problems.length, file: notice.file })}
      </h2>
      <p>{t('keeping')}</p>
      <ul>
        {notice.problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>
            <code>{p.path}</code> {p.message}
          </li>
        ))}
      </ul>
      {more > 0 && <p>{t('more', { count: more })}</p>}
    </aside>
  )
}
