// electron-builder configuration for `npm run dist` (needs internet to fetch Electron and the
// NSIS/AppImage tools). Checked offline by build/electronBuilderConfig.test.ts with
// electron-builder's own schema validator, so a typo fails `npm test`, not a release.

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'org.reliefkiosk.app',
  productName: 'Relief Kiosk',
  copyright: 'Relief kiosk project',
  directories: { output: 'release', buildResources: 'build' },
  // Only the bundles: dist/ holds the built renderer and the esbuild main/preload bundles, which
  // already contain every runtime dependency (the preload must, being sandboxed).
  files: ['dist/**', 'package.json', '!**/*.map', '!node_modules/**'],
  // Factory content, trusted public keys and fonts live next to the asar, where the main process
  // finds them through process.resourcesPath (electron/main/main.ts).
  extraResources: [{ from: 'resources', to: 'resources', filter: ['**/*'] }],
  asar: true,
  // No native modules: nothing to rebuild against Electron's headers.
  npmRebuild: false,
  nodeGypRebuild: false,
  // Fuses are flipped by our own hook (tested, and logs what it set); not by electron-builder.
  afterPack: './build/afterPack.cjs',
  electronLanguages: ['zh-CN', 'en-US', 'ko'],
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Utility',
    icon: 'build/icons',
    executableName: 'relief-kiosk',
    synopsis: 'Relief information kiosk',
    maintainer: 'Relief kiosk project <kiosk@example.org>',
  },
  deb: {
    depends: ['libnss3', 'libgbm1', 'libasound2 | libasound2t64'],
    // The kiosk session and its unit (docs/deploy.md) are installed by the technician, not here.
    priority: 'optional',
  },
  appImage: { artifactName: '${productName}-${version}-${arch}.${ext}' },
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'build/icons/icon.ico',
    executableName: 'relief-kiosk',
  },
  nsis: {
    oneClick: false,
    perMachine: true,
    allowElevation: true,
    allowToChangeInstallationDirectory: false,
    createDesktopShortcut: false,
    createStartMenuShortcut: true,
    runAfterFinish: false,
    artifactName: '${productName}-Setup-${version}.${ext}',
  },
}

module.exports = config
