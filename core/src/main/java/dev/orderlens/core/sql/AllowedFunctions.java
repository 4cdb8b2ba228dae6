package dev.orderlens.core.sql;

import java.util.HashSet;
import java.util.Set;

/**
 * The functions a query may call, in DuckDB's and Spark SQL's spellings: what analytics over an orders table
 * needs, and nothing that reads files, runs SQL given as text, reaches settings, secrets or the JVM, or makes a
 * value many times larger than its input ({@code repeat}, {@code lpad}, {@code format} widths, list builders):
 * a result's size then stays bounded by the table's own values. A name missing here is refused, so a function
 * an engine adds later is refused until someone decides it is safe.
 */
final class AllowedFunctions {

    private static final Set<String> AGGREGATES = Set.of(
            "count", "count_star", "sum", "avg", "mean", "min", "max", "median", "mode", "quantile",
            "quantile_cont", "quantile_disc", "percentile_cont", "percentile_disc", "percentile_approx",
            "approx_percentile", "approx_quantile", "approx_count_distinct", "stddev", "stddev_pop", "stddev_samp",
            "std", "variance", "var_pop", "var_samp", "corr", "covar_pop", "covar_samp", "regr_slope",
            "regr_intercept", "regr_r2", "regr_count", "bool_and", "bool_or", "every", "some", "any",
            "any_value", "first", "last", "arg_max", "arg_min", "argmax", "argmin", "max_by", "min_by",
            "count_if", "countif", "sum_if", "avg_if", "string_agg", "listagg", "group_concat", "list", "array_agg",
            "collect_list", "collect_set", "histogram", "product", "kurtosis", "skewness", "entropy", "fsum",
            "favg", "sumkahan", "kahan_sum", "geomean", "geometric_mean", "bit_and", "bit_or", "bit_xor");

    private static final Set<String> WINDOWS = Set.of(
            "row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "ntile", "lag", "lead",
            "first_value", "last_value", "nth_value");

    private static final Set<String> NUMBERS = Set.of(
            "abs", "round", "round_even", "bround", "floor", "ceil", "ceiling", "trunc", "truncate", "sign", "signum",
            "sqrt", "cbrt", "power", "pow", "exp", "ln", "log", "log10", "log2", "mod", "pmod", "div", "try_divide",
            "greatest", "least", "isnan", "isinf", "isfinite", "nanvl", "pi", "random", "rand", "even", "factorial",
            "try_add", "try_subtract", "try_multiply", "negative", "positive");

    private static final Set<String> CONDITIONS = Set.of(
            "coalesce", "nullif", "ifnull", "nvl", "nvl2", "if", "iff", "zeroifnull", "nullifzero", "decode",
            "isnull", "isnotnull", "equal_null");

    private static final Set<String> TEXT = Set.of(
            "lower", "upper", "lcase", "ucase", "array_join", "length", "len", "char_length", "character_length", "strlen",
            "octet_length", "bit_length", "concat", "concat_ws", "substring", "substr", "left", "right", "trim",
            "ltrim", "rtrim", "btrim", "replace", "reverse", "position", "strpos", "instr", "locate", "contains",
            "starts_with", "startswith", "ends_with", "endswith", "prefix", "suffix", "split_part", "initcap",
            "regexp_matches", "regexp_extract", "regexp_replace", "regexp_like", "regexp_full_match", "rlike",
            "regexp", "like", "ilike", "translate", "ascii", "chr", "char", "unicode", "md5", "sha1", "sha256", "sha2",
            "hash", "levenshtein", "jaro_winkler_similarity", "jaccard", "damerau_levenshtein", "hamming",
            "string_split", "str_split", "split", "nfc_normalize", "strip_accents", "to_char", "try_to_number",
            "to_number");

    private static final Set<String> TIME = Set.of(
            "date_trunc", "datetrunc", "date_part", "datepart", "extract", "year", "month", "day", "dayofmonth",
            "dayofweek", "dayofyear", "weekofyear", "week", "weekday", "isodow", "dow", "doy", "quarter", "hour",
            "minute", "second", "millisecond", "yearweek", "isoyear", "era", "dayname", "monthname", "last_day",
            "make_date", "make_timestamp", "make_time", "make_interval", "date_add", "dateadd", "date_sub", "datesub",
            "date_diff", "datediff", "timestampdiff", "timestampadd", "timestamp_diff", "age", "epoch", "epoch_ms",
            "epoch_us", "to_timestamp", "to_date", "to_utc_timestamp", "from_utc_timestamp", "strftime",
            "strptime", "try_strptime", "date_format", "from_unixtime", "unix_timestamp", "unix_date",
            "unix_seconds", "current_date", "current_timestamp", "now", "today", "get_current_time",
            "to_days", "to_months", "to_years", "to_weeks", "to_hours", "to_minutes", "to_seconds",
            "to_milliseconds", "months_between", "add_months", "next_day", "date", "timestamp", "time_bucket",
            "date_from_unix_date", "datetime", "try_to_timestamp", "make_dt_interval", "make_ym_interval");

    /** List and struct access, and the list literals {@code [a, b]} and {@code IN} lists DuckDB spells as calls. */
    private static final Set<String> STRUCTURE = Set.of(
            "list_value", "array_value", "list_extract", "array_extract", "list_element", "element_at",
            "list_slice", "array_slice", "struct_extract", "struct_pack", "row", "array_length", "size",
            "cardinality", "list_contains", "array_contains", "list_has", "array_has", "list_position",
            "array_position", "unnest", "explode", "array", "struct", "named_struct", "array_sort", "sort_array",
            "list_sort", "array_distinct", "list_distinct");

    /** DuckDB reads operators as calls of functions named after them. */
    private static final Set<String> OPERATORS = Set.of(
            "+", "-", "*", "/", "//", "%", "**", "^", "||", "~~", "!~~", "~~*", "!~~*", "~~~", "!~~~", "&", "|",
            "<<", ">>", "->>", "->", "@>", "<@", "&&", "^@");

    private static final Set<String> ALL = union(AGGREGATES, WINDOWS, NUMBERS, CONDITIONS, TEXT, TIME, STRUCTURE,
            OPERATORS);

    /** The only functions that may stand in for a table: they generate rows and read nothing. */
    static final Set<String> ROW_GENERATORS = Set.of("range", "generate_series", "unnest", "explode");

    private AllowedFunctions() {
    }

    static boolean isAllowed(String name) {
        return ALL.contains(name);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... groups) {
        Set<String> all = new HashSet<>();
        for (Set<String> group : groups) {
            all.addAll(group);
        }
        return Set.copyOf(all);
    }
}
