/** The BRIEF's registry file formats (contracts): the header of permits.csv and locations.csv. */
export const PERMIT_COLUMNS = [
  'permit_id',
  'holder_rfc',
  'holder_name',
  'substance_cas',
  'max_kg_per_year',
  'valid_from',
  'valid_to',
  'site_id',
] as const;

/** `operator_rfc` is the one optional column of locations.csv. */
export const LOCATION_COLUMNS = ['location_id', 'name', 'kind', 'lat', 'lon', 'operator_rfc'] as const;
