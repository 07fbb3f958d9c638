import { useTranslation } from 'react-i18next';
import { DateField } from '../components/DateField.tsx';
import { activeFindingFilters, type FindingFilterKey, type FindingQuery } from './finding-query.ts';
import { FilterChoice } from './FilterChoice.tsx';
import { FINDING_KINDS, FINDING_SEVERITIES, PORTS, STATUSES } from './vocabulary.ts';

/** The findings queue's filters: kind, severity, status, port and the consignment's declared days. */
export function FindingFilterBar({
  query,
  onFilter,
  onClear,
}: {
  query: FindingQuery;
  onFilter: (key: FindingFilterKey, value: string) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const choices: { key: FindingFilterKey; options: { value: string; label: string }[] }[] = [
    {
      key: 'status',
      options: STATUSES.map((s) => ({ value: s, label: t(`findings.status.${s}`) })),
    },
    {
      key: 'kind',
      options: FINDING_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`, { defaultValue: k }) })),
    },
    {
      key: 'severity',
      options: FINDING_SEVERITIES.map((s) => ({ value: s, label: t(`severity.${s}`) })),
    },
    {
      key: 'port',
      options: PORTS.map((p) => ({ value: p.locode, label: `${p.name} (${p.locode})` })),
    },
  ];
  const active = activeFindingFilters(query);
  return (
    <div className="filter-bar" role="search" aria-label={t('findings.filtersLabel')}>
      {choices.map(({ key, options }) => (
        <FilterChoice key={key} name={key} value={query[key]} options={options} onChange={onFilter} />
      ))}
      {(['from', 'to'] as const).map((key) => (
        <DateField
          key={key}
          className="filter"
          label={t(`findings.${key}`)}
          value={query[key] ?? ''}
          onChange={(day) => onFilter(key, day)}
        />
      ))}
      {active > 0 && (
        <button type="button" className="link-button" onClick={onClear}>
          {t('filters.clear', { count: active })}
        </button>
      )}
    </div>
  );
}
