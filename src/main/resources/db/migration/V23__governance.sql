-- Co-production and governance: the service-user forum (meetings, who came, issues raised and the actions that
-- answer them) and the alliance's improvement initiatives and pilots. Nothing is deleted: records are voided
-- with a reason.

-- A meeting of the forum of people who use services.
create table forum_meeting (
    alliance_id  uuid not null references alliance (id),
    id           uuid not null,
    held_on      date not null,
    place        text not null check (length(place) between 1 and 200),
    chair        text not null check (length(chair) between 1 and 200),
    notes        text check (length(notes) <= 4000),
    voided_at    timestamptz,
    voided_by    text,
    void_reason  text,
    recorded_by  text not null,
    recorded_at  timestamptz not null default now(),
    changed_by   text,
    changed_at   timestamptz,
    version      integer not null default 0,
    primary key (alliance_id, id),
    check ((voided_at is null) = (void_reason is null))
);

create index forum_meeting_held on forum_meeting (alliance_id, held_on);

-- Who came: a person who uses services (linked to their record where known, else a first name or initials, as
-- for a visitor) or a member of staff.
create table forum_attendee (
    alliance_id  uuid not null,
    id           uuid not null,
    meeting_id   uuid not null,
    kind         text not null check (kind in ('PERSON', 'STAFF')),
    person_id    uuid,
    staff_id     uuid,
    name         text not null check (length(name) between 1 and 100),
    voided_at    timestamptz,
    voided_by    text,
    void_reason  text,
    recorded_by  text not null,
    recorded_at  timestamptz not null default now(),
    primary key (alliance_id, id),
    foreign key (alliance_id, meeting_id) references forum_meeting (alliance_id, id),
    foreign key (alliance_id, person_id) references person (alliance_id, id),
    foreign key (alliance_id, staff_id) references staff (alliance_id, id),
    check (kind = 'STAFF' or staff_id is null),
    check (kind = 'PERSON' or (staff_id is not null and person_id is null)),
    check ((voided_at is null) = (void_reason is null))
);

create index forum_attendee_meeting on forum_attendee (alliance_id, meeting_id);

-- An issue raised at a meeting.
create table forum_issue (
    alliance_id  uuid not null,
    id           uuid not null,
    meeting_id   uuid not null,
    text         text not null check (length(text) between 1 and 2000),
    raised_by    text check (length(raised_by) <= 200),
    voided_at    timestamptz,
    voided_by    text,
    void_reason  text,
    recorded_by  text not null,
    recorded_at  timestamptz not null default now(),
    primary key (alliance_id, id),
    foreign key (alliance_id, meeting_id) references forum_meeting (alliance_id, id),
    check ((voided_at is null) = (void_reason is null))
);

create index forum_issue_meeting on forum_issue (alliance_id, meeting_id);

-- An action answering an issue: what, who owns it, when it is due; closed on a day with what was done.
create table forum_action (
    alliance_id  uuid not null,
    id           uuid not null,
    issue_id     uuid not null,
    what         text not null check (length(what) between 1 and 1000),
    owner_id     uuid not null,
    due_on       date not null,
    closed_on    date,
    what_we_did  text check (length(what_we_did) <= 2000),
    voided_at    timestamptz,
    voided_by    text,
    void_reason  text,
    recorded_by  text not null,
    recorded_at  timestamptz not null default now(),
    changed_by   text,
    changed_at   timestamptz,
    version      integer not null default 0,
    primary key (alliance_id, id),
    foreign key (alliance_id, issue_id) references forum_issue (alliance_id, id),
    foreign key (alliance_id, owner_id) references staff (alliance_id, id),
    check ((closed_on is null) = (what_we_did is null)),
    check ((voided_at is null) = (void_reason is null))
);

create index forum_action_issue on forum_action (alliance_id, issue_id);
create index forum_action_due on forum_action (alliance_id, due_on);
create index forum_action_closed on forum_action (alliance_id, closed_on);

-- An improvement initiative or pilot, in a locality of the alliance or an area named in words.
create table initiative (
    alliance_id             uuid not null references alliance (id),
    id                      uuid not null,
    title                   text not null check (length(title) between 1 and 200),
    aims                    text not null check (length(aims) between 1 and 4000),
    locality_id             uuid,
    area                    text check (length(area) <= 200),
    status                  text not null check (status in ('PLANNED', 'RUNNING', 'COMPLETED', 'STOPPED')),
    involved_from_start     boolean not null default false,
    involved_during         boolean not null default false,
    involved_in_evaluation  boolean not null default false,
    evaluation              text check (evaluation in ('PEER', 'ACADEMIC', 'COLLABORATIVE')),
    outcomes                text check (length(outcomes) <= 4000),
    voided_at               timestamptz,
    voided_by               text,
    void_reason             text,
    recorded_by             text not null,
    recorded_at             timestamptz not null default now(),
    changed_by              text,
    changed_at              timestamptz,
    version                 integer not null default 0,
    primary key (alliance_id, id),
    foreign key (alliance_id, locality_id) references locality (alliance_id, id),
    check ((voided_at is null) = (void_reason is null))
);

-- A milestone of an initiative in a year.
create table initiative_milestone (
    alliance_id    uuid not null,
    id             uuid not null,
    initiative_id  uuid not null,
    year           integer not null check (year between 1900 and 2200),
    text           text not null check (length(text) between 1 and 500),
    done           boolean not null default false,
    voided_at      timestamptz,
    voided_by      text,
    void_reason    text,
    recorded_by    text not null,
    recorded_at    timestamptz not null default now(),
    version        integer not null default 0,
    primary key (alliance_id, id),
    foreign key (alliance_id, initiative_id) references initiative (alliance_id, id),
    check ((voided_at is null) = (void_reason is null))
);

create index initiative_milestone_of on initiative_milestone (alliance_id, initiative_id, year);

-- An outcome of an initiative in numbers: a measure, its value and unit.
create table initiative_measure (
    alliance_id    uuid not null,
    id             uuid not null,
    initiative_id  uuid not null,
    name           text not null check (length(name) between 1 and 200),
    value          numeric(14, 2) not null,
    unit           text check (length(unit) <= 50),
    voided_at      timestamptz,
    voided_by      text,
    void_reason    text,
    recorded_by    text not null,
    recorded_at    timestamptz not null default now(),
    primary key (alliance_id, id),
    foreign key (alliance_id, initiative_id) references initiative (alliance_id, id),
    check ((voided_at is null) = (void_reason is null))
);

create index initiative_measure_of on initiative_measure (alliance_id, initiative_id);
