-- Read models of the people dashboards (ADR 0027). Filled only from other modules' published events (and, for a cold
-- start, a full rebuild from their public APIs); dashboards read these tables and never another module's. Every
-- listener is idempotent: each table's primary key is the natural key of the fact, so a repeated event is an upsert of
-- the same values. The month a fact belongs to comes from its own date (hire date, effective date, period), never
-- from the clock, so a history replayed later lands in the right months.

-- One row per employee ever hired: where they work now, when they came and, once they left, how and why.
-- department_id/position_id follow transfers and promotions. birth_year is kept only for aggregate age bands (never
-- shown per person). exit_kind is VOLUNTARY or INVOLUNTARY (a resignation is voluntary); exit_cause the offboarding
-- leaving kind (RESIGNATION, TERMINATION, RETIREMENT, DEATH); regretted is HR's judgement, null when not given;
-- reason_codes the exit reasons, comma-separated (the exit interview's replace the case's when it completes).
create table analytics.person_fact (
    tenant_id varchar(64) not null,
    employee_id uuid not null,
    employee_no varchar(40),
    name varchar(100),
    department_id uuid,
    position_id uuid,
    hire_date date not null,
    birth_year smallint,
    status varchar(20) not null,
    exit_date date,
    exit_kind varchar(20),
    exit_cause varchar(20),
    regretted boolean,
    reason_codes varchar(1000),
    would_return boolean,
    primary key (tenant_id, employee_id)
);
create index person_fact_department_ix on analytics.person_fact (tenant_id, department_id);
create index person_fact_exit_ix on analytics.person_fact (tenant_id, exit_date);
create index person_fact_hire_ix on analytics.person_fact (tenant_id, hire_date);

-- Each step of an employee's timeline as employee announced it: TRANSFER, PROMOTION, PAY_CHANGE, LEAVE, RETURN,
-- CONFIRMATION, TERMINATION ... with the effective date and the department/position after the change.
create table analytics.lifecycle_change (
    tenant_id varchar(64) not null,
    employee_id uuid not null,
    change_type varchar(30) not null,
    effective_date date not null,
    department_id uuid,
    position_id uuid,
    primary key (tenant_id, employee_id, change_type, effective_date)
);
create index lifecycle_change_date_ix on analytics.lifecycle_change (tenant_id, effective_date);

-- Requisitions as recruitment opened and closed them: the unit and position they hire for.
create table analytics.requisition_fact (
    tenant_id varchar(64) not null,
    requisition_id uuid not null,
    department_id uuid,
    position_id uuid,
    headcount int not null,
    beyond_plan boolean not null,
    opened_at timestamptz,
    closed_at timestamptz,
    primary key (tenant_id, requisition_id)
);

-- One row per application: its channel and the first time it reached each stage of the funnel (null when it never
-- did); stage is the latest. channel_cost is what the channel charged for it, when recruitment knows.
create table analytics.application_fact (
    tenant_id varchar(64) not null,
    application_id uuid not null,
    candidate_id uuid,
    requisition_id uuid,
    department_id uuid,
    channel varchar(30) not null,
    duplicate boolean not null default false,
    received_at timestamptz not null,
    stage varchar(20) not null,
    screened_at timestamptz,
    ai_interview_at timestamptz,
    interviews_at timestamptz,
    offer_at timestamptz,
    hired_at timestamptz,
    rejected_at timestamptz,
    channel_cost numeric(14, 2),
    primary key (tenant_id, application_id)
);
create index application_fact_received_ix on analytics.application_fact (tenant_id, received_at);

-- Offers and how they ended: status MADE, ACCEPTED or DECLINED with the time of each.
create table analytics.offer_fact (
    tenant_id varchar(64) not null,
    offer_id uuid not null,
    application_id uuid,
    requisition_id uuid,
    department_id uuid,
    position_id uuid,
    status varchar(20) not null,
    made_at timestamptz,
    accepted_at timestamptz,
    declined_at timestamptz,
    primary key (tenant_id, offer_id)
);
create index offer_fact_made_ix on analytics.offer_fact (tenant_id, made_at);

-- An employee's closed attendance month (month = first day of the month): overtime hours (all kinds), anomalies (late
-- arrivals + early leaves + absent days) and absence days, in the department the employee belonged to at closing.
create table analytics.attendance_month (
    tenant_id varchar(64) not null,
    month date not null,
    employee_id uuid not null,
    department_id uuid,
    overtime_hours numeric(7, 2) not null,
    late_count int not null,
    early_leave_count int not null,
    absent_days int not null,
    anomalies int not null,
    overtime_warning boolean not null,
    primary key (tenant_id, month, employee_id)
);
create index attendance_month_department_ix on analytics.attendance_month (tenant_id, department_id, month);

-- Payroll cost of a published run by department and item (GROSS, EMPLOYER_COST) for its period (month = first day).
create table analytics.payroll_cost (
    tenant_id varchar(64) not null,
    run_id uuid not null,
    month date not null,
    department_id uuid not null,
    item varchar(40) not null,
    headcount int not null,
    amount numeric(16, 2) not null,
    primary key (tenant_id, run_id, department_id, item)
);
create index payroll_cost_month_ix on analytics.payroll_cost (tenant_id, month);

-- Completed courses with their hours (completed_on = the completion day, for monthly figures).
create table analytics.training_completion (
    tenant_id varchar(64) not null,
    employee_id uuid not null,
    course_id uuid not null,
    completed_on date not null,
    hours numeric(7, 2) not null,
    primary key (tenant_id, employee_id, course_id, completed_on)
);
create index training_completion_date_ix on analytics.training_completion (tenant_id, completed_on);

-- Certificates that expired (and when), for certificate compliance.
create table analytics.certificate_expiry (
    tenant_id varchar(64) not null,
    certificate_id uuid not null,
    employee_id uuid not null,
    certificate_type varchar(100) not null,
    expires_on date not null,
    primary key (tenant_id, certificate_id)
);
create index certificate_expiry_date_ix on analytics.certificate_expiry (tenant_id, expires_on);

-- Performance results are analytics.performance_result of V16_1 (one per employee and cycle); the dashboards read
-- them joined to person_fact for the unit.
create index performance_result_period_ix on analytics.performance_result (tenant_id, period_end);
