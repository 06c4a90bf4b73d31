-- Workforce plans: a strategy map per tenant and year (business goals -> drivers per department and position), the
-- plan lines calculated from it, which line produced which requisition, and monthly headcount snapshots to track the
-- plan against actuals.

create table analytics.workforce_plan (
    id uuid primary key,
    tenant_id varchar(64) not null,
    name varchar(200) not null,
    plan_year integer not null,
    -- goals, output drivers and ratio rules as the API takes them; plain numbers, never evaluated text
    strategy jsonb not null,
    calculated_at timestamptz not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);
create index workforce_plan_tenant_ix on analytics.workforce_plan (tenant_id, plan_year);

-- A line of a plan as last calculated: headcount now, expected exits over the plan year, required at its end.
create table analytics.workforce_plan_line (
    tenant_id varchar(64) not null,
    plan_id uuid not null references analytics.workforce_plan (id) on delete cascade,
    seq integer not null,
    department_id uuid not null,
    position_id uuid not null,
    current_headcount integer not null,
    expected_exits integer not null,
    required_headcount integer not null,
    primary key (tenant_id, plan_id, department_id, position_id)
);

-- The requisition a plan line produced: one per line, so a second click creates nothing new.
create table analytics.workforce_plan_requisition (
    tenant_id varchar(64) not null,
    plan_id uuid not null references analytics.workforce_plan (id) on delete cascade,
    department_id uuid not null,
    position_id uuid not null,
    requisition_id uuid not null,
    headcount integer not null,
    created_at timestamptz not null,
    primary key (tenant_id, plan_id, department_id, position_id)
);

-- Headcount per department and position on the last day of a month, taken once the month is over.
create table analytics.headcount_snapshot (
    tenant_id varchar(64) not null,
    month date not null,
    department_id uuid not null,
    position_id uuid not null,
    headcount integer not null,
    primary key (tenant_id, month, department_id, position_id)
);
