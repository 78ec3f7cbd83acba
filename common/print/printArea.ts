import type { AreaApi } from '../api/contract'

/**
 * The printing part of the KioskApi (`print` area, described in common/api/contract.ts): the
 * visitor asks whether a slip can be printed and prints one; an administrator prints a test slip
 * (no limits, but the same printer path and time limit).
 */
export type PrintApi = AreaApi<'print'>
