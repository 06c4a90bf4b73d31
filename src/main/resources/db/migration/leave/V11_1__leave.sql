-- Leave types a tenant changed or added; the built-in types (ANNUAL, SICK, ...) apply until a tenant overrides one.
create table leave.leave_type (
    id uuid primary key,
    tenant_id varchar(64) not null,
    code varchar(40) not null,
    name_zh varchar(100) not null,
    name_en varchar(100) not null,
    unit varchar(20) not null,
    day_basis varchar(20) not null,
    paid boolean not null,
    has_balance boolean not null,
    version bigint not null default 0,
    constraint leave_type_code_uq unique (tenant_id, code)
);

-- The tenant's leave policy: which province's rules apply, how annual leave accrues and how much carries over.
create table leave.leave_policy (
    tenant_id varchar(64) primary key,
    province varchar(10) not null default 'CN',
    accrual varchar(10) not null default 'YEARLY',
    carry_over_max_days numeric(5, 1) not null default 5,
    carry_over_months int not null default 3
);

-- HR's adjustments and carry-overs on top of the computed entitlement; every one has a reason (and an audit entry).
create table leave.balance_grant (
    id uuid primary key,
    tenant_id varchar(64) not null,
    employee_id uuid not null,
    type_code varchar(40) not null,
    year int not null,
    days numeric(6, 2) not null,
    kind varchar(20) not null,
    expires_on date,
    reason varchar(500) not null,
    created_by varchar(254),
    created_at timestamptz not null
);
create index balance_grant_employee_ix on leave.balance_grant (tenant_id, employee_id, year);

create table leave.leave_request (
    id uuid primary key,
    tenant_id varchar(64) not null,
    employee_id uuid not null,
    type_code varchar(40) not null,
    start_date date not null,
    end_date date not null,
    start_half varchar(2),
    end_half varchar(2),
    hours numeric(4, 1),
    days numeric(6, 2) not null,
    paid boolean not null,
    status varchar(20) not null,
    reason varchar(500),
    decision_comment varchar(500),
    requested_by varchar(254),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version bigint not null default 0
);
create index leave_request_employee_ix on leave.leave_request (tenant_id, employee_id, start_date);
create index leave_request_status_ix on leave.leave_request (tenant_id, status, start_date);

-- The half days a pending or approved request holds. The primary key is what makes two racing requests for the same
-- days end with exactly one: the second insert fails, whatever the timing.
create table leave.leave_day (
    tenant_id varchar(64) not null,
    employee_id uuid not null,
    day date not null,
    half varchar(2) not null,
    request_id uuid not null,
    fraction numeric(4, 2) not null,
    primary key (tenant_id, employee_id, day, half)
);
create index leave_day_request_ix on leave.leave_day (request_id);
create index leave_day_day_ix on leave.leave_day (tenant_id, day);

-- Statutory and provincial leave rules as effective-dated data (sources in docs/leave-rules.md). tenant_id null is
-- the law for every tenant; a tenant's own row (a collective agreement more generous than the law) overrides it.
create table leave.statutory_rule (
    id uuid primary key default gen_random_uuid(),
    tenant_id varchar(64),
    province varchar(10) not null,
    type_code varchar(40) not null,
    variant varchar(40) not null,
    days int not null,
    day_basis varchar(20) not null,
    per varchar(20) not null,
    effective_from date not null,
    effective_to date,
    source text not null
);
create index statutory_rule_ix on leave.statutory_rule (province, type_code);

-- The sick-pay floor payroll applies (病假工资不得低于当地最低工资标准的80%), per province, effective-dated.
create table leave.sick_pay_rule (
    id uuid primary key default gen_random_uuid(),
    tenant_id varchar(64),
    province varchar(10) not null,
    min_percent_of_minimum_wage int not null,
    effective_from date not null,
    source text not null
);
