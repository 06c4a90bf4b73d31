create table integration.import_job (
    id           uuid primary key,
    tenant_id    varchar(40)  not null,
    kind         varchar(20)  not null,
    file_name    varchar(255),
    dry_run      boolean      not null,
    status       varchar(20)  not null,
    processed    int          not null default 0,
    total        int          not null default 0,
    saved        int          not null default 0,
    error_count  int          not null default 0,
    errors       jsonb        not null default '[]',
    created_by   varchar(254) not null,
    created_at   timestamptz  not null,
    finished_at  timestamptz
);
create index import_job_tenant_ix on integration.import_job (tenant_id, created_at desc);
