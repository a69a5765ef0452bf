package org.iocrun.generation;

import org.iocrun.model.ParamType;

/**
 * What ibek does to a rendered string (ibek-behaviour §3.5 type coercion): the typed coercions
 * {@code T(ast.literal_eval(result))}, none for text types, or IMPLICIT: the first {@code | word }} in the template
 * text names the coercion (sub-entity values, env vars, database args, pvi).
 */
enum Coercion {
    NONE, INT, FLOAT, BOOL, LIST, DICT, IMPLICIT;

    static Coercion of(ParamType type) {
        return switch (type) {
            case INT -> INT;
            case FLOAT -> FLOAT;
            case BOOL -> BOOL;
            case LIST -> LIST;
            case DICT -> DICT;
            default -> NONE;
        };
    }

    /** The coercion named by a filter word, or NONE when the word is not one of ibek's five. */
    static Coercion ofFilterWord(String word) {
        return switch (word) {
            case "int" -> INT;
            case "float" -> FLOAT;
            case "bool" -> BOOL;
            case "list" -> LIST;
            case "dict" -> DICT;
            default -> NONE;
        };
    }
}
