import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../api/case-endpoints.ts';
import { formatDateTime } from '../format.ts';

/**
 * A case's timeline, oldest first, in the reader's language: the server names each entry's kind and record, and
 * the words come from the case's own records here (a link's kind, an operation's state), never its raw text.
 */
export function TimelineList({ theCase }: { theCase: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const links = new Map(theCase.links.map((l) => [l.id, l]));
  const what = (entry: CaseDetail['timeline'][number]): string => {
    if (entry.kind === 'linked') {
      const link = links.get(entry.recordId);
      return link
        ? t('cases.timeline.linked', { kind: t(`cases.kind.${link.kind}`), id: link.targetId })
        : '';
    }
    if (entry.kind === 'operation') {
      // `<operation> → <state>: <reason>` (src/cases/timeline.ts)
      const match = /^(\S+) → (\S+): ([\s\S]*)$/.exec(entry.what);
      if (!match) return t('cases.timeline.operationChanged');
      return t('cases.timeline.operation', {
        state: t(`operations.status.${match[2]}`, { defaultValue: t('cases.timeline.operationChanged') }),
        reason: match[3],
      });
    }
    return t(`cases.timeline.${entry.kind}`, { what: entry.what });
  };
  if (theCase.timeline.length === 0) return <p className="muted">{t('cases.timeline.none')}</p>;
  return (
    <ol className="history case-timeline" data-testid="case-timeline">
      {theCase.timeline.map((entry) => (
        <li key={`${entry.kind}:${entry.recordId}`}>
          <span className="nowrap">{formatDateTime(entry.at, lang, 'short')}</span> · {entry.byName ?? '—'} ·{' '}
          {what(entry)}
        </li>
      ))}
    </ol>
  );
}
