-- The keys of derived ids, one per purpose (src/store/derivation-keys.ts): `entity` (entity ids, until now the
-- single row of resolution_keys, 0540) and `finding` (finding ids, an HMAC of what the finding says and cites,
-- src/custody/finding-id.ts). Like resolution_keys: the application role may not read them, so an id reveals
-- nothing of the records it was derived from to someone who does not hold the key.
create table derivation_keys (
  purpose text primary key check (purpose in ('entity', 'finding')),
  key bytea not null check (length(key) >= 32)
);
revoke all on derivation_keys from centinela_app;
alter table derivation_keys enable row level security;
alter table derivation_keys force row level security;

-- The entity key carries over, so entities keep their ids.
insert into derivation_keys (purpose, key) select 'entity', key from resolution_keys;
drop table resolution_keys;
