-- Cases (investigations): a title, a lead agency (the owner), assignees, links to the records the case gathers
-- (alerts, findings, consignments, entities, incidents, leads) and notes. Every table is marked like every record
-- (centinela_mark: the read policy of 0628, owner-only writes); the timeline is read from them, never stored.
--
-- A case never reveals a linked record its reader may not see: a link names its target by kind and key, and the
-- case's code reads links only through `case_links_visible`, a view with the reader's rights that keeps a link
-- when its reader sees the target itself under the target's own row-level security (an alert, a finding, an
-- incident, an entity, any line or event of a consignment). A link's own marking is never wider than the case's
-- nor the target's when it was made (src/cases/service.ts), so even the raw table says no more.

create table cases (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  title text not null check (length(btrim(title)) > 0),
  summary text not null default '',
  status text not null default 'open' check (status in ('open', 'closed')),
  opened_by uuid not null references users (id),
  opened_at timestamptz not null default now()
);
select centinela_mark('cases');
create index cases_opened on cases (opened_at desc, id);

create table case_assignees (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  case_id uuid not null references cases (id),
  user_id uuid not null references users (id),
  assigned_by uuid not null references users (id),
  assigned_at timestamptz not null default now()
);
select centinela_mark('case_assignees');
create unique index case_assignees_once on case_assignees (case_id, user_id);
create index case_assignees_user on case_assignees (user_id);

create table case_links (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  case_id uuid not null references cases (id),
  target_kind text not null check (target_kind in ('alert', 'finding', 'consignment', 'entity', 'incident', 'lead')),
  -- alerts, findings, entities and incidents are named by id; a consignment by its bill of lading, a lead by
  -- `lead-<H3 cell>`
  target_uuid uuid,
  target_key text,
  check (target_uuid is null or target_kind in ('alert', 'finding', 'entity', 'incident')),
  check (target_key is null or target_kind in ('consignment', 'lead')),
  note text not null default '',
  linked_by uuid not null references users (id),
  linked_at timestamptz not null default now()
);
select centinela_mark('case_links');
create unique index case_links_once on case_links (case_id, target_kind, coalesce(target_uuid::text, target_key), owner_agency);
create index case_links_target_uuid on case_links (target_uuid) where target_uuid is not null;
create index case_links_target_key on case_links (target_key) where target_key is not null;

create table case_notes (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  case_id uuid not null references cases (id),
  body text not null check (length(btrim(body)) > 0),
  written_by uuid not null references users (id),
  written_at timestamptz not null default now()
);
select centinela_mark('case_notes');
create index case_notes_case on case_notes (case_id, written_at);

-- Whether the caller sees a case's target, under the target's own row-level security (invoker's rights: no
-- definer, so the policies of the caller's transaction apply). A lead is computed, never stored: its link's
-- marking alone governs it.
create function centinela_case_target_visible(kind text, target_uuid uuid, target_key text) returns boolean
language sql stable
as $$
  -- positional parameters: a target table's own columns (findings.kind, incidents.kind) would shadow the names
  select case $1
    when 'alert' then exists (select 1 from alerts t where t.id = $2)
    when 'finding' then exists (select 1 from findings t where t.id = $2)
    when 'incident' then exists (select 1 from incidents t where t.id = $2)
    when 'entity' then exists (select 1 from entities t where t.id = $2)
    when 'consignment' then exists (select 1 from declaration_lines t where t.bill_of_lading = $3)
      or exists (select 1 from epcis_events t where t.bol = $3)
    when 'lead' then true
    else false
  end
$$;

-- The markings of a target the caller sees (alerts, findings, incidents; none for the others): a link is marked
-- no wider than these and the case.
create function centinela_case_target_markings(kind text, target_uuid uuid)
returns setof centinela_marked
language sql stable
as $$
  select t.owner_agency, t.tlp, t.releasable_to, t.recipients from alerts t where $1 = 'alert' and t.id = $2
  union all
  select t.owner_agency, t.tlp, t.releasable_to, t.recipients from findings t where $1 = 'finding' and t.id = $2
  union all
  select t.owner_agency, t.tlp, t.releasable_to, t.recipients from incidents t where $1 = 'incident' and t.id = $2
$$;

create view case_links_visible with (security_invoker = true) as
  select l.* from case_links l
   where centinela_case_target_visible(l.target_kind, l.target_uuid, l.target_key);

-- Notes are append-only; a link or an assignment is removed, never edited (only markings change).
create or replace function centinela_cases_append_only() returns trigger
language plpgsql as $$
begin
  if tg_op = 'DELETE' and tg_table_name = 'case_notes' then
    raise exception '% is append-only', tg_table_name using errcode = '42501';
  end if;
  if tg_op = 'UPDATE' and (to_jsonb(new) - array['tlp', 'releasable_to', 'recipients'])
     is distinct from (to_jsonb(old) - array['tlp', 'releasable_to', 'recipients']) then
    raise exception '% is append-only: only the marking of a row may change', tg_table_name using errcode = '42501';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end;
$$;
create trigger case_notes_append_only before update or delete on case_notes
  for each row execute function centinela_cases_append_only();
create trigger case_links_append_only before update on case_links
  for each row execute function centinela_cases_append_only();
create trigger case_assignees_append_only before update on case_assignees
  for each row execute function centinela_cases_append_only();
