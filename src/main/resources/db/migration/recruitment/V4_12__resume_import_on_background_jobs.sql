-- Bulk resume uploads run as platform background jobs (ADR 0020): the job row lives in platform.background_job,
-- and each uploaded file waits here, in the database rather than on one node's disk, so that any node can resume
-- the upload when the node running it died. A file is processed once: its outcome is recorded in the transaction
-- that creates its application, and its bytes are dropped then (the application keeps what it needs).
create table recruitment.import_file (
    tenant_id      varchar(40)  not null,
    job_id         uuid         not null,
    position       int          not null,
    filename       varchar(500),
    content        bytea,
    -- null while waiting; CREATED (application_id set) or FAILED (error set, in the uploader's language)
    outcome        varchar(10),
    candidate_id   uuid,
    application_id uuid,
    duplicate_of   uuid,
    error          text,
    constraint import_file_pk primary key (job_id, position),
    constraint import_file_outcome_ck check (outcome in ('CREATED', 'FAILED')),
    -- the same application can never be recorded for two files
    constraint import_file_application_uq unique (application_id)
);

create index import_file_tenant_ix on recruitment.import_file (tenant_id, job_id);

-- progress of uploads before this version is not carried over: those uploads had ended or died with their node
drop table recruitment.import_job;
