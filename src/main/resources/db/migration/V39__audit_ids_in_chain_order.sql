-- Audit entries take their id in the order they join the hash chain. The identity column's default is evaluated
-- before the chaining trigger runs, so a transaction could take an id, then wait for the alliance's chain head
-- while another transaction that took a later id chained first: the rows would be chained in one order and
-- numbered in another, and a check that walks the trail in id order would call an untouched trail broken.
-- The trigger now takes a fresh id from the same sequence once the chain head is locked (the lock is held to the
-- end of the transaction), so for each alliance the order of ids is the order of the chain.

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
    new.id := nextval(pg_get_serial_sequence('audit_event', 'id'));
    new.previous_hash := previous;
    new.hash := audit_hash(previous, new);
    perform set_config(running, new.hash, true);
    return new;
end;
$$;
