-- Work calendars: every tenant has a default one (code 'default'), seeded from the bundled official holiday
-- arrangements; HR adds calendars for sites and assigns them to departments.
create table attendance.work_calendar (
    id          uuid primary key,
    tenant_id   varchar(40) not null,
    code        varchar(40) not null,
    name_zh     varchar(100) not null,
    name_en     varchar(100) not null,
    is_default  boolean not null default false,
    created_at  timestamptz not null default now(),
    constraint work_calendar_code_uk unique (tenant_id, code)
);
create unique index work_calendar_one_default on attendance.work_calendar (tenant_id) where is_default;

-- One row per date of every year the calendar covers (seeded or imported); dates outside fall back to the rule
-- (statutory holidays from the law, weekends off).
create table attendance.calendar_day (
    tenant_id    varchar(40) not null,
    calendar_id  uuid not null references attendance.work_calendar(id) on delete cascade,
    day          date not null,
    day_type     varchar(20) not null check (day_type in ('WORKDAY', 'REST_DAY', 'STATUTORY_HOLIDAY', 'MAKEUP_WORKDAY')),
    name         varchar(60),
    primary key (calendar_id, day)
);
create index calendar_day_tenant on attendance.calendar_day (tenant_id, calendar_id, day);

-- The calendar of a department and the units below it (the nearest assignment up the tree wins).
create table attendance.calendar_assignment (
    tenant_id      varchar(40) not null,
    department_id  uuid not null,
    calendar_id    uuid not null references attendance.work_calendar(id) on delete cascade,
    primary key (tenant_id, department_id)
);
