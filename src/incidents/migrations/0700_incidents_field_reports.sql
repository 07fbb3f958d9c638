-- Incidents (seizures, stopped shipments, dismantled labs…) and field reports (graded observations): the evidence
-- on the ground, marked like every record (centinela_mark: the read policy of 0628, owner-only writes). Each row
-- carries what the leads read without a join: a position (lat/lon, found on import: `placed_by`), an instant,
-- the kind or the Admiralty grading, and the marking. Idempotent by the source's own id within its owner agency.

create table incidents (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  incident_id text not null,
  kind text not null check (kind in ('seizure', 'stopped_shipment', 'attempted_diversion', 'suspicious_order',
    'theft_loss', 'lab_dismantled', 'chemical_dumpsite', 'site_searched_negative')),
  occurred_at timestamptz not null,
  lat double precision not null check (lat between -90 and 90),
  lon double precision not null check (lon between -180 and 180),
  -- the `place` column as written in the file, when the row named one
  place text,
  placed_by text not null default 'coordinates' check (placed_by in ('coordinates', 'location', 'locality')),
  substance_cas text,
  substance_name text,
  quantity_kg double precision check (quantity_kg >= 0),
  bill_of_lading text,
  container_no text,
  party_names text[] not null default '{}',
  party_rfcs text[] not null default '{}',
  narrative text not null default '',
  imported_by uuid,
  imported_at timestamptz not null default now()
);
select centinela_mark('incidents');
create unique index incidents_natural_key on incidents (owner_agency, incident_id);
create index incidents_occurred on incidents (occurred_at desc, id);
create index incidents_bill_of_lading on incidents (bill_of_lading) where bill_of_lading is not null;
create index incidents_container on incidents (container_no) where container_no is not null;
create index incidents_party_rfcs on incidents using gin (party_rfcs);

create table field_reports (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  report_id text not null,
  observed_at timestamptz not null,
  lat double precision not null check (lat between -90 and 90),
  lon double precision not null check (lon between -180 and 180),
  place text,
  placed_by text not null default 'coordinates' check (placed_by in ('coordinates', 'location', 'locality')),
  source_type text not null check (source_type in ('aerial', 'ground', 'informant', 'technical', 'open_source')),
  -- Admiralty grading; the defaults are the scale's own "cannot be judged" (F, 6)
  reliability text not null default 'F' check (reliability in ('A', 'B', 'C', 'D', 'E', 'F')),
  credibility smallint not null default 6 check (credibility between 1 and 6),
  indicators text[] not null default '{}',
  narrative text not null default '',
  imported_by uuid,
  imported_at timestamptz not null default now()
);
select centinela_mark('field_reports');
create unique index field_reports_natural_key on field_reports (owner_agency, report_id);
create index field_reports_observed on field_reports (observed_at desc, id);
