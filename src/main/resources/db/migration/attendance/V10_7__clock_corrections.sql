-- Clock corrections (补卡) approved through the workflow (subject "attendance-correction"); an approved one becomes
-- a clock event of device "correction" whose event id is the correction id.
create table attendance.clock_correction (
    id            uuid         primary key,
    tenant_id     varchar(40)  not null,
    employee_id   uuid         not null,
    at            timestamptz  not null,
    period        char(7)      not null,
    reason        varchar(500),
    status        varchar(10)  not null,
    created_at    timestamptz  not null
);
create index clock_correction_employee_ix on attendance.clock_correction (tenant_id, employee_id, period);
