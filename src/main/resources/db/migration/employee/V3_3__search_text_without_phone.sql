-- The mobile number is personal data that lists show masked; matching it in the search box would let anyone who
-- may search confirm its digits one by one. Search covers the employee number, name and e-mail only.
alter table employee.employee drop column search_text cascade;
alter table employee.employee add column search_text text generated always as
    (lower(employee_no || ' ' || name || ' ' || coalesce(email, ''))) stored;
create index employee_search_trgm_ix on employee.employee using gin (search_text public.gin_trgm_ops);
create index employee_search_grams_ix on employee.employee using gin (employee.search_grams(search_text));
