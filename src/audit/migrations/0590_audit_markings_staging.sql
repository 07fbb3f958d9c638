-- Audit under markings, staged appends and signed checkpoints (docs/SECURITY.md, "Audit").
--
-- 1. Every entry carries the marking of what it describes. Entries written before this migration have
--    none; they stay readable by the auditors of their actor's nation, as before within that nation.
-- 2. Requests no longer append to the chain: they insert into audit_staged, which takes no lock, and a
--    sequencer (src/audit/sequencer.ts, as the schema owner) moves committed staged entries into the
--    chain in the order it finds them committed, under the chain's advisory lock.
-- 3. The application role can stage entries, and read the entries the visibility rule lets an auditor
--    read; it can no longer insert into the chain, and it never updates or deletes entries or checkpoints.

alter table audit_log
  add column owner_agency text,
  add column tlp tlp,
  add column releasable_to text[],
  add column recipients text[];

-- Only the schema owner (the sequencer) appends to the chain now.
revoke insert on audit_log from centinela_app;

-- An auditor of the verified user: row-level security on the trail reads it (SECURITY DEFINER so that it
-- works whatever protects the users table).
create function centinela_current_user_is_auditor() returns boolean
language sql stable security definer
set search_path = public, pg_temp
as $$
  select exists (
    select 1 from users
    where id::text = nullif(current_setting('centinela.user_id', true), '')
      and 'auditor' = any (roles) and not disabled)
$$;
revoke all on function centinela_current_user_is_auditor() from public;
grant execute on function centinela_current_user_is_auditor() to centinela_app;

-- Auditors read an entry when the one visibility rule lets them read its marking; an entry without a
-- marking (written before 0590, or by no agency) only by auditors of its actor's nation.
alter table audit_log enable row level security;
create policy audit_read on audit_log for select using (
  centinela_current_user_is_auditor()
  and case
    when owner_agency is null then actor_nation = centinela_current_nation()
    else centinela_visible(owner_agency, tlp, releasable_to, recipients)
  end
);

create table audit_staged (
  id bigint generated always as identity primary key,
  at timestamptz not null,
  actor_user text,
  actor_agency text,
  actor_nation text,
  action text not null,
  subject_table text,
  subject_ids text[] not null default '{}',
  request_id text,
  detail jsonb not null default '{}',
  owner_agency text,
  tlp tlp,
  releasable_to text[],
  recipients text[],
  check ((owner_agency is null) = (tlp is null))
);

-- The application only adds staged entries: it cannot read, change or withdraw them.
revoke all on audit_staged from centinela_app;
grant insert on audit_staged to centinela_app;

-- Signed checkpoints of the chain head (Ed25519 over seq and hash; the key never enters the database).
create table audit_checkpoints (
  seq bigint primary key check (seq > 0),
  hash text not null,
  signed_at timestamptz not null,
  key_id text not null,
  signature text not null
);
revoke all on audit_checkpoints from centinela_app;

create trigger audit_checkpoints_no_update before update or delete on audit_checkpoints
  for each row execute function audit_log_immutable();
create trigger audit_checkpoints_no_truncate before truncate on audit_checkpoints
  for each statement execute function audit_log_immutable();
