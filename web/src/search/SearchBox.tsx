/**
 * The header's search box, keyboard first: `/` anywhere (outside a text field) focuses it, typing asks the
 * server (debounced, the previous request aborted), the arrow keys move through the results, Enter opens the
 * highlighted one (the first when none is), Escape closes the list. An ARIA combobox with a listbox.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { searchRecords } from '../api/endpoints.ts';
import { ApiError } from '../api/http.ts';
import type { SearchHit } from '../api/types.ts';
import { hrefFor } from '../shell/router.ts';
import { SEARCH_QUERY_MAX } from '../../../src/shared/search.ts';
import { useSession } from '../session/SessionContext.tsx';
import { SelectBox } from '../sharing/SelectBox.tsx';
import { hitRecords } from './hit-records.ts';

/** Results shown at once; the server ranks them. */
const SHOWN = 10;
const DEBOUNCE_MS = 150;

/** Where a hit opens: its own view, or for a kind without one, the closest list. */
export function hrefOfHit(hit: SearchHit): string {
  switch (hit.open.view) {
    case 'consignment':
      return hrefFor(`/consignments/${encodeURIComponent(hit.open.billOfLading)}`);
    case 'entity':
      return hrefFor(`/entities/${encodeURIComponent(hit.open.entityId)}`);
    case 'permit':
      return hrefFor(`/registry/${encodeURIComponent(hit.open.permitId)}`);
    case 'incident':
      return hrefFor(`/incidents/${encodeURIComponent(hit.open.incidentId)}`);
    case 'fieldReport':
      return hrefFor(`/field-reports/${encodeURIComponent(hit.open.reportId)}`);
    case 'case':
      return hrefFor(`/cases/${encodeURIComponent(hit.open.caseId)}`);
    case 'map':
      return hrefFor('/map');
    case 'consignments':
      return hrefFor('/consignments');
  }
}

/** Whether a key press happened while the user was typing somewhere (then `/` is just a slash). */
const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

type State =
  | { phase: 'idle' }
  | { phase: 'loading' }
  | { phase: 'done'; hits: SearchHit[] }
  | { phase: 'failed'; error: ApiError };

export function SearchBox() {
  const { t, i18n } = useTranslation();
  // the header shows the box to a signed-in user only; the box alone (its tests) releases nothing
  const { state: session } = useSession();
  const agency = session.status === 'authenticated' ? session.me.agency.code : null;
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target))
        return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const q = text.trim();
    if (q === '') {
      setState({ phase: 'idle' });
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setState({ phase: 'loading' });
      searchRecords(q, SHOWN, controller.signal).then(
        (answer) => {
          setState({ phase: 'done', hits: answer.items });
          setActive(-1);
        },
        (error: unknown) => {
          if (error instanceof ApiError) setState({ phase: 'failed', error });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  const hits = state.phase === 'done' ? state.hits : [];
  const go = (hit: SearchHit) => {
    window.location.hash = hrefOfHit(hit);
    setOpen(false);
    input.current?.blur();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // from no highlight, down starts at the first result and up at the last
      setActive((current) =>
        current < 0 ? (step > 0 ? 0 : hits.length - 1) : (current + step + hits.length) % hits.length,
      );
    } else if (event.key === 'Enter') {
      const hit = hits[active] ?? hits[0];
      if (hit) {
        event.preventDefault();
        go(hit);
      }
    } else if (event.key === 'Escape') {
      if (open && text !== '') setOpen(false);
      else input.current?.blur();
    }
  };

  const showList = open && state.phase !== 'idle';
  return (
    <div
      className="search-box"
      role="search"
      // the list stays open while focus moves from the box to the results' checkboxes, and closes when it leaves
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && event.target !== input.current) {
          // back in the box first (its focus opens the list), then closed
          input.current?.focus();
          setOpen(false);
        }
      }}
    >
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={t('search.placeholder')}
        maxLength={SEARCH_QUERY_MAX}
        value={text}
        onChange={(event) => {
          // control characters (a pasted tab or line break) are never part of what anyone searches for
          setText(event.target.value.replace(/\p{Cc}/gu, ' '));
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <div className="search-results">
          {state.phase === 'loading' && <p className="muted">{t('search.searching')}</p>}
          {state.phase === 'failed' && (
            <p role="alert">{t('search.failed', { message: state.error.localized(i18n.language) })}</p>
          )}
          {state.phase === 'done' && hits.length === 0 && (
            <p className="muted">{t('search.none', { q: text.trim() })}</p>
          )}
          <ul id={listId} role="listbox" aria-label={t('search.results')}>
            {hits.map((hit, index) => (
              <li
                key={`${hit.kind}:${hit.id}:${index}`}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                // mousedown, not click: the input's blur would close the list before a click lands
                onMouseDown={(event) => {
                  event.preventDefault();
                  go(hit);
                }}
                onMouseEnter={() => setActive(index)}
              >
                <span className="search-kind">{t(`search.kinds.${hit.kind}`)}</span>
                <span className="search-label">{hit.label}</span>
                {hit.context && <span className="search-context muted">{hit.context}</span>}
              </li>
            ))}
          </ul>
          {agency && <ReleasePicks hits={hits} agency={agency} />}
        </div>
      )}
    </div>
  );
}

/**
 * Choosing results to release, beside the list that opens them (a listbox option holds no control): one checkbox
 * per result with records of the agency's own, and one for all of them; Tab reaches them from the box. An
 * entity or company is derived from its records, which its page offers instead.
 */
function ReleasePicks({ hits, agency }: { hits: readonly SearchHit[]; agency: string }) {
  const { t } = useTranslation();
  const picks = hits.flatMap((hit) => {
    const label = `${t(`search.kinds.${hit.kind}`)} ${hit.label}`;
    const records = hitRecords(hit, agency, label);
    return records.length > 0 ? [{ hit, label, records }] : [];
  });
  const derived = hits.some((hit) => hit.kind === 'entity' || hit.kind === 'company');
  if (picks.length === 0 && !derived) return null;
  return (
    <fieldset className="search-release">
      <legend>{t('search.release.legend')}</legend>
      {picks.length > 1 && (
        <SelectBox records={picks.flatMap((p) => p.records)} label={t('search.release.all')}>
          {t('search.release.all')}
        </SelectBox>
      )}
      {picks.map(({ hit, label, records }) => (
        <SelectBox key={`${hit.kind}:${hit.id}`} records={records} label={label}>
          {label}
        </SelectBox>
      ))}
      {derived && <p className="muted">{t('search.release.entities')}</p>}
    </fieldset>
  );
}
