-- Trigram indexes for the global search (src/custody/search.repository.ts): permits by number, holder and RFC,
-- places by name and id, on the expressions the search compares (src/store/text-search.ts).
create index permits_search_number on permits using gin (centinela_fold_key(permit_id) gin_trgm_ops);
create index permits_search_holder on permits using gin (centinela_fold(holder_name) gin_trgm_ops);
create index permits_search_rfc on permits using gin (centinela_fold_key(holder_rfc) gin_trgm_ops);
create index locations_search_name on locations using gin (centinela_fold(name) gin_trgm_ops);
create index locations_search_id on locations using gin (centinela_fold_key(location_id) gin_trgm_ops);
