-- Who performed best in their latest published performance result, so that ideal profiles learn from them
create table recruitment.top_performer (
    tenant_id varchar(64) not null,
    employee_id uuid not null,
    top boolean not null,
    grade varchar(4) not null,
    cycle_name varchar(200) not null,
    recorded_at timestamptz not null,
    primary key (tenant_id, employee_id)
);
