-- Raw clock events from terminals, phones and imports. The primary key is the idempotency key: a device that
-- sends an event again (retries, replays) changes nothing.
create table attendance.clock_event (
    tenant_id    varchar(40)  not null,
    device_id    varchar(64)  not null,
    event_id     varchar(100) not null,
    employee_id  uuid         not null,
    at           timestamptz  not null,
    source       varchar(10)  not null,
    received_at  timestamptz  not null,
    constraint clock_event_pk primary key (tenant_id, device_id, event_id)
);
create index clock_event_employee_at_ix on attendance.clock_event (tenant_id, employee_id, at);

-- Where a phone may clock in: a circle around a centre, assigned to departments.
create table attendance.clock_site (
    id           uuid         primary key,
    tenant_id    varchar(40)  not null,
    name         varchar(100) not null,
    latitude     double precision not null,
    longitude    double precision not null,
    radius_m     integer      not null,
    created_at   timestamptz  not null
);
create table attendance.clock_site_department (
    tenant_id     varchar(40) not null,
    department_id uuid        not null,
    site_id       uuid        not null references attendance.clock_site (id) on delete cascade,
    constraint clock_site_department_pk primary key (tenant_id, department_id)
);
