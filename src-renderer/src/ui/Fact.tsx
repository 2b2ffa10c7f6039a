import type { ReactNode } from 'react';

/** One entry of a facts list (<dl className="facts">): its name, then its value, styled by `className` (num, mono). */
export function Fact({ term, value, className }: { term: string; value: ReactNode; className?: string }) {
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd className={className}>{value}</dd>
    </div>
  );
}
