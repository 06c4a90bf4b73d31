-- Outbound webhooks: a tenant's subscriptions of a URL to event types (the signing secret sealed with the PII key),
-- one delivery per subscription and event (retried with back-off until it succeeds or its retry window ends), and
-- the log of every attempt with the receiver's status code.
create schema if not exists openplatform;

create table openplatform.webhook_subscription (
    id                    uuid primary key,
    tenant_id             varchar(40) not null,
    url                   varchar(2000) not null,
    events                varchar(1000) not null,
    secret_sealed         bytea not null,
    status                varchar(20) not null check (status in ('ACTIVE', 'DISABLED')),
    consecutive_failures  integer not null default 0,
    disabled_at           timestamptz,
    created_by            varchar(200) not null,
    created_at            timestamptz not null
);

create index webhook_subscription_tenant on openplatform.webhook_subscription (tenant_id, created_at);

create table openplatform.webhook_delivery (
    id                uuid primary key,
    tenant_id         varchar(40) not null,
    subscription_id   uuid not null references openplatform.webhook_subscription (id) on delete cascade,
    event_id          uuid not null,
    event_type        varchar(60) not null,
    body              text not null,
    status            varchar(20) not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts          integer not null default 0,
    next_attempt_at   timestamptz not null,
    give_up_at        timestamptz not null,
    last_status_code  integer,
    last_error        varchar(500),
    last_attempt_at   timestamptz,
    delivered_at      timestamptz,
    created_at        timestamptz not null,
    -- a domain event delivered again (after a crash or an operator's resubmission) adds no second delivery
    constraint webhook_delivery_once unique (subscription_id, event_id)
);

create index webhook_delivery_due on openplatform.webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_of_subscription on openplatform.webhook_delivery (subscription_id, created_at desc);

create table openplatform.webhook_attempt (
    id            uuid primary key,
    tenant_id     varchar(40) not null,
    delivery_id   uuid not null references openplatform.webhook_delivery (id) on delete cascade,
    attempted_at  timestamptz not null,
    status_code   integer,
    error         varchar(500),
    duration_ms   integer not null
);

create index webhook_attempt_of_delivery on openplatform.webhook_attempt (delivery_id, attempted_at);
