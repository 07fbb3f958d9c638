-- The consignment list pages over stored summaries instead of aggregating at read time (docs/PERFORMANCE.md
-- "Where the medium world's requests go": ordering by each consignment's last event aggregated every visible
-- event, 1.1 M on the medium world, before the page was cut). What the list shows and orders by is derived with
-- each visibility class's track (0510), from the class's inputs only, and read by the class only (`viewers`):
-- - event_count, last_event_time: the class's events that carry the bill of lading (until now the track's own
--   figures, read by nothing; events that name only a container are the track's, not the list's);
-- - listed: whether the class sees the consignment through a line or such an event (a class that sees only
--   container events has a track, and had no list row).
alter table consignment_tracks add column listed boolean not null default true;
comment on column consignment_tracks.event_count is
  'events carrying the bill of lading that the class sees (what the consignment list shows)';
comment on column consignment_tracks.last_event_time is
  'newest of those events (what the consignment list orders by, newest first)';

-- Tracks stored before: the same figures from the inputs as the first viewer of the class sees them now (every
-- viewer of a class sees the same inputs; an agency that lost one was dropped from `viewers` by 0531).
update consignment_tracks t
   set event_count = s.event_count, last_event_time = s.last_event_time, listed = s.listed
  from (
    select t.id, coalesce(ev.n, 0)::integer as event_count, ev.last_event as last_event_time,
           coalesce(ev.n, 0) > 0 or exists (
             select 1 from declaration_lines l
              where l.bill_of_lading = t.bill_of_lading
                and centinela_visible_for(a.code, a.nation, l.owner_agency, l.tlp, l.releasable_to, l.recipients)
           ) as listed
      from consignment_tracks t
      join agencies a on a.code = t.viewers[1]
      left join lateral (
        select count(*) as n, max(e.event_time) as last_event from epcis_events e
         where e.bol = t.bill_of_lading
           and centinela_visible_for(a.code, a.nation, e.owner_agency, e.tlp, e.releasable_to, e.recipients)
      ) ev on true
  ) s
 where s.id = t.id;

-- The list's order, newest activity first; a page reads the index in order and stops after it.
create index consignment_tracks_activity on consignment_tracks (last_event_time desc nulls last, bill_of_lading)
  where listed;
