package dev.orderlens.databricks;

import java.util.Locale;
import java.util.Set;

/**
 * Names of Databricks' and Spark's own catalogs, schemas and views, the part of a workspace's catalog that is the
 * same everywhere and so known offline. A WITH query given one of these names would stand in for the object in
 * some places of a statement and not in others.
 */
final class DatabricksSystemObjects {

    private static final Set<String> CATALOGS_AND_SCHEMAS = Set.of(
            "system", "information_schema", "hive_metastore", "spark_catalog", "samples", "global_temp",
            "access", "billing", "compute", "lakeflow", "marketplace", "query", "serving", "storage", "mlflow", "ai");

    /** The views of {@code information_schema} in every catalog of Unity Catalog. */
    private static final Set<String> INFORMATION_SCHEMA = Set.of(
            "catalog_privileges", "catalog_provider_share_usage", "catalog_tags", "catalogs", "check_constraints",
            "column_masks", "column_tags", "columns", "connection_privileges", "connections",
            "constraint_column_usage", "constraint_table_usage", "credential_privileges", "credentials",
            "external_location_privileges", "external_locations", "information_schema_catalog_name",
            "key_column_usage", "metastore_privileges", "metastores", "parameters", "providers",
            "recipient_allowed_ip_ranges", "recipient_tokens", "recipients", "referential_constraints",
            "routine_columns", "routine_privileges", "routines", "row_filters", "schema_privileges",
            "schema_share_usage", "schema_tags", "schemata", "share_recipient_privileges", "shares",
            "storage_credential_privileges", "storage_credentials", "table_constraints", "table_privileges",
            "table_share_usage", "table_tags", "tables", "views", "volume_privileges", "volume_tags", "volumes");

    /** Tables of the {@code system} catalog's schemas (audit log, billing, lineage, query history ...). */
    private static final Set<String> SYSTEM_TABLES = Set.of(
            "audit", "table_lineage", "column_lineage", "outbound_network", "clean_room_events", "assistant_events",
            "workspaces_latest", "usage", "list_prices", "clusters", "node_types", "node_timeline",
            "warehouse_events", "warehouses", "jobs", "job_tasks", "job_run_timeline", "job_task_run_timeline",
            "pipelines", "pipeline_update_timeline", "listing_access_events", "listing_funnel_events", "history",
            "served_entities", "endpoint_usage", "predictive_optimization_operations_history");

    private DatabricksSystemObjects() {
    }

    /** Whether a one-part name (or a dotted name under {@code system.}) is one of these objects. */
    static boolean isSystemName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("system.") || CATALOGS_AND_SCHEMAS.contains(lower)
                || INFORMATION_SCHEMA.contains(lower) || SYSTEM_TABLES.contains(lower);
    }
}
