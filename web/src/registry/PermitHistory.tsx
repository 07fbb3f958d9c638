import { useTranslation } from 'react-i18next';
import { fetchPermitHistory, type PermitChange } from '../api/intake-endpoints.ts';
import { ColumnHeads } from '../components/ColumnHeads.tsx';
import { AsyncContent } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDateTime, formatKilograms } from '../format.ts';
import { formatDay } from './permit-status.ts';

type Field = PermitChange['fields'][number];

function valueText(field: Field['field'], value: Field['before'], lang: string, t: (k: string) => string) {
  if (value === null || value === '') return field === 'siteId' ? t('registry.allSites') : '—';
  if (field === 'maxKgPerYear') return formatKilograms(Number(value), lang);
  if (field === 'validFrom' || field === 'validTo') return formatDay(String(value), lang);
  return String(value);
}

/** Who changed what when, newest first; `version` reloads it after an edit on the same page. */
export function PermitHistory({ permitId, version }: { permitId: string; version: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { state, retry } = useAsync((signal) => fetchPermitHistory(permitId, signal), [permitId, version]);
  return (
    <section aria-labelledby="permit-history-title">
      <h2 id="permit-history-title">{t('registry.history.title')}</h2>
      <AsyncContent
        state={state}
        retry={retry}
        isEmpty={(data) => data.items.length === 0}
        empty={{ title: t('registry.history.empty') }}
      >
        {(data) => (
          <div className="table-scroll">
            <table className="data-table" data-testid="permit-history">
              <caption className="visually-hidden">{t('registry.history.title')}</caption>
              <ColumnHeads
                labels={[t('registry.history.when'), t('registry.history.who'), t('registry.history.what')]}
              />
              <tbody>
                {data.items.map((change) => (
                  <tr key={change.id}>
                    <td>{formatDateTime(change.changedAt, lang, 'short')}</td>
                    <td>
                      {change.changedByName ??
                        t('registry.history.someone', { nation: change.changedByNation })}
                    </td>
                    <td>
                      <ul className="plain-list">
                        {change.fields.map((f) => (
                          <li key={f.field}>
                            {t('registry.history.change', {
                              field: t(`registry.history.fields.${f.field}`),
                              before: valueText(f.field, f.before, lang, t),
                              after: valueText(f.field, f.after, lang, t),
                            })}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </AsyncContent>
    </section>
  );
}
