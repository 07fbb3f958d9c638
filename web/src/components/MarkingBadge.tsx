import { useTranslation } from 'react-i18next';
import type { Marking } from '../api/types.ts';

/** "REL MEX, USA" style releasability summary; an empty list means only the owner's nation may see it. */
export function releasabilityText(marking: Marking): string {
  return marking.releasableTo.length > 0 ? marking.releasableTo.join(', ') : '—';
}

/** The TLP 2.0 label (FIRST colours on black) plus the nations it is releasable to. */
export function MarkingBadge({ marking, compact = false }: { marking: Marking; compact?: boolean }) {
  const { t } = useTranslation();
  const label = `TLP:${marking.tlp.toUpperCase()}`;
  const releasable =
    marking.releasableTo.length > 0
      ? t('marking.releasableTo', { nations: marking.releasableTo.join(', ') })
      : t('marking.ownerOnly', { owner: marking.ownerAgency });
  return (
    <span
      className="marking"
      data-tlp={marking.tlp}
      aria-label={t('marking.aria', { tlp: label, releasable, owner: marking.ownerAgency })}
      title={`${label} · ${releasable} · ${t('marking.owner')}: ${marking.ownerAgency}`}
    >
      <span className={`tlp tlp-${marking.tlp.replace('+', '-')}`}>{label}</span>
      {!compact && <span className="rel">REL {releasabilityText(marking)}</span>}
    </span>
  );
}
