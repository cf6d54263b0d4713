package org.hustings.cli;

import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar with rows per second for long jobs, on the terminal's error stream; silent
 * when output is not a terminal (CI, pipes), where only the final account is printed.
 */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /** A bar counting rows; {@code total} may be -1 when unknown. */
    static Progress rows(String task, long total) {
        if (System.console() == null) {
            return new Progress(null);
        }
        return new Progress(new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" rows", 1)
                .setStyle(ProgressBarStyle.ASCII).showSpeed().setUpdateIntervalMillis(250).build());
    }

    /** A sink for "rows done so far" callbacks. */
    Consumer<Long> sink() {
        return n -> {
            if (bar != null) {
                bar.stepTo(n);
            }
        };
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
