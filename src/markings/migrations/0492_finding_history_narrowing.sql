-- The history of a consignment's finding of a kind (finding_actions) stays no wider than what it is about, on
-- the two paths 0491's update trigger does not see:
--
-- 1. Re-analysis deletes a consignment's findings and inserts new ones (replaceFindings), so a finding that
--    comes back narrower (new evidence not released as widely) is an insert, not an update: the same narrowing
--    runs after each insert.
-- 2. A pair may no longer be found when its declaration line is narrowed later; with no finding left to
--    narrow, the line narrows the history of its bill of lading directly, as 0490 does for findings and tracks.
--    Once per statement, and only for the new findings whose pair has a history: an analysis inserts thousands
--    of findings, nearly all without one (a trigger per row cost 0.085 ms a finding, 3× the insert itself).
create function centinela_narrow_finding_history_after_insert() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
declare
  f record;
begin
  for f in
    select n.bill_of_lading, n.kind, n.tlp, n.releasable_to, n.recipients from inserted_findings n
     where exists (select 1 from finding_actions a where a.bill_of_lading = n.bill_of_lading and a.kind = n.kind)
  loop
    perform centinela_narrow_derived('finding_actions', 'd.bill_of_lading = ($1)[1] and d.kind = ($1)[2]',
      array[f.bill_of_lading, f.kind], f.tlp, f.releasable_to, f.recipients);
  end loop;
  return null;
end
$$;

create trigger narrow_finding_history after insert on findings
  referencing new table as inserted_findings
  for each statement execute function centinela_narrow_finding_history_after_insert();

create function centinela_narrow_finding_history_from_line() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  perform centinela_narrow_derived('finding_actions', 'd.bill_of_lading = any ($1)',
    array[old.bill_of_lading, new.bill_of_lading], new.tlp, new.releasable_to, new.recipients);
  return null;
end
$$;

create trigger narrow_finding_history after update of tlp, releasable_to, recipients on declaration_lines
  for each row
  when (new.tlp > old.tlp or not (old.releasable_to <@ new.releasable_to) or not (old.recipients <@ new.recipients))
  execute function centinela_narrow_finding_history_from_line();
