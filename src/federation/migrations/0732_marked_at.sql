-- When a record's marking last changed (tlp, releasable_to or recipients), on every table the STIX export reads.
-- A TAXII reader pages by `date_added` (added_after); a record's is its last change, and a marking change is one:
-- the export takes the later of `modified` and `marked_at`, so an incremental sync receives the record again
-- under its new marking and narrows what it holds (docs/SHARING.md, "Sync"). Set by a trigger, never by hand;
-- null until the marking first changes. Named to fire after every other BEFORE trigger (marking_normalise,
-- the derived narrowing), so it sees the marking that will be stored.
create function centinela_marked_at() returns trigger
language plpgsql
as $$
begin
  if new.tlp is distinct from old.tlp
     or new.releasable_to is distinct from old.releasable_to
     or new.recipients is distinct from old.recipients then
    new.marked_at := now();
  end if;
  return new;
end
$$;

do $$
declare
  t text;
begin
  foreach t in array array['reports', 'incidents', 'field_reports', 'findings', 'stix_objects'] loop
    execute format('alter table %I add column marked_at timestamptz', t);
    execute format('create trigger zz_marked_at before update on %I for each row execute function centinela_marked_at()', t);
  end loop;
end
$$;
