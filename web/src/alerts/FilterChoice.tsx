import { useTranslation } from 'react-i18next';

/** One select of a queue's filter bar: labelled by `filters.<name>`, "any" first, the choices after. */
export function FilterChoice<K extends string>({
  name,
  value,
  options,
  onChange,
}: {
  name: K;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  onChange: (key: K, value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <label className="filter">
      <span>{t(`filters.${name}`)}</span>
      <select value={value ?? ''} onChange={(e) => onChange(name, e.target.value)}>
        <option value="">{t('filters.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
