package org.iocrun.model;

import org.iocrun.diagnostics.SourcePosition;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ibek's built-in entity types (ibek-behaviour §2.11 built-in entity types), modelled as parameter-only entity
 * models of module {@code ibek}.
 */
public final class Builtins {

    public static final String MODULE = "ibek";
    public static final String REPEAT = "ibek.repeat";
    public static final String WAIT_IP = "ibek.wait_ip";
    public static final String WAIT_USB = "ibek.wait_usb";

    private static final SourcePosition BUILT_IN = SourcePosition.unknown(Path.of("<built-in>"));

    private Builtins() {
    }

    /** The three built-in models, in ibek's registration order. */
    public static List<EntityModel> models() {
        return List.of(
                model("repeat", "Repeat an entity definition multiple times with a different loop variable",
                        param("values", ParamType.LIST, "The list of values to iterate over", null),
                        param("variable", ParamType.STR, "The variable name to use in the entity definition", "index"),
                        param("entity", ParamType.DICT, "The entity definition to repeat", null)),
                model("wait_ip", "Wait for an IP address to become available",
                        param("address", ParamType.STR, "The IP address and port to wait for (ip:port)", null),
                        param("device", ParamType.STR, "A name for the device being waited for", "DEVICE"),
                        param("timeout", ParamType.INT, "Seconds to wait, 0 waits forever", 0L)),
                model("wait_usb", "Wait for a USB device to become available",
                        param("id", ParamType.STR, "The USB vendor:product id to wait for", null),
                        param("device", ParamType.STR, "A name for the device being waited for", "DEVICE"),
                        param("timeout", ParamType.INT, "Seconds to wait, 0 waits forever", 0L)));
    }

    public static boolean isBuiltin(EntityModel model) {
        return MODULE.equals(model.module());
    }

    private static EntityModel model(String name, String description, Parameter... parameters) {
        Map<String, Parameter> params = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            params.put(p.name(), p);
        }
        return new EntityModel(MODULE, name, description, Map.of(), params, Map.of(), List.of(), List.of(),
                List.of(), List.of(), Optional.empty(), List.of(), BUILT_IN);
    }

    private static Parameter param(String name, ParamType type, String description, Object defaultValue) {
        return new Parameter(name, type, description, defaultValue, Map.of(), BUILT_IN);
    }
}
