-- The alert queue's total without counting every visible alert on each request. The list counted its rows
-- with a window over every visible alert (26,797 for the host on the medium world, ≈ 250 ms of a request, and
-- it carried each wide row into the window). Alerts carry few distinct markings (two on the medium world), so
-- the number of alerts per marking and status is stored here, kept by statement triggers; a caller's total is
-- the sum over the rows its row-level security lets it read, by the same marking rule as the alerts themselves
-- (a marking visible here is exactly a marking whose alerts are visible), so it tells nobody more than the
-- count did. Filters other than the status still count the alerts (src/screening/alerts.repository.ts).
create table alert_counts (
  owner_agency text not null,
  tlp tlp not null,
  releasable_to text[] not null,
  recipients text[] not null,
  status text not null,
  alerts bigint not null,
  primary key (owner_agency, tlp, releasable_to, recipients, status)
);
alter table alert_counts enable row level security;
alter table alert_counts force row level security;
select centinela_mark_policies('alert_counts');
-- written only by the triggers below (as the schema owner); the application reads it
revoke insert, update, delete, truncate on alert_counts from centinela_app;
grant select on alert_counts to centinela_app;

-- Each trigger adds the alerts a statement inserted and takes away those it deleted, by marking and status; an
-- update moves only the alerts whose marking or status changed.
create function centinela_alert_counts_inserted() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  insert into alert_counts as c (owner_agency, tlp, releasable_to, recipients, status, alerts)
  select owner_agency, tlp, releasable_to, recipients, status, count(*) from new_rows group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
  on conflict (owner_agency, tlp, releasable_to, recipients, status) do update set alerts = c.alerts + excluded.alerts;
  return null;
end
$$;

create function centinela_alert_counts_deleted() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  insert into alert_counts as c (owner_agency, tlp, releasable_to, recipients, status, alerts)
  select owner_agency, tlp, releasable_to, recipients, status, -count(*) from old_rows group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
  on conflict (owner_agency, tlp, releasable_to, recipients, status) do update set alerts = c.alerts + excluded.alerts;
  return null;
end
$$;

create function centinela_alert_counts_updated() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  insert into alert_counts as c (owner_agency, tlp, releasable_to, recipients, status, alerts)
  select m.owner_agency, m.tlp, m.releasable_to, m.recipients, m.status, sum(m.delta)
    from old_rows o
    join new_rows n on n.id = o.id
   cross join lateral (values (o.owner_agency, o.tlp, o.releasable_to, o.recipients, o.status, -1),
                              (n.owner_agency, n.tlp, n.releasable_to, n.recipients, n.status, 1))
         as m(owner_agency, tlp, releasable_to, recipients, status, delta)
   where (o.owner_agency, o.tlp, o.releasable_to, o.recipients, o.status)
         is distinct from (n.owner_agency, n.tlp, n.releasable_to, n.recipients, n.status)
   group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
  on conflict (owner_agency, tlp, releasable_to, recipients, status) do update set alerts = c.alerts + excluded.alerts;
  return null;
end
$$;

create function centinela_alert_counts_truncated() returns trigger
language plpgsql security definer
set search_path = pg_catalog, public, pg_temp
set row_security = off
as $$
begin
  delete from alert_counts;
  return null;
end
$$;

create trigger alert_counts_insert after insert on alerts
  referencing new table as new_rows for each statement execute function centinela_alert_counts_inserted();
create trigger alert_counts_update after update on alerts
  referencing old table as old_rows new table as new_rows
  for each statement execute function centinela_alert_counts_updated();
create trigger alert_counts_delete after delete on alerts
  referencing old table as old_rows for each statement execute function centinela_alert_counts_deleted();
create trigger alert_counts_truncate after truncate on alerts
  for each statement execute function centinela_alert_counts_truncated();

insert into alert_counts (owner_agency, tlp, releasable_to, recipients, status, alerts)
select owner_agency, tlp, releasable_to, recipients, status, count(*) from alerts group by 1, 2, 3, 4, 5;

-- The default queue (score, highest first) walks this index to its page instead of sorting every visible alert.
create index alerts_by_score on alerts (score desc, id);
