import type { caseWorkEn, operationWorkEn } from './case-work.en.ts';

/** Mensajes del trabajo en un caso y una operación (la web del issue 19); mismas claves que case-work.en.ts. */
export const caseWorkEs: typeof caseWorkEn = {
  escalated: {
    done: 'Escalado a un caso.',
    open: 'Abrir el caso',
  },
  assignable: {
    label: 'Persona',
    choose: 'Elegir…',
    confirm: 'Asignar',
    option: '{{name}} · {{agency}} · {{roles}}',
    hint: 'Personas de cada dependencia que puede ver el caso.',
  },
  operations: {
    title: 'Operaciones',
    none: 'Ninguna operación de este caso que usted pueda ver.',
    draft: 'Planear una operación…',
  },
};

export const operationWorkEs: typeof operationWorkEn = {
  draft: {
    label: 'Planear una operación sobre el caso',
    objective: 'Objetivo',
    objectiveHint: 'Qué se busca establecer. Sin composición de fuerzas, armas ni horarios.',
    state: 'Entidad federativa',
    municipality: 'Municipio (opcional)',
    hostUnits: 'Unidades anfitrionas',
    advisors: 'Asesores de socios',
    noAdvisors: 'Ningún asesor de una dependencia que pueda ver el caso.',
    leads: 'Pistas del caso',
    noLeads: 'El caso no vincula ninguna pista.',
    otherLeads: 'Otras pistas (identificadores, separados por comas)',
    confirm: 'Guardar el borrador',
  },
  outcomes: {
    title: 'Resultados',
    none: 'Aún no hay resultados registrados.',
    record: 'Registrar un resultado',
    kindLabel: 'Resultado',
    kind: {
      seizure: 'Aseguramiento',
      site_found: 'Sitio encontrado',
      site_not_found: 'Sitio no encontrado',
      entity_confirmed: 'Entidad confirmada',
      arrest: 'Detenciones registradas',
    },
    substance: 'Sustancia',
    quantityKg: 'Kilogramos',
    place: 'Lugar',
    lat: 'Latitud',
    lon: 'Longitud',
    entityId: 'Entidad (identificador)',
    entityOptional: 'Entidad que nombra (identificador, opcional)',
    arrests: 'Detenciones',
    note: 'Nota (opcional)',
    confirm: 'Registrar el resultado',
    columns: {
      kind: 'Resultado',
      what: 'Qué',
      incident: 'Incidente',
      leads: 'Pistas',
      by: 'Registrado',
    },
    seized: '{{kg}} kg de {{substance}}',
    arrestsOf_one: '{{count}} detención',
    arrestsOf_other: '{{count}} detenciones',
    leadOutcomes_one: '{{count}} resultado de pista',
    leadOutcomes_other: '{{count}} resultados de pistas',
    openIncident: 'Abrir el incidente',
    hint: 'Un aseguramiento o un sitio se vuelve un incidente y un resultado de cada pista de la operación.',
  },
  leadsTitle: 'Pistas',
  noLeads: 'La operación no sigue ninguna pista.',
};
