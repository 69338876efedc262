-- The audit trail: every read and change of personal data. Rows can be added, never changed or removed,
-- and each row's hash covers the row before it in the same alliance, so any alteration breaks the chain.

create table audit_event (
    alliance_id   uuid not null references alliance (id),
    id            bigint generated always as identity,
    occurred_at   timestamptz not null default clock_timestamp(),
    actor         text not null,
    actor_role    text not null,
    action        text not null,
    subject_type  text not null,
    subject_id    text,
    person_id     uuid,
    detail        text,
    source_ip     text,
    previous_hash text not null,
    hash          text not null,
    primary key (alliance_id, id)
);
create index audit_event_person on audit_event (alliance_id, person_id, occurred_at desc);
create index audit_event_time on audit_event (alliance_id, occurred_at desc);

create table audit_chain_head (
    alliance_id uuid primary key references alliance (id),
    last_hash   text not null
);

create function audit_hash(previous text, e audit_event) returns text language sql immutable as $$
    select encode(sha256(convert_to(concat_ws('|', previous, e.alliance_id::text, e.id::text,
        to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), e.actor, e.actor_role,
        e.action, e.subject_type, coalesce(e.subject_id, ''), coalesce(e.person_id::text, ''),
        coalesce(e.detail, ''), coalesce(e.source_ip, '')), 'UTF8')), 'hex')
$$;

create function audit_event_chain() returns trigger language plpgsql as $$
declare
    previous text;
begin
    insert into audit_chain_head (alliance_id, last_hash) values (new.alliance_id, repeat('0', 64))
        on conflict (alliance_id) do nothing;
    select last_hash into previous from audit_chain_head where alliance_id = new.alliance_id for update;
    new.previous_hash := previous;
    new.hash := audit_hash(previous, new);
    update audit_chain_head set last_hash = new.hash where alliance_id = new.alliance_id;
    return new;
end;
$$;

create trigger audit_event_chain before insert on audit_event
    for each row execute function audit_event_chain();

create function audit_event_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'The audit trail cannot be changed or deleted';
end;
$$;

create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_immutable();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_immutable();
