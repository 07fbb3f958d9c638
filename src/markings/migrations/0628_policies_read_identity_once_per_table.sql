-- The marking rule reads the verified identity once per table a statement reads, not three times. Written as in
-- 0560, `owner_agency = (select agency) or ((select nation) = any (releasable_to) and (… or (select agency) =
-- any (recipients)))` is three scalar subqueries, so three initplans, each a credential lookup
-- (`centinela_verified_identity()`: a hash and a three-table index lookup): on the medium world's read load,
-- 11 lookups per request.
--
-- Here the policy compares the row's marking with the reader, `row(row(owner_agency, tlp, releasable_to,
-- recipients)::centinela_marked) <@@ (select centinela_reader())`. A one-column row compared with a subquery is a
-- row-comparison sublink: one initplan returns the reader (agency and nation) as one value, and the operator's
-- function is plain SQL that the planner inlines into the same expression as before, over that one value. So
-- the rule, the row estimates and the per-row cost stay those of 0560; only the lookups go from three to one.
-- (A `case (select …) when …` form also evaluates once, but PostgreSQL does not inline a function whose argument
-- is the case's test value, and a per-row SQL function call would cost more than the lookups saved.)
--
-- Nothing is cached: the reader is verified for each statement, as before, from the credential the transaction
-- set. A cache in a setting (verify once per transaction) would be forgeable: the application role may call
-- set_config, and a cached identity is only as good as a secret the caller cannot read, whose lookup would cost
-- what the credential lookup costs.

create type centinela_reader as (agency text, nation text);
create type centinela_marked as (owner_agency text, tlp tlp, releasable_to text[], recipients text[]);

-- The caller's agency and nation when it reads intelligence (centinela_current_agency and _nation, in one
-- lookup); null otherwise, and then the rule admits no row.
create function centinela_reader() returns centinela_reader
language plpgsql stable security definer set search_path = public, pg_temp
as $$
declare
  me centinela_identity := centinela_verified_identity();
begin
  return case when me.reads_intelligence then row(me.agency, me.nation)::centinela_reader end;
end
$$;

-- The rule of 0002 over a marking and a reader (docs/SHARING.md). Plain SQL, immutable, so inlined.
create function centinela_sees(marked centinela_marked, reader centinela_reader) returns boolean
language sql immutable parallel safe
as $$
  select (marked).owner_agency = (reader).agency
      or ((reader).nation = any ((marked).releasable_to)
          and ((marked).tlp in ('clear', 'green', 'amber') or (reader).agency = any ((marked).recipients)))
$$;

create operator <@@ (leftarg = centinela_marked, rightarg = centinela_reader, function = centinela_sees);

-- Tables marked later (centinela_mark) get the same read policy; writes keep theirs (one initplan each).
create or replace function centinela_mark_policies(target regclass) returns void
language plpgsql
as $$
begin
  execute format('drop policy if exists marking_read on %s', target);
  execute format('drop policy if exists marking_insert on %s', target);
  execute format('drop policy if exists marking_update on %s', target);
  execute format('drop policy if exists marking_delete on %s', target);
  execute format($p$create policy marking_read on %s for select using (
      row(row(owner_agency, tlp, releasable_to, recipients)::centinela_marked) <@@ (select centinela_reader()))$p$,
    target);
  execute format('create policy marking_insert on %s for insert with check (owner_agency = (select centinela_current_agency()))', target);
  execute format('create policy marking_update on %s for update using (owner_agency = (select centinela_current_agency())) with check (owner_agency = (select centinela_current_agency()))', target);
  execute format('create policy marking_delete on %s for delete using (owner_agency = (select centinela_current_agency()))', target);
end
$$;

-- Writes the read policies of every marked table and of the finding history (0542: its class's viewers and the
-- marking rule, two initplans instead of four). Also called after a restore (`centinela restore`): pg_dump prints
-- a one-column row comparison without its `row(…)`, so a restored policy would parse as a plain operator over a
-- scalar subquery, which PostgreSQL does not inline: the same rule, but one SQL function call per row.
create function centinela_write_read_policies() returns void
language plpgsql
as $$
declare
  t regclass;
begin
  for t in select distinct format('%I.%I', schemaname, tablename)::regclass from pg_policies
           where schemaname = current_schema() and policyname = 'marking_read'
  loop
    perform centinela_mark_policies(t);
  end loop;
  drop policy if exists derived_read on finding_actions;
  create policy derived_read on finding_actions for select using (
    viewers @> array[(select centinela_current_agency())]
    and row(row(owner_agency, tlp, releasable_to, recipients)::centinela_marked) <@@ (select centinela_reader()));
end
$$;

select centinela_write_read_policies();
