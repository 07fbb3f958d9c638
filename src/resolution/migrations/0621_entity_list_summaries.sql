-- The entity list pages over stored summaries instead of aggregating at read time (docs/PERFORMANCE.md "Where
-- the medium world's requests go": ordering entities by size aggregated every visible member record, 302,626 on
-- the medium world, before the page was cut). An entity row is one visibility class's (0540): its members are
-- that class's records, every one of which each viewer of the class sees (an agency that stops seeing one is
-- dropped from the entity's viewers at once, 0540). So what the list shows of an entity — its name (the most
-- frequent spelling, ties in code-point order: entity-name.ts), names, RFCs, record count and lowest record id
-- (the order's tie-break) — is computed over all its members when they are written, and is exactly what the
-- old read computed over the members its readers could see.
alter table entities
  add column name text,
  add column names text[] not null default '{}',
  add column rfcs text[] not null default '{}',
  add column record_count integer not null default 0,
  add column first_record_id text;

create function centinela_entity_summaries(ids uuid[]) returns void
language sql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
  update entities e
     set (name, names, rfcs, record_count, first_record_id) = (
       select mode() within group (order by nullif(p.name, '') collate "C"),
              coalesce(array_agg(distinct p.name) filter (where p.name <> ''), '{}'),
              coalesce(array_agg(distinct p.rfc_norm) filter (where p.rfc_norm is not null), '{}'),
              count(*)::integer,
              min(p.record_id)
         from entity_members m join party_records p on p.id = m.party_record_id
        where m.entity_id = e.id)
   where e.id = any (ids)
$$;
revoke execute on function centinela_entity_summaries(uuid[]) from public;

-- Members are written by resolution (inserted, or moved between entities by a merge or an analyst's split) and
-- deleted only with their entity or with every party record (a full run): refreshed after each writing statement.
create function centinela_entity_summaries_after_insert() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  perform centinela_entity_summaries(array(select distinct entity_id from new_members));
  return null;
end
$$;

create function centinela_entity_summaries_after_update() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  -- Both sides: a member moved leaves one entity and joins another (a marking or viewers update moves nothing
  -- and costs a refresh of the entities it touched).
  perform centinela_entity_summaries(array(
    select entity_id from new_members union select entity_id from old_members));
  return null;
end
$$;

create trigger entity_summaries_after_insert after insert on entity_members
  referencing new table as new_members
  for each statement execute function centinela_entity_summaries_after_insert();
create trigger entity_summaries_after_update after update on entity_members
  referencing old table as old_members new table as new_members
  for each statement execute function centinela_entity_summaries_after_update();

select centinela_entity_summaries(array(select id from entities));

-- The list's order: most records first, ties by the lowest record id (content, never the opaque entity id).
create index entities_by_size on entities (record_count desc, first_record_id) where record_count > 0;
