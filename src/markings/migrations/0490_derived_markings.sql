-- Derived records stay no wider than their inputs when an input is narrowed later.
--
-- A derived record is marked by combineMarkings when it is computed (src/markings/marking.ts). When the
-- owner of an input later narrows it (a higher TLP, a nation or a recipient removed), the triggers below
-- narrow every record derived from it in the same statement, whatever path made the change (the API,
-- a command, raw SQL as the app role): tlp = the more restrictive of the two, releasable_to = derived ∩
-- input plus the derived record's owner's nation, recipients = derived ∩ input. A widening of an input
-- widens nothing (re-analysis recomputes derived markings from the inputs). docs/SHARING.md states the
-- rule and lists what derives from what:
--
--   declaration_lines → alerts (line_id), findings and consignment_tracks (bill_of_lading),
--                       party_records (decl:<declaration_id>:<line_no>:<role>)
--   declarations      → party_records of the importer (the address comes from the header)
--   epcis_events      → findings whose evidence names the event, consignment_tracks of its bill of
--                       lading (or, for an event without one, of the lines that carry its container)
--   permits           → findings whose evidence names 'permit:<permit_id>', party_records (holder)
--   locations         → party_records (operator), consignment_tracks of the events placed there
--   alerts            → alert_actions (they carry their alert's marking)
--   party_records     → entity_members, entity_links (so the chain line → party → entity holds)
--
-- The actor owns the input, not the derived rows (another agency may own them, and row-level security
-- hides or forbids them), so the trigger functions are SECURITY DEFINER, owned by the schema owner that
-- runs the migrations, with a fixed search_path. They set row_security = off: an owner that bypasses
-- row-level security (a superuser, or BYPASSRLS) narrows every derived row; an owner that does not
-- would make the narrowing statement fail (and the change roll back) rather than narrow only some.
--
-- How many derived rows each table lost is added to the transaction-local setting
-- centinela.narrowed_derived ({"alerts": 1, …}); changeMarking (src/markings/service.ts) puts it in
-- its audit entry. The audit chain is hashed in TypeScript, so SQL cannot append to it.

-- Narrows, in table `target_name`, the rows `match` selects ($1 in `match` is `key`) to no wider than the input's
-- marking; only rows actually wider are updated (and counted). Not SECURITY DEFINER: it runs with
-- the rights of the trigger function that calls it, and nobody else may call it. The table is looked
-- up when called, so a derived table that a later migration creates is covered once it exists.
create function centinela_narrow_derived(
  target_name text,
  match text,
  key anyelement,
  input_tlp tlp,
  input_releasable text[],
  input_recipients text[]
) returns void
language plpgsql
set search_path = pg_catalog, public, pg_temp
as $$
declare
  target regclass := to_regclass(target_name);
  narrowed bigint;
  counts jsonb;
begin
  if target is null then
    return; -- no such table yet: nothing derived to narrow
  end if;
  execute format(
    $sql$update %s d
       set tlp = greatest(d.tlp, $2),
           releasable_to = array(select n from unnest(d.releasable_to) n where n = any ($3) or n = o.nation order by n),
           recipients = array(select a from unnest(d.recipients) a where a = any ($4) order by a)
      from agencies o
     where o.code = d.owner_agency
       and (%s)
       and (d.tlp < $2 or not (d.releasable_to <@ array_append($3, o.nation)) or not (d.recipients <@ $4))$sql$,
    target, match)
  using key, input_tlp, input_releasable, input_recipients;
  get diagnostics narrowed = row_count;
  if narrowed > 0 then
    counts := coalesce(nullif(current_setting('centinela.narrowed_derived', true), ''), '{}')::jsonb;
    counts := counts || jsonb_build_object(target::text, coalesce((counts ->> target::text)::bigint, 0) + narrowed);
    perform set_config('centinela.narrowed_derived', counts::text, true);
  end if;
end
$$;
revoke execute on function centinela_narrow_derived(text, text, anyelement, tlp, text[], text[]) from public;

create function centinela_narrow_from_declaration_line() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  perform centinela_narrow_derived('alerts', 'd.line_id = $1', new.id,
    new.tlp, new.releasable_to, new.recipients);
  perform centinela_narrow_derived('findings', 'd.bill_of_lading = any ($1)',
    array[old.bill_of_lading, new.bill_of_lading], new.tlp, new.releasable_to, new.recipients);
  perform centinela_narrow_derived('consignment_tracks', 'd.bill_of_lading = any ($1)',
    array[old.bill_of_lading, new.bill_of_lading], new.tlp, new.releasable_to, new.recipients);
  perform centinela_narrow_derived('party_records', 'd.record_id = any ($1)',
    array(select format('decl:%s:%s:%s', new.declaration_id, new.line_no, role)
            from unnest(array['importer', 'consignee', 'broker']) role),
    new.tlp, new.releasable_to, new.recipients);
  return null;
end
$$;

create function centinela_narrow_from_declaration() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  perform centinela_narrow_derived('party_records', 'd.record_id = any ($1)',
    array(select format('decl:%s:%s:importer', l.declaration_id, l.line_no)
            from declaration_lines l where l.declaration_id = new.id),
    new.tlp, new.releasable_to, new.recipients);
  return null;
end
$$;

create function centinela_narrow_from_epcis_event() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  perform centinela_narrow_derived('findings', 'd.evidence && $1',
    array[old.event_id, new.event_id], new.tlp, new.releasable_to, new.recipients);
  -- The consignments the event joins (src/custody/inputs.repository.ts eventsFor): its bill of lading,
  -- or, when it names none, every bill of lading whose lines carry its container (the date window the
  -- analysis applies on top is ignored here: narrowing one track too many is safe).
  perform centinela_narrow_derived('consignment_tracks', 'd.bill_of_lading = any ($1)',
    array(select b from unnest(array[old.bol, new.bol]) b where b is not null
          union
          select l.bill_of_lading from declaration_lines l
           where l.container_no in (select c from unnest(array[old.container_no, new.container_no]) c)
             and (old.bol is null or new.bol is null)),
    new.tlp, new.releasable_to, new.recipients);
  return null;
end
$$;

create function centinela_narrow_from_permit() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  -- Findings and party records name a permit by its number, which several rows (one per substance
  -- and site) share: narrowing any of them narrows what names the number.
  perform centinela_narrow_derived('findings', 'd.evidence && $1',
    array['permit:' || old.permit_id, 'permit:' || new.permit_id], new.tlp, new.releasable_to, new.recipients);
  perform centinela_narrow_derived('party_records', 'd.record_id = any ($1)',
    array['permit:' || old.permit_id || ':holder', 'permit:' || new.permit_id || ':holder'],
    new.tlp, new.releasable_to, new.recipients);
  return null;
end
$$;

create function centinela_narrow_from_location() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  perform centinela_narrow_derived('party_records', 'd.record_id = any ($1)',
    array['location:' || old.location_id || ':operator', 'location:' || new.location_id || ':operator'],
    new.tlp, new.releasable_to, new.recipients);
  -- A track places an event with no position of its own at the place it names (src/custody/tracks.ts),
  -- so it is drawn from the location too: by the event's bill of lading, or its container's lines.
  perform centinela_narrow_derived('consignment_tracks', 'd.bill_of_lading = any ($1)',
    array(select e.bol from epcis_events e
           where e.bol is not null and e.lat is null
             and coalesce(e.biz_location, e.read_point) in (old.location_id, new.location_id)
          union
          select l.bill_of_lading from epcis_events e join declaration_lines l on l.container_no = e.container_no
           where e.bol is null and e.lat is null
             and coalesce(e.biz_location, e.read_point) in (old.location_id, new.location_id)),
    new.tlp, new.releasable_to, new.recipients);
  return null;
end
$$;

create function centinela_narrow_from_alert() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  perform centinela_narrow_derived('alert_actions', 'd.alert_id = $1', new.id,
    new.tlp, new.releasable_to, new.recipients);
  return null;
end
$$;

create function centinela_narrow_from_party_record() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  perform centinela_narrow_derived('entity_members', 'd.party_record_id = $1', new.id,
    new.tlp, new.releasable_to, new.recipients);
  -- A link's two records are members of its entity (resolution keeps it so on merge and split):
  -- reaching links through the entity uses its index.
  perform centinela_narrow_derived('entity_links',
    '(d.record_a = $1 or d.record_b = $1) and d.entity_id in (select m.entity_id from entity_members m where m.party_record_id = $1)',
    new.id, new.tlp, new.releasable_to, new.recipients);
  return null;
end
$$;

-- Fires only when the update narrows: a higher TLP, or a nation or recipient removed.
create function centinela_narrow_on_update(target regclass, fn text) returns void
language plpgsql
as $$
begin
  execute format(
    'create trigger narrow_derived after update of tlp, releasable_to, recipients on %s for each row
       when (new.tlp > old.tlp or not (old.releasable_to <@ new.releasable_to) or not (old.recipients <@ new.recipients))
       execute function %I()',
    target, fn);
end
$$;

select centinela_narrow_on_update('declaration_lines', 'centinela_narrow_from_declaration_line');
select centinela_narrow_on_update('declarations', 'centinela_narrow_from_declaration');
select centinela_narrow_on_update('epcis_events', 'centinela_narrow_from_epcis_event');
select centinela_narrow_on_update('permits', 'centinela_narrow_from_permit');
select centinela_narrow_on_update('locations', 'centinela_narrow_from_location');
select centinela_narrow_on_update('alerts', 'centinela_narrow_from_alert');
select centinela_narrow_on_update('party_records', 'centinela_narrow_from_party_record');
drop function centinela_narrow_on_update(regclass, text);

-- The lookups the triggers make, indexed: an alert by its line, a finding by the records its evidence names.
create index if not exists alerts_line_id on alerts (line_id);
create index if not exists findings_evidence on findings using gin (evidence);
