-- Customs declarations (pedimentos) and their goods lines, as imported from the declarations CSV.
-- Column names are the CSV's (BRIEF "Declarations CSV"): custody joins on bill_of_lading,
-- container_no, consignee_rfc, destination, cas_number, quantity_kg, permit_id, declared_at,
-- port_locode; resolution reads the importer, consignee and broker fields.
create table declarations (
  id text primary key, -- the pedimento number as declared (declaration_id in the CSV)
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  declared_at timestamptz not null,
  port_locode text not null,
  customs_office text not null default '',
  origin_country text not null,
  vessel_imo text,
  importer_name text not null,
  importer_rfc text not null default '',
  importer_address text not null default '',
  broker_name text not null default '',
  imported_at timestamptz not null default now(),
  imported_by uuid references users (id)
);
select centinela_mark('declarations');
create index on declarations (declared_at);
create index on declarations (port_locode);
create index on declarations (importer_rfc);

create table declaration_lines (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  declaration_id text not null references declarations (id),
  line_no integer not null check (line_no > 0),
  -- Copied from the declaration so that a line joins on its own (custody, findings).
  declared_at timestamptz not null,
  port_locode text not null,
  importer_name text not null,
  importer_rfc text not null default '',
  broker_name text not null default '',
  container_no text,
  bill_of_lading text not null,
  consignee_name text not null,
  consignee_rfc text not null default '',
  consignee_address text not null default '',
  hs_code text not null,
  goods_description text not null,
  cas_number text,
  smiles text,
  quantity_kg numeric not null check (quantity_kg > 0),
  declared_value_usd numeric not null check (declared_value_usd >= 0),
  permit_id text,
  destination text not null default '',
  extra jsonb not null default '{}', -- unknown CSV columns, kept as they came
  -- The screening verdict at import time, with the control list version that gave it.
  verdict text not null check (verdict in ('controlled', 'analog', 'watch', 'clear')),
  substance_id text,
  score real not null default 0,
  reasons jsonb not null default '[]',
  list_version text not null,
  unique (declaration_id, line_no)
);
select centinela_mark('declaration_lines');
create index on declaration_lines (bill_of_lading);
create index on declaration_lines (container_no);
create index on declaration_lines (consignee_rfc);
create index on declaration_lines (verdict) where verdict <> 'clear';
