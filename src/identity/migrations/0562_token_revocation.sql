-- Revoking an API token from the admin screens. The application role neither reads nor writes credentials
-- (0560_verified_identity.sql), so revocation is a function with the same scope as listing
-- (`centinela_tokens_of`): one's own account, or an account of the administrator's own agency. A token is
-- named by the short id the list shows (the first 12 hex digits of its hash), never by its secret.
create function centinela_revoke_token(account uuid, token_id text) returns integer
language plpgsql volatile security definer set search_path = public, pg_temp
as $$
declare
  me uuid := centinela_current_user();
  n integer;
begin
  if me is null then
    raise exception 'no verified identity' using errcode = '42501';
  end if;
  if account <> me and not exists (
       select 1 from users where id = account and agency = centinela_current_admin_agency()) then
    raise exception 'a token is revoked only for one''s own account or an account of one''s agency'
      using errcode = '42501';
  end if;
  update credentials set revoked_at = now()
  where user_id = account and kind = 'api' and revoked_at is null and substr(token_hash, 1, 12) = token_id;
  get diagnostics n = row_count;
  return n;
end
$$;

revoke execute on function centinela_revoke_token(uuid, text) from public;
grant execute on function centinela_revoke_token(uuid, text) to centinela_app;
