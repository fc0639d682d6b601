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
  disabled?: boolean;
  maxLength?: number;
  /** Takes two columns of the filter grid where there is room. */
  wide?: boolean;
  onInput: (value: string) => void;
}

/** A labelled one-line text input, with an optional hint read out with it. */
export function TextField({ id, label, value, hint, disabled = false, maxLength, wide = false, onInput }: TextFieldProps) {
  const hintId = `${id}-hint`;
  return (
    <div class={wide ? 'field field-wide' : 'field'}>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        disabled={disabled}
        maxLength={maxLength}
        aria-describedby={hint === undefined ? undefined : hintId}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {hint !== undefined && (
        <p class="field-hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}

/** A message under a form that says what went wrong; `id` is for `aria-describedby`. */
export function FieldError({ id, children }: { id: string; children: ComponentChildren }) {
  return (
    <p class="field-error" id={id}>
      {children}
    </p>
  );
}
