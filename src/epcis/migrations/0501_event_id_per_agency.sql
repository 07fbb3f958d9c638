-- Events are idempotent by eventID within the capturing agency (docs/SHARING.md "Contributions never
-- overwrite"): a global key let one agency's capture silently skip an event because another agency had
-- stored a hidden event of that id, and "stored 0" told it so. Two agencies may now hold the same eventID;
-- what derives from an event names it by its row (findings.evidence_refs), never by the eventID.
drop index epcis_events_event_id;
create unique index epcis_events_event_id on epcis_events (owner_agency, event_id);
create index epcis_events_event_id_any on epcis_events (event_id);
