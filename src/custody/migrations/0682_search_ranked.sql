-- Permits and registered places for the global search, folded once at write time and ranked where they are
-- (src/store/migrations/0680_search_ranked.sql says why): stored folded columns kept by a BEFORE trigger, the
-- trigram indexes (0652) on them, and candidate functions (0625) that return only the best `lim` keys, with
-- their scores, of the rows the caller may read.
alter table permits add column search_permit text, add column search_holder text, add column search_rfc text;
alter table locations add column search_name text, add column search_location text;

-- Existing rows (no trigger fires: none is on these columns).
update permits set search_permit = centinela_fold_key(permit_id), search_holder = centinela_fold(holder_name),
  search_rfc = centinela_fold_key(holder_rfc);
update locations set search_name = centinela_fold(name), search_location = centinela_fold_key(location_id);

create function centinela_permits_search_fold() returns trigger
language plpgsql
set search_path = pg_catalog, public, pg_temp
as $$
begin
  new.search_permit := centinela_fold_key(new.permit_id);
  new.search_holder := centinela_fold(new.holder_name);
  new.search_rfc := centinela_fold_key(new.holder_rfc);
  return new;
end
$$;
create trigger search_fold
  before insert or update of permit_id, holder_name, holder_rfc, search_permit, search_holder, search_rfc
  on permits for each row execute function centinela_permits_search_fold();

create function centinela_locations_search_fold() returns trigger
language plpgsql
set search_path = pg_catalog, public, pg_temp
as $$
begin
  new.search_name := centinela_fold(new.name);
  new.search_location := centinela_fold_key(new.location_id);
  return new;
end
$$;
create trigger search_fold
  before insert or update of name, location_id, search_name, search_location
  on locations for each row execute function centinela_locations_search_fold();

drop index permits_search_number, permits_search_holder, permits_search_rfc, locations_search_name,
  locations_search_id;
create index permits_search_number on permits using gin (search_permit gin_trgm_ops);
create index permits_search_holder on permits using gin (search_holder gin_trgm_ops);
create index permits_search_rfc on permits using gin (search_rfc gin_trgm_ops);
create index locations_search_name on locations using gin (search_name gin_trgm_ops);
create index locations_search_id on locations using gin (search_location gin_trgm_ops);

drop function centinela_search_permits(text), centinela_search_locations(text);

-- Permits by number, holder or RFC: the best `lim` (score, number, id).
create function centinela_search_permits(q text, lim integer) returns table (id uuid, score float8)
language plpgsql stable security definer rows 20
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
declare
  t record;
begin
  select * into t from centinela_search_terms(array['key:search_permit', 'name:search_holder', 'key:search_rfc'], q, 'p');
  return query execute format(
    'select p.id, %s as score from permits p where %s and %s order by score desc, p.permit_id, p.id limit $3',
    t.score, t.matches, centinela_search_readable('p'))
    using centinela_current_agency(), centinela_current_nation(), lim;
end
$$;

-- Places by name or id: the best `lim` (score, name, id).
create function centinela_search_locations(q text, lim integer) returns table (id uuid, score float8)
language plpgsql stable security definer rows 20
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
declare
  t record;
begin
  select * into t from centinela_search_terms(array['name:search_name', 'key:search_location'], q, 'l');
  return query execute format(
    'select l.id, %s as score from locations l where %s and %s order by score desc, l.name, l.id limit $3',
    t.score, t.matches, centinela_search_readable('l'))
    using centinela_current_agency(), centinela_current_nation(), lim;
end
$$;

revoke execute on function centinela_search_permits(text, integer), centinela_search_locations(text, integer)
  from public;
grant execute on function centinela_search_permits(text, integer), centinela_search_locations(text, integer)
  to centinela_app;
