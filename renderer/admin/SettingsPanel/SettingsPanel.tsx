import { useState } from 'react'
import { useT } from '../../i18n/useT'
import type { AdminApi } from '../../../common/admin/adminApi'
import { LANGUAGES, type Language } from '../../../common/content/schema'
import type { Settings } from '../../../common/settings/schema'
import { LANGUAGE_NAMES } from '../../components/TopBar/languageNames'
import { useKiosk } from '../../state/useKiosk'
import { useLocalize } from '../../state/useLocalize'
import { PrinterCheck, PrinterField } from '../PrinterAdmin'
import { CustomSiteField } from './CustomSiteField'
import { Field, Stepper } from './Field'
import { NightHoursField } from './NightHoursField'
import {
  patchFromDraft,
  problemsAt,
  splitGroups,
  toggleIn,
  type FieldProblem,
} from './settingsDraft'
import { UpdatesField } from './UpdatesField'
import { useAdminFailure } from '../AdminAction'
import { SpeechOutputField } from './SpeechOutputField'

type Props = { admin: AdminApi; session: string; onSessionLost(): void }
type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'refused'; problems: FieldProblem[] }
  | { kind: 'failed'; reason: string }

/**
 * The kiosk's settings as a form for a touchscreen: sites and languages as big choices, numbers
 * with − / + keys. Saving sends one patch; the host validates it and either applies it live or
 * answers with each wrong field, which is shown next to that field while the old values stay.
 */
