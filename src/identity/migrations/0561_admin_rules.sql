-- Administrators without intelligence (docs/SECURITY.md), enforced where the application role cannot go around
-- them: no one changes their own roles, agency or status; a role that reads intelligence (any but admin) is
-- granted only through a pending request that a second administrator approves; an administrator grants such
-- roles only to accounts of their own nation (for another nation, only administrators). The HTTP routes check
-- the same rules first to answer with a clear error code; this trigger is what holds against raw SQL.

alter table users drop constraint if exists users_roles_check; -- an account may wait for its first roles
alter table users add column pending_roles user_role[];
alter table users add column pending_requested_by uuid references users (id);
alter table users add column pending_requested_at timestamptz;
grant select (pending_roles, pending_requested_by, pending_requested_at) on users to centinela_app;

create function centinela_grants_intelligence(granted user_role[], held user_role[]) returns boolean
language sql immutable parallel safe
as $$ select exists (select 1 from unnest(coalesce(granted, '{}')) r where r <> 'admin' and not (r = any (coalesce(held, '{}')))) $$;

create function centinela_only_admin(roles user_role[]) returns boolean
language sql immutable parallel safe
as $$ select not exists (select 1 from unnest(coalesce(roles, '{}')) r where r <> 'admin') $$;

create function users_guard_changes() returns trigger
language plpgsql
as $$
declare
  me centinela_identity := centinela_verified_identity();
  is_admin boolean := 'admin' = any (coalesce(me.roles, '{}'));
  account_nation text;
begin
  if current_user <> 'centinela_app' then
    return new; -- the schema owner: setup, the demo seed, migrations
  end if;
  if me.user_id is null then
    raise exception 'no verified identity' using errcode = '42501';
  end if;
  select nation into account_nation from agencies where code = new.agency;
  if tg_op = 'INSERT' then
    if not is_admin then
      raise exception 'only an administrator creates accounts' using errcode = '42501';
    end if;
    if not centinela_only_admin(new.roles) then
      raise exception 'roles that read intelligence are granted by a second administrator''s approval'
        using errcode = '42501';
    end if;
    if new.pending_roles is not null then
      new.pending_requested_by := me.user_id;
      new.pending_requested_at := now();
    end if;
  else
    if new.id = me.user_id and (new.roles is distinct from old.roles or new.agency is distinct from old.agency
        or new.disabled is distinct from old.disabled or new.machine is distinct from old.machine
        or new.pending_roles is distinct from old.pending_roles) then
      raise exception 'no one changes their own roles, agency or status' using errcode = '42501';
    end if;
    if not is_admin and (new.username is distinct from old.username or new.display_name is distinct from old.display_name
        or new.roles is distinct from old.roles or new.agency is distinct from old.agency
        or new.disabled is distinct from old.disabled or new.machine is distinct from old.machine
        or new.pending_roles is distinct from old.pending_roles
        or (new.must_change_password and not old.must_change_password)) then
      raise exception 'only an administrator changes an account' using errcode = '42501';
    end if;
    if centinela_grants_intelligence(new.roles, old.roles) then
      if old.pending_roles is distinct from new.roles or old.pending_requested_by is null
          or old.pending_requested_by = me.user_id then
        raise exception 'roles that read intelligence are granted by a second administrator''s approval'
          using errcode = '42501';
      end if;
      new.pending_roles := null;
      new.pending_requested_by := null;
      new.pending_requested_at := null;
    elsif new.pending_roles is distinct from old.pending_roles and new.pending_roles is not null then
      new.pending_requested_by := me.user_id;
      new.pending_requested_at := now();
    end if;
    if new.agency is distinct from old.agency and not centinela_only_admin(old.roles) then
      raise exception 'an account that reads intelligence does not move agency' using errcode = '42501';
    end if;
  end if;
  if account_nation is distinct from me.nation
      and not (centinela_only_admin(new.roles) and centinela_only_admin(new.pending_roles)
               and (tg_op = 'INSERT' or centinela_only_admin(old.roles))) then
    raise exception 'an administrator of one nation manages only the administrators of another'
      using errcode = '42501';
  end if;
  return new;
end
$$;

create trigger users_guard before insert or update on users for each row execute function users_guard_changes();
