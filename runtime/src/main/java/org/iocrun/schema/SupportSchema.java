package org.iocrun.schema;

import org.iocrun.schema.format.Support;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON schema of the support YAML format ({@code iocrun support generate-schema}, ibek-behaviour §7.2 support
 * schema).
 */
public final class SupportSchema {

    private SupportSchema() {
    }

    public static ObjectNode generate() {
        return new ModelSchemaGenerator().schemaOf(Support.class);
    }
}
