-- Only events without a bill of lading join a consignment by container (custody inputs.repository.ts):
-- an event that names a bill of lading belongs to that consignment. A partial index on those few
-- rows replaces the full one, which cost capture throughput and served no query.
drop index epcis_events_container;
create index epcis_events_container on epcis_events (container_no) where container_no is not null and bol is null;
