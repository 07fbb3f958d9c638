-- Search candidates of party records (companies by name or RFC) through the trigram indexes, only records the
-- caller may read (src/store/migrations/0623_search_candidates.sql says why and how);
-- src/resolution/search.repository.ts reads them, and their entity members, under row-level security.
-- SECURITY DEFINER with row_security off, owned by the schema owner.
create function centinela_search_party_records(q text) returns setof uuid
language plpgsql stable security definer rows 50
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  return query execute centinela_search_sql('party_records', 'id', array['name:name', 'key:rfc'], q)
    using centinela_current_agency(), centinela_current_nation();
end
$$;

revoke execute on function centinela_search_party_records(text) from public;
grant execute on function centinela_search_party_records(text) to centinela_app;
