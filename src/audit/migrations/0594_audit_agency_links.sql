-- One hash chain per reading agency, the entry stored once (docs/SHARING.md, "The audit trail under the same rule";
-- docs/DECISIONS.md; issue 11).
--
-- Since 0592 an entry was chained in the chain of its class: the agencies that may read it. But an agency cannot
-- always tell which other agencies share a class with it (one that sees strictly more of a consignment is not in
-- its class of that consignment's findings), so the chain an auditor's own entry landed in, and its position
-- there, told that auditor something about what other agencies see. Now every entry that some agency reads is
-- stored once in `audit_log` (chain `linked`, no position, no link: `hash` is the hash of its content alone;
-- `entry`, a random id the links name, since the application role may not read `seq`, the order across every
-- chain) and chained once per reading agency in `audit_links`: the agency's next position, the previous link's hash and
-- the link's hash over (agency, position, the entry's content hash) — src/audit/chain.ts. An agency's chain holds
-- exactly the entries it may read, in the order the sequencer chained them, whatever other agencies read.
-- Entries no agency reads stay in the operator's chain; entries chained before this migration keep their chains.

alter table audit_log
  add column entry uuid unique,
  alter column chain_seq drop not null,
  alter column prev_hash drop not null,
  add constraint audit_log_linked_entry check (
    (chain = 'linked') = (chain_seq is null)
    and (chain = 'linked') = (prev_hash is null)
    and (chain = 'linked') = (entry is not null)
    and (chain <> 'linked' or cardinality(viewers) > 0)
  );

create or replace function audit_log_extends_chain() returns trigger
language plpgsql
as $$
declare
  last_seq bigint;
  last_position bigint;
  last_hash text;
begin
  select seq into last_seq from audit_log order by seq desc limit 1;
  if new.seq <> coalesce(last_seq, 0) + 1 or new.chain = 'legacy' then
    raise exception 'audit entry % does not extend its chain', new.seq using errcode = '23514';
  end if;
  if new.chain = 'linked' then
    return new; -- chained by its links (audit_links_extend_chain)
  end if;
  select chain_seq, hash into last_position, last_hash
    from audit_log where chain = new.chain order by chain_seq desc limit 1;
  if new.chain_seq <> coalesce(last_position, 0) + 1
     or new.prev_hash <> coalesce(last_hash, repeat('0', 64)) then
    raise exception 'audit entry % does not extend its chain', new.seq using errcode = '23514';
  end if;
  return new;
end
$$;

create table audit_links (
  agency text not null references agencies (code),
  position bigint not null check (position > 0),
  entry uuid not null references audit_log (entry),
  prev_hash text not null,
  hash text not null,
  primary key (agency, position),
  unique (agency, entry)
);
create index audit_links_entry on audit_links (entry);

-- A link must extend its agency's chain (next position, that chain's last hash), for an entry that agency reads.
create function audit_links_extend_chain() returns trigger
language plpgsql
as $$
declare
  last_position bigint;
  last_hash text;
begin
  select position, hash into last_position, last_hash
    from audit_links where agency = new.agency order by position desc limit 1;
  if new.position <> coalesce(last_position, 0) + 1
     or new.prev_hash <> coalesce(last_hash, repeat('0', 64))
     or not exists (select 1 from audit_log a where a.entry = new.entry
                    and a.viewers @> array[new.agency]) then
    raise exception 'audit link % of % does not extend its chain', new.position, new.agency
      using errcode = '23514';
  end if;
  return new;
end
$$;

create trigger audit_links_chain before insert on audit_links
  for each row execute function audit_links_extend_chain();
create trigger audit_links_no_update before update or delete on audit_links
  for each row execute function audit_log_immutable();
create trigger audit_links_no_truncate before truncate on audit_links
  for each statement execute function audit_log_immutable();

-- An auditor reads its own agency's chain; the schema owner (the sequencer, verification) reads every chain.
alter table audit_links enable row level security;
create policy audit_links_read on audit_links for select using (
  (select centinela_current_user_is_auditor()) and agency = (select centinela_current_agency())
);
revoke all on audit_links from centinela_app;
grant select on audit_links to centinela_app;
grant select (entry) on audit_log to centinela_app;
