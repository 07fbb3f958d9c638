-- The work on findings is read back from its history at each analysis (src/custody/finding-work.ts), per
-- visibility class, instead of being copied from the rows the analysis deletes (issue 11). Two things follow:
--
-- 1. An entry of the history is a record of its own: it is read by the class it was taken in (`viewers`, 0510)
--    and by its marking, like any marked record — both, so that what an agency reads of it is what it would
--    read in a database holding only the records it may see (a red finding's dismissal is not read by a class
--    member the marking excludes). The analysis groups agencies by the entries they read, so all agencies of a
--    class fold the same entries.
-- 2. Each entry keeps the pair's severity when it was written: a dismissed pair whose severity rises later is
--    reopened by comparing with it (the deleted rows no longer say what severity was dismissed).
alter table finding_actions add column severity text check (severity in ('low', 'medium', 'high'));

-- Entries written before: the severity of the pair's findings their class reads now (the best estimate left).
update finding_actions a
   set severity = (select f.severity from findings f
                    where f.bill_of_lading = a.bill_of_lading and f.kind = a.kind and f.viewers && a.viewers
                    order by case f.severity when 'high' then 0 when 'medium' then 1 else 2 end limit 1)
 where a.action = 'dismiss';

drop policy derived_read on finding_actions;
-- The rule of 0560's marking_read, with the identity read once per statement.
create policy derived_read on finding_actions for select using (
  viewers @> array[(select centinela_current_agency())]
  and (owner_agency = (select centinela_current_agency())
       or ((select centinela_current_nation()) = any (releasable_to)
           and (tlp in ('clear', 'green', 'amber') or (select centinela_current_agency()) = any (recipients)))));

-- A finding re-inserted narrower narrows the history of its pair (0492) — of its own class only: the history
-- entries a class wrote are not narrowed by the finding another class derived from inputs it may not see (a
-- partner's finding marked USA-only must not hide the host's dismissal from the host).
create or replace function centinela_narrow_finding_history_after_insert() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
declare
  f record;
begin
  for f in
    select n.bill_of_lading, n.kind, n.viewers, n.tlp, n.releasable_to, n.recipients from inserted_findings n
     where exists (select 1 from finding_actions a
                    where a.bill_of_lading = n.bill_of_lading and a.kind = n.kind and a.viewers && n.viewers)
  loop
    perform centinela_narrow_derived('finding_actions',
      'd.bill_of_lading = ($1)[1] and d.kind = ($1)[2] and d.viewers && ($1)[3:]',
      array[f.bill_of_lading, f.kind] || f.viewers, f.tlp, f.releasable_to, f.recipients);
  end loop;
  return null;
end
$$;
