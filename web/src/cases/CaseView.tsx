import { useTranslation } from 'react-i18next';
import { fetchCase, type CaseDetail } from '../api/case-endpoints.ts';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { AsyncContent } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDateTime } from '../format.ts';
import { useMe } from '../session/SessionContext.tsx';
import { hrefFor, readsLeads } from '../shell/router.ts';
import { Fact } from '../evidence/Fact.tsx';
import { AssignToCase, LinkRecordForm, NoteForm, StatusForm } from './CaseForms.tsx';
import { CaseOperations } from './CaseOperations.tsx';
import { runsCases } from './case-query.ts';
import { LinkTarget } from './LinkTarget.tsx';
import { TimelineList } from './TimelineList.tsx';
import { AttachmentsSection } from './AttachmentsSection.tsx';
import './cases.css';

/**
 * One case: its title, lead agency and marking; who works it (the lead agency's analysts and commanders assign);
 * the records it links, each to its page, as far as the reader sees them (the server leaves out the rest); its
 * notes and its timeline. Whoever works cases links and notes; the lead agency closes and reopens.
 */
export function CaseView({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const me = useMe();
  const { state, retry } = useAsync((signal) => fetchCase(caseId, signal), [caseId]);
  const contributes = readsLeads(me.roles);
  return (
    <section className="panel case-view" aria-labelledby="case-title">
      <p>
        <a href={hrefFor('/cases')}>{t('cases.back')}</a>
      </p>
      <AsyncContent state={state} retry={retry} isEmpty={() => false} empty={{ title: '' }}>
        {(theCase: CaseDetail) => {
          const leads = runsCases(me.roles) && theCase.marking.ownerAgency === me.agency.code;
          const open = theCase.status === 'open';
          return (
            <article>
              <header className="panel-head">
                <h1 id="case-title">{theCase.title}</h1>
                <span className={`chip case-${theCase.status}`}>{t(`cases.status.${theCase.status}`)}</span>
                <MarkingBadge marking={theCase.marking} />
              </header>
              <dl className="permit-facts">
                <Fact label={t('cases.detail.lead')}>
                  <span className="mono">{theCase.marking.ownerAgency}</span>
                </Fact>
                <Fact label={t('cases.detail.openedBy')}>{theCase.openedByName ?? '—'}</Fact>
                <Fact label={t('cases.detail.openedAt')}>{formatDateTime(theCase.openedAt, lang)}</Fact>
              </dl>
              {theCase.summary && <p className="summary">{theCase.summary}</p>}
              {leads && <StatusForm caseId={theCase.id} status={theCase.status} onDone={retry} />}

              <h2>{t('cases.assignees.title')}</h2>
              {theCase.assignees.length === 0 ? (
                <p className="muted">{t('cases.assignees.none')}</p>
              ) : (
                <ul className="case-assignees" data-testid="case-assignees">
                  {theCase.assignees.map((a) => (
                    <li key={a.id}>
                      {a.username ?? a.userId.slice(0, 8)}
                      {a.agency && <span className="muted mono"> · {a.agency}</span>}
                      <span className="muted"> · {formatDateTime(a.assignedAt, lang, 'short')}</span>
                    </li>
                  ))}
                </ul>
              )}
              {leads && open && <AssignToCase caseId={theCase.id} onDone={retry} />}

              <h2>{t('cases.links.title')}</h2>
              {theCase.links.length === 0 ? (
                <p className="muted">{t('cases.links.none')}</p>
              ) : (
                <div className="table-scroll">
                  <table className="data-table" data-testid="case-links">
                    <caption className="visually-hidden">{t('cases.links.title')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('cases.links.kind')}</th>
                        <th scope="col">{t('cases.links.record')}</th>
                        <th scope="col">{t('cases.links.note')}</th>
                        <th scope="col">{t('cases.links.by')}</th>
                        <th scope="col">{t('cases.links.at')}</th>
                        <th scope="col">{t('cases.columns.marking')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {theCase.links.map((link) => (
                        <tr key={link.id} data-link-kind={link.kind}>
                          <td>{t(`cases.kind.${link.kind}`)}</td>
                          <td>
                            <LinkTarget link={link} />
                          </td>
                          <td>{link.note || '—'}</td>
                          <td>{link.linkedByName ?? '—'}</td>
                          <td className="nowrap">{formatDateTime(link.linkedAt, lang, 'short')}</td>
                          <td>
                            <MarkingBadge marking={link.marking} compact />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              {contributes && open && <LinkRecordForm caseId={theCase.id} onDone={retry} />}

              <h2>{t('cases.notes.title')}</h2>
              {theCase.notes.length === 0 ? (
                <p className="muted">{t('cases.notes.none')}</p>
              ) : (
                <ul className="case-notes" data-testid="case-notes">
                  {theCase.notes.map((n) => (
                    <li key={n.id}>
                      <p className="case-note-head">
                        <strong>{n.writtenByName ?? '—'}</strong>{' '}
                        <span className="muted">{formatDateTime(n.writtenAt, lang, 'short')}</span>{' '}
                        <MarkingBadge marking={n.marking} compact />
                      </p>
                      <p className="case-note-body">{n.body}</p>
                    </li>
                  ))}
                </ul>
              )}
              {contributes && open && <NoteForm caseId={theCase.id} onDone={retry} />}

              <AttachmentsSection caseId={theCase.id} mayAttach={contributes && open} />

              <CaseOperations theCase={theCase} />

              <h2>{t('cases.timeline.title')}</h2>
              <TimelineList theCase={theCase} />
            </article>
          );
        }}
      </AsyncContent>
    </section>
  );
}
