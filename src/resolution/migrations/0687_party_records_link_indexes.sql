-- The network's depth-2 view reads the records holding the values it keeps starting from the values, one index
-- per column (src/resolution/reads.repository.ts, `recordsHolding`): these two were missing, so a declaration
-- without a bill of lading, or an RFC, would have read the whole table.
create index party_records_unbilled_declaration on party_records (declaration_id) where bill_of_lading is null;
create index party_records_raw_rfc on party_records (rfc);
