package org.hustings.provenance;

import java.util.List;

/**
 * An Article 9(2) UK GDPR condition for processing special category data, from the taxonomy.
 * {@code covers} lists the category keys (with their descendants) it can cover; empty means any.
 * {@code consentBased}: explicit consent, so each person's consent must be live.
 */
public record Article9Condition(String key, String article, String name, String plain, boolean consentBased, List<String> covers) {

    public Article9Condition {
        covers = List.copyOf(covers == null ? List.of() : covers);
    }

    public String cited() {
        return name + " (UK GDPR " + article + ")";
    }
}
