import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format.ts';

/** "1–50 of 3,412" with first/previous/next/last; page sizes are chosen by the caller. */
export function Pager({
  page,
  pageSize,
  total,
  onPage,
  pageSizes,
  onPageSize,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  pageSizes?: readonly number[];
  onPageSize?: (size: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const lang = i18n.language;
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <span className="pager-range" aria-live="polite">
        {t('pager.range', {
          first: formatNumber(first, lang),
          last: formatNumber(last, lang),
          total: formatNumber(total, lang),
        })}
      </span>
      {pageSizes && onPageSize && (
        <label className="pager-size">
          {t('pager.pageSize')}
          <select value={pageSize} onChange={(e) => onPageSize(Number(e.target.value))}>
            {pageSizes.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="button" onClick={() => onPage(1)} disabled={page <= 1} aria-label={t('pager.first')}>
        «
      </button>
      <button
        type="button"
        onClick={() => onPage(page - 1)}
        disabled={page <= 1}
        aria-label={t('pager.previous')}
      >
        ‹
      </button>
      <span className="pager-page">
        {t('pager.page', { page: formatNumber(page, lang), pages: formatNumber(pages, lang) })}
      </span>
      <button
        type="button"
        onClick={() => onPage(page + 1)}
        disabled={page >= pages}
        aria-label={t('pager.next')}
      >
        ›
      </button>
      <button
        type="button"
        onClick={() => onPage(pages)}
        disabled={page >= pages}
        aria-label={t('pager.last')}
      >
        »
      </button>
    </nav>
  );
}
