-- How the last pull from each source went, written by the pull itself (src/federation/sync.ts: begun when it
-- starts, counted in the transaction that records each collection's exchange, ended ok, partial or failed), so
-- every path that syncs records it. Replaces the columns of 0738, which a wrapper wrote after the pull and which
-- every user read whole, although an error names the peer's URL and internal detail (issue 18).
--
-- One row per pull target (the URL pulled from, as given): a registered peer's, or a `sync --from URL` that
-- matches none (peer null). The application role reads none of the table; it reads the view below, which masks
-- the URL and the error for anyone who is not an administrator, so no route can hand them to another user.
create table sync_status (
  target text primary key,
  peer text unique references peers (name) on delete cascade,
  tried_at timestamptz not null default now(),
  finished_at timestamptz,
  synced_at timestamptz,
  outcome text not null default 'running' check (outcome in ('running', 'ok', 'partial', 'failed')),
  collections integer not null default 0,
  objects integer not null default 0,
  withdrawn integer not null default 0,
  error text check (length(error) <= 2000)
);
alter table sync_status enable row level security;
revoke all on sync_status from centinela_app;

insert into sync_status (target, peer, tried_at, finished_at, synced_at, outcome, objects, withdrawn, error)
  select url, name, sync_tried_at, sync_tried_at, synced_at, case when sync_error is null then 'ok' else 'failed' end,
         coalesce(sync_objects, 0), coalesce(sync_withdrawn, 0), left(sync_error, 2000)
    from peers where sync_tried_at is not null and url is not null;
alter table peers
  drop column sync_tried_at,
  drop column synced_at,
  drop column sync_objects,
  drop column sync_withdrawn,
  drop column sync_error;

-- Every registered peer (pulled from or not) and every other source pulled from; a user with a verified identity
-- reads the status, an administrator also where it pulls from and why it failed. A security barrier, owned by the
-- schema owner (so it reads `peers` and `sync_status`, which the application role cannot): no caller's function
-- sees a row before the identity test has run.
create view peer_sync_status with (security_barrier = true) as
  select p.name as peer,
         p.agency,
         case when p.name is null then true else p.url is not null and p.token is not null end as pulls,
         s.tried_at, s.finished_at, s.synced_at, s.outcome, s.collections, s.objects, s.withdrawn,
         case when (select centinela_current_admin_agency()) is not null then coalesce(p.url, s.target) end as url,
         case when (select centinela_current_admin_agency()) is not null then s.error end as error
    from peers p full join sync_status s on s.peer = p.name
   where (select centinela_current_user()) is not null;
revoke all on peer_sync_status from centinela_app;
grant select on peer_sync_status to centinela_app;
