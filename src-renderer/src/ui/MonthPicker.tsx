/** A labelled month input for a screen or card head; clearing the field keeps the month shown. */
export function MonthPicker({
  label,
  value,
  onChange,
  ariaLabel,
}: {
  label: string;
  value: string;
  onChange: (month: string) => void;
  ariaLabel: string;
}) {
  return (
    <label className="inline-label">
      {label}
      <input type="month" value={value} onChange={(e) => e.target.value && onChange(e.target.value)} aria-label={ariaLabel} />
    </label>
  );
}
