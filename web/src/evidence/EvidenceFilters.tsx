import { useTranslation } from 'react-i18next';
import { DateField } from '../components/DateField.tsx';
import type { EvidenceQuery } from './list-query.ts';

/** A list's filters: its one choice (kind or source type), then the days, and "clear" when any is set. */
export function EvidenceFilters<C extends string>({
  label,
  query,
  options,
  onChange,
}: {
  label: string;
  query: EvidenceQuery<C>;
  options: readonly { value: C; label: string }[];
  onChange: (next: EvidenceQuery<C>) => void;
}) {
  const { t } = useTranslation();
  const active = [query.choice, query.from, query.to].filter(Boolean).length;
  return (
    <div className="filter-bar" role="search" aria-label={t('incidents.filters.label')}>
      <label className="filter">
        <span>{label}</span>
        <select
          value={query.choice ?? ''}
          onChange={(e) =>
            onChange({ ...query, page: 1, choice: options.find((o) => o.value === e.target.value)?.value })
          }
        >
          <option value="">{t('filters.any')}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      {(['from', 'to'] as const).map((key) => (
        <DateField
          key={key}
          className="filter"
          label={t(`incidents.filters.${key}`)}
          value={query[key] ?? ''}
          onChange={(day) => onChange({ ...query, page: 1, [key]: day || undefined })}
        />
      ))}
      {active > 0 && (
        <button
          type="button"
          className="link-button"
          onClick={() => onChange({ choice: undefined, from: undefined, to: undefined, page: 1 })}
        >
          {t('filters.clear', { count: active })}
        </button>
      )}
    </div>
  );
}
