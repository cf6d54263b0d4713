/**
 * Purposes: the register of processing activities (UK GDPR Art 30) — canvassing, phone
 * canvassing, direct mail, email, SMS, social-media audiences, modelling, get-out-the-vote,
 * donation checks, membership administration, casework — each with its Article 6 basis, Article 9
 * condition, channel, data categories, recipients, retention and DPIA.
 *
 * <p>Defaults are data ({@code purposes/default-activities.v1.json}); every definition is checked
 * against the taxonomy and the law before it is stored: marketing by email or text needs consent as
 * its basis (PECR reg 22, no soft opt-in for parties); a special category needs an Article 9
 * condition that covers it. Example: {@code modelling} is profiling and needs a DPIA, so the gate
 * refuses it until {@link org.hustings.purpose.Purposes#decideDpia} approves one (Art 35), with
 * who signed it off, when, and the document's reference.
 *
 * <p>The defaults are put in place the first time anything needs them — never over an activity
 * that is there, edited or not (ADR 0190). An activity is edited with an
 * {@link org.hustings.purpose.ActivityEdit}: checked whole, refused with each reason naming its
 * field, written column by column. Public task is allowed only for electoral activities and
 * donation checks, which a law lays down (UK GDPR Art 6(1)(e) and 6(3)); the bases that fit an
 * activity are what {@link org.hustings.purpose.Purposes#basesFor} offers.
 *
 * <p>Each activity may set a minimum link probability (accuracy, Art 5(1)(d)): the gate does not
 * use a value a probabilistic link attached to a person below it. The defaults set 0.95 for the
 * activities that contact a person through linked details (phone, post, email, SMS, social
 * audiences); see docs/adr/0201-minimum-link-probability-per-purpose.md.
 */
package org.hustings.purpose;
