/**
 * English messages of the work on a case and an operation (issue 19's web): a case's operations and the form that
 * drafts one, the outcomes of an operation and their form, the colleague picker of every agency that sees a case,
 * and the case an escalation went into. Merged into `cases` and `operations` (en.ts).
 */
export const caseWorkEn = {
  escalated: {
    done: 'Escalated to a case.',
    open: 'Open the case',
  },
  assignable: {
    label: 'Person',
    choose: 'Choose…',
    confirm: 'Assign',
    option: '{{name}} · {{agency}} · {{roles}}',
    hint: 'People of every agency that may see the case.',
  },
  operations: {
    title: 'Operations',
    none: 'No operation on this case that you may see.',
    draft: 'Plan an operation…',
  },
};

export const operationWorkEn = {
  draft: {
    label: 'Plan an operation on the case',
    objective: 'Objective',
    objectiveHint: 'What it is to establish. No force composition, weapons or timings.',
    state: 'State (territory)',
    municipality: 'Municipality (optional)',
    hostUnits: 'Host units',
    advisors: 'Partner advisors',
    noAdvisors: 'No advisor of an agency that may see the case.',
    leads: 'Leads of the case',
    noLeads: 'The case links no lead.',
    otherLeads: 'Other leads (identifiers, separated by commas)',
    confirm: 'Save the draft',
  },
  outcomes: {
    title: 'Outcomes',
    none: 'No outcome recorded yet.',
    record: 'Record an outcome',
    kindLabel: 'Outcome',
    kind: {
      seizure: 'Seizure',
      site_found: 'Site found',
      site_not_found: 'Site not found',
      entity_confirmed: 'Entity confirmed',
      arrest: 'Arrests of record',
    },
    substance: 'Substance',
    quantityKg: 'Kilograms',
    place: 'Place',
    lat: 'Latitude',
    lon: 'Longitude',
    entityId: 'Entity (identifier)',
    entityOptional: 'Entity it names (identifier, optional)',
    arrests: 'Arrests',
    note: 'Note (optional)',
    confirm: 'Record the outcome',
    columns: {
      kind: 'Outcome',
      what: 'What',
      incident: 'Incident',
      leads: 'Leads',
      by: 'Recorded',
    },
    seized: '{{kg}} kg of {{substance}}',
    arrestsOf_one: '{{count}} arrest',
    arrestsOf_other: '{{count}} arrests',
    leadOutcomes_one: '{{count}} lead outcome',
    leadOutcomes_other: '{{count}} lead outcomes',
    openIncident: 'Open the incident',
    hint: 'A seizure or a site becomes an incident and an outcome of each of the operation’s leads.',
  },
  leadsTitle: 'Leads',
  noLeads: 'The operation follows no lead.',
};
