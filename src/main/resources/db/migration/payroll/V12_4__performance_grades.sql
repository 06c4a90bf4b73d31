-- Published performance grades, turned into the performance factor of the month's payroll (one row per cycle and
-- employee, so that a redelivered event changes nothing)
create table payroll.performance_grade (
    tenant_id varchar(64) not null,
    cycle_id uuid not null,
    employee_id uuid not null,
    period char(7) not null,
    grade varchar(4) not null,
    score numeric(6, 2),
    factor numeric(6, 2) not null,
    cycle_name varchar(200) not null,
    received_at timestamptz not null,
    primary key (tenant_id, cycle_id, employee_id)
);
create index performance_grade_period on payroll.performance_grade (tenant_id, period, employee_id);
