-- Companies for the global search, bounded by the answer rather than by the text (docs/PERFORMANCE.md, "Global
-- search", 2026-12-07). 0684 scored and grouped every readable record of every matching name: for a common text
-- ('sa de cv', in 2,880 of the medium world's names) that is 13,076 records, each joined to its entity, to keep
-- ten companies: 1.2-2 s at load 13.
--
-- A record matched by name scores what its name scores (or more, when its RFC matches too: those records are all
-- taken first). So the names are walked best score first, gathering the companies of the caller's readable
-- records, 32 names or more at a time, each batch ending where a score level ends; the walk stops before a level
-- once `lim` companies already score more than that level: no company found later can rank among the best `lim`
-- (every record it has left scores at most the level). Walking further than needed only lowers where it stops.
-- The best `lim` companies are then ranked exactly as 0684 ranks them, over the records found so far, and every
-- matching record of those companies below the walk is added, since the caller reads each record of a hit (the
-- audit names them). Same rows and scores as 0684 for every text, `lim` and caller
-- (src/resolution/search-bounded.test.ts); hidden rows are never walked, counted or returned, as before.
create or replace function centinela_search_party_records(q text, lim integer)
  returns table (id uuid, score float8)
language plpgsql stable security definer rows 50
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
declare
  t record;
  by_name record;
  by_rfc record;
  agency text := centinela_current_agency();
  nation text := centinela_current_nation();
  -- the company of a record `pr` whose membership `em` the caller may read (0683's grouping), as one text
  company_of constant text := $c$coalesce('e' || em.entity_id::text, 'c' || pr.name_core || '|' || coalesce(pr.rfc_norm, ''))$c$;
  membership text;
  names text[];
  scores float8[];
  rfc_companies text[];
  rfc_scores float8[];
  found text[] := '{}';
  level_companies text[];
  walked integer := 0;
  last integer;
begin
  select * into t from centinela_search_terms(array['name:search_name', 'key:search_rfc'], q, 'pr');
  select * into by_name from centinela_search_terms(array['name:search_name'], q, 'n');
  select * into by_rfc from centinela_search_terms(array['key:search_rfc'], q, 'pr');
  membership := format('left join entity_members em on em.party_record_id = pr.id and %s and $1 = any (em.viewers)',
    centinela_search_readable('em'));

  execute format(
    'select coalesce(array_agg(n.search_name order by n.score desc, n.search_name), ''{}''),
            coalesce(array_agg(n.score order by n.score desc, n.search_name), ''{}'')
       from (select n.search_name, %1$s as score from party_record_search_names n where %2$s) n',
    by_name.score, by_name.matches)
    into names, scores;
  execute format(
    'select coalesce(array_agg(company), ''{}''), coalesce(array_agg(best), ''{}'')
       from (select %1$s as company, max(%2$s) as best from party_records pr %3$s where %4$s and %5$s group by 1) c',
    company_of, t.score, membership, by_rfc.matches, centinela_search_readable('pr'))
    using agency, nation
    into rfc_companies, rfc_scores;

  while walked < cardinality(names) loop
    -- companies that already beat this level: the names found so far, and those found by RFC scoring more
    exit when (select count(*) from (
      select unnest(found)
      union
      select c from unnest(rfc_companies, rfc_scores) as r (c, s) where s > scores[walked + 1]) beaten) >= lim;
    -- a batch of names, ended at a level's end (walking more than needed only lowers where the walk stops)
    last := least(walked + 32, cardinality(names));
    while last < cardinality(names) and scores[last + 1] = scores[last] loop
      last := last + 1;
    end loop;
    execute format(
      'select coalesce(array_agg(distinct %1$s), ''{}'') from party_records pr %2$s
        where pr.search_name = any ($3) and %3$s',
      company_of, membership, centinela_search_readable('pr'))
      using agency, nation, names[walked + 1:last]
      into level_companies;
    found := array(select distinct c from unnest(found || level_companies) as c);
    walked := last;
  end loop;

  return query execute format(
    'with ids as (
       select pr.id from party_records pr where pr.search_name = any ($4)
       union
       select pr.id from party_records pr where %4$s),
     m as materialized (
       select pr.id, pr.name, pr.rfc, pr.name_core, pr.rfc_norm, %1$s as score
         from ids join party_records pr on pr.id = ids.id where %2$s),
     g as materialized (
       select m.*, em.entity_id, em.entity_id::text as entity,
              case when em.entity_id is null then m.name_core || ''|'' || coalesce(m.rfc_norm, '''') end as company
         from m left join entity_members em
           on em.party_record_id = m.id and %3$s and $1 = any (em.viewers)),
     top as (
       select g.entity, g.company, g.entity_id, min(g.name_core) as name_core, min(coalesce(g.rfc_norm, '''')) as rfc_key,
              (array_agg(g.name order by g.score desc, g.name, g.rfc, g.id))[1] as label,
              (array_agg(g.rfc order by g.score desc, g.name, g.rfc, g.id))[1] as rfc
         from g group by g.entity, g.company, g.entity_id
        order by max(g.score) desc, label, rfc nulls first, coalesce(g.entity, g.company) limit $3),
     below as (
       select pr.id, %1$s as score
         from top join entity_members em on em.entity_id = top.entity_id and %3$s and $1 = any (em.viewers)
         join party_records pr on pr.id = em.party_record_id
        where pr.search_name = any ($5) and %2$s
       union
       select pr.id, %1$s as score
         from top join party_records pr on pr.name_core = top.name_core and coalesce(pr.rfc_norm, '''') = top.rfc_key
        where top.entity_id is null and pr.search_name = any ($5) and %2$s
          and not exists (select 1 from entity_members em
                           where em.party_record_id = pr.id and %3$s and $1 = any (em.viewers)))
     select g.id, g.score from g
       join top on top.entity is not distinct from g.entity and top.company is not distinct from g.company
     union
     select below.id, below.score from below',
    t.score, centinela_search_readable('pr'), centinela_search_readable('em'), by_rfc.matches)
    using agency, nation, lim, names[1:walked], names[walked + 1:];
end
$$;
