-- Trigram indexes for the global search (src/resolution/search.repository.ts): companies by name and RFC, on
-- the expressions the search compares (src/store/text-search.ts).
create index party_records_search_name on party_records using gin (centinela_fold(name) gin_trgm_ops);
create index party_records_search_rfc on party_records using gin (centinela_fold_key(rfc) gin_trgm_ops);
