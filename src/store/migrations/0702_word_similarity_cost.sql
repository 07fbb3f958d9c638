-- pg_trgm's word similarity (`q <% name`) costed as what it is: 0685 raised it from one operator call to 100,
-- which was enough for the 25,901 company names but not for the 2,088 registered places of the medium world,
-- where the planner still filtered every place (37-51 ms a search) rather than read the trigram indexes (7-10 ms).
-- A call costs 15-25 µs, several hundred times an `=`; 500 calls puts the indexes first wherever they apply
-- (docs/PERFORMANCE.md, "Global search", 2026-12-07 midday).
alter function public.word_similarity_op(text, text) cost 500;
