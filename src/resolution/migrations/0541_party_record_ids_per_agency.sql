-- Party record ids name the contributing agency: decl:<declaration>:<line>:<role>@<agency>,
-- permit:<permit>:holder@<agency>, location:<location>:operator@<agency>. Declaration numbers, permit numbers
-- and location ids are the contributing agency's since 0500–0502, so two agencies may hold the same one:
-- unqualified, their party records collided on party_records.record_id (resolution failed for everyone,
-- or one agency's holder stood for the other's).
--
-- Narrowing an input narrows its party records (0490, 0530) by their ids: those functions match the ids
-- stored before this migration (until the next resolution replaces them); these triggers match the new ones.

create function centinela_narrow_parties_from_line() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  perform centinela_narrow_derived('party_records', 'd.record_id = any ($1)',
    array(select format('decl:%s:%s:%s@%s', new.declaration_id, new.line_no, role, new.owner_agency)
            from unnest(array['importer', 'consignee', 'broker']) role),
    new.tlp, new.releasable_to, new.recipients);
  return null;
end
$$;

create function centinela_narrow_parties_from_declaration() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  -- the importer's address comes from the header
  perform centinela_narrow_derived('party_records', 'd.record_id = any ($1)',
    array(select format('decl:%s:%s:importer@%s', l.declaration_id, l.line_no, l.owner_agency)
            from declaration_lines l where l.declaration_id = new.id and l.owner_agency = new.owner_agency),
    new.tlp, new.releasable_to, new.recipients);
  return null;
end
$$;

create function centinela_narrow_parties_from_permit() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  perform centinela_narrow_derived('party_records', 'd.record_id = any ($1)',
    array[format('permit:%s:holder@%s', old.permit_id, new.owner_agency),
          format('permit:%s:holder@%s', new.permit_id, new.owner_agency)],
    new.tlp, new.releasable_to, new.recipients);
  return null;
end
$$;

create function centinela_narrow_parties_from_location() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  perform centinela_narrow_derived('party_records', 'd.record_id = any ($1)',
    array[format('location:%s:operator@%s', old.location_id, new.owner_agency),
          format('location:%s:operator@%s', new.location_id, new.owner_agency)],
    new.tlp, new.releasable_to, new.recipients);
  return null;
end
$$;

create function centinela_narrow_parties_on_update(target regclass, fn text) returns void
language plpgsql
as $$
begin
  execute format(
    'create trigger narrow_party_records after update of tlp, releasable_to, recipients on %s for each row
       when (new.tlp > old.tlp or not (old.releasable_to <@ new.releasable_to) or not (old.recipients <@ new.recipients))
       execute function %I()',
    target, fn);
end
$$;

select centinela_narrow_parties_on_update('declaration_lines', 'centinela_narrow_parties_from_line');
select centinela_narrow_parties_on_update('declarations', 'centinela_narrow_parties_from_declaration');
select centinela_narrow_parties_on_update('permits', 'centinela_narrow_parties_from_permit');
select centinela_narrow_parties_on_update('locations', 'centinela_narrow_parties_from_location');
drop function centinela_narrow_parties_on_update(regclass, text);
