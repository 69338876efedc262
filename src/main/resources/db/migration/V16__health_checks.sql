-- Annual physical health checks for people with severe mental illness: the six core elements, each with its
-- own date (or declined / not done, with a reason), the interventions offered, and when the next is due.
-- Checks are amended with a reason (the earlier content kept) or voided with a reason, never deleted.

create table health_check (
    alliance_id      uuid not null references alliance (id),
    id               uuid not null,
    person_id        uuid not null,
    check_date       date not null,
    staff_id         uuid,
    carried_out_by   text not null,
    next_due         date not null,
    recorded_by      text not null,
    recorded_at      timestamptz not null default now(),
    voided_at        timestamptz,
    voided_by        text,
    void_reason      text,
    version          integer not null default 0,
    primary key (alliance_id, id),
    foreign key (alliance_id, person_id) references person (alliance_id, id),
    foreign key (alliance_id, staff_id) references staff (alliance_id, id),
    constraint health_check_due check (next_due > check_date)
);
create index health_check_person on health_check (alliance_id, person_id, check_date);
create index health_check_due on health_check (alliance_id, next_due) where voided_at is null;

-- One row per core element of each revision of a check (the check's version is its current revision, so an
-- amendment adds rows and keeps the earlier ones). Only the measurements of the element's own kind are filled.
create table health_check_element (
    alliance_id        uuid not null,
    check_id           uuid not null,
    revision           integer not null,
    element            text not null,
    outcome            text not null,
    taken_on           date not null,
    reason             text,
    alcohol_units      integer,
    alcohol_status     text,
    glucose            numeric(4, 1),
    hba1c              numeric(4, 1),
    systolic           integer,
    diastolic          integer,
    height_cm          numeric(4, 1),
    weight_kg          numeric(4, 1),
    bmi                numeric(3, 1),
    total_cholesterol  numeric(4, 1),
    hdl                numeric(4, 1),
    cholesterol_ratio  numeric(4, 1),
    smoking            text,
    cigarettes_a_day   integer,
    primary key (alliance_id, check_id, revision, element),
    foreign key (alliance_id, check_id) references health_check (alliance_id, id),
    constraint health_check_element_reason check (outcome = 'RECORDED' or reason is not null)
);
create index health_check_element_taken on health_check_element (alliance_id, element, taken_on)
    where outcome = 'RECORDED';

create table health_check_intervention (
    alliance_id   uuid not null,
    check_id      uuid not null,
    revision      integer not null,
    kind          text not null,
    response      text not null,
    primary key (alliance_id, check_id, revision, kind),
    foreign key (alliance_id, check_id) references health_check (alliance_id, id)
);

-- What a check said before each amendment, in words, with who changed it, when and why.
create table health_check_change (
    alliance_id   uuid not null,
    id            uuid not null,
    check_id      uuid not null,
    changed_by    text not null,
    changed_at    timestamptz not null default now(),
    reason        text not null,
    before        text not null,
    primary key (alliance_id, id),
    foreign key (alliance_id, check_id) references health_check (alliance_id, id)
);
create index health_check_change_check on health_check_change (alliance_id, check_id);
