import { useT } from '../../i18n/useT'

/**
 * What a screen that lists services or places shows in the moment before the content's
 * directory has arrived after start-up (a fraction of a second at 10,000 places), or while it
 * could not be loaded: a plain sentence, the hotline bar below it as on every screen. No
 * `data-screen`: the screen asked for replaces it as soon as the directory is in.
 */
export function DirectoryWait({ failed }: { failed: boolean }) {
  const { t } = useT()
  return (
    <div
      className="screen screen-waiting"
      data-directory-wait=""
      role={failed ? 'alert' : 'status'}
    >
      <h1 className="screen-title" tabIndex={-1}>
        <span className="screen-title-text">{failed ? t('app.loadFailed') : t('app.loading')}</span>
      </h1>
    </div>
  )
}
