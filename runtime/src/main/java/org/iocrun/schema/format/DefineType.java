package org.iocrun.schema.format;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The types a define may declare: ibek's {@code DefineType}. */
@JsonClassDescription("The type of a value")
public enum DefineType {
    @JsonProperty("str") STR,
    @JsonProperty("float") FLOAT,
    @JsonProperty("int") INT,
    @JsonProperty("bool") BOOL,
    @JsonProperty("list") LIST
}
