-- Work notices (ADR 0041): one row per notice and channel, stored in the transaction of the change that caused it
-- and delivered by a worker after the commit, retried with back-off until it is sent or given up. The row is the
-- delivery record; the title and text are stored because a retry after a restart must send them again (they name
-- the item, never a secret: the link is a plain path that asks for sign-in).
create table platform.work_notice (
    id               uuid primary key,
    tenant_id        varchar(40)   not null,
    user_id          uuid          not null references platform.user_account(id) on delete cascade,
    channel          varchar(20)   not null check (channel in ('WECOM', 'DINGTALK', 'EMAIL')),
    topic            varchar(40)   not null,
    dedup_key        varchar(200)  not null,
    title            varchar(200)  not null,
    text             varchar(2000) not null,
    link             varchar(1000) not null,
    status           varchar(20)   not null check (status in ('PENDING', 'SENT', 'NOT_CONFIGURED', 'FAILED')),
    attempts         int           not null default 0,
    next_attempt_at  timestamptz   not null,
    last_error       varchar(1000),
    created_at       timestamptz   not null,
    sent_at          timestamptz,
    unique (tenant_id, user_id, channel, dedup_key)
);
create index work_notice_due_ix on platform.work_notice (next_attempt_at) where status = 'PENDING';
create index work_notice_user_ix on platform.work_notice (tenant_id, user_id, created_at desc);

-- The channels a person chose for their notices; no row means the default (chat apps where linked, else e-mail).
create table platform.message_preference (
    tenant_id   varchar(40)  not null,
    user_id     uuid         not null references platform.user_account(id) on delete cascade,
    channels    varchar(100) not null,
    updated_at  timestamptz  not null,
    primary key (tenant_id, user_id)
);

-- The developer outbox shows work notices too.
alter table platform.dev_outbox_message drop constraint if exists dev_outbox_message_channel_check;
alter table platform.dev_outbox_message add constraint dev_outbox_message_channel_check
    check (channel in ('EMAIL', 'SMS', 'ROBOT', 'WECOM', 'DINGTALK'));
