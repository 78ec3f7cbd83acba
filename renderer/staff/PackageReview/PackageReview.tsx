import { useT } from '../../i18n/useT'
import type { Language } from '../../../common/content/schema'
import { formatPhone } from '../../../common/domain/phone'
import type { PackagePreview } from '../../../common/update/updateStatus'
import { formatPackageDate } from '../formatDate'

type Props = { preview: PackagePreview; lang: Language }

/**
 * What staff check before installing: who signed the package, its version and date, how many
 * entries each collection gains, changes and loses, and every hotline number that changes or
 * disappears, written out in full so a forged or mistyped number cannot slip through unseen.
 */
export function PackageReview({ preview, lang }: Props) {
  const { t } = useT('staff')
  const { diff } = preview
  const changed = diff.collections.filter((c) => c.added + c.changed + c.removed > 0)
  return (
    <div className="staff-review">
      <dl className="staff-facts">
        <dt>{t('review.signer')}</dt>
        <dd data-signer={preview.signerKeyId}>
          {t('review.keyId', { keyId: preview.signerKeyId })}
        </dd>
        <dt>{t('review.version')}</dt>
        <dd>
          {diff.versionBefore === undefined
            ? t('review.versionNew', { after: preview.contentVersion })
            : t('review.versionChange', {
                before: diff.versionBefore,
                after: preview.contentVersion,
              })}
        </dd>
        <dt>{t('review.created')}</dt>
        <dd>{formatPackageDate(preview.createdAt, lang)}</dd>
      </dl>

      <h3 className="staff-subheading">{t('review.changesTitle')}</h3>
      {changed.length === 0 ? (
        <p>{t('review.noChanges')}</p>
      ) : (
        <table className="staff-table">
          <thead>
            <tr>
              <th scope="col">{t('review.collection')}</th>
              <th scope="col">{t('review.added')}</th>
              <th scope="col">{t('review.changed')}</th>
              <th scope="col">{t('review.removed')}</th>
            </tr>
          </thead>
          <tbody>
            {changed.map((c) => (
              <tr key={c.collection} data-collection={c.collection}>
                <th scope="row">{t(`collections.${c.collection}`)}</th>
                <td>{c.added}</td>
                <td>{c.changed}</td>
                <td>{c.removed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {diff.screenerChanged && <p>{t('review.screenerChanged')}</p>}

      <h3 className="staff-subheading">{t('review.phonesTitle')}</h3>
      {diff.phoneNumbers.length === 0 && diff.phonesAdded.length === 0 ? (
        <p>{t('review.phonesSame')}</p>
      ) : (
        <ul className="staff-phones">
          {diff.phoneNumbers.map((p) => (
            <li key={p.id} data-phone={p.id} data-change={p.after ? 'changed' : 'removed'}>
              <span lang="zh-Hans">{p.name}</span>{' '}
              {p.after
                ? t('review.phoneChanged', {
                    before: formatPhone(p.before),
                    after: formatPhone(p.after),
                  })
                : t('review.phoneRemoved', { before: formatPhone(p.before) })}
            </li>
          ))}
          {diff.phonesAdded.map((p) => (
            <li key={p.id} data-phone={p.id} data-change="added">
              <span lang="zh-Hans">{p.name}</span>{' '}
              {t('review.phoneAdded', { number: formatPhone(p.number) })}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
