import type { ReactNode } from 'react';

/** One fact of a record's page: its name and its value (or a dash). */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children ?? '—'}</dd>
    </div>
  );
}
