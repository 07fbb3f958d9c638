import { useTranslation } from 'react-i18next';
import type { DeclaredDestination } from '../api/types.ts';
import { formatNumber } from '../format.ts';
import { geoPoint } from '../../../src/shared/geo.ts';

/**
 * A place as analysts read it: the registry's name first, its kind, and the id small and secondary (for
 * lookup and copying). A bare position reads as coordinates; an id the registry does not name for this
 * caller stays an id, said plainly.
 */
export function PlaceLabel({
  name,
  kind,
  id,
  unknownHint,
}: {
  name: string | null | undefined;
  kind?: string | null | undefined;
  id: string | null | undefined;
  /** Say that an unnamed id is not in the registry (or not released), rather than leave it bare. */
  unknownHint?: boolean;
}) {
  const { t, i18n } = useTranslation();
  if (name) {
    return (
      <span className="place">
        <span className="place-name">{name}</span>
        {kind && <span className="place-kind">{t(`placeKind.${kind}`, { defaultValue: kind })}</span>}
        {id && id !== name && <span className="place-id mono">{id}</span>}
      </span>
    );
  }
  const position = geoPoint(id);
  if (position) {
    const lat = formatNumber(position.lat, i18n.language, 4);
    const lon = formatNumber(position.lon, i18n.language, 4);
    return <span className="place muted">{t('consignment.position', { lat, lon })}</span>;
  }
  if (!id) return <span className="muted">—</span>;
  return (
    <span className="place">
      <span className="mono">{id}</span>
      {unknownHint && <span className="place-id">{t('consignment.placeUnknown')}</span>}
    </span>
  );
}

/**
 * The declared destination: the registered place with its licence, or the declaration's own words. The
 * licence is weighed against the controlled substances declared: a permit for another substance does not
 * license this delivery, and a site without permits matters only when something controlled goes there.
 */
export function DestinationLabel({
  destination,
  controlledCas = [],
}: {
  destination: DeclaredDestination | null;
  controlledCas?: readonly string[];
}) {
  const { t } = useTranslation();
  if (!destination || (!destination.text && !destination.place)) return <span className="muted">—</span>;
  const place = destination.place;
  if (!place) {
    // A city or coordinates are read as written; an id the caller cannot resolve is said to be one.
    const looksLikeId = /^urn:|^geo:/.test(destination.text);
    return <PlaceLabel name={looksLikeId ? null : destination.text} id={destination.text} unknownHint />;
  }
  const permits = place.permits.map((p) =>
    p.substanceCas ? `${p.permitId} (${p.substanceCas})` : p.permitId,
  );
  const covered = new Set(place.permits.map((p) => p.substanceCas));
  const uncovered = controlledCas.filter((cas) => !covered.has(cas));
  return (
    <span className="place-block">
      <PlaceLabel name={place.name} kind={place.kind} id={place.id} />
      {place.licensed === true && (
        <span
          className={`licence ${uncovered.length > 0 ? 'warn' : 'ok'}`}
          title={t('consignment.licensedPermits', { permits: permits.join(', ') })}
        >
          {uncovered.length > 0
            ? t('consignment.licensedOther', { cas: uncovered.join(', ') })
            : t('consignment.licensed')}
          {permits.length > 0 && <span className="mono"> · {permits.join(', ')}</span>}
        </span>
      )}
      {place.licensed === false && (
        <span
          className={`licence ${controlledCas.length > 0 ? 'warn' : 'none'}`}
          title={t('consignment.unlicensedHint')}
        >
          {t('consignment.unlicensed')}
        </span>
      )}
    </span>
  );
}
