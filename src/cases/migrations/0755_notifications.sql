-- In-app notifications (issue 19): a user is told of an assignment to a case, an operation awaiting their
-- decision, a decision on an operation and a comment on one. A notification says only its kind and the ids of
-- the case and operation it is about; the web renders the words from the kind.
--
-- A notification is marked like every record (its owner is the acting agency, its marking no wider than what it
-- is about, src/cases/notifications.service.ts) and is moreover its recipient's alone: a restrictive policy
-- shows it to, and lets it be marked read by, its recipient only. It is written only for a recipient whose
-- agency may see the case and the operation it names, and only by a caller who sees them.

create table notifications (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  recipient_user uuid not null references users (id),
  kind text not null check (kind in ('assigned', 'awaiting_decision', 'decided', 'commented')),
  case_id uuid not null references cases (id),
  operation_id uuid references operations (id),
  check ((operation_id is null) = (kind = 'assigned')),
  created_by uuid not null references users (id),
  created_at timestamptz not null default now(),
  read_at timestamptz
);
select centinela_mark('notifications');
create index notifications_recipient on notifications (recipient_user, created_at desc, id desc);
create index notifications_unread on notifications (recipient_user) where read_at is null;

-- Whether a user (not disabled) may see a marking: the rule the assignee of a case is held to.
create function centinela_user_may_see(account uuid, owner_agency text, marking tlp, releasable_to text[],
  recipients text[])
returns boolean
language sql stable
as $$
  select exists (
    select 1 from users u
     where u.id = $1 and not u.disabled
       and centinela_visible_for(u.agency, centinela_agency_nation(u.agency), $2, $3, $4, $5))
$$;

-- Invoker's rights: the caller must see the case (and the operation) itself, and the recipient may see them.
create function centinela_notification_allowed(account uuid, about_case uuid, about_operation uuid)
returns boolean
language sql stable
as $$
  select exists (select 1 from cases c where c.id = $2
                   and centinela_user_may_see($1, c.owner_agency, c.tlp, c.releasable_to, c.recipients))
     and ($3 is null or exists (select 1 from operations o where o.id = $3 and o.case_id = $2
                   and centinela_user_may_see($1, o.owner_agency, o.tlp, o.releasable_to, o.recipients)))
$$;

-- Only its recipient reads, marks or removes a notification (ANDed with the marking's policies); the acting
-- agency writes it for someone who may see it, in its own name.
create policy notifications_recipient on notifications as restrictive for all
  using (recipient_user = (select centinela_current_user()))
  with check (true);
create policy notifications_written on notifications as restrictive for insert
  with check (created_by = (select centinela_current_user())
              and centinela_user_may_see(recipient_user, owner_agency, tlp, releasable_to, recipients)
              and centinela_notification_allowed(recipient_user, case_id, operation_id));
create policy notifications_recipient_update on notifications for update
  using (recipient_user = (select centinela_current_user()))
  with check (recipient_user = (select centinela_current_user()));

-- A recipient changes only `read_at`.
create function centinela_notification_read_only() returns trigger
language plpgsql as $$
begin
  if (to_jsonb(new) - 'read_at') is distinct from (to_jsonb(old) - 'read_at') then
    raise exception 'a notification changes only when it is read' using errcode = '42501';
  end if;
  return new;
end;
$$;
create trigger notifications_read_only before update on notifications
  for each row execute function centinela_notification_read_only();
