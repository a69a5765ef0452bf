package org.iocrun.generation;

import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.model.Builtins;

import java.util.List;

/**
 * One {@code ibek.wait_ip} entity, read once from its fields: the hardware {@code ioc do-wait} (and start) waits
 * for. The values stay as generation typed them (the timeout an int, or what the instance gave): wait_list.yaml
 * writes them back as ibek does, and the launcher parses them into a target.
 *
 * @param position where the entity is in the instance, for messages
 */
public record WaitIp(Object device, Object address, Object timeout, SourcePosition position) {

    /** The wait entities among {@code entities}, in order. */
    public static List<WaitIp> in(List<Entity> entities) {
        return entities.stream().filter(e -> Builtins.WAIT_IP.equals(e.typeName()))
                .map(e -> new WaitIp(e.fields().get("device"), e.fields().get("address"), e.fields().get("timeout"),
                        e.position()))
                .toList();
    }
}
