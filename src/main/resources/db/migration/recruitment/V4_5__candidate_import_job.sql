-- Bulk resume uploads run as background jobs; each row tracks one upload so that its progress can be
-- polled from any request. Results hold ids and file names only, errors are already in the uploader's language.
create table recruitment.import_job (
    id              uuid primary key,
    tenant_id       varchar(40)  not null,
    requisition_id  uuid         not null references recruitment.requisition(id),
    channel         varchar(30)  not null,
    status          varchar(20)  not null,
    total           int          not null,
    processed       int          not null default 0,
    succeeded       int          not null default 0,
    duplicates      int          not null default 0,
    failed          jsonb        not null default '[]',
    created         jsonb        not null default '[]',
    created_by      varchar(254) not null,
    created_at      timestamptz  not null,
    finished_at     timestamptz
);
create index import_job_tenant_ix on recruitment.import_job (tenant_id, created_at desc);
