-- A course may be tied to a performance item (a KPI code or competency as reviews show it, or TOTAL for the overall
-- score): its effectiveness compares the participants' score of that item before and after the course.
alter table training.course add column performance_item varchar(100);

-- The scores of published performance results, kept from performance's event: one row per cycle, employee and item.
create table training.performance_score (
    tenant_id varchar(64) not null,
    cycle_id uuid not null,
    employee_id uuid not null,
    item_code varchar(100) not null,
    score numeric(6, 2) not null,
    published_at timestamptz not null,
    primary key (tenant_id, cycle_id, employee_id, item_code)
);
create index performance_score_item_ix on training.performance_score (tenant_id, item_code, employee_id);
