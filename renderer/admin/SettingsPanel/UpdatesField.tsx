import { useState } from 'react'
import { useT } from '../../i18n/useT'
import type { Settings } from '../../../common/settings/schema'
import type { FolderPolicy, WatchFolder } from '../../../common/settings/updatesSettings'
import { Field, Stepper } from './Field'
import { NightHoursField } from './NightHoursField'

type Updates = Settings['updates']
type Props = {
  value: Updates
  /** The host's messages for a path under `updates` and inside it (e.g. `watchFolders[0]`). */
  problems: (field: string) => string[]
  onChange(value: Updates): void
}

const POLICIES: readonly FolderPolicy[] = ['staff', 'automatic']
const MAINTENANCE_SUGGESTED = { from: '02:00', to: '05:00' }

/**
 * Updates: the staff PIN, the watched folders each with its policy (staff review, or automatic
 * install when nobody uses the kiosk) and whether the kiosk sends its status there, and the
 * rules of automatic installs. The host checks every value; a refusal shows next to its field.
 */
export function UpdatesField({ value, problems, onChange }: Props) {
  const { t } = useT('admin')
  const [folder, setFolder] = useState('')
  const setFolders = (watchFolders: WatchFolder[]) => onChange({ ...value, watchFolders })
  const editFolder = (index: number, change: Partial<WatchFolder>) =>
    setFolders(value.watchFolders.map((f, i) => (i === index ? { ...f, ...change } : f)))
  // The PIN switch and the list as a whole here; each folder's own reasons stay next to it.
  const ofFolders = new Set(value.watchFolders.flatMap((_, i) => problems(`watchFolders[${i}]`)))
  const listProblems = [
    ...problems('requirePin'),
    ...problems('watchFolders').filter((m) => !ofFolders.has(m)),
  ]
  const stepper = (
    key: 'idleMinutes' | 'healthCheckSeconds' | 'statusMinutes' | 'settleSeconds',
    step: number,
  ) => {
    const automatic = key === 'idleMinutes' || key === 'healthCheckSeconds'
    const current = automatic ? value.automatic[key] : value[key]
    const label = t(`settings.auto.${key}`)
    return (
      <Field
        id={`setting-${key}`}
        label={label}
        problems={problems(automatic ? `automatic.${key}` : key)}
      >
        <Stepper
          id={`setting-${key}`}
          label={label}
          value={current}
          step={step}
          onChange={(v) =>
            onChange(
              automatic
                ? { ...value, automatic: { ...value.automatic, [key]: v } }
                : { ...value, [key]: v },
            )
          }
          decreaseLabel={t('settings.decrease', { label })}
          increaseLabel={t('settings.increase', { label })}
        />
      </Field>
    )
  }

  return (
    <>
      <Field id="setting-updates" label={t('settings.updates')} problems={listProblems} group>
        <label className="admin-choice">
          <input
            type="checkbox"
            checked={value.requirePin}
            onChange={(e) => onChange({ ...value, requirePin: e.target.checked })}
          />
          <span>{t('settings.requirePin')}</span>
        </label>
        <p className="admin-label">{t('settings.watchFolders')}</p>
        {value.watchFolders.length === 0 && <p className="body-text">{t('settings.noFolders')}</p>}
        <ul className="admin-list">
          {value.watchFolders.map((f, index) => (
            <li key={f.path} className="admin-folder" data-watch-folder={f.path}>
              <span className="admin-mono">{f.path}</span>
              <div
                className="admin-row"
                role="radiogroup"
                aria-label={t('settings.policy.label', { path: f.path })}
              >
                {POLICIES.map((policy) => (
                  <label key={policy} className="admin-choice">
                    <input
                      type="radio"
                      name={`policy-${index}`}
                      checked={f.policy === policy}
                      onChange={() => editFolder(index, { policy })}
                    />
                    <span>{t(`settings.policy.${policy}`)}</span>
                  </label>
                ))}
              </div>
              <label className="admin-choice">
                <input
                  type="checkbox"
                  checked={f.sendStatus}
                  onChange={(e) => editFolder(index, { sendStatus: e.target.checked })}
                />
                <span>{t('settings.sendStatus')}</span>
              </label>
              {problems(`watchFolders[${index}]`).map((m) => (
                <p key={m} className="admin-field-problems">
                  {m}
                </p>
              ))}
              <button
                type="button"
                className="secondary-button"
                onClick={() => setFolders(value.watchFolders.filter((_, i) => i !== index))}
              >
                {t('settings.removeFolder', { path: f.path })}
              </button>
            </li>
          ))}
        </ul>
        <div className="admin-row">
          <input
            aria-label={t('settings.folderPath')}
            className="admin-input"
            value={folder}
            onChange={(e) => setFolder(e.target.value)}
          />
          <button
            type="button"
            className="secondary-button"
            disabled={folder.trim() === ''}
            onClick={() => {
              setFolders([
                ...value.watchFolders,
                { path: folder.trim(), policy: 'staff', sendStatus: false },
              ])
              setFolder('')
            }}
          >
            {t('settings.addFolder')}
          </button>
        </div>
        <p className="body-text">{t('settings.policy.hint')}</p>
      </Field>
      {stepper('idleMinutes', 1)}
      {stepper('healthCheckSeconds', 10)}
      <NightHoursField
        value={value.automatic.window}
        problems={problems('automatic.window')}
        onChange={(window) => {
          const automatic = { ...value.automatic, window }
          if (!window) delete automatic.window
          onChange({ ...value, automatic })
        }}
        strings="settings.window"
        id="setting-window"
        suggested={MAINTENANCE_SUGGESTED}
      />
      {stepper('statusMinutes', 5)}
      {stepper('settleSeconds', 5)}
    </>
  )
}
