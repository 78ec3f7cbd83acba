import type { ReactNode } from 'react'

type Props = {
  id: string
  label: string
  problems: string[]
  children: ReactNode
  /** Groups (radios, checkboxes) are labelled by a legend instead of a label element. */
  group?: boolean
}

/**
 * One settings field: its label, the control, and the host's reasons when a save was refused,
 * tied to the control with aria-describedby so a screen reader reads them with it.
 */
export function Field({ id, label, problems, children, group = false }: Props) {
  const errorId = `${id}-problems`
  const errors =
    problems.length > 0 ? (
      <ul id={errorId} className="admin-field-problems" data-field-problems={id}>
        {problems.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    ) : null
  if (group) {
    return (
      <fieldset className="admin-field" aria-describedby={errors ? errorId : undefined}>
        <legend className="admin-label">{label}</legend>
        {children}
        {errors}
      </fieldset>
    )
  }
  return (
    <div className="admin-field">
      <label htmlFor={id} className="admin-label">
        {label}
      </label>
      {children}
      {errors}
    </div>
  )
}

type StepperProps = {
  id: string
  label: string
  value: number
  step: number
  onChange(value: number): void
  decreaseLabel: string
  increaseLabel: string
}

/** A number changed with big − / + keys (no keyboard needed); the host checks the range. */
export function Stepper({ id, value, step, onChange, decreaseLabel, increaseLabel }: StepperProps) {
  return (
    <div className="admin-stepper">
      <button
        type="button"
        className="pin-key"
        aria-label={decreaseLabel}
        onClick={() => onChange(value - step)}
      >
        −
      </button>
      <output id={id} className="admin-stepper-value">
        {value}
      </output>
      <button
        type="button"
        className="pin-key"
        aria-label={increaseLabel}
        onClick={() => onChange(value + step)}
      >
        +
      </button>
    </div>
  )
}
