/**
 * One bar chart of the dashboard (recharts), in a figure with its caption, and its figures as a table behind a
 * disclosure: the chart is for the eye, the table for screen readers, keyboards and copying the numbers.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../format.ts';

/** Colours of the dark theme (styles.css: --accent, --warn, --text-muted), each ≥ 3:1 against the surface. */
const SERIES_COLOURS = ['#5fb3f9', '#fbbf24', '#8ea3ba'];
const AXIS = '#8ea3ba';
const GRID = '#223a55';

/** A long name (an IUPAC substance name) cut for the axis; the table below the chart gives it whole. */
const shortLabel = (label: string) => (label.length > 30 ? `${label.slice(0, 29)}…` : label);

export interface BarRow {
  key: string;
  label: string;
  /** Where a click on the row's link leads (a filtered list), when there is one. */
  href?: string;
  values: Record<string, number>;
}

export function BarFigure({
  title,
  rows,
  series,
  layout = 'columns',
}: {
  title: string;
  rows: readonly BarRow[];
  /** The series to draw, in order: key in `values` and its label. */
  series: readonly { key: string; label: string }[];
  /** `rows`: horizontal bars, for long labels (ports, substances, kinds). */
  layout?: 'columns' | 'rows';
}) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  const data = rows.map((row) => ({ label: row.label, ...row.values }));
  const number = (value: unknown) =>
    formatNumber(typeof value === 'number' ? value : Number(value), i18n.language);
  const horizontal = layout === 'rows';
  const height = horizontal ? Math.max(160, rows.length * 32 + 60) : 260;
  return (
    <figure className="dashboard-figure" aria-labelledby={captionId}>
      <figcaption id={captionId}>{title}</figcaption>
      <div className="dashboard-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 520, height }}>
          <BarChart data={data} layout={horizontal ? 'vertical' : 'horizontal'} accessibilityLayer={false}>
            <CartesianGrid stroke={GRID} strokeDasharray="3 3" />
            {horizontal ? (
              <>
                <XAxis type="number" stroke={AXIS} tickFormatter={number} allowDecimals={false} />
                <YAxis
                  type="category"
                  dataKey="label"
                  stroke={AXIS}
                  width={200}
                  tick={{ fontSize: 12 }}
                  tickFormatter={shortLabel}
                />
              </>
            ) : (
              <>
                <XAxis dataKey="label" stroke={AXIS} />
                <YAxis stroke={AXIS} tickFormatter={number} allowDecimals={false} />
              </>
            )}
            <Tooltip
              formatter={number}
              contentStyle={{ background: '#142538', border: `1px solid ${GRID}` }}
            />
            {series.length > 1 && <Legend />}
            {series.map((s, i) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                fill={SERIES_COLOURS[i % SERIES_COLOURS.length]}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details>
        <summary>{t('dashboard.showData')}</summary>
        <div className="table-scroll" role="region" tabIndex={0} aria-label={title}>
          <table className="data-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.label')}</th>
                {series.map((s) => (
                  <th scope="col" key={s.key} className="num">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.href ? <a href={row.href}>{row.label}</a> : row.label}</th>
                  {series.map((s) => (
                    <td key={s.key} className="num">
                      {number(row.values[s.key] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
