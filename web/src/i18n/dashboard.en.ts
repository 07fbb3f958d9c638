/** English messages of the dashboard (web/src/dashboard). */
export const dashboardEn = {
  title: 'Dashboard',
  intro: 'Counts of the alerts and diversion findings your agency may see, week by week.',
  window: 'From {{from}} to {{to}}',
  weeks: 'Period',
  weeksOption: 'Last {{count}} weeks',
  totals: {
    alerts: 'Alerts',
    openAlerts: 'Alerts not dismissed',
    findings: 'Diversion findings',
    openFindings: 'Findings not dismissed',
  },
  charts: {
    byWeek: 'Alerts and findings per week',
    byPort: 'Alerts by port of entry',
    bySubstance: 'Alerts by substance (top 10)',
    byKind: 'Findings by kind',
    backlog: 'Open alerts by days waiting',
  },
  series: { alerts: 'Alerts', findings: 'Findings', open: 'Not dismissed' },
  week: 'Week of',
  ages: { '0-7': '0–7 days', '8-30': '8–30 days', '31-90': '31–90 days', '90+': 'Over 90 days' },
  showData: 'Show the figures',
  label: 'Label',
  count: 'Count',
  empty: 'Nothing to count in this period.',
  emptyHint: 'Choose a longer period, or ask the owner agencies to release their records to you.',
};
