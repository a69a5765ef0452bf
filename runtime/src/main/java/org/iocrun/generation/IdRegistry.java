package org.iocrun.generation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** ibek's {@code id_to_entity}: every entity id registered so far in the run, in registration order. */
final class IdRegistry {

    private final Map<String, Entity> byId = new LinkedHashMap<>();

    /** Registers an id; returns false when it was already taken. */
    boolean register(String id, Entity entity) {
        return byId.putIfAbsent(id, entity) == null;
    }

    Optional<Entity> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The ids as Python would print the list in ibek's messages: {@code ['a', 'b']}. */
    String describe() {
        StringBuilder text = new StringBuilder("[");
        for (String id : byId.keySet()) {
            if (text.length() > 1) {
                text.append(", ");
            }
            text.append('\'').append(id).append('\'');
        }
        return text.append(']').toString();
    }
}
