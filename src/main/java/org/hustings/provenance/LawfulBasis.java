package org.hustings.provenance;

/**
 * An Article 6(1) UK GDPR lawful basis, from the taxonomy. {@code consentBased}: values held on it
 * may be used only while the person's consent is live. {@code statutoryOnly}: valid only for data
 * whose task is laid down in law (public task, Art 6(1)(e) and Art 6(3)).
 */
public record LawfulBasis(String key, String article, String name, String plain, boolean consentBased, boolean statutoryOnly) {

    /** "public task (Art 6(1)(e))". */
    public String cited() {
        return name + " (UK GDPR " + article + ")";
    }
}
