import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchEntityInputs } from '../api/sharing-endpoints.ts';
import type { ResponseOf } from '../api/types.ts';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { ErrorState, Loading } from '../components/States.tsx';
import { formatNumber } from '../format.ts';
import { useMe } from '../session/SessionContext.tsx';
import { SelectBox } from '../sharing/SelectBox.tsx';
import { mayRelease, SELECTION_MAX, type Selected } from '../sharing/selection.ts';

type Input = ResponseOf<'/api/entities/{id}/inputs'>['items'][number];

/**
 * Sharing an entity: it is derived from its records, never wider than them, so it is not released itself; its
 * input records (declaration lines and headers, permits, locations) are, with the same selection and dialog as
 * everywhere, and the receiver's own resolution builds the entity from what it then reads. Loaded when asked for,
 * as many as one release may hold.
 */
export function InputsSection({ entityId }: { entityId: string }) {
  const { t, i18n } = useTranslation();
  const agency = useMe().agency.code;
  const [inputs, setInputs] = useState<{ items: Input[]; total: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const load = async () => {
    setBusy(true);
    setError(null);
    try {
      setInputs(await fetchEntityInputs(entityId, SELECTION_MAX, 0));
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };
  const record = (input: Input): Selected | null =>
    mayRelease(input.marking, agency)
      ? { table: input.table, id: input.id, label: `${t(`sharing.table.${input.table}`)} ${input.label}` }
      : null;
  const own = (inputs?.items ?? []).flatMap((input) => record(input) ?? []);
  return (
    <section className="panel" aria-labelledby="inputs-title">
      <header className="panel-head">
        <h2 id="inputs-title">{t('sharing.entity.title')}</h2>
      </header>
      <p className="muted">{t('sharing.entity.why')}</p>
      {inputs === null && !busy && error === null && (
        <button type="button" onClick={() => void load()}>
          {t('sharing.entity.show')}
        </button>
      )}
      {busy && <Loading label={t('sharing.entity.loading')} />}
      {error !== null && <ErrorState error={error} onRetry={() => void load()} />}
      {inputs && (
        <>
          <p className="release-pick">
            <SelectBox records={own} label={t('sharing.entity.title')}>
              {own.length > 0
                ? t('sharing.entity.selectOwn', { count: own.length })
                : t('sharing.entity.noneOwn')}
            </SelectBox>
          </p>
          {inputs.total > inputs.items.length && (
            <p className="muted">
              {t('sharing.entity.more', {
                shown: formatNumber(inputs.items.length, i18n.language),
                total: formatNumber(inputs.total, i18n.language),
              })}
            </p>
          )}
          <div className="table-scroll">
            <table className="data-table" data-testid="entity-inputs">
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">{t('sharing.selectColumn')}</span>
                  </th>
                  <th scope="col">{t('sharing.entity.kind')}</th>
                  <th scope="col">{t('sharing.dialog.record')}</th>
                  <th scope="col">{t('alerts.column.marking')}</th>
                </tr>
              </thead>
              <tbody>
                {inputs.items.map((input) => {
                  const selectable = record(input);
                  return (
                    <tr key={`${input.table}/${input.id}`}>
                      <td>{selectable && <SelectBox record={selectable} />}</td>
                      <td>{t(`sharing.table.${input.table}`)}</td>
                      <td className="mono">{input.label}</td>
                      <td>
                        <MarkingBadge marking={input.marking} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
