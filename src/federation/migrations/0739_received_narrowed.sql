-- A receiving agency narrows its own copy of what it received (issue 18): the narrower marking is kept here as a
-- ceiling, so a newer version of the object pulled later is stored no wider than the receiver narrowed it
-- (src/federation/import.ts). Null until narrowed. The receiver never widens: the ceiling only ever narrows.
alter table stix_objects
  add column narrowed_tlp tlp,
  add column narrowed_releasable_to text[],
  add column narrowed_recipients text[],
  add column narrowed_by uuid references users (id);
