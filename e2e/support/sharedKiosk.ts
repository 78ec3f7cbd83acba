// The shared kiosk page is a fixture of the one `test` in fixtures.ts (see SharedKiosk there):
// kept as an import path for specs written against it.
export { expect, test, type SharedKiosk } from './fixtures'
