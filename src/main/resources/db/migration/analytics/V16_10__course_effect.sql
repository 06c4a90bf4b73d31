-- Training's latest measure of a course's effect on the performance item it is tied to, per year of completion:
-- the participants' mean score before and after, with n (from CourseEffectMeasured).
create table analytics.course_effect (
    tenant_id varchar(64) not null,
    course_id uuid not null,
    year int not null,
    course_code varchar(40) not null,
    performance_item varchar(100) not null,
    participants int not null,
    score_before numeric(6, 2),
    score_after numeric(6, 2),
    measured_at timestamptz not null,
    primary key (tenant_id, course_id, year)
);
