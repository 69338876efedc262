-- Notes and contacts on a person's record: contacts recorded by workers, notes without a contact, and the
-- person's own entries. Nothing here is deleted: an amendment adds a version, an entry made in error is voided.

create table note (
    alliance_id        uuid not null references alliance (id),
    id                 uuid not null,
    person_id          uuid not null,
    kind               text not null check (kind in ('FACE_TO_FACE', 'PHONE', 'VIDEO', 'GROUP', 'OUTREACH',
                           'DID_NOT_ATTEND', 'NOTE', 'PERSON_ENTRY')),
    contact_date       date not null,
    duration_minutes   integer check (duration_minutes between 1 and 720),
    body               text not null check (length(body) between 1 and 10000),
    by_person          boolean not null,
    author             text not null,
    author_name        text not null,
    -- The author's organisation; none when written by the person, or by someone who is no organisation's staff
    -- (who writes as the alliance).
    organisation_id    uuid,
    shared             boolean not null,
    not_shared_reason  text,
    restricted         boolean not null default false,
    recorded_at        timestamptz not null default now(),
    voided_at          timestamptz,
    voided_by          text,
    void_reason        text,
    version            integer not null default 0,
    primary key (alliance_id, id),
    foreign key (alliance_id, person_id) references person (alliance_id, id),
    foreign key (alliance_id, organisation_id) references organisation (alliance_id, id),
    constraint note_restricted_not_shared check (not (restricted and shared)),
    constraint note_not_shared_reason check (shared or not_shared_reason is not null),
    constraint note_voided_with_reason check ((voided_at is null) = (void_reason is null)),
    constraint note_duration_only_for_contacts check (duration_minutes is null
        or kind not in ('DID_NOT_ATTEND', 'NOTE', 'PERSON_ENTRY')),
    constraint note_person_entry check (by_person = (kind = 'PERSON_ENTRY'))
);
-- The person's timeline, newest first.
create index note_timeline on note (alliance_id, person_id, contact_date desc, recorded_at desc);

-- Every text a note has had: version 0 as first written, then each amendment with who, when and why.
create table note_version (
    alliance_id  uuid not null references alliance (id),
    note_id      uuid not null,
    version      integer not null,
    body         text not null,
    written_by   text not null,
    written_name text not null,
    written_at   timestamptz not null default now(),
    reason       text,
    primary key (alliance_id, note_id, version),
    foreign key (alliance_id, note_id) references note (alliance_id, id),
    constraint note_version_amended_with_reason check (version = 0 or reason is not null)
);

-- The person's comments on notes shared with them.
create table note_comment (
    alliance_id  uuid not null references alliance (id),
    id           uuid not null,
    note_id      uuid not null,
    person_id    uuid not null,
    body         text not null check (length(body) between 1 and 10000),
    written_by   text not null,
    written_name text not null,
    written_at   timestamptz not null default now(),
    primary key (alliance_id, id),
    foreign key (alliance_id, note_id) references note (alliance_id, id),
    foreign key (alliance_id, person_id) references person (alliance_id, id)
);
create index note_comment_note on note_comment (alliance_id, note_id, written_at);
