-- Who works which rotation from when: a team (department and the units below it) or one employee (who wins over
-- the team). offset_days shifts the cycle, so four teams share one 四班三倒 rotation a phase apart.
create table attendance.rotation_assignment (
    id              uuid primary key,
    tenant_id       varchar(40) not null,
    rotation_id     uuid not null references attendance.rotation(id) on delete cascade,
    department_id   uuid,
    employee_id     uuid,
    effective_from  date not null,
    effective_to    date,
    offset_days     int not null default 0 check (offset_days between 0 and 366),
    created_at      timestamptz not null default now(),
    constraint rotation_assignment_target check ((department_id is null) <> (employee_id is null)),
    constraint rotation_assignment_period check (effective_to is null or effective_to >= effective_from)
);
create index rotation_assignment_tenant on attendance.rotation_assignment (tenant_id, effective_from);

-- A single day planned by hand (bulk assignment, an approved swap): a shift, or a day off (shift_code null);
-- wins over rotations and the standard shift.
create table attendance.schedule_entry (
    tenant_id    varchar(40) not null,
    employee_id  uuid not null,
    day          date not null,
    shift_code   varchar(20),
    source       varchar(20) not null check (source in ('MANUAL', 'SWAP')),
    updated_at   timestamptz not null default now(),
    primary key (tenant_id, employee_id, day)
);
create index schedule_entry_day on attendance.schedule_entry (tenant_id, day);
