-- How the last pull from each peer went (the web's shared view and the admin's peers screen): when it was tried,
-- when it last succeeded, how many objects it pulled and withdrew, and the error it failed with, if any. Written
-- by the schema owner after `centinela sync --peer|--all` and `serve --sync-every` (src/federation/peer-status.ts);
-- like the rest of `peers`, the application role reads none of it.
alter table peers
  add column sync_tried_at timestamptz,
  add column synced_at timestamptz,
  add column sync_objects integer,
  add column sync_withdrawn integer,
  add column sync_error text;
