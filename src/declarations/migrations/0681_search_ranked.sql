-- Declarations and their lines for the global search, folded once at write time and ranked where they are
-- (src/store/migrations/0680_search_ranked.sql says why): the searched fields' folded values are stored beside
-- them by a BEFORE trigger, the trigram indexes move from the expressions (0651) to those columns, and the
-- candidate functions (0624) return only the best `lim` keys, with their scores, of the rows the caller may read.
alter table declarations add column search_id text;
alter table declaration_lines add column search_goods text, add column search_bol text,
  add column search_container text;

-- Existing rows (no trigger fires: none is on these columns).
update declarations set search_id = centinela_fold_key(id);
update declaration_lines set search_goods = centinela_fold(goods_description),
  search_bol = centinela_fold_key(bill_of_lading), search_container = centinela_fold_key(container_no);

create function centinela_declarations_search_fold() returns trigger
language plpgsql
set search_path = pg_catalog, public, pg_temp
as $$
begin
  new.search_id := centinela_fold_key(new.id);
  return new;
end
$$;
create trigger search_fold before insert or update of id, search_id on declarations
  for each row execute function centinela_declarations_search_fold();

create function centinela_declaration_lines_search_fold() returns trigger
language plpgsql
set search_path = pg_catalog, public, pg_temp
as $$
begin
  new.search_goods := centinela_fold(new.goods_description);
  new.search_bol := centinela_fold_key(new.bill_of_lading);
  new.search_container := centinela_fold_key(new.container_no);
  return new;
end
$$;
create trigger search_fold
  before insert or update of goods_description, bill_of_lading, container_no, search_goods, search_bol,
    search_container on declaration_lines
  for each row execute function centinela_declaration_lines_search_fold();

drop index declarations_search_id, declaration_lines_search_goods, declaration_lines_search_bol,
  declaration_lines_search_container;
create index declarations_search_id on declarations using gin (search_id gin_trgm_ops);
create index declaration_lines_search_goods on declaration_lines using gin (search_goods gin_trgm_ops);
create index declaration_lines_search_bol on declaration_lines using gin (search_bol gin_trgm_ops);
create index declaration_lines_search_container on declaration_lines using gin (search_container gin_trgm_ops);

drop function centinela_search_declarations(text), centinela_search_line_goods(text),
  centinela_search_line_bills(text), centinela_search_line_containers(text);

-- Declarations by pedimento: the best `lim`, ordered as the searcher orders them (score, id, owner).
create function centinela_search_declarations(q text, lim integer)
  returns table (owner_agency text, id text, score float8)
language plpgsql stable security definer rows 20
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
declare
  t record;
begin
  select * into t from centinela_search_terms(array['key:search_id'], q, 'd');
  return query execute format(
    'select d.owner_agency, d.id, %s as score from declarations d where %s and %s
      order by score desc, d.id, d.owner_agency limit $3',
    t.score, t.matches, centinela_search_readable('d'))
    using centinela_current_agency(), centinela_current_nation(), lim;
end
$$;

-- Lines by goods: the best `lim` (score, description, id).
create function centinela_search_line_goods(q text, lim integer) returns table (id uuid, score float8)
language plpgsql stable security definer rows 20
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
declare
  t record;
begin
  select * into t from centinela_search_terms(array['name:search_goods'], q, 'l');
  return query execute format(
    'select l.id, %s as score from declaration_lines l where %s and %s
      order by score desc, l.goods_description, l.id limit $3',
    t.score, t.matches, centinela_search_readable('l'))
    using centinela_current_agency(), centinela_current_nation(), lim;
end
$$;

-- Lines grouped by `grouped` (a bill of lading, a container): every matching line of the best `lim` groups
-- (a group's score is its best line's; ties by the group's value).
create function centinela_search_line_groups(q text, lim integer, field text, grouped text)
  returns table (id uuid, score float8)
language plpgsql stable
set search_path = pg_catalog, public, pg_temp
as $$
declare
  t record;
begin
  select * into t from centinela_search_terms(array['key:' || field], q, 'l');
  return query execute format(
    'with m as materialized (
       select l.id, l.%2$I as g, %1$s as score from declaration_lines l where %3$s and %4$s),
     top as (select g from m group by g order by max(score) desc, g limit $3)
     select m.id, m.score from m join top on top.g = m.g',
    t.score, grouped, t.matches, centinela_search_readable('l'))
    using centinela_current_agency(), centinela_current_nation(), lim;
end
$$;
revoke execute on function centinela_search_line_groups(text, integer, text, text) from public;

create function centinela_search_line_bills(q text, lim integer) returns table (id uuid, score float8)
language sql stable security definer rows 20
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$ select * from centinela_search_line_groups(q, lim, 'search_bol', 'bill_of_lading') $$;

create function centinela_search_line_containers(q text, lim integer) returns table (id uuid, score float8)
language sql stable security definer rows 20
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$ select * from centinela_search_line_groups(q, lim, 'search_container', 'container_no') $$;

revoke execute on function centinela_search_declarations(text, integer), centinela_search_line_goods(text, integer),
  centinela_search_line_bills(text, integer), centinela_search_line_containers(text, integer) from public;
grant execute on function centinela_search_declarations(text, integer), centinela_search_line_goods(text, integer),
  centinela_search_line_bills(text, integer), centinela_search_line_containers(text, integer) to centinela_app;
