-- Link ids are keyed hashes of the two records a link joins and why (src/resolution/repository.ts, linkId), no
-- longer random, and no longer tied to the entity's class: which agencies share a reader's class is not the
-- reader's to see (in a database holding only what it may see, more agencies may see what it sees), so the
-- same link of two classes has the same id, and a link keeps its id when a decision forks its entity. A link
-- belongs to one entity, and entity ids are per class (entity-id.ts): the key of a row is its id and its entity.
alter table entity_links drop constraint entity_links_pkey;
alter table entity_links add primary key (id, entity_id);
