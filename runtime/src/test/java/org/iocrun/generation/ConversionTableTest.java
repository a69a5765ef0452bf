package org.iocrun.generation;

import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.loading.ValueChecker;
import org.iocrun.model.ParamType;
import org.iocrun.model.Parameter;
import org.iocrun.templating.PyLiteral;
import org.iocrun.templating.python.TemplateError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every place where ibek 4.6.2 turns a value into a typed one, as a table: the input, the value ibek ends up with
 * (or ERROR when ibek fails), and the Python expression that gives it. The expected column was computed by running
 * those expressions (CPython 3.13 for the {@code ast}/builtin rows, pydantic 2 for the lax rows), not by iocrun.
 *
 * <ul>
 *   <li>PHASE1_*: ibek {@code utils.py} {@code Utils.render(context, text, typ)} then {@code _coerce}:
 * {@code T(ast.literal_eval(rendered))} for int/float/bool/list (ibek-behaviour §3.5 type coercion). This is what a
 * define of that type ({@code ioc.py} {@code add_ibek_attributes} → {@code _process_field}), a typed parameter given as
 * a Jinja string or defaulting to one, and an implicit {@code | int }}} coercion of a sub-entity, env var, database or
 * pvi value go through. mks937b's {@code relay_n} define ({@code {% set ... %}\n{{ n }}}) renders to {@code "\n1"}:
 * Python's tokenizer skips the blank line.</li>
 *   <li>LAX_*: pydantic's lax mode on ibek's field type {@code Union[Annotated[str, Field(pattern=JINJA)], T]}
 *       ({@code entity_factory.py} {@code _make_entity_type}; {@code lax(T, v)} below is
 *       {@code TypeAdapter(Union[Annotated[str, Field(pattern=r".*\{\{.*\}\}.*")], T]).validate_python(v)}).
 *       Instance values, sub-entity and {@code ibek.repeat} arguments after their render ({@code _make_entity}:
 *       {@code EntityClass(**params)}) and support-file defaults ({@code parameters.py}:
 *       {@code Optional[Union[T, JinjaStr]]}) are validated this way.</li>
 *   <li>enumRow: an enum parameter's pydantic Enum is {@code Enum(name, {str(k): k for k in values})}: an instance
 *       value selects the member whose value (the key) equals it by Python's {@code ==}, and the key is kept
 *       ({@code use_enum_values}).</li>
 * </ul>
 */
class ConversionTableTest {

    private static final Object ERROR = new Object() {
        @Override
        public String toString() {
            return "ERROR";
        }
    };

    enum Kind {
        PHASE1_INT(Coercion.INT), PHASE1_FLOAT(Coercion.FLOAT), PHASE1_BOOL(Coercion.BOOL), PHASE1_LIST(Coercion.LIST),
        LAX_INT(ParamType.INT), LAX_FLOAT(ParamType.FLOAT), LAX_BOOL(ParamType.BOOL), LAX_STR(ParamType.STR);

        final Coercion coercion;
        final ParamType laxType;

        Kind(Coercion coercion) {
            this.coercion = coercion;
            this.laxType = null;
        }

        Kind(ParamType laxType) {
            this.coercion = null;
            this.laxType = laxType;
        }
    }

    record Row(String kind, Object input, Object expected, String python, Parameter parameter) {
        @Override
        public String toString() {
            return kind + ": " + python;
        }
    }

    static Row row(Kind kind, Object input, Object expected, String python) {
        Parameter p = kind.laxType == null ? null
                : new Parameter("p", kind.laxType, "a parameter", null, Map.of(), SourcePosition.unknown(null));
        return new Row(kind.name(), input, expected, python, p);
    }

    static Row enumRow(List<Object> keys, Object input, Object expected, String python) {
        Map<Object, Object> values = new LinkedHashMap<>();
        keys.forEach(k -> values.put(k, null));
        return new Row("ENUM" + keys, input, expected, python,
                new Parameter("e", ParamType.ENUM, "an enum", null, values, SourcePosition.unknown(null)));
    }

