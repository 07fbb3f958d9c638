-- Every edit of a permit, kept beside it (issue 16): who changed what when, the values before and after. A
-- change is marked as its permit is and follows the permit's marking when it changes, so the history never
-- tells anyone more than the permit itself does. Rows are only added (no update but the marking, no delete).
create table permit_changes (
  id uuid primary key,
  permit uuid not null references permits (id) on delete cascade,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  changed_by uuid,
  changed_by_name text not null,
  changed_by_nation text not null,
  changed_at timestamptz not null default now(),
  before jsonb not null,
  after jsonb not null
);
select centinela_mark('permit_changes');
create index permit_changes_permit on permit_changes (permit, changed_at);

create function centinela_permit_changes_follow() returns trigger
language plpgsql
as $$
begin
  update permit_changes set tlp = new.tlp, releasable_to = new.releasable_to, recipients = new.recipients
  where permit = new.id;
  return new;
end
$$;
create trigger permit_changes_follow after update of tlp, releasable_to, recipients on permits
  for each row execute function centinela_permit_changes_follow();
