/**
 * The closed vocabularies of the evidence on the ground (BRIEF "Incidents CSV", "Field reports CSV"): what
 * happened at an incident, where a field report comes from, its Admiralty grading and what it observed. The
 * importer checks them, the web app names them in both languages.
 */

/** What an incident was; `site_searched_negative` is a place searched where nothing was found. */
export const INCIDENT_KINDS = [
  'seizure',
  'stopped_shipment',
  'attempted_diversion',
  'suspicious_order',
  'theft_loss',
  'lab_dismantled',
  'chemical_dumpsite',
  'site_searched_negative',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const SOURCE_TYPES = ['aerial', 'ground', 'informant', 'technical', 'open_source'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** Admiralty (NATO AJP-2.1) source reliability: A completely reliable … E unreliable, F cannot be judged. */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITY_GRADES)[number];

/** Admiralty information credibility: 1 confirmed … 5 improbable, 6 cannot be judged. */
export const CREDIBILITY_GRADES = [1, 2, 3, 4, 5, 6] as const;

/** What a field report may say it observed. */
export const INDICATORS = [
  'chemical_odour',
  'chemical_waste',
  'drums',
  'precursor_packaging',
  'ventilation_modified',
  'blacked_out_windows',
  'generator',
  'unusual_power_use',
  'vehicle_pattern',
  'night_activity',
  'lookouts',
  'glassware',
  'pill_press',
] as const;
export type Indicator = (typeof INDICATORS)[number];

/** How a record's position was found: its own lat/lon, a registered location, or a Mexican locality. */
export const PLACED_BY = ['coordinates', 'location', 'locality'] as const;
export type PlacedBy = (typeof PLACED_BY)[number];

/** The incidents and field reports CSV headers (docs/BRIEF), in order: the importers' and the intake screen's. */
export const INCIDENT_COLUMNS = [
  'incident_id',
  'kind',
  'occurred_at',
  'lat',
  'lon',
  'place',
  'substance_cas',
  'substance_name',
  'quantity_kg',
  'bill_of_lading',
  'container_no',
  'party_names',
  'party_rfcs',
  'narrative',
] as const;

export const FIELD_REPORT_COLUMNS = [
  'report_id',
  'observed_at',
  'lat',
  'lon',
  'place',
  'source_type',
  'reliability',
  'credibility',
  'indicators',
  'narrative',
] as const;
