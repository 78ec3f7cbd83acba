/**
 * Ships the release's update-signing keys (KIOSK_RELEASE_KEYS) and flips the kiosk's fuses in the
 * packed binary; rejects (stopping the build) on any failure, or when no trusted key would ship.
 */
declare function afterPack(
  context: afterPack.FuseHookContext,
  loadFuses?: () => Promise<afterPack.FusesModule>,
  env?: Record<string, string | undefined>,
): Promise<void>

declare namespace afterPack {
  /** The subset of electron-builder's AfterPackContext the hook reads. */
  interface FuseHookContext {
    appOutDir: string
    electronPlatformName: string
    packager: { executableName?: string; appInfo: { productFilename: string } }
  }

  /** The subset of @electron/fuses the hook uses. */
  interface FusesModule {
    FuseVersion: { V1: string }
    FuseV1Options: Record<string, number | string>
    flipFuses: (binary: string, config: Record<string, unknown>) => Promise<unknown>
  }

  /** Fuse name → on/off, as the hook applies it. */
  const KIOSK_FUSES: Readonly<Record<string, boolean>>
  /** The packed Electron executable (or .app bundle) for the context's platform. */
  function electronBinaryPath(context: FuseHookContext): string
}

export = afterPack
