-- Findings name what they cite by typed row references (findings.evidence_refs, 0502): an event narrows the
-- findings that cite 'event:<its row id>', a permit those that cite 'permit:<its row id>'. Matching the readable
-- evidence let an event whose eventID reads 'permit:<number>' stand for the permit (a narrowing of the event
-- narrowed the permit's findings, and the analysis took the event's marking for the permit's). Findings stored
-- before 0502 have no typed references: they are matched by their readable evidence until re-analysed.
create or replace function centinela_narrow_from_epcis_event() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  perform centinela_narrow_derived('findings',
    'd.evidence_refs && $1 or (d.evidence_refs = ''{}'' and d.evidence && $1)',
    array['event:' || new.id::text, old.event_id, new.event_id], new.tlp, new.releasable_to, new.recipients);
  perform centinela_narrow_derived('consignment_tracks', 'd.bill_of_lading = any ($1)',
    array(select b from unnest(array[old.bol, new.bol]) b where b is not null
          union
          select l.bill_of_lading from declaration_lines l
           where l.container_no in (select c from unnest(array[old.container_no, new.container_no]) c)
             and (old.bol is null or new.bol is null)),
    new.tlp, new.releasable_to, new.recipients);
  return null;
end
$$;

create or replace function centinela_narrow_from_permit() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  perform centinela_narrow_derived('findings',
    'd.evidence_refs && $1 or (d.evidence_refs = ''{}'' and d.evidence && $1)',
    array['permit:' || new.id::text, 'permit:' || old.permit_id, 'permit:' || new.permit_id],
    new.tlp, new.releasable_to, new.recipients);
  perform centinela_narrow_derived('party_records', 'd.record_id = any ($1)',
    array['permit:' || old.permit_id || ':holder', 'permit:' || new.permit_id || ':holder'],
    new.tlp, new.releasable_to, new.recipients);
  return null;
end
$$;
