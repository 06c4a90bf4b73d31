-- Pay groups: the people paid together, on one work calendar, in one social-insurance region by default.
create table payroll.pay_group (
    id uuid primary key,
    tenant_id varchar(64) not null,
    code varchar(40) not null,
    name varchar(100) not null,
    calendar_id uuid,
    frequency varchar(10) not null default 'MONTHLY',
    region_code varchar(20) not null,
    version bigint not null default 0,
    constraint pay_group_code_uq unique (tenant_id, code)
);

-- Effective-dated pay structures, the one source of truth for an employee's pay: the newest row that starts on or
-- before a day applies on that day; rows are never updated, a change is a new row (history is kept).
create table payroll.salary_structure (
    id uuid primary key,
    tenant_id varchar(64) not null,
    employee_id uuid not null,
    effective_from date not null,
    pay_group_id uuid not null references payroll.pay_group (id),
    base numeric(12, 2) not null,
    allowances jsonb not null default '{}',
    fixed_deductions jsonb not null default '{}',
    region_code varchar(20) not null,
    housing_fund_rate numeric(5, 4) not null,
    social_insurance_base numeric(12, 2),
    bank_name varchar(100),
    bank_account_enc bytea,
    bonus_tax_method varchar(10) not null default 'SEPARATE',
    source varchar(20) not null,
    reason varchar(500),
    created_by varchar(254),
    created_at timestamptz not null,
    constraint salary_structure_day_uq unique (tenant_id, employee_id, effective_from)
);
create index salary_structure_group_ix on payroll.salary_structure (tenant_id, pay_group_id);

-- One-off and imported amounts for an employee's month (bonus, commission, deductions, carried corrections).
create table payroll.pay_input (
    id uuid primary key,
    tenant_id varchar(64) not null,
    period char(7) not null,
    employee_id uuid not null,
    code varchar(40) not null,
    amount numeric(12, 2) not null,
    note varchar(500),
    source varchar(20) not null,
    created_by varchar(254),
    created_at timestamptz not null
);
create index pay_input_period_ix on payroll.pay_input (tenant_id, period, employee_id);

-- The figures of closed attendance months, copied when attendance announces the close (and again on a re-close).
create table payroll.attendance_input (
    tenant_id varchar(64) not null,
    period char(7) not null,
    employee_id uuid not null,
    workdays int not null,
    absent_days int not null,
    late_minutes int not null,
    unpaid_leave_days numeric(6, 2) not null,
    sick_leave_days numeric(6, 2) not null,
    overtime_workday_hours numeric(6, 2) not null,
    overtime_rest_day_hours numeric(6, 2) not null,
    overtime_holiday_hours numeric(6, 2) not null,
    primary key (tenant_id, period, employee_id)
);

-- Special additional deductions (专项附加扣除) the employee declared for a tax year, per month.
create table payroll.tax_declaration (
    id uuid primary key,
    tenant_id varchar(64) not null,
    employee_id uuid not null,
    tax_year int not null,
    kind varchar(30) not null,
    monthly_amount numeric(10, 2) not null,
    evidence varchar(500),
    declared_at timestamptz not null,
    constraint tax_declaration_kind_uq unique (tenant_id, employee_id, tax_year, kind)
);

-- Payroll runs: one regular run per period and pay group; corrections of a published period are runs of their own.
create table payroll.payroll_run (
    id uuid primary key,
    tenant_id varchar(64) not null,
    period char(7) not null,
    pay_group_id uuid not null references payroll.pay_group (id),
    kind varchar(12) not null,
    status varchar(20) not null,
    headcount int not null default 0,
    gross numeric(16, 2) not null default 0,
    net numeric(16, 2) not null default 0,
    tax numeric(16, 2) not null default 0,
    employer_cost numeric(16, 2) not null default 0,
    job_id uuid,
    approval_id uuid,
    created_by varchar(254),
    created_at timestamptz not null,
    calculated_at timestamptz,
    published_at timestamptz,
    version bigint not null default 0
);
create unique index payroll_run_regular_uq on payroll.payroll_run (tenant_id, period, pay_group_id) where kind = 'REGULAR';

-- One result per employee and run, with its payslip lines and the tax year to date; rewritten as a whole when a chunk
-- of the run is calculated again, so a restarted run ends with exactly one result per employee.
create table payroll.payslip (
    run_id uuid not null references payroll.payroll_run (id),
    employee_id uuid not null,
    tenant_id varchar(64) not null,
    period char(7) not null,
    department_id uuid,
    gross numeric(12, 2) not null,
    net numeric(12, 2) not null,
    tax numeric(12, 2) not null,
    social_insurance numeric(12, 2) not null,
    employer_cost numeric(12, 2) not null,
    ytd_months int not null,
    ytd_income numeric(14, 2) not null,
    ytd_basic_deduction numeric(14, 2) not null,
    ytd_social_insurance numeric(14, 2) not null,
    ytd_special_additional numeric(14, 2) not null,
    ytd_other numeric(14, 2) not null,
    ytd_tax numeric(14, 2) not null,
    lines jsonb not null,
    primary key (run_id, employee_id)
);
create index payslip_employee_ix on payroll.payslip (tenant_id, employee_id, period);
