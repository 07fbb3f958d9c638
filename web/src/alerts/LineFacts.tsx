/**
 * What a proposal is about, beside its reasons: the declared goods (description, HS code, quantity, permit,
 * container) of its line or of its consignment's lines, and the parties (importer, consignee, broker), each
 * linked to its entity. Read from the consignment and the line's party records, under the caller's
 * visibility: what it may not see is simply not there.
 */
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclarationLine } from '../api/types.ts';
import { fetchConsignment, fetchParties } from '../api/endpoints.ts';
import { useAsync } from '../components/useAsync.ts';
import { formatKilograms } from '../format.ts';
import { hrefFor } from '../shell/router.ts';

/** Lines listed for a consignment's finding; a consignment rarely has more, the consignment page has all. */
const MAX_LINES = 8;

export function LineFacts({
  billOfLading,
  line,
  ownerAgency,
}: {
  billOfLading: string | null;
  /** The alert's own line; a finding has none and shows its consignment's lines. */
  line?: { declarationId: string; lineNo: number } | undefined;
  ownerAgency: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const consignment = useAsync(
    (signal) =>
      billOfLading ? fetchConsignment(billOfLading, signal).catch(() => null) : Promise.resolve(null),
    [billOfLading],
  );
  const lines: DeclarationLine[] =
    consignment.state.status === 'ready' && consignment.state.data
      ? consignment.state.data.lines.filter(
          (l) => !line || (l.declarationId === line.declarationId && l.lineNo === line.lineNo),
        )
      : [];
  // the parties of the alert's line, or of the consignment's first line
  const first = lines[0];
  const target = line ?? (first ? { declarationId: first.declarationId, lineNo: first.lineNo } : null);
  const agency = first?.marking?.ownerAgency ?? ownerAgency;
  const parties = useAsync(
    (signal) =>
      target
        ? fetchParties(target.declarationId, target.lineNo, agency, signal).catch(() => ({ items: [] }))
        : Promise.resolve({ items: [] }),
    [target?.declarationId, target?.lineNo, agency],
  );
  const partyItems = parties.state.status === 'ready' ? parties.state.data.items : [];

  return (
    <>
      {partyItems.length > 0 && (
        <>
          <h3>{t('lineFacts.parties')}</h3>
          <dl className="facts" data-testid="parties">
            {partyItems.map((party) => (
              <Fragment key={`${party.role}:${party.entityId}`}>
                <dt>{t(`partyRole.${party.role}`, { defaultValue: party.role })}</dt>
                <dd>
                  <a href={hrefFor(`/entities/${encodeURIComponent(party.entityId)}`)}>{party.name || '—'}</a>
                  {party.rfc && <span className="muted mono"> {party.rfc}</span>}
                </dd>
              </Fragment>
            ))}
          </dl>
        </>
      )}
      {lines.length > 0 && (
        <>
          <h3>{t('lineFacts.goods')}</h3>
          {/* a region the keyboard can reach and scroll: the detail panel is narrower than the table */}
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('lineFacts.goods')}>
            <table className="data-table" data-testid="goods">
              <thead>
                <tr>
                  <th scope="col">{t('alerts.declaration')}</th>
                  <th scope="col">{t('lineFacts.description')}</th>
                  <th scope="col">{t('lineFacts.quantity')}</th>
                  <th scope="col">{t('lineFacts.permit')}</th>
                  <th scope="col">{t('lineFacts.container')}</th>
                </tr>
              </thead>
              <tbody>
                {lines.slice(0, MAX_LINES).map((l) => (
                  <tr key={`${l.declarationId}#${l.lineNo}`}>
                    <td className="mono">
                      {l.declarationId} #{l.lineNo}
                    </td>
                    <td>
                      {l.goodsDescription ?? '—'}
                      {(l.hsCode || l.casNumber) && (
                        <span className="sub mono">
                          {[l.hsCode && `HS ${l.hsCode}`, l.casNumber && `CAS ${l.casNumber}`]
                            .filter(Boolean)
                            .join(' · ')}
                        </span>
                      )}
                    </td>
                    <td className="num">{formatKilograms(l.quantityKg, lang)}</td>
                    <td className="mono">{l.permitId ?? t('lineFacts.noPermit')}</td>
                    <td className="mono">{l.containerNo ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {lines.length > MAX_LINES && (
            <p className="muted">{t('lineFacts.moreLines', { count: lines.length - MAX_LINES })}</p>
          )}
        </>
      )}
    </>
  );
}
