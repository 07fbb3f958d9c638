-- The index on an event's bill of lading also holds the columns its read policy reads (owner, TLP, releasability,
-- recipients), so the markings of a page of consignments' events (the audit entry of the consignment list:
-- ≈ 1,000 events a page on the medium world) are read from the index alone, an index-only scan under the same
-- policy, instead of one heap fetch per event scattered over the table. The index it replaces had the same key
-- and predicate, so every other use (a consignment's events) is served as before.
drop index epcis_events_bol;
create index epcis_events_bol on epcis_events (bol) include (owner_agency, tlp, releasable_to, recipients)
  where bol is not null;
