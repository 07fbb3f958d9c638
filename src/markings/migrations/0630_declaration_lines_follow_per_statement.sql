-- A declaration line's marking change follows its derived records once per statement (as 0629 does for EPCIS
-- events): releasing the lines of a port's declarations ran the row trigger of 0531 once per line. The same bills
-- of lading (the line's before and after) are marked stale and the same lost viewers leave the same records.

drop trigger derived_viewers_follow on declaration_lines;
drop function centinela_follow_declaration_line();

create function centinela_follow_declaration_lines() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
declare
  r record;
begin
  for r in
    select n.owner_agency, o.tlp as old_tlp, o.releasable_to as old_releasable, o.recipients as old_recipients,
           n.tlp as new_tlp, n.releasable_to as new_releasable, n.recipients as new_recipients,
           array_agg(distinct b.bol) as bols
      from old_lines o join new_lines n on n.id = o.id
     cross join unnest(array[o.bill_of_lading, n.bill_of_lading]) b (bol)
     where n.tlp is distinct from o.tlp or n.releasable_to is distinct from o.releasable_to
        or n.recipients is distinct from o.recipients
     group by n.owner_agency, o.tlp, o.releasable_to, o.recipients, n.tlp, n.releasable_to, n.recipients
  loop
    perform centinela_derived_follow(r.bols,
      centinela_lost_viewers(r.owner_agency, r.old_tlp, r.old_releasable, r.old_recipients,
        r.new_tlp, r.new_releasable, r.new_recipients));
  end loop;
  return null;
end
$$;

create trigger derived_viewers_follow after update on declaration_lines
  referencing old table as old_lines new table as new_lines
  for each statement execute function centinela_follow_declaration_lines();
