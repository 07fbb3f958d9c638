-- Entities per visibility class (docs/SHARING.md, "Derived records"; docs/DECISIONS.md, Resolution).
--
-- Resolution runs once per visibility class: the agencies that see exactly the same party records and
-- the same analysts' decisions. Each class's entities, members and links are computed from that
-- class's records only and stored with `viewers`, the agencies of the class; a row is read only by an
-- agency among its viewers. So a record hidden from an agency never joins two records it sees, and a
-- decision it cannot see never regroups its records. A record therefore belongs to one entity per
-- class: the members' key becomes (entity, record).
--
-- Entity ids are an HMAC of the class and the entity's lowest member record id, keyed with a secret
-- kept in `resolution_keys`, a table the application role may not read: an id reveals nothing of its
-- members to someone who does not hold the key.

alter table entities add column viewers text[] not null default '{}';
alter table entity_members add column viewers text[] not null default '{}';
alter table entity_links add column viewers text[] not null default '{}';
alter table resolution_runs add column viewers text[] not null default '{}';

alter table entity_members drop constraint entity_members_pkey;
alter table entity_members add primary key (entity_id, party_record_id);
create index entity_members_record on entity_members (party_record_id);

-- Entities: read by their viewers; written only by resolution (the schema owner, a system task).
alter table entities enable row level security;
alter table entities force row level security;
create policy viewers_read on entities for select using (centinela_current_agency() = any (viewers));

-- Members and links keep their markings (narrowed with their records, 0490) and are, in addition,
-- read only by the viewers of their class: both policies must hold.
create policy viewers_read on entity_members as restrictive for select
  using (centinela_current_agency() = any (viewers));
create policy viewers_read on entity_links as restrictive for select
  using (centinela_current_agency() = any (viewers));

-- Models of each class (m/u are estimated from the class's records): a system table.
alter table resolution_runs enable row level security;
alter table resolution_runs force row level security;

create table resolution_keys (
  id integer primary key check (id = 1),
  key bytea not null check (length(key) >= 32)
);
revoke all on resolution_keys from centinela_app;
alter table resolution_keys enable row level security;
alter table resolution_keys force row level security;

-- A party record narrowed so that some agency no longer sees it: that agency loses every entity the
-- record is a member of, until the next resolution recomputes its class without the record (the rest
-- of the entity may have been joined through it). Counted in centinela.narrowed_derived like 0490.
create function centinela_entity_viewers_from_party_record() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
declare
  lost text[];
  touched uuid[];
  counts jsonb;
begin
  select coalesce(array_agg(a.code), '{}') into lost
    from agencies a
   where not (a.code = new.owner_agency
              or (a.nation = any (new.releasable_to)
                  and (new.tlp in ('clear', 'green', 'amber') or a.code = any (new.recipients))));
  if cardinality(lost) = 0 then
    return null;
  end if;
  select coalesce(array_agg(m.entity_id), '{}') into touched
    from entity_members m where m.party_record_id = new.id and m.viewers && lost;
  if cardinality(touched) = 0 then
    return null;
  end if;
  update entities set viewers = array(select v from unnest(viewers) v where v <> all (lost) order by v)
   where id = any (touched);
  update entity_members set viewers = array(select v from unnest(viewers) v where v <> all (lost) order by v)
   where entity_id = any (touched);
  update entity_links set viewers = array(select v from unnest(viewers) v where v <> all (lost) order by v)
   where entity_id = any (touched);
  delete from entities where id = any (touched) and viewers = '{}';
  counts := coalesce(nullif(current_setting('centinela.narrowed_derived', true), ''), '{}')::jsonb;
  counts := counts || jsonb_build_object('entities', coalesce((counts ->> 'entities')::bigint, 0) + cardinality(touched));
  perform set_config('centinela.narrowed_derived', counts::text, true);
  return null;
end
$$;

create trigger narrow_entity_viewers after update of tlp, releasable_to, recipients on party_records
  for each row
  when (new.tlp > old.tlp or not (old.releasable_to <@ new.releasable_to) or not (old.recipients <@ new.recipients))
  execute function centinela_entity_viewers_from_party_record();
