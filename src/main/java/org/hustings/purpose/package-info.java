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
 * refuses it until {@link org.hustings.purpose.Purposes#decideDpia} approves one (Art 35).
 */
package org.hustings.purpose;
