-- The interview plan of a requisition: ordered questions of the bank, dimension weights and the pass threshold.
create table interview.interview_plan (
    id                  uuid primary key,
    tenant_id           varchar(40) not null,
    requisition_id      uuid not null,
    questions           jsonb not null,
    dimension_weights   jsonb not null,
    pass_threshold      integer not null check (pass_threshold between 0 and 100),
    time_limit_minutes  integer check (time_limit_minutes between 1 and 240),
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint not null default 0,
    constraint interview_plan_requisition_uk unique (tenant_id, requisition_id)
);
