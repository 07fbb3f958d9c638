-- Search candidates of permits and registered places through the trigram indexes, only rows the caller may read
-- (src/store/migrations/0623_search_candidates.sql says why and how); src/custody/search.repository.ts reads
-- them under row-level security. SECURITY DEFINER with row_security off, owned by the schema owner.
create function centinela_search_permits(q text) returns setof uuid
language plpgsql stable security definer rows 50
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  return query execute centinela_search_sql('permits', 'id',
      array['key:permit_id', 'name:holder_name', 'key:holder_rfc'], q)
    using centinela_current_agency(), centinela_current_nation();
end
$$;

create function centinela_search_locations(q text) returns setof uuid
language plpgsql stable security definer rows 50
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  return query execute centinela_search_sql('locations', 'id', array['name:name', 'key:location_id'], q)
    using centinela_current_agency(), centinela_current_nation();
end
$$;

revoke execute on function centinela_search_permits(text), centinela_search_locations(text) from public;
grant execute on function centinela_search_permits(text), centinela_search_locations(text) to centinela_app;
