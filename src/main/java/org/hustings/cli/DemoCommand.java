package org.hustings.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.hustings.ingest.register.RegisterLayout;
import org.hustings.staff.Role;
import org.hustings.staff.Staff;
import org.hustings.store.Store;
import org.hustings.store.StoreLocation;
import org.hustings.synth.FolderImport;
import org.hustings.synth.Manifest;
import org.hustings.synth.SynthSpec;
import org.hustings.synth.SyntheticFiles;
import org.hustings.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hustings demo}: the whole product on this machine with no server — a synthetic
 * constituency generated, imported into the embedded store, and the web UI served.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the product with synthetic data and no server: generate a constituency of about 75,000 electors "
                + "(8 polling districts, a past general election's marked register and absent-voter list, two monthly notices), "
                + "import it into the embedded store, and serve the web UI.",
            "Everything is kept in the --dir folder; run again to reuse it."})
final class DemoCommand implements Runnable {
    static final String USER = "demo";
    static final String PASSWORD = "hustings-demo";

    @Option(names = "--dir", defaultValue = "hustings-data/demo", description = "Folder for the demo's files and store (default ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--port", defaultValue = "8080", description = "Port for the web UI (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--no-serve", description = "Prepare the store and stop, without serving the web UI.")
    boolean noServe;

    @Override
    public void run() {
        Path files = dir.resolve("files");
        if (!Files.exists(files.resolve(Manifest.NAME))) {
            System.out.println("Generating a synthetic constituency in " + files + " …");
            try (Progress progress = Progress.rows("Generating", SynthSpec.demo().electors())) {
                SyntheticFiles.write(SynthSpec.demo(), SyntheticFiles.Options.of(RegisterLayout.XPRESS), files, progress.sink()::accept);
            }
        }
        Store store = Store.open(StoreLocation.embedded(dir.resolve("hustings.duckdb")));
        try {
            FolderImport.importAll(store, files, "demo", outcome -> System.out.println(outcome.describe()));
            Staff staff = new Staff(store);
            if (staff.users().stream().noneMatch(u -> u.username().equals(USER))) {
                staff.addUser(USER, "Demo Data Protection Officer", Role.DPO, PASSWORD.toCharArray());
            }
            if (noServe) {
                System.out.println("The demo store is ready: " + store.location().describe());
                store.close();
                return;
            }
            serve(store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private void serve(Store store) {
        WebServer web = WebServer.start(store, port, "127.0.0.1");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            web.stop();
            store.close();
            stopped.countDown();
        }, "hustings-demo-stop"));
        System.out.println();
        System.out.println("Hustings demo is running at " + web.url());
        System.out.println("Log in as  " + USER + "  with password  " + PASSWORD + "  (a data protection officer; synthetic data only).");
        System.out.println("Press Ctrl-C to stop.");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