export function SettingsPanel({ admin, session, onSessionLost }: Props) {
  const { t } = useT('admin')
  const kiosk = useKiosk()
  const localize = useLocalize()
  const [draft, setDraft] = useState<Settings>(() => structuredClone(kiosk.settings))
  const [save, setSave] = useState<SaveState>({ kind: 'idle' })
  const failure = useAdminFailure(onSessionLost)
  const [groups, setGroups] = useState(() => kiosk.settings.groups.join(', '))
  const problems = save.kind === 'refused' ? save.problems : []
  const at = (field: string) => problemsAt(problems, field)
  const edit = (change: Partial<Settings>) => {
    setDraft((d) => ({ ...d, ...change }))
    if (save.kind === 'saved') setSave({ kind: 'idle' })
  }
  const siteId = draft.customSite
    ? undefined
    : (draft.siteId ?? kiosk.content.dataset.defaultSiteId)

  const submit = () => {
    setSave({ kind: 'saving' })
    admin.updateSettings(session, patchFromDraft(draft)).then(
      (result) =>
        setSave(result.ok ? { kind: 'saved' } : { kind: 'refused', problems: result.problems }),
      failure((reason) => setSave({ kind: 'failed', reason })),
    )
  }
  const stepper = (field: 'idleSeconds' | 'stillThereSeconds', step: number) => (
    <Field id={`setting-${field}`} label={t(`settings.${field}`)} problems={at(field)}>
      <Stepper
        id={`setting-${field}`}
        label={t(`settings.${field}`)}
        value={draft[field]}
        step={step}
        onChange={(v) => edit({ [field]: v })}
        decreaseLabel={t('settings.decrease', { label: t(`settings.${field}`) })}
        increaseLabel={t('settings.increase', { label: t(`settings.${field}`) })}
      />
    </Field>
  )
  const toggle = (label: string, checked: boolean, onChange: (on: boolean) => void) => (
    <label className="admin-choice">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  )

  return (
    <form
      className="admin-panel"
      data-admin-panel="settings"
      onSubmit={(e) => (e.preventDefault(), submit())}
    >
      <Field id="setting-kioskId" label={t('settings.kioskId')} problems={at('kioskId')}>
        <input
          id="setting-kioskId"
          className="admin-input"
          value={draft.kioskId}
          onChange={(e) => edit({ kioskId: e.target.value })}
        />
      </Field>
      <Field
        id="setting-displayName"
        label={t('settings.displayName')}
        problems={at('displayName')}
      >
        <input
          id="setting-displayName"
          className="admin-input"
          value={draft.displayName}
          onChange={(e) => edit({ displayName: e.target.value })}
        />
      </Field>
      <Field id="setting-groups" label={t('settings.groups')} problems={at('groups')}>
        <input
          id="setting-groups"
          className="admin-input"
          value={groups}
          aria-describedby="setting-groups-hint"
          onChange={(e) => {
            setGroups(e.target.value)
            edit({ groups: splitGroups(e.target.value) })
          }}
        />
        <p id="setting-groups-hint" className="body-text">
          {t('settings.groupsHint')}
        </p>
      </Field>
      <Field id="setting-site" label={t('settings.site')} problems={at('siteId')} group>
        {draft.customSite && (
          <label className="admin-choice">
            <input type="radio" name="site" checked readOnly />
            <span>{t('settings.customSite', { name: localize(draft.customSite.name).text })}</span>
          </label>
        )}
        {kiosk.content.kioskSites.map((site) => (
          <label key={site.id} className="admin-choice">
            <input
              type="radio"
              name="site"
              value={site.id}
              checked={siteId === site.id}
              onChange={() => edit({ siteId: site.id, customSite: undefined })}
            />
            <span>{localize(site.name).text}</span>
          </label>
        ))}
      </Field>
      <CustomSiteField
        value={draft.customSite}
        problems={at('customSite')}
        onChange={(customSite) => edit({ customSite, siteId: undefined })}
      />
      <Field
        id="setting-languages"
        label={t('settings.languages')}
        problems={at('languages')}
        group
      >
        {LANGUAGES.map((l) => (
          <label key={l} className="admin-choice" lang={l}>
            <input
              type="checkbox"
              checked={draft.languages.includes(l)}
              onChange={(e) =>
                edit({ languages: toggleIn(draft.languages, l, e.target.checked, LANGUAGES) })
              }
            />
            <span>{LANGUAGE_NAMES[l]}</span>
          </label>
        ))}
      </Field>
      <Field
        id="setting-defaultLanguage"
        label={t('settings.defaultLanguage')}
        problems={at('defaultLanguage')}
        group
      >
        {LANGUAGES.map((l: Language) => (
          <label key={l} className="admin-choice" lang={l}>
            <input
              type="radio"
              name="defaultLanguage"
              checked={draft.defaultLanguage === l}
              onChange={() => edit({ defaultLanguage: l })}
            />
            <span>{LANGUAGE_NAMES[l]}</span>
          </label>
        ))}
      </Field>
      {stepper('idleSeconds', 10)}
      {stepper('stillThereSeconds', 5)}
      <Field
        id="setting-display"
        label={t('settings.display')}
        problems={[...at('attractScreen'), ...at('largeText'), ...at('highContrast')]}
        group
      >
        {toggle(t('settings.attractScreen'), draft.attractScreen, (on) =>
          edit({ attractScreen: on }),
        )}
        {toggle(t('settings.largeText'), draft.largeText, (on) => edit({ largeText: on }))}
        {toggle(t('settings.highContrast'), draft.highContrast, (on) => edit({ highContrast: on }))}
      </Field>
      <NightHoursField
        value={draft.nightSchedule}
        problems={at('nightSchedule')}
        onChange={(nightSchedule) => edit({ nightSchedule })}
      />
      <Field
        id="setting-readAloud"
        label={t('settings.readAloudGroup')}
        problems={[...at('readAloud'), ...at('volume')]}
        group
      >
        {toggle(t('settings.readAloud'), draft.readAloud, (on) => edit({ readAloud: on }))}
        <p className="admin-label">{t('settings.volume')}</p>
        <Stepper
          id="setting-volume"
          label={t('settings.volume')}
          value={Math.round(draft.volume * 100)}
          step={10}
          onChange={(v) => edit({ volume: v / 100 })}
          decreaseLabel={t('settings.decrease', { label: t('settings.volume') })}
          increaseLabel={t('settings.increase', { label: t('settings.volume') })}
        />
      </Field>
      <SpeechOutputField
        value={{ speechOutput: draft.speechOutput, speechDeviceId: draft.speechDeviceId }}
        problems={[...at('speechOutput'), ...at('speechDeviceId')]}
        onChange={edit}
      />
      <UpdatesField
        value={draft.updates}
        problems={(field) => at(field ? `updates.${field}` : 'updates')}
        onChange={(updates) => edit({ updates })}
      />
      <PrinterField
        value={draft.printer}
        problems={(field) => at(`printer.${field}`)}
        onChange={(printer) => edit({ printer })}
      />
      <PrinterCheck session={session} onSessionLost={onSessionLost} />
      {save.kind === 'refused' && (
        <div className="admin-message" role="alert">
          <p>{t('settings.refused')}</p>
          <ul>
            {save.problems.map((p) => (
              <li key={`${p.path}:${p.message}`}>
                {p.path ? `${p.path}: ${p.message}` : p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {save.kind === 'failed' && (
        <p className="admin-message" role="alert">
          {t('maintenance.failed', { reason: save.reason })}
        </p>
      )}
      <p role="status" className="admin-status">
        {save.kind === 'saved' ? t('settings.saved') : ''}
      </p>
      <div className="admin-actions">
        <button type="submit" className="primary-button" disabled={save.kind === 'saving'}>
          {save.kind === 'saving' ? t('settings.saving') : t('settings.save')}
        </button>
      </div>
    </form>
  )
}
