-- A registered place a finding's explanation names is an input of the finding (src/custody/findings.service.ts,
-- placesNamed): the finding cites it in its typed evidence as 'location:<row id>' and is marked no wider than
-- it. Narrowing the location narrows those findings too, as narrowing an event or a permit narrows the findings
-- citing it (0530); the rest is 0490's, unchanged.
create or replace function centinela_narrow_from_location() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  perform centinela_narrow_derived('party_records', 'd.record_id = any ($1)',
    array['location:' || old.location_id || ':operator', 'location:' || new.location_id || ':operator'],
    new.tlp, new.releasable_to, new.recipients);
  perform centinela_narrow_derived('findings', 'd.evidence_refs && $1', array['location:' || new.id::text],
    new.tlp, new.releasable_to, new.recipients);
  -- A track places an event with no position of its own at the place it names (src/custody/tracks.ts),
  -- so it is drawn from the location too: by the event's bill of lading, or its container's lines.
  perform centinela_narrow_derived('consignment_tracks', 'd.bill_of_lading = any ($1)',
    array(select e.bol from epcis_events e
           where e.bol is not null and e.lat is null
             and coalesce(e.biz_location, e.read_point) in (old.location_id, new.location_id)
          union
          select l.bill_of_lading from epcis_events e join declaration_lines l on l.container_no = e.container_no
           where e.bol is null and e.lat is null
             and coalesce(e.biz_location, e.read_point) in (old.location_id, new.location_id)),
    new.tlp, new.releasable_to, new.recipients);
  return null;
end
$$;
