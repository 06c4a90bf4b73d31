create table platform.tenant (
    id          varchar(40) primary key,
    name        varchar(200) not null,
    locale      varchar(10)  not null default 'zh-CN',
    time_zone   varchar(60)  not null default 'Asia/Shanghai',
    created_at  timestamptz  not null default now(),
    version     bigint       not null default 0
);

create table platform.user_account (
    id               uuid primary key,
    tenant_id        varchar(40)  not null references platform.tenant(id),
    email            varchar(254) not null,
    display_name     varchar(200) not null,
    password_hash    varchar(200) not null,
    roles            varchar(400) not null,
    data_scope       varchar(20)  not null,
    department_id    uuid,
    employee_id      uuid,
    locale           varchar(10),
    enabled          boolean      not null default true,
    failed_logins    int          not null default 0,
    locked_until     timestamptz,
    created_at       timestamptz  not null default now(),
    version          bigint       not null default 0
);
create unique index user_account_email_uk on platform.user_account (lower(email));
create index user_account_tenant_ix on platform.user_account (tenant_id);

create table platform.api_token (
    id           uuid primary key,
    tenant_id    varchar(40)  not null,
    user_id      uuid         not null references platform.user_account(id),
    name         varchar(100) not null,
    token_hash   varchar(64)  not null unique,
    token_prefix varchar(12)  not null,
    scopes       varchar(1000),
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    version      bigint       not null default 0
);
create index api_token_user_ix on platform.api_token (user_id);

create table platform.audit_event (
    id           bigserial primary key,
    tenant_id    varchar(40)  not null,
    occurred_at  timestamptz  not null,
    actor        varchar(254) not null,
    action       varchar(40)  not null,
    entity_type  varchar(60)  not null,
    entity_id    varchar(80)  not null,
    before_state text,
    after_state  text,
    prev_hash    varchar(64)  not null,
    hash         varchar(64)  not null
);
create index audit_event_tenant_ix on platform.audit_event (tenant_id, id);
create index audit_event_entity_ix on platform.audit_event (tenant_id, entity_type, entity_id);

-- The audit log is append-only: ordinary updates and deletes are refused by the database itself.
create function platform.audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'platform.audit_event is append-only';
end;
$$;
create trigger audit_event_no_update before update or delete on platform.audit_event
    for each row execute function platform.audit_event_append_only();

create table platform.background_job (
    id          uuid primary key,
    tenant_id   varchar(40)  not null,
    kind        varchar(40)  not null,
    status      varchar(20)  not null,
    processed   int          not null default 0,
    total       int          not null default 0,
    result      text,
    created_by  varchar(254) not null,
    created_at  timestamptz  not null,
    finished_at timestamptz
);
create index background_job_tenant_ix on platform.background_job (tenant_id, created_at desc);
