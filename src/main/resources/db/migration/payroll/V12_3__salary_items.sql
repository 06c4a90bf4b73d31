-- The tenant's salary items (薪资项目) and their formulas. Versioned: a save adds a row with the next version and the
-- day it takes effect, never updates one; on a day the newest version effective on or before it applies. Built-in
-- items (overtime, performance bonus, absence, unpaid leave, lateness) live in code and apply until the tenant saves
-- a version of its own for their code.
create table payroll.salary_item (
    id uuid primary key,
    tenant_id varchar(64) not null,
    code varchar(40) not null,
    version int not null,
    name_zh varchar(100) not null,
    name_en varchar(100) not null,
    kind varchar(10) not null,
    taxable boolean not null,
    formula text not null,
    seq int not null,
    effective_from date not null,
    created_by varchar(254),
    created_at timestamptz not null,
    constraint salary_item_version_uq unique (tenant_id, code, version),
    constraint salary_item_kind_ck check (kind in ('EARNING', 'DEDUCTION', 'INFO'))
);