    static Stream<Row> table() {
        return Stream.of(
            row(Kind.PHASE1_INT, "\n1", 1L, "int(ast.literal_eval('\\n1'))"),
            row(Kind.PHASE1_INT, "\n1\n", 1L, "int(ast.literal_eval('\\n1\\n'))"),
            row(Kind.PHASE1_INT, "1\n", 1L, "int(ast.literal_eval('1\\n'))"),
            row(Kind.PHASE1_INT, " 1", 1L, "int(ast.literal_eval(' 1'))"),
            row(Kind.PHASE1_INT, "\t1", 1L, "int(ast.literal_eval('\\t1'))"),
            row(Kind.PHASE1_INT, "\n\n7", 7L, "int(ast.literal_eval('\\n\\n7'))"),
            row(Kind.PHASE1_INT, "# note\n7", 7L, "int(ast.literal_eval('# note\\n7'))"),
            row(Kind.PHASE1_INT, "\n 1", ERROR, "int(ast.literal_eval('\\n 1'))  # IndentationError"),
            row(Kind.PHASE1_INT, "1_000", 1000L, "int(ast.literal_eval('1_000'))"),
            row(Kind.PHASE1_INT, "+5", 5L, "int(ast.literal_eval('+5'))"),
            row(Kind.PHASE1_INT, "-5", -5L, "int(ast.literal_eval('-5'))"),
            row(Kind.PHASE1_INT, "0x1F", 31L, "int(ast.literal_eval('0x1F'))"),
            row(Kind.PHASE1_INT, "0o17", 15L, "int(ast.literal_eval('0o17'))"),
            row(Kind.PHASE1_INT, "0b101", 5L, "int(ast.literal_eval('0b101'))"),
            row(Kind.PHASE1_INT, "3.7", 3L, "int(ast.literal_eval('3.7'))"),
            row(Kind.PHASE1_INT, "-3.7", -3L, "int(ast.literal_eval('-3.7'))"),
            row(Kind.PHASE1_INT, "True", 1L, "int(ast.literal_eval('True'))"),
            row(Kind.PHASE1_INT, "'5'", 5L, "int(ast.literal_eval(\"'5'\"))"),
            row(Kind.PHASE1_INT, "' 5 '", 5L, "int(ast.literal_eval(\"' 5 '\"))"),
            row(Kind.PHASE1_INT, "'1_0'", 10L, "int(ast.literal_eval(\"'1_0'\"))"),
            row(Kind.PHASE1_INT, "01", ERROR, "int(ast.literal_eval('01'))  # SyntaxError"),
            row(Kind.PHASE1_INT, "''", ERROR, "int(ast.literal_eval(\"''\"))  # ValueError"),
            row(Kind.PHASE1_INT, "true", ERROR, "int(ast.literal_eval('true'))  # ValueError"),
            row(Kind.PHASE1_INT, "1e3", 1000L, "int(ast.literal_eval('1e3'))"),
            row(Kind.PHASE1_INT, "5 # five", 5L, "int(ast.literal_eval('5 # five'))"),
            row(Kind.PHASE1_FLOAT, "\n1.5", 1.5, "float(ast.literal_eval('\\n1.5'))"),
            row(Kind.PHASE1_FLOAT, "1", 1.0, "float(ast.literal_eval('1'))"),
            row(Kind.PHASE1_FLOAT, "1e3", 1000.0, "float(ast.literal_eval('1e3'))"),
            row(Kind.PHASE1_FLOAT, "-2.5", -2.5, "float(ast.literal_eval('-2.5'))"),
            row(Kind.PHASE1_FLOAT, "1_0.5", 10.5, "float(ast.literal_eval('1_0.5'))"),
            row(Kind.PHASE1_FLOAT, "'1.5'", 1.5, "float(ast.literal_eval(\"'1.5'\"))"),
            row(Kind.PHASE1_FLOAT, "' inf '", Double.POSITIVE_INFINITY, "float(ast.literal_eval(\"' inf '\"))"),
            row(Kind.PHASE1_FLOAT, "'nan'", Double.NaN, "float(ast.literal_eval(\"'nan'\"))"),
            row(Kind.PHASE1_FLOAT, "True", 1.0, "float(ast.literal_eval('True'))"),
            row(Kind.PHASE1_FLOAT, "1.", 1.0, "float(ast.literal_eval('1.'))"),
            row(Kind.PHASE1_FLOAT, ".5", 0.5, "float(ast.literal_eval('.5'))"),
            row(Kind.PHASE1_FLOAT, "'1_0e1'", 100.0, "float(ast.literal_eval(\"'1_0e1'\"))"),
            row(Kind.PHASE1_FLOAT, "'1__0'", ERROR, "float(ast.literal_eval(\"'1__0'\"))  # ValueError"),
            row(Kind.PHASE1_FLOAT, "abc", ERROR, "float(ast.literal_eval('abc'))  # ValueError"),
            row(Kind.PHASE1_BOOL, "True", true, "bool(ast.literal_eval('True'))"),
            row(Kind.PHASE1_BOOL, "\nFalse", false, "bool(ast.literal_eval('\\nFalse'))"),
            row(Kind.PHASE1_BOOL, "1", true, "bool(ast.literal_eval('1'))"),
            row(Kind.PHASE1_BOOL, "0", false, "bool(ast.literal_eval('0'))"),
            row(Kind.PHASE1_BOOL, "2", true, "bool(ast.literal_eval('2'))"),
            row(Kind.PHASE1_BOOL, "0.0", false, "bool(ast.literal_eval('0.0'))"),
            row(Kind.PHASE1_BOOL, "'False'", true, "bool(ast.literal_eval(\"'False'\"))"),
            row(Kind.PHASE1_BOOL, "''", false, "bool(ast.literal_eval(\"''\"))"),
            row(Kind.PHASE1_BOOL, "[]", false, "bool(ast.literal_eval('[]'))"),
            row(Kind.PHASE1_BOOL, "[0]", true, "bool(ast.literal_eval('[0]'))"),
            row(Kind.PHASE1_BOOL, "None", false, "bool(ast.literal_eval('None'))"),
            row(Kind.PHASE1_BOOL, "true", ERROR, "bool(ast.literal_eval('true'))  # ValueError"),
            row(Kind.PHASE1_BOOL, "'no'", true, "bool(ast.literal_eval(\"'no'\"))"),
            row(Kind.PHASE1_LIST, "[1, 2]", List.of(1L, 2L), "list(ast.literal_eval('[1, 2]'))"),
            row(Kind.PHASE1_LIST, "\n[1,\n 2]", List.of(1L, 2L), "list(ast.literal_eval('\\n[1,\\n 2]'))"),
            row(Kind.PHASE1_LIST, "(1, 2)", List.of(1L, 2L), "list(ast.literal_eval('(1, 2)'))"),
            row(Kind.PHASE1_LIST, "'ab'", List.of("a", "b"), "list(ast.literal_eval(\"'ab'\"))"),
            row(Kind.PHASE1_LIST, "{'a': 1}", List.of("a"), "list(ast.literal_eval(\"{'a': 1}\"))"),
            row(Kind.PHASE1_LIST, "range(3)", ERROR, "list(ast.literal_eval('range(3)'))  # ValueError"),
            row(Kind.PHASE1_LIST, "[]", List.of(), "list(ast.literal_eval('[]'))"),
            row(Kind.PHASE1_LIST, "1", ERROR, "list(ast.literal_eval('1'))  # TypeError"),
            row(Kind.LAX_INT, "7", 7L, "lax(int, '7')"),
            row(Kind.LAX_INT, " 7 ", 7L, "lax(int, ' 7 ')"),
            row(Kind.LAX_INT, "\n1", 1L, "lax(int, '\\n1')"),
            row(Kind.LAX_INT, "\n1\n", 1L, "lax(int, '\\n1\\n')"),
            row(Kind.LAX_INT, "\t5\t", 5L, "lax(int, '\\t5\\t')"),
            row(Kind.LAX_INT, "\u00a07", 7L, "lax(int, '\\xa07')"),
            row(Kind.LAX_INT, "1_000", 1000L, "lax(int, '1_000')"),
            row(Kind.LAX_INT, "+7", 7L, "lax(int, '+7')"),
            row(Kind.LAX_INT, "-7", -7L, "lax(int, '-7')"),
            row(Kind.LAX_INT, "007", 7L, "lax(int, '007')"),
            row(Kind.LAX_INT, "1.0", 1L, "lax(int, '1.0')"),
            row(Kind.LAX_INT, "1_0.00", 10L, "lax(int, '1_0.00')"),
            row(Kind.LAX_INT, "-1.0", -1L, "lax(int, '-1.0')"),
            row(Kind.LAX_INT, "1.", ERROR, "lax(int, '1.')  # int_parsing"),
            row(Kind.LAX_INT, "1.5", ERROR, "lax(int, '1.5')  # int_parsing"),
            row(Kind.LAX_INT, "1.0_0", ERROR, "lax(int, '1.0_0')  # int_parsing"),
            row(Kind.LAX_INT, "1e3", ERROR, "lax(int, '1e3')  # int_parsing"),
            row(Kind.LAX_INT, "0x10", ERROR, "lax(int, '0x10')  # int_parsing"),
            row(Kind.LAX_INT, "1__0", ERROR, "lax(int, '1__0')  # int_parsing"),
            row(Kind.LAX_INT, "_1", ERROR, "lax(int, '_1')  # int_parsing"),
            row(Kind.LAX_INT, "1_", ERROR, "lax(int, '1_')  # int_parsing"),
            row(Kind.LAX_INT, "+_1", ERROR, "lax(int, '+_1')  # int_parsing"),
            row(Kind.LAX_INT, "", ERROR, "lax(int, '')  # int_parsing"),
            row(Kind.LAX_INT, "True", ERROR, "lax(int, 'True')  # int_parsing"),
            row(Kind.LAX_INT, 7.0, 7L, "lax(int, 7.0)"),
            row(Kind.LAX_INT, 7.5, ERROR, "lax(int, 7.5)  # int_from_float"),
            row(Kind.LAX_INT, 1e+20, ERROR, "lax(int, 1e+20)  # int_parsing_size"),
            row(Kind.LAX_INT, true, 1L, "lax(int, True)"),
            row(Kind.LAX_INT, false, 0L, "lax(int, False)"),
            row(Kind.LAX_INT, "{{ x }}", "{{ x }}", "lax(int, '{{ x }}')"),
            row(Kind.LAX_INT, "{{\n x }}", ERROR, "lax(int, '{{\\n x }}')  # int_parsing"),
            row(Kind.LAX_INT, "a {{ x }} b", "a {{ x }} b", "lax(int, 'a {{ x }} b')"),
            row(Kind.LAX_INT, "9223372036854775808", new java.math.BigInteger("9223372036854775808"), "lax(int, '9223372036854775808')"),
            row(Kind.LAX_FLOAT, "1.5", 1.5, "lax(float, '1.5')"),
            row(Kind.LAX_FLOAT, " 1.5 ", 1.5, "lax(float, ' 1.5 ')"),
            row(Kind.LAX_FLOAT, "\n1.5", 1.5, "lax(float, '\\n1.5')"),
            row(Kind.LAX_FLOAT, "1_000.5", 1000.5, "lax(float, '1_000.5')"),
            row(Kind.LAX_FLOAT, "1e3", 1000.0, "lax(float, '1e3')"),
            row(Kind.LAX_FLOAT, "1E3", 1000.0, "lax(float, '1E3')"),
            row(Kind.LAX_FLOAT, "1.", 1.0, "lax(float, '1.')"),
            row(Kind.LAX_FLOAT, ".5", 0.5, "lax(float, '.5')"),
            row(Kind.LAX_FLOAT, "-.5e-3", -0.0005, "lax(float, '-.5e-3')"),
            row(Kind.LAX_FLOAT, "inf", Double.POSITIVE_INFINITY, "lax(float, 'inf')"),
            row(Kind.LAX_FLOAT, "-Infinity", Double.NEGATIVE_INFINITY, "lax(float, '-Infinity')"),
            row(Kind.LAX_FLOAT, "+nan", Double.NaN, "lax(float, '+nan')"),
            row(Kind.LAX_FLOAT, "1_e5", 100000.0, "lax(float, '1_e5')"),
            row(Kind.LAX_FLOAT, "-_1", -1.0, "lax(float, '-_1')"),
            row(Kind.LAX_FLOAT, " 1_0.5 ", ERROR, "lax(float, ' 1_0.5 ')  # float_parsing"),
            row(Kind.LAX_FLOAT, "_1.0", ERROR, "lax(float, '_1.0')  # float_parsing"),
            row(Kind.LAX_FLOAT, "1.0_", ERROR, "lax(float, '1.0_')  # float_parsing"),
            row(Kind.LAX_FLOAT, "1__0.0", ERROR, "lax(float, '1__0.0')  # float_parsing"),
            row(Kind.LAX_FLOAT, "1e", ERROR, "lax(float, '1e')  # float_parsing"),
            row(Kind.LAX_FLOAT, "0x10", ERROR, "lax(float, '0x10')  # float_parsing"),
            row(Kind.LAX_FLOAT, "infinit", ERROR, "lax(float, 'infinit')  # float_parsing"),
            row(Kind.LAX_FLOAT, 5L, 5.0, "lax(float, 5)"),
            row(Kind.LAX_FLOAT, true, 1.0, "lax(float, True)"),
            row(Kind.LAX_FLOAT, "{{ x }}", "{{ x }}", "lax(float, '{{ x }}')"),
            row(Kind.LAX_BOOL, "true", true, "lax(bool, 'true')"),
            row(Kind.LAX_BOOL, "True", true, "lax(bool, 'True')"),
            row(Kind.LAX_BOOL, "TRUE", true, "lax(bool, 'TRUE')"),
            row(Kind.LAX_BOOL, "TrUe", true, "lax(bool, 'TrUe')"),
            row(Kind.LAX_BOOL, "yes", true, "lax(bool, 'yes')"),
            row(Kind.LAX_BOOL, "YES", true, "lax(bool, 'YES')"),
            row(Kind.LAX_BOOL, "y", true, "lax(bool, 'y')"),
            row(Kind.LAX_BOOL, "Y", true, "lax(bool, 'Y')"),
            row(Kind.LAX_BOOL, "on", true, "lax(bool, 'on')"),
            row(Kind.LAX_BOOL, "oN", true, "lax(bool, 'oN')"),
            row(Kind.LAX_BOOL, "t", true, "lax(bool, 't')"),
            row(Kind.LAX_BOOL, "1", true, "lax(bool, '1')"),
            row(Kind.LAX_BOOL, "false", false, "lax(bool, 'false')"),
            row(Kind.LAX_BOOL, "no", false, "lax(bool, 'no')"),
            row(Kind.LAX_BOOL, "n", false, "lax(bool, 'n')"),
            row(Kind.LAX_BOOL, "off", false, "lax(bool, 'off')"),
            row(Kind.LAX_BOOL, "f", false, "lax(bool, 'f')"),
            row(Kind.LAX_BOOL, "0", false, "lax(bool, '0')"),
            row(Kind.LAX_BOOL, "Off", false, "lax(bool, 'Off')"),
            row(Kind.LAX_BOOL, " true", ERROR, "lax(bool, ' true')  # bool_parsing"),
            row(Kind.LAX_BOOL, "true ", ERROR, "lax(bool, 'true ')  # bool_parsing"),
            row(Kind.LAX_BOOL, "\ntrue", ERROR, "lax(bool, '\\ntrue')  # bool_parsing"),
            row(Kind.LAX_BOOL, "2", ERROR, "lax(bool, '2')  # bool_parsing"),
            row(Kind.LAX_BOOL, "1.0", ERROR, "lax(bool, '1.0')  # bool_parsing"),
            row(Kind.LAX_BOOL, "none", ERROR, "lax(bool, 'none')  # bool_parsing"),
            row(Kind.LAX_BOOL, "", ERROR, "lax(bool, '')  # bool_parsing"),
            row(Kind.LAX_BOOL, "tru", ERROR, "lax(bool, 'tru')  # bool_parsing"),
            row(Kind.LAX_BOOL, 1L, true, "lax(bool, 1)"),
            row(Kind.LAX_BOOL, 0L, false, "lax(bool, 0)"),
            row(Kind.LAX_BOOL, 2L, ERROR, "lax(bool, 2)  # bool_parsing"),
            row(Kind.LAX_BOOL, 1.0, true, "lax(bool, 1.0)"),
            row(Kind.LAX_BOOL, 0.0, false, "lax(bool, 0.0)"),
            row(Kind.LAX_BOOL, 0.5, ERROR, "lax(bool, 0.5)  # bool_type"),
            row(Kind.LAX_BOOL, "{{ x }}", "{{ x }}", "lax(bool, '{{ x }}')"),
            row(Kind.LAX_STR, "abc", "abc", "TypeAdapter(str).validate_python('abc')"),
            row(Kind.LAX_STR, 5L, ERROR, "TypeAdapter(str).validate_python(5)  # string_type"),
            row(Kind.LAX_STR, true, ERROR, "TypeAdapter(str).validate_python(True)  # string_type"),
            row(Kind.LAX_STR, 1.5, ERROR, "TypeAdapter(str).validate_python(1.5)  # string_type"),
            enumRow(List.of(1L, 2L), 1L, 1L, "Enum('e', {str(k): k for k in [1, 2]})(1).value"),
            enumRow(List.of(1L, 2L), "1", ERROR, "Enum('e', {str(k): k for k in [1, 2]})('1').value  # enum"),
            enumRow(List.of(1L, 2L), true, 1L, "Enum('e', {str(k): k for k in [1, 2]})(True).value"),
            enumRow(List.of(1L, 2L), 1.0, 1L, "Enum('e', {str(k): k for k in [1, 2]})(1.0).value"),
            enumRow(List.of(1L, 2L), "one", ERROR, "Enum('e', {str(k): k for k in [1, 2]})('one').value  # enum"),
            enumRow(List.of(1L, 2L), "8", ERROR, "Enum('e', {str(k): k for k in [1, 2]})('8').value  # enum"),
            enumRow(List.of(1L, 2L), 8L, ERROR, "Enum('e', {str(k): k for k in [1, 2]})(8).value  # enum"),
            enumRow(List.of(1L, 2L), 9L, ERROR, "Enum('e', {str(k): k for k in [1, 2]})(9).value  # enum"),
            enumRow(List.of(1L, 2L), "9", ERROR, "Enum('e', {str(k): k for k in [1, 2]})('9').value  # enum"),
            enumRow(List.of(1L, 2L), false, ERROR, "Enum('e', {str(k): k for k in [1, 2]})(False).value  # enum"),
            enumRow(List.of(1L, 2L), 0L, ERROR, "Enum('e', {str(k): k for k in [1, 2]})(0).value  # enum"),
            enumRow(List.of(1L, 2L), 1.5, ERROR, "Enum('e', {str(k): k for k in [1, 2]})(1.5).value  # enum"),
            enumRow(List.of(1L, 2L), 2.0, 2L, "Enum('e', {str(k): k for k in [1, 2]})(2.0).value"),
            enumRow(List.of(1L, 2L), "2", ERROR, "Enum('e', {str(k): k for k in [1, 2]})('2').value  # enum"),
            enumRow(List.of("one", "two"), 1L, ERROR, "Enum('e', {str(k): k for k in ['one', 'two']})(1).value  # enum"),
            enumRow(List.of("one", "two"), "1", ERROR, "Enum('e', {str(k): k for k in ['one', 'two']})('1').value  # enum"),
            enumRow(List.of("one", "two"), true, ERROR, "Enum('e', {str(k): k for k in ['one', 'two']})(True).value  # enum"),
            enumRow(List.of("one", "two"), 1.0, ERROR, "Enum('e', {str(k): k for k in ['one', 'two']})(1.0).value  # enum"),
            enumRow(List.of("one", "two"), "one", "one", "Enum('e', {str(k): k for k in ['one', 'two']})('one').value"),
            enumRow(List.of("one", "two"), "8", ERROR, "Enum('e', {str(k): k for k in ['one', 'two']})('8').value  # enum"),
            enumRow(List.of("one", "two"), 8L, ERROR, "Enum('e', {str(k): k for k in ['one', 'two']})(8).value  # enum"),
            enumRow(List.of("one", "two"), 9L, ERROR, "Enum('e', {str(k): k for k in ['one', 'two']})(9).value  # enum"),
            enumRow(List.of("one", "two"), "9", ERROR, "Enum('e', {str(k): k for k in ['one', 'two']})('9').value  # enum"),
            enumRow(List.of("one", "two"), false, ERROR, "Enum('e', {str(k): k for k in ['one', 'two']})(False).value  # enum"),
            enumRow(List.of("one", "two"), 0L, ERROR, "Enum('e', {str(k): k for k in ['one', 'two']})(0).value  # enum"),
            enumRow(List.of("one", "two"), 1.5, ERROR, "Enum('e', {str(k): k for k in ['one', 'two']})(1.5).value  # enum"),
            enumRow(List.of("one", "two"), 2.0, ERROR, "Enum('e', {str(k): k for k in ['one', 'two']})(2.0).value  # enum"),
            enumRow(List.of("one", "two"), "2", ERROR, "Enum('e', {str(k): k for k in ['one', 'two']})('2').value  # enum"),
            enumRow(List.of("8", 9L), 1L, ERROR, "Enum('e', {str(k): k for k in ['8', 9]})(1).value  # enum"),
            enumRow(List.of("8", 9L), "1", ERROR, "Enum('e', {str(k): k for k in ['8', 9]})('1').value  # enum"),
            enumRow(List.of("8", 9L), true, ERROR, "Enum('e', {str(k): k for k in ['8', 9]})(True).value  # enum"),
            enumRow(List.of("8", 9L), 1.0, ERROR, "Enum('e', {str(k): k for k in ['8', 9]})(1.0).value  # enum"),
            enumRow(List.of("8", 9L), "one", ERROR, "Enum('e', {str(k): k for k in ['8', 9]})('one').value  # enum"),
            enumRow(List.of("8", 9L), "8", "8", "Enum('e', {str(k): k for k in ['8', 9]})('8').value"),
            enumRow(List.of("8", 9L), 8L, ERROR, "Enum('e', {str(k): k for k in ['8', 9]})(8).value  # enum"),
            enumRow(List.of("8", 9L), 9L, 9L, "Enum('e', {str(k): k for k in ['8', 9]})(9).value"),
            enumRow(List.of("8", 9L), "9", ERROR, "Enum('e', {str(k): k for k in ['8', 9]})('9').value  # enum"),
            enumRow(List.of("8", 9L), false, ERROR, "Enum('e', {str(k): k for k in ['8', 9]})(False).value  # enum"),
            enumRow(List.of("8", 9L), 0L, ERROR, "Enum('e', {str(k): k for k in ['8', 9]})(0).value  # enum"),
            enumRow(List.of("8", 9L), 1.5, ERROR, "Enum('e', {str(k): k for k in ['8', 9]})(1.5).value  # enum"),
            enumRow(List.of("8", 9L), 2.0, ERROR, "Enum('e', {str(k): k for k in ['8', 9]})(2.0).value  # enum"),
            enumRow(List.of("8", 9L), "2", ERROR, "Enum('e', {str(k): k for k in ['8', 9]})('2').value  # enum"),
            enumRow(List.of(true, false), 1L, true, "Enum('e', {str(k): k for k in [True, False]})(1).value"),
            enumRow(List.of(true, false), "1", ERROR, "Enum('e', {str(k): k for k in [True, False]})('1').value  # enum"),
            enumRow(List.of(true, false), true, true, "Enum('e', {str(k): k for k in [True, False]})(True).value"),
            enumRow(List.of(true, false), 1.0, true, "Enum('e', {str(k): k for k in [True, False]})(1.0).value"),
            enumRow(List.of(true, false), "one", ERROR, "Enum('e', {str(k): k for k in [True, False]})('one').value  # enum"),
            enumRow(List.of(true, false), "8", ERROR, "Enum('e', {str(k): k for k in [True, False]})('8').value  # enum"),
            enumRow(List.of(true, false), 8L, ERROR, "Enum('e', {str(k): k for k in [True, False]})(8).value  # enum"),
            enumRow(List.of(true, false), 9L, ERROR, "Enum('e', {str(k): k for k in [True, False]})(9).value  # enum"),
            enumRow(List.of(true, false), "9", ERROR, "Enum('e', {str(k): k for k in [True, False]})('9').value  # enum"),
            enumRow(List.of(true, false), false, false, "Enum('e', {str(k): k for k in [True, False]})(False).value"),
            enumRow(List.of(true, false), 0L, false, "Enum('e', {str(k): k for k in [True, False]})(0).value"),
            enumRow(List.of(true, false), 1.5, ERROR, "Enum('e', {str(k): k for k in [True, False]})(1.5).value  # enum"),
            enumRow(List.of(true, false), 2.0, ERROR, "Enum('e', {str(k): k for k in [True, False]})(2.0).value  # enum"),
            enumRow(List.of(true, false), "2", ERROR, "Enum('e', {str(k): k for k in [True, False]})('2').value  # enum"),
            enumRow(List.of(1.5, 2L), 1L, ERROR, "Enum('e', {str(k): k for k in [1.5, 2]})(1).value  # enum"),
            enumRow(List.of(1.5, 2L), "1", ERROR, "Enum('e', {str(k): k for k in [1.5, 2]})('1').value  # enum"),
            enumRow(List.of(1.5, 2L), true, ERROR, "Enum('e', {str(k): k for k in [1.5, 2]})(True).value  # enum"),
            enumRow(List.of(1.5, 2L), 1.0, ERROR, "Enum('e', {str(k): k for k in [1.5, 2]})(1.0).value  # enum"),
            enumRow(List.of(1.5, 2L), "one", ERROR, "Enum('e', {str(k): k for k in [1.5, 2]})('one').value  # enum"),
            enumRow(List.of(1.5, 2L), "8", ERROR, "Enum('e', {str(k): k for k in [1.5, 2]})('8').value  # enum"),
            enumRow(List.of(1.5, 2L), 8L, ERROR, "Enum('e', {str(k): k for k in [1.5, 2]})(8).value  # enum"),
            enumRow(List.of(1.5, 2L), 9L, ERROR, "Enum('e', {str(k): k for k in [1.5, 2]})(9).value  # enum"),
            enumRow(List.of(1.5, 2L), "9", ERROR, "Enum('e', {str(k): k for k in [1.5, 2]})('9').value  # enum"),
            enumRow(List.of(1.5, 2L), false, ERROR, "Enum('e', {str(k): k for k in [1.5, 2]})(False).value  # enum"),
            enumRow(List.of(1.5, 2L), 0L, ERROR, "Enum('e', {str(k): k for k in [1.5, 2]})(0).value  # enum"),
            enumRow(List.of(1.5, 2L), 1.5, 1.5, "Enum('e', {str(k): k for k in [1.5, 2]})(1.5).value"),
            enumRow(List.of(1.5, 2L), 2.0, 2L, "Enum('e', {str(k): k for k in [1.5, 2]})(2.0).value"),
            enumRow(List.of(1.5, 2L), "2", ERROR, "Enum('e', {str(k): k for k in [1.5, 2]})('2').value  # enum")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void convertsAsIbekDoes(Row row) {
        assertEquals(describe(row.expected()), describe(convert(row)), row.python() + " with input " + row.input());
    }

    private static Object convert(Row row) {
        if (row.parameter() != null) {
            return switch (ValueChecker.check(row.parameter(), row.input())) {
                case ValueChecker.Result.Ok ok -> ok.value();
                case ValueChecker.Result.Failed failed -> ERROR;
            };
        }
        Kind kind = Kind.valueOf(row.kind());
        try {
            return PythonConversions.apply(kind.coercion, PyLiteral.literalEval((String) row.input()));
        } catch (TemplateError | PythonConversions.ConversionError e) {
            return ERROR;
        }
    }

    /** The value with its Java type, so that 1 (int) and 1.0 (float) and True differ as they do in Python. */
    private static String describe(Object value) {
        return switch (value) {
            case null -> "None";
            case List<?> list -> "list:" + list;
            default -> value.getClass().getSimpleName() + ":" + value;
        };
    }
}
