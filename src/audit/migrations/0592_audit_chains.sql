-- One hash chain per visibility class (docs/SHARING.md, "The audit trail under the same rule"; docs/DECISIONS.md).
--
-- With one chain, an entry's sequence number and hash were positions in the whole trail: they counted the
-- entries before it, which the auditor reading it may not see. Now every entry belongs to the chain of its
-- class — the agencies that may read it (`viewers`, computed by the sequencer from the entry's marking and the
-- agencies, src/audit/chains.ts) — with its own sequence (`chain_seq`) and hash links, and `chain` names it:
-- the viewers joined by ',', `operator` for an entry no agency reads (no marking: a failed login by an unknown
-- name, a system task, a derivation run), `legacy` for the entries chained before this migration (one chain,
-- read as 0590 read them). An auditor reads whole chains, so what it sees of any chain depends only on what it
-- may see.
--
-- `seq` stays as the order in which the sequencer chained entries across chains, for the schema owner only:
-- the application role may no longer read that column (it counts every chain).

alter table audit_log
  add column chain text,
  add column chain_seq bigint,
  add column viewers text[];

-- The entries chained so far form the legacy chain, in their order; their hashes are unchanged (the
-- chain's name is hashed only for entries of class chains).
alter table audit_log disable trigger audit_log_no_update;
update audit_log set chain = 'legacy', chain_seq = seq;
alter table audit_log enable trigger audit_log_no_update;

alter table audit_log
  alter column chain set not null,
  alter column chain_seq set not null,
  add constraint audit_log_chain_position check (chain_seq > 0),
  add constraint audit_log_viewers_of_class check ((chain = 'legacy') = (viewers is null));

create unique index audit_log_chain_seq on audit_log (chain, chain_seq);
create index audit_log_viewers on audit_log using gin (viewers);
create index audit_log_at on audit_log (at, chain, chain_seq);

-- An entry must extend its own chain (next position, that chain's last hash) and the sequencer's order.
create or replace function audit_log_extends_chain() returns trigger
language plpgsql
as $$
declare
  last_seq bigint;
  last_position bigint;
  last_hash text;
begin
  select seq into last_seq from audit_log order by seq desc limit 1;
  select chain_seq, hash into last_position, last_hash
    from audit_log where chain = new.chain order by chain_seq desc limit 1;
  if new.chain = 'legacy'
     or new.seq <> coalesce(last_seq, 0) + 1
     or new.chain_seq <> coalesce(last_position, 0) + 1
     or new.prev_hash <> coalesce(last_hash, repeat('0', 64)) then
    raise exception 'audit entry % does not extend its chain', new.seq using errcode = '23514';
  end if;
  return new;
end
$$;

-- Auditors read the chains of the classes their agency belongs to; legacy entries as 0590 read them.
drop policy audit_read on audit_log;
create policy audit_read on audit_log for select using (
  (select centinela_current_user_is_auditor())
  and case
    when chain = 'legacy' then
      case
        when owner_agency is null then actor_nation = (select centinela_current_nation())
        else centinela_visible(owner_agency, tlp, releasable_to, recipients)
      end
    else viewers @> array[(select centinela_current_agency())]
  end
);

revoke select on audit_log from centinela_app;
grant select (at, actor_user, actor_agency, actor_nation, action, subject_table, subject_ids, request_id, detail,
  owner_agency, tlp, releasable_to, recipients, chain, chain_seq, viewers, prev_hash, hash)
  on audit_log to centinela_app;

-- A checkpoint signs the Merkle root over every chain's head (src/audit/checkpoint.ts); `heads` lists them.
-- Checkpoints made before this migration sign the legacy chain's head (`heads` null).
alter table audit_checkpoints add column heads jsonb;
