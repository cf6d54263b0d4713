package org.hustings.provenance;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** The {@link ActivitySeed} implementations on the class path, found once, in a stable order. */
final class ActivitySeeds {
    static final List<ActivitySeed> ALL = ServiceLoader.load(ActivitySeed.class).stream().map(ServiceLoader.Provider::get)
            .sorted(Comparator.comparing(s -> s.getClass().getName())).toList();

    private ActivitySeeds() {
    }
}
