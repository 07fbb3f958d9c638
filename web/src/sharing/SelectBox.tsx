import { useTranslation } from 'react-i18next';
import { selection, useSelection, type Selected } from './selection.ts';

/**
 * A record's checkbox for the release selection. A click does not reach the row (which opens the record's detail
 * in the queues): choosing what to release and reading a record are separate acts.
 */
export function SelectBox({ record }: { record: Selected }) {
  const { t } = useTranslation();
  const selected = useSelection().some((s) => s.table === record.table && s.id === record.id);
  return (
    <input
      type="checkbox"
      className="select-box"
      checked={selected}
      aria-label={t('sharing.select', { label: record.label })}
      onClick={(event) => event.stopPropagation()}
      onChange={() => selection.toggle(record)}
    />
  );
}
