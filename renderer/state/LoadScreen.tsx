import { useT } from '../i18n/useT'

/** What shows before content arrives, or instead of it when the host could not provide any. */
export function LoadScreen({ failed }: { failed: boolean }) {
  const { t } = useT()
  return (
    <main className="load-screen" data-screen={failed ? 'load-failed' : 'loading'}>
      <p role={failed ? 'alert' : 'status'}>{failed ? t('app.loadFailed') : t('app.loading')}</p>
    </main>
  )
}
