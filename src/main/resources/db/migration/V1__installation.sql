-- Installation-wide tables: the alliances themselves (the tenants), sign-in accounts and web sessions.
-- Every other table belongs to one alliance and carries alliance_id in its primary key and foreign keys.

create table alliance (
    id                   uuid primary key,
    name                 text not null,
    short_name           text not null,
    standard_week_hours  numeric(4, 1) not null default 37.5 check (standard_week_hours > 0 and standard_week_hours <= 80),
    created_at           timestamptz not null default now(),
    version              integer not null default 0,
    constraint alliance_short_name_unique unique (short_name)
);

create table user_account (
    id                 uuid primary key,
    username           text not null,
    password_hash      text not null,
    display_name       text not null,
    role               text not null check (role in ('INSTALLATION_ADMIN', 'ADMIN', 'MANAGER', 'PRACTITIONER',
                                                     'PANEL_MEMBER', 'COMMISSIONER', 'PERSON')),
    alliance_id        uuid references alliance (id),
    staff_id           uuid,
    person_id          uuid,
    enabled            boolean not null default true,
    failed_sign_ins    integer not null default 0,
    locked_until       timestamptz,
    created_at         timestamptz not null default now(),
    constraint user_account_username_unique unique (username),
    constraint user_account_alliance_matches_role check ((role = 'INSTALLATION_ADMIN') = (alliance_id is null))
);
create index user_account_alliance on user_account (alliance_id);

-- Spring Session keeps web sessions in the database so that application nodes hold no state.
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval integer not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
