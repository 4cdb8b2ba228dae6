/**
 * The shapes of what the HTTP API returns: answers, pages, result cells and feedback as JSON, results and feedback
 * as CSV. Public so that the terminal's {@code --format json|csv} prints exactly what the API returns.
 */
package dev.orderlens.web.json;
