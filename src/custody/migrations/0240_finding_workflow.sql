-- Findings become workable like screening alerts: the same statuses and checks (src/screening/alert-workflow.ts),
-- and a marked history. A re-analysis deletes a consignment's findings and inserts new ones with new ids, so
-- the work is keyed by what survives it, (bill_of_lading, kind): replaceFindings carries the status over to the
-- new findings of the same pair, and the history names the pair (docs/FINDINGS.md "Working findings").
alter table findings
  add column status text not null default 'open'
    check (status in ('open', 'acknowledged', 'assigned', 'dismissed', 'escalated')),
  add column assignee uuid references users (id),
  add column dismiss_reason text,
  add column updated_at timestamptz,
  -- The consignment's declared date (its earliest line) and port (the alphabetically first of its lines, as
  -- consignment_tracks names it): copied at analysis, like an alert carries its line's, so the queue filters
  -- and sorts on indexed columns. Null when the consignment has no declaration line.
  add column declared_at timestamptz,
  add column port_locode text,
  add constraint findings_dismiss_reason check (status <> 'dismissed' or length(trim(coalesce(dismiss_reason, ''))) > 0),
  add constraint findings_assignee check (status <> 'assigned' or assignee is not null);

update findings f
   set updated_at = f.computed_at,
       declared_at = l.declared_at,
       port_locode = l.port_locode
  from (select bill_of_lading, min(declared_at) as declared_at, min(port_locode) as port_locode
          from declaration_lines group by bill_of_lading) l
 where l.bill_of_lading = f.bill_of_lading;
update findings set updated_at = computed_at where updated_at is null;
alter table findings alter column updated_at set not null, alter column updated_at set default now();

create index findings_status on findings (status);
create index findings_declared_at on findings (declared_at);
create index findings_port on findings (port_locode);
create index findings_bol_kind on findings (bill_of_lading, kind);

-- What analysts (and the analysis, when it reopens a dismissed finding whose severity rose) did with a
-- consignment's finding of a kind. No foreign key to findings: the finding acted on is replaced at the next
-- analysis, and its id here is information only. Marked like its finding (never wider), and narrowed when a
-- finding of the pair is (src/markings/migrations/0491_finding_actions_narrowing.sql).
create table finding_actions (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  bill_of_lading text not null,
  kind text not null,
  finding_id uuid,
  action text not null check (action in ('acknowledge', 'assign', 'dismiss', 'escalate', 'reopen')),
  from_status text not null check (from_status in ('open', 'acknowledged', 'assigned', 'dismissed', 'escalated')),
  to_status text not null check (to_status in ('open', 'acknowledged', 'assigned', 'dismissed', 'escalated')),
  actor_user uuid references users (id), -- null: the analysis (a reopen)
  assignee uuid references users (id),
  reason text,
  at timestamptz not null default now()
);
select centinela_mark('finding_actions');
create index finding_actions_pair on finding_actions (bill_of_lading, kind, at);
