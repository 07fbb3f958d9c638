/** English messages of the header's search box (web/src/search). */
export const searchEn = {
  label: 'Search',
  placeholder: 'Search pedimento, B/L, container, RFC, company… ( / )',
  results: 'Search results',
  searching: 'Searching…',
  none: 'Nothing found for “{{q}}”',
  failed: 'The search failed: {{message}}',
  kinds: {
    declaration: 'Pedimento',
    bill_of_lading: 'Bill of lading',
    container: 'Container',
    line: 'Goods',
    entity: 'Entity',
    company: 'Company',
    permit: 'Permit',
    place: 'Place',
    incident: 'Incident',
    field_report: 'Field report',
    case: 'Case',
  },
  release: {
    legend: 'Select results to release',
    all: 'All these results',
    entities: 'An entity or company is derived from its records: select those on its page.',
  },
};
