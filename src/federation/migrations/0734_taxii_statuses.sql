-- The status resources of the TAXII inbox (src/federation/inbox.ts): what became of each object a peer instance's
-- account pushed (POST …/collections/{inbox}/objects/), read back at GET /taxii2/api/status/{id}/ by the account
-- that pushed and by no one else. Like the other peer tables it has row-level security; here the application
-- role may read, but only its own rows: the policy compares the account with the one the verified credential
-- names (another caller's status is not found, 404). Written by the import's system step, in the push's own
-- transaction: a status exists exactly when what it reports was committed.
create table taxii_statuses (
  id uuid primary key,
  user_id uuid not null references users (id),
  request_timestamp timestamptz not null,
  total_count integer not null,
  success_count integer not null,
  failure_count integer not null,
  -- status-details lists ({id, version, message?}) as the resource shows them
  successes jsonb not null,
  failures jsonb not null
);
alter table taxii_statuses enable row level security;
revoke all on taxii_statuses from centinela_app;
grant select on taxii_statuses to centinela_app;
create policy taxii_statuses_own on taxii_statuses for select
  using (user_id = (select centinela_current_user()));
create index taxii_statuses_user on taxii_statuses (user_id);
