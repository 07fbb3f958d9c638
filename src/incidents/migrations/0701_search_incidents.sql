-- Incidents and field reports in the global search, the way 0681-0683 put the other records there
-- (src/store/migrations/0680_search_ranked.sql says why): the searched fields stored folded beside them by a
-- BEFORE trigger, trigram indexes on those columns, and candidate functions that return only the best `lim`
-- ids, with their scores, of the rows the caller may read.
--
-- An incident is found by its source id, the place as written, its parties' names and RFCs and its narrative; a
-- field report by its source id, place and narrative. Indicators and kinds are codes, which the lists filter on.
alter table incidents add column search_incident text, add column search_place text,
  add column search_parties text, add column search_rfcs text, add column search_narrative text;
alter table field_reports add column search_report text, add column search_place text,
  add column search_narrative text;

-- Existing rows (no trigger fires: none is on these columns).
update incidents set search_incident = centinela_fold_key(incident_id), search_place = centinela_fold(place),
  search_parties = centinela_fold(array_to_string(party_names, ' ')),
  search_rfcs = centinela_fold_key(array_to_string(party_rfcs, ' ')),
  search_narrative = centinela_fold(narrative);
update field_reports set search_report = centinela_fold_key(report_id), search_place = centinela_fold(place),
  search_narrative = centinela_fold(narrative);

create function centinela_incidents_search_fold() returns trigger
language plpgsql
set search_path = pg_catalog, public, pg_temp
as $$
begin
  new.search_incident := centinela_fold_key(new.incident_id);
  new.search_place := centinela_fold(new.place);
  new.search_parties := centinela_fold(array_to_string(new.party_names, ' '));
  new.search_rfcs := centinela_fold_key(array_to_string(new.party_rfcs, ' '));
  new.search_narrative := centinela_fold(new.narrative);
  return new;
end
$$;
create trigger search_fold
  before insert or update of incident_id, place, party_names, party_rfcs, narrative, search_incident,
    search_place, search_parties, search_rfcs, search_narrative
  on incidents for each row execute function centinela_incidents_search_fold();

create function centinela_field_reports_search_fold() returns trigger
language plpgsql
set search_path = pg_catalog, public, pg_temp
as $$
begin
  new.search_report := centinela_fold_key(new.report_id);
  new.search_place := centinela_fold(new.place);
  new.search_narrative := centinela_fold(new.narrative);
  return new;
end
$$;
create trigger search_fold
  before insert or update of report_id, place, narrative, search_report, search_place, search_narrative
  on field_reports for each row execute function centinela_field_reports_search_fold();

create index incidents_search_incident on incidents using gin (search_incident gin_trgm_ops);
create index incidents_search_place on incidents using gin (search_place gin_trgm_ops);
create index incidents_search_parties on incidents using gin (search_parties gin_trgm_ops);
create index incidents_search_rfcs on incidents using gin (search_rfcs gin_trgm_ops);
create index incidents_search_narrative on incidents using gin (search_narrative gin_trgm_ops);
create index field_reports_search_report on field_reports using gin (search_report gin_trgm_ops);
create index field_reports_search_place on field_reports using gin (search_place gin_trgm_ops);
create index field_reports_search_narrative on field_reports using gin (search_narrative gin_trgm_ops);

-- Incidents: the best `lim` (score, source id, id).
create function centinela_search_incidents(q text, lim integer) returns table (id uuid, score float8)
language plpgsql stable security definer rows 20
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
declare
  t record;
begin
  select * into t from centinela_search_terms(array['key:search_incident', 'name:search_place',
    'name:search_parties', 'key:search_rfcs', 'name:search_narrative'], q, 'i');
  return query execute format(
    'select i.id, %s as score from incidents i where %s and %s order by score desc, i.incident_id, i.id limit $3',
    t.score, t.matches, centinela_search_readable('i'))
    using centinela_current_agency(), centinela_current_nation(), lim;
end
$$;

-- Field reports: the best `lim` (score, source id, id).
create function centinela_search_field_reports(q text, lim integer) returns table (id uuid, score float8)
language plpgsql stable security definer rows 20
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
declare
  t record;
begin
  select * into t from centinela_search_terms(array['key:search_report', 'name:search_place',
    'name:search_narrative'], q, 'r');
  return query execute format(
    'select r.id, %s as score from field_reports r where %s and %s order by score desc, r.report_id, r.id limit $3',
    t.score, t.matches, centinela_search_readable('r'))
    using centinela_current_agency(), centinela_current_nation(), lim;
end
$$;

revoke execute on function centinela_search_incidents(text, integer), centinela_search_field_reports(text, integer)
  from public;
grant execute on function centinela_search_incidents(text, integer), centinela_search_field_reports(text, integer)
  to centinela_app;
