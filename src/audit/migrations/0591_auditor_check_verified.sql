-- Who is an auditor comes from the verified identity (0560: the session or token the database checked), not from
-- `centinela.user_id`, a setting the application role can assert: with 0590's check, a non-auditor with a live
-- session could name an auditor's id there and read the entries its own agency may see.
create or replace function centinela_current_user_is_auditor() returns boolean
language sql stable security definer
set search_path = public, pg_temp
as $$
  select exists (
    select 1 from users
    where id = centinela_current_user()
      and 'auditor' = any (roles) and not disabled)
$$;
