import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { groupState, selection, useSelection, type Selected } from './selection.ts';

type Props =
  | { record: Selected }
  /** A group (a consignment's records, a search hit's, an entity's inputs): checked when all are, mixed when some. */
  | { records: readonly Selected[]; label: string; children?: ReactNode };

/**
 * A record's checkbox for the release selection, or a group's. A click does not reach the row (which opens the
 * record's detail in the queues): choosing what to release and reading a record are separate acts.
 */
export function SelectBox(props: Props) {
  const { t } = useTranslation();
  const records = 'record' in props ? [props.record] : props.records;
  const label = 'record' in props ? props.record.label : props.label;
  const visible = 'children' in props ? props.children : undefined;
  const state = groupState(useSelection(), records);
  const box = useRef<HTMLInputElement>(null);
  // "mixed" is a property of the element, not an attribute React sets
  useEffect(() => {
    if (box.current) box.current.indeterminate = state === 'some';
  }, [state]);
  const input = (
    <input
      ref={box}
      type="checkbox"
      className="select-box"
      checked={state === 'all'}
      disabled={records.length === 0}
      aria-label={visible ? undefined : t('sharing.select', { label })}
      onClick={(event) => event.stopPropagation()}
      onChange={() => (state === 'all' ? selection.removeAll(records) : selection.addAll(records))}
    />
  );
  // a group's box may say what it selects beside it, which then names it
  return visible ? (
    <label className="check select-group">
      {input} {visible}
    </label>
  ) : (
    input
  );
}
