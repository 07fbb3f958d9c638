-- What an agency released (issue 18, the web app's "shared" view): one row per marking change that widened a
-- record (a nation or a recipient added, or a lower TLP), written by changeMarking in the change's transaction,
-- whether the change came alone (PUT /api/markings) or in a batch (POST /api/markings/batch). The audit trail
-- keeps the same act, but only auditors read it; this is the releasing agency's own register of what it released,
-- to whom, when, by whom and why.
--
-- Marked red for the releasing agency alone (it is the record's owner: only the owner widens): the justification
-- and the list of what was released are the owner's business, never the receivers'.
create table marking_releases (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'red',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  record_table text not null,
  record_id text not null,
  -- the batch it was released in (POST /api/markings/batch), or null for a single change
  batch_id uuid,
  released_by uuid not null references users (id),
  released_at timestamptz not null default now(),
  before_tlp tlp not null,
  before_releasable_to text[] not null,
  before_recipients text[] not null,
  after_tlp tlp not null,
  after_releasable_to text[] not null,
  after_recipients text[] not null,
  justification text
);
select centinela_mark('marking_releases');
create index marking_releases_recent on marking_releases (owner_agency, released_at desc, id);
