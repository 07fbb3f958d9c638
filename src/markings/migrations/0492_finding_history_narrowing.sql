-- The history of a consignment's finding of a kind (finding_actions) stays no wider than what it is about, on
-- the two paths 0491's update trigger does not see:
--
-- 1. Re-analysis deletes a consignment's findings and inserts new ones (replaceFindings), so a finding that
--    comes back narrower (new evidence not released as widely) is an insert, not an update: the same narrowing
--    runs after each insert.
-- 2. A pair may no longer be found when its declaration line is narrowed later; with no finding left to
--    narrow, the line narrows the history of its bill of lading directly, as 0490 does for findings and tracks.
create trigger narrow_finding_history after insert on findings for each row
  execute function centinela_narrow_from_finding();

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
