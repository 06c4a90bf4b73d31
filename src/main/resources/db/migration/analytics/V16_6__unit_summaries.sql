-- Summaries by unit of the facts that are too many to add up on every dashboard request (ADR 0027, "Summaries"):
-- 100,000 employees give 1.2 million attendance months a year. Each summary is a slice per tenant and day (or month,
-- or period end) recomputed from its fact table whenever a write touches that slice, so it is exactly the sum of its
-- facts: a repeated event recomputes the same slice to the same numbers. department_id is the unit the facts were
-- counted in (null: people without one, seen only by an unrestricted view).

-- A completion, a result or an expiry counts in the unit the person was in on its day (it used to follow the person's
-- current unit): the latest transfer step on or before that day, else the unit they were hired into. A step that
-- arrives late (or is backdated) moves the facts of the days after it.
alter table analytics.person_fact add column hire_department_id uuid;
update analytics.person_fact set hire_department_id = department_id;
alter table analytics.training_completion add column department_id uuid;
alter table analytics.performance_result add column department_id uuid;
alter table analytics.certificate_expiry add column department_id uuid;
update analytics.training_completion t set department_id = coalesce((select c.department_id from analytics.lifecycle_change c where c.tenant_id = t.tenant_id and c.employee_id = t.employee_id
    and c.department_id is not null and c.effective_date <= t.completed_on order by c.effective_date desc, c.change_type limit 1),
    (select p.department_id from analytics.person_fact p where p.tenant_id = t.tenant_id and p.employee_id = t.employee_id));
update analytics.performance_result r set department_id = coalesce((select c.department_id from analytics.lifecycle_change c where c.tenant_id = r.tenant_id and c.employee_id = r.employee_id
    and c.department_id is not null and c.effective_date <= r.period_end order by c.effective_date desc, c.change_type limit 1),
    (select p.department_id from analytics.person_fact p where p.tenant_id = r.tenant_id and p.employee_id = r.employee_id));
update analytics.certificate_expiry x set department_id = coalesce((select c.department_id from analytics.lifecycle_change c where c.tenant_id = x.tenant_id and c.employee_id = x.employee_id
    and c.department_id is not null and c.effective_date <= x.expires_on order by c.effective_date desc, c.change_type limit 1),
    (select p.department_id from analytics.person_fact p where p.tenant_id = x.tenant_id and p.employee_id = x.employee_id));
update analytics.attendance_month a set department_id = coalesce((select c.department_id from analytics.lifecycle_change c where c.tenant_id = a.tenant_id and c.employee_id = a.employee_id
    and c.department_id is not null and c.effective_date <= (a.month + interval '1 month' - interval '1 day')::date order by c.effective_date desc, c.change_type limit 1),
    (select p.department_id from analytics.person_fact p where p.tenant_id = a.tenant_id and p.employee_id = a.employee_id));

create table analytics.attendance_unit_month (
    tenant_id varchar(64) not null,
    month date not null,
    department_id uuid,
    employee_months int not null,
    overtime_hours numeric(14, 2) not null,
    anomalies int not null,
    absent_days int not null,
    over_limit int not null
);
create index attendance_unit_month_ix on analytics.attendance_unit_month (tenant_id, month);

create table analytics.training_unit_day (
    tenant_id varchar(64) not null,
    day date not null,
    department_id uuid,
    completions int not null,
    hours numeric(14, 2) not null
);
create index training_unit_day_ix on analytics.training_unit_day (tenant_id, day);

create table analytics.performance_unit_grade (
    tenant_id varchar(64) not null,
    period_end date not null,
    department_id uuid,
    grade varchar(10) not null,
    results int not null
);
create index performance_unit_grade_ix on analytics.performance_unit_grade (tenant_id, period_end);

-- the funnel reads the period's applications once; the days to hire only the hired ones
create index application_fact_hired_ix on analytics.application_fact (tenant_id, received_at) where hired_at is not null;
-- a late step moves one person's facts: find them by person
create index attendance_month_employee_ix on analytics.attendance_month (tenant_id, employee_id);
create index certificate_expiry_employee_ix on analytics.certificate_expiry (tenant_id, employee_id);
create index training_completion_department_ix on analytics.training_completion (tenant_id, department_id, completed_on);

insert into analytics.attendance_unit_month
select tenant_id, month, department_id, count(*), sum(overtime_hours), sum(anomalies), sum(absent_days),
       count(*) filter (where overtime_hours > 36)
from analytics.attendance_month group by tenant_id, month, department_id;
insert into analytics.training_unit_day
select tenant_id, completed_on, department_id, count(*), sum(hours)
from analytics.training_completion group by tenant_id, completed_on, department_id;
insert into analytics.performance_unit_grade
select tenant_id, period_end, department_id, grade, count(*)
from analytics.performance_result group by tenant_id, period_end, department_id, grade;

-- Hires and leavers by the person's current unit and month (a leaver counts in the month after their last day, the
-- first month-end they are no longer employed on), for the month-end headcount; and the hiring funnel by the day an
-- application arrived, its unit and channel.
create table analytics.people_unit_month (
    tenant_id varchar(64) not null,
    department_id uuid,
    month date not null,
    hires int not null,
    leavers int not null
);
create index people_unit_month_ix on analytics.people_unit_month (tenant_id, month);
create index person_fact_employed_ix on analytics.person_fact (tenant_id, hire_date, exit_date, department_id);

create table analytics.application_unit_day (
    tenant_id varchar(64) not null,
    day date not null,
    department_id uuid,
    channel varchar(30) not null,
    applications int not null,
    screened int not null,
    interviewed int not null,
    offers int not null,
    hires int not null,
    channel_cost numeric(16, 2)
);
create index application_unit_day_ix on analytics.application_unit_day (tenant_id, day);

insert into analytics.people_unit_month
select tenant_id, department_id, month, sum(hires), sum(leavers) from (
    select tenant_id, department_id, date_trunc('month', hire_date)::date as month, 1 as hires, 0 as leavers
    from analytics.person_fact
    union all
    select tenant_id, department_id, date_trunc('month', exit_date + 1)::date, 0, 1
    from analytics.person_fact where exit_date is not null) flows
group by tenant_id, department_id, month;
insert into analytics.application_unit_day
select tenant_id, received_at::date, department_id, channel, count(*) filter (where not duplicate),
       count(*) filter (where not duplicate and screened_at is not null),
       count(*) filter (where not duplicate and (ai_interview_at is not null or interviews_at is not null)),
       count(*) filter (where not duplicate and offer_at is not null),
       count(*) filter (where not duplicate and hired_at is not null), sum(channel_cost)
from analytics.application_fact group by tenant_id, received_at::date, department_id, channel;
