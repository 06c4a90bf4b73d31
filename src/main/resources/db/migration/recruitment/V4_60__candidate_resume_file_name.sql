-- A candidate whose resume states no name is recorded under the name of the file they sent, which the pages show
-- instead of a name; the name itself stays empty rather than taking a heading or a title for one.

alter table recruitment.candidate add column resume_file_name varchar(255);
alter table recruitment.candidate drop constraint candidate_erased_ck;
alter table recruitment.candidate add constraint candidate_erased_ck
    check (erased_at is not null or name is not null or resume_file_name is not null);
