export { DiagnosticsPanel } from './DiagnosticsPanel'
