import { useTranslation } from 'react-i18next'

/** What shows before content arrives, or instead of it when the host could not provide any. */
export function LoadScreen({ failed }: { failed: boolean }) {
  const { t } = useTranslation()
  return (
    <main className="load-screen" data-screen={failed ? 'load-failed' : 'loading'}>
      <p role={failed ? 'alert' : 'status'}>{failed ? t('app.loadFailed') : t('app.loading')}</p>
    </main>
  )
}
