-- Several app nodes share one database (ADR 0017): page sessions live here, so that a request may land on any
-- node. The tables of Spring Session JDBC's schema-postgresql.sql, moved to the platform schema; Spring Session
-- itself never creates them (spring.session.jdbc.initialize-schema: never).
create table platform.spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on platform.spring_session (session_id);
create index spring_session_ix2 on platform.spring_session (expiry_time);
create index spring_session_ix3 on platform.spring_session (principal_name);

create table platform.spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references platform.spring_session (primary_id) on delete cascade
);

-- ShedLock: a scheduled job runs on the one node that holds its row's lock until lock_until (database time, UTC).
create table platform.shedlock (
    name       varchar(64)  not null,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null,
    constraint shedlock_pk primary key (name)
);
