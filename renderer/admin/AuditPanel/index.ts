export { AuditPanel } from './AuditPanel'
