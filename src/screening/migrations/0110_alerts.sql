-- Screening alerts: one per declaration line that is not clear, worked by customs analysts.
-- An alert carries the marking of its line (never wider) and the owner agency of the importer.
create table alerts (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  line_id uuid not null references declaration_lines (id),
  declaration_id text not null,
  line_no integer not null,
  verdict text not null check (verdict in ('controlled', 'analog', 'watch')),
  substance_id text,
  score real not null,
  reasons jsonb not null default '[]',
  port_locode text not null,
  declared_at timestamptz not null,
  status text not null default 'open'
    check (status in ('open', 'acknowledged', 'assigned', 'dismissed', 'escalated')),
  assignee uuid references users (id),
  dismiss_reason text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (declaration_id, line_no),
  check (status <> 'dismissed' or length(trim(coalesce(dismiss_reason, ''))) > 0),
  check (status <> 'assigned' or assignee is not null)
);
select centinela_mark('alerts');
create index on alerts (status, score desc);
create index on alerts (declared_at);
create index on alerts (port_locode);
create index on alerts (substance_id);

-- The history of what analysts did with each alert (the audit trail records it too, hash-chained).
create table alert_actions (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  alert_id uuid not null references alerts (id),
  action text not null check (action in ('acknowledge', 'assign', 'dismiss', 'escalate')),
  from_status text not null,
  to_status text not null,
  actor_user uuid references users (id),
  assignee uuid references users (id),
  reason text,
  at timestamptz not null default now()
);
select centinela_mark('alert_actions');
create index on alert_actions (alert_id, at);
