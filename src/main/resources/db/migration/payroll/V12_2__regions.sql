-- A tenant's own versions of a region's social insurance and housing fund rules. The built-in versions (the official
-- figures) ship as a resource file, payroll/regions-cn-2025.json, and apply to every tenant; a tenant's version starts
-- on its effective_from and, on the same day, wins over the built-in one. A save with a new effective_from adds a row,
-- one with an existing effective_from replaces that row (the audit trail keeps what it held); older rows stay.
create table payroll.region_version (
    id uuid primary key,
    tenant_id varchar(64) not null,
    code varchar(20) not null,
    effective_from date not null,
    name varchar(100) not null,
    -- [{"kind", "baseFloor", "baseCeiling", "employeeRate", "employerRate", "employeeFixed", "rounding"}]
    items jsonb not null,
    created_by varchar(254),
    created_at timestamptz not null,
    constraint region_version_day_uq unique (tenant_id, code, effective_from)
);
