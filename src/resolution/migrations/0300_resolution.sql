-- Entity resolution: party records extracted from every source, the entities they resolve into,
-- the links that explain each merge, analysts' decisions, and the trained model.
--
-- Visibility: an entity is seen only through its member records. party_records carries the marking
-- of the source row it was extracted from; entity_members the marking of its record; entity_links
-- a marking no wider than both of its records, and the repository reads a link only joined to both
-- records (so row-level security on party_records hides a link to any record the caller cannot see).
-- The entities table holds no content (no name, no field), only an id and a status.

create table party_records (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  record_id text not null unique, -- decl:<declaration_id>:<line_no>:<role>, permit:<id>:holder, location:<id>:operator
  source text not null check (source in ('declaration', 'permit', 'location', 'report')),
  role text not null check (role in ('importer', 'consignee', 'broker', 'holder', 'operator', 'party')),
  name text not null,
  rfc text,
  address text,
  phone text,
  -- normalised keys, for search and for the network (addresses and phones are nodes)
  name_core text not null,
  rfc_norm text,
  rfc_warnings text[] not null default '{}',
  address_key text,
  phone_norm text,
  -- what the record links to in the network
  declaration_id text,
  bill_of_lading text,
  permit_id text,
  location_id text,
  extracted_at timestamptz not null default now()
);
select centinela_mark('party_records');
create index party_records_name_core on party_records (name_core);
create index party_records_rfc on party_records (rfc_norm);
create index party_records_bol on party_records (bill_of_lading);
create index party_records_address on party_records (address_key);
create index party_records_phone on party_records (phone_norm);
create index party_records_permit on party_records (permit_id);
create index party_records_location on party_records (location_id);

create table entities (
  id uuid primary key,
  status text not null default 'resolved' check (status in ('resolved', 'confirmed')),
  resolved_at timestamptz not null default now()
);

create table entity_members (
  party_record_id uuid primary key references party_records (id) on delete cascade,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  entity_id uuid not null references entities (id) on delete cascade
);
select centinela_mark('entity_members');
create index entity_members_entity on entity_members (entity_id);

create table entity_links (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  entity_id uuid not null references entities (id) on delete cascade,
  record_a uuid not null references party_records (id) on delete cascade,
  record_b uuid not null references party_records (id) on delete cascade,
  reason text not null check (reason in ('identical', 'match', 'confirmed')),
  weight double precision,
  probability double precision,
  support double precision,
  -- [{comparison, level, weight}]: which fields agreed, with what weight
  fields jsonb not null default '[]'
);
select centinela_mark('entity_links');
create index entity_links_entity on entity_links (entity_id);

create table resolution_decisions (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  kind text not null check (kind in ('confirm', 'split')),
  entity_id uuid,
  record_ids text[] not null check (cardinality(record_ids) > 0),
  other_record_ids text[] not null default '{}',
  reason text not null default '',
  decided_by uuid references users (id),
  decided_at timestamptz not null default now()
);
select centinela_mark('resolution_decisions');

-- Not intelligence: the m/u probabilities of the last full run and its figures.
create table resolution_runs (
  id bigserial primary key,
  ran_at timestamptz not null default now(),
  records integer not null,
  entities integer not null,
  model jsonb not null
);
