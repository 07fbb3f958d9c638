import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http.ts';
import { formatNumber } from '../format.ts';
import { EXPORT_MAX_ROWS, toCsv, type Cell } from './csv.ts';
import { toXlsx } from './xlsx.ts';

export interface ExportTable {
  header: string[];
  rows: Cell[][];
  truncated: boolean;
}

type Format = 'csv' | 'xlsx';

/**
 * "Export CSV" and "Export Excel" for a list: `load` reads every page of the list as it is filtered (through the list's own API,
 * so the export sees and audits exactly what the list does) and the browser saves the file.
 */
export function ExportButton({
  filename,
  load,
}: {
  filename: string;
  load: (onProgress: (loaded: number, total: number | null) => void) => Promise<ExportTable>;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [progress, setProgress] = useState<{ loaded: number; total: number | null } | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const run = async (format: Format) => {
    setMessage(null);
    setProgress({ loaded: 0, total: null });
    try {
      const table = await load((loaded, total) => setProgress({ loaded, total }));
      const base = filename.replace(/\.csv$/, '');
      const blob =
        format === 'csv'
          ? new Blob([toCsv(table.header, table.rows)], { type: 'text/csv;charset=utf-8' })
          : await toXlsx(table.header, table.rows, base);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `${base}.${format}`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setMessage(
        table.truncated
          ? t('export.truncated', { max: formatNumber(EXPORT_MAX_ROWS, lang) })
          : t('export.done', { count: table.rows.length, formatted: formatNumber(table.rows.length, lang) }),
      );
    } catch (cause) {
      setMessage(cause instanceof ApiError ? cause.localized(lang) : t('errors.generic'));
    } finally {
      setProgress(null);
    }
  };

  return (
    <span className="export">
      {progress ? (
        <button type="button" className="small" disabled>
          {t('export.progress', {
            loaded: formatNumber(progress.loaded, lang),
            total: progress.total === null ? '…' : formatNumber(progress.total, lang),
          })}
        </button>
      ) : (
        (['csv', 'xlsx'] as const).map((format) => (
          <button key={format} type="button" className="small" onClick={() => void run(format)}>
            {t(`export.${format}`)}
          </button>
        ))
      )}
      {message && (
        <span className="muted export-note" role="status">
          {message}
        </span>
      )}
    </span>
  );
}
