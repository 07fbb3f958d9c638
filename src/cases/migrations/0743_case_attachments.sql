-- Files attached to a case (issue 19): a report, a photograph, a spreadsheet, kept in the database with the case
-- so that a backup, the row-level security and the audit trail cover them like every other record. Marked like
-- every record (centinela_mark) and never wider than the case (src/cases/attachments.service.ts, as a note is).
-- The size and the type are held here too: a file the API would refuse is refused by the database as well. The
-- type was checked against the file's own bytes before it got here (src/cases/attachment-type.ts).

create table case_attachments (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  case_id uuid not null references cases (id),
  filename text not null check (length(btrim(filename)) between 1 and 255),
  content_type text not null check (content_type in ('application/pdf', 'image/png', 'image/jpeg', 'text/plain',
    'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
  -- ATTACHMENT_MAX_BYTES (src/shared/attachments.ts): 10 MiB
  content bytea not null check (octet_length(content) between 1 and 10485760),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  uploaded_by uuid not null references users (id),
  uploaded_at timestamptz not null default now()
);
select centinela_mark('case_attachments');
create index case_attachments_case on case_attachments (case_id, uploaded_at);

-- An attachment is evidence on the record: only its marking ever changes.
create trigger case_attachments_append_only before update on case_attachments
  for each row execute function centinela_cases_append_only();
