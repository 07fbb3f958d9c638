-- Diversion findings per consignment (bill of lading), recomputed when a consignment gets new
-- events; consignment_analyses remembers when each consignment was last analysed.

create table findings (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  bill_of_lading text not null,
  kind text not null check (kind in ('quantity_loss', 'unlicensed_receiver', 'route_deviation', 'dwell',
    'tracking_gap', 'split', 'transshipment', 'no_permit', 'permit_quota_exceeded', 'permit_expired')),
  severity text not null check (severity in ('low', 'medium', 'high')),
  evidence text[] not null,
  explanation_en text not null,
  explanation_es text not null,
  computed_at timestamptz not null
);
select centinela_mark('findings');
create index findings_bol on findings (bill_of_lading);
create index findings_kind on findings (kind);

-- Not intelligence (which consignment was analysed when, and its state), so not marked; the system writes it.
create table consignment_analyses (
  bill_of_lading text primary key,
  state text not null,
  analysed_at timestamptz not null,
  newest_record_time timestamptz
);
-- The API reads it only joined to consignments the caller can see (events or lines under row-level security).

-- The yearly quota of a permit sums the lines that cite it (findings.service.ts, linesByPermit):
-- an index on the declarations capability's table, created here because only custody reads by it.
create index declaration_lines_permit_id on declaration_lines (permit_id) where permit_id is not null;
