-- Trigram indexes for the global search (src/declarations/search.repository.ts), on the same expressions the
-- search compares (src/store/text-search.ts): identifiers by their letters and digits, descriptions folded.
create index declarations_search_id on declarations using gin (centinela_fold_key(id) gin_trgm_ops);
create index declaration_lines_search_goods
  on declaration_lines using gin (centinela_fold(goods_description) gin_trgm_ops);
create index declaration_lines_search_bol
  on declaration_lines using gin (centinela_fold_key(bill_of_lading) gin_trgm_ops);
create index declaration_lines_search_container
  on declaration_lines using gin (centinela_fold_key(container_no) gin_trgm_ops);
