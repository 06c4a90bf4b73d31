-- Per-tenant rules of the time clock.
create table attendance.clock_setting (
    tenant_id                 varchar(40) primary key,
    grace_minutes             integer     not null default 5,
    overtime_rule             varchar(20) not null default 'APPROVED',
    min_overtime_minutes      integer     not null default 30,
    correction_monthly_limit  integer     not null default 3
);

-- A month's state: closed months keep their frozen results until HR reopens them.
create table attendance.attendance_period (
    tenant_id     varchar(40) not null,
    period        char(7)     not null,
    status        varchar(10) not null,
    closed_at     timestamptz,
    closed_by     varchar(200),
    reopened_at   timestamptz,
    reopen_reason varchar(500),
    constraint attendance_period_pk primary key (tenant_id, period)
);

-- Frozen results of a closed month, per employee and day.
create table attendance.daily_result (
    tenant_id            varchar(40) not null,
    employee_id          uuid        not null,
    work_date            date        not null,
    period               char(7)     not null,
    day_type             varchar(20) not null,
    shift_code           varchar(40),
    shift_start          time,
    shift_end            time,
    shift_paid_minutes   integer,
    first_in             timestamptz,
    last_out             timestamptz,
    worked_minutes       integer     not null,
    late_minutes         integer     not null,
    early_leave_minutes  integer     not null,
    absent               boolean     not null,
    missing_punch        boolean     not null,
    leave_type           varchar(40),
    leave_paid           boolean,
    leave_fraction       numeric(4,2),
    leave_half           varchar(2),
    ot_workday_minutes   integer     not null,
    ot_rest_day_minutes  integer     not null,
    ot_holiday_minutes   integer     not null,
    constraint daily_result_pk primary key (tenant_id, employee_id, work_date)
);
create index daily_result_period_ix on attendance.daily_result (tenant_id, period);

-- Frozen month totals per employee, what payroll reads.
create table attendance.monthly_result (
    tenant_id            varchar(40)  not null,
    period               char(7)      not null,
    employee_id          uuid         not null,
    workdays             integer      not null,
    worked_days          integer      not null,
    absent_days          integer      not null,
    late_count           integer      not null,
    late_minutes         integer      not null,
    early_leave_count    integer      not null,
    paid_leave_days      numeric(6,2) not null,
    unpaid_leave_days    numeric(6,2) not null,
    sick_leave_days      numeric(6,2) not null,
    ot_workday_minutes   integer      not null,
    ot_rest_day_minutes  integer      not null,
    ot_holiday_minutes   integer      not null,
    constraint monthly_result_pk primary key (tenant_id, period, employee_id)
);

-- Background close runs and their progress.
create table attendance.close_job (
    id           uuid         primary key,
    tenant_id    varchar(40)  not null,
    period       char(7)      not null,
    status       varchar(10)  not null,
    processed    integer      not null default 0,
    total        integer      not null default 0,
    error        varchar(500),
    created_by   varchar(200),
    created_at   timestamptz  not null,
    finished_at  timestamptz
);
create index close_job_tenant_ix on attendance.close_job (tenant_id, created_at desc);

-- Overtime approved through the workflow (subject "overtime"), per employee and day; compensation PAY or LEAVE
-- (rest-day overtime taken as 调休假 instead of pay).
create table attendance.overtime_request (
    id            uuid         primary key,
    tenant_id     varchar(40)  not null,
    employee_id   uuid         not null,
    work_date     date         not null,
    minutes       integer      not null,
    compensation  varchar(10)  not null,
    reason        varchar(500),
    status        varchar(10)  not null,
    created_at    timestamptz  not null
);
create index overtime_request_employee_ix on attendance.overtime_request (tenant_id, employee_id, work_date);
-- one running close per month: a second request loses the race on this index
create unique index close_job_running_uk on attendance.close_job (tenant_id, period) where status = 'RUNNING';
