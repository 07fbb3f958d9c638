-- The permit registry (owned by the health regulator) and the places events name.

create table permits (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  permit_id text not null,
  holder_rfc text not null,
  holder_name text not null,
  substance_cas text not null,
  max_kg_per_year double precision not null check (max_kg_per_year > 0),
  valid_from date not null,
  valid_to date not null,
  -- '' when the permit covers every site of its holder (keeps the natural key a plain unique index)
  site_id text not null default '',
  updated_at timestamptz not null,
  updated_by uuid,
  check (valid_from <= valid_to)
);
select centinela_mark('permits');
create unique index permits_natural_key on permits (permit_id, substance_cas, site_id);
create index permits_substance on permits (substance_cas);
create index permits_holder on permits (holder_rfc);

create table locations (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'green',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  location_id text not null unique,
  name text not null,
  kind text not null,
  lat double precision not null check (lat between -90 and 90),
  lon double precision not null check (lon between -180 and 180),
  operator_rfc text,
  updated_at timestamptz not null
);
select centinela_mark('locations');
