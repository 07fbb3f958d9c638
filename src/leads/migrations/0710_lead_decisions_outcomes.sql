-- What analysts did with the leads: decisions (accept, reject, merge into another lead) with a reason, and
-- outcomes of a search (found, nothing found) with a note. Leads themselves are not stored: each user's are
-- computed from what that user may read. Both tables are marked like every record (centinela_mark: the read
-- policy of 0628, owner-only writes) and append-only: a row's content never changes and no row is deleted; only
-- its marking may change (owner-only, through the markings capability).

create table lead_decisions (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  -- `lead-<H3 cell>`: a lead is its cell
  lead_id text not null check (lead_id ~ '^lead-[0-9a-f]{15}$'),
  action text not null check (action in ('accept', 'reject', 'merge')),
  merged_into text check (merged_into ~ '^lead-[0-9a-f]{15}$'),
  reason text not null check (length(btrim(reason)) > 0),
  decided_by uuid not null references users (id),
  decided_at timestamptz not null default now(),
  check ((action = 'merge') = (merged_into is not null)),
  check (merged_into is distinct from lead_id)
);
select centinela_mark('lead_decisions');
create index lead_decisions_lead on lead_decisions (lead_id, decided_at desc);

create table lead_outcomes (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  lead_id text not null check (lead_id ~ '^lead-[0-9a-f]{15}$'),
  outcome text not null check (outcome in ('found', 'nothing_found')),
  note text not null default '',
  -- where and when the search was made (the lead's cell centre unless the body said otherwise)
  lat double precision not null check (lat between -90 and 90),
  lon double precision not null check (lon between -180 and 180),
  observed_at timestamptz not null,
  recorded_by uuid not null references users (id),
  recorded_at timestamptz not null default now()
);
select centinela_mark('lead_outcomes');
create index lead_outcomes_lead on lead_outcomes (lead_id, observed_at desc);
create index lead_outcomes_observed on lead_outcomes (observed_at);

-- Append-only: an update may change the marking columns only; a delete is refused.
create or replace function centinela_leads_append_only() returns trigger
language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    raise exception '% is append-only', tg_table_name using errcode = '42501';
  end if;
  if (to_jsonb(new) - array['tlp', 'releasable_to', 'recipients'])
     is distinct from (to_jsonb(old) - array['tlp', 'releasable_to', 'recipients']) then
    raise exception '% is append-only: only the marking of a row may change', tg_table_name using errcode = '42501';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end;
$$;
create trigger lead_decisions_append_only before update or delete on lead_decisions
  for each row execute function centinela_leads_append_only();
create trigger lead_outcomes_append_only before update or delete on lead_outcomes
  for each row execute function centinela_leads_append_only();
