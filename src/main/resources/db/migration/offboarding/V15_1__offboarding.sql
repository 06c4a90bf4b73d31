-- Leaving cases: the case of one leaver (resignation, termination on a legal ground, retirement, death) with its
-- approval state, final settlement and rehire flag; the checklist items of HR, IT, finance, the manager and the
-- leaver; the tenant's list of reasons for leaving; and the confidential exit interview.
create schema if not exists offboarding;

create table offboarding.offboarding_case (
    id                      uuid primary key,
    tenant_id               varchar(40) not null,
    employee_id             uuid not null,
    employee_no             varchar(40) not null,
    employee_name           varchar(200) not null,
    department_id           uuid,
    department_name         varchar(200),
    position_name           varchar(200),
    hire_date               date not null,
    kind                    varchar(20) not null check (kind in ('RESIGNATION', 'TERMINATION', 'RETIREMENT', 'DEATH')),
    legal_ground            varchar(20) check (legal_ground in ('MUTUAL_AGREEMENT', 'MISCONDUCT', 'NOTICE', 'REDUNDANCY', 'CONTRACT_EXPIRY')),
    reason                  varchar(1000),
    notice_given_on         date not null,
    last_day                date not null,
    in_probation            boolean not null,
    successor_id            uuid,
    successor_name          varchar(200),
    status                  varchar(20) not null check (status in ('PENDING_APPROVAL', 'APPROVED', 'RETURNED', 'REJECTED', 'WITHDRAWN', 'LEFT')),
    decision_comment        varchar(1000),
    monthly_wage            numeric(12, 2),
    local_average_wage      numeric(12, 2),
    notice_in_lieu          boolean not null default false,
    annual_leave_days       integer,
    annual_leave_taken      numeric(5, 1),
    compensation_months     numeric(4, 1),
    compensation            numeric(14, 2),
    notice_pay              numeric(14, 2),
    leave_payout            numeric(14, 2),
    settlement_approved_at  timestamptz,
    rehire_eligible         boolean,
    rehire_reason           varchar(500),
    regretted               boolean,
    opened_by               varchar(200) not null,
    created_at              timestamptz not null,
    left_at                 timestamptz,
    version                 bigint not null default 0,
    constraint offboarding_case_termination_ground check (kind <> 'TERMINATION' or legal_ground is not null)
);
-- one running case per employee
create unique index offboarding_case_open_uk on offboarding.offboarding_case (tenant_id, employee_id)
    where status in ('PENDING_APPROVAL', 'APPROVED', 'RETURNED');
create index offboarding_case_due_idx on offboarding.offboarding_case (status, last_day);

create table offboarding.checklist_item (
    id                      uuid primary key,
    tenant_id               varchar(40) not null,
    case_id                 uuid not null references offboarding.offboarding_case (id),
    owner                   varchar(20) not null check (owner in ('HR', 'IT', 'FINANCE', 'MANAGER', 'LEAVER')),
    title_zh                varchar(200) not null,
    title_en                varchar(200) not null,
    due_date                date not null,
    sort_order              integer not null,
    done_at                 timestamptz,
    done_by                 varchar(200),
    version                 bigint not null default 0
);
create index offboarding_checklist_case_idx on offboarding.checklist_item (case_id);

create table offboarding.exit_reason (
    id                      uuid primary key,
    tenant_id               varchar(40) not null,
    code                    varchar(40) not null,
    name_zh                 varchar(100) not null,
    name_en                 varchar(100) not null,
    sort_order              integer not null,
    constraint exit_reason_code_uk unique (tenant_id, code)
);

create table offboarding.exit_interview (
    id                      uuid primary key,
    tenant_id               varchar(40) not null,
    case_id                 uuid not null references offboarding.offboarding_case (id),
    reason_codes            varchar(250) not null,
    comments                varchar(4000),
    would_return            boolean,
    manager_feedback        varchar(4000),
    submitted_at            timestamptz not null,
    constraint exit_interview_case_uk unique (case_id)
);
