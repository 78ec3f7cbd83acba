import { createContext, useContext } from 'react'
import type { PrintApi } from '../../common/print/printArea'

/** The host's print area (absent where the host has none) and this visitor session's visit id. */
export type PrintContextValue = { api?: PrintApi; visit: string }

export const PrintContext = createContext<PrintContextValue>({ visit: 'no-session' })

export const usePrintContext = () => useContext(PrintContext)
