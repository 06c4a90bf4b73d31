-- The last day of a leaver, written once when the employee record is terminated: no shift is planned after it (the
-- primary key makes a second delivery of the termination event a no-op).
create table attendance.employment_end (
    tenant_id    varchar(40) not null,
    employee_id  uuid not null,
    last_day     date not null,
    ended_at     timestamptz not null default now(),
    primary key (tenant_id, employee_id)
);

-- A pending swap whose partner (or requester) leaves before the swapped day is cancelled by the system.
alter table attendance.shift_swap drop constraint shift_swap_status_check;
alter table attendance.shift_swap add constraint shift_swap_status_check
    check (status in ('PENDING', 'APPROVED', 'REJECTED', 'RETURNED', 'CANCELLED'));
