-- What the analysis knows of every consignment (its last analysed state, when, whether stale) is one row per bill
-- of lading for all classes at once: the schema owner's bookkeeping, not a record any agency may read. 0560's
-- guard let any verified agency read and write it (`consignment_analyses_open`, using true) — the bills of
-- lading of every consignment and their states, hidden or not. Only the analysis (as the owner) uses it; what a
-- user sees of a consignment's state comes from its class's track (0531).
drop policy consignment_analyses_open on consignment_analyses;
revoke all on consignment_analyses from centinela_app;
