import type { Settings } from '../../common/settings/schema'

/**
 * The output device speech must go to, or undefined for the loudspeaker (the default output).
 * Headphones-only without a chosen device routes to a device id no output has: the engine then
 * stays silent, which is the point — the screener's questions never reach the loudspeaker.
 */
export function speechSink(settings: Pick<Settings, 'speechOutput' | 'speechDeviceId'>) {
  if (settings.speechOutput !== 'headphones') return undefined
  return settings.speechDeviceId ?? NO_DEVICE
}

/** A sink id no device has; setSinkId refuses it, so nothing plays. */
export const NO_DEVICE = 'kiosk:no-headphones-chosen'
