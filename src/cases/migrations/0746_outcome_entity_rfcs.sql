-- An outcome that names an entity (an entity confirmed; a site searched where nothing was found) keeps the RFCs
-- of the entity's records its recorder saw, normalised, one row each, marked as the outcome: the network links the
-- outcome to the entities holding those RFCs in each reader's own graph (an entity id belongs to its visibility
-- class; an RFC is the same for every class), as it links a seizure naming an RFC (src/network/outcomes.ts).
--
-- `outcome_id` names an `operation_outcomes` row (0750, created after this file): the service writes both in one
-- transaction (src/cases/outcomes.service.ts), and the rows are append-only like the outcome.

create table operation_outcome_rfcs (
  id uuid primary key,
  owner_agency text not null references agencies (code),
  tlp tlp not null default 'amber',
  releasable_to text[] not null default '{}',
  recipients text[] not null default '{}',
  outcome_id uuid not null,
  rfc text not null check (length(rfc) > 0)
);
select centinela_mark('operation_outcome_rfcs');
create unique index operation_outcome_rfcs_once on operation_outcome_rfcs (outcome_id, rfc);
create index operation_outcome_rfcs_rfc on operation_outcome_rfcs (rfc);

create trigger operation_outcome_rfcs_append_only before update or delete on operation_outcome_rfcs
  for each row execute function centinela_cases_append_only();
