-- Background jobs (ADR 0020): long work that any node may run. A worker claims a job with FOR UPDATE SKIP LOCKED
-- and holds it by a lease (lease_owner, lease_until in database time) that it renews while it works; when the
-- node dies the lease expires and another node claims the job and resumes it.
-- V1_1 created a first background_job table that nothing ever wrote to; this one replaces it.
drop table platform.background_job;

create table platform.background_job (
    id              uuid         not null,
    tenant_id       varchar(40)  not null references platform.tenant(id),
    type            varchar(100) not null,
    status          varchar(16)  not null,
    total           int          not null default 0,
    processed       int          not null default 0,
    payload         jsonb        not null default '{}'::jsonb,
    result          jsonb        not null default '{}'::jsonb,
    read_permission varchar(64)  not null,
    created_by      varchar(320) not null,
    -- the submitter as the handler runs (tenant, permissions, scope), or null for the system actor
    submitted_by    jsonb,
    locale          varchar(35),
    created_at      timestamptz  not null,
    started_at      timestamptz,
    finished_at     timestamptz,
    lease_owner     varchar(200),
    lease_until     timestamptz,
    attempts        int          not null default 0,
    failure         text,
    constraint background_job_pk primary key (id),
    constraint background_job_status_ck check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED'))
);

create index background_job_tenant_ix on platform.background_job (tenant_id, created_at desc);
-- what the workers look at: only unfinished jobs
create index background_job_claim_ix on platform.background_job (created_at) where status in ('QUEUED', 'RUNNING');
