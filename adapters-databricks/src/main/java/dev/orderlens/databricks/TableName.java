package dev.orderlens.databricks;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Unity Catalog names ({@code catalog.schema.table}) as settings give them, checked before they reach SQL text. */
final class TableName {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+){0,2}");

    private TableName() {
    }

    /** The name if it is one to three dot-separated parts of letters, digits, '_' or '-'. */
    static String check(String name, String variable) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(variable + " must be a name like catalog.schema.table (was '"
                    + name + "')");
        }
        return name;
    }

    /** The name with every part in backticks, ready for a SQL statement. */
    static String quoted(String name) {
        return Arrays.stream(check(name, "table").split("\\."))
                .map(part -> "`" + part + "`")
                .collect(Collectors.joining("."));
    }
}
