package org.hustings.purpose;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.provenance.Taxonomy;

/** The default processing activities, kept as data in {@code purposes/default-activities.v1.json} and checked whole on load. */
final class DefaultActivities {
    static final String RESOURCE = "purposes/default-activities.v1.json";

    record Entry(String code, String name, String description, String use, String article6, String article9, String channel,
                 boolean directMarketing, boolean profiling, List<String> categories, List<String> recipients, String retention,
                 boolean dpiaRequired, Double minLinkProbability) { }

    record File(int version, List<Entry> activities) { }

    private DefaultActivities() {
    }

    static List<Activity> load(Taxonomy taxonomy) {
        File file;
        try (InputStream in = DefaultActivities.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new HustingsException(ErrorCode.INTERNAL, "The default activities file " + RESOURCE + " is missing from the build.");
            }
            file = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in, File.class);
        } catch (IOException e) {
            throw new HustingsException(ErrorCode.INTERNAL, RESOURCE + " could not be read: " + e.getMessage(), e);
        }
        List<Activity> out = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Entry e : file.activities()) {
            try {
                Activity a = new Activity(e.code(), e.name(), e.description(), UseClass.of(e.use()), e.article6(), e.article9(),
                        Channel.of(e.channel()), e.directMarketing(), e.profiling(), e.categories(), e.recipients(), e.retention(),
                        e.dpiaRequired(), e.minLinkProbability());
                ActivityChecks.problems(taxonomy, a).forEach(p -> errors.add(e.code() + ": " + p));
                out.add(a);
            } catch (HustingsException ex) {
                errors.add(e.code() + ": " + ex.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new HustingsException(ErrorCode.INTERNAL, RESOURCE + " has " + errors.size() + " error(s):\n  " + String.join("\n  ", errors));
        }
        return List.copyOf(out);
    }
}
