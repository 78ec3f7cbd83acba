import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useT } from '../../i18n/useT'
import type { Language } from '../../../common/content/schema'
import type { UpdateStatus } from '../../../common/update/updateStatus'
import type { UpdatesApi } from '../../../common/update/updatesApi'
import { PinPad } from '../../admin/PinPad'
import { PackageReview } from '../PackageReview'
import { StatsChoice } from '../StatsChoice'

export type DialogStatus = Extract<
  UpdateStatus,
  { state: 'ready' | 'installing' | 'installed' | 'failed' }
>

/** A staff screen left alone this long gives the kiosk back to visitors (as if Cancel/Close). */
export const STAFF_IDLE_MS = 120_000

type Props = {
  status: DialogStatus
  updates: UpdatesApi
  lang: Language
  onStatus(next: UpdateStatus): void
}

/**
 * The staff screen for a valid package: review → (staff PIN when settings ask for it) →
 * progress → result. Cancel and Close forget the package on the host, so the visitor screens
 * return; a wrong PIN keeps the pad open with the host's reason (its throttle applies). Left
 * alone for STAFF_IDLE_MS (outside an install), it closes itself so visitors are never locked out.
 */
export function UpdateDialog({ status, updates, lang, onStatus }: Props) {
  const { t } = useT('staff')
  const [askPin, setAskPin] = useState(false)
  const [message, setMessage] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [includeStats, setIncludeStats] = useState(false)
  /** The package staff pressed Install on (its manifest hash); the install request names it. */
  const [reviewed, setReviewed] = useState('')
  const headingRef = useRef<HTMLHeadingElement>(null)
  const overlayRef = useRef<HTMLDivElement>(null)

  // The visitor screens behind stay mounted (a visitor's place is kept) but cannot be reached.
  useEffect(() => {
    const siblings = [...(overlayRef.current?.parentElement?.children ?? [])].filter(
      (el): el is HTMLElement =>
        el instanceof HTMLElement && el !== overlayRef.current && !el.hasAttribute('inert'),
    )
    for (const el of siblings) el.setAttribute('inert', '')
    return () => {
      for (const el of siblings) el.removeAttribute('inert')
    }
  }, [])

  useEffect(() => {
    headingRef.current?.focus()
  }, [status.state, askPin])

  const hostError = (err: unknown) => {
    setBusy(false)
    setMessage(t('hostError', { message: err instanceof Error ? err.message : String(err) }))
  }
  const install = (pin: string | null, manifestSha256 = reviewed) => {
    setBusy(true)
    setMessage(undefined)
    updates.install(pin, { includeStats, manifestSha256 }).then((reply) => {
      setBusy(false)
      onStatus(reply.status)
      if (reply.ok) setAskPin(false)
      else if (reply.reason === 'pin-required') setAskPin(true)
      else if (reply.reason === 'pin-refused')
        setMessage(t('pin.refused', { message: reply.message }))
      else if (reply.reason === 'package-changed') {
        // A swapped stick: back to the review, which now shows the package on the stick.
        setAskPin(false)
        setMessage(t('ready.packageChanged'))
      } else setMessage(reply.message)
    }, hostError)
  }
  const close = () => {
    setBusy(true)
    updates.dismiss().then((next) => {
      setBusy(false)
      onStatus(next)
    }, hostError)
  }

  const waiting = status.state !== 'installing' && !busy
  useEffect(() => {
    if (!waiting) return
    const giveBack = () => updates.dismiss().then(onStatus, () => onStatus({ state: 'idle' }))
    let timer = setTimeout(giveBack, STAFF_IDLE_MS)
    const restart = () => {
      clearTimeout(timer)
      timer = setTimeout(giveBack, STAFF_IDLE_MS)
    }
    window.addEventListener('pointerdown', restart)
    window.addEventListener('keydown', restart)
    return () => {
      clearTimeout(timer)
      window.removeEventListener('pointerdown', restart)
      window.removeEventListener('keydown', restart)
    }
  }, [waiting, status.state, updates, onStatus])

  let title: string
  let body: ReactNode
  if (status.state === 'ready' && askPin) {
    title = t('pin.title')
    body = (
      <PinPad
        title={t('pin.title')}
        hint={t('pin.hint')}
        message={message}
        disabled={busy}
        onSubmit={(pin) => install(pin)}
        onCancel={() => {
          setMessage(undefined)
          setAskPin(false)
        }}
      />
    )
  } else if (status.state === 'ready') {
    title = t('ready.title')
    body = (
      <>
        <p>{t('ready.source', { source: status.source })}</p>
        <PackageReview preview={status.preview} lang={lang} />
        <StatsChoice checked={includeStats} disabled={busy} onChange={setIncludeStats} />
        {message && <p role="alert">{message}</p>}
        <div className="staff-actions">
          <button
            type="button"
            className="primary-button"
            disabled={busy}
            onClick={() => {
              // The install names the package on screen now; a swapped stick is refused.
              setReviewed(status.preview.manifestSha256)
              if (status.requirePin) setAskPin(true)
              else install(null, status.preview.manifestSha256)
            }}
          >
            {t('ready.install')}
          </button>
          <button type="button" className="secondary-button" disabled={busy} onClick={close}>
            {t('ready.cancel')}
          </button>
        </div>
      </>
    )
  } else if (status.state === 'installing') {
    const percent = Math.round(status.progress * 100)
    title = t('installing.title')
    body = (
      <>
        <div
          className="staff-progress"
          role="progressbar"
          aria-label={t('installing.title')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
        >
          <div className="staff-progress-bar" style={{ width: `${percent}%` }} />
        </div>
        <p>{t('installing.percent', { percent })}</p>
        <p>{t('installing.keepPower')}</p>
      </>
    )
  } else {
    const installed = status.state === 'installed'
    title = installed ? t('installed.title') : t('failed.title')
    body = (
      <>
        <p role="status" data-update-result={status.state}>
          {installed
            ? t('installed.body', { version: status.contentVersion, keyId: status.signerKeyId })
            : t('failed.body', { reason: status.reason })}
        </p>
        {message && <p role="alert">{message}</p>}
        <div className="staff-actions">
          <button type="button" className="primary-button" disabled={busy} onClick={close}>
            {t('close')}
          </button>
        </div>
      </>
    )
  }

  return (
    <div className="staff-overlay" ref={overlayRef}>
      <section
        className="staff-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="staff-dialog-title"
        data-staff="update"
        data-update-state={status.state}
      >
        <p className="staff-kicker">{t('kicker')}</p>
        <h2 id="staff-dialog-title" className="staff-heading" ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        {body}
      </section>
    </div>
  )
}
