import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../api/types.ts';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { formatNumber } from '../format.ts';
import { EvidenceText } from './EvidenceText.tsx';
import { groupRecords } from './record-groups.ts';

/**
 * The entity's records, equal ones grouped into one row with a count, each row with the evidence that
 * joined its records to the entity. RFC and address columns appear only when some record has one, so the
 * table stays readable on a laptop screen.
 */
export function RecordGroupsTable({ entity }: { entity: Entity }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const groups = useMemo(() => groupRecords(entity.records, entity.links ?? []), [entity]);
  const showRfc = groups.some((g) => g.rfc);
  const showAddress = groups.some((g) => g.address);
  return (
    <>
      {groups.length < entity.records.length && (
        <p className="muted table-note">
          {t('entity.groupsSummary', {
            records: formatNumber(entity.records.length, lang),
            groups: formatNumber(groups.length, lang),
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
            {groups.map((group) => (
              <tr key={group.key} data-record-count={group.count}>
                <td>
                  {group.source ? t(`partySource.${group.source}`, { defaultValue: group.source }) : '—'}
                  {group.role && (
                    <span className="sub">{t(`partyRole.${group.role}`, { defaultValue: group.role })}</span>
                  )}
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
                <td>{group.marking && <MarkingBadge marking={group.marking} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
