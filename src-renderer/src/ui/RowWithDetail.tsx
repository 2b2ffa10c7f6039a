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

/**
 * A table body whose rows each open a detail row beneath them (the claim tables): `row` draws an item's row,
 * `detail` what opens under it; `open` is the key of the open item, if any.
 */
export function RowsWithDetail<T, K extends string | number>({
  items,
  itemKey,
  open,
  columns,
  detail,
  row,
}: {
  items: readonly T[];
  itemKey: (item: T) => K;
  open: K | null;
  columns: number;
  detail: (item: T) => ReactNode;
  row: (item: T) => ReactNode;
}) {
  return (
    <tbody>
      {items.map((item) => (
        <RowWithDetail key={itemKey(item)} open={open === itemKey(item)} columns={columns} detail={detail(item)}>
          {row(item)}
        </RowWithDetail>
      ))}
    </tbody>
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
