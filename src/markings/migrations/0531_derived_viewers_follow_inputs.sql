-- Derived custody records (findings, consignment_tracks, finding_actions) are read by their viewers: the
-- agencies whose visible inputs they were derived from (0510). When an input's marking changes:
-- - every agency that saw the input and no longer does stops being a viewer of what was derived from the
--   consignments it is an input of, in the same statement (their class used it; they may not read it now);
-- - those consignments are marked stale, so the next analysis re-derives them from the inputs as they are
--   (an agency that gained the input gets its own derivation then; PUT /api/markings runs it at once).
-- SECURITY DEFINER, fixed search_path and row_security off, as 0490: the actor owns the input, not the
-- derived rows. A new declaration line marks its consignment stale too (a partner's line on a host's bill of
-- lading starts the partner's own derivation), and so does a new permit for the consignments citing its number.

create function centinela_derived_follow(bols text[], lost text[]) returns void
language plpgsql
set search_path = pg_catalog, public, pg_temp
as $$
begin
  if cardinality(bols) = 0 then
    return;
  end if;
  if cardinality(lost) > 0 then
    update findings set viewers = array(select v from unnest(viewers) v where v <> all (lost) order by v)
     where bill_of_lading = any (bols) and viewers && lost;
    update consignment_tracks set viewers = array(select v from unnest(viewers) v where v <> all (lost) order by v)
     where bill_of_lading = any (bols) and viewers && lost;
    update finding_actions set viewers = array(select v from unnest(viewers) v where v <> all (lost) order by v)
     where bill_of_lading = any (bols) and viewers && lost;
  end if;
  update consignment_analyses set stale = true where bill_of_lading = any (bols) and not stale;
end
$$;
revoke execute on function centinela_derived_follow(text[], text[]) from public;

-- The agencies that could see a record marked `old` and cannot see it marked `new`.
create function centinela_lost_viewers(owner_agency text, old_tlp tlp, old_releasable text[], old_recipients text[],
  new_tlp tlp, new_releasable text[], new_recipients text[])
returns text[]
language sql stable
set search_path = pg_catalog, public, pg_temp
as $$
  select coalesce(array_agg(a.code order by a.code), '{}') from agencies a
   where centinela_visible_for(a.code, a.nation, owner_agency, old_tlp, old_releasable, old_recipients)
     and not centinela_visible_for(a.code, a.nation, owner_agency, new_tlp, new_releasable, new_recipients)
$$;

create function centinela_follow_declaration_line() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  perform centinela_derived_follow(array[old.bill_of_lading, new.bill_of_lading],
    centinela_lost_viewers(new.owner_agency, old.tlp, old.releasable_to, old.recipients,
      new.tlp, new.releasable_to, new.recipients));
  return null;
end
$$;

create function centinela_follow_epcis_event() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  perform centinela_derived_follow(
    array(select b from unnest(array[old.bol, new.bol]) b where b is not null
          union
          select l.bill_of_lading from declaration_lines l
           where l.container_no in (select c from unnest(array[old.container_no, new.container_no]) c)
             and (old.bol is null or new.bol is null)),
    centinela_lost_viewers(new.owner_agency, old.tlp, old.releasable_to, old.recipients,
      new.tlp, new.releasable_to, new.recipients));
  return null;
end
$$;

-- A permit is an input of the consignments whose lines cite its number or declare its substance (the analysis
-- reads permits by both: the permit checks, and which substances need one).
create function centinela_follow_permit() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  perform centinela_derived_follow(
    array(select distinct l.bill_of_lading from declaration_lines l
           where l.permit_id in (old.permit_id, new.permit_id) or l.cas_number in (old.substance_cas, new.substance_cas)),
    centinela_lost_viewers(new.owner_agency, old.tlp, old.releasable_to, old.recipients,
      new.tlp, new.releasable_to, new.recipients));
  return null;
end
$$;

-- A registered place is an input of the consignments with an event there or a line whose destination it is.
create function centinela_follow_location() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  perform centinela_derived_follow(
    array(select e.bol from epcis_events e
           where e.bol is not null and coalesce(e.biz_location, e.read_point) in (old.location_id, new.location_id)
          union
          select l.bill_of_lading from epcis_events e join declaration_lines l on l.container_no = e.container_no
           where e.bol is null and coalesce(e.biz_location, e.read_point) in (old.location_id, new.location_id)
          union
          select l.bill_of_lading from declaration_lines l where l.destination in (old.location_id, new.location_id)),
    centinela_lost_viewers(new.owner_agency, old.tlp, old.releasable_to, old.recipients,
      new.tlp, new.releasable_to, new.recipients));
  return null;
end
$$;

create function centinela_follow_on_update(target regclass, fn text) returns void
language plpgsql
as $$
begin
  execute format(
    'create trigger derived_viewers_follow after update of tlp, releasable_to, recipients on %s for each row
       when (new.tlp is distinct from old.tlp or new.releasable_to is distinct from old.releasable_to
             or new.recipients is distinct from old.recipients)
       execute function %I()',
    target, fn);
end
$$;
select centinela_follow_on_update('declaration_lines', 'centinela_follow_declaration_line');
select centinela_follow_on_update('epcis_events', 'centinela_follow_epcis_event');
select centinela_follow_on_update('permits', 'centinela_follow_permit');
select centinela_follow_on_update('locations', 'centinela_follow_location');
drop function centinela_follow_on_update(regclass, text);

create function centinela_stale_after_insert_lines() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  update consignment_analyses a set stale = true
   where not a.stale and a.bill_of_lading in (select n.bill_of_lading from inserted_lines n);
  return null;
end
$$;
create trigger derived_stale_after_insert after insert on declaration_lines
  referencing new table as inserted_lines
  for each statement execute function centinela_stale_after_insert_lines();

create function centinela_stale_after_insert_permits() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  update consignment_analyses a set stale = true
   where not a.stale and a.bill_of_lading in (
     select l.bill_of_lading from declaration_lines l where l.permit_id in (select n.permit_id from inserted_permits n));
  return null;
end
$$;
create trigger derived_stale_after_insert after insert on permits
  referencing new table as inserted_permits
  for each statement execute function centinela_stale_after_insert_permits();
