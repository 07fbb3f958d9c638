import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ColumnHeads } from '../components/ColumnHeads.tsx';
import { ExportButton, type ExportTable } from '../components/ExportButton.tsx';
import { Pager } from '../components/Pager.tsx';
import { AsyncContent } from '../components/States.tsx';
import { today } from '../components/csv.ts';
import { useAsync } from '../components/useAsync.ts';
import { useMe } from '../session/SessionContext.tsx';
import { hrefFor } from '../shell/router.ts';
import { EvidenceFilters } from './EvidenceFilters.tsx';
import { EvidenceTabs } from './EvidenceTabs.tsx';
import { goToQuery, PAGE_SIZE, readQuery } from './list-query.ts';
import { recordsEvidence } from './roles.ts';
import '../intake/intake.css';

/** What a list sends its API and its export: its one choice under the API's name for it, and the days. */
type ListFilters<N extends string, C extends string> = Partial<Record<N, C>> & { from?: string; to?: string };

/**
 * The frame of the incidents and field reports lists: the tabs; the heading with the link to record one (for
 * those who record evidence) and the export; the filters, kept in the URL (one choice, the days, the page); and
 * the page of records the user may see, latest first, in a table whose rows are the caller's.
 */
export function EvidenceList<N extends string, C extends string, T extends { id: string }>({
  search,
  list,
  choice,
  load,
  exportTable,
  text,
  columns,
  row,
}: {
  search: URLSearchParams;
  /** The list's path (without the slash): its tab, its title's id, its form at `/<list>/new`. */
  list: 'incidents' | 'field-reports';
  /** The one choice of the filters: its name in the URL and the API, its values, their labels. */
  choice: { name: N; values: readonly C[]; label: string; optionLabel: (value: C) => string };
  load: (
    query: ListFilters<N, C> & { limit: number; offset: number },
    signal: AbortSignal,
  ) => Promise<{ items: T[]; total: number }>;
  exportTable: (
    filters: ListFilters<N, C>,
    onProgress: (loaded: number, total: number | null) => void,
  ) => Promise<ExportTable>;
  text: { title: string; record: string; exportFile: string; empty: string };
  columns: string[];
  /** One record's row (a `tr`). */
  row: (item: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const path = `/${list}`;
  const titleId = `${list}-title`;
  const query = readQuery(search, choice.name, choice.values);
  const filters = {
    ...(query.choice ? { [choice.name]: query.choice } : {}),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
  } as ListFilters<N, C>;
  const { state, retry } = useAsync(
    (signal) => load({ ...filters, limit: PAGE_SIZE, offset: (query.page - 1) * PAGE_SIZE }, signal),
    [query.choice, query.from, query.to, query.page],
  );
  return (
    <section className="panel" aria-labelledby={titleId}>
      <EvidenceTabs current={list} />
      <header className="panel-head">
        <h1 id={titleId}>{text.title}</h1>
        {recordsEvidence(me.roles) && (
          <a className="button-link" href={hrefFor(`${path}/new`)}>
            {text.record}
          </a>
        )}
        <ExportButton
          filename={`${text.exportFile}-${today()}.csv`}
          load={(progress) => exportTable(filters, progress)}
        />
      </header>
      <EvidenceFilters
        label={choice.label}
        query={query}
        options={choice.values.map((value) => ({ value, label: choice.optionLabel(value) }))}
        onChange={(next) => goToQuery(path, choice.name, next)}
      />
      <AsyncContent
        state={state}
        retry={retry}
        isEmpty={(data) => data.items.length === 0}
        empty={{ title: text.empty, hint: t('incidents.emptyHint') }}
      >
        {(data) => (
          <>
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">{text.title}</caption>
                <ColumnHeads labels={columns} />
                <tbody>
                  {data.items.map((item) => (
                    <Fragment key={item.id}>{row(item)}</Fragment>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager
              page={query.page}
              pageSize={PAGE_SIZE}
              total={data.total}
              onPage={(page) => goToQuery(path, choice.name, { ...query, page })}
            />
          </>
        )}
      </AsyncContent>
    </section>
  );
}
