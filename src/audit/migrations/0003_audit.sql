-- The append-only, hash-chained audit trail. Each entry's hash is SHA-256 over the previous
-- entry's hash and the entry's own canonical JSON (RFC 8785), computed by src/audit/chain.ts.

create table audit_log (
  seq bigint primary key check (seq > 0),
  at timestamptz not null,
  actor_user text,
  actor_agency text,
  actor_nation text,
  action text not null,
  subject_table text,
  subject_ids text[] not null default '{}',
  request_id text,
  detail jsonb not null default '{}',
  prev_hash text not null,
  hash text not null
);

revoke update, delete, truncate on audit_log from centinela_app;

create function audit_log_immutable() returns trigger
language plpgsql
as $$
begin
  raise exception 'the audit trail is append-only' using errcode = '42501';
end
$$;

create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_immutable();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_immutable();

-- An entry must extend the chain: next sequence number, previous entry's hash.
create function audit_log_extends_chain() returns trigger
language plpgsql
as $$
declare
  last_seq bigint;
  last_hash text;
begin
  select seq, hash into last_seq, last_hash from audit_log order by seq desc limit 1;
  if new.seq <> coalesce(last_seq, 0) + 1 or new.prev_hash <> coalesce(last_hash, repeat('0', 64)) then
    raise exception 'audit entry % does not extend the chain', new.seq using errcode = '23514';
  end if;
  return new;
end
$$;

create trigger audit_log_chain before insert on audit_log
  for each row execute function audit_log_extends_chain();
