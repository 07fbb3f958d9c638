/** Mensajes en español del tablero (web/src/dashboard). */
export const dashboardEs = {
  title: 'Tablero',
  intro: 'Conteos de las alertas y los hallazgos de desvío que su agencia puede ver, semana a semana.',
  window: 'Del {{from}} al {{to}}',
  weeks: 'Periodo',
  weeksOption: 'Últimas {{count}} semanas',
  totals: {
    alerts: 'Alertas',
    openAlerts: 'Alertas no descartadas',
    findings: 'Hallazgos de desvío',
    openFindings: 'Hallazgos no descartados',
  },
  charts: {
    byWeek: 'Alertas y hallazgos por semana',
    byPort: 'Alertas por puerto de entrada',
    bySubstance: 'Alertas por sustancia (10 principales)',
    byKind: 'Hallazgos por tipo',
    backlog: 'Alertas abiertas por días de espera',
  },
  series: { alerts: 'Alertas', findings: 'Hallazgos', open: 'No descartadas' },
  week: 'Semana del',
  ages: { '0-7': '0–7 días', '8-30': '8–30 días', '31-90': '31–90 días', '90+': 'Más de 90 días' },
  showData: 'Ver las cifras',
  label: 'Concepto',
  count: 'Número',
  empty: 'No hay nada que contar en este periodo.',
  emptyHint: 'Elija un periodo más largo, o pida a las agencias propietarias que le difundan sus registros.',
};
