-- Two planner settings the medium world showed wrong for Centinela's statements (docs/PERFORMANCE.md, "Global
-- search", 2026-12-07):
--
-- * pg_trgm's word similarity (`q <% name`) is costed as one operator call, like `=`; it takes ~15 µs a row
--   (0.4 s for the 25,901 distinct company names), so the planner preferred filtering every name over the
--   trigram index (~10 ms). Costed at 100 calls, the index wins wherever it applies.
-- * JIT compilation pays ~0.1 s a statement once a plan's estimate passes `jit_above_cost`; the searches and the
--   lists read thousands of rows at most and answer in milliseconds, so it never pays back here. Off for this
--   database (new sessions; the pool's connections are opened after migrating). PGlite has no JIT: the setting
--   is accepted and changes nothing.
alter function public.word_similarity_op(text, text) cost 100;

do $$
begin
  execute format('alter database %I set jit = off', current_database());
end
$$;
