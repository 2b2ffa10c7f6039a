import { useId, type ReactNode } from 'react';

// A labelled form control with its validation message underneath, wired for screen readers and tests
// (aria-invalid, aria-describedby) so an error is always next to the field it belongs to.

interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
  children: (control: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}

export function Field({ label, error, hint, className, children }: FieldProps) {
  const id = useId();
  const messageId = `${id}-message`;
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(error), ...(error || hint ? { 'aria-describedby': messageId } : {}) })}
      {error ? (
        <span className="field-message error" id={messageId} role="alert">
          {error}
        </span>
      ) : hint ? (
        <span className="field-message" id={messageId}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}

interface Option {
  value: string;
  label: string;
}

export function Select({
  value,
  onChange,
  options,
  placeholder,
  ...control
}: {
  value: string;
  onChange: (v: string) => void;
  options: Option[];
  placeholder?: string;
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}) {
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

export const options = <T extends string>(values: readonly T[], label: (v: T) => string = (v) => v): Option[] =>
  values.map((value) => ({ value, label: label(value) }));

/** One option per record: its id the value, its name the text (the payer pickers). */
export function NamedOptions({ items }: { items: readonly { id: string; name: string }[] }) {
  return (
    <>
      {items.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </>
  );
}
