-- Referrals and the joint referrals panel: one closed loop from referral to decision to first contact.

create table decline_reason (
    alliance_id  uuid not null references alliance (id),
    id           uuid not null,
    label        text not null,
    active       boolean not null default true,
    primary key (alliance_id, id),
    constraint decline_reason_label_unique unique (alliance_id, label)
);

create table referral (
    alliance_id               uuid not null references alliance (id),
    id                        uuid not null,
    person_id                 uuid not null,
    source                    text not null,
    referrer_name             text not null,
    referrer_organisation_id  uuid,
    referrer_contact          text,
    referred_by               text not null,
    received_on               date not null,
    reason                    text not null,
    panel_to_decide           boolean not null default false,
    urgency                   text not null,
    risks                     text,
    consent_to_share          boolean not null,
    consent_override_reason   text,
    attachments               text,
    status                    text not null,
    status_reason             text,
    decline_reason_id         uuid,
    decided_on                date,
    first_contact_on          date,
    created_at                timestamptz not null default now(),
    updated_at                timestamptz not null default now(),
    version                   integer not null default 0,
    primary key (alliance_id, id),
    foreign key (alliance_id, person_id) references person (alliance_id, id),
    foreign key (alliance_id, referrer_organisation_id) references organisation (alliance_id, id),
    foreign key (alliance_id, decline_reason_id) references decline_reason (alliance_id, id),
    constraint referral_first_contact_after_decision check (first_contact_on is null or decided_on is null
        or first_contact_on >= decided_on)
);
create index referral_person on referral (alliance_id, person_id);
create index referral_status on referral (alliance_id, status, received_on);
create index referral_referred_by on referral (alliance_id, referred_by);

-- The services or components a referral asks for; none means the panel decides.
create table referral_request (
    alliance_id  uuid not null references alliance (id),
    referral_id  uuid not null,
    service_id   uuid not null,
    primary key (alliance_id, referral_id, service_id),
    foreign key (alliance_id, referral_id) references referral (alliance_id, id),
    foreign key (alliance_id, service_id) references service (alliance_id, id)
);
create index referral_request_service on referral_request (alliance_id, service_id);

-- The referral's timeline: every state change, question, answer and note, in order.
create table referral_event (
    alliance_id   uuid not null references alliance (id),
    referral_id   uuid not null,
    id            bigint generated always as identity,
    occurred_at   timestamptz not null default now(),
    actor         text not null,
    kind          text not null,
    from_status   text,
    to_status     text,
    detail        text,
    primary key (alliance_id, referral_id, id),
    foreign key (alliance_id, referral_id) references referral (alliance_id, id)
);

create table panel_meeting (
    alliance_id  uuid not null references alliance (id),
    id           uuid not null,
    meets_on     date not null,
    starts_at    time,
    location     text,
    status       text not null default 'SCHEDULED',
    chair        text,
    created_by   text not null,
    version      integer not null default 0,
    primary key (alliance_id, id)
);
create index panel_meeting_date on panel_meeting (alliance_id, meets_on);

create table panel_attendee (
    alliance_id      uuid not null references alliance (id),
    panel_id         uuid not null,
    id               uuid not null,
    name             text not null,
    organisation_id  uuid,
    staff_id         uuid,
    primary key (alliance_id, id),
    foreign key (alliance_id, panel_id) references panel_meeting (alliance_id, id),
    foreign key (alliance_id, organisation_id) references organisation (alliance_id, id),
    foreign key (alliance_id, staff_id) references staff (alliance_id, id)
);
create index panel_attendee_panel on panel_attendee (alliance_id, panel_id);

-- A referral discussed at a panel, with the decision and its reasons.
create table panel_decision (
    alliance_id   uuid not null references alliance (id),
    panel_id      uuid not null,
    referral_id   uuid not null,
    outcome       text not null,
    reasons       text not null,
    decided_by    text not null,
    decided_at    timestamptz not null default now(),
    primary key (alliance_id, panel_id, referral_id),
    foreign key (alliance_id, panel_id) references panel_meeting (alliance_id, id),
    foreign key (alliance_id, referral_id) references referral (alliance_id, id)
);
create index panel_decision_referral on panel_decision (alliance_id, referral_id);

create table panel_action (
    alliance_id   uuid not null references alliance (id),
    panel_id      uuid not null,
    id            uuid not null,
    referral_id   uuid,
    action        text not null,
    owner         text not null,
    due_on        date,
    done_on       date,
    primary key (alliance_id, id),
    foreign key (alliance_id, panel_id) references panel_meeting (alliance_id, id),
    foreign key (alliance_id, referral_id) references referral (alliance_id, id)
);

-- Where a decided referral went: a place in a service now, or a place on its waiting list.
create table allocation (
    alliance_id   uuid not null references alliance (id),
    id            uuid not null,
    referral_id   uuid not null,
    person_id     uuid not null,
    service_id    uuid not null,
    kind          text not null check (kind in ('ALLOCATED', 'WAITING_LIST')),
    since         date not null,
    ended_on      date,
    end_reason    text,
    primary key (alliance_id, id),
    foreign key (alliance_id, referral_id) references referral (alliance_id, id),
    foreign key (alliance_id, person_id) references person (alliance_id, id),
    foreign key (alliance_id, service_id) references service (alliance_id, id)
);
create index allocation_service on allocation (alliance_id, service_id) where ended_on is null;
create index allocation_person on allocation (alliance_id, person_id);
