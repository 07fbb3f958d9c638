-- Derived custody records are kept per visibility class (docs/SHARING.md "Derived records: one derivation per
-- view", docs/DECISIONS.md). The analysis derives a consignment's findings, track and state once for each group
-- of agencies that see exactly the same inputs, from exactly those inputs, and stores with each record the
-- agencies of its group: `viewers`. A caller reads a derived record when its agency is a viewer — nothing else.
-- The marking columns stay (combineMarkings of the inputs used, owned by an agency that contributed one) for
-- what is exported and for the narrowing triggers, but they no longer decide who reads: a partner that sees
-- two of a consignment's five events reads the findings derived from those two, never the host's.

alter table findings add column viewers text[] not null default '{}';
alter table finding_actions add column viewers text[] not null default '{}';

-- Several tracks per consignment now (one per class): a row id, and the class's analysed state beside its track.
alter table consignment_tracks drop constraint consignment_tracks_pkey;
alter table consignment_tracks add column id uuid not null default gen_random_uuid();
alter table consignment_tracks add constraint consignment_tracks_pkey primary key (id);
alter table consignment_tracks add column viewers text[] not null default '{}';
alter table consignment_tracks add column state text;
create index consignment_tracks_bol on consignment_tracks (bill_of_lading);

-- consignment_analyses is the analysis's bookkeeping only (when, and whether an input changed since: stale). Its
-- state column, derived from every input, is no longer read by the API; the app role reads none of it.
alter table consignment_analyses add column stale boolean not null default false;
alter table consignment_analyses enable row level security;
alter table consignment_analyses force row level security;

-- Rows stored before: readable by whom their marking allowed until the analysis re-derives them (all stale).
update findings set viewers = centinela_viewers_of(owner_agency, tlp, releasable_to, recipients);
update finding_actions set viewers = centinela_viewers_of(owner_agency, tlp, releasable_to, recipients);
update consignment_tracks t set viewers = centinela_viewers_of(owner_agency, tlp, releasable_to, recipients),
  state = (select a.state from consignment_analyses a where a.bill_of_lading = t.bill_of_lading);
update consignment_analyses set stale = true;

drop policy marking_read on findings;
drop policy marking_read on finding_actions;
drop policy marking_read on consignment_tracks;
create policy derived_read on findings for select using (viewers @> array[centinela_current_agency()]);
create policy derived_read on finding_actions for select using (viewers @> array[centinela_current_agency()]);
create policy derived_read on consignment_tracks for select using (viewers @> array[centinela_current_agency()]);
create index findings_viewers on findings using gin (viewers);
create index finding_actions_viewers on finding_actions using gin (viewers);
create index consignment_tracks_viewers on consignment_tracks using gin (viewers);
