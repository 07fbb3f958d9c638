-- STIX objects received from another instance (centinela import stix; the TAXII sync later), kept whole for the
-- round trip: each under the marking it arrived with (never wider; src/federation/markings.ts), owned by the
-- originating agency, read under the one visibility rule (centinela_mark). A received report, incident or field
-- report is also stored as a record of its type (`record_table`, `record_id`); other types live here only.
--
-- `date_added` is when this instance first stored the object's current version: the order a TAXII
-- objects/manifest endpoint pages by (added_after, next). What this instance exports of its own records has no
-- row here; its `date_added` is the record's last change (a report's created_at, an incident's imported_at…).
create table stix_objects (
  stix_id text primary key, -- checked on import (src/federation/parse.ts)
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  type text not null,
  -- the version held (null for objects without one: SCOs, marking definitions); an older one is ignored
  modified timestamptz,
  object jsonb not null,
  record_table text check (record_table in ('reports', 'incidents', 'field_reports')),
  record_id uuid,
  received_by uuid references users (id),
  date_added timestamptz not null default now()
);
select centinela_mark('stix_objects');
create index stix_objects_date_added on stix_objects (date_added, stix_id);
create index stix_objects_record on stix_objects (record_id) where record_id is not null;
