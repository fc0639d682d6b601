import type { ComponentChildren } from 'preact';

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  /** Pairs of value and visible label, in order. */
  options: readonly (readonly [value: string, label: string])[];
  onChange: (value: string) => void;
}

/** A labelled `<select>`. */
export function SelectField({ id, label, value, options, onChange }: SelectFieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  hint?: string;
  /** What is wrong with the value; marks the field invalid and is read out with it. */
  error?: string;
  disabled?: boolean;
  maxLength?: number;
  /** Takes two columns of the filter grid where there is room. */
  wide?: boolean;
  onInput: (value: string) => void;
}

/** A labelled one-line text input, with an optional hint and error read out with it. */
export function TextField({ id, label, value, hint, error, disabled = false, maxLength, wide = false, onInput }: TextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint === undefined ? '' : hintId, error === undefined ? '' : errorId].filter(Boolean).join(' ');
  return (
    <div class={wide ? 'field field-wide' : 'field'}>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        disabled={disabled}
        maxLength={maxLength}
        aria-invalid={error !== undefined}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {hint !== undefined && (
        <p class="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error !== undefined && <FieldError id={errorId}>{error}</FieldError>}
    </div>
  );
}

/** A message under a field that says what is wrong with it; `id` is for `aria-describedby`. */
export function FieldError({ id, children }: { id: string; children: ComponentChildren }) {
  return (
    <p class="field-error" id={id}>
      {children}
    </p>
  );
}
