-- Competency models (one per position) and requisitions. Positions and departments belong to the
-- organization module: they are referenced by id only, without cross-schema foreign keys.

create table recruitment.competency_model (
    id              uuid primary key,
    tenant_id       varchar(40) not null,
    position_id     uuid not null,
    definition      jsonb not null,
    description_zh  text,
    description_en  text,
    updated_at      timestamptz not null,
    version         bigint not null default 0,
    constraint competency_model_position_uk unique (tenant_id, position_id)
);

create table recruitment.requisition (
    id              uuid primary key,
    tenant_id       varchar(40) not null,
    position_id     uuid not null,
    department_id   uuid not null,
    headcount       integer not null check (headcount > 0),
    title           varchar(200),
    status          varchar(20) not null,
    created_by      varchar(254) not null,
    created_at      timestamptz not null,
    opened_at       timestamptz,
    closed_at       timestamptz,
    version         bigint not null default 0
);
create index requisition_tenant_status_ix on recruitment.requisition (tenant_id, status, created_at desc);
create index requisition_slot_ix on recruitment.requisition (tenant_id, department_id, position_id, status);
