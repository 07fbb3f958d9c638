-- Identity the database verifies (docs/SECURITY.md). Until now the application role asserted the caller's user,
-- agency and nation in settings any connection could set. From here the application role sets only the secret
-- of the session or API token it authenticated the caller with (`centinela.credential`); SECURITY DEFINER
-- functions hash it and look it up in `credentials`, which the application role can no longer read or write,
-- and every policy derives user, agency and nation from that lookup. Without a live credential there is no
-- identity: marked rows and the unmarked system tables are invisible.

-- Accounts: a reset password must be changed at the next login; machine accounts (for API tokens) are marked.
alter table users add column must_change_password boolean not null default false;
alter table users add column machine boolean not null default false;

-- A per-installation secret: unknown usernames get stable fake password parameters derived from it, so the
-- parameters do not tell which usernames exist.
create table identity_secrets (
  singleton boolean primary key default true check (singleton),
  pepper text not null
);
insert into identity_secrets (pepper) values (encode(sha256(convert_to(gen_random_uuid()::text || clock_timestamp()::text, 'UTF8')), 'hex'));
revoke all on identity_secrets from centinela_app;

-- The verified identity of this transaction: the live credential whose secret is in `centinela.credential`.
-- `reads_intelligence` is false for an account whose only role is admin and for one that must change its
-- password first: such callers get no agency and so see no intelligence.
create type centinela_identity as (user_id uuid, agency text, nation text, roles user_role[], reads_intelligence boolean);

create function centinela_verified_identity() returns centinela_identity
language plpgsql stable security definer set search_path = public, pg_temp
as $$
declare
  secret text := current_setting('centinela.credential', true);
  found centinela_identity;
begin
  if secret is null or secret = '' then
    return null;
  end if;
  select u.id, u.agency, a.nation, u.roles,
         exists (select 1 from unnest(u.roles) r where r <> 'admin') and not u.must_change_password
    into found
  from credentials c join users u on u.id = c.user_id join agencies a on a.code = u.agency
  where c.token_hash = encode(sha256(convert_to(secret, 'UTF8')), 'hex')
    and c.revoked_at is null and (c.expires_at is null or c.expires_at > now()) and not u.disabled;
  return found;
end
$$;

create function centinela_current_user() returns uuid
language plpgsql stable security definer set search_path = public, pg_temp
as $$ begin return (centinela_verified_identity()).user_id; end $$;

create or replace function centinela_current_agency() returns text
language plpgsql stable security definer set search_path = public, pg_temp
as $$
declare
  me centinela_identity := centinela_verified_identity();
begin
  return case when me.reads_intelligence then me.agency end;
end
$$;

create or replace function centinela_current_nation() returns text
language plpgsql stable security definer set search_path = public, pg_temp
as $$
declare
  me centinela_identity := centinela_verified_identity();
begin
  return case when me.reads_intelligence then me.nation end;
end
$$;

-- Administrators act on accounts; their agency and nation scope what they may administer.
create function centinela_current_admin_agency() returns text
language plpgsql stable security definer set search_path = public, pg_temp
as $$
declare
  me centinela_identity := centinela_verified_identity();
begin
  return case when 'admin' = any (me.roles) then me.agency end;
end
$$;

-- The rule, unchanged, for SQL that names it; the policies below spell it out with the identity read once per
-- statement (`(select …)` becomes an initplan), because a per-row call would repeat the credential lookup.
create or replace function centinela_visible(owner_agency text, marking tlp, releasable_to text[], recipients text[])
returns boolean
language sql stable parallel safe
as $$
  select owner_agency = centinela_current_agency()
      or (centinela_current_nation() = any (releasable_to)
          and (marking in ('clear', 'green', 'amber') or centinela_current_agency() = any (recipients)))
$$;

