package org.hustings.purpose;

import java.util.List;

/**
 * A change to the editable parts of an activity's Article 30 entry. A null component keeps what is
 * there; {@code article9} blank removes the condition. The channel, class of use, direct marketing
 * and profiling flags are what the activity <em>is</em>, so they are not edited here: a different
 * activity is a new one.
 */
public record ActivityEdit(String name, String description, String article6, String article9, List<String> categories,
                           List<String> recipients, String retention, Boolean dpiaRequired) {

    public ActivityEdit {
        categories = categories == null ? null : categories.stream().filter(java.util.Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        recipients = recipients == null ? null : recipients.stream().filter(java.util.Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** The activity as it would be after this change (only for checking it; the store is updated column by column). */
    Activity applyTo(Activity a) {
        return new Activity(a.code(), name == null ? a.name() : name.strip(), description == null ? a.description() : description.strip(),
                a.use(), article6 == null ? a.article6() : article6.strip(),
                article9 == null ? a.article9() : article9.isBlank() ? null : article9.strip(), a.channel(), a.directMarketing(),
                a.profiling(), categories == null ? a.categories() : categories, recipients == null ? a.recipients() : recipients,
                retention == null ? a.retention() : retention.strip(), dpiaRequired == null ? a.dpiaRequired() : dpiaRequired,
                a.minLinkProbability());
    }
}
