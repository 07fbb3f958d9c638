-- An entity list read is audited naming each listed entity's anchor with the markings of its members (what the
-- list shows, names and RFCs, comes from all of them). Reading those markings joined every member of the page's
-- entities (about 50,000 rows for the medium world's largest, ~0.7 s a page); they are stored on the entity with
-- the other list summaries (0621), refreshed by the same triggers: a member's marking changes with its record's
-- (0540), and that update refreshes the entity.
alter table entities add column member_markings jsonb not null default '[]';

create or replace function centinela_entity_summaries(ids uuid[]) returns void
language sql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
  update entities e
     set (name, names, rfcs, record_count, first_record_id, member_markings) = (
       select mode() within group (order by nullif(p.name, '') collate "C"),
              coalesce(array_agg(distinct p.name) filter (where p.name <> ''), '{}'),
              coalesce(array_agg(distinct p.rfc_norm) filter (where p.rfc_norm is not null), '{}'),
              count(*)::integer,
              min(p.record_id),
              coalesce(jsonb_agg(distinct jsonb_build_object(
                'owner_agency', m.owner_agency, 'tlp', m.tlp, 'releasable_to', m.releasable_to,
                'recipients', m.recipients)), '[]')
         from entity_members m join party_records p on p.id = m.party_record_id
        where m.entity_id = e.id)
   where e.id = any (ids)
$$;
revoke execute on function centinela_entity_summaries(uuid[]) from public;

select centinela_entity_summaries(array(select id from entities));
