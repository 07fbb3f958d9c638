-- 0560's guard gave every unmarked table a permissive `*_open` policy (using true) and a restrictive one that
-- demands a verified identity, expecting a narrower permissive policy to replace `*_open`. On `entities` the
-- narrower one (0540's `viewers_read`) came first and `entities_open` was added beside it; permissive policies
-- OR together, so every verified agency read every class's entities (ids, status, viewers) and, holding the
-- insert/update/delete grants, could write them. Entities and resolution runs are written only by resolution
-- and by applying decisions, as the schema owner; the application role reads an entity only as a viewer of its
-- class, and reads no resolution run at all.
drop policy entities_open on entities;
revoke insert, update, delete, truncate on entities from centinela_app;

drop policy resolution_runs_open on resolution_runs;
revoke all on resolution_runs from centinela_app;
