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
        if (existing.isPresent()) {
            return existing.get();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO local_authority (code, name) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, laCode);
            ps.setString(2, laName);
            ps.executeUpdate();
        }
        String supplierCode = "ero:" + laCode;
        String organisation = "Electoral Registration Officer, " + laName;
        long supplierId = SourceRecords.id(c, "supplier", supplierCode).orElse(-1L);
        if (supplierId < 0) {
            supplierId = SourceRecords.insertSupplier(c, new SupplierDeclaration(supplierCode, organisation, SupplierRole.PUBLIC_BODY,
                    DueDiligence.PASSED, "Statutory supplier: the Electoral Registration Officer supplies this data under the "
                    + "Representation of the People Regulations 2001; no commercial due diligence applies.", null), "hustings");
        }
        long id = SourceRecords.insertSource(c, code, SourceKind.STATUTORY_REGISTER, spec.name() + " — " + laName, organisation,
                spec.article6(), spec.legalReference());
        SourceRecords.insertProvenance(c, id, supplierId, spec.statute(),
                "Supplied by the Electoral Registration Officer under the Representation of the People Regulations 2001",
                null, spec.retention(), null, "hustings");
        for (String purpose : spec.purposes()) {
            SourceRecords.permit(c, id, purpose);
        }
        ledger.record(c, "hustings", "source.statutory", "source:" + code,
                Map.of("statute", statute, "la_code", laCode, "purposes", spec.purposes()));
        return id;
    }
}
