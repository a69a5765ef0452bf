package org.iocrun.model;

import org.iocrun.diagnostics.SourcePosition;

/**
 * A computed value of an entity model ({@code pre_defines}/{@code post_defines}, ibek-behaviour §2.4 defines). Only
 * string values are rendered; other values (lists, numbers) are used as they are.
 */
public record Define(String name, String description, Object value, ParamType type, SourcePosition position) {
}
