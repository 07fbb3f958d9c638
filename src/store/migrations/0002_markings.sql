-- Markings: TLP 2.0 plus releasability, and the one visibility rule every marked table obeys.
-- docs/SHARING.md states the rule in prose with examples; this file is its only implementation.

create type tlp as enum ('clear', 'green', 'amber', 'amber+strict', 'red');

create function centinela_current_agency() returns text
language sql stable parallel safe
as $$ select nullif(current_setting('centinela.agency', true), '') $$;

create function centinela_current_nation() returns text
language sql stable parallel safe
as $$ select nullif(current_setting('centinela.nation', true), '') $$;

-- The rule. The owner agency sees its rows; another agency sees a row only if its nation is in
-- releasable_to and either the TLP is clear, green or amber, or the agency is a named recipient.
-- Without identity settings both sides are NULL and nothing is visible, for any role.
create function centinela_visible(owner_agency text, marking tlp, releasable_to text[], recipients text[])
returns boolean
language sql stable parallel safe
as $$
  select owner_agency = centinela_current_agency()
      or (centinela_current_nation() = any (releasable_to)
          and (marking in ('clear', 'green', 'amber') or centinela_current_agency() = any (recipients)))
$$;

-- Keeps every marking well-formed: the owner's nation is always releasable, the sets are sorted
-- and distinct (so that equal markings compare equal), and every nation and agency named exists.
create function centinela_marking_normalise() returns trigger
language plpgsql
as $$
declare
  owner_nation text;
begin
  select nation into owner_nation from agencies where code = new.owner_agency;
  if owner_nation is null then
    raise exception 'unknown owner agency %', new.owner_agency using errcode = '23503';
  end if;
  new.releasable_to := array(select distinct n from unnest(array_append(new.releasable_to, owner_nation)) n order by n);
  new.recipients := array(select distinct a from unnest(new.recipients) a order by a);
  if exists (select 1 from unnest(new.releasable_to) n where n not in (select code from nations)) then
    raise exception 'releasable_to names an unknown nation' using errcode = '23503';
  end if;
  if exists (select 1 from unnest(new.recipients) a where a not in (select code from agencies)) then
    raise exception 'recipients names an unknown agency' using errcode = '23503';
  end if;
  if tg_op = 'UPDATE' and new.owner_agency <> old.owner_agency then
    raise exception 'the owner agency of a record never changes' using errcode = '42501';
  end if;
  return new;
end
$$;

-- Applies the rule to a table that has the four marking columns. Called once per marked table by
-- the migration that creates it: `select centinela_mark('declarations');`.
create function centinela_mark(target regclass) returns void
language plpgsql
as $$
begin
  execute format('alter table %s enable row level security', target);
  execute format('alter table %s force row level security', target);
  execute format('create policy marking_read on %s for select using (centinela_visible(owner_agency, tlp, releasable_to, recipients))', target);
  execute format('create policy marking_insert on %s for insert with check (owner_agency = centinela_current_agency())', target);
  execute format('create policy marking_update on %s for update using (owner_agency = centinela_current_agency()) with check (owner_agency = centinela_current_agency())', target);
  execute format('create policy marking_delete on %s for delete using (owner_agency = centinela_current_agency())', target);
  execute format('create trigger marking_normalise before insert or update of owner_agency, releasable_to, recipients on %s for each row execute function centinela_marking_normalise()', target);
  execute format('create index on %s (owner_agency)', target);
end
$$;
