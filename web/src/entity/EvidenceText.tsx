import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../format.ts';
import { formatWeight, type LinkField } from './link-evidence.ts';

/**
 * Link evidence in words: "Coincidencia — nombre: mismas palabras (+6,2) · rareza del nombre (+4) · p = 100 %".
 * The weights stay (in bits, as the resolver scored them) so an analyst can see which comparison carried it.
 */
export function EvidenceText({
  reason,
  fields,
  probability,
}: {
  reason: string;
  fields: readonly LinkField[];
  probability?: number | null;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const parts = fields.map((f) => {
    const comparison = t(`linkEvidence.comparison.${f.comparison}`, { defaultValue: f.comparison });
    // the term-frequency "adjustment" is not a level of agreement: its name says what it is
    const level =
      f.level === 'adjustment' ? '' : t(`linkEvidence.level.${f.level}`, { defaultValue: f.level });
    const weight = formatWeight(f.weight, (n) => formatNumber(n, lang, 1));
    return `${comparison}${level ? `: ${level}` : ''}${weight ? ` (${weight})` : ''}`;
  });
  return (
    <span className="evidence-text">
      <span className="evidence-reason">{t(`linkEvidence.${reason}`, { defaultValue: reason })}</span>
      {parts.length > 0 && <span> — {parts.join(' · ')}</span>}
      {probability != null && <span className="muted"> · p = {formatPercent(probability, lang)}</span>}
    </span>
  );
}
