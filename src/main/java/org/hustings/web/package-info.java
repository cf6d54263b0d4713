/**
 * The web shell: an HTTP server (Javalin) with real login, the Register page and a JSON API.
 *
 * <p>{@link org.hustings.web.WebServer} is the facade. Every request first gets the security
 * headers (a Content-Security-Policy of {@code default-src 'self'}, so no inline script or style
 * runs; no framing; no referrer; no sniffing; no caching). Then, for a matched route, one
 * before-handler finds the session from the {@code HttpOnly; SameSite=Strict} cookie, checks the
 * CSRF synchronizer token on every state-changing request (form field {@code csrf} or header
 * {@code X-CSRF-Token}), and checks the user's role against the access table — one small, explicit
 * map from route to roles. A route missing from that table cannot even be registered.
 *
 * <p>Pages are Pebble templates with HTML auto-escaping on: a name in a register file that looks
 * like markup is shown as text. Errors come back as plain words with the status from
 * {@link org.hustings.ErrorCode}: {@code {"error", "message", "field"}} under {@code /api}, plain text
 * elsewhere. Example: a canvasser asking for {@code GET /api/editions} gets 403 and
 * {@code {"error":"refused","message":"Your role (Canvasser) may not open this page. …"}}.
 *
 * <p>Configuration pages (Sources, a purpose's page, Gate, Consents) follow one pattern: a page
 * shows the record and, for the roles that may change it, forms that post to it; a change goes
 * through the station's facade and redirects back; a refused form comes back on its page with the
 * reasons linked to their fields ({@link org.hustings.web.FailedForm}) and what was typed
 * ({@link org.hustings.web.FormValues}). The JSON API takes the same fields and answers a refusal
 * with {@code field} and {@code problems}.
 *
 * <p>The quarantine on the Register page shows rejected rows exactly as supplied, so it is shown
 * to the DPO, data managers and auditors only; organisers see the counts.
 */
package org.hustings.web;
