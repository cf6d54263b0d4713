/**
 * Hustings: voter data for UK parties and campaigns, with data-protection law built into the flow.
 *
 * <p>Packages mirror the stations of the flow in DESIGN.md: {@code ingest} parses files and
 * quarantines bad rows, {@code register} models the electoral register (the spine),
 * {@code store} holds both SQL engines behind one dialect, {@code synth} makes synthetic data,
 * {@code web} and {@code cli} are the two ways in. See ARCHITECTURE.md.
 */
package org.hustings;
