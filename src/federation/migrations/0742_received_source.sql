-- Where a received object was pulled from is a peer's collection URL: the address of the peer's server, which
-- 0741 shows to administrators only. The two reads of received objects (src/federation/received.repository.ts)
-- answer it through these functions, so an analyst sees which peer sent an object, not where that peer listens.
--
-- The registered peer a collection URL belongs to (the same scheme, host and port), read as the schema owner:
-- the application role cannot read `peers`, whose rows hold tokens. A name is what every user already reads in
-- `peer_sync_status`.
create function centinela_source_peer(source text) returns text
  language sql stable security definer set search_path = public, pg_temp as $$
    select p.name from peers p
     where source is not null and p.url is not null
       and substring(p.url from '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]+') = substring(source from '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]+')
     order by p.name limit 1
  $$;
revoke all on function centinela_source_peer(text) from public;
grant execute on function centinela_source_peer(text) to centinela_app;

-- The source URL itself, for an administrator only.
create function centinela_admin_source(source text) returns text
  language sql stable as $$
    select case when (select centinela_current_admin_agency()) is not null then source end
  $$;
