import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchPermit, type Permit } from '../api/intake-endpoints.ts';
import { MarkingControl } from '../components/MarkingEditor.tsx';
import { AsyncContent } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatKilograms } from '../format.ts';
import { useMe } from '../session/SessionContext.tsx';
import { hrefFor } from '../shell/router.ts';
import { PermitEditForm } from './PermitEditForm.tsx';
import { PermitHistory } from './PermitHistory.tsx';
import { formatDay, permitStatus } from './permit-status.ts';
import '../intake/intake.css';

/** One permit: its facts and marking, the regulator's edit form, and every change made to it. */
export function PermitView({ permitId }: { permitId: string }) {
  const { t } = useTranslation();
  const [version, setVersion] = useState(0);
  const { state, retry, setState } = useAsync((signal) => fetchPermit(permitId, signal), [permitId]);
  return (
    <section className="panel" aria-labelledby="permit-title">
      <p>
        <a href={hrefFor('/registry')}>{t('registry.back')}</a>
      </p>
      <AsyncContent state={state} retry={retry} isEmpty={() => false} empty={{ title: '' }}>
        {(permit) => (
          <PermitFacts
            permit={permit}
            onEdited={(next) => {
              setState({ status: 'ready', data: next });
              setVersion((v) => v + 1);
            }}
          />
        )}
      </AsyncContent>
      <PermitHistory permitId={permitId} version={version} />
    </section>
  );
}

function PermitFacts({ permit, onEdited }: { permit: Permit; onEdited: (permit: Permit) => void }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const lang = i18n.language;
  const status = permitStatus(permit);
  const mayEdit = me.roles.includes('regulator') && me.agency.code === permit.marking.ownerAgency;
  return (
    <>
      <header className="panel-head">
        <h1 id="permit-title">{t('registry.detail', { permit: permit.permitId })}</h1>
        <MarkingControl table="permits" id={permit.id} marking={permit.marking} />
      </header>
      <dl className="permit-facts">
        <div>
          <dt>{t('registry.columns.holder')}</dt>
          <dd>{permit.holderName}</dd>
        </div>
        <div>
          <dt>{t('registry.columns.rfc')}</dt>
          <dd>{permit.holderRfc}</dd>
        </div>
        <div>
          <dt>{t('registry.columns.substance')}</dt>
          <dd>{permit.substanceCas}</dd>
        </div>
        <div>
          <dt>{t('registry.columns.maxKg')}</dt>
          <dd>{formatKilograms(permit.maxKgPerYear, lang)}</dd>
        </div>
        <div>
          <dt>{t('registry.columns.validity')}</dt>
          <dd>
            {t('registry.validity', {
              from: formatDay(permit.validFrom, lang),
              to: formatDay(permit.validTo, lang),
            })}{' '}
            <span className={`chip permit-${status}`}>{t(`registry.status.${status}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('registry.columns.site')}</dt>
          <dd>{permit.siteId ?? t('registry.allSites')}</dd>
        </div>
      </dl>
      {mayEdit ? (
        <PermitEditForm permit={permit} onSaved={onEdited} />
      ) : (
        <p className="muted">{t('registry.edit.regulatorOnly')}</p>
      )}
    </>
  );
}
