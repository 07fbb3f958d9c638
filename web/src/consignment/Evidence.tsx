import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format.ts';

/**
 * A finding's evidence as a readable definition list (numbers in the user's locale); nested values are shown
 * as compact JSON rather than hidden, because an analyst must be able to check every figure.
 */
export function Evidence({ evidence }: { evidence: unknown }) {
  const { t, i18n } = useTranslation();
  if (evidence === null || typeof evidence !== 'object') {
    return <p className="evidence">{String(evidence)}</p>;
  }
  if (Array.isArray(evidence) && evidence.every((item) => typeof item === 'string')) {
    // Evidence as references (event ids, line ids): a list the analyst can copy and look up.
    return (
      <ul className="evidence-list" aria-label={t('consignment.evidence')}>
        {evidence.map((item) => (
          <li key={item} className="mono">
            {item}
          </li>
        ))}
      </ul>
    );
  }
  const entries = Array.isArray(evidence)
    ? evidence.map((v, i) => [String(i + 1), v] as const)
    : Object.entries(evidence);
  return (
    <dl className="evidence" aria-label={t('consignment.evidence')}>
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{t(`evidence.${key}`, { defaultValue: key })}</dt>
          <dd>
            {typeof value === 'number'
              ? formatNumber(value, i18n.language, 2)
              : typeof value === 'string'
                ? value
                : JSON.stringify(value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
