/**
 * The JSON shapes of the HTTP API's answers, pages and result cells. Public so that the terminal's
 * {@code --format json} prints exactly what the API returns.
 */
package dev.orderlens.web.json;