create function centinela_mark_policies(target regclass) returns void
language plpgsql
as $$
begin
  execute format('drop policy if exists marking_read on %s', target);
  execute format('drop policy if exists marking_insert on %s', target);
  execute format('drop policy if exists marking_update on %s', target);
  execute format('drop policy if exists marking_delete on %s', target);
  execute format($p$create policy marking_read on %s for select using (
      owner_agency = (select centinela_current_agency())
      or ((select centinela_current_nation()) = any (releasable_to)
          and (tlp in ('clear', 'green', 'amber') or (select centinela_current_agency()) = any (recipients))))$p$, target);
  execute format('create policy marking_insert on %s for insert with check (owner_agency = (select centinela_current_agency()))', target);
  execute format('create policy marking_update on %s for update using (owner_agency = (select centinela_current_agency())) with check (owner_agency = (select centinela_current_agency()))', target);
  execute format('create policy marking_delete on %s for delete using (owner_agency = (select centinela_current_agency()))', target);
end
$$;

create or replace function centinela_mark(target regclass) returns void
language plpgsql
as $$
begin
  execute format('alter table %s enable row level security', target);
  execute format('alter table %s force row level security', target);
  perform centinela_mark_policies(target);
  execute format('create trigger marking_normalise before insert or update of owner_agency, releasable_to, recipients on %s for each row execute function centinela_marking_normalise()', target);
  execute format('create index on %s (owner_agency)', target);
end
$$;

-- Every table marked so far gets the new policies.
do $$
declare
  t regclass;
begin
  for t in select distinct format('%I.%I', schemaname, tablename)::regclass from pg_policies
           where schemaname = 'public' and policyname = 'marking_read'
  loop
    perform centinela_mark_policies(t);
  end loop;
end
$$;

-- Unmarked tables: nothing without a verified identity. A permissive policy lets everything through and a
-- restrictive one (ANDed with any policy added later) demands the identity, so a later, narrower permissive
-- policy must replace the `*_open` one, not sit beside it.
create function centinela_guard(target regclass, needs text) returns void
language plpgsql
as $$
declare
  name text := (select relname from pg_class where oid = target);
begin
  execute format('alter table %s enable row level security', target);
  execute format('create policy %I on %s for all using (true) with check (true)', name || '_open', target);
  execute format('create policy %I on %s as restrictive for all using (%s) with check (%s)',
                 name || '_verified', target, needs, needs);
end
$$;

select centinela_guard('nations', '(select centinela_current_user()) is not null');
select centinela_guard('agencies', '(select centinela_current_user()) is not null');
select centinela_guard('consignment_analyses', '(select centinela_current_agency()) is not null');
select centinela_guard('entities', '(select centinela_current_agency()) is not null');
select centinela_guard('resolution_runs', '(select centinela_current_agency()) is not null');

-- Nations and agencies are set up by the installation's owner (`centinela setup`, `nations add`, `agencies add`).
revoke insert, update, delete, truncate on nations, agencies from centinela_app;

-- Credentials: the application role neither reads nor writes them; the functions below do, after their checks.
revoke all on credentials from centinela_app;

-- Users: every column but the password hash is readable with an identity; an admin writes accounts, a user
-- changes only their own preferences and password (the rules of 0561_admin_rules.sql).
alter table users enable row level security;
create policy users_read on users for select using ((select centinela_current_user()) is not null);
create policy users_insert on users for insert with check ((select centinela_current_admin_agency()) is not null);
create policy users_update on users for update
  using ((select centinela_current_admin_agency()) is not null or id = (select centinela_current_user()));
revoke select, delete, truncate on users from centinela_app;
grant select (id, username, display_name, agency, roles, locale, disabled, created_at, must_change_password, machine)
  on users to centinela_app;

