-- Time an interviewer (a user of the tenant) can interview in.
create table interview.interviewer_availability (
    id          uuid primary key,
    tenant_id   varchar(40)  not null,
    user_id     uuid         not null,
    starts_at   timestamptz  not null,
    ends_at     timestamptz  not null,
    created_by  varchar(254) not null,
    created_at  timestamptz  not null,
    constraint interviewer_availability_period_ck check (ends_at > starts_at)
);
create index interviewer_availability_user_idx on interview.interviewer_availability (tenant_id, user_id, starts_at);

-- An interview with people, booked inside the interviewers' availability. The sequence counts the invitation's
-- revisions (RFC 5545 SEQUENCE): 0 when booked, 1 once cancelled.
create table interview.scheduled_interview (
    id                 uuid primary key,
    tenant_id          varchar(40)   not null,
    application_id     uuid          not null,
    candidate_id       uuid          not null,
    interviewer_ids    uuid[]        not null,
    starts_at          timestamptz   not null,
    ends_at            timestamptz   not null,
    location           varchar(300),
    meeting_url        varchar(1000),
    note               varchar(2000),
    status             varchar(20)   not null check (status in ('SCHEDULED', 'CANCELLED')),
    sequence           integer       not null default 0,
    candidate_emailed  boolean       not null,
    created_by         varchar(254)  not null,
    created_at         timestamptz   not null,
    cancelled_at       timestamptz,
    version            bigint        not null default 0,
    constraint scheduled_interview_period_ck check (ends_at > starts_at)
);
create index scheduled_interview_application_idx on interview.scheduled_interview (tenant_id, application_id);
create index scheduled_interview_time_idx on interview.scheduled_interview (tenant_id, starts_at, ends_at)
    where status = 'SCHEDULED';
