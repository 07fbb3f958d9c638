/**
 * A data table's header row: one column head per label, and, when the rows end in buttons, a last column
 * whose label only screen readers hear (the buttons name themselves on sight).
 */
export function ColumnHeads({ labels, actions }: { labels: readonly string[]; actions?: string }) {
  return (
    <thead>
      <tr>
        {labels.map((label) => (
          <th key={label} scope="col">
            {label}
          </th>
        ))}
        {actions !== undefined && (
          <th scope="col">
            <span className="visually-hidden">{actions}</span>
          </th>
        )}
      </tr>
    </thead>
  );
}
