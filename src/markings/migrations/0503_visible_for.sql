-- The visibility rule for a named agency, not only for the caller: derived records are kept per visibility class
-- (docs/SHARING.md "Derived records: one derivation per view"), so the database must tell, when an input's
-- marking changes, which agencies saw it before and which see it now. It is centinela_visible (0002) with the
-- viewer as arguments instead of settings; centinela_visible is left as it is so that the policies keep
-- inlining it (a nested call with a setting used twice may not be inlined). visibility.test.ts holds both
-- to the TypeScript oracle.
create function centinela_visible_for(viewer_agency text, viewer_nation text, owner_agency text, marking tlp,
  releasable_to text[], recipients text[])
returns boolean
language sql immutable parallel safe
as $$
  select owner_agency = viewer_agency
      or (viewer_nation = any (releasable_to)
          and (marking in ('clear', 'green', 'amber') or viewer_agency = any (recipients)))
$$;

-- The agencies that may see a record with this marking (every agency, its nation from the registry).
create function centinela_viewers_of(owner_agency text, marking tlp, releasable_to text[], recipients text[])
returns text[]
language sql stable parallel safe
as $$
  select coalesce(array_agg(a.code order by a.code), '{}') from agencies a
   where centinela_visible_for(a.code, a.nation, owner_agency, marking, releasable_to, recipients)
$$;
