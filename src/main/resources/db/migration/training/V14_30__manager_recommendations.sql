-- Courses a manager (or HR) recommended to an employee, with the reason they gave; shown until the employee enrols.
create table training.manager_recommendation (
    id uuid primary key,
    tenant_id varchar(64) not null,
    employee_id uuid not null,
    course_id uuid not null references training.course (id),
    text varchar(500) not null,
    recommended_by varchar(254) not null,
    recommended_by_name varchar(200) not null,
    created_at timestamptz not null
);
-- one per recommender and course: recommending again replaces the reason
create unique index manager_recommendation_uq on training.manager_recommendation (tenant_id, employee_id, course_id,
    recommended_by);
