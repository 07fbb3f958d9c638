-- findings → finding_actions: the history of a consignment's finding of a kind carries that finding's marking
-- (src/custody/migrations/0240_finding_workflow.sql), so narrowing a finding narrows the history of its
-- (bill_of_lading, kind). The pattern of 0490_derived_markings.sql: a SECURITY DEFINER trigger function with
-- a fixed search_path and row_security off, calling centinela_narrow_derived, fired only when the update
-- narrows. A finding narrowed because one of its own inputs was (a line, an event, a permit) fires it too,
-- so the chain line → finding → history holds.
create function centinela_narrow_from_finding() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  perform centinela_narrow_derived('finding_actions', 'd.bill_of_lading = ($1)[1] and d.kind = ($1)[2]',
    array[new.bill_of_lading, new.kind], new.tlp, new.releasable_to, new.recipients);
  return null;
end
$$;

create trigger narrow_derived after update of tlp, releasable_to, recipients on findings for each row
  when (new.tlp > old.tlp or not (old.releasable_to <@ new.releasable_to) or not (old.recipients <@ new.recipients))
  execute function centinela_narrow_from_finding();
