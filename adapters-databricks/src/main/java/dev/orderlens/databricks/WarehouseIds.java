package dev.orderlens.databricks;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the warehouse id in the forms a SQL warehouse's connection details come in: a bare id, an HTTP path
 * ({@code /sql/1.0/warehouses/<id>}, or {@code /sql/1.0/endpoints/<id>} from before warehouses were renamed),
 * a URL holding that path, a JDBC URL ({@code ...;httpPath=/sql/1.0/warehouses/<id>}) or a URL with the path
 * in an {@code http_path} query parameter, encoded or not.
 */
final class WarehouseIds {

    private static final Pattern BARE_ID = Pattern.compile("[A-Za-z0-9]{8,64}");
    private static final Pattern IN_PATH = Pattern.compile("/(?:warehouses|endpoints)/([A-Za-z0-9]+)");

    private WarehouseIds() {
    }

    static Optional<String> parse(String value) {
        String trimmed = value.trim();
        if (BARE_ID.matcher(trimmed).matches()) {
            return Optional.of(trimmed);
        }
        Matcher matcher = IN_PATH.matcher(URLDecoder.decode(trimmed.replace("+", "%2B"), StandardCharsets.UTF_8));
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
