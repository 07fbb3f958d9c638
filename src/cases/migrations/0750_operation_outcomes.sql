-- What an operation found, on the record: seizures (substance, kilograms, place), sites found or not found,
-- entities confirmed, arrests of record. Marked like every record and append-only. A seizure or a site becomes an
-- incident (src/incidents, `incident_id` names it) and feeds the operation's leads (`lead_outcome_ids`: found, or
-- nothing found), in the same transaction (src/cases/outcomes.service.ts).

create table operation_outcomes (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  operation_id uuid not null references operations (id),
  kind text not null check (kind in ('seizure', 'site_found', 'site_not_found', 'entity_confirmed', 'arrest')),
  substance text,
  quantity_kg double precision check (quantity_kg >= 0),
  place text,
  lat double precision check (lat between -90 and 90),
  lon double precision check (lon between -180 and 180),
  entity_id uuid,
  arrests integer check (arrests >= 0),
  note text not null default '',
  observed_at timestamptz not null,
  incident_id uuid,
  lead_outcome_ids uuid[] not null default '{}',
  recorded_by uuid not null references users (id),
  recorded_at timestamptz not null default now()
);
select centinela_mark('operation_outcomes');
create index operation_outcomes_operation on operation_outcomes (operation_id, observed_at);

create trigger operation_outcomes_append_only before update or delete on operation_outcomes
  for each row execute function centinela_cases_append_only();
