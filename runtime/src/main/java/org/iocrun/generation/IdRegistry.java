package org.iocrun.generation;

import org.iocrun.model.Suggestions;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ibek's {@code id_to_entity}: every entity id registered so far in the run, in registration order; plus the ids
 * of entities that failed (their error already reported), so that a reference to one is not a second error.
 */
final class IdRegistry {

    private final Map<String, Entity> byId = new LinkedHashMap<>();
    private final Set<String> failed = new HashSet<>();

    /** Registers an id; returns false when it was already taken. */
    boolean register(String id, Entity entity) {
        return byId.putIfAbsent(id, entity) == null;
    }

    Optional<Entity> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Remembers ids that an entity which failed (with an error of its own) would have registered. */
    void markFailed(Collection<String> ids) {
        failed.addAll(ids);
    }

    /** Whether {@code id} is not registered because its entity failed: a reference to it is that error's echo. */
    boolean isFailed(String id) {
        return failed.contains(id) && !byId.containsKey(id);
    }

    /** The registered ids nearest to a misspelt one, for "did you mean". */
    List<String> closest(String id) {
        return Suggestions.closest(id, byId.keySet(), 3);
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
