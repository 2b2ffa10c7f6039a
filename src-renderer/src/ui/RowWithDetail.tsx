import type { ReactNode } from 'react';

/** A table row and, while open, a detail row beneath it across all `columns` (the claim tables' expandable rows). */
export function RowWithDetail({
  open,
  columns,
  detail,
  children,
}: {
  open: boolean;
  columns: number;
  detail: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      {children}
      {open && (
        <tr className="detail-row">
          <td colSpan={columns}>{detail}</td>
        </tr>
      )}
    </>
  );
}

/** The button in a row that opens or closes that row's detail. */
export function ExpandButton({
  open,
  onToggle,
  className,
  children,
}: {
  open: boolean;
  onToggle: () => void;
  className: string;
  children: ReactNode;
}) {
  return (
    <button type="button" className={className} aria-expanded={open} onClick={onToggle}>
      {children}
    </button>
  );
}
