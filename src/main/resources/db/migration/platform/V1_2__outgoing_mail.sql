-- What became of every outgoing e-mail: sent, not sent (no mail server configured) or failed with the error.
-- The recipient is masked (zh***@example.com) and bodies are not kept: a message may carry personal data.
create table platform.mail_delivery (
    id          uuid primary key,
    tenant_id   varchar(40)  not null,
    recipient   varchar(320) not null,
    subject     varchar(500) not null,
    status      varchar(20)  not null check (status in ('SENT', 'NOT_SENT', 'FAILED')),
    error       varchar(1000),
    created_at  timestamptz  not null
);
create index mail_delivery_tenant_ix on platform.mail_delivery (tenant_id, created_at desc);

-- Demo mode only: every outgoing message in full, readable by the tenant's administrators.
create table platform.dev_outbox_message (
    id               uuid primary key,
    tenant_id        varchar(40)  not null,
    channel          varchar(20)  not null check (channel in ('EMAIL', 'SMS', 'ROBOT')),
    recipient        varchar(320) not null,
    subject          varchar(500) not null,
    text             text         not null,
    attachment_names jsonb        not null default '[]',
    created_at       timestamptz  not null
);
create index dev_outbox_message_tenant_ix on platform.dev_outbox_message (tenant_id, created_at desc, id);
