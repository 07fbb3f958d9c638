import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordGroup } from '../api/types.ts';
import { fetchRecordGroups } from '../api/endpoints.ts';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { ErrorState, Loading } from '../components/States.tsx';
import { formatNumber } from '../format.ts';
import { EvidenceText } from './EvidenceText.tsx';

/** Groups asked for at a time: the largest entities have dozens, each a wide row. */
export const GROUPS_PAGE = 25;

type Loaded = { items: RecordGroup[]; total: number };

/**
 * The entity's records, loaded when asked for and a page at a time: equal ones grouped into one row with a
 * count (grouped by the server, which sends no record twice), each row with the evidence that joined its
 * records to the entity. RFC and address columns appear only when some group has one.
 */
export function RecordGroupsSection({ entityId, recordCount }: { entityId: string; recordCount: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = async () => {
    setBusy(true);
    setError(null);
    try {
      const page = await fetchRecordGroups(entityId, GROUPS_PAGE, loaded?.items.length ?? 0);
      setLoaded((before) => ({ items: [...(before?.items ?? []), ...page.items], total: page.total }));
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="records-title">
      <header className="panel-head">
        <h2 id="records-title">{t('entity.records')}</h2>
        <span className="count">{formatNumber(recordCount, lang)}</span>
      </header>
      {loaded === null && !busy && !error && (
        <button type="button" onClick={() => void load()}>
          {t('entity.showRecords', { count: recordCount, formatted: formatNumber(recordCount, lang) })}
        </button>
      )}
      {loaded && <GroupsTable groups={loaded.items} total={loaded.total} recordCount={recordCount} />}
      {busy && <Loading label={t('entity.loadingRecords')} />}
      {error !== null && <ErrorState error={error} onRetry={() => void load()} />}
      {loaded && !busy && loaded.items.length < loaded.total && (
        <button type="button" onClick={() => void load()}>
          {t('entity.moreGroups', {
            shown: formatNumber(loaded.items.length, lang),
            total: formatNumber(loaded.total, lang),
          })}
        </button>
      )}
    </section>
  );
}

function GroupsTable({
  groups,
  total,
  recordCount,
}: {
  groups: RecordGroup[];
  total: number;
  recordCount: number;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const showRfc = groups.some((g) => g.rfc);
  const showAddress = groups.some((g) => g.address);
  return (
    <>
      {total < recordCount && (
        <p className="muted table-note">
          {t('entity.groupsSummary', {
            records: formatNumber(recordCount, lang),
            groups: formatNumber(total, lang),
          })}
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table record-groups" data-testid="entity-records">
          <thead>
            <tr>
              <th scope="col">{t('entity.source')}</th>
              <th scope="col">{t('entity.name')}</th>
              {showRfc && <th scope="col">RFC</th>}
              {showAddress && <th scope="col">{t('entity.address')}</th>}
              <th scope="col">{t('entity.matchReasons')}</th>
              <th scope="col">{t('alerts.column.marking')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group, index) => (
              <tr key={index} data-record-count={group.count}>
                <td>
                  {t(`partySource.${group.source}`, { defaultValue: group.source })}
                  <span className="sub">{t(`partyRole.${group.role}`, { defaultValue: group.role })}</span>
                </td>
                <td>
                  {group.name || <span className="muted">—</span>}
                  {group.count > 1 && (
                    <span className="count-pill" title={t('entity.groupCount', { count: group.count })}>
                      <span aria-hidden="true">× {formatNumber(group.count, lang)}</span>
                      <span className="visually-hidden">
                        {t('entity.groupCount', { count: group.count })}
                      </span>
                    </span>
                  )}
                </td>
                {showRfc && <td className="mono">{group.rfc ?? '—'}</td>}
                {showAddress && <td>{group.address ?? '—'}</td>}
                <td>
                  <ul className="group-evidence">
                    {group.evidence.map((e, i) => (
                      <li key={i}>
                        <EvidenceText reason={e.reason} fields={e.fields} probability={e.probability} />
                        {group.evidence.length > 1 && e.count > 1 && (
                          <span className="muted"> × {formatNumber(e.count, lang)}</span>
                        )}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  <MarkingBadge marking={group.marking} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
