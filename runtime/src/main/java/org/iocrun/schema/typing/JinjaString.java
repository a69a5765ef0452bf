package org.iocrun.schema.typing;

import com.fasterxml.jackson.annotation.JsonClassDescription;

/**
 * ibek's {@code JinjaString}: a string holding a Jinja template ({@code {{ ... }}} on one line). Never
 * instantiated: it only names a field's type in the schema-description records.
 */
@JsonClassDescription("A Jinja2 template string")
public interface JinjaString {

    /** ibek's {@code JINJA} regex, searched (not anchored) as JSON Schema's {@code pattern} is. */
    String PATTERN = ".*\\{\\{.*\\}\\}.*";
}
