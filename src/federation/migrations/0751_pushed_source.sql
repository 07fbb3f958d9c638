-- What a peer pushed (src/federation/inbox.ts) is stored with the source `push:<the peer account's user id>`, as
-- a pull stores its collection URL: the received view can then say which peer sent it, where it said "file
-- import" before. The peer a source belongs to: for a push, the peer whose machine account pushed; for a pull,
-- the peer whose URL has the same origin (0742). Read as the schema owner: `peers` holds tokens.
create or replace function centinela_source_peer(source text) returns text
  language sql stable security definer set search_path = public, pg_temp as $$
    select p.name from peers p
     where source is not null
       and case when source like 'push:%' then p.user_id::text = substring(source from 6)
                else p.url is not null
                     and substring(p.url from '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]+')
                       = substring(source from '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]+') end
     order by p.name limit 1
  $$;
