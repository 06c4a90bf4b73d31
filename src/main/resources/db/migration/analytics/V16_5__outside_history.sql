-- History from before the modules kept it (a customer's previous HR system, or the demo's two years), recorded
-- through OutsideHistory. Such rows are marked, so that a rebuild from the modules' APIs, which empties and refills
-- the read models, keeps them: no module could give them back.
alter table analytics.person_fact add column outside boolean not null default false;
alter table analytics.lifecycle_change add column outside boolean not null default false;
alter table analytics.attendance_month add column outside boolean not null default false;
alter table analytics.payroll_cost add column outside boolean not null default false;
alter table analytics.training_completion add column outside boolean not null default false;
