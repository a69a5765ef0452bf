package org.iocrun.launch;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.UserError;
import org.iocrun.yaml.YNode;
import org.iocrun.yaml.YamlLoader;
import org.iocrun.yaml.YamlValues;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code wait_list.yaml} for {@code ioc do-wait}: the {@code ibek.wait_ip} entries, others reported. */
public final class WaitList {

    private WaitList() {
    }

    public record Read(List<WaitTarget> targets, List<String> unsupported) {
    }

    public static Read read(YamlLoader yaml, Path file) throws UserError {
        Optional<YNode> root = yaml.load(file);
        List<WaitTarget> targets = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        if (root.isEmpty()) {
            return new Read(targets, unsupported);
        }
        if (!(root.get() instanceof YNode.YList list)) {
            throw new UserError(Problem.error(root.get().position(), "a wait list must be a list of entries"));
        }
        for (YNode item : list.items()) {
            if (!(YamlValues.toJava(item) instanceof Map<?, ?> entry)) {
                throw new UserError(Problem.error(item.position(), "a wait list entry must be a mapping"));
            }
            String type = String.valueOf(entry.get("type"));
            if (!"ibek.wait_ip".equals(type)) {
                unsupported.add(type);
                continue;
            }
            try {
                targets.add(WaitTarget.parse(String.valueOf(entry.get("device")), String.valueOf(entry.get("address")),
                        Integer.parseInt(String.valueOf(entry.get("timeout") == null ? 0 : entry.get("timeout")))));
            } catch (IllegalArgumentException e) {
                throw new UserError(Problem.error(item.position(), e.getMessage(),
                        "address must be ip:port and timeout a whole number of seconds"));
            }
        }
        return new Read(targets, unsupported);
    }
}
