create extension if not exists pg_trgm with schema public;

create table employee.employee (
    id                 uuid primary key,
    tenant_id          varchar(40)  not null,
    employee_no        varchar(40)  not null,
    name               varchar(100) not null,
    email              varchar(254),
    phone              varchar(40),
    department_id      uuid not null,
    position_id        uuid,
    manager_id         uuid references employee.employee(id),
    hire_date          date not null,
    status             varchar(20)  not null,
    termination_date   date,
    education          jsonb not null default '[]',
    work_history       jsonb not null default '[]',
    certificates       jsonb not null default '[]',
    id_number_enc      bytea,
    bank_account_enc   bytea,
    birth_date_enc     bytea,
    address_enc        bytea,
    salary_enc         bytea,
    search_text        text generated always as
                         (lower(employee_no || ' ' || name || ' ' || coalesce(email, '') || ' ' || coalesce(phone, ''))) stored,
    created_at         timestamptz not null default now(),
    version            bigint not null default 0,
    constraint employee_no_uk unique (tenant_id, employee_no)
);
create index employee_tenant_dept_ix on employee.employee (tenant_id, department_id, employee_no);
create index employee_tenant_no_ix on employee.employee (tenant_id, employee_no);
create index employee_tenant_status_ix on employee.employee (tenant_id, status);
create index employee_manager_ix on employee.employee (manager_id);
create index employee_search_trgm_ix on employee.employee using gin (search_text public.gin_trgm_ops);

create table employee.timeline_event (
    id           uuid primary key,
    tenant_id    varchar(40)  not null,
    employee_id  uuid not null references employee.employee(id),
    occurred_on  date not null,
    recorded_at  timestamptz not null,
    type         varchar(40)  not null,
    source       varchar(40)  not null,
    summary      varchar(500) not null,
    details      jsonb not null default '{}',
    recorded_by  varchar(254) not null,
    version      bigint       not null default 0
);
create index timeline_employee_ix on employee.timeline_event (tenant_id, employee_id, occurred_on desc);
