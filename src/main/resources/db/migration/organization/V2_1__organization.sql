create table organization.department (
    id          uuid primary key,
    tenant_id   varchar(40)  not null,
    parent_id   uuid references organization.department(id),
    code        varchar(40)  not null,
    name        varchar(200) not null,
    kind        varchar(20)  not null,
    path        varchar(2000) not null,
    sort_order  int          not null default 0,
    manager_id  uuid,
    version     bigint       not null default 0,
    constraint department_code_uk unique (tenant_id, code)
);
create index department_tenant_path_ix on organization.department (tenant_id, path varchar_pattern_ops);
create index department_parent_ix on organization.department (tenant_id, parent_id);

create table organization.job_family (
    id          uuid primary key,
    tenant_id   varchar(40)  not null,
    code        varchar(40)  not null,
    name        varchar(200) not null,
    version     bigint       not null default 0,
    constraint job_family_code_uk unique (tenant_id, code)
);

create table organization.position (
    id             uuid primary key,
    tenant_id      varchar(40)  not null,
    code           varchar(40)  not null,
    name           varchar(200) not null,
    job_family_id  uuid references organization.job_family(id),
    grade          varchar(20),
    version        bigint       not null default 0,
    constraint position_code_uk unique (tenant_id, code)
);

create table organization.headcount_plan (
    id             uuid primary key,
    tenant_id      varchar(40) not null,
    department_id  uuid not null references organization.department(id),
    position_id    uuid not null references organization.position(id),
    planned        int  not null check (planned >= 0),
    version        bigint not null default 0,
    constraint headcount_plan_uk unique (tenant_id, department_id, position_id)
);
