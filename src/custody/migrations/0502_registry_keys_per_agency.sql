-- Permit numbers and location ids are the registering agency's (docs/SHARING.md "Contributions never
-- overwrite"): with global keys, an agency's import of a number another agency held hidden either
-- updated that agency's row or failed on its row-level security, and either way learnt that it existed.
drop index permits_natural_key;
create unique index permits_natural_key on permits (owner_agency, permit_id, substance_cas, site_id);
create index permits_permit_id on permits (permit_id);
alter table locations drop constraint locations_location_id_key;
create unique index locations_natural_key on locations (owner_agency, location_id);
create index locations_location_id on locations (location_id);

-- Evidence typed by what it names (docs/SHARING.md "Derived records"): 'event:<epcis_events.id>',
-- 'permit:<permits.id>', 'line:<declaration_lines.id>' — row ids, never an eventID or a permit number, so an
-- event whose eventID reads 'permit:<number>' can never stand for a permit. `evidence` keeps the readable
-- ids the finding shows; the narrowing triggers and the analysis use these.
alter table findings add column evidence_refs text[] not null default '{}';
create index findings_evidence_refs on findings using gin (evidence_refs);
