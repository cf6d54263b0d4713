package org.hustings.synth;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hustings.ingest.ImportOutcome;
import org.hustings.ingest.Importer;
import org.hustings.ingest.SourceFile;
import org.hustings.ingest.register.RegisterReaders;
import org.hustings.store.Store;

/**
 * Imports a generated folder into a store, file by file in the manifest's order, through the
 * same importer and readers a real ERO file goes through. Used by the demo and by end-to-end tests.
 */
public final class FolderImport {
    private FolderImport() {
    }

    public static List<ImportOutcome> importAll(Store store, Path dir, String actor, Consumer<ImportOutcome> each) {
        Manifest manifest = Manifest.read(dir.resolve(Manifest.NAME));
        Importer importer = new Importer(store);
        Importer.Request req = new Importer.Request(manifest.authorityCode(), manifest.authorityName(), actor, null, null);
        LocalDate held = manifest.held() == null ? null : LocalDate.parse(manifest.held());
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (Manifest.File f : manifest.files()) {
            SourceFile file = SourceFile.inspect(dir.resolve(f.file()));
            ImportOutcome outcome = switch (f.kind()) {
                case "register" -> importer.register(file, RegisterReaders.register(), req, LocalDate.parse(f.date()));
                case "notice" -> importer.notice(file, RegisterReaders.notices(), req);
                case "marked-register" -> importer.markedRegister(file, RegisterReaders.markedRegister(), req, manifest.election(), held);
                case "marked-postal", "absent-voters" ->
                        importer.absentVoters(file, RegisterReaders.absentVoters(), req, manifest.election(), held);
                default -> null;
            };
            if (outcome != null) {
                outcomes.add(outcome);
                each.accept(outcome);
            }
        }
        return outcomes;
    }
}
