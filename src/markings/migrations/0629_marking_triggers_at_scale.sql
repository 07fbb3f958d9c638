-- Markings at national scale (issue 14): the two per-row trigger costs that made a medium world's events take
-- 35 minutes to store and release (≈ 500 events/s), with the same outcomes.
--
-- 1. Normalising a record's marking (0002) ran four queries per row, each under the agencies' and nations' row
--    policies (the caller's verified identity, a credential lookup, each time): ≈ 0.25 ms a row, the half of an
--    EPCIS COPY's insert. A record kept by its owner's nation alone with no named recipients (nearly every new
--    record) is normal once the owner's nation is known: one query. Anything else takes the full path as before;
--    the recipients are looked up only when there are some.
-- 2. An event's marking change followed its derived records row by row (0531): ≈ 1.2 ms an event, so releasing
--    a medium world's 700,000 events to the partner took longer than storing them. It now runs once per statement
--    over the transition tables, once per distinct change of marking: the same bills of lading are marked stale
--    and the same lost viewers leave the same derived records.

create or replace function centinela_marking_normalise() returns trigger
language plpgsql
as $$
declare
  owner_nation text;
begin
  select nation into owner_nation from agencies where code = new.owner_agency;
  if owner_nation is null then
    raise exception 'unknown owner agency %', new.owner_agency using errcode = '23503';
  end if;
  if cardinality(new.recipients) = 0 and new.releasable_to <@ array[owner_nation] then
    -- the owner's nation is a nation (agencies.nation references nations) and the caller saw its agency
    new.releasable_to := array[owner_nation];
  else
    new.releasable_to := array(select distinct n from unnest(array_append(new.releasable_to, owner_nation)) n order by n);
    new.recipients := array(select distinct a from unnest(new.recipients) a order by a);
    if exists (select 1 from unnest(new.releasable_to) n where n not in (select code from nations)) then
      raise exception 'releasable_to names an unknown nation' using errcode = '23503';
    end if;
    if cardinality(new.recipients) > 0
       and exists (select 1 from unnest(new.recipients) a where a not in (select code from agencies)) then
      raise exception 'recipients names an unknown agency' using errcode = '23503';
    end if;
  end if;
  if tg_op = 'UPDATE' and new.owner_agency <> old.owner_agency then
    raise exception 'the owner agency of a record never changes' using errcode = '42501';
  end if;
  return new;
end
$$;

drop trigger derived_viewers_follow on epcis_events;
drop function centinela_follow_epcis_event();

-- A trigger with transition tables may not name columns: it fires on every update and keeps the events whose
-- marking changed, as the row trigger's WHEN did.
create function centinela_follow_epcis_events() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
declare
  r record;
begin
  for r in
    with changed as (
      select n.owner_agency, o.tlp as old_tlp, o.releasable_to as old_releasable, o.recipients as old_recipients,
             n.tlp as new_tlp, n.releasable_to as new_releasable, n.recipients as new_recipients,
             o.bol as old_bol, n.bol as new_bol, o.container_no as old_container, n.container_no as new_container
        from old_events o join new_events n on n.id = o.id
       where n.tlp is distinct from o.tlp or n.releasable_to is distinct from o.releasable_to
          or n.recipients is distinct from o.recipients
    ),
    -- an event's consignments: its bills of lading before and after, and, for an event known by its container
    -- alone (before or after), the bills of lading of the lines declaring that container
    touched as (
      select c.owner_agency, c.old_tlp, c.old_releasable, c.old_recipients, c.new_tlp, c.new_releasable,
             c.new_recipients, b.bol
        from changed c cross join unnest(array[c.old_bol, c.new_bol]) b (bol)
       where b.bol is not null
      union all
      select c.owner_agency, c.old_tlp, c.old_releasable, c.old_recipients, c.new_tlp, c.new_releasable,
             c.new_recipients, l.bill_of_lading
        from changed c join declaration_lines l on l.container_no in (c.old_container, c.new_container)
       where c.old_bol is null or c.new_bol is null
    )
    select owner_agency, old_tlp, old_releasable, old_recipients, new_tlp, new_releasable, new_recipients,
           array_agg(distinct bol) as bols
      from touched
     group by owner_agency, old_tlp, old_releasable, old_recipients, new_tlp, new_releasable, new_recipients
  loop
    perform centinela_derived_follow(r.bols,
      centinela_lost_viewers(r.owner_agency, r.old_tlp, r.old_releasable, r.old_recipients,
        r.new_tlp, r.new_releasable, r.new_recipients));
  end loop;
  return null;
end
$$;

create trigger derived_viewers_follow after update on epcis_events
  referencing old table as old_events new table as new_events
  for each statement execute function centinela_follow_epcis_events();
