-- An optional email address per user (issue 19): where the notifications of cases and operations are also sent
-- when the installation has a mail server (CENTINELA_SMTP_URL, src/cases/mail.ts). Set by the user
-- (PATCH /api/me); none by default, and then nothing is mailed.
alter table users add column email text
  check (email is null or (length(email) <= 254 and email ~ '^[^@[:space:]]+@[^@[:space:]]+$'));
grant select (email) on users to centinela_app;
