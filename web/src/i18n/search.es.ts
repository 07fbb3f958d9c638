import type { Messages } from './en.ts';

/** Mensajes en español del buscador de la barra superior (web/src/search). */
export const searchEs: Messages['search'] = {
  label: 'Buscar',
  placeholder: 'Buscar pedimento, B/L, contenedor, RFC, empresa… ( / )',
  results: 'Resultados de la búsqueda',
  searching: 'Buscando…',
  none: 'Nada encontrado para «{{q}}»',
  failed: 'La búsqueda falló: {{message}}',
  kinds: {
    declaration: 'Pedimento',
    bill_of_lading: 'Conocimiento de embarque',
    container: 'Contenedor',
    line: 'Mercancía',
    entity: 'Entidad',
    company: 'Empresa',
    permit: 'Permiso',
    place: 'Lugar',
    incident: 'Incidente',
    field_report: 'Informe de campo',
    case: 'Caso',
  },
  release: {
    legend: 'Seleccionar resultados para liberar',
    all: 'Todos estos resultados',
    entities: 'Una entidad o empresa se deriva de sus registros: selecciónelos en su página.',
  },
};
