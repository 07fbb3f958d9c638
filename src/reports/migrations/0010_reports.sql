-- Intelligence reports (assessments, field notes): the first marked table. Every marked table
-- repeats these four marking columns and calls centinela_mark.
create table reports (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  title text not null,
  body text not null,
  created_by uuid references users (id),
  created_at timestamptz not null default now()
);
select centinela_mark('reports');
