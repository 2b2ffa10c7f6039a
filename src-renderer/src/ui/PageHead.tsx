import type { ReactNode } from 'react';

/** A screen's heading (its id labels the screen's section) with the controls that sit beside it. */
export function PageHead({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <div className="page-head">
      <h1 id={id}>{title}</h1>
      {children}
    </div>
  );
}
