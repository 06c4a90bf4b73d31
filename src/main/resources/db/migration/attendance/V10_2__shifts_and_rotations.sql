-- Shifts: an end at or before the start means the shift ends the next day. The tenant's standard day shift
-- (code STD) is worked on the calendar's working days by everybody without a rotation.
create table attendance.shift (
    id                uuid primary key,
    tenant_id         varchar(40) not null,
    code              varchar(20) not null,
    name_zh           varchar(60) not null,
    name_en           varchar(60) not null,
    start_time        time not null,
    end_time          time not null,
    break_minutes     int not null default 0 check (break_minutes between 0 and 600),
    grace_minutes     int not null default 0 check (grace_minutes between 0 and 240),
    flexible_minutes  int not null default 0 check (flexible_minutes between 0 and 480),
    minimum_minutes   int not null default 0 check (minimum_minutes between 0 and 1440),
    created_at        timestamptz not null default now(),
    constraint shift_code_uk unique (tenant_id, code)
);

-- Rotations: a cycle of shift codes and rest days ('-'), e.g. 三班倒 'E,E,M,M,N,N,-,-', counted from start_date.
create table attendance.rotation (
    id          uuid primary key,
    tenant_id   varchar(40) not null,
    code        varchar(20) not null,
    name_zh     varchar(60) not null,
    name_en     varchar(60) not null,
    cycle       varchar(1000) not null,
    start_date  date not null,
    created_at  timestamptz not null default now(),
    constraint rotation_code_uk unique (tenant_id, code)
);
