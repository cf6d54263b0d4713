package org.hustings.rights;

import java.time.LocalDate;
import java.util.List;
import org.hustings.rights.AccessReply.Section;

/**
 * A letter to the person about their request, other than the access reply itself: that we need
 * more time (UK GDPR Art 12(3)), or that we refuse the request (Art 12(4)-(5)). Written from the
 * request as recorded, never by hand, and rendered like the reply: HTML and PDF from one template
 * ({@code rights/letter.peb}) and JSON. {@code sections} is the prose, in order.
 */
public record Letter(LetterKind kind, String ref, String requesterName, String contact, LocalDate receivedOn, LocalDate writtenOn,
                     String title, String law, List<Section> sections) {

    public Letter {
        sections = List.copyOf(sections);
    }

    /** All the prose, one paragraph or item per line, for measuring readability. */
    public String prose() {
        StringBuilder b = new StringBuilder();
        for (Section s : sections) {
            s.paragraphs().forEach(p -> b.append(p).append('\n'));
            s.items().forEach(p -> b.append(p).append('\n'));
        }
        return b.toString();
    }

    public Section section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }
}
