package org.hustings.provenance;

import java.util.regex.Pattern;

/**
 * The checks on a source declaration that need no database: every one runs, every failure is kept,
 * each naming the declaration field at fault.
 */
final class SourceChecks {
    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_.:-]{0,99}");

    private SourceChecks() {
    }

    static void check(Taxonomy taxonomy, SourceDeclaration d, Refusals refusals) {
        if (d.code() == null || !CODE.matcher(d.code()).matches()) {
            refusals.missing("code", "the source code '" + d.code() + "' must be lower-case letters, digits, '-', '_', '.' or ':' (at most 100).");
        }
        refusals.requireText(d.name(), "name", "the source's name");
        if (d.kind() == null) {
            refusals.missing("kind", "the kind of source is missing.");
        } else if (d.kind() == SourceKind.STATUTORY_REGISTER) {
            refusals.unlawful("kind", "statutory register sources are registered only with their legal footing by the register import "
                    + "(Representation of the People Regulations 2001), not declared by hand.");
        }
        if (d.supplierCode() == null || d.supplierCode().isBlank()) {
            refusals.missing("supplier", "the supplier is missing; every source needs the organisation behind it (UK GDPR Art 14(2)(f)).");
        }
        refusals.requireText(d.collectionMethod(), "collectionMethod", "the collection method");
        refusals.requireText(d.legalReference(), "legalReference", "the legal reference (the law or agreement the basis rests on)");
        refusals.requireText(d.retention(), "retention", "the retention period (UK GDPR Art 5(1)(e))");
        LawfulBasis basis = taxonomy.article6(d.article6()).orElse(null);
        if (basis == null) {
            refusals.unlawful("article6", "'" + d.article6() + "' is not an Article 6(1) lawful basis; expected one of "
                    + taxonomy.article6Bases().stream().map(LawfulBasis::key).sorted().toList() + ".");
        } else if (basis.statutoryOnly() && d.kind() != SourceKind.STATUTORY_REGISTER) {
            refusals.unlawful("article6", PublicTask.REASON);
        }
        if (d.article9() != null && taxonomy.article9(d.article9()).isEmpty()) {
            refusals.unlawful("article9", "'" + d.article9() + "' is not an Article 9(2) condition; expected one of "
                    + taxonomy.article9Conditions().stream().map(Article9Condition::key).sorted().toList() + ".");
        }
        if (d.purposes().isEmpty()) {
            refusals.missing("purposes", "the source permits no purposes; name at least one processing activity (UK GDPR Art 5(1)(b)).");
        }
        boolean consentBased = (basis != null && basis.consentBased())
                || taxonomy.article9(d.article9()).map(Article9Condition::consentBased).orElse(false);
        if (consentBased && (d.wording() == null || d.wording().kind() != WordingKind.CONSENT || blank(d.wording().text()))) {
            refusals.missing("wording", "a consent-based source needs the exact consent wording shown (UK GDPR Art 7(1): consent must be provable).");
        }
        boolean collectedFromPeople = d.kind() == SourceKind.DIRECT || d.kind() == SourceKind.MEMBERSHIP;
        if (collectedFromPeople && (d.wording() == null || blank(d.wording().text()))) {
            refusals.missing("wording", "data collected from people needs the privacy notice shown at collection (UK GDPR Art 13).");
        }
        if (d.retentionMonths() != null && d.retentionMonths() <= 0) {
            refusals.missing("retentionMonths", "the retention in months must be positive.");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
