import { useTranslation } from 'react-i18next';
import { ColumnHeads } from '../components/ColumnHeads.tsx';
import { fetchAgencies, fetchNations } from '../api/identity-endpoints.ts';
import { AsyncContent } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';

/**
 * Nations and agencies as the server knows them. They are added by the database owner on the server
 * (`centinela nations add`, `centinela agencies add`), not from the web: an agency decides what a whole
 * organisation may read, which is not an application administrator's act.
 */
export function AgenciesSection() {
  const { t, i18n } = useTranslation();
  const { state, retry } = useAsync(
    async (signal) => ({ agencies: await fetchAgencies(signal), nations: await fetchNations(signal) }),
    [],
  );
  const name = (item: { nameEn: string; nameEs: string }) =>
    i18n.language === 'es' ? item.nameEs : item.nameEn;
  return (
    <section aria-labelledby="agencies-title">
      <h2 id="agencies-title">{t('admin.agencies.title')}</h2>
      <p className="muted">{t('admin.agencies.hint')}</p>
      <AsyncContent
        state={state}
        retry={retry}
        isEmpty={(data) => data.agencies.length === 0}
        empty={{ title: t('admin.agencies.empty') }}
      >
        {({ agencies, nations }) => (
          <>
            <p>
              {t('admin.agencies.nations')}:{' '}
              {nations.map((nation) => `${nation.code} · ${name(nation)}`).join(', ')}
            </p>
            <div className="table-scroll">
              <table className="data-table">
                <ColumnHeads
                  labels={[t('admin.agencies.code'), t('admin.agencies.nation'), t('admin.agencies.name')]}
                />
                <tbody>
                  {agencies.map((agency) => (
                    <tr key={agency.code}>
                      <td className="mono">{agency.code}</td>
                      <td>{agency.nation}</td>
                      <td>{name(agency)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </AsyncContent>
    </section>
  );
}
