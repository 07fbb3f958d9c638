-- Federation with other Centinela instances over TAXII 2.1 (src/federation/taxii-*.ts, peers.ts, sync.ts).
--
-- A peer that pulls from this instance reads as a machine account of one of its agencies registered here
-- (`centinela peers add`): `users.peer` marks it, and such an account reads the TAXII routes only (callerOf).
-- What it receives is what that agency may see: the same identity and row-level security as any user.
alter table users add column peer boolean not null default false;
grant select (peer) on users to centinela_app;

-- The peers this instance knows: the agency whose machine account reads from us, and the TAXII API root and
-- token to pull from them. The token is a secret: the application role reads nothing here (no policy), only
-- the command line on the database host (the schema owner) does.
create table peers (
  name text primary key,
  agency text references agencies (code),
  user_id uuid references users (id),
  url text,
  token text,
  created_at timestamptz not null default now(),
  created_by text not null
);
alter table peers enable row level security;
revoke all on peers from centinela_app;

-- Incremental sync: per collection of a source, the `X-TAXII-Date-Added-Last` of the last page read (the next
-- `added_after`), written by `centinela sync` in its system step.
create table sync_cursors (
  source text primary key,
  added_after text,
  synced_at timestamptz not null default now(),
  objects integer not null default 0,
  withdrawn integer not null default 0
);
alter table sync_cursors enable row level security;
revoke all on sync_cursors from centinela_app;

-- Where a received object came from (a collection URL; null for a file import): what a sync withdraws when the
-- source no longer releases it to us.
alter table stix_objects add column source text;
create index stix_objects_source on stix_objects (source) where source is not null;
