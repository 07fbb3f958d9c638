-- Natural keys are the contributing agency's (docs/SHARING.md "Contributions never overwrite"). A pedimento
-- number was global: a partner that imported a host's (sequential) number first blocked the host's import,
-- attached its lines to the host's declaration, and "already imported" told it that a hidden declaration
-- existed. Now each agency holds its own declarations and lines under its own numbers; two agencies may hold
-- the same number without either learning of the other, and a line always belongs to a declaration of its
-- own agency. The foreign key is NOT VALID: installations may hold lines attached to another agency's
-- declaration from before; new lines are checked.
alter table declaration_lines drop constraint declaration_lines_declaration_id_fkey;
alter table declaration_lines drop constraint declaration_lines_declaration_id_line_no_key;
alter table declarations drop constraint declarations_pkey;
alter table declarations add constraint declarations_pkey primary key (owner_agency, id);
create index declarations_id on declarations (id);
alter table declaration_lines
  add constraint declaration_lines_natural_key unique (owner_agency, declaration_id, line_no);
alter table declaration_lines
  add constraint declaration_lines_declaration foreign key (owner_agency, declaration_id)
    references declarations (owner_agency, id) not valid;
create index declaration_lines_declaration_id on declaration_lines (declaration_id, line_no);
