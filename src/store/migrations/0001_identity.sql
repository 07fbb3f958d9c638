-- Who is who: nations, agencies, users, sessions and machine tokens; and the application role.

do $$
begin
  create role centinela_app login nosuperuser nocreatedb nocreaterole noinherit;
exception when duplicate_object or unique_violation then
  null; -- the role is cluster-wide: another database on this server created it already
end $$;

alter default privileges in schema public grant select, insert, update, delete on tables to centinela_app;
alter default privileges in schema public grant usage, select on sequences to centinela_app;
grant usage on schema public to centinela_app;

create table nations (
  code text primary key check (code ~ '^[A-Z]{3}$'), -- ISO 3166-1 alpha-3
  name_en text not null,
  name_es text not null
);

create table agencies (
  code text primary key check (code ~ '^[A-Z0-9][A-Z0-9-]{1,31}$'),
  nation text not null references nations (code),
  name_en text not null,
  name_es text not null
);

create type user_role as enum ('analyst', 'regulator', 'advisor', 'commander', 'auditor', 'admin');

create table users (
  id uuid primary key,
  username text not null unique check (username ~ '^[a-z0-9._-]{3,64}$'),
  display_name text not null,
  agency text not null references agencies (code),
  roles user_role[] not null check (cardinality(roles) > 0),
  password_hash text not null,
  locale text not null default 'es' check (locale in ('es', 'en')),
  disabled boolean not null default false,
  created_at timestamptz not null default now()
);

-- Browser sessions and machine API tokens: only a SHA-256 of the secret is stored.
create table credentials (
  token_hash text primary key,
  kind text not null check (kind in ('session', 'api')),
  user_id uuid not null references users (id) on delete cascade,
  label text,
  created_at timestamptz not null default now(),
  expires_at timestamptz,
  revoked_at timestamptz
);
create index credentials_user on credentials (user_id);
