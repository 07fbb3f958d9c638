-- GS1 EPCIS 2.0 events as captured: the flat columns Centinela queries and joins on, and the event
-- exactly as received (document). Idempotent by event_id (the eventID, or a content hash).

create table epcis_events (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  event_id text not null,
  event_type text not null,
  event_time timestamptz not null,
  event_time_zone_offset text,
  record_time timestamptz not null,
  action text,
  biz_step text,
  disposition text,
  read_point text,
  biz_location text,
  epcs text[] not null default '{}',
  parent_id text,
  bol text,
  container_no text,
  quantity_kg double precision,
  lat double precision,
  lon double precision,
  document jsonb not null,
  capture_id uuid not null,
  reported_by uuid
);
select centinela_mark('epcis_events');

create unique index epcis_events_event_id on epcis_events (event_id);
create index epcis_events_time on epcis_events (event_time, id);
create index epcis_events_bol on epcis_events (bol) where bol is not null;
create index epcis_events_container on epcis_events (container_no) where container_no is not null;
create index epcis_events_epcs on epcis_events using gin (epcs);

-- Capture jobs (EPCIS REST binding: POST /capture → 202 + Location, GET /capture/{id}).
create table epcis_capture_jobs (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  running boolean not null,
  success boolean,
  capture_error_behaviour text not null default 'rollback',
  event_count integer not null default 0,
  stored_count integer not null default 0,
  errors jsonb not null default '[]',
  created_at timestamptz not null,
  finished_at timestamptz,
  created_by uuid
);
select centinela_mark('epcis_capture_jobs');
