-- Approvals of the workflow module. Flowable keeps its own ACT_* tables (created by the engine itself);
-- these tables hold what the product needs around them: chains per tenant, approvals, their history, delegations.

create table workflow.approval_chain (
    tenant_id     varchar(64)  not null,
    subject_type  varchar(40)  not null,
    steps         jsonb,
    bpmn_xml      text,
    process_key   varchar(255),
    updated_at    timestamptz  not null,
    updated_by    varchar(255) not null,
    primary key (tenant_id, subject_type)
);

create table workflow.approval (
    id                   uuid         primary key,
    tenant_id            varchar(64)  not null,
    subject_type         varchar(40)  not null,
    subject_id           uuid         not null,
    title                varchar(300) not null,
    amount               numeric(19, 2),
    attributes           jsonb        not null default '{}',
    process_instance_id  varchar(64),
    requested_by         uuid,
    status               varchar(16)  not null,
    started_at           timestamptz  not null,
    ended_at             timestamptz
);
create unique index approval_one_running_per_subject on workflow.approval (tenant_id, subject_type, subject_id)
    where status = 'RUNNING';
create index approval_by_subject on workflow.approval (tenant_id, subject_type, subject_id);
create unique index approval_by_process on workflow.approval (process_instance_id);

create table workflow.approval_step (
    id                 uuid         primary key,
    tenant_id          varchar(64)  not null,
    approval_id        uuid         not null references workflow.approval (id),
    task_id            varchar(64),
    name               varchar(200) not null,
    note               varchar(20),
    assignee_user_id   uuid,
    on_behalf_of       uuid,
    escalated_from     uuid,
    decided_by         uuid,
    outcome            varchar(16),
    comment            varchar(2000),
    created_at         timestamptz  not null,
    decided_at         timestamptz
);
create unique index approval_step_by_task on workflow.approval_step (task_id) where task_id is not null;
create index approval_step_by_approval on workflow.approval_step (approval_id, created_at);

create table workflow.delegation (
    tenant_id         varchar(64) not null,
    user_id           uuid        not null,
    delegate_user_id  uuid        not null,
    from_date         date        not null,
    to_date           date        not null,
    primary key (tenant_id, user_id)
);
