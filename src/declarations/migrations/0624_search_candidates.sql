-- Search candidates of declarations and their lines through the trigram indexes, only rows the caller may read
-- (src/store/migrations/0623_search_candidates.sql says why and how); src/declarations/search.repository.ts
-- reads them under row-level security. SECURITY DEFINER with row_security off, owned by the schema owner.
create function centinela_search_declarations(q text) returns table (owner_agency text, id text)
language plpgsql stable security definer rows 50
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  return query execute centinela_search_sql('declarations', 'owner_agency, id', array['key:id'], q)
    using centinela_current_agency(), centinela_current_nation();
end
$$;

create function centinela_search_line_goods(q text) returns setof uuid
language plpgsql stable security definer rows 50
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  return query execute centinela_search_sql('declaration_lines', 'id', array['name:goods_description'], q)
    using centinela_current_agency(), centinela_current_nation();
end
$$;

create function centinela_search_line_bills(q text) returns setof uuid
language plpgsql stable security definer rows 50
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  return query execute centinela_search_sql('declaration_lines', 'id', array['key:bill_of_lading'], q)
    using centinela_current_agency(), centinela_current_nation();
end
$$;

create function centinela_search_line_containers(q text) returns setof uuid
language plpgsql stable security definer rows 50
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  return query execute centinela_search_sql('declaration_lines', 'id', array['key:container_no'], q)
    using centinela_current_agency(), centinela_current_nation();
end
$$;

revoke execute on function centinela_search_declarations(text), centinela_search_line_goods(text),
  centinela_search_line_bills(text), centinela_search_line_containers(text) from public;
grant execute on function centinela_search_declarations(text), centinela_search_line_goods(text),
  centinela_search_line_bills(text), centinela_search_line_containers(text) to centinela_app;
