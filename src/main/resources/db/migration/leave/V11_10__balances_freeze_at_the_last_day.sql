-- The last day of a leaver, written once when the employee record is terminated: from then on the balances are
-- frozen (no accrual after that day, no new requests, no adjustments). The primary key makes a second delivery of
-- the termination event a no-op.
create table leave.balance_freeze (
    tenant_id    varchar(64) not null,
    employee_id  uuid not null,
    last_day     date not null,
    frozen_at    timestamptz not null,
    primary key (tenant_id, employee_id)
);

-- Why the system (not a person) cancelled or shortened a request, e.g. EMPLOYMENT_ENDED; null otherwise.
alter table leave.leave_request add column ended_because varchar(40);
