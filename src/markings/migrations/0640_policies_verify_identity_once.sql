-- Every policy asks for the verified identity once per statement, not once per row. Since 0560 the functions
-- `centinela_current_agency()`, `_nation()`, `_user()`, … hash the session secret and look it up in
-- `credentials`: called bare in a policy, they ran for every row scanned (the entity list of the small demo world
-- scanned 5,114 member rows and spent 2.5 of its 2.6 s there). Wrapped in a scalar subquery, the planner runs
-- each once per statement as an InitPlan, as the marking policies (0560) already do. This rewrites every policy
-- written before this migration that calls one bare; `policies.test.ts` keeps later migrations from adding one.
do $$
declare
  p record;
  bare constant text := '(?<!SELECT )(centinela_current_[a-z_]+)\(\)';
  using_sql text;
  check_sql text;
begin
  for p in
    select tablename, policyname, qual, with_check from pg_policies
     where schemaname = current_schema() and (qual ~ bare or with_check ~ bare)
  loop
    using_sql := regexp_replace(p.qual, bare, '(select \1())', 'g');
    check_sql := regexp_replace(p.with_check, bare, '(select \1())', 'g');
    execute format('alter policy %I on %I%s%s', p.policyname, p.tablename,
      case when using_sql is null then '' else format(' using (%s)', using_sql) end,
      case when check_sql is null then '' else format(' with check (%s)', check_sql) end);
  end loop;
end
$$;
