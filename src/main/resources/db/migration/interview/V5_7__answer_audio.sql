-- The optional audio recording of an answer, kept for human review only (never scored), and its machine
-- transcript. Audio and transcript are sealed with the installation's personal-data key; the row is deleted
-- when the candidate's data is erased.
create table interview.answer_audio (
    id                  uuid primary key,
    tenant_id           varchar(40) not null,
    session_id          uuid not null references interview.session (id),
    question_id         uuid not null,
    candidate_id        uuid not null,
    content_type        varchar(40) not null,
    size_bytes          integer not null check (size_bytes > 0),
    duration_seconds    integer check (duration_seconds >= 0),
    sealed_audio        bytea not null,
    recorded_at         timestamptz not null,
    transcript_status   varchar(20) not null check (transcript_status in ('NONE', 'PENDING', 'DONE', 'FAILED')),
    sealed_transcript   bytea,
    transcript_failure  varchar(500),
    transcribed_at      timestamptz,
    version             bigint not null default 0,
    constraint answer_audio_question_uk unique (session_id, question_id)
);

create index answer_audio_candidate_idx on interview.answer_audio (tenant_id, candidate_id);
