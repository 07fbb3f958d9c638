-- Text search for the global search box (src/search/): accent- and case-insensitive matching with trigram
-- ranking. Both extensions are trusted (PostgreSQL 13+): the schema owner that runs the migrations needs only
-- CREATE on the database, no superuser. PGlite loads their code when it opens (src/store/pglite.ts).
create extension if not exists unaccent with schema public;
create extension if not exists pg_trgm with schema public;

-- unaccent() is STABLE (its dictionary could change), so it cannot appear in an index expression. These
-- wrappers name the dictionary explicitly and are declared IMMUTABLE, the usual way to index unaccented text;
-- if the unaccent rules ever changed, the trigram indexes below would need a REINDEX.
--
-- centinela_fold: what a name or a description is compared by ('Química del Golfo, S.A.' → 'quimica del golfo, s.a.').
create function centinela_fold(text) returns text
language sql immutable parallel safe strict
as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- centinela_fold_key: what an identifier is compared by, its letters and digits only, so that a container
-- typed 'MSKU 123456-5', a pedimento with or without its spaces and an RFC with its hyphens all match.
create function centinela_fold_key(text) returns text
language sql immutable parallel safe strict
as $$ select regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, $1)), '[^a-z0-9]+', '', 'g') $$;
