package org.iocrun.schema.format;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A parameter of an entity model: ibek's union of the nine parameter classes, told apart by {@code type}. The
 * member order is ibek's ({@code oneOf} order in its schema).
 */
@JsonClassDescription("union of arg types")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = FloatParam.class, name = "float"),
        @JsonSubTypes.Type(value = StrParam.class, name = "str"),
        @JsonSubTypes.Type(value = IntParam.class, name = "int"),
        @JsonSubTypes.Type(value = BoolParam.class, name = "bool"),
        @JsonSubTypes.Type(value = ObjectParam.class, name = "object"),
        @JsonSubTypes.Type(value = IdParam.class, name = "id"),
        @JsonSubTypes.Type(value = EnumParam.class, name = "enum"),
        @JsonSubTypes.Type(value = DictParam.class, name = "dict"),
        @JsonSubTypes.Type(value = ListParam.class, name = "list"),
})
public sealed interface Param
        permits FloatParam, StrParam, IntParam, BoolParam, ObjectParam, IdParam, EnumParam, DictParam, ListParam {

    String DESCRIPTION = "Description of what the argument will be used for";
}
