import { useEffect, useState } from 'react'
import { useT } from '../../i18n/useT'
import type { Settings } from '../../../common/settings/schema'
import { Field } from './Field'

type Output = Pick<Settings, 'speechOutput' | 'speechDeviceId'>
type Props = { value: Output; problems: string[]; onChange(change: Output): void }

/** An output device the OS lists: its id and the name the OS gives it (may be empty). */
export type OutputDevice = { deviceId: string; label: string }

/**
 * The audio outputs the OS lists now (navigator.mediaDevices.enumerateDevices), or [] where the
 * platform lists none; the "default" and "communications" aliases are left out, since the point
 * is a device other than the loudspeaker.
 */
export async function listOutputs(): Promise<OutputDevice[]> {
  const devices = (await navigator.mediaDevices?.enumerateDevices?.()) ?? []
  return devices
    .filter((d) => d.kind === 'audiooutput' && d.deviceId !== '')
    .filter((d) => d.deviceId !== 'default' && d.deviceId !== 'communications')
    .map((d) => ({ deviceId: d.deviceId, label: d.label }))
}

/**
 * Private listening (issue 26): speech on the loudspeaker, or only on the headphones device
 * chosen from those the OS lists. A device chosen earlier but not connected now stays chosen
 * and is marked, so unplugging headphones never silently moves speech to the loudspeaker.
 */
export function SpeechOutputField({ value, problems, onChange }: Props) {
  const { t } = useT('admin')
  const [devices, setDevices] = useState<OutputDevice[] | undefined>(undefined)
  useEffect(() => {
    let live = true
    listOutputs().then(
      (found) => live && setDevices(found),
      () => live && setDevices([]),
    )
    return () => {
      live = false
    }
  }, [])
  const chosen = value.speechDeviceId
  const missing =
    chosen !== undefined && devices !== undefined && !devices.some((d) => d.deviceId === chosen)
  return (
    <Field id="setting-speechOutput" label={t('settings.speechOutput')} problems={problems} group>
      {(['loudspeaker', 'headphones'] as const).map((output) => (
        <label key={output} className="admin-choice">
          <input
            type="radio"
            name="speechOutput"
            checked={value.speechOutput === output}
            onChange={() => onChange({ ...value, speechOutput: output })}
          />
          <span>{t(`settings.speechOutput_${output}`)}</span>
        </label>
      ))}
      {value.speechOutput === 'headphones' && (
        <>
          <p className="admin-label">{t('settings.speechDevice')}</p>
          {devices?.length === 0 && <p className="body-text">{t('settings.speechNoDevices')}</p>}
          {devices?.map((d, i) => (
            <label key={d.deviceId} className="admin-choice">
              <input
                type="radio"
                name="speechDeviceId"
                checked={chosen === d.deviceId}
                onChange={() => onChange({ ...value, speechDeviceId: d.deviceId })}
              />
              <span>{d.label || t('settings.speechDeviceUnnamed', { n: i + 1 })}</span>
            </label>
          ))}
          {missing && (
            <p className="admin-message" data-speech-device-missing="">
              {t('settings.speechDeviceMissing')}
            </p>
          )}
        </>
      )}
    </Field>
  )
}
