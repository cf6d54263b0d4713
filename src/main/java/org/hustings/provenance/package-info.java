/**
 * Provenance: where every value came from and on what legal footing it may be used.
 *
 * <p>A <em>supplier</em> is the organisation behind a <em>source</em>; a source carries its kind,
 * collection method, versioned notice or consent wording, Article 6 basis, Article 9 condition,
 * permitted purposes and retention; a <em>dataset</em> is one delivery, and each of its fields is
 * annotated from the {@link org.hustings.provenance.Taxonomy} — data category, special category
 * or not, factual or estimated. The taxonomy, the lawful bases and the statutory sources are data
 * ({@code taxonomy/*.v1.json}), loaded once, validated whole, then sealed.
 *
 * <p>Worked example: a broker file declares {@code ethnicity_guess} as {@code ethnicity.estimated}.
 * The category is special (UK GDPR Art 9(1)) and never released, so the field is stored with
 * {@code release_block = "never released: …"} and the gate can never hand it out. A source that
 * claims "public task" for bought data is refused at declaration with the reason (Art 6(1)(e), 6(3)).
 * {@link org.hustings.provenance.Sources} is the facade; everything else here is package-private.
 *
 * <p>Sources are edited through it too — a declaration (as options, or as JSON read by
 * {@link org.hustings.provenance.SourceDeclarationFile}), due diligence with its evidence, a new
 * wording version, the permitted purposes, the retention — each refused with every reason, each
 * reason naming its field ({@link org.hustings.FieldProblems}), each change one ledger entry. A
 * statutory source cannot be permitted a use its statute forbids. The register of processing
 * activities a source names is put in place on first need through
 * {@link org.hustings.provenance.ActivitySeed}, which the purpose station implements (ADR 0190).
 */
package org.hustings.provenance;
