-- Two employees swap their shifts of one day, once the approval (workflow subject 'shift-swap') is granted.
create table attendance.shift_swap (
    id             uuid primary key,
    tenant_id      varchar(40) not null,
    requester_id   uuid not null,
    partner_id     uuid not null,
    day            date not null,
    reason         varchar(500),
    status         varchar(20) not null check (status in ('PENDING', 'APPROVED', 'REJECTED', 'RETURNED')),
    decided_at     timestamptz,
    requested_by   varchar(254) not null,
    created_at     timestamptz not null default now(),
    constraint shift_swap_two_people check (requester_id <> partner_id)
);
create index shift_swap_tenant on attendance.shift_swap (tenant_id, created_at);
