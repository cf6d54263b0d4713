/**
 * Consent: per person, purpose and channel, granted or withdrawn, when, how, who recorded it and
 * the exact wording version shown. The history table is append-only; the live state is one row per
 * person, purpose and channel, replaced in the same transaction, so withdrawal takes effect at once.
 *
 * <p>A grant without its time, method or wording is kept in the history but marked not provable,
 * and the gate does not count it (UK GDPR Art 7(1); the regulator found parties holding consents
 * they could not evidence). Example: a web sign-up on 3 March via consent wording v2 of source
 * {@code web-signup} for {@code email} on channel {@code email} is live; a later withdrawal by
 * phone makes the next email read drop the person.
 */
package org.hustings.consent;
