-- The columns each user hid in each list table of the desk (the column chooser), so that a list opens as the user
-- left it on any device. Hidden rather than shown columns are kept, so that a column added later shows by default.
create table platform.list_table_columns (
    tenant_id       varchar(40)  not null references platform.tenant(id),
    user_id         uuid         not null references platform.user_account(id) on delete cascade,
    table_key       varchar(40)  not null,
    hidden_columns  varchar(1000) not null,
    updated_at      timestamptz  not null,
    primary key (tenant_id, user_id, table_key)
);
