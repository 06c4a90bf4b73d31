-- A near-identical resume is the same person only under the same name: the duplicate check compares SimHashes
-- within one name, not across the whole tenant.
create index candidate_name_simhash_ix on recruitment.candidate (tenant_id, name) where resume_simhash is not null;
