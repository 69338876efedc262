-- The audit trail's hash chain, written once per statement instead of once per row. Each row is still hashed
-- over the one before it, in the order rows are inserted, under the same lock on the alliance's chain head; but
-- the running hash is carried from row to row in a transaction-local setting, and the chain head row is updated
-- once when the statement ends. Updating one row thousands of times in one transaction leaves a version of it per
-- update that every later update walks, which made a bulk insert of n entries take time growing with n squared.
--
-- The setting lives only as long as the transaction (and is undone with a rolled-back savepoint, as are the rows
-- and the head), and the head row stays locked from the first entry to the end of the transaction, so within it
-- the setting and the head always agree when a statement ends.

create function audit_running_hash_name(alliance uuid) returns text language sql immutable as $$
    select 'bridgeway_audit.h' || replace(alliance::text, '-', '')
$$;

create or replace function audit_event_chain() returns trigger language plpgsql as $$
declare
    running  text := audit_running_hash_name(new.alliance_id);
    previous text := nullif(current_setting(running, true), '');
begin
    if previous is null then
        insert into audit_chain_head (alliance_id, last_hash) values (new.alliance_id, repeat('0', 64))
            on conflict (alliance_id) do nothing;
        select last_hash into previous from audit_chain_head where alliance_id = new.alliance_id for update;
    end if;
    new.previous_hash := previous;
    new.hash := audit_hash(previous, new);
    perform set_config(running, new.hash, true);
    return new;
end;
$$;

create function audit_event_chain_head() returns trigger language plpgsql as $$
begin
    update audit_chain_head h set last_hash = current_setting(audit_running_hash_name(h.alliance_id))
    where h.alliance_id in (select distinct i.alliance_id from inserted i);
    return null;
end;
$$;

create trigger audit_event_chain_head after insert on audit_event
    referencing new table as inserted
    for each statement execute function audit_event_chain_head();
