import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../components/DateField.tsx';
import { activeFilterCount, type AlertQuery, type FilterKey } from './alert-query.ts';
import { FilterChoice } from './FilterChoice.tsx';
import { ALERT_SEVERITIES, PORTS, STATUSES, VERDICTS } from './vocabulary.ts';

export function FilterBar({
  query,
  onFilter,
  onClear,
}: {
  query: AlertQuery;
  onFilter: (key: FilterKey, value: string) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const [substance, setSubstance] = useState(query.substance ?? '');
  const labelled = (prefix: string, values: readonly string[]) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`, { defaultValue: value }) }));
  return (
    <form
      className="filter-bar"
      role="search"
      aria-label={t('filters.label')}
      onSubmit={(e) => {
        e.preventDefault();
        onFilter('substance', substance);
      }}
    >
      <FilterChoice
        name="status"
        value={query.status}
        options={labelled('status', STATUSES)}
        onChange={onFilter}
      />
      <FilterChoice
        name="verdict"
        value={query.verdict}
        options={labelled('verdict', VERDICTS)}
        onChange={onFilter}
      />
      <FilterChoice
        name="severity"
        value={query.severity}
        options={labelled('severity', ALERT_SEVERITIES)}
        onChange={onFilter}
      />
      <FilterChoice
        name="port"
        value={query.port}
        options={PORTS.map((p) => ({ value: p.locode, label: `${p.name} (${p.locode})` }))}
        onChange={onFilter}
      />
      <label className="filter">
        <span>{t('filters.substance')}</span>
        <input
          type="search"
          value={substance}
          placeholder={t('filters.substancePlaceholder')}
          onChange={(e) => setSubstance(e.target.value)}
          onBlur={() => substance !== (query.substance ?? '') && onFilter('substance', substance)}
        />
      </label>
      <DateField
        className="filter"
        label={t('filters.from')}
        value={query.from ?? ''}
        onChange={(day) => onFilter('from', day)}
      />
      <DateField
        className="filter"
        label={t('filters.to')}
        value={query.to ?? ''}
        onChange={(day) => onFilter('to', day)}
      />
      {activeFilterCount(query) > 0 && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setSubstance('');
            onClear();
          }}
        >
          {t('filters.clear', { count: activeFilterCount(query) })}
        </button>
      )}
    </form>
  );
}
