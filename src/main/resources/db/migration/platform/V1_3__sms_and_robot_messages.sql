-- What became of every outgoing SMS and group robot message: sent, not sent (no gateway or webhook configured) or
-- failed with the reason (the HTTP status when the service answered). Recipients are masked and texts are not kept:
-- a message may carry a one-time code or a signed link.
create table platform.message_delivery (
    id          uuid primary key,
    tenant_id   varchar(40)  not null,
    channel     varchar(20)  not null check (channel in ('SMS', 'ROBOT')),
    recipient   varchar(320) not null,
    status      varchar(20)  not null check (status in ('SENT', 'NOT_CONFIGURED', 'FAILED')),
    error       varchar(1000),
    created_at  timestamptz  not null
);
create index message_delivery_tenant_ix on platform.message_delivery (tenant_id, created_at desc);

-- SMS and robot messages have no subject.
alter table platform.dev_outbox_message alter column subject drop not null;
create index dev_outbox_message_channel_ix on platform.dev_outbox_message (tenant_id, channel, created_at desc, id);
