-- Finding ids are keyed hashes of what a finding says and cites (src/custody/finding-id.ts), no longer random:
-- the same derivation gives the same id, in the next analysis and in a database holding only what a reader may
-- see (issue 11). They do not name the class's agencies (which other agencies share a reader's class is not
-- the reader's to see), so two visibility classes that derive the same finding from the same rows give it the
-- same id: each reads its own row (the read policy is by viewers, 0510), and the key of a row is its id and
-- its class. An agency is in one class of a consignment, so it reads at most one row of an id.
alter table findings drop constraint findings_pkey;
alter table findings add primary key (id, viewers);

-- Rows of one id are of disjoint classes; when an input's marking changes, the agencies that lost it leave
-- the viewers of what was derived from it (0531). Rows that every viewer left would all become (id, '{}'):
-- they are read by no one and the next analysis replaces them, so they are deleted first.
create or replace function centinela_derived_follow(bols text[], lost text[]) returns void
language plpgsql
set search_path = pg_catalog, public, pg_temp
as $$
begin
  if cardinality(bols) = 0 then
    return;
  end if;
  if cardinality(lost) > 0 then
    delete from findings where bill_of_lading = any (bols) and viewers <@ lost;
    update findings set viewers = array(select v from unnest(viewers) v where v <> all (lost) order by v)
     where bill_of_lading = any (bols) and viewers && lost;
    update consignment_tracks set viewers = array(select v from unnest(viewers) v where v <> all (lost) order by v)
     where bill_of_lading = any (bols) and viewers && lost;
    update finding_actions set viewers = array(select v from unnest(viewers) v where v <> all (lost) order by v)
     where bill_of_lading = any (bols) and viewers && lost;
  end if;
  update consignment_analyses set stale = true where bill_of_lading = any (bols) and not stale;
end
$$;
revoke execute on function centinela_derived_follow(text[], text[]) from public;
