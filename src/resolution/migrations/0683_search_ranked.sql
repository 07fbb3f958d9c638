-- Party records (companies by name or RFC) for the global search, folded once at write time and ranked where
-- they are (src/store/migrations/0680_search_ranked.sql says why): stored folded columns kept by a BEFORE
-- trigger, the trigram indexes (0653) on them, and a candidate function (0626) that returns every matching
-- record of the best `lim` companies, with their scores and entities, of the records the caller may read.
alter table party_records add column search_name text, add column search_rfc text;

-- Existing rows (no trigger fires: none is on these columns).
update party_records set search_name = centinela_fold(name), search_rfc = centinela_fold_key(rfc);

create function centinela_party_records_search_fold() returns trigger
language plpgsql
set search_path = pg_catalog, public, pg_temp
as $$
begin
  new.search_name := centinela_fold(new.name);
  new.search_rfc := centinela_fold_key(new.rfc);
  return new;
end
$$;
create trigger search_fold before insert or update of name, rfc, search_name, search_rfc on party_records
  for each row execute function centinela_party_records_search_fold();

drop index party_records_search_name, party_records_search_rfc;
create index party_records_search_name on party_records using gin (search_name gin_trgm_ops);
create index party_records_search_rfc on party_records using gin (search_rfc gin_trgm_ops);

drop function centinela_search_party_records(text);

-- A company is the entity its records resolved into in the caller's visibility class, or, for a record not
-- resolved in that class, its name and RFC (src/resolution/search.repository.ts). A member row counts only if
-- the caller may read it as entity_members' policies say: its marking (marking_read) and the caller among the
-- class's `viewers` (0540). A group's score is its best record's; its label that record's name (ties by name,
-- RFC, id); groups are ordered by score, label, RFC, then the entity or the name and RFC — the searcher's order.
create function centinela_search_party_records(q text, lim integer)
  returns table (id uuid, score float8)
language plpgsql stable security definer rows 50
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
declare
  t record;
begin
  select * into t from centinela_search_terms(array['name:search_name', 'key:search_rfc'], q, 'pr');
  return query execute format(
    'with m as materialized (
       select pr.id, pr.name, pr.rfc, pr.name_core, pr.rfc_norm, %1$s as score
         from party_records pr where %2$s and %3$s),
     g as materialized (
       select m.*, em.entity_id::text as entity,
              case when em.entity_id is null then m.name_core || ''|'' || coalesce(m.rfc_norm, '''') end as company
         from m left join entity_members em
           on em.party_record_id = m.id and %4$s and $1 = any (em.viewers)),
     top as (
       select g.entity, g.company,
              (array_agg(g.name order by g.score desc, g.name, g.rfc, g.id))[1] as label,
              (array_agg(g.rfc order by g.score desc, g.name, g.rfc, g.id))[1] as rfc
         from g group by g.entity, g.company
        order by max(g.score) desc, label, rfc nulls first, coalesce(g.entity, g.company) limit $3)
     select g.id, g.score from g
       join top on top.entity is not distinct from g.entity and top.company is not distinct from g.company',
    t.score, t.matches, centinela_search_readable('pr'), centinela_search_readable('em'))
    using centinela_current_agency(), centinela_current_nation(), lim;
end
$$;

revoke execute on function centinela_search_party_records(text, integer) from public;
grant execute on function centinela_search_party_records(text, integer) to centinela_app;
