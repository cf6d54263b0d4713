package org.hustings.provenance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * Registers the sources the law supplies (the full register, the marked register, absent voters
 * lists) for one local authority, with the footing and permitted purposes kept as data in
 * {@code taxonomy/statutory-sources.v1.json}. Idempotent: an existing source is returned unchanged.
 */
final class StatutoryRegistration {
    private StatutoryRegistration() {
    }

    static long ensure(Connection c, Taxonomy taxonomy, LedgerLink ledger, String statute, String laCode, String laName)
            throws SQLException {
        if (laCode == null || laCode.isBlank() || laName == null || laName.isBlank()) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "A statutory source needs the local authority's code and name.");
        }
        StatutorySource spec = taxonomy.statute(statute).orElseThrow(() ->
                new HustingsException(ErrorCode.INTERNAL, "The taxonomy has no statute '" + statute + "'."));
        String code = spec.sourceCode(laCode);
        Optional<Long> existing = SourceRecords.id(c, "source", code);
        if (existing.isPresent() && DatasetAnnotation.footing(c, existing.get()) != null) {
            return existing.get();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO local_authority (code, name) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, laCode);
            ps.setString(2, laName);
            ps.executeUpdate();
        }
        long supplierId = supplier(c, laCode, laName);
        if (existing.isPresent()) {
            // A source row made before provenance existed: give it its legal footing rather than a second source.
            String kind = SourceRecords.views(c, code).get(0).kind().code();
            if (!kind.equals(SourceKind.STATUTORY_REGISTER.code())) {
                throw new HustingsException(ErrorCode.CONFLICT, "Source '" + code + "' exists but is not a statutory register source (" + kind + ").");
            }
            footing(c, ledger, spec, existing.get(), supplierId, code, laCode);
            return existing.get();
        }
        long id = SourceRecords.insertSource(c, code, SourceKind.STATUTORY_REGISTER, spec.name() + " — " + laName,
                "Electoral Registration Officer, " + laName, spec.article6(), spec.legalReference());
        footing(c, ledger, spec, id, supplierId, code, laCode);
        return id;
    }

    private static void footing(Connection c, LedgerLink ledger, StatutorySource spec, long id, long supplierId,
                                String code, String laCode) throws SQLException {
        SourceRecords.insertProvenance(c, id, supplierId, spec.statute(),
                "Supplied by the Electoral Registration Officer under the Representation of the People Regulations 2001",
                null, spec.retention(), null, "hustings");
        for (String purpose : spec.purposes()) {
            SourceRecords.permit(c, id, purpose);
        }
        ledger.record(c, "hustings", "source.statutory", "source:" + code,
                Map.of("statute", spec.statute(), "la_code", laCode, "purposes", spec.purposes()));
    }

    private static long supplier(Connection c, String laCode, String laName) throws SQLException {
        String supplierCode = "ero:" + laCode;
        String organisation = "Electoral Registration Officer, " + laName;
        Optional<Long> supplierId = SourceRecords.id(c, "supplier", supplierCode);
        if (supplierId.isPresent()) {
            return supplierId.get();
        }
        return SourceRecords.insertSupplier(c, new SupplierDeclaration(supplierCode, "Electoral Registration Officer, " + laName,
                SupplierRole.PUBLIC_BODY, DueDiligence.PASSED, "Statutory supplier: the Electoral Registration Officer supplies this data "
                + "under the Representation of the People Regulations 2001; no commercial due diligence applies.", null), "hustings");
    }
}
