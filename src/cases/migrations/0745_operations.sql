-- Host-led operations (docs/OPERATIONS.md): an operation belongs to a case; it has an objective, a jurisdiction
-- (the territory's nation, a state, a municipality), host units (agencies), partner advisors and linked leads. No
-- tactical data: no force composition, weapons or raid timings — the record is the administrative and
-- intelligence trail. Lifecycle draft → proposed → approved | rejected → under_way → concluded, or withdrawn.
--
-- The database holds the rule, not only the application: only a user of the territory's nation changes an
-- operation's state; approve, reject, start and conclude only a commander of that nation; propose and withdraw an
-- analyst or a commander of it. Every change of state names its person and reason: the update is refused unless
-- the same transaction recorded the decision (`operation_transitions`, by the same user, to the same state). A
-- partner's advisor comments and recommends (`operation_comments`), never changes the state.

create table operations (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  case_id uuid not null references cases (id),
  objective text not null check (length(btrim(objective)) > 0),
  territory text not null references nations (code),
  state text not null check (length(btrim(state)) > 0),
  municipality text,
  host_units text[] not null default '{}',
  advisors uuid[] not null default '{}',
  lead_ids text[] not null default '{}',
  status text not null default 'draft' check (status in ('draft', 'proposed', 'approved', 'rejected', 'under_way',
    'concluded', 'withdrawn')),
  created_by uuid not null references users (id),
  created_at timestamptz not null default now(),
  status_changed_at timestamptz not null default now()
);
select centinela_mark('operations');
create index operations_case on operations (case_id);
create index operations_status on operations (status, status_changed_at desc);

-- Besides its owner, a user of the territory's nation who sees the operation may update it (a commander of
-- another host agency decides on it); what each may change, the trigger below says.
create policy operation_host_update on operations for update
  using (row(row(owner_agency, tlp, releasable_to, recipients)::centinela_marked) <@@ (select centinela_reader())
         and territory = (select centinela_current_nation()))
  with check (territory = (select centinela_current_nation()));

create table operation_transitions (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  operation_id uuid not null references operations (id),
  action text not null check (action in ('propose', 'approve', 'reject', 'start', 'conclude', 'withdraw')),
  from_status text not null,
  to_status text not null,
  reason text not null check (length(btrim(reason)) > 0),
  decided_by uuid not null references users (id),
  decided_at timestamptz not null default now()
);
select centinela_mark('operation_transitions');
create index operation_transitions_operation on operation_transitions (operation_id, decided_at);

create table operation_comments (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  operation_id uuid not null references operations (id),
  kind text not null default 'comment' check (kind in ('comment', 'recommendation')),
  body text not null check (length(btrim(body)) > 0),
  written_by uuid not null references users (id),
  written_at timestamptz not null default now()
);
select centinela_mark('operation_comments');
create index operation_comments_operation on operation_comments (operation_id, written_at);

create trigger operation_transitions_append_only before update or delete on operation_transitions
  for each row execute function centinela_cases_append_only();
create trigger operation_comments_append_only before update or delete on operation_comments
  for each row execute function centinela_cases_append_only();

create function centinela_operation_guard() returns trigger
language plpgsql
as $$
declare
  me centinela_identity := centinela_verified_identity();
  kept constant text[] := array['status', 'status_changed_at', 'tlp', 'releasable_to', 'recipients'];
begin
  -- The installation's owner (migrations, restores, demo loads) acts without a credential; the application's
  -- callers always carry one, and without it the policies admit no row.
  if me.user_id is null then
    return new;
  end if;
  if tg_op = 'INSERT' then
    if new.status <> 'draft' then
      raise exception 'an operation starts as a draft' using errcode = '23514';
    end if;
    if me.nation is distinct from new.territory then
      raise exception 'only the host nation plans an operation in its territory' using errcode = '42501';
    end if;
    return new;
  end if;
  if (to_jsonb(new) - kept) is distinct from (to_jsonb(old) - kept) and old.owner_agency <> me.agency then
    raise exception 'only the owner agency edits an operation' using errcode = '42501';
  end if;
  if new.status is distinct from old.status then
    if me.nation is distinct from old.territory then
      raise exception 'only the territory''s nation changes the state of an operation' using errcode = '42501';
    end if;
    if not ((old.status, new.status) in (('draft', 'proposed'), ('proposed', 'approved'), ('proposed', 'rejected'),
        ('approved', 'under_way'), ('under_way', 'concluded'), ('draft', 'withdrawn'), ('proposed', 'withdrawn'),
        ('approved', 'withdrawn'))) then
      raise exception 'no move from % to %', old.status, new.status using errcode = '23514';
    end if;
    if new.status in ('approved', 'rejected', 'under_way', 'concluded') and not ('commander' = any (me.roles)) then
      raise exception 'only a commander of the territory''s nation decides on an operation' using errcode = '42501';
    end if;
    if new.status in ('proposed', 'withdrawn')
       and not ('commander' = any (me.roles) or 'analyst' = any (me.roles)) then
      raise exception 'only an analyst or a commander proposes or withdraws an operation' using errcode = '42501';
    end if;
    if not exists (select 1 from operation_transitions t
                    where t.operation_id = new.id and t.from_status = old.status and t.to_status = new.status
                      and t.decided_by = me.user_id and t.decided_at = now()) then
      raise exception 'a change of state is recorded with its person and reason' using errcode = '23514';
    end if;
  end if;
  return new;
end
$$;
create trigger operations_guard before insert or update on operations
  for each row execute function centinela_operation_guard();