-- Login, in two steps so that the stored hash never leaves the database: the parameters of the user's scrypt
-- hash (scheme, cost and salt; fake but stable for an unknown username), then the candidate hash the
-- application computed from them, compared here; on a match a session is opened.
create function centinela_password_parameters(login text) returns text
language sql stable security definer set search_path = public, pg_temp
as $$
  select coalesce(
    (select regexp_replace(password_hash, '\$[^$]*$', '') from users where username = login),
    'scrypt$32768$8$1$' || substr(translate(encode(sha256(convert_to((select pepper from identity_secrets) || login, 'UTF8')), 'base64'), '+/=', '-_'), 1, 22))
$$;

create function centinela_open_session(login text, candidate text, token_hash text, expires timestamptz)
returns uuid
language plpgsql volatile security definer set search_path = public, pg_temp
as $$
declare
  account uuid;
begin
  select id into account from users where username = login and password_hash = candidate and not disabled;
  if account is null then
    return null;
  end if;
  insert into credentials (token_hash, kind, user_id, expires_at)
  values (token_hash, 'session', account, least(expires, now() + interval '24 hours'));
  return account;
end
$$;

-- The verified caller's own password, checked before it changes it.
create function centinela_own_password_matches(candidate text) returns boolean
language sql stable security definer set search_path = public, pg_temp
as $$ select exists (select 1 from users where id = centinela_current_user() and password_hash = candidate) $$;

create function centinela_own_password_parameters() returns text
language sql stable security definer set search_path = public, pg_temp
as $$ select regexp_replace(password_hash, '\$[^$]*$', '') from users where id = centinela_current_user() $$;

-- An API token: for the caller's own account, or by an administrator for a machine account of their agency.
create function centinela_issue_token(account uuid, token_hash text, token_label text) returns void
language plpgsql volatile security definer set search_path = public, pg_temp
as $$
declare
  me uuid := centinela_current_user();
  admin_agency text := centinela_current_admin_agency();
begin
  if me is null then
    raise exception 'no verified identity' using errcode = '42501';
  end if;
  if account <> me and not exists (
       select 1 from users where id = account and machine and agency = admin_agency) then
    raise exception 'a token is issued only for one''s own account or a machine account of one''s agency'
      using errcode = '42501';
  end if;
  insert into credentials (token_hash, kind, user_id, label) values (token_hash, 'api', account, token_label);
end
$$;

-- Ends the caller's own credential (logout).
create function centinela_revoke_credential(token_hash text) returns void
language sql volatile security definer set search_path = public, pg_temp
as $$
  update credentials c set revoked_at = now()
  where c.token_hash = centinela_revoke_credential.token_hash and c.user_id = centinela_current_user()
    and c.revoked_at is null
$$;

-- Ends every session of an account (a password change or reset), except optionally the caller's current one:
-- the account's own user, or an administrator of its agency or nation (the application checks the scope).
create function centinela_revoke_sessions(account uuid, keep_token_hash text) returns integer
language plpgsql volatile security definer set search_path = public, pg_temp
as $$
declare
  n integer;
begin
  if account is distinct from centinela_current_user() and centinela_current_admin_agency() is null then
    raise exception 'only the user or an administrator ends sessions' using errcode = '42501';
  end if;
  update credentials set revoked_at = now()
  where user_id = account and kind = 'session' and revoked_at is null
    and token_hash is distinct from keep_token_hash;
  get diagnostics n = row_count;
  return n;
end
$$;

-- Live API tokens of an account, without their hashes (the admin screens list them).
create function centinela_tokens_of(account uuid)
returns table (label text, created_at timestamptz, token_id text)
language sql stable security definer set search_path = public, pg_temp
as $$
  select c.label, c.created_at, substr(c.token_hash, 1, 12)
  from credentials c
  where c.user_id = account and c.kind = 'api' and c.revoked_at is null
    and (account = centinela_current_user()
         or exists (select 1 from users u where u.id = account and u.agency = centinela_current_admin_agency()))
  order by c.created_at
$$;

revoke execute on function centinela_verified_identity() from public;
grant execute on function centinela_verified_identity() to centinela_app;
