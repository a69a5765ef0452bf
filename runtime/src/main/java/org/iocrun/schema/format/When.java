package org.iocrun.schema.format;

import com.fasterxml.jackson.annotation.JsonProperty;

/** When a comment is written: ibek's {@code When}. */
public enum When {
    @JsonProperty("first") FIRST,
    @JsonProperty("every") EVERY,
    @JsonProperty("last") LAST
}
