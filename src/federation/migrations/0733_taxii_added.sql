-- The TAXII collection pages by the instant each object was added (a record's last change or marking change,
-- 0732) and then by its key, one keyset page at a time (src/federation/collection.ts, src/store/added-since.ts):
-- these indexes hold exactly that order, so a page reads the rows of the page (and the rows row-level security
-- hides between them) instead of the whole table. A received object's key ranks definitions before what names
-- them at the same instant; its id is compared byte-wise (collate "C"), the same on every engine.
create index reports_taxii_added on reports (greatest(created_at, marked_at), id);
create index incidents_taxii_added on incidents (greatest(imported_at, marked_at), id);
create index field_reports_taxii_added on field_reports (greatest(imported_at, marked_at), id);
create index findings_taxii_added on findings (greatest(updated_at, computed_at, marked_at), id);
create index stix_objects_taxii_added on stix_objects (
  greatest(date_added, marked_at),
  (case type when 'marking-definition' then 0 when 'extension-definition' then 1 when 'identity' then 2 else 3 end),
  stix_id collate "C"
);
